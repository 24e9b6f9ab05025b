"""Export: Corpus -> the archive's open data (`data/articles.json`, `data/entities.json`).

The format is documented in the README; change both together.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from .files import write_atomically
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
    return {**_own_record(item, base_url), "related": related or [], "story": story}


def _own_record(item: AnnotatedArticle, base_url: str) -> dict[str, Any]:
    """The keys of an article's record that its own result decides: all but the last two."""
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
    }


def _described(article: Article) -> dict[str, Any]:
    """What describes an article besides its text: the open data's and eject's shared keys."""
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "authors": list(article.authors),
        "outlet": article.outlet,
        "published": article.published,
        "updated": article.updated,
        "captured": article.captured,
        "dateline": article.dateline,
        "source_url": article.source_url,
        "captions": [
            {"text": caption.text, "credit": caption.credit} for caption in article.captions
        ],
    }


def _entities_of(item: AnnotatedArticle) -> list[dict[str, Any]]:
    """Entities in order of first mention, each with its distinct surface forms."""
    forms: dict[str, dict[str, None]] = {}
    types: dict[str, str] = {}
    for entity, text, type_ in item.annotation.mentions.columns("entity", "text", "type"):
        forms.setdefault(entity, {}).setdefault(text, None)
        types.setdefault(entity, type_)
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


def export(corpus: Corpus, out: Path, jobs: int = 1, previous: Written | None = None) -> Written:
    """Write the open data files; return where articles.json holds each record.

    `previous` is what the last build wrote (`Written.read`): the records of
    articles whose results did not change are copied from its file instead
    of being made again.
    """
    folder = out / DATA_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = _write_articles(corpus, folder / "articles.json", jobs, previous)
    base_url = corpus.config.base_url
    entities = [entity_record(record, base_url) for record in corpus.entities.values()]
    (folder / "entities.json").write_text(records_json(entities), encoding="utf-8")
    return written


# -- articles.json, made again only where an article changed -------------------------
#
# A record is the article's own keys, which its result decides, then "related"
# and "story", which the archive decides. JSON escapes every quotation mark
# inside a string, so the own part ends where ', "related": ' starts: a rebuild
# copies it from the last build's file and writes the two keys afresh. At
# 10,000 articles the file is 300 MB, most of it the removed lines.

_RELATED_KEY = ', "related": '
_Place = tuple[str, int, int]  # (the result's digest, offset in the file, length)


@dataclass(frozen=True, slots=True)
class Written:
    """Where an articles.json holds the own part of each article's record."""

    size: int  # of the file: another size is another file
    base_url: str  # part of every record
    places: dict[str, _Place]  # article id -> where its own part is
    file: Path | None = None  # the file, once read back beside a site

    def save(self, path: Path) -> None:
        payload = {"size": self.size, "base_url": self.base_url, "places": self.places}
        write_atomically(path, json.dumps(payload).encode("utf-8"))

    @classmethod
    def read(cls, path: Path, site: Path) -> Written | None:
        """What the last build wrote, if `site` still holds that file; else None."""
        file = site / DATA_FOLDER / "articles.json"
        try:
            payload = json.loads(path.read_text("utf-8"))  # our own cache file
            if payload["size"] != file.stat().st_size:
                return None
            places = {key: tuple(place) for key, place in payload["places"].items()}
            return cls(payload["size"], payload["base_url"], places, file)
        except (OSError, ValueError, KeyError, TypeError):
            return None


def _write_articles(corpus: Corpus, target: Path, jobs: int, previous: Written | None) -> Written:
    """articles.json, its shares of records made in parallel, then joined on disk.

    At archive scale the file is hundreds of megabytes: it never is one
    string in memory.
    """
    base_url = corpus.config.base_url
    if previous is not None and (previous.base_url != base_url or previous.file is None):
        previous = None
    shares = split(len(corpus.articles), jobs * SHARES_PER_WORKER)
    parts = [target.with_name(f"{target.name}.part{number}") for number in range(len(shares))]
    write = partial(_write_share, corpus, previous)
    placed = fork_map(write, list(zip(shares, parts, strict=True)), jobs)
    places: dict[str, _Place] = {}
    with target.open("wb") as joined:
        joined.write(b"[\n")
        for part, share_places in zip(parts, placed, strict=True):
            if share_places:
                if places:
                    joined.write(b",\n")
                start = joined.tell()
                with part.open("rb") as records:
                    shutil.copyfileobj(records, joined)
                for article_id, (digest, offset, length) in share_places.items():
                    places[article_id] = (digest, start + offset, length)
            part.unlink()
        joined.write(b"\n]\n")
        size = joined.tell()
    return Written(size, base_url, places)


def _write_share(
    corpus: Corpus, previous: Written | None, work: tuple[range, Path]
) -> dict[str, _Place]:
    """Some of the article records, one JSON object a line, into a file of their own."""
    share, part = work
    places: dict[str, _Place] = {}
    with part.open("wb") as handle, _opened(previous) as old:
        for number in share:
            item = corpus.articles[number]
            article_id = item.article.id
            own = (previous and old and _old_own_part(item, previous, old)) or _own_part(
                item, corpus.config.base_url
            )
            if number != share.start:
                handle.write(b",\n")
            places[article_id] = (item.digest, handle.tell(), len(own))
            handle.write(own)
            related = corpus.related.get(article_id, [])
            handle.write(_archive_part(related, corpus.story_of.get(article_id)))
    return places


def _own_part(item: AnnotatedArticle, base_url: str) -> bytes:
    """The record's JSON up to its "related" key: the whole record but its closing brace."""
    return json.dumps(_own_record(item, base_url), ensure_ascii=False)[:-1].encode("utf-8")


def _archive_part(related: list[str], story: str | None) -> bytes:
    related_json = json.dumps(related, ensure_ascii=False)
    story_json = json.dumps(story, ensure_ascii=False)
    return f'{_RELATED_KEY}{related_json}, "story": {story_json}}}'.encode()


def _old_own_part(item: AnnotatedArticle, previous: Written, old: BinaryIO) -> bytes | None:
    """The own part the last build wrote for this very result, if it can be read back."""
    place = previous.places.get(item.article.id)
    if not item.digest or place is None or place[0] != item.digest:
        return None
    _, offset, length = place
    old.seek(offset)
    own = old.read(length)
    expected = b'{"id": ' + json.dumps(item.article.id, ensure_ascii=False).encode("utf-8")
    return own if own.startswith(expected) else None


@contextmanager
def _opened(previous: Written | None) -> Iterator[BinaryIO | None]:
    if previous is None or previous.file is None:
        yield None
        return
    try:
        handle = previous.file.open("rb")
    except OSError:
        yield None
        return
    with handle:
        yield handle


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
