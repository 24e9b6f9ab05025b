"""A copy of the project's inputs in a temporary folder, for tests that change them."""

from __future__ import annotations

import shutil
from pathlib import Path

from archive.model import AnnotatedArticle, Annotation, Article, Block, Mention
from archive.pipeline import BuildPaths

ROOT = Path(__file__).resolve().parent.parent


def copy_project(folder: Path) -> BuildPaths:
    """seeds/, content/ and layouts/ copied into `folder`; the site is built to folder/site."""
    for name in ("seeds", "content", "layouts"):
        shutil.copytree(ROOT / name, folder / name)
    return BuildPaths(folder / "seeds", folder / "content", folder / "layouts", folder / "site")


def one_paragraph_article(
    article_id: str, body: str, outlet: str | None = None, published: str | None = None
) -> Article:
    """A made-up article: a title from its id and one paragraph of text."""
    return Article(
        id=article_id,
        slug=article_id,
        source_file=f"seeds/{article_id}.txt",
        format="txt",
        title=f"Title {article_id}",
        standfirst=None,
        outlet=outlet,
        published=published,
        captured=None,
        dateline=None,
        blocks=(Block("paragraph", body),),
        captions=(),
    )


def annotated_article(
    article_id: str, mentions: list[tuple[str, str, str]], packed: bool = False, **annotation
) -> AnnotatedArticle:
    """A made-up article printing the texts of `mentions`, (text, entity, type) each."""
    article = one_paragraph_article(article_id, " ".join(text for text, _, _ in mentions))
    found = tuple(Mention(0, len(text), text, type_, entity) for text, entity, type_ in mentions)
    if packed:
        return AnnotatedArticle.packed(article, Annotation(found, **annotation))
    return AnnotatedArticle(article, Annotation(found, **annotation))


def add_unrelated_article(paths: BuildPaths) -> None:
    """A new article sharing no name with the seeds, dated 1 June 2019."""
    (paths.seeds / "005_harbour.md").write_text(
        "---\ntitle: Harbour festival returns to Port Haven\noutlet: Haven Courier\n"
        "published: 2019-06-01\n---\n\n"
        "Wendy Tallis, who chairs the Harbour Trust, opened the festival in Port Haven on "
        "Saturday. Tallis said the Harbour Trust would repair the old pier next year.\n",
        encoding="utf-8",
    )


def add_surname_alone_article(paths: BuildPaths) -> None:
    """An article naming the Wendy Tallis of `add_unrelated_article` by her surname only."""
    (paths.seeds / "006_pier.md").write_text(
        "---\ntitle: Pier repairs approved\noutlet: Haven Courier\npublished: 2019-06-03\n---\n\n"
        "The council approved the repairs to the old pier in Port Haven on Monday. Tallis told "
        "the meeting that work would start in March.\n",
        encoding="utf-8",
    )
