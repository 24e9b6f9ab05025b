"""Corpus -> the plain records the page templates read.

Templates stay simple because every decision (what to link, in which order,
under which label) is taken here, once, with the whole Corpus at hand.
Nothing here writes files; `render.py` turns these records into pages.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from .ingest import slugify, unique_slugs
from .model import ENTITY_TYPES, AnnotatedArticle, Article, Corpus, EntityRecord, Mention, Story
from .render_schema import (
    MentionedThing,
    entity_json_ld,
    news_article_json_ld,
    wikidata_url,
)
from .render_svg import NETWORK_NODES, Bar, Neighbour, network_svg, timeline_svg
from .render_text import (
    AnchoredNote,
    BodyBlock,
    SentenceIndex,
    escape_text,
    excerpt,
    format_date,
    format_datetime,
    keyword_in_context,
    mark_body,
    mark_mentions,
    provenance_rows,
    year_of,
)
from .urls import Urls, article_path, entity_path

# Labels for each entity type: one, many.
TYPE_LABELS = {
    "person": ("Person", "People"),
    "organisation": ("Organisation", "Organisations"),
    "place": ("Place", "Places"),
    "event": ("Event", "Events"),
    "other": ("Other name", "Other names"),
}
# The entity types a reader can filter search results by.
SEARCH_FILTER_TYPES = ("person", "place", "organisation", "event")
# Pagefind leaves a page out of date-sorted results when it has no sort key,
# so an undated article sorts as the oldest instead.
UNDATED_SORT_KEY = "0000-00-00"
NO_OUTLET = "Outlet not named"
ENTITY_QUOTES = 12  # quotes shown on a person's page
ROLE_ARTICLES_SHOWN = 3  # articles named after a role on a person's page; the rest counted
# Articles listed on one page of an entity, each with the sentence naming it;
# the rest are on the pages after it, "/entities/x/page/2/" and so on.
ENTITY_PAGE_SIZE = 100
STORY_OTHERS_SHOWN = 10  # other reports of its story on an article page; the story page has all
_ISO_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])")
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
class ArticleSummary:
    """An article as lists show it."""

    id: str
    url: str
    title: str
    outlet: str
    outlet_url: str
    published: str | None
    published_label: str
    excerpt: str
    filed: str  # the date it is filed under (Article.filed), else ""


@dataclass(frozen=True, slots=True)
class EntityLink:
    name: str
    type: str
    url: str
    count: int  # mentions in one article, or articles in the archive


@dataclass(frozen=True, slots=True)
class Initial:
    """A letter of a long A-Z list, and the id of its first item."""

    letter: str
    anchor: str


@dataclass(frozen=True, slots=True)
class EntityGroup:
    type: str
    label: str
    entities: list[EntityLink]
    search_filter: bool = False
    html: Markup = Markup("")  # the list items of an article's side panel, made in advance
    # A long group's letters, and the ids of their first items by position in `entities`
    initials: list[Initial] = field(default_factory=list)
    anchors: dict[int, str] = field(default_factory=dict)


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


@dataclass(frozen=True, slots=True)
class HoverCard:
    """What a mention's hover card says about its entity: once per entity on a page."""

    id: str
    name: str
    type: str
    type_label: str
    description: str


@dataclass(frozen=True, slots=True)
class Appearance:
    """One article naming an entity, with the sentence that names it."""

    article: ArticleSummary
    context: Markup
    html: Markup = Markup("")  # the list item, made in advance: see Views.appearance


@dataclass(frozen=True, slots=True)
class EntityView:
    record: EntityRecord
    url: str
    type_label: str
    article_count: int  # of all the pages
    appearances: list[Appearance]  # of this page
    first_number: int = 1  # in the whole list, of this page's first appearance
    description: Markup | None = None
    cooccurring: list[EntityLink] = field(default_factory=list)
    wikidata_url: str | None = None
    roles: list[RoleView] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    json_ld: Markup = Markup("")
    timeline: list[TimelineYear] = field(default_factory=list)
    timeline_svg: Markup = Markup("")
    network_svg: Markup = Markup("")
    undated_count: int = 0
    cooccurring_html: Markup = Markup("")  # the list items of `cooccurring`, made in advance


