"""Run the corpus-wide stages' work on every core, sharing the archive in memory.

Rendering and exporting read the whole Corpus. Sending it to worker
processes would copy and pickle it once per worker; forked workers see the
parent's memory as it is, copied only where they write. Each work item is
small (a range of page numbers); each result is small (what was written).

Where `fork` is not available (Windows, macOS by default) the work runs in
this process, with the same results.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any

# The function the forked workers run: set just before they are forked, so
# they inherit it (and everything it refers to) without pickling.
_task: Callable[[Any], Any] | None = None


def fork_map(function: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    """[function(item) for item in items], in order, on up to `jobs` forked processes."""
    if jobs <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    global _task  # read by the forked workers only
    _task = function
    # Objects the collector has already seen are never touched by it again,
    # so a worker's collections do not copy the parent's pages.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
            return pool.map(_call, items, chunksize=1)
    finally:
        _task = None
        gc.unfreeze()


def _call(item: Any) -> Any:
    assert _task is not None
    return _task(item)


def split(count: int, parts: int) -> list[range]:
    """0..count in about `parts` consecutive ranges, the first ones no smaller."""
    parts = max(1, min(parts, count))
    size, extra = divmod(count, parts)
    ranges, start = [], 0
    for part in range(parts):
        end = start + size + (1 if part < extra else 0)
        ranges.append(range(start, end))
        start = end
    return ranges


def deal(count: int, parts: int) -> list[range]:
    """0..count dealt like cards into `parts` interleaved ranges.

    Work items of very different sizes (an entity page naming thousands of
    articles beside one naming two) spread evenly over the workers.
    """
    return [range(start, count, parts) for start in range(max(1, parts))]
