"""Keys of what each article and entity page is made from, to keep unchanged pages.

A rebuild after one new article re-links the archive, but most pages do not
change: an article page shows its own text and the titles, dates and names
of the articles and entities it links; an entity page shows its articles.
Each such page gets a key, a hash of everything its view is made from
(render_views.Views.article and .entity, written in render_article and
render_entity); a page whose key is the one the previous build recorded is
kept from the previous site instead of rendered.

The keys live in the build's cache folder (`KEYS_MEMO`), never in the
published site, each with the identity of the file it was recorded for
(files.identity): a page replaced since, by a drop-in or by hand, or a site
that is not the one the memo describes, is rendered again.

The keys cover, besides the page's own inputs, everything every page shares
(`site_key`): the layouts, the site's configuration, the editor's pages
named in the footer and the code of the package. What a key leaves out of a
page's inputs would leave that page stale: tests/test_render_reuse.py holds
a rebuild that keeps pages to the bytes of a build from scratch.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .files import identity, write_atomically
from .model import AnnotatedArticle, Corpus, EntityRecord, Story, result_digest
from .render_entity import entity_page
from .render_views import Views
from .urls import output_path

PACKAGE_DIR = Path(__file__).resolve().parent
KEYS_MEMO = "page-keys.json"  # in the cache folder, written once the site is in place
# What the memo holds of a page: its key ("" for a page that has none, rendered
# every time) and a digest of its bytes (render._Previous.link_same).
PageRecord = tuple[str, str]


def site_key(corpus: Corpus, layouts: Path, content: Path) -> str:
    """What every page is made from besides its own data."""
    digest = hashlib.sha256()
    for folder, pattern in (
        (PACKAGE_DIR, "*.py"),
        (layouts, "**/*"),
        (content / "pages", "*.md"),
    ):
        for path in sorted(folder.glob(pattern)) if folder.is_dir() else []:
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    digest.update(repr(corpus.config).encode())
    return digest.hexdigest()


class PageKeys:
    """The keys of one build's article and entity pages; parts are computed once."""

    def __init__(self, views: Views, site: str) -> None:
        self.views = views
        self.site = site
        self._items: dict[str, str] = {}
        self._faces: dict[str, str] = {}
        self._summary_digests: dict[str, str] = {}
        self._stories: dict[str, str] = {}
        self._neighbours: dict[str, str] = {}
        self._listings: dict[str, str] | None = None

    def article(self, item: AnnotatedArticle) -> str:
        views, article_id = self.views, item.article.id
        corpus = views.corpus
        story = views.stories_by_key.get(corpus.story_of.get(article_id, ""))
        note = views.notes.get(article_id)
        return _hash(
            "article",
            self.site,
            self._item(item),
            views.article_paths[article_id],
            self._summary(article_id),
            self._summaries(corpus.related.get(article_id, [])),
            self._story(story),
            repr(note),
            *(self._face(name) for name in item.annotation.entity_names()),
            repr([views.author_path(name) for name in item.article.authors]),
        )

    def entity(self, record: EntityRecord, number: int = 1) -> str:
        """Page `number` of an entity; its first page shows all of the entity's articles."""
        if number > 1:
            # A later page shows only its share of the articles, under the
            # entity's name and type, and the counts of articles and pages.
            items = self.views.entity_items(record)
            _, shown = entity_page(items, number)
            return _hash(
                "entity page",
                self.site,
                repr((record.name, record.type, number, len(items))),
                self.views.entity_paths[record.name],
                *self._listed([item.article.id for item in shown]),
            )
        return _hash(
            "entity",
            self.site,
            repr(record),
            self.views.entity_paths[record.name],
            *self._listed(record.article_ids),
            repr(self.views.outlets_of(record.name)),  # the outlets it is, linked
            # the list links the neighbours, by type; the drawing shows the
            # first of them and which of those meet each other
            *(self._neighbour(name) for name, _ in record.cooccurring),
            repr(self.views.network_of(record)),
        )

    def _neighbour(self, name: str) -> str:
        """What an entity page's list shows of a neighbour, once per build."""
        shown = self._neighbours.get(name)
        if shown is None:
            record = self.views.corpus.entities.get(name)
            shown = repr((name, record.type, record.slug)) if record else ""
            self._neighbours[name] = shown
        return shown

    def _listed(self, article_ids: Iterable[str]) -> Iterator[str]:
        """What an entity page shows of each article, from its summary and its result:
        hashed once per build, as a common name's pages list tens of thousands."""
        if self._listings is None:
            self._listings = {
                item.article.id: self._summary(item.article.id) + self._item(item)
                for item in self.views.corpus.articles
            }
        return map(self._listings.get, article_ids, itertools.repeat(""))

    def _item(self, item: AnnotatedArticle) -> str:
        if item.digest:
            return item.digest
        key = self._items.get(item.article.id)
        if key is None:  # a result made without `packed` (tests, `clean`)
            key = self._items[item.article.id] = result_digest(
                item.article, item.annotation, item.packed_lines
            )
        return key

    def _face(self, name: str) -> str:
        """What other pages show of an entity: its link, type, card and JSON-LD.

        Not its aliases, which only its own page shows: an alias added to a
        country leaves the thousands of pages naming it as they were.
        """
        face = self._faces.get(name)
        if face is None:
            record = self.views.corpus.entities.get(name)
            shown = (
                (name, record.type, record.slug, record.description, record.wikidata)
                if record
                else (name,)
            )
            face = self._faces[name] = repr(shown)
        return face

    def _story(self, story: Story | None) -> str:
        """A story and what its reports' pages show of each other, hashed once per story.

        A report's page shows the story's size and the reports nearest it; the
        key covers the whole story, hashed once, not once per report (which
        grew with the square of the story's size).
        """
        if story is None:
            return ""
        digest = self._stories.get(story.key)
        if digest is None:
            digest = self._stories[story.key] = _hash(
                repr(story), self._summaries(story.article_ids)
            )
        return digest

    def _summaries(self, article_ids: Iterable[str]) -> str:
        return "\n".join(map(self._summary, article_ids))

    def _summary(self, article_id: str) -> str:
        """A digest of what lists show of an article; a common name's page lists thousands."""
        summary = self._summary_digests.get(article_id)
        if summary is None:
            found = self.views.summaries.get(article_id)
            # an entity's page links the authors' pages of its articles
            authors = [self.views.author_path(name) for name in found.authors] if found else []
            summary = self._summary_digests[article_id] = (
                _hash(repr(found), repr(authors)) if found else ""
            )
        return summary


def read_keys(memo: Path | None) -> dict[str, list[Any]]:
    """{url path: [key, *file identity]} as the last build left them; {} if unusable."""
    if memo is None:
        return {}
    try:
        keys = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return keys if isinstance(keys, dict) else {}


def remember(memo: Path, out: Path, records: dict[str, PageRecord]) -> None:
    """Write the keys and digests of the pages of the site in `out`, once it is in its place.

    The memo only saves time: if it cannot be written, the next build renders
    every page.
    """
    try:
        entries = {
            url_path: [key, digest, *identity(out / output_path(url_path))]
            for url_path, (key, digest) in sorted(records.items())
        }
        write_atomically(memo, json.dumps(entries, indent=0).encode("utf-8"))
    except OSError:
        memo.unlink(missing_ok=True)


def _hash(*parts: str) -> str:
    """A hash of the parts, each ended by a NUL; encoded in one piece, as an entity
    page's key has a part for each of its articles."""
    text = "\0".join((*parts, ""))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
