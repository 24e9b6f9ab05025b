"""The per-article cache: each article's clean and annotated result on disk.

A result is keyed by the article's content and the code version (pipeline.py
makes the key's salt). It is filed with the fingerprint of the registry it
was annotated with, and each registry a build uses is kept beside the
results, so that after an edit of the registry a result can be checked
against the edit (registry_reach.py) rather than annotated again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from .files import write_atomically
from .model import AnnotatedArticle, Source
from .registry import Registry
from .registry_reach import Edit, Reach

_Kept = TypeVar("_Kept")


@dataclass(frozen=True, slots=True)
class Cached:
    """A cached result, and the fingerprint of the registry it was annotated with."""

    item: AnnotatedArticle
    registry: str


class ArticleCache:
    """Per-article results on disk, keyed by content and code version.

    Each file holds the fingerprint of the registry the result was annotated
    with (one line), then the result pickled. Each registry a build used is
    kept beside them (`registry-<fingerprint>.pickle`), so that after an edit
    a result annotated with the earlier registry can be checked against it
    (registry_reach.py) rather than annotated again.
    """

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self._edits: dict[str, Edit | None] = {}  # by the earlier registry's fingerprint

    def key(self, source: Source, furniture: frozenset[str]) -> str:
        parts = [self.salt, source.digest, source.format, str(source.override), source.id]
        # The page is cleaned again when its share of the archive's furniture changes.
        parts += sorted(furniture)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _path(self, source: Source, furniture: frozenset[str]) -> Path:
        assert self.folder is not None
        return self.folder / f"{self.key(source, furniture)}.pickle"

    def get(self, source: Source, furniture: frozenset[str]) -> Cached | None:
        if self.folder is None:
            return None
        try:
            data = self._path(source, furniture).read_bytes()
            if data[REGISTRY_LINE - 1 : REGISTRY_LINE] != b"\n":
                return None
            item = pickle.loads(memoryview(data)[REGISTRY_LINE:])  # our own cache folder
            registry = data[: REGISTRY_LINE - 1].decode("ascii")
        except (OSError, pickle.PickleError, EOFError, AttributeError, UnicodeDecodeError):
            return None
        # The key holds the file's bytes and id, not its folder: a page moved into
        # another folder (or the seeds folder renamed) keeps its result, and is
        # told where it now is.
        if item.article.source_file != source.path:
            item = item.found_at(source.path)
        return Cached(item, registry)

    def put(
        self, source: Source, furniture: frozenset[str], registry: str, item: AnnotatedArticle
    ) -> None:
        pickled = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self.put_pickled(source, furniture, registry, pickled)

    def put_pickled(
        self, source: Source, furniture: frozenset[str], registry: str, pickled: bytes
    ) -> None:
        """Store a result pickled already (a worker sends the same bytes back)."""
        if self.folder is None:
            return
        write_atomically(self._path(source, furniture), registry.encode("ascii") + b"\n" + pickled)

    def confirm(self, source: Source, furniture: frozenset[str], registry: str) -> None:
        """Record that a result stands under another registry: its first line only is written."""
        if self.folder is None:
            return
        with suppress(OSError), self._path(source, furniture).open("r+b") as handle:
            handle.write(registry.encode("ascii"))

    def keep_registry(self, fingerprint: str, registry: Registry) -> None:
        """Keep the registry of this build, for the results annotated with it."""
        if self.folder is None:
            return
        path = self.folder / f"{REGISTRY_PREFIX}{fingerprint}.pickle"
        if not path.exists():
            kept = replace(registry, warnings=[])
            write_atomically(path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))

    def forget_other_registries(self, fingerprint: str) -> None:
        """Delete the registries kept but this one, once every result of the build is filed
        under it: a result of another article that names an older one is annotated again."""
        if self.folder is None:
            return
        for path in self.folder.glob(f"{REGISTRY_PREFIX}*.pickle"):
            if path.name != f"{REGISTRY_PREFIX}{fingerprint}.pickle":
                path.unlink(missing_ok=True)

    def forget_other_results(self, keys: set[str]) -> None:
        """Delete the results of keys other than these, the keys of this build's sources.

        They are results of an earlier version of the code, of an article
        since edited or removed, or of its earlier share of the furniture:
        no build of these sources reads them again, and an archive whose
        code is upgraded would otherwise keep a full copy per version.
        """
        if self.folder is None:
            return
        with os.scandir(self.folder) as entries:
            for entry in entries:
                result = _RESULT_FILE.fullmatch(entry.name)
                if result and result.group(1) not in keys:
                    with suppress(FileNotFoundError):  # another build forgot it first
                        os.unlink(entry.path)

    def edit(self, earlier: str, now: Reach) -> Edit | None:
        """The edit from the registry of fingerprint `earlier`, as an earlier build kept
        it, to the registry of `now`; None if that registry is gone."""
        if earlier not in self._edits:
            registry = None
            if self.folder is not None:
                path = self.folder / f"{REGISTRY_PREFIX}{earlier}.pickle"
                registry = read_cached(path, Registry)
            self._edits[earlier] = None if registry is None else Edit(Reach(registry), now)
        return self._edits[earlier]


REGISTRY_PREFIX = "registry-"  # in the cache folder, then the registry's fingerprint
REGISTRY_LINE = 17  # bytes before a cached result: the registry fingerprint and a line break
_RESULT_FILE = re.compile(r"([0-9a-f]{64})\.pickle")  # a result's file: its `key`, .pickle


def read_cached(path: Path, kind: type[_Kept]) -> _Kept | None:
    """What our own cache file holds, or None if it is missing, unreadable or of another kind."""
    try:
        found = pickle.loads(path.read_bytes())  # our own cache folder, written above
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None  # not learned yet, or unreadable: learn again
    return found if isinstance(found, kind) else None


def keep_cached(path: Path, value: object, prefix: str) -> None:
    """Write `value` to our cache file `path`, deleting first the other files of its
    `prefix` (of other code or other inputs: never read again)."""
    for older in path.parent.glob(f"{prefix}*.pickle"):
        older.unlink(missing_ok=True)
    write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
