"""Drop-in: new articles on the site and findable by search within seconds.

A full build of a large archive takes longer than an editor wants to wait
for one new file. While `serve` runs, a file added to `seeds/` first takes
this fast path: only the new articles are cleaned, annotated and rendered,
their pages are added to the live site, and a small delta search index
(`pagefind-delta/`) is written, which the search page merges with the main
index at query time. The full, incremental rebuild that follows replaces
the whole site, and with it the delta: its articles are then in the main
index, their entities' pages and cross-links updated.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import entities as entities_stage
from . import links as links_stage
from . import render as render_stage
from . import search as search_stage
from .config import load_config
from .ingest import IngestError, read_source
from .model import Corpus, Warning_
from .pipeline import BuildPaths, process

DELTA_FOLDER = "pagefind-delta"


@dataclass(frozen=True, slots=True)
class DropIn:
    """What the fast path added: article ids, and the files it could not take."""

    article_ids: list[str]
    warnings: list[Warning_]


def drop_in(paths: BuildPaths, new_files: list[Path], registry: entities_stage.Registry) -> DropIn:
    """Add the articles of `new_files` to the built site in `paths.out`, searchable."""
    items, warnings = [], []
    for path in sorted(new_files):
        try:
            source = read_source(path, paths.seeds.parent)
            item = process(source, registry)
        except (IngestError, OSError, ValueError) as error:
            warnings.append(Warning_(path.name, str(error)))
            continue
        if item.article.blocks:
            items.append(item)
    if not items:
        return DropIn([], warnings)
    config, _ = load_config(paths.content)
    _add_pages(links_stage.link(items, registry.entries, config, registry.keep_apart), paths)
    pages = [paths.out / "articles" / item.article.slug / "index.html" for item in items]
    search_stage.index_pages(paths.out, pages, paths.out / DELTA_FOLDER)
    return DropIn([item.article.id for item in items], warnings)


def _add_pages(corpus: Corpus, paths: BuildPaths) -> None:
    """Render the new articles' pages beside the live site, then move them in."""
    with tempfile.TemporaryDirectory(dir=paths.out.parent, prefix=".dropin-") as folder:
        staging = Path(folder)
        render_stage.render(corpus, paths.layouts, paths.content, staging)
        for item in corpus.articles:
            relative = Path("articles") / item.article.slug
            target = paths.out / relative
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(staging / relative, target)
        _add_missing_pages(staging, paths.out)


# The pages of names, authors and outlets new to the archive, which the new
# articles link. Each lists the new articles alone, which is all the archive
# holds of it until the rebuild; a page the site has already is left as it is
# (one article short until then) rather than a link leading nowhere.
_LINKED_FOLDERS = ("entities", "authors", "outlets")


def _add_missing_pages(staging: Path, out: Path) -> None:
    for folder in _LINKED_FOLDERS:
        if not (staging / folder).is_dir():
            continue
        for page in sorted((staging / folder).iterdir()):
            target = out / folder / page.name
            if page.is_dir() and not target.exists():
                shutil.copytree(page, target)
