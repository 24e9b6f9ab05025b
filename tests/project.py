"""A copy of the project's inputs in a temporary folder, for tests that change them."""

from __future__ import annotations

import shutil
from pathlib import Path

from archive.pipeline import BuildPaths

ROOT = Path(__file__).resolve().parent.parent


def copy_project(folder: Path) -> BuildPaths:
    """seeds/, content/ and layouts/ copied into `folder`; the site is built to folder/site."""
    for name in ("seeds", "content", "layouts"):
        shutil.copytree(ROOT / name, folder / name)
    return BuildPaths(folder / "seeds", folder / "content", folder / "layouts", folder / "site")
