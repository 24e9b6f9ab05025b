"""Search: the rendered site -> a Pagefind index in `out/pagefind/`.

Article pages are indexed by the element marked `data-pagefind-body` (the
article's own text, never the page's furniture); their filters (type, outlet,
year, person, place, organisation, event), the date sort key and the title
come from `data-pagefind-*` attributes the article template writes. Entity
pages are indexed by their name, aliases and description, with the filter
type set to the kind of name (Person, Place, ...), so a search for a person
finds the person's page as well as the articles.

Pagefind is sent only what it reads of each page (`search_document`): the
marked elements, not the provenance tables, lists and hover cards around
them, which are most of a page's bytes. It is driven as a service
(`pagefind --service`), with every option set here, so the index does not
depend on a `pagefind.yml` or on `PAGEFIND_*` settings in the environment.

A large site's index is cut into bundles by date (archive/search_shards.py),
indexed several at once; a rebuild indexes only the bundles whose documents
changed and links the others from the previous site.

Pagefind writes its list of filters, and the values of each, in hash-map
order, different on every run; `canonicalise_bundle` puts them in name
order afterwards so that the same site always gives the same bytes.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import struct
import tempfile
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import Any

from pagefind.index import IndexConfig
from pagefind.service import get_executable

from . import search_shards
from .files import write_atomically
from .parallel import deal, fork_map
from .text import CJK_CHARACTERS

BUNDLE_FOLDER = "pagefind"
# Articles are searched by their text; entity pages by name, aliases and
# description, so a search for a person also finds the person's page.
INDEXED_FOLDERS = ("articles", "entities")

# Every option is spelled out: nothing is left to a config file or the environment.
CONFIG: IndexConfig = {
    "root_selector": "html",
    "exclude_selectors": [],
    "force_language": None,
    "verbose": False,
    "logfile": None,
    "keep_index_url": False,
    "write_playground": False,
    "include_characters": None,
}


SCRATCH_PREFIX = "news-archive-search-"  # then the build's process id
WORK_FOLDER = ".pagefind-work"  # inside the site while its bundles are made
# The sort value the shards follow (see search_shards.py).
DATE_SORT = re.compile(r'data-pagefind-sort="date:([^"]*)"')


@dataclass(frozen=True, slots=True)
class SearchReport:
    """How many bundles the index has, how many were made afresh, and of what."""

    bundles: int
    indexed: int
    documents: tuple[search_shards.Document, ...] = ()


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site; the message says which page and why."""


def index(
    out: Path,
    jobs: int = 1,
    previous: Path | None = None,
    shard_pages: int | None = None,
    memo: Path | None = None,
) -> SearchReport:
    """Build the Pagefind index of the article and entity pages of the site in `out`.

    A bundle whose documents are the same as in the `previous` site's index
    is linked from there instead of being made again (archive/search_shards.py).
    `memo` is a file that remembers each page's document by the page file's
    identity (device, inode, size, modification time), written by `remember`:
    a page linked from the previous site is not read again unless its bundle
    is indexed.
    """
    earlier = search_shards.previous_bundles(previous / BUNDLE_FOLDER) if previous else {}
    salt = _salt()
    work = out / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    pages = indexed_pages(out)
    with _search_documents(out, pages, jobs, _read_memo(memo, salt)) as (scratch, documents):
        shards = search_shards.plan(documents, shard_pages or search_shards.SHARD_PAGES)
        digests = [search_shards.digest(shard, salt) for shard in shards]
        to_index = []
        for number, (shard, digest) in enumerate(zip(shards, digests, strict=True)):
            made = work / str(number)
            if digest in earlier and search_shards.link_bundle(earlier[digest], made):
                continue
            to_index.append((shard, _shard_folder(out, scratch, number, shard), made))
        # The largest first, so that the last to finish is a small one.
        to_index.sort(key=lambda item: -sum(document.size for document in item[0].documents))
        requests = [(folder, len(shard.documents), made) for shard, folder, made in to_index]
        _run_to_completion(_index_bundles(requests, jobs))
    for _, _, made in to_index:
        canonicalise_bundle(made)
    _put_in_place(work, out / BUNDLE_FOLDER, shards, digests)
    return SearchReport(len(shards), len(to_index), tuple(documents))