@dataclass(frozen=True, slots=True)
class RoleView:
    """How the articles describe a person ("Chinese Foreign Minister"), and where."""

    role: str
    articles: list[ArticleSummary]  # the first ROLE_ARTICLES_SHOWN of them
    more: int = 0  # the articles not shown


@dataclass(frozen=True, slots=True)
class QuoteView:
    text: str
    article: ArticleSummary


@dataclass(frozen=True, slots=True)
class Report:
    """One article of a story, with the names no other report of it gives."""

    article: ArticleSummary
    only_here: list[EntityLink]


@dataclass(frozen=True, slots=True)
class StoryView:
    story: Story
    reports: list[Report]
    named_by_all: list[EntityLink]  # the names every report gives


@dataclass(frozen=True, slots=True)
class TimelineYear:
    year: str
    count: int
    share: float  # of the busiest year, for the bar's length
    url: str


@dataclass
class Views:
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
        self.summaries = {item.article.id: self._summary(item) for item in corpus.articles}
        self.stories_by_key = {story.key: story for story in corpus.stories}
        self._namings_cache: dict[str, _Namings] = {}
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

    def entity_url(self, name: str) -> str:
        url = self._entity_urls.get(name)
        if url is None:
            url = self._entity_urls[name] = self.urls(self.entity_paths[name])
        return url

    def outlet_url(self, name: str) -> str:
        return self.urls(self.outlet_paths[name]) if name in self.outlet_paths else ""

    @staticmethod
    def story_path(key: str) -> str:
        return f"/stories/{key}/"

    @staticmethod
    def year_path(year: str) -> str:
        return f"/years/{year}/"

    # Lists -----------------------------------------------------------------

    def _summary(self, item: AnnotatedArticle) -> ArticleSummary:
        article = item.article
        outlet = article.outlet or NO_OUTLET
        return ArticleSummary(
            id=article.id,
            url=self.urls(self.article_paths[article.id]),
            title=article.title,
            outlet=outlet,
            outlet_url=self.outlet_url(article.outlet) if article.outlet else "",
            published=article.published,
            published_label=_date_label(article),
            excerpt=excerpt(article.standfirst or next(iter(article.paragraphs), "")),
            filed=article.filed or "",
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

    # Articles --------------------------------------------------------------

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
        related = self.summaries_of(self.corpus.related.get(article.id, []))
        story_others = self.summaries_of(
            nearest_others(story.article_ids, article.id, STORY_OTHERS_SHOWN) if story else []
        )
        return ArticleView(
            item=item,
            summary=summary,
            standfirst=standfirst,
            blocks=blocks,
            captured_label=format_datetime(article.captured),
            year=year_of(article.published),
            sort_date=article.filed or UNDATED_SORT_KEY,
            entity_groups=self._article_entity_groups(mentions),
            related=related,
            story=story,
            story_others=story_others,
            note=self.markdown(note.markdown) if note and not note_placed else None,
            json_ld=news_article_json_ld(
                item, summary.url, self.corpus.config, self._mentioned_things(item)
            ),
            cards=self.cards_html(
                sorted(name for name in item.annotation.entity_names() if name in self.card_ids)
            ),
            misspellings=sorted({(m.text, m.entity) for m in mentions if m.probable_misspelling}),
            note_not_found=bool(note and note.quote and not note_placed),
            provenance=provenance_rows(item.line_rows()),
            related_html=self.link_items(related),
            story_others_html=self.link_items(story_others),
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

    # Entities --------------------------------------------------------------

    def entity_items(self, record: EntityRecord) -> list[AnnotatedArticle]:
        """The articles naming an entity, newest first."""
        return [self.by_id[i] for i in record.article_ids if i in self.by_id]

    def entity_page_count(self, record: EntityRecord) -> int:
        return max(1, -(-len(self.entity_items(record)) // ENTITY_PAGE_SIZE))

    def entity(self, record: EntityRecord) -> EntityView:
        """An entity's first page: all there is to say of it, and its newest articles."""
        items = self.entity_items(record)
        links = [self.entity_link(name, count) for name, count in record.cooccurring]
        cooccurring = [link for link in links if link is not None]
        return EntityView(
            record=record,
            url=self.entity_url(record.name),
            type_label=self._type_label(record),
            article_count=len(items),
            appearances=self._appearances(record, entity_page(items, 1)[1]),
            description=self.markdown(record.description) if record.description else None,
            cooccurring=cooccurring,
            wikidata_url=wikidata_url(record.wikidata) if record.wikidata else None,
            roles=self._roles_of(record.name, items),
            quotes=self._quotes_of(record.name, items),
            json_ld=entity_json_ld(record, self.entity_url(record.name)),
            timeline=self._timeline([self.summaries[item.article.id] for item in items]),
            timeline_svg=_dates_picture(
                [item.article.published for item in items],
                f"Articles naming {record.name}",
                "entity-timeline",
            ),
            network_svg=self._network(record),
            undated_count=sum(1 for item in items if not year_of(item.article.published)),
            cooccurring_html=self.counted_chips(cooccurring),
        )

    def entity_more(self, record: EntityRecord, number: int) -> EntityView:
        """Page `number` (2, 3, ...) of an entity: only the next of its articles."""
        items = self.entity_items(record)
        first_number, shown = entity_page(items, number)
        return EntityView(
            record=record,
            url=self.entity_url(record.name),
            type_label=self._type_label(record),
            article_count=len(items),
            appearances=self._appearances(record, shown),
            first_number=first_number,
        )

    @staticmethod
    def _type_label(record: EntityRecord) -> str:
        return TYPE_LABELS.get(record.type, (record.type.capitalize(),))[0]

    def _appearances(self, record: EntityRecord, items: list[AnnotatedArticle]) -> list[Appearance]:
        return [self.appearance(item, self._namings(item).sentence(record.name)) for item in items]

    def counted_chips(self, links: list[EntityLink]) -> Markup:
        """Chips linking entities, with their counts; each name's part made once per build.

        Every entity page lists the names seen with it: as a template loop,
        these few chips were half the cost of the page's template.
        """
        return Markup("".join(self._chip(link) + _chip_count(link.count) for link in links))

    def _chip(self, link: EntityLink) -> str:
        """A chip up to its count: the same for every page showing the name."""
        chip = self._chips.get(link.name)
        if chip is None:
            kind = escape_text(link.type)
            # Indented as the items were when the entity_chips macro made them.
            chip = self._chips[link.name] = (
                f'  <li><a class="chip chip-{kind}" href="{escape_text(link.url)}"'
                f' data-type="{kind}">{escape_text(link.name)}'
            )
        return chip

    def _network(self, record: EntityRecord) -> Markup:
        """The entity and the names most often seen with it, linked where they meet too."""
        neighbours = [
            Neighbour(name, self.corpus.entities[name].type, count)
            for name, count in record.cooccurring
            if name in self.corpus.entities
        ][:NETWORK_NODES]
        position = {neighbour.name: number for number, neighbour in enumerate(neighbours)}
        links = sorted(
            (number, position[other])
            for number, neighbour in enumerate(neighbours)
            for other in position.keys() & self._cooccurring_with(neighbour.name)
            if position[other] > number
        )
        center = Neighbour(record.name, record.type, len(record.article_ids))
        return network_svg(center, neighbours, links, "entity-network")

    def _cooccurring_with(self, name: str) -> set[str]:
        """The names seen with an entity; each is a neighbour on many pages' drawings."""
        names = self._cooccurring_names.get(name)
        if names is None:
            names = self._cooccurring_names[name] = {
                other for other, _ in self.corpus.entities[name].cooccurring
            }
        return names

    def appearance(self, item: AnnotatedArticle, context: Markup) -> Appearance:
        """An article in an entity's list: its title, outlet, date, and the naming sentence.

        A common name's page lists thousands of articles, and every article is
        on the pages of all its names: the title, outlet and date part is made
        once per article, not once per page.
        """
        summary = self.summaries[item.article.id]
        teaser = self._teasers.get(summary.id)
        if teaser is None:
            teaser = self._teasers[summary.id] = (
                f'<h3 class="teaser-title"><a href="{escape_text(summary.url)}">'
                f"{escape_text(summary.title)}</a></h3>\n"
                f'<p class="teaser-meta">{escape_text(summary.outlet)}'
                f' <span aria-hidden="true">·</span> {escape_text(summary.published_label)}</p>\n'
            )
        html = teaser
        if context:
            html += f'<blockquote class="in-context">{context}</blockquote>\n'
        return Appearance(summary, context, Markup(html))

    def _namings(self, item: AnnotatedArticle) -> _Namings:
        """Computed once per article, as every entity page of its names asks for it."""
        namings = self._namings_cache.get(item.article.id)
        if namings is None:
            namings = self._namings_cache[item.article.id] = _namings(item)
        return namings

    def _roles_of(self, name: str, items: list[AnnotatedArticle]) -> list[RoleView]:
        """Each way the articles describe the person, most used first; case is ignored."""
        if name not in self._described:
            return []
        spellings: dict[str, str] = {}
        articles: dict[str, list[str]] = {}
        for item in items:
            for role in item.annotation.roles:
                key = role.role.casefold()
                if role.person != name or item.article.id in articles.get(key, []):
                    continue
                spellings.setdefault(key, role.role)
                articles.setdefault(key, []).append(item.article.id)
        ordered = sorted(articles, key=lambda key: (-len(articles[key]), key))
        return [
            RoleView(
                spellings[key],
                self.summaries_of(articles[key][:ROLE_ARTICLES_SHOWN]),
                max(0, len(articles[key]) - ROLE_ARTICLES_SHOWN),
            )
            for key in ordered
        ]

    def _quotes_of(self, name: str, items: list[AnnotatedArticle]) -> list[QuoteView]:
        if name not in self._quoted:
            return []
        return [
            QuoteView(quote.text, self.summaries[item.article.id])
            for item in items
            for quote in item.annotation.quotes
            if quote.speaker == name
        ][:ENTITY_QUOTES]

    def entity_index(self) -> list[EntityGroup]:
        links = [
            EntityLink(name, record.type, self.entity_url(name), len(record.article_ids))
            for name, record in self.corpus.entities.items()
        ]
        return _group_by_type(links)

    def most_named(self, limit: int) -> list[EntityLink]:
        """The people, organisations, places and events in most articles.

        "Other" names (nationalities such as "Chinese") are left out: they top
        the count in every archive and tell a reader nothing.
        """
        records = sorted(
            (record for record in self.corpus.entities.values() if record.type != "other"),
            key=lambda record: (-len(record.article_ids), record.name.casefold(), record.name),
        )
        return [
            EntityLink(
                record.name, record.type, self.entity_url(record.name), len(record.article_ids)
            )
            for record in records[:limit]
        ]

    # Outlets, stories, years ----------------------------------------------

    def stories(self) -> list[tuple[Story, list[ArticleSummary]]]:
        return [(story, self.summaries_of(story.article_ids)) for story in self.corpus.stories]

    def story(self, story: Story) -> StoryView:
        """The reports of a story side by side: what they all name, what only one does."""
        items = [self.by_id[i] for i in story.article_ids if i in self.by_id]
        names = {item.article.id: set(item.annotation.entity_names()) for item in items}
        named_by_all = set.intersection(*names.values()) if names else set()
        # How many reports give each name: one is "only here" (a count, not a
        # union of all the other reports per report, for stories of hundreds).
        reports_naming = Counter(name for named in names.values() for name in named)
        reports = []
        for item in items:
            only_here = {name for name in names[item.article.id] if reports_naming[name] == 1}
            reports.append(Report(self.summaries[item.article.id], self._links_sorted(only_here)))
        return StoryView(story, reports, self._links_sorted(named_by_all))

    def _links_sorted(self, names: set[str]) -> list[EntityLink]:
        links = [self.entity_link(name, 0) for name in sorted(names)]
        return [link for link in links if link is not None]

    def outlets(self) -> list[tuple[str, str, list[ArticleSummary]]]:
        """(outlet name, URL, articles), A-Z."""
        names = sorted(self.corpus.outlets, key=lambda name: (name.casefold(), name))
        return [
            (name, self.outlet_url(name), self.summaries_of(self.corpus.outlets[name]))
            for name in names
        ]

    def years(self) -> dict[str, list[ArticleSummary]]:
        """Publication year -> articles, newest year first; undated articles have no year."""
        years: dict[str, list[ArticleSummary]] = {}
        for summary in self.all_summaries():
            year = year_of(summary.published)
            if year:
                years.setdefault(year, []).append(summary)
        return dict(sorted(years.items(), reverse=True))

    def timeline(self) -> list[TimelineYear]:
        return self._timeline(self.all_summaries())

    def timeline_svg(self) -> Markup:
        return _dates_picture(
            [summary.published for summary in self.all_summaries()],
            "Articles in the archive",
            "home-timeline",
        )

    def _timeline(self, summaries: list[ArticleSummary]) -> list[TimelineYear]:
        """Articles by publication year, oldest first, with the years between filled in."""
        counts = Counter(year_of(summary.published) for summary in summaries)
        counts.pop(None, None)
        if not counts:
            return []
        busiest = max(counts.values())
        first, last = int(min(counts)), int(max(counts))  # type: ignore[arg-type]
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

    def undated_count(self) -> int:
        return sum(1 for summary in self.all_summaries() if not year_of(summary.published))


# A timeline spanning fewer years than this is drawn by month, not by year.
MONTHLY_BELOW_YEARS = 3
_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def entity_page(items: list[AnnotatedArticle], number: int) -> tuple[int, list[AnnotatedArticle]]:
    """Page `number` (from 1) of the articles naming an entity, and its first's number."""
    start = (number - 1) * ENTITY_PAGE_SIZE
    return start + 1, items[start : start + ENTITY_PAGE_SIZE]


def date_bars(dates: list[str | None]) -> tuple[list[Bar], str]:
    """Publication dates -> one bar per year (or per month over a short span), gaps filled.

    Returns the bars and the unit ("year" or "month"); undated articles are left out.
    """
    months = [date[:7] for date in dates if date and _ISO_MONTH.match(date)]
    if not months:
        return [], "year"
    first, last = min(months), max(months)
    first_year, last_year = int(first[:4]), int(last[:4])
    if last_year - first_year + 1 >= MONTHLY_BELOW_YEARS:
        counts = Counter(month[:4] for month in months)
        years = [str(year) for year in range(first_year, last_year + 1)]
        return [Bar(year, counts.get(year, 0)) for year in years], "year"
    counts = Counter(months)
    bars = []
    year, month = first_year, int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        bars.append(Bar(f"{_MONTH_ABBREVIATIONS[month - 1]} {year}", counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars, "month"


def _dates_picture(dates: list[str | None], subject: str, element_id: str) -> Markup:
    bars, unit = date_bars(dates)
    return timeline_svg(bars, f"{subject}, by {unit} of publication", _bars_words(bars), element_id)


def _bars_words(bars: list[Bar]) -> str:
    """A timeline said in words, for the picture's description."""
    counted = [bar for bar in bars if bar.count]
    if not counted:
        return "No dated articles."
    total = sum(bar.count for bar in counted)
    words = (
        f"{total} dated article{'' if total == 1 else 's'} from {bars[0].label} to {bars[-1].label}"
    )
    if len(counted) <= 12:
        return words + ": " + "; ".join(f"{bar.label}, {bar.count}" for bar in counted) + "."
    busiest = max(counted, key=lambda bar: bar.count)
    return words + f"; the most, {busiest.count}, in {busiest.label}."


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


def _chip_count(count: int) -> str:
    """The end of a counted chip: the number, said in words to screen readers."""
    return (
        f' <span class="count">{count}<span class="visually-hidden">'
        f" article{'' if count == 1 else 's'}</span></span></a></li>\n"
    )


def _date_label(article: Article) -> str:
    """The date a list shows: the publication date, else say it is unknown."""
    if article.published:
        return format_date(article.published)
    if article.updated:
        return f"Updated {format_date(article.updated)}"
    if article.captured:
        return f"Date not stated (page captured {format_date(article.captured)})"
    return "Date not stated"


def _group_by_type(links: list[EntityLink]) -> list[EntityGroup]:
    """Entity links grouped in ENTITY_TYPES order, A-Z inside each group (accents aside)."""
    known = list(ENTITY_TYPES) + sorted({link.type for link in links} - set(ENTITY_TYPES))
    groups = []
    for type_ in known:
        members = sorted(
            (link for link in links if link.type == type_),
            key=lambda link: (_unaccented(link.name), link.name),
        )
        if members:
            label = TYPE_LABELS.get(type_, (type_, type_.capitalize()))[1]
            initials, anchors = _initials(type_, members)
            groups.append(
                EntityGroup(
                    type_,
                    label,
                    members,
                    type_ in SEARCH_FILTER_TYPES,
                    initials=initials,
                    anchors=anchors,
                )
            )
    return groups


# A group of names longer than this gets a bar of its initials to jump through it.
INITIALS_MIN_NAMES = 60


def _initials(type_: str, links: list[EntityLink]) -> tuple[list[Initial], dict[int, str]]:
    """The letters the A-Z `links` start with, each with the id of its first link.

    Letters are compared without accents ("Émile" under E); a name opening with
    anything but a letter is under "#".
    """
    if len(links) <= INITIALS_MIN_NAMES:
        return [], {}
    initials: list[Initial] = []
    anchors: dict[int, str] = {}
    seen: set[str] = set()
    for position, link in enumerate(links):
        letter = _initial(link.name)
        # once each: a name opening with a sign sorted after the letters ("€uro") is
        # under the "#" of the digits before them
        if letter not in seen:
            seen.add(letter)
            anchor = f"{type_}-{len(initials) + 1}"
            initials.append(Initial(letter, anchor))
            anchors[position] = anchor
    return initials, anchors


def _initial(name: str) -> str:
    first = _unaccented(name[:1])
    return first.upper() if first.isalpha() else "#"


def _unaccented(text: str) -> str:
    """The text in small letters without accents: "Émile" is filed as "emile"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@dataclass(frozen=True, slots=True)
class _Namings:
    """Where an article first names each entity, for keyword-in-context lines.

    One is kept for every article while the entity pages render: it holds
    the article's mentions and sentence offsets, not its text, which is
    joined again for each line (a few microseconds; the copies of 10,000
    texts held 100 MiB in each rendering process).
    """

    item: AnnotatedArticle
    first: dict[str, int]  # entity -> the index of its first usable mention
    sentences: dict[str, SentenceIndex] = field(default_factory=dict)  # field -> its sentences

    def sentence(self, name: str) -> Markup:
        index = self.first.get(name)
        if index is None:
            return Markup("")
        mention = self.item.annotation.mentions[index]
        text = _field_texts(self.item.article)[mention.field]
        sentences = self.sentences.get(mention.field)
        if sentences is None:
            sentences = self.sentences[mention.field] = SentenceIndex(text)
        return keyword_in_context(text, mention.start, mention.end, sentences=sentences)


# Body first: the sentence a name appears in reads better than a headline.
_FIELD_ORDER = {"body": 0, "title": 1, "standfirst": 2}


def _field_texts(article: Article) -> dict[str, str]:
    texts = {"body": article.body_text, "title": article.title}
    if article.standfirst:
        texts["standfirst"] = article.standfirst
    return texts


def _namings(item: AnnotatedArticle) -> _Namings:
    texts = _field_texts(item.article)
    first: dict[str, int] = {}
    ordered = sorted(
        enumerate(item.annotation.mentions),
        key=lambda pair: (_FIELD_ORDER.get(pair[1].field, 3), pair[1].start),
    )
    for index, mention in ordered:
        text = texts.get(mention.field)
        if text is not None and text[mention.start : mention.end] == mention.text:
            first.setdefault(mention.entity, index)
    return _Namings(item, first)
