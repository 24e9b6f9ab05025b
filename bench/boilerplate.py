"""Benchmark the page-dump cleaner against the boilerplate dev set.

Runs `archive.clean.clean` on every `<id>.txt` page dump of the folder, scores
the article body against `<id>.gold.txt` with the benchmark's own method, and
prints the same figures for jusText and trafilatura on the dump (one <p> per
line), and for our cleaner (`ours-html`: the page rendered to its visible
text, then cleaned as a dump) and trafilatura on the original `.html`, side
by side.

Scoring (Scrapinghub article-extraction benchmark): `\\w+` tokens, word
4-gram shingles counted; per document TP/FP/FN normalised to sum 1;
precision and recall macro-averaged; F1 = harmonic mean of the averages.

    python bench/boilerplate.py [--data PATH] [--only ours] [--per-doc] [--repeat N]
                                [--furniture]

`--furniture` first learns the template lines that recur across the folder's
pages (`archive.furniture.learn_furniture`, timed with our system) and hands
each page its share, as the archive build does (for `ours-html`, learned
from the saved pages' visible text).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.clean import clean  # noqa: E402
from archive.clean_html_text import parse_page, visible_text  # noqa: E402
from archive.furniture import learn_furniture  # noqa: E402
from archive.ingest import read_source  # noqa: E402
from archive.model import Source  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "boilerplate-dev"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    words = _WORD.findall(text)
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[index : index + size]) for index in range(len(words) - size + 1))


def precision_recall(predicted: str, gold: str) -> tuple[float | None, float]:
    """One document's precision and recall, as the benchmark computes them.

    An empty prediction has no precision (0/0): it is None and left out of the
    precision average, while its recall of 0 counts; this reproduces the
    reference figures of the data README (jusText on the dump: P 0.774).
    """
    predicted_shingles, gold_shingles = shingles(predicted), shingles(gold)
    true_positive = sum((predicted_shingles & gold_shingles).values())
    false_positive = sum((predicted_shingles - gold_shingles).values())
    false_negative = sum((gold_shingles - predicted_shingles).values())
    if true_positive + false_positive + false_negative == 0:
        return 1.0, 1.0
    # (normalising the three counts to sum 1, as the benchmark does, leaves the ratios unchanged)
    precision = (
        true_positive / (true_positive + false_positive) if true_positive + false_positive else None
    )
    recall = (
        true_positive / (true_positive + false_negative) if true_positive + false_negative else 0.0
    )
    return precision, recall


def macro_scores(pairs: list[tuple[float | None, float]]) -> tuple[float, float, float]:
    precisions = [pair[0] for pair in pairs if pair[0] is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(pair[1] for pair in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pair(pair: tuple[float | None, float]) -> str:
    """One document's P, R and F1 (an empty prediction has no precision and F1 0)."""
    precision, recall = pair
    if precision is None:
        return f"P - R {recall:.2f} F 0.00"
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.2f} R {recall:.2f} F {f1:.2f}"


