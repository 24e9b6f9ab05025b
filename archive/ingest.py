"""Ingest: files -> Source.

Finds the article files of an archive (`seeds/` and the editor's overrides in
`content/articles/`, with their subfolders), decodes them and gives each a
stable id and URL slug taken from its file name. A file that cannot be read as
an article becomes a Warning_ naming the file and the reason; it never stops
the other files.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from .model import Source, Warning_

# The largest page dump seen in news benchmarks is well under 1 MB; a file many
# times larger is a whole site or a mistake, and would slow every build.
MAX_FILE_BYTES = 5_000_000

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# A browser saving a whole page puts its pictures and scripts in a folder beside it.
_SAVED_PAGE_RESOURCES = "_files"

# Control characters other than tab, newline and carriage return: a text file
# holds almost none, a binary file (an image renamed .txt) holds many.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BINARY_CONTROL_SHARE = 0.01

# Byte-order marks say the encoding outright; they win over every guess.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


class IngestError(ValueError):
    """A file that cannot be taken as an article; the message says why."""


# What tells a file unchanged since a build read it, as git's index tells it: its
# size, modification and change times, and inode (an editor that saves a copy and
# renames it over the file gives a new one).
FileStat = tuple[int, int, int, int]


@dataclass(slots=True)
class FileMemo:
    """What the last build read of each article file: path -> (stat, digest, encoding).

    A rebuild of a large archive read every file again to learn that almost
    none had changed (8 s at 50,000 articles); a file whose stat is the one
    recorded is taken as the same bytes, and read only if its article is
    cleaned again (`with_text`). Kept in the cache folder (pipeline.py).
    """

    files: dict[str, tuple[FileStat, str, str]] = field(default_factory=dict)


# A file changed this recently when it was read is not recorded: on a file system
# that stamps times to the second or two, a second change within the same tick
# would leave the stat as it was (git's "racily clean" files).
RACY_NANOSECONDS = 2_000_000_000


@dataclass(frozen=True, slots=True)
class Found:
    """The result of scanning the input folders."""

    sources: list[Source]
    warnings: list[Warning_]
    memo: FileMemo = field(default_factory=FileMemo)  # of the files read or known


def slugify(name: str) -> str:
    """A URL-safe, lowercase form of a name: letters, digits and single hyphens.

    Non-ASCII letters are folded to their ASCII base where one exists
    ("Zürich" -> "zurich"), and kept otherwise, so that names in other
    scripts still get a readable slug.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    slug = re.sub(r"[^\w]+", "-", folded.lower(), flags=re.UNICODE).strip("-_")
    slug = re.sub(r"[-_]+", "-", slug)
    return _within_bytes(slug, SLUG_MAX_BYTES) or "untitled"


# A slug names a folder, and file systems take 255 bytes a name: a name run
# together from a menu ("Breed ShowcaseBlackBerry Cylance Learning Center...")
# must not fail the build. Room is left for unique_slugs' number.
SLUG_MAX_BYTES = 200


def _within_bytes(slug: str, limit: int) -> str:
    """The slug cut after a whole word, to at most `limit` bytes of UTF-8."""
    if len(slug) <= limit // 4 or len(slug.encode("utf-8")) <= limit:
        return slug  # (most slugs: no need to encode)
    cut = slug.encode("utf-8")[: limit + 1].decode("utf-8", "ignore")
    return cut[: cut.rfind("-")] if "-" in cut else cut[:-1]


def unique_slugs(slugs: dict[str, str]) -> dict[str, str]:
    """Key -> slug, with a number added where two keys would share one page.

    The Corpus's slugs are unique in practice; this keeps the site whole
    when they are not ("São Paulo" and "Sao Paulo"), the first key A-Z
    keeping the plain slug.
    """
    unique: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(slugs):
        base = slugs[key] or "untitled"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        unique[key] = slug
    return unique


