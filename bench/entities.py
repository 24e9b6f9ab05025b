"""Benchmark the entities stage on CoNLL-2003 dev (ner-dev) with an empty registry.

    python bench/entities.py [--data ../shared/data/ner-dev] [--limit N] [--errors N]
                             [--half a|b]

Prints micro precision / recall / F1 over exact character spans, once
ignoring the type and once requiring it (person -> PER, organisation -> ORG,
place -> LOC, event and other -> MISC), and documents per second, beside a
naive baseline (maximal runs of capitalised words); then articles per second
with a generated registry of 10,000 entries. The data is only measured here,
never learnt from.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.entities import find_mentions  # noqa: E402
from archive.model import RegistryEntry  # noqa: E402
from archive.registry import Registry  # noqa: E402

CONLL_TYPE = {
    "person": "PER",
    "organisation": "ORG",
    "place": "LOC",
    "event": "MISC",
    "other": "MISC",
}
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'&.-]*(?:[ ]+[A-Z][\w'&.-]*)*")


def naive(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of capitalised words, all typed as MISC."""
    spans = []
    for match in _CAPITALISED_RUN.finditer(text):
        value = match.group().rstrip(".")
        spans.append((match.start(), match.start() + len(value), "MISC"))
    return spans


def ours(registry: Registry):
    def find(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, CONLL_TYPE[m.type]) for m in find_mentions(text, registry)]

    return find


def load(folder: Path, limit: int | None, half: str | None = None) -> list[tuple[str, str, list]]:
    docs = []
    for path in in_half(sorted(folder.glob("*.txt")), half)[:limit]:
        gold = json.loads(
            path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8")
        )
        spans = [(item["start"], item["end"], item["type"]) for item in gold]
        docs.append((path.stem, path.read_text(encoding="utf-8"), spans))
    return docs


def in_half(paths: list[Path], half: str | None) -> list[Path]:
    """One of two fixed random halves of the documents, to try an idea on one
    and confirm it on the other; all of them for None."""
    if half is None:
        return paths
    shuffled = paths[:]
    random.Random(2003).shuffle(shuffled)
    chosen = set(shuffled[: len(shuffled) // 2] if half == "a" else shuffled[len(shuffled) // 2 :])
    return [path for path in paths if path in chosen]


def score(docs, finder) -> dict[str, float]:
    counts = {"span": [0, 0, 0], "typed": [0, 0, 0]}  # true pos, predicted, gold
    started = time.perf_counter()
    predictions = {name: finder(text) for name, text, _ in docs}
    elapsed = time.perf_counter() - started
    for name, _, gold in docs:
        predicted = predictions[name]
        for key, project in (("span", lambda s: s[:2]), ("typed", lambda s: s)):
            found, wanted = {project(s) for s in predicted}, {project(s) for s in gold}
            counts[key][0] += len(found & wanted)
            counts[key][1] += len(found)
            counts[key][2] += len(wanted)
    result = {"docs_per_s": len(docs) / elapsed}
    for key, (true, predicted, wanted) in counts.items():
        precision = true / predicted if predicted else 0.0
        recall = true / wanted if wanted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.update({f"{key}_p": precision, f"{key}_r": recall, f"{key}_f1": f1})
    return result


def generated_registry(size: int, seed: int = 7) -> Registry:
    """A registry of made-up names of one to four words, each with two aliases."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ran", "tes", "vor", "bel", "du", "sha", "gri", "on", "pal"]
    types = ["person", "organisation", "place", "event", "other"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    registry = Registry()
    while len(registry) < size:
        name = " ".join(word() for _ in range(rng.randint(1, 4)))
        aliases = (name.split()[-1] + " " + word(), word().upper())
        registry.add(RegistryEntry(name, rng.choice(types), aliases))
    return registry


def show_errors(docs, finder, how_many: int) -> None:
    missed, wrong = {}, {}
    for _, text, gold in docs:
        predicted = set(finder(text))
        gold_spans = {s[:2]: s[2] for s in gold}
        predicted_spans = {s[:2]: s[2] for s in predicted}
        for span, type_ in gold_spans.items():
            if span not in predicted_spans:
                key = f"{text[span[0] : span[1]]} {type_}"
                missed[key] = missed.get(key, 0) + 1
        for span, type_ in predicted_spans.items():
            if span not in gold_spans:
                key = f"{text[span[0] : span[1]]} {type_}"
                wrong[key] = wrong.get(key, 0) + 1
            elif gold_spans[span] != type_:
                key = f"{text[span[0] : span[1]]} {type_}!={gold_spans[span]}"
                wrong[key] = wrong.get(key, 0) + 1
    for title, table in (("missed", missed), ("wrong", wrong)):
        print(f"\n{title}:", sum(table.values()))
        for key, count in sorted(table.items(), key=lambda item: -item[1])[:how_many]:
            print(f"  {count:4d}  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner-dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    parser.add_argument(
        "--half", choices=("a", "b"), default=None, help="only one fixed random half of them"
    )
    parser.add_argument("--registry-size", type=int, default=10_000)
    args = parser.parse_args()
    docs = load(args.data, args.limit, args.half)
    if not docs:
        sys.exit(f"no documents in {args.data}")
    empty = Registry()
    find_mentions("warm up the gazetteers", empty)
    print(f"{len(docs)} documents, {sum(len(g) for _, _, g in docs)} gold mentions ({args.data})")
    header = ("span P", "span R", "span F1", "typed P", "typed R", "typed F1", "docs/s")
    print(f"{'system':<22}" + "".join(f"{name:>9}" for name in header))
    for label, finder in (("naive capitalised runs", naive), ("ours, empty registry", ours(empty))):
        r = score(docs, finder)
        print(
            f"{label:<22}{r['span_p']:9.3f}{r['span_r']:9.3f}{r['span_f1']:9.3f}"
            f"{r['typed_p']:9.3f}{r['typed_r']:9.3f}{r['typed_f1']:9.3f}{r['docs_per_s']:9.0f}"
        )
    started = time.perf_counter()
    big = generated_registry(args.registry_size)
    built = time.perf_counter() - started
    r = score(docs, ours(big))
    print(
        f"ours, {len(big):,}-entry generated registry: {r['docs_per_s']:.0f} articles/s "
        f"(registry built in {built:.2f}s)"
    )
    if args.errors:
        show_errors(docs, ours(empty), args.errors)


if __name__ == "__main__":
    main()
