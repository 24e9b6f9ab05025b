"""The memory a command really uses: its process tree's proportional set size.

A forked worker's resident set counts every page it shares with its parent,
and the largest child's `ru_maxrss` alone does not say how much of it the
worker has made its own: in CPython, reading an object writes its reference
count, which copies the page it sits on. The proportional set size (PSS,
Linux's /proc/PID/smaps_rollup) splits each shared page among the processes
that map it: summed over the tree, it is the memory the command holds.

`PeakMemory` samples the tree while the command runs and keeps the peak of
the sum, of our own (Python) processes and of Pagefind's apart. A peak must
last two samples (50 ms apart) to count; the build's phases last seconds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
SAMPLE_SECONDS = 0.05


@dataclass(slots=True)
class Peaks:
    """Peaks of summed PSS in MiB: the whole tree, our processes, Pagefind's."""

    total: float = 0.0
    ours: float = 0.0
    pagefind: float = 0.0


class PeakMemory:
    """Sample a process tree's PSS in the background: `with PeakMemory(pid) as peak:`."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks = Peaks()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def available() -> bool:
        return (PROC / "self" / "smaps_rollup").is_file()

    def __enter__(self) -> Peaks:
        self._thread.start()
        return self.peaks

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        # A process read just before it forks and its child just after count the
        # shared pages twice: a peak is the smaller of two samples in a row, so a
        # moment's overcount is not one.
        last = (0.0, 0.0)
        while not self._stop.wait(SAMPLE_SECONDS):
            ours = pagefind = 0.0
            for pid in _tree(self.pid):
                size = _pss_mib(pid)
                if _command(pid).startswith("pagefind"):
                    pagefind += size
                else:
                    ours += size
            held = (min(ours, last[0]), min(pagefind, last[1]))
            self.peaks.ours = max(self.peaks.ours, held[0])
            self.peaks.pagefind = max(self.peaks.pagefind, held[1])
            self.peaks.total = max(self.peaks.total, min(ours + pagefind, sum(last)))
            last = (ours, pagefind)


def _tree(pid: int) -> list[int]:
    """The process and its descendants alive now (a process may end while read)."""
    found, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        found.append(current)
        # A child belongs to the thread that started it: read every thread's list.
        for task in (PROC / str(current) / "task").glob("*"):
            try:
                waiting += map(int, (task / "children").read_text().split())
            except OSError:  # the thread or the process ended meanwhile
                continue
    return found


def _pss_mib(pid: int) -> float:
    try:
        rollup = (PROC / str(pid) / "smaps_rollup").read_text()
    except OSError:  # ended meanwhile
        return 0.0
    for line in rollup.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _command(pid: int) -> str:
    try:
        return (PROC / str(pid) / "comm").read_text().strip()
    except OSError:
        return ""