def dump_as_html(text: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return f"<html><body>{paragraphs}</body></html>"


@dataclass(frozen=True)
class Page:
    """One page of the benchmark, read before the clock starts."""

    stem: str
    source: Source  # the dump as the archive reads it
    html: Source | None  # the original page, where the data set has it
    gold: str
    furniture: frozenset[str] = frozenset()  # its recurring lines, with --furniture
    html_furniture: frozenset[str] = frozenset()  # those of the original's visible text


def read_pages(folder: Path) -> list[Page]:
    dumps = sorted(path for path in folder.glob("*.txt") if not path.name.endswith(".gold.txt"))
    pages = []
    for path in dumps:
        original = path.with_suffix(".html")
        pages.append(
            Page(
                stem=path.stem,
                source=read_source(path, folder),
                html=read_source(original, folder) if original.exists() else None,
                gold=path.with_name(path.stem + ".gold.txt").read_text("utf-8"),
            )
        )
    return pages


def ours(page: Page) -> str:
    return clean(page.source, page.furniture).body_text


def ours_on_html(page: Page) -> str | None:
    if page.html is None:
        return None
    return clean(page.html, page.html_furniture).body_text


def justext_on_dump(page: Page) -> str:
    import justext

    paragraphs = justext.justext(dump_as_html(page.source.text), justext.get_stoplist("English"))
    return "\n\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)


def trafilatura_on_dump(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(dump_as_html(page.source.text)) or ""


def trafilatura_on_html(page: Page) -> str | None:
    import trafilatura

    if page.html is None:
        return None
    return trafilatura.extract(page.html.text) or ""


SYSTEMS = {
    "ours": ours,
    "ours-html": ours_on_html,
    "justext-dump": justext_on_dump,
    "trafilatura-dump": trafilatura_on_dump,
    "trafilatura-html": trafilatura_on_html,
}


def with_html_furniture(pages: list[Page]) -> list[Page]:
    """The pages with the recurring lines of their originals' visible text."""
    rendered = {
        page.stem: replace(page.html, format="txt", text=visible_text(parse_page(page.html.text)))
        for page in pages
        if page.html is not None
    }
    furniture = learn_furniture(list(rendered.values()))
    return [
        replace(page, html_furniture=furniture.lines_in(rendered[page.stem]))
        if page.stem in rendered
        else page
        for page in pages
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of <id>.txt and <id>.gold.txt"
    )
    parser.add_argument(
        "--only", choices=sorted(SYSTEMS), action="append", help="run only these systems"
    )
    parser.add_argument("--per-doc", action="store_true", help="print per-document scores")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per system; the fastest gives the speed"
    )
    parser.add_argument(
        "--furniture", action="store_true", help="learn template lines across the pages first"
    )
    arguments = parser.parse_args(argv)

    pages = read_pages(arguments.data)
    if not pages:
        parser.error(f"no page dumps in {arguments.data}")
    learning_seconds = {"ours": 0.0, "ours-html": 0.0}
    if arguments.furniture:
        started = time.process_time()
        furniture = learn_furniture([page.source for page in pages])
        pages = [replace(page, furniture=furniture.lines_in(page.source)) for page in pages]
        learning_seconds["ours"] = time.process_time() - started
        started = time.process_time()
        pages = with_html_furniture(pages)
        learning_seconds["ours-html"] = time.process_time() - started
    systems = arguments.only or list(SYSTEMS)
    scores: dict[str, dict[str, tuple[float | None, float]]] = {name: {} for name in systems}
    seconds: dict[str, float] = {name: 0.0 for name in systems}
    # One system at a time over all pages, so that each one's speed is measured on its own;
    # the clock runs only while the system works (files are read beforehand).
    # Speed is CPU time (pages per second per core), the fastest of a few runs: on a shared
    # machine wall-clock time also counts the other processes.
    for name in systems:
        runs = []
        for run in range(arguments.repeat):
            elapsed = 0.0
            for page in pages:
                started = time.process_time()
                predicted = SYSTEMS[name](page)
                elapsed += time.process_time() - started
                if run == 0 and predicted is not None:
                    scores[name][page.stem] = precision_recall(predicted, page.gold)
            runs.append(elapsed)
        seconds[name] = min(runs) + learning_seconds.get(name, 0.0)

    if arguments.per_doc:
        print("document          " + "".join(f"{name:>24}" for name in systems))
        for page in pages:
            cells = []
            for name in systems:
                pair = scores[name].get(page.stem)
                cells.append(f"{'-' if pair is None else _pair(pair):>24}")
            print(f"{page.stem[:16]:<18}" + "".join(cells))
        print()
    print(f"{'system':<20}{'docs':>6}{'P':>8}{'R':>8}{'F1':>8}{'pages/s':>10}")
    for name in systems:
        if not scores[name]:
            continue
        precision, recall, f1 = macro_scores(list(scores[name].values()))
        rate = len(scores[name]) / seconds[name] if seconds[name] else float("inf")
        print(
            f"{name:<20}{len(scores[name]):>6}{precision:>8.3f}{recall:>8.3f}{f1:>8.3f}{rate:>10.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
