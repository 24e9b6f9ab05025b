"""Export: Corpus -> the archive's open data (`data/articles.json`, `data/entities.json`).

The format is documented in the README; change both together.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from .model import AnnotatedArticle, Article, Corpus, EntityRecord
from .parallel import fork_map, split
from .urls import Urls, article_path, entity_path

DATA_FOLDER = "data"
SHARES_PER_WORKER = 4


def article_record(
    item: AnnotatedArticle,
    base_url: str = "/",
    related: list[str] | None = None,
    story: str | None = None,
) -> dict[str, Any]:
    """One article as the open data gives it (also `clean --format json`)."""
    article = item.article
    return {
        "id": article.id,
        "source_file": article.source_file,
        "url": Urls(base_url)(article_path(article.slug)),
        **_described(article),
        "edited_by_hand": article.edited_by_hand,
        "body": article.paragraphs,
        "headings": article.headings,
        "blocks": [{"kind": block.kind, "text": block.text} for block in article.blocks],
        # From plain rows: a Line object for each of an archive's million lines costs more.
        "removed": [
            {"line": number, "text": text, "reason": reason}
            for number, text, role, reason in item.line_rows()
            if role == "boilerplate"
        ],
        "entities": _entities_of(item),
        "related": related or [],
        "story": story,
    }


def _described(article: Article) -> dict[str, Any]:
    """What describes an article besides its text: the open data's and eject's shared keys."""
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "outlet": article.outlet,
        "published": article.published,
        "captured": article.captured,
        "dateline": article.dateline,
        "captions": [
            {"text": caption.text, "credit": caption.credit} for caption in article.captions
        ],
    }


def _entities_of(item: AnnotatedArticle) -> list[dict[str, Any]]:
    """Entities in order of first mention, each with its distinct surface forms."""
    forms: dict[str, dict[str, None]] = {}
    types: dict[str, str] = {}
    for mention in item.annotation.mentions:
        forms.setdefault(mention.entity, {}).setdefault(mention.text, None)
        types.setdefault(mention.entity, mention.type)
    return [
        {"name": name, "type": types[name], "mentions": list(texts)}
        for name, texts in forms.items()
    ]


def entity_record(record: EntityRecord, base_url: str) -> dict[str, Any]:
    return {
        "name": record.name,
        "type": record.type,
        "aliases": list(record.aliases),
        "description": record.description,
        "wikidata": record.wikidata,
        "in_registry": record.in_registry,
        "url": Urls(base_url)(entity_path(record.slug)),
        "articles": list(record.article_ids),
    }


def export(corpus: Corpus, out: Path, jobs: int = 1) -> list[str]:
    """Write the open data files; returns their paths relative to `out`."""
    folder = out / DATA_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    _write_articles(corpus, folder / "articles.json", jobs)
    base_url = corpus.config.base_url
    entities = [entity_record(record, base_url) for record in corpus.entities.values()]
    (folder / "entities.json").write_text(records_json(entities), encoding="utf-8")
    return [f"{DATA_FOLDER}/articles.json", f"{DATA_FOLDER}/entities.json"]


def _write_articles(corpus: Corpus, target: Path, jobs: int) -> None:
    """articles.json, its shares of records made in parallel, then joined on disk.

    At archive scale the file is hundreds of megabytes: it never is one
    string in memory.
    """
    shares = split(len(corpus.articles), jobs * SHARES_PER_WORKER)
    parts = [target.with_name(f"{target.name}.part{number}") for number in range(len(shares))]
    fork_map(partial(_write_share, corpus), list(zip(shares, parts, strict=True)), jobs)
    with target.open("wb") as joined:
        joined.write(b"[\n")
        first = True
        for part in parts:
            with part.open("rb") as records:
                if records.read(1):
                    joined.write(b"" if first else b",\n")
                    first = False
                    records.seek(0)
                    shutil.copyfileobj(records, joined)
            part.unlink()
        joined.write(b"\n]\n")


def _write_share(corpus: Corpus, work: tuple[range, Path]) -> None:
    """Some of the article records, one JSON object a line, into a file of their own."""
    share, part = work
    with part.open("w", encoding="utf-8") as handle:
        for number in share:
            item = corpus.articles[number]
            record = article_record(
                item,
                corpus.config.base_url,
                related=corpus.related.get(item.article.id, []),
                story=corpus.story_of.get(item.article.id),
            )
            handle.write(
                (",\n" if number != share.start else "") + json.dumps(record, ensure_ascii=False)
            )


def records_json(records: list[dict[str, Any]]) -> str:
    """A JSON list with one record a line: quick to write, and diffs line by line."""
    lines = ",\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return f"[\n{lines}\n]\n"


def to_json(payload: Any) -> str:
    """Stable, readable JSON: the same data always gives the same bytes."""
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def article_markdown(article: Article) -> str:
    """An article as an editor's Markdown file (`eject`): YAML front matter, then the body.

    Reading the file back (clean of a `.md`) gives the same article, so an
    editor starts from exactly what the automatic clean made.
    """
    front = {key: value for key, value in _described(article).items() if value}
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=100)
    body = "\n\n".join(
        f"## {block.text}" if block.kind == "heading" else _escape_markdown(block.text)
        for block in article.blocks
    )
    return f"---\n{header}---\n\n{body}\n"


def _escape_markdown(paragraph: str) -> str:
    # A paragraph that starts like Markdown syntax ("1. ", "# ", "- ") would be
    # read back as a list or heading; a backslash keeps it a paragraph.
    if re.match(r"^(#{1,6}\s|[-+*]\s|>)", paragraph):
        return "\\" + paragraph
    return re.sub(r"^(\d+)([.)]\s)", r"\1\\\2", paragraph)