def _put_in_place(
    work: Path, bundle: Path, shards: list[search_shards.Shard], digests: list[str]
) -> None:
    """Move the bundles made in `work` (one folder per shard) to their places, and list them."""
    shutil.rmtree(bundle, ignore_errors=True)  # an older index must not linger
    main = next(number for number, shard in enumerate(shards) if not shard.folder)
    (work / str(main)).rename(bundle)
    for number, shard in enumerate(shards):
        if shard.folder:
            (bundle / shard.folder).parent.mkdir(parents=True, exist_ok=True)
            (work / str(number)).rename(bundle / shard.folder)
    (bundle / search_shards.MANIFEST).write_text(
        search_shards.manifest(shards, digests), encoding="utf-8"
    )
    work.rmdir()


def indexed_pages(out: Path) -> list[Path]:
    """The pages of the site in `out` that search finds, in a fixed order."""
    return sorted(
        page for folder in INDEXED_FOLDERS for page in (out / folder).glob("*/index.html")
    )


def index_pages(out: Path, pages: list[Path], bundle: Path) -> None:
    """Index just `pages` (files inside `out`) into their own bundle: a delta index.

    The search page merges a delta bundle with the main one at query time, so
    an article dropped into a large archive is findable without re-indexing
    every other page (see archive/dropin.py).
    """
    pages = sorted(pages)
    with _search_documents(out, pages, jobs=1, remembered={}) as (scratch, documents):
        shard = search_shards.Shard("", tuple(documents), "all")
        work = [(_shard_folder(out, scratch, 0, shard), len(pages), bundle)]
        _run_to_completion(_index_bundles(work, jobs=1))


