"""Corpus -> the records of an entity's pages.

An entity's first page has all there is to say of it (its description,
roles, quotes, timeline, the names seen with it and their network) and its
newest articles, each with the sentence naming it; the pages after it list
the rest of its articles. `EntityPages` is part of render_views.Views: its
methods read the corpus, URLs, summaries and caches Views holds
(render_lists.ViewsBase, and the attributes declared on the class).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from .model import AnnotatedArticle, Article, EntityRecord
from .render_lists import ArticleSummary, EntityLink, TimelineYear, ViewsBase, dates_picture
from .render_schema import entity_json_ld, wikidata_url
from .render_svg import NETWORK_NODES, Neighbour, network_svg
from .render_text import SentenceIndex, escape_text, keyword_in_context, year_of

ENTITY_QUOTES = 12  # quotes shown on a person's page
ROLE_ARTICLES_SHOWN = 3  # articles named after a role on a person's page; the rest counted
# Articles listed on one page of an entity, each with the sentence naming it;
# the rest are on the pages after it, "/entities/x/page/2/" and so on.
ENTITY_PAGE_SIZE = 100


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


class EntityPages(ViewsBase):
    """The `Views` methods for entity pages (mixed into render_views.Views)."""

    # Held by Views for these pages alone: the names any article describes
    # (roles) and quotes, and each piece made once per build, by entity or
    # by article id.
    _described: set[str]
    _quoted: set[str]
    _chips: dict[str, str]
    _cooccurring_names: dict[str, set[str]]
    _teasers: dict[str, str]
    _namings_cache: dict[str, Namings]

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
            timeline_svg=dates_picture(
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

    def _namings(self, item: AnnotatedArticle) -> Namings:
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


def entity_page(items: list[AnnotatedArticle], number: int) -> tuple[int, list[AnnotatedArticle]]:
    """Page `number` (from 1) of the articles naming an entity, and its first's number."""
    start = (number - 1) * ENTITY_PAGE_SIZE
    return start + 1, items[start : start + ENTITY_PAGE_SIZE]


def _chip_count(count: int) -> str:
    """The end of a counted chip: the number, said in words to screen readers."""
    return (
        f' <span class="count">{count}<span class="visually-hidden">'
        f" article{'' if count == 1 else 's'}</span></span></a></li>\n"
    )


@dataclass(frozen=True, slots=True)
class Namings:
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


def _namings(item: AnnotatedArticle) -> Namings:
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
    return Namings(item, first)