def decode(data: bytes) -> str:
    """Decode the bytes of a text file; see `decode_with_encoding`."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: a BOM, then UTF-8, then Windows-1252.

    Windows-1252 is the sensible fallback for Western news pages: it decodes
    every Latin-1 file the same way, and its extra characters (curly quotes,
    dashes) are what such pages hold. Raises IngestError for binary data.
    Returns the text and the encoding used.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_text(data.decode(encoding, errors="replace")), encoding
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    return _check_text(data.decode("cp1252", errors="replace")), "cp1252"


def _check_text(text: str) -> str:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(1, len(text[:65536]) * _BINARY_CONTROL_SHARE):
        raise IngestError("this is a binary file, not text (an image or a document?)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path, root: Path, override: bool = False) -> Source:
    """Read one article file. Raises IngestError with a plain reason."""
    return _read_or_recall(path, root, override, None, FileMemo())


def _read_or_recall(
    path: Path, root: Path, override: bool, known: FileMemo | None, memo: FileMemo
) -> Source:
    """One article file: read, or recalled from `known` when its stat is the one
    recorded there (its text then left unread). What was read or recalled is
    recorded in `memo`."""
    format_ = FORMATS.get(path.suffix.lower())
    if format_ is None:
        raise IngestError(f"unknown file type {path.suffix!r} (expected .txt, .md or .html)")
    status = path.stat()
    if status.st_size > MAX_FILE_BYTES:
        raise IngestError(
            f"too large to be one article ({status.st_size / 1e6:.0f} MB; the limit is "
            f"{MAX_FILE_BYTES / 1e6:.0f} MB): is it a whole site saved as one file?"
        )
    stem = unicodedata.normalize("NFC", path.stem)
    location = str(path.absolute())
    stat: FileStat = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    recalled = known.files.get(location) if known is not None else None
    if recalled is not None and recalled[0] == stat:
        text, digest, encoding = None, recalled[1], recalled[2]
    else:
        data = _file_bytes(path)
        text, encoding = decode_with_encoding(data)
        if not text.strip():
            raise IngestError("the file is empty")
        digest = hashlib.sha256(data).hexdigest()
    if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) > RACY_NANOSECONDS:
        memo.files[location] = (stat, digest, encoding)
    return Source(
        id=stem,
        slug=slugify(stem),
        path=_display_path(path, root),
        format=format_,
        text=text,
        digest=digest,
        override=override,
        encoding=encoding,
        location=location,
    )


def _file_bytes(path: Path) -> bytes:
    """An article file's bytes: every read of one comes here (the tests count them)."""
    return path.read_bytes()


def with_text(source: Source) -> Source:
    """`source` with its text: a file recalled unread (FileMemo) is read now, and
    must still be the bytes its digest names."""
    if source.text is not None:
        return source
    data = _file_bytes(Path(source.location))
    if hashlib.sha256(data).hexdigest() != source.digest:
        raise IngestError(f"{source.path} changed while the build read it: build again")
    return replace(source, text=decode_with_encoding(data)[0])


