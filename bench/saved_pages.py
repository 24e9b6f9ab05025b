"""The dev set's page dumps beside the saved pages they were made from.

For the benchmarks that score the cleaner against what each saved page says
of itself in its markup (titles.py, outlets.py, dates.py). They put the
project's folder on sys.path before importing this module.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from archive.clean import clean
from archive.furniture import Furniture
from archive.ingest import read_source
from archive.model import Article, Source

Reference = TypeVar("Reference")

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "boilerplate-dev"


def arguments(doc: str, what: str) -> argparse.ArgumentParser:
    """The options every such benchmark takes: --data, --html, --errors (listing `what`)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--html", action="store_true", help="clean the saved pages, not the dumps")
    parser.add_argument("--errors", action="store_true", help=f"list the {what} that differ")
    return parser


def saved_pages(folder: Path) -> Iterator[tuple[Path, str]]:
    """(page dump, the saved page's HTML) for every `<id>.txt` that has its `<id>.html`."""
    for dump in sorted(folder.glob("*.txt")):
        page = dump.with_suffix(".html")
        if not dump.name.endswith(".gold.txt") and page.is_file():
            yield dump, page.read_text("utf-8", "replace")


def read_page(dump: Path, html: bool) -> Source:
    """The page as a build reads it: its dump, or with `html` the saved page beside it."""
    return read_source(dump.with_suffix(".html") if html else dump, dump.parent)


def tally(
    pages: Iterable[tuple[Source, Reference]],
    furniture: Furniture,
    judge: Callable[[Article, Reference], tuple[str, str]],
    show_errors: bool,
) -> Counter[str]:
    """Clean each page as a build does (with the lines `furniture` learned) and count
    the verdicts `judge` gives the article against the page's reference; with
    `show_errors`, print what `judge` says of each page whose verdict is not "agree"."""
    counts: Counter[str] = Counter()
    for source, reference in pages:
        verdict, said = judge(clean(source, furniture.lines_in(source)), reference)
        counts[verdict] += 1
        if show_errors and verdict != "agree":
            print(said)
    return counts


def print_shares(counts: Counter[str], verdicts: tuple[str, ...], folder: Path) -> None:
    """How many pages had each verdict, and their share; an error if there were none."""
    total = sum(counts.values())
    if not total:
        raise SystemExit(f"{folder}: no page dumps beside their saved pages (<id>.txt, .html)")
    print(f"{total} pages ({folder})")
    width = max(map(len, verdicts))
    for verdict in verdicts:
        print(f"{verdict:{width}}  {counts[verdict]:3}  {counts[verdict] / total:6.1%}")