def _run_to_completion(coroutine: Coroutine[Any, Any, None]) -> None:
    """asyncio.run, also from a thread that already runs an event loop (a test, a server)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(coroutine)
        return
    with ThreadPoolExecutor(max_workers=1) as worker:
        worker.submit(asyncio.run, coroutine).result()


# What Pagefind reads of a page ------------------------------------------------
#
# Pagefind indexes the text of the `data-pagefind-body` elements and takes
# filters, sort keys and metadata from `data-pagefind-*` elements anywhere on
# the page; by default the title is the first <h1> (or else the <title>) and
# the image the first <img> after the title. Everything else it parses and
# throws away: four fifths of an article page (the provenance table, the
# side lists, the hover cards) and nearly all of an entity page (its lists
# of articles). `search_document` keeps, verbatim and in page order, each
# outermost element with a `data-pagefind-*` attribute, every other <h1> and
# <img>, and the first <title>, inside the page's own <html> tag: Pagefind
# reads the same body text, filters, sort keys and metadata from it as from
# the whole page (tests/test_search_document.py holds it to that).
# The pages are this site's own templates' output, which write tag and
# attribute names in lower case and close every element they open; a page
# that does not read that way is sent whole.

SEARCH_MARKS = (b"data-pagefind-", b"<h1", b"<img", b"<title")
DEFAULT_TAGS = frozenset({b"h1", b"img", b"title"})
VOID_TAGS = frozenset(b"area base br col embed hr img input link meta source track wbr".split())
_ATTRIBUTES = rb"""(?:[^>"']|"[^"]*"|'[^']*')*"""
START_TAG = re.compile(rb"<([A-Za-z][A-Za-z0-9-]*)" + _ATTRIBUTES + rb">")
HTML_TAG = re.compile(rb"<html(?=[\s>])" + _ATTRIBUTES + rb">", re.IGNORECASE)


def search_document(page: bytes) -> str:
    """The parts of a rendered page that Pagefind reads, as a small HTML document."""
    html_tag = HTML_TAG.search(page)
    if html_tag is None:
        return page.decode("utf-8")
    pieces = [html_tag.group(0)]
    position = html_tag.end()
    upcoming = {mark: page.find(mark, position) for mark in SEARCH_MARKS}
    while (found := min((at for at in upcoming.values() if at >= 0), default=-1)) >= 0:
        start = found if page[found] == ord("<") else page.rfind(b"<", position, found)
        tag = START_TAG.match(page, start) if start >= 0 else None
        name = tag.group(1).lower() if tag is not None else b""
        if tag is None or tag.end() <= found or (found == start and name not in DEFAULT_TAGS):
            position = found + 1  # the mark is text, or a longer tag name such as <h1x>
        else:
            end = _element_end(page, name, tag)
            if end is None:
                return page.decode("utf-8")
            piece = page[start:end]
            if b"data-pagefind-body" in tag.group(0):
                piece = _ideographs_apart(piece)
            pieces.append(piece)
            position = end
            if name == b"title":
                # Only the first <title> is ever read (the SVG on an entity page has its own).
                upcoming[b"<title"] = -1
        for mark, at in upcoming.items():
            if 0 <= at < position:
                upcoming[mark] = page.find(mark, position)
    pieces.append(b"</html>")
    return b"".join(pieces).decode("utf-8")


def _element_end(page: bytes, name: bytes, start_tag: re.Match[bytes]) -> int | None:
    """Where the element opened by `start_tag` ends; None if it is never closed."""
    if name in VOID_TAGS or start_tag.group(0).endswith(b"/>"):
        return start_tag.end()
    depth, position = 1, start_tag.end()
    tags = _same_name_tags(name)
    while depth and (tag := tags.search(page, position)) is not None:
        depth += -1 if tag.group(1) else 1
        position = tag.end()
    return position if depth == 0 else None


# Chinese and Japanese are written without spaces between words, and Pagefind
# (which indexes this site as English) reads a run of them, up to the next
# punctuation mark, as one word: a search for a word inside the run would find
# nothing. So in the text Pagefind indexes each such character is a word of its
# own; the search page (layouts/static/search.js) splits a query the same way,
# and takes the spaces out again in the excerpts it shows.
IDEOGRAPH_PAIR = re.compile(f"([{CJK_CHARACTERS}])(?=[{CJK_CHARACTERS}])")
# The first byte of each of those characters in UTF-8: pages without one are not decoded.
IDEOGRAPH_LEAD_BYTE = re.compile(rb"[\xe3-\xe9\xef]")
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)" + _ATTRIBUTES.decode() + r">")
# Elements whose text Pagefind keeps as a value (a filter, a field of a result):
# their text stays as written.
VALUE_ATTRIBUTES = ("data-pagefind-filter", "data-pagefind-meta")


def _ideographs_apart(element: bytes) -> bytes:
    """The body `element` with a space between any two Chinese or Japanese characters
    of its text: not in its tags, nor in the filter and metadata values inside it."""
    if IDEOGRAPH_LEAD_BYTE.search(element) is None:
        return element
    html = element.decode("utf-8")
    if IDEOGRAPH_PAIR.search(html) is None:
        return element
    parts, position = [], 0
    open_elements: list[tuple[str, bool]] = []  # (name, holds a value)
    for tag in TAG.finditer(html):
        text = html[position : tag.start()]
        holds_value = any(value for _, value in open_elements)
        parts.append(text if holds_value else IDEOGRAPH_PAIR.sub(r"\1 ", text))
        parts.append(tag.group(0))
        position = tag.end()
        name = tag.group(2).lower()
        if tag.group(1):
            while open_elements and open_elements.pop()[0] != name:
                pass  # an element left open inside the one now closed
        elif name.encode() not in VOID_TAGS and not tag.group(0).endswith("/>"):
            open_elements.append((name, any(value in tag.group(0) for value in VALUE_ATTRIBUTES)))
    parts.append(html[position:])
    return "".join(parts).encode("utf-8")


@lru_cache(maxsize=64)
def _same_name_tags(name: bytes) -> re.Pattern[bytes]:
    pattern = rb"<(/?)" + re.escape(name) + rb"(?=[\s/>])" + _ATTRIBUTES + rb">"
    return re.compile(pattern, re.IGNORECASE)


# Pagefind's service -----------------------------------------------------------
#
# `pagefind --service` reads requests and writes responses, each base64 JSON
# followed by a comma. The `pagefind` package's own client waits a tenth of a
# second before it reads each response (over twenty minutes for the pages of
# ten thousand articles), so this module speaks to the service itself: a new
# index, one AddDir request for a folder of documents, and GetFiles.

RESPONSE_LIMIT = 2**31  # the largest response read: a whole bundle's files
STOP_TIMEOUT = 10.0  # seconds


@contextmanager
def _search_documents(
    out: Path, pages: list[Path], jobs: int, remembered: dict[str, list[Any]]
) -> Iterator[tuple[Path, list[search_shards.Document]]]:
    """A scratch folder holding search documents, and what each page's document is.

    A page `remembered` with the same file identity is not read: its document
    is made only if its bundle is indexed (`_shard_folder`).

    The folder is in memory (/dev/shm where there is one), and Pagefind reads
    it in one request: it parses the files on all its threads, several times
    faster than pages sent one by one, which its service takes one at a time.
    """
    root = _scratch_root()
    _remove_stale_scratch(root)
    prefix = f"{SCRATCH_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(dir=root, prefix=prefix) as folder:
        scratch = Path(folder)
        shares = [[pages[number] for number in share] for share in deal(len(pages), jobs * 4)]
        write = partial(_write_documents, out, scratch / "all", remembered)
        written = fork_map(write, shares, jobs)
        by_page = {document.relative: document for share in written for document in share}
        yield scratch, [by_page[page.relative_to(out).as_posix()] for page in pages]


def _shard_folder(out: Path, scratch: Path, number: int, shard: search_shards.Shard) -> Path:
    """The shard's documents in a folder of their own, for Pagefind to read.

    Pagefind numbers pages in the order it lists their folders, which on
    some file systems (tmpfs) is the order they were made in: they are made
    here, in the shard's order.
    """
    folder = scratch / str(number)
    for document in shard.documents:
        (folder / document.relative).parent.mkdir(parents=True, exist_ok=True)
    for document in shard.documents:
        written = scratch / "all" / document.relative
        if written.exists():
            written.rename(folder / document.relative)
        else:  # remembered, not read: made now
            text = _document_of(out / document.relative)
            (folder / document.relative).write_text(text, encoding="utf-8")
    folder.mkdir(exist_ok=True)  # a shard without pages: Pagefind still writes its files
    return folder


async def _index_bundles(work: list[tuple[Path, int, Path]], jobs: int) -> None:
    """Index each (documents, count, bundle), up to `jobs` at once.

    Pagefind writes a bundle's files on one thread, which is most of its
    time: two bundles written at once take little longer than one.
    """
    running = asyncio.Semaphore(max(1, jobs))

    async def one(documents: Path, count: int, bundle: Path) -> None:
        async with running:
            shutil.rmtree(bundle, ignore_errors=True)
            await _index_folder(documents, count, bundle)

    await asyncio.gather(*(one(*item) for item in work))


async def _index_folder(documents: Path, count: int, bundle: Path) -> None:
    """Pagefind indexes the `count` documents in the folder; the bundle is written here.

    Pagefind's own WriteFiles has its files still being written when it
    answers, and the service ends at the end of its input: a bundle was seen
    with its pagefind-worker.js, pagefind-ui.js or wasm cut short. So the
    files are asked for (GetFiles) and written by this process.
    """
    executable = get_executable()
    if executable is None:
        raise SearchIndexError("Pagefind is not installed (pip install 'pagefind[bin]')")
    service = await asyncio.create_subprocess_exec(
        str(executable),
        "--service",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        limit=RESPONSE_LIMIT,
    )
    try:
        _send(service, 0, {"type": "NewIndex", "config": CONFIG})
        index_id = (await _receive(service, {0: "a new index"}))["index_id"]
        request = {"type": "AddDir", "index_id": index_id, "path": str(documents), "glob": None}
        _send(service, 1, request)
        indexed = await _receive(service, {1: "the site's pages"})
        if indexed.get("page_count") != count:
            raise SearchIndexError(f"Pagefind indexed {indexed.get('page_count')} of {count} pages")
        _send(service, 2, {"type": "GetFiles", "index_id": index_id})
        files = (await _receive(service, {2: f"the bundle {bundle}"}))["files"]
    finally:
        await _stop(service)
    for file in files:
        relative = PurePosixPath(file["path"])
        if relative.is_absolute() or ".." in relative.parts:
            raise SearchIndexError(f"Pagefind named a file outside the bundle: {relative}")
        path = bundle / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(file["content"]))


