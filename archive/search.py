"""Search: the rendered site -> a Pagefind index in `out/pagefind/`.

Article pages are indexed by the element marked `data-pagefind-body` (the
article's own text, never the page's furniture); their filters (type, outlet,
year, person, place, organisation, event), the date sort key and the title
come from `data-pagefind-*` attributes the article template writes. Entity
pages are indexed by their name, aliases and description, with the filter
type set to the kind of name (Person, Place, ...), so a search for a person
finds the person's page as well as the articles.

Pagefind is sent only what it reads of each page (`search_document`, in
archive/search_document.py): the marked elements, not the provenance tables,
lists and hover cards around them, which are most of a page's bytes. It is
driven as a service (`pagefind --service`), with every option set here, so
the index does not depend on a `pagefind.yml` or on `PAGEFIND_*` settings in
the environment.

A large site's index is cut into bundles by date (archive/search_shards.py),
indexed several at once; a rebuild indexes only the bundles whose documents
changed and links the others from the previous site.

Pagefind writes its list of filters, and the values of each, in hash-map
order, different on every run; `canonicalise_bundle` (archive/search_bundle.py)
puts them in name order afterwards so that the same site always gives the
same bytes.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from pagefind.index import IndexConfig
from pagefind.service import get_executable

from . import search_shards
from .files import identity, write_atomically
from .parallel import deal, fork_map
from .search_bundle import canonicalise_bundle
from .search_document import IDEOGRAPH_PAIR, search_document

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
        if entry is not None and entry[:4] == identity(page):
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
                *identity(out / document.relative),
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
