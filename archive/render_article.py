"""Corpus -> the records of an article page.

An article page shows the article's text with its names linked (each with a
hover card), the names it gives by type, the editor's note, the related
articles and the other reports of its story, its provenance and JSON-LD.
`ArticlePages` is part of render_views.Views: its methods read the corpus,
URLs, summaries and caches Views holds (render_lists.ViewsBase, and the
attributes declared on the class).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markupsafe import Markup

from .model import ENTITY_TYPES, AnnotatedArticle, Mention, Story
from .render_lists import (
    SEARCH_FILTER_TYPES,
    TYPE_LABELS,
    ArticleSummary,
    EntityGroup,
    EntityLink,
    ViewsBase,
)
from .render_schema import MentionedThing, news_article_json_ld
from .render_text import (
    AnchoredNote,
    BodyBlock,
    escape_text,
    excerpt,
    format_datetime,
    mark_body,
    mark_mentions,
    provenance_rows,
    year_of,
)

# Pagefind leaves a page out of date-sorted results when it has no sort key,
# so an article its text does not date sorts as the oldest instead (even one
# whose page was captured lately: the capture says nothing of when it ran).
UNDATED_SORT_KEY = "0000-00-00"
STORY_OTHERS_SHOWN = 10  # other reports of its story on an article page; the story page has all
CARD_DESCRIPTION_CHARS = 160  # of an entity's description, in a mention's hover card
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class NoteSource:
    """An editor's note from content/notes/<article id>.md.

    `quote` is the passage of the article it is about (its front matter's
    `quote:`); the note is shown next to that passage, or after the article
    when there is none or it is not found.
    """

    markdown: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class BylineName:
    """An author as the byline writes them, linking their page, filed as it is."""

    name: str
    url: str
    filed: str  # the name their page is filed under (render_lists.file_author_spellings)


@dataclass(frozen=True, slots=True)
class ArticleView:
    item: AnnotatedArticle
    summary: ArticleSummary
    standfirst: Markup | None
    blocks: list[BodyBlock]
    captured_label: str
    year: str | None
    sort_date: str
    entity_groups: list[EntityGroup]
    related: list[ArticleSummary]
    story: Story | None
    story_others: list[ArticleSummary]
    note: Markup | None  # a note that is not anchored to a passage of the body
    json_ld: Markup
    cards: Markup = Markup("")  # the hover cards of the names it gives
    misspellings: list[tuple[str, str]] = field(default_factory=list)  # (as written, entity)
    note_not_found: bool = False  # the note quotes a passage the text does not have
    provenance: Markup = Markup("")  # the rows of the provenance table
    related_html: Markup = Markup("")  # the list items of `related`, made in advance
    story_others_html: Markup = Markup("")  # the list items of `story_others`, likewise
    byline: list[BylineName] = field(default_factory=list)  # the article's authors, in order


@dataclass(frozen=True, slots=True)
class HoverCard:
    """What a mention's hover card says about its entity: once per entity on a page."""

    id: str
    name: str
    type: str
    type_label: str
    description: str