def _display_path(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def find_sources(seeds: Path, content: Path, known: FileMemo | None = None) -> Found:
    """Every article of the archive, overrides replacing the seed of the same id.

    Files are taken in sorted order so ids and warnings never depend on the
    file system's order. A file is refused, with a warning, when it cannot be
    read as text, is empty, repeats another file byte for byte, or would take
    another article's URL; symbolic links that lead out of their folder and
    hidden files are skipped. A file `known` records as it is now is not read.
    """
    warnings: list[Warning_] = []
    sources: dict[str, Source] = {}
    taken = _Taken()
    memo = FileMemo()
    for folder, override in ((seeds, False), (content / "articles", True)):
        for path in _article_files(folder, warnings):
            try:
                source = _read_or_recall(path, folder.parent, override, known, memo)
            except (IngestError, OSError) as error:
                warnings.append(Warning_(_display_path(path, folder.parent), str(error)))
                continue
            if source.encoding == "cp1252":
                reason = "not valid UTF-8; read as Windows-1252 (check accented letters)"
                warnings.append(Warning_(source.path, reason))
            refusal = (
                _second_override(sources.get(source.id)) if override else taken.refusal(source)
            )
            if refusal:
                warnings.append(Warning_(source.path, refusal))
                continue
            if override and source.id not in sources:
                reason = f"no article with id {source.id!r} in seeds/; taken as a new article"
                warnings.append(Warning_(source.path, reason))
            sources[source.id] = source
    return Found(sorted(sources.values(), key=lambda source: source.id), warnings, memo)


def _second_override(earlier: Source | None) -> str | None:
    """Why an override of an article another override replaces already is refused."""
    if earlier is None or not earlier.override:
        return None
    return f"{earlier.path} replaces the same article already; skipped"


class _Taken:
    """The slugs and contents of the articles accepted so far."""

    def __init__(self) -> None:
        self.slugs: dict[str, str] = {}
        self.digests: dict[str, str] = {}

    def refusal(self, source: Source) -> str | None:
        """Why `source` cannot join the archive, or None (and it is taken)."""
        if source.digest in self.digests:
            return f"the same bytes as {self.digests[source.digest]}; skipped as a duplicate"
        if source.slug in self.slugs:
            owner = self.slugs[source.slug]
            return (
                f"its URL slug {source.slug!r} is already taken by {owner}; "
                "rename one of the two files"
            )
        self.slugs[source.slug] = source.path
        self.digests[source.digest] = source.path
        return None


def article_files(folder: Path) -> list[Path]:
    """The files of `folder` that a build reads as articles (see find_sources)."""
    return _article_files(folder, [])


def _article_files(folder: Path, warnings: list[Warning_]) -> list[Path]:
    """The article files in `folder` and its subfolders ("seeds/2019/"), in path order."""
    if not folder.is_dir():
        return []
    files: list[Path] = []
    _collect_article_files(folder, folder.resolve(), folder.parent, files, warnings)
    return files


def _collect_article_files(
    folder: Path, root: Path, display_root: Path, files: list[Path], warnings: list[Warning_]
) -> None:
    # Listed with the types the folder's listing gives: no system call per file
    # but for symbolic links (an archive holds tens of thousands of files).
    # Sorted as paths sort, A-Z, case aside where the file system ignores case.
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: os.path.normcase(entry.name))
    names = {entry.name for entry in entries}
    for entry in entries:
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            # A folder of dots is the editor's to keep out of the archive (".drafts",
            # ".git"); a link to a folder is not followed: its files are read where
            # they are, or lie outside the archive.
            if not entry.name.startswith(".") and not _saved_page_resources(entry.name, names):
                _collect_article_files(path, root, display_root, files, warnings)
            continue
        if not entry.is_file():
            continue
        label = _display_path(path, display_root)
        if entry.name.startswith("."):
            if path.suffix.lower() in FORMATS:
                warnings.append(
                    Warning_(label, "a hidden file (its name starts with a dot); skipped")
                )
            continue
        # Only a link can lead out: any other file of the folder is in it.
        if entry.is_symlink() and not path.resolve().is_relative_to(root):
            warnings.append(Warning_(label, "a link that leads out of its folder; skipped"))
            continue
        if path.suffix.lower() not in FORMATS:
            warnings.append(Warning_(label, "not an article file (.txt, .md or .html); skipped"))
            continue
        files.append(path)


def _saved_page_resources(name: str, names: set[str]) -> bool:
    """Is folder `name` the pictures and scripts of a page saved beside it ("Save page
    as", complete): "story_files" beside "story.html"?"""
    stem = name.removesuffix(_SAVED_PAGE_RESOURCES)
    return stem != name and any(f"{stem}{suffix}" in names for suffix in (".html", ".htm"))
