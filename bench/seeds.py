"""Wall time and peak memory of a full build of the seeds (with search), cold and warm.

    python bench/seeds.py [--runs 3]

"Cold" builds with an empty article cache, "warm" with the cache the cold
build left. Each build is a separate process, measured from outside.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(out: Path, cache: Path) -> tuple[float, float]:
    """One build in a child process: (wall seconds, peak RSS of the child in MiB)."""
    command = [sys.executable, "build.py", "build", "--out", str(out), "--cache", str(cache)]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    # ru_maxrss of the children is the largest child so far: build.py or Pagefind.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles = len([p for p in (ROOT / "seeds").iterdir() if not p.name.startswith(".")])
    cold, warm, peaks = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            out, cache = Path(folder) / "site", Path(folder) / "cache"
            seconds, peak = _run(out, cache)
            cold.append(seconds)
            peaks.append(peak)
            seconds, peak = _run(out, cache)
            warm.append(seconds)
            peaks.append(peak)
    print(f"articles: {articles}  runs: {args.runs}")
    print(
        f"full build, cold cache: median {statistics.median(cold):.2f} s  "
        f"({statistics.median(cold) / articles * 1000:.0f} ms per article)"
    )
    print(f"full build, warm cache: median {statistics.median(warm):.2f} s")
    print(f"peak RSS of the largest process: {max(peaks):.0f} MiB")


if __name__ == "__main__":
    main()
