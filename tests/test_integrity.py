"""Integrity of the output: atomic swaps under SIGKILL, determinism, --strict."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.pipeline import swap_into_place

ROOT = Path(__file__).resolve().parents[1]


def _build_command(seeds: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "build.py"),
        "build",
        "--seeds",
        str(seeds),
        "--content",
        str(ROOT / "content"),
        "--layouts",
        str(ROOT / "layouts"),
        "--out",
        str(out),
        "--no-cache",
        *extra,
    ]


def _tree(folder: Path) -> dict[str, str]:
    """Every file of a folder with the hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Sixty articles recombined from the seeds: enough for the parallel path."""
    out = tmp_path_factory.mktemp("corpus") / "seeds"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "corpus.py"),
            "60",
            "--source",
            str(ROOT / "seeds"),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out


def test_swap_replaces_the_whole_site(tmp_path):
    out, staging = tmp_path / "site", tmp_path / ".site.building-1"
    out.mkdir()
    (out / "old.html").write_text("old")
    staging.mkdir()
    (staging / "new.html").write_text("new")
    swap_into_place(staging, out)
    assert [path.name for path in out.iterdir()] == ["new.html"]
    assert not staging.exists()


def test_killed_builds_leave_the_previous_site_complete(tmp_path):
    out = tmp_path / "site"
    subprocess.run(_build_command(ROOT / "seeds", out), check=True, capture_output=True)
    before = _tree(out)
    for delay in (0.05, 0.3, 0.6, 0.9, 1.2, 1.6):
        build = subprocess.Popen(
            _build_command(ROOT / "seeds", out),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        build.send_signal(signal.SIGKILL)
        build.wait()
        after = _tree(out)
        # A kill after the swap leaves the new site, which is the same bytes here.
        assert after == before, f"site changed by a build killed after {delay} s"
    subprocess.run(_build_command(ROOT / "seeds", out), check=True, capture_output=True)
    assert _tree(out) == before
    # What killed builds left is deleted in the background: wait for it. The
    # previous site is kept on purpose, as the next build's staging folder.
    kept = {"site", ".site.spare"}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and {path.name for path in tmp_path.iterdir()} - kept:
        time.sleep(0.1)
    leftovers = [path.name for path in tmp_path.iterdir() if path.name not in kept]
    assert leftovers == [], "the next build clears what killed builds left"


def test_builds_are_byte_identical_whatever_hash_seed_or_cores(corpus, tmp_path):
    trees = []
    for seed, jobs in (("1", "1"), ("2", "2")):
        out = tmp_path / f"site-{seed}"
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            _build_command(corpus, out, "--jobs", jobs),
            check=True,
            capture_output=True,
            env=environment,
        )
        trees.append(_tree(out))
    assert trees[0] == trees[1]


def test_file_system_order_does_not_change_the_site(corpus, tmp_path):
    # Same folder name: the source path is part of each page's provenance.
    reversed_seeds = tmp_path / "reversed" / "seeds"
    reversed_seeds.mkdir(parents=True)
    for path in sorted(corpus.iterdir(), reverse=True):
        shutil.copy2(path, reversed_seeds / path.name)
    trees = []
    for seeds in (corpus, reversed_seeds):
        out = tmp_path / f"site-{seeds.parent.name}"
        subprocess.run(_build_command(seeds, out, "--jobs", "1"), check=True, capture_output=True)
        trees.append(_tree(out))
    assert trees[0] == trees[1]


def test_strict_fails_the_build_on_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    out = tmp_path / "site"
    assert (
        subprocess.run(_build_command(seeds, out, "--strict"), capture_output=True).returncode == 0
    )
    (seeds / "empty.txt").write_bytes(b"")
    result = subprocess.run(_build_command(seeds, out, "--strict"), capture_output=True, text=True)
    assert result.returncode == 1
    assert "seeds/empty.txt" in result.stderr
    plain = subprocess.run(_build_command(seeds, out), capture_output=True, text=True)
    assert plain.returncode == 0, "without --strict a warning does not fail the build"