class ArticlePages(ViewsBase):
    """The `Views` methods for article pages (mixed into render_views.Views)."""

    # Held by Views for these pages alone.
    notes: dict[str, NoteSource]  # by article id
    author_filed: dict[str, str]  # an author's name as written -> as their page is filed
    stories_by_key: dict[str, Story]
    card_ids: dict[str, str]  # entity -> the id of its hover card
    # Each piece of markup made once per build: by article id, or by entity.
    _link_items: dict[str, str]
    _cards: dict[str, HoverCard]
    _card_html: dict[str, str]
    _side_items: dict[str, str]

    if TYPE_CHECKING:  # defined by Views

        def mention_href(self, mention: Mention) -> str | None: ...

    def article(self, item: AnnotatedArticle) -> ArticleView:
        # made from the packed mentions once for the page, read several times below
        article, mentions = item.article, tuple(item.annotation.mentions)
        summary = self.summaries[article.id]
        standfirst = None
        if article.standfirst:
            in_standfirst = [m for m in mentions if m.field == "standfirst"]
            standfirst = mark_mentions(
                article.standfirst, in_standfirst, self.mention_href, cards=self.card_ids
            )
        story = self.stories_by_key.get(self.corpus.story_of.get(article.id, ""))
        note = self.notes.get(article.id)
        anchored = (
            [AnchoredNote(note.quote, self.markdown(note.markdown))] if note and note.quote else []
        )
        blocks = mark_body(
            article.blocks, mentions, self.mention_href, cards=self.card_ids, notes=anchored
        )
        note_placed = any(block.note for block in blocks)
        others = nearest_others(story.article_ids, article.id, STORY_OTHERS_SHOWN) if story else []
        story_others = self.summaries_of(others)
        # a report of the story listed above is not listed again among the related
        listed = set(others)
        related = self.summaries_of(
            [other for other in self.corpus.related.get(article.id, []) if other not in listed]
        )
        return ArticleView(
            item=item,
            summary=summary,
            standfirst=standfirst,
            blocks=blocks,
            captured_label=format_datetime(article.captured),
            year=year_of(article.published),
            sort_date=article.stated_date or UNDATED_SORT_KEY,
            entity_groups=self._article_entity_groups(mentions),
            related=related,
            story=story,
            story_others=story_others,
            note=self.markdown(note.markdown) if note and not note_placed else None,
            json_ld=news_article_json_ld(
                item,
                summary.url,
                self.corpus.config,
                self._mentioned_things(item),
                self.corpus.outlet_of(article),
            ),
            cards=self.cards_html(
                sorted(name for name in item.annotation.entity_names() if name in self.card_ids)
            ),
            misspellings=sorted({(m.text, m.entity) for m in mentions if m.probable_misspelling}),
            note_not_found=bool(note and note.quote and not note_placed),
            provenance=provenance_rows(item.line_rows()),
            related_html=self.link_items(related),
            story_others_html=self.link_items(story_others),
            byline=[
                BylineName(name, self.author_url(name), self.author_filed.get(name, name))
                for name in article.authors
            ],
        )

    def link_items(self, summaries: list[ArticleSummary]) -> Markup:
        """An article page's list items linking other articles; each made once per build.

        Each article is listed on the pages of its related articles and of the
        reports of its story: its item is made once, not once per page.
        """
        return Markup("".join(map(self._link_item, summaries)))

    def _link_item(self, summary: ArticleSummary) -> str:
        item = self._link_items.get(summary.id)
        if item is None:
            # Indented as the items were when article.html made them in a loop.
            item = self._link_items[summary.id] = (
                f'      <li><a href="{escape_text(summary.url)}">{escape_text(summary.title)}</a>'
                f' <span class="muted">{escape_text(summary.outlet)},'
                f" {escape_text(summary.published_label)}</span></li>\n"
            )
        return item

    def card(self, name: str) -> HoverCard:
        """An entity's hover card, made once for every page that names it."""
        card = self._cards.get(name)
        if card is None:
            record = self.corpus.entities[name]
            description = ""
            if record.description:
                text = html.unescape(_TAG.sub("", self.markdown(record.description)))
                description = excerpt(text, CARD_DESCRIPTION_CHARS)
            card = self._cards[name] = HoverCard(
                id=self.card_ids[name],
                name=name,
                type=record.type,
                type_label=self._type_label(record),
                description=description,
            )
        return card

    def _mentioned_things(self, item: AnnotatedArticle) -> list[MentionedThing]:
        names = sorted(set(item.annotation.entity_names()))
        return [
            MentionedThing(self.corpus.entities[name], self.entity_url(name))
            for name in names
            if name in self.corpus.entities
        ]

    def _article_entity_groups(self, mentions: Iterable[Mention]) -> list[EntityGroup]:
        """The side panel's names by type; each name's list item is made once per build.

        An article can name hundreds of entities and every page of the archive
        lists them: a template loop over them was most of the cost of a page.
        """
        entities = self.corpus.entities
        by_type: dict[str, list[str]] = {}
        for name in {mention.entity for mention in mentions}:
            if name in entities:
                by_type.setdefault(entities[name].type, []).append(name)
        known = [type_ for type_ in ENTITY_TYPES if type_ in by_type]
        groups = []
        for type_ in known + sorted(set(by_type) - set(ENTITY_TYPES)):
            names = sorted(by_type[type_], key=lambda name: (name.casefold(), name))
            groups.append(
                EntityGroup(
                    type=type_,
                    label=TYPE_LABELS.get(type_, (type_, type_.capitalize()))[1],
                    entities=[EntityLink(name, type_, self.entity_url(name), 0) for name in names],
                    search_filter=type_ in SEARCH_FILTER_TYPES,
                    html=Markup("".join(self._side_item(name) for name in names)),
                )
            )
        return groups

    def _side_item(self, name: str) -> str:
        item = self._side_items.get(name)
        if item is None:
            record = self.corpus.entities[name]
            search_filter = (
                f' data-pagefind-filter="{record.type}"'
                if record.type in SEARCH_FILTER_TYPES
                else ""
            )
            item = self._side_items[name] = (
                f'<li><a class="entity-link entity-{escape_text(record.type)}"'
                f' href="{escape_text(self.entity_url(name))}"{search_filter}>'
                f"{escape_text(name)}</a></li>\n"
            )
        return item

    def cards_html(self, names: list[str]) -> Markup:
        """The hover cards of the entities a page names; each made once per build."""
        pieces = []
        for name in names:
            html = self._card_html.get(name)
            if html is None:
                card = self.card(name)
                description = (
                    f' <span class="card-description">{escape_text(card.description)}</span>'
                    if card.description
                    else ""
                )
                html = self._card_html[name] = (
                    f'<div class="hover-card card-{escape_text(card.type)}" id="{card.id}"'
                    f' role="tooltip" hidden><strong>{escape_text(card.name)}</strong>'
                    f' <span class="card-type">{card.type_label}</span>{description}</div>\n'
                )
            pieces.append(html)
        return Markup("".join(pieces))


def nearest_others(article_ids: tuple[str, ...], article_id: str, count: int) -> list[str]:
    """Up to `count` reports of a story, the nearest to one of them in the story's order.

    A story covered hundreds of times would otherwise list hundreds of
    reports on each of its pages: pages, and the site, growing with the
    square of the story.
    """
    others = [other for other in article_ids if other != article_id]
    position = article_ids.index(article_id) if article_id in article_ids else 0
    start = max(0, min(position - count // 2, len(others) - count))
    return others[start : start + count]