def _scratch_root() -> Path:
    shared_memory = Path("/dev/shm")
    if shared_memory.is_dir() and os.access(shared_memory, os.W_OK):
        return shared_memory
    return Path(tempfile.gettempdir())


def _remove_stale_scratch(root: Path) -> None:
    """Delete the scratch folders of builds that were killed: they hold memory in /dev/shm."""
    for folder in root.glob(f"{SCRATCH_PREFIX}*"):
        pid = folder.name.removeprefix(SCRATCH_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _write_documents(
    out: Path, scratch: Path, remembered: dict[str, list[Any]], pages: list[Path]
) -> list[search_shards.Document]:
    """What each page's search document is; written under `scratch` unless remembered."""
    found = []
    for page in pages:
        relative = page.relative_to(out).as_posix()
        entry = remembered.get(relative)
        if entry is not None and entry[:4] == _identity(page):
            found.append(search_shards.Document(relative, *entry[4:]))
            continue
        document = _document_of(page)
        data = document.encode("utf-8")
        path = scratch / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        date = DATE_SORT.search(document)
        found.append(
            search_shards.Document(
                relative, date and date.group(1), hashlib.sha256(data).hexdigest(), len(data)
            )
        )
    return found


def _document_of(page: Path) -> str:
    try:
        document = search_document(page.read_bytes())
    except (OSError, UnicodeDecodeError) as error:
        raise SearchIndexError(f"{page}: cannot be read for the search index ({error})") from error
    if "data-pagefind-body" not in document:
        raise SearchIndexError(f"{page}: has no data-pagefind-body element to index")
    return document


def _identity(page: Path) -> list[int]:
    """What tells a page file apart from any other: the same values, the same bytes.

    Pages are never changed in place: a rebuild writes a new file, or links
    the previous site's file (same inode, same modification time).
    """
    status = page.stat()
    return [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns]


def _salt() -> str:
    """What the documents and bundles depend on besides the pages: Pagefind, its
    options, this code, and the characters set apart (text.CJK_CHARACTERS)."""
    return search_shards.salt([CONFIG, IDEOGRAPH_PAIR.pattern])


def _read_memo(memo: Path | None, salt: str) -> dict[str, list[Any]]:
    """{page: identity + document fields} as the last build left it; {} if unusable."""
    if memo is None:
        return {}
    try:
        data = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("salt") != salt:
        return {}
    pages = data.get("pages")
    return pages if isinstance(pages, dict) else {}


def remember(memo: Path, out: Path, report: SearchReport) -> None:
    """Write the memo of the documents of the site in `out`, once it is in its place.

    After the swap: files with the same bytes as the previous site's are
    replaced there by links to those, with their identity. The memo only
    saves time: if it cannot be written, the next build reads every page.
    """
    try:
        pages = {
            document.relative: [
                *_identity(out / document.relative),
                document.date,
                document.digest,
                document.size,
            ]
            for document in report.documents
        }
        data = {"salt": _salt(), "pages": pages}
        write_atomically(memo, json.dumps(data).encode("utf-8"))
    except OSError:
        memo.unlink(missing_ok=True)


async def _stop(service: asyncio.subprocess.Process) -> None:
    """Let the service finish (it stops at the end of its input), or else end it."""
    if service.stdin is not None:
        service.stdin.close()
    try:
        await asyncio.wait_for(service.wait(), timeout=STOP_TIMEOUT)
    except TimeoutError:
        service.kill()
        await service.wait()


def _send(service: asyncio.subprocess.Process, message_id: int, payload: dict[str, Any]) -> None:
    assert service.stdin is not None
    request = json.dumps({"message_id": message_id, "payload": payload}).encode("utf-8")
    service.stdin.write(base64.b64encode(request) + b",")


async def _receive(service: asyncio.subprocess.Process, sent: dict[int, str]) -> dict[str, Any]:
    """The next response's payload; a SearchIndexError naming the request if it failed."""
    assert service.stdout is not None
    try:
        raw = await service.stdout.readuntil(b",")
    except asyncio.IncompleteReadError as error:
        raise SearchIndexError(f"Pagefind stopped (exit status {service.returncode})") from error
    response = json.loads(base64.b64decode(raw[:-1]))
    payload: dict[str, Any] = response.get("payload", {})
    if payload.get("type") == "Error":
        about = sent.get(response.get("message_id"), "a request")
        raise SearchIndexError(f"Pagefind could not index {about}: {payload.get('message')}")
    return payload


# Canonical bytes -------------------------------------------------------------
#
# Pagefind (1.5) writes the list of filters in its `pagefind.<hash>.pf_meta`
# file, and the values of each filter in `filter/*.pf_filter`, in hash-map
# order, which changes with every process; the files' names and
# `pagefind-entry.json` change with them. The search works the same in any
# order (filters and values are looked up by name), so the lists are rewritten
# in name order and the files renamed after their new content.
#
# The files are gzip(b"pagefind_dcd" + CBOR). Only the few CBOR types Pagefind
# writes are handled; a file that does not read back to its own bytes is left
# exactly as Pagefind wrote it.

SIGNATURE = b"pagefind_dcd"
ENTRY_FILE = "pagefind-entry.json"
# Positions in Pagefind's MetaIndex record (src/index/index_metadata.rs).
META_FILTERS = 3
META_SORTS = 4
FILTER_FOLDER = "filter"


class _Unsupported(ValueError):
    pass


def canonicalise_bundle(bundle: Path) -> None:
    """Put each language's metadata and filter files of the bundle in a stable order."""
    entry_path = bundle / ENTRY_FILE
    if not entry_path.is_file():
        return
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    changed = False
    for language, details in sorted(entry.get("languages", {}).items()):
        meta_path = bundle / f"pagefind.{details.get('hash')}.pf_meta"
        meta = _read(meta_path) if meta_path.is_file() else None
        if not isinstance(meta, list) or len(meta) <= META_SORTS:
            continue
        filters = _canonical_filters(bundle / FILTER_FOLDER, language, meta[META_FILTERS])
        if filters is None:
            continue
        meta[META_FILTERS] = filters
        meta[META_SORTS] = sorted(meta[META_SORTS], key=lambda pair: str(pair[0]))
        data = _pack(meta)
        meta_path.unlink()
        details["hash"] = f"{language}_{hashlib.sha256(data).hexdigest()[:10]}"
        (bundle / f"pagefind.{details['hash']}.pf_meta").write_bytes(data)
        changed = True
    if changed:
        entry_path.write_text(
            json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )


def _canonical_filters(folder: Path, language: str, filters: list) -> list | None:  # type: ignore[type-arg]
    """Rewrite each filter file with its values in name order; the new [name, hash] list.

    Returns None, touching nothing, if any filter file cannot be read.
    """
    rewritten = []
    for name, old_hash in filters:
        path = folder / f"{old_hash}.pf_filter"
        content = _read(path) if path.is_file() else None
        if not isinstance(content, list) or len(content) != 2:
            return None
        values = sorted(([value, sorted(pages)] for value, pages in content[1]), key=_by_value)
        data = _pack([content[0], values])
        new_hash = f"{language}_{hashlib.sha256(data).hexdigest()[:7]}"
        rewritten.append((name, old_hash, new_hash, data))
    for _, old_hash, _, _ in rewritten:
        (folder / f"{old_hash}.pf_filter").unlink()
    for _, _, new_hash, data in rewritten:
        (folder / f"{new_hash}.pf_filter").write_bytes(data)
    return sorted(([name, new_hash] for name, _, new_hash, _ in rewritten), key=_by_value)


def _by_value(pair: list) -> str:  # type: ignore[type-arg]
    return str(pair[0])


def _read(path: Path) -> Any:
    """A Pagefind data file as Python values, or None if it is not one this module reads."""
    try:
        raw = gzip.decompress(path.read_bytes())
        if not raw.startswith(SIGNATURE):
            return None
        body = raw[len(SIGNATURE) :]
        value, end = _decode(body, 0)
    except (OSError, EOFError, _Unsupported, IndexError, UnicodeDecodeError):
        return None
    # Only a file that reads back to its own bytes is safe to rewrite.
    if end != len(body) or _encode(value) != body:
        return None
    return value


def _pack(value: Any) -> bytes:
    return gzip.compress(SIGNATURE + _encode(value), mtime=0)


# A minimal CBOR codec (RFC 8949) for what minicbor writes here: unsigned and
# negative integers, byte and text strings, arrays, maps, null and booleans,
# always definite lengths in their shortest form.


def _decode(data: bytes, position: int) -> tuple[Any, int]:
    major, value, position = _head(data, position)
    if major == 0:
        return value, position
    if major == 1:
        return -1 - value, position
    if major in (2, 3):
        chunk = data[position : position + value]
        if len(chunk) != value:
            raise _Unsupported("truncated string")
        return (chunk if major == 2 else chunk.decode("utf-8")), position + value
    if major == 4:
        items = []
        for _ in range(value):
            item, position = _decode(data, position)
            items.append(item)
        return items, position
    if major == 5:
        pairs = []
        for _ in range(value):
            key, position = _decode(data, position)
            item, position = _decode(data, position)
            pairs.append((key, item))
        return _Map(pairs), position
    if major == 7 and value in _SIMPLE:
        return _SIMPLE[value], position
    raise _Unsupported(f"CBOR major type {major} value {value}")


class _Map(list):  # type: ignore[type-arg]
    """A CBOR map kept as its list of pairs, so its order survives a round trip."""


_SIMPLE = {20: False, 21: True, 22: None}


def _head(data: bytes, position: int) -> tuple[int, int, int]:
    initial = data[position]
    major, info = initial >> 5, initial & 0x1F
    position += 1
    if info < 24:
        return major, info, position
    sizes = {24: 1, 25: 2, 26: 4, 27: 8}
    if info not in sizes:
        raise _Unsupported("indefinite length or reserved value")
    size = sizes[info]
    chunk = data[position : position + size]
    if len(chunk) != size:
        raise _Unsupported("truncated head")
    return major, int.from_bytes(chunk, "big"), position + size


def _encode(value: Any) -> bytes:
    if value is None or isinstance(value, bool):
        simple = {False: 20, True: 21, None: 22}[value]
        return bytes([0xE0 | simple])
    if isinstance(value, int):
        return _encode_head(0, value) if value >= 0 else _encode_head(1, -1 - value)
    if isinstance(value, bytes):
        return _encode_head(2, len(value)) + value
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return _encode_head(3, len(encoded)) + encoded
    if isinstance(value, _Map):
        return _encode_head(5, len(value)) + b"".join(
            _encode(key) + _encode(item) for key, item in value
        )
    if isinstance(value, list):
        return _encode_head(4, len(value)) + b"".join(_encode(item) for item in value)
    raise _Unsupported(f"cannot encode {type(value).__name__}")


def _encode_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, size, code in ((24, 1, ">B"), (25, 2, ">H"), (26, 4, ">I"), (27, 8, ">Q")):
        if value < 1 << (8 * size):
            return bytes([major << 5 | info]) + struct.pack(code, value)
    raise _Unsupported("integer too large")
