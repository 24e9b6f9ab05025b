"""Writing files that another build may read at any moment, and telling files apart."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the new one, never half.

    The bytes go to a file named after this process beside it, then replace
    the old one in one rename: two builds sharing a cache folder never mix.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    partial.replace(path)


def identity(path: Path) -> list[int]:
    """What tells a file apart from any other: the same values, the same bytes.

    The site's files are never changed in place: a rebuild writes a new file,
    or links the previous site's file (same inode, same modification time).
    A memo of the site's files (page keys, search documents) holds this, so
    it is never believed about a file it was not made from.
    """
    status = path.stat()
    return [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns]
