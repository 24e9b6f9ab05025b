"""How the search index is cut into bundles, so a rebuild re-indexes only what changed.

Pagefind cannot update a bundle: one page added means the whole index made
again, about 25 s for the 15,000 pages of a 10,000-article archive. So a
large site's index is cut into bundles the search page queries together:

- the main bundle (`pagefind/`) holds the pages without a date (entity
  pages);
- the dated articles, in date order, are cut into consecutive ranges of about
  `shard_pages` pages, each its own bundle (`pagefind/parts/NNN/`).

Where a range ends is decided by the page itself (a hash of its path), not by
counting from the start, so adding an article changes only the range it
falls in (usually the newest), and its neighbours keep their bytes. Each
bundle is named in `pagefind/shards.json` with a digest of everything it is
made from; a rebuild links the previous site's bundle when the digest is
the same, and indexes the rest, several at once.

Because the ranges follow date order, a search sorted by date reads the
bundles one after another (layouts/static/search.js); a search by relevance
merges them by Pagefind's score. A site of up to `shard_pages` pages keeps
one bundle.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path, PurePosixPath

SHARD_PAGES = 2000  # mean pages per dated bundle
MANIFEST = "shards.json"
PARTS_FOLDER = "parts"


@dataclass(frozen=True, slots=True)
class Document:
    """One page's search document, as the shard plan sees it."""

    relative: str  # the page's path inside the site, e.g. articles/x/index.html
    date: str | None  # its date sort value; None for pages without one
    digest: str  # sha256 of the document
    size: int  # its bytes, which is about what Pagefind's work on it costs


@dataclass(frozen=True, slots=True)
class Shard:
    """One bundle of the index: where it goes, and its documents in index order."""

    folder: str  # inside pagefind/: "" for the main bundle, else "parts/NNN/"
    documents: tuple[Document, ...]
    # "dated": a range of dated pages, in date order; "undated": pages without
    # a date; "all": a site's only bundle.
    pages: str
    # Dated bundles of one block share a single date, too many pages for one
    # bundle: they are read in page order whichever way the dates are sorted.
    block: int = 0


def plan(documents: list[Document], shard_pages: int = SHARD_PAGES) -> list[Shard]:
    """The bundles for these documents, in date order, the undated main bundle last."""
    if len(documents) <= shard_pages:
        return [Shard("", tuple(documents), "all")]
    dated = sorted(
        (document for document in documents if document.date is not None),
        key=lambda document: (document.date, document.relative),
    )
    undated = tuple(document for document in documents if document.date is None)
    shards = [
        Shard(f"{PARTS_FOLDER}/{number:03d}/", tuple(pages), "dated", block)
        for number, (block, pages) in enumerate(_date_ranges(dated, shard_pages))
    ]
    if undated:
        return [*shards, Shard("", undated, "undated")]
    # Every page has a date: the newest range is the main bundle.
    return [*shards[:-1], replace(shards[-1], folder="")]


def _date_ranges(dated: list[Document], shard_pages: int) -> list[tuple[int, list[Document]]]:
    """(block, range) of consecutive pages, in date order.

    A range ends only where the date changes, so that a date's pages are in
    one bundle, which orders them as one index of the whole site would. A
    date with more than `shard_pages` pages (say, every article whose date is
    not known) is cut into a block of ranges of its own.
    """
    ranges: list[tuple[int, list[Document]]] = []
    current: list[Document] = []
    ending = False
    for _, same_date in itertools.groupby(dated, key=lambda document: document.date):
        group = list(same_date)
        if len(group) > shard_pages:
            if current:
                ranges.append((len(ranges), current))
                current, ending = [], False
            block = len(ranges)
            ranges.extend((block, pages) for pages in _pieces(group, shard_pages))
            continue
        for document in group:
            current.append(document)
            ending = ending or _may_end(current, shard_pages)
        if ending:
            ranges.append((len(ranges), current))
            current, ending = [], False
    if current:
        ranges.append((len(ranges), current))
    return ranges


def _pieces(pages: list[Document], shard_pages: int) -> list[list[Document]]:
    """`pages` cut wherever a range may end."""
    pieces: list[list[Document]] = []
    current: list[Document] = []
    for document in pages:
        current.append(document)
        if _may_end(current, shard_pages):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def _may_end(current: list[Document], shard_pages: int) -> bool:
    """Whether a range may end after its last page.

    A range holds from half to twice `shard_pages` pages (the newest may hold
    fewer). Past half, each page ends it with a chance of 2 / `shard_pages`,
    drawn from the page's path: ranges average `shard_pages`, and a new page
    moves no other boundary unless it lands in a range cut at twice the size.
    """
    shortest = max(1, shard_pages // 2)
    if len(current) >= 2 * shard_pages:
        return True
    return len(current) >= shortest and _ends_range(
        current[-1].relative, max(1, shard_pages - shortest)
    )


def _ends_range(relative: str, spread: int) -> bool:
    draw = int.from_bytes(hashlib.sha256(relative.encode("utf-8")).digest()[:8], "big")
    return draw % spread == 0


def digest(shard: Shard, salt: str) -> str:
    """What the shard's bundle is made from: its documents in order, and `salt`."""
    hashed = hashlib.sha256(salt.encode("utf-8"))
    for document in shard.documents:
        hashed.update(f"{document.relative}\0{document.digest}\n".encode())
    return hashed.hexdigest()


def salt(config: object) -> str:
    """Everything else a bundle's bytes depend on: Pagefind's version, its options, this code."""
    versions = []
    for distribution in ("pagefind", "pagefind_bin"):
        try:
            versions.append(metadata.version(distribution))
        except metadata.PackageNotFoundError:
            versions.append("")
    code = b"".join(
        (Path(__file__).parent / name).read_bytes()
        for name in ("search.py", "search_document.py", "search_bundle.py", "search_shards.py")
    )
    return json.dumps([versions, config, hashlib.sha256(code).hexdigest()], sort_keys=True)


def manifest(shards: list[Shard], digests: list[str]) -> str:
    """`shards.json`: each bundle's folder (relative to the main one), pages, digest."""
    bundles = [
        {"bundle": shard.folder, "pages": shard.pages, "block": shard.block, "digest": digest_}
        for shard, digest_ in zip(shards, digests, strict=True)
    ]
    return json.dumps({"bundles": bundles}, indent=1) + "\n"


def previous_bundles(bundle: Path) -> dict[str, Path]:
    """{digest: folder} of the bundles of an earlier build's index at `bundle`."""
    try:
        listed = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))["bundles"]
        found = {entry["digest"]: PurePosixPath(entry["bundle"]) for entry in listed}
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {
        key: bundle / folder
        for key, folder in found.items()
        # a folder named in the file never leads outside the bundle
        if not folder.is_absolute()
        and ".." not in folder.parts
        and (bundle / folder / "pagefind.js").is_file()
    }


def link_bundle(source: Path, target: Path) -> bool:
    """Put a copy of the bundle at `source` (hard links where possible) at `target`.

    A main bundle's folder also holds the parts and the manifest: they are not
    part of it. Returns False, leaving nothing at `target`, if it cannot be copied.
    """
    try:
        for path in sorted(source.rglob("*")):
            relative = path.relative_to(source)
            if relative.parts[0] in (PARTS_FOLDER, MANIFEST) or not path.is_file():
                continue
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, destination)
            except OSError:
                shutil.copy2(path, destination)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return False
    return True
