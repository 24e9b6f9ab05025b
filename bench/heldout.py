"""The cleaner on pages it was never tuned on: newspaper4k's test pages.

    python bench/heldout.py [--folder DIR] [--per-doc]

The development set (../shared/data/boilerplate-dev) is what the cleaner's rules
were made on; its scores flatter them. newspaper4k, a well-known article
extractor, ships with its source (the sdist on PyPI) about twenty saved news
pages in ten languages, each with the article text its tests expect. This
script downloads that sdist once (pip download, into --folder), and scores on
each page, with the development set's measure (bench/boilerplate.py):
- ours on the saved page (`.html`);
- ours on the page's visible text, as a dump (`.txt`);
- trafilatura on the saved page, for reference;
- our titles on the saved page and on the dump, against the title in the
  page's metadata (newspaper4k's), the same but for case, spaces, quote marks
  and dashes;
- the outlets found in the dumps, against the site name the saved page
  states (`og:site_name`), compared as bench/outlets.py does.

The expected texts are newspaper4k's own output, checked by its authors, not
an editor's gold: they keep captions and some teasers in the text, so recall
is the figure to watch, precision a lower bound.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from boilerplate import macro_scores, precision_recall  # noqa: E402
from outlets import agrees, reference_outlet  # noqa: E402

from archive.clean import clean  # noqa: E402
from archive.clean_html_text import parse_page, visible_text  # noqa: E402
from archive.clean_html_title import comparable_title  # noqa: E402
from archive.ingest import read_source  # noqa: E402

PACKAGE = "newspaper4k==0.9.6"
DATA = "tests/data"


def fetch(folder: Path) -> Path:
    """The test data folder of the sdist, downloaded and unpacked into `folder` once."""
    unpacked = next(folder.glob(f"newspaper4k-*/{DATA}"), None)
    if unpacked is not None:
        return unpacked
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", PACKAGE, "--no-binary", ":all:", "--no-deps"]
        + ["--quiet", "--dest", str(folder)],
        check=True,
    )
    archive = next(folder.glob("newspaper4k-*.tar.gz"))
    with tarfile.open(archive) as tar:
        members = [member for member in tar.getmembers() if f"/{DATA}/" in member.name]
        tar.extractall(folder, members=members, filter="data")
    return next(folder.glob(f"newspaper4k-*/{DATA}"))


def same_title(ours: str, expected: str) -> bool:
    """Whether two titles are the same but for case, spaces, quote marks and dashes."""
    return comparable_title(ours) == comparable_title(expected)


def score_pages(data: Path, per_doc: bool) -> None:
    import trafilatura

    scores: dict[str, list[tuple[float | None, float]]] = {
        "html": [],
        "dump": [],
        "trafilatura": [],
    }
    titles = {"html": 0, "dump": 0}
    outlets: Counter[str] = Counter()  # of the dumps, against the site name the saved page states
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        pages = sorted(
            path
            for path in (data / "html").glob("*.html")
            if (data / "txt" / f"{path.stem}.txt").exists()
        )
        for path in pages:
            gold = (data / "txt" / f"{path.stem}.txt").read_text("utf-8")
            html = path.read_text("utf-8", "replace")
            saved = folder / path.name
            saved.write_text(html, "utf-8")
            dump = folder / f"{path.stem}.txt"
            dump.write_text(visible_text(parse_page(html)), "utf-8")
            ours = {
                "html": clean(read_source(saved, folder), frozenset()),
                "dump": clean(read_source(dump, folder), frozenset()),
            }
            row = {
                "html": precision_recall(ours["html"].body_text, gold),
                "dump": precision_recall(ours["dump"].body_text, gold),
                "trafilatura": precision_recall(trafilatura.extract(html) or "", gold),
            }
            for name, pair in row.items():
                scores[name].append(pair)
            metadata = data / "metadata" / f"{path.stem}.json"
            expected = (
                json.loads(metadata.read_text("utf-8")).get("title", "")
                if metadata.exists()
                else ""
            )
            for name, article in ours.items():
                titles[name] += bool(expected) and same_title(article.title, expected)
            site_name = reference_outlet(html)
            if site_name:
                outlet = ours["dump"].outlet
                outlets["named"] += 1
                outlets["agree"] += bool(outlet) and agrees(outlet, site_name)
                outlets["none"] += not outlet
            if per_doc:
                cells = "  ".join(
                    f"{name} P {p or 0:.2f} R {r:.2f}" for name, (p, r) in row.items()
                )
                print(f"{path.stem:22} {cells}")
    print(f"{len(pages)} pages from {PACKAGE}'s tests")
    print(f"{'system':14} {'P':>6} {'R':>6} {'F1':>6}")
    for name, pairs in scores.items():
        precision, recall, f1 = macro_scores(pairs)
        print(f"{name:14} {precision:6.3f} {recall:6.3f} {f1:6.3f}")
    print(
        f"titles as the page's metadata states them: {titles['html']} on the saved pages, "
        f"{titles['dump']} on their dumps"
    )
    print(
        f"outlets of the dumps, of {outlets['named']} pages whose markup names the site "
        f"(og:site_name): {outlets['agree']} agree, {outlets['none']} none found"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--folder",
        type=Path,
        default=Path(tempfile.gettempdir()) / "news-archive-heldout",
        help="where the sdist is downloaded and unpacked (kept for the next run)",
    )
    parser.add_argument("--per-doc", action="store_true", help="print each page's scores")
    args = parser.parse_args(argv)
    score_pages(fetch(args.folder), args.per_doc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
