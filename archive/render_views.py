"""Corpus -> the plain records the page templates read.

Templates stay simple because every decision (what to link, in which order,
under which label) is taken here, once, with the whole Corpus at hand.
Nothing here writes files; `render.py` turns these records into pages.

The records of each kind of page, and the part of `Views` that makes them,
are in render_article (an article page), render_entity (an entity's pages)
and render_lists (the home page, the names index, years, outlets and
stories, and the records every list is made of). `Views` holds what they
share: the corpus, each page's path and URL, each article's summary, and the
caches that make each piece of markup once per build.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup

from .ingest import slugify, unique_slugs
from .links_outlets import outlet_entities
from .model import AnnotatedArticle, Article, Corpus, EntityRecord, Mention
from .render_article import ArticlePages, HoverCard, NoteSource
from .render_entity import EntityPages, Namings
from .render_lists import (
    TYPE_LABELS,
    ArticleSummary,
    CountedLink,
    EntityLink,
    ListPages,
    TimelineYear,
    file_author_spellings,
)
from .render_text import excerpt, format_date, year_of
from .urls import Urls, article_path, entity_path

NO_OUTLET = "Outlet not named"


@dataclass
class Views(ArticlePages, EntityPages, ListPages):
    """Everything the templates need, built once from the Corpus."""

    corpus: Corpus
    urls: Urls
    markdown: Callable[[str], Markup]
    notes: dict[str, NoteSource] = field(default_factory=dict)  # by article id

    def __post_init__(self) -> None:
        corpus = self.corpus
        self.by_id = {item.article.id: item for item in corpus.articles}
        article_slugs = unique_slugs(
            {item.article.id: item.article.slug for item in corpus.articles}
        )
        # The corpus stage makes entity slugs unique, and the open data links
        # them as they are; this keeps a corpus made any other way whole.
        entity_slugs = unique_slugs({name: record.slug for name, record in corpus.entities.items()})
        outlet_slugs = unique_slugs({name: slugify(name) for name in corpus.outlets})
        # Site paths ("/articles/x/"), for the pages and for the links to them.
        self.article_paths = {key: article_path(slug) for key, slug in article_slugs.items()}
        self.entity_paths = {key: entity_path(slug) for key, slug in entity_slugs.items()}
        self.outlet_paths = {key: f"/outlets/{slug}/" for key, slug in outlet_slugs.items()}
        # the people the bylines name, each with their articles, newest first, the
        # spellings of one person filed under one name (render_lists.file_author_spellings)
        self.author_filed = file_author_spellings(
            Counter(name for item in corpus.articles for name in item.article.authors)
        )
        self.author_articles: dict[str, list[str]] = {}
        for item in corpus.articles:
            for name in self.filed_authors(item.article):
                self.author_articles.setdefault(name, []).append(item.article.id)
        author_slugs = unique_slugs({name: slugify(name) for name in self.author_articles})
        self.author_paths = {key: f"/authors/{slug}/" for key, slug in author_slugs.items()}
        self.summaries = {item.article.id: self._summary(item) for item in corpus.articles}
        self.stories_by_key = {story.key: story for story in corpus.stories}
        self._namings_cache: dict[str, Namings] = {}
        self._entity_items: dict[str, list[AnnotatedArticle]] = {}
        self.card_ids = {name: "about-" + slug for name, slug in entity_slugs.items()}
        self._cards: dict[str, HoverCard] = {}
        self._card_html: dict[str, str] = {}
        self._side_items: dict[str, str] = {}
        self._entity_urls: dict[str, str] = {}
        self._teasers: dict[str, str] = {}
        self._link_items: dict[str, str] = {}
        self._chips: dict[str, str] = {}
        # Most names are never described nor quoted: their pages skip the search.
        self._described = {
            role.person for item in corpus.articles for role in item.annotation.roles
        }
        self._quoted = {
            quote.speaker for item in corpus.articles for quote in item.annotation.quotes
        }
        self._cooccurring_names: dict[str, set[str]] = {}
        # the entity each outlet is (links_outlets.outlet_entities), and the other way
        self.outlet_entity = outlet_entities(corpus.outlets, corpus.entities)
        self._entity_outlets: dict[str, list[str]] = {}
        for outlet, entity in sorted(self.outlet_entity.items()):
            self._entity_outlets.setdefault(entity, []).append(outlet)

    def entity_url(self, name: str) -> str:
        url = self._entity_urls.get(name)
        if url is None:
            url = self._entity_urls[name] = self.urls(self.entity_paths[name])
        return url

    def outlet_url(self, name: str) -> str:
        return self.urls(self.outlet_paths[name]) if name in self.outlet_paths else ""

    def filed_authors(self, article: Article) -> tuple[str, ...]:
        """The article's authors, each as their page is filed."""
        return tuple(dict.fromkeys(self.author_filed.get(name, name) for name in article.authors))

    def author_path(self, name: str) -> str:
        """The site path of the page of an author, as written or as filed; "" if none."""
        return self.author_paths.get(self.author_filed.get(name, name), "")

    def author_url(self, name: str) -> str:
        path = self.author_path(name)
        return self.urls(path) if path else ""

    def outlets_of(self, entity: str) -> list[CountedLink]:
        """The outlets an entity is, where it is one: the agency Sputnik, Sputnik International."""
        return [
            CountedLink(outlet, self.outlet_url(outlet), len(self.corpus.outlets[outlet]))
            for outlet in self._entity_outlets.get(entity, [])
        ]

    @staticmethod
    def story_path(key: str) -> str:
        return f"/stories/{key}/"

    @staticmethod
    def year_path(year: str) -> str:
        return f"/years/{year}/"

    # Lists -----------------------------------------------------------------

    def _summary(self, item: AnnotatedArticle) -> ArticleSummary:
        article = item.article
        outlet = self.corpus.outlet_of(article)
        return ArticleSummary(
            id=article.id,
            url=self.urls(self.article_paths[article.id]),
            title=article.title,
            outlet=outlet or NO_OUTLET,
            outlet_url=self.outlet_url(outlet) if outlet else "",
            published=article.published,
            published_label=_date_label(article),
            excerpt=excerpt(article.standfirst or next(iter(article.paragraphs), "")),
            filed=article.filed or "",
            authors=self.filed_authors(article),
        )

    def summaries_of(self, article_ids: list[str] | tuple[str, ...]) -> list[ArticleSummary]:
        return [self.summaries[i] for i in article_ids if i in self.summaries]

    def all_summaries(self) -> list[ArticleSummary]:
        return [self.summaries[item.article.id] for item in self.corpus.articles]

    def entity_link(self, name: str, count: int) -> EntityLink | None:
        record = self.corpus.entities.get(name)
        if record is None:
            return None
        return EntityLink(name=name, type=record.type, url=self.entity_url(name), count=count)

    def mention_href(self, mention: Mention) -> str | None:
        record = self.corpus.entities.get(mention.entity)
        return self.entity_url(mention.entity) if record else None

    # Shared by the kinds of page -------------------------------------------

    @staticmethod
    def _type_label(record: EntityRecord) -> str:
        return TYPE_LABELS.get(record.type, (record.type.capitalize(),))[0]

    def _timeline(self, summaries: list[ArticleSummary]) -> list[TimelineYear]:
        """Articles by publication year, oldest first, with the years between filled in."""
        counts = Counter(
            year for summary in summaries if (year := year_of(summary.published)) is not None
        )
        if not counts:
            return []
        busiest = max(counts.values())
        first, last = int(min(counts)), int(max(counts))
        years = [str(year) for year in range(first, last + 1)]
        return [
            TimelineYear(
                year,
                counts.get(year, 0),
                counts.get(year, 0) / busiest,
                self.urls(self.year_path(year)) if counts.get(year) else "",
            )
            for year in years
        ]


def _date_label(article: Article) -> str:
    """The date a list shows: the publication date, else say it is unknown."""
    if article.published:
        return format_date(article.published)
    if article.updated:
        return f"Updated {format_date(article.updated)}"
    if article.captured:
        return f"Date not stated (page captured {format_date(article.captured)})"
    return "Date not stated"
