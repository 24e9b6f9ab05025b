"""A bundle Pagefind wrote -> the same bundle in the same bytes on every run.

Pagefind writes its list of filters, and the values of each, in hash-map
order, different on every run; `canonicalise_bundle` puts them in name
order afterwards so that the same site always gives the same bytes.
`search.py` calls it on each bundle it makes.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

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
