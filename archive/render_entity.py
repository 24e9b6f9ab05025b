"""Corpus -> the records of an entity's pages.

An entity's first page has all there is to say of it (its description,
roles, quotes, timeline, the names seen with it and their network) and its
newest articles, each with the sentence naming it; the pages after it list
the rest of its articles. `EntityPages` is part of render_views.Views: its
methods read the corpus, URLs, summaries and caches Views holds
(render_lists.ViewsBase, and the attributes declared on the class).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from markupsafe import Markup

from .model import AnnotatedArticle, Article, EntityRecord
from .render_lists import (
    ArticleSummary,
    CountedLink,
    EntityLink,
    TimelineYear,
    ViewsBase,
    authors_of,
    dates_picture,
    first_of,
    outlets_of,
)
from .render_schema import entity_json_ld, wikidata_url
from .render_svg import NETWORK_NODES, Neighbour, network_svg
from .render_text import escape_text, in_context, year_of
from .text import SentenceIndex

ENTITY_QUOTES = 12  # quotes shown on a person's page
ROLE_ARTICLES_SHOWN = 3  # articles named after a role on a person's page; the rest counted
# Outlets (and authors) named on an entity's page with their counts of its articles, most
# first; the rest counted. Shown where two or more name it: who covers a name, and how much.
ENTITY_OUTLETS_SHOWN = 10
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
    outlets: list[CountedLink] = field(default_factory=list)  # the outlets the entity is
    # the outlets of its articles, with how many of them each ran, most first
    covered_by: list[CountedLink] = field(default_factory=list)
    more_outlets: int = 0  # the outlets of its articles not in `covered_by`
    # the authors of its articles, with how many of them each signed, most first
    written_by: list[CountedLink] = field(default_factory=list)
    more_authors: int = 0  # the authors of its articles not in `written_by`
    cooccurring_html: Markup = Markup("")  # the list items of `cooccurring`, made in advance
    appearances_html: Markup = Markup("")  # the list items of `appearances`, likewise


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
    _entity_items: dict[str, list[AnnotatedArticle]]

    def entity_items(self, record: EntityRecord) -> list[AnnotatedArticle]:
        """The articles naming an entity, newest first: found once per build, as each of
        a common name's many pages asks for them (do not change the list)."""
        items = self._entity_items.get(record.name)
        if items is None:
            items = self._entity_items[record.name] = [
                self.by_id[i] for i in record.article_ids if i in self.by_id
            ]
        return items

    def entity_page_count(self, record: EntityRecord) -> int:
        return max(1, -(-len(self.entity_items(record)) // ENTITY_PAGE_SIZE))

    def entity(self, record: EntityRecord) -> EntityView:
        """An entity's first page: all there is to say of it, and its newest articles."""
        items = self.entity_items(record)
        links = [self.entity_link(name, count) for name, count in record.cooccurring]
        cooccurring = [link for link in links if link is not None]
        appearances = self._appearances(record, entity_page(items, 1)[1])
        summaries = [self.summaries[item.article.id] for item in items]
        # which outlets and authors cover the name: said where two or more do
        covered_by, more_outlets = first_of(
            _two_or_more(outlets_of(summaries)), ENTITY_OUTLETS_SHOWN
        )
        written_by, more_authors = first_of(
            _two_or_more(authors_of(summaries, self.author_url)), ENTITY_OUTLETS_SHOWN
        )
        return EntityView(
            record=record,
            url=self.entity_url(record.name),
            type_label=self._type_label(record),
            article_count=len(items),
            appearances=appearances,
            description=self.markdown(record.description) if record.description else None,
            cooccurring=cooccurring,
            wikidata_url=wikidata_url(record.wikidata) if record.wikidata else None,
            roles=self._roles_of(record.name, items),
            quotes=self._quotes_of(record.name, items),
            json_ld=entity_json_ld(record, self.entity_url(record.name)),
            timeline=self._timeline(summaries),
            timeline_svg=dates_picture(
                [item.article.published for item in items],
                f"Articles naming {record.name}",
                "entity-timeline",
            ),
            network_svg=self._network(record),
            undated_count=sum(1 for item in items if not year_of(item.article.published)),
            outlets=self.outlets_of(record.name),
            covered_by=covered_by,
            more_outlets=more_outlets,
            written_by=written_by,
            more_authors=more_authors,
            cooccurring_html=self.counted_chips(cooccurring),
            appearances_html=_list_items(appearances),
        )

    def entity_more(self, record: EntityRecord, number: int) -> EntityView:
        """Page `number` (2, 3, ...) of an entity: only the next of its articles."""
        items = self.entity_items(record)
        first_number, shown = entity_page(items, number)
        appearances = self._appearances(record, shown)
        return EntityView(
            record=record,
            url=self.entity_url(record.name),
            type_label=self._type_label(record),
            article_count=len(items),
            appearances=appearances,
            first_number=first_number,
            appearances_html=_list_items(appearances),
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
        neighbours, links = self.network_of(record)
        center = Neighbour(record.name, record.type, len(record.article_ids))
        return network_svg(center, neighbours, links, "entity-network")

    def network_of(self, record: EntityRecord) -> tuple[list[Neighbour], list[tuple[int, int]]]:
        """What an entity's drawing shows of its neighbours: the names most often seen
        with it, and the pairs of them (by position) also named together.

        Only these: a new article naming China adds to China's neighbours, and
        the hundreds of pages China is a neighbour on are redrawn only if two
        names they draw now meet (render_keys.PageKeys.entity).
        """
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
        return neighbours, links

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


def _list_items(appearances: list[Appearance]) -> Markup:
    """The items of an entity page's list of articles, joined here: every article is
    on the pages of all its names, and a template loop cost more than the items."""
    # Indented as the items were when entity.html made them in a loop.
    return Markup("".join(f"      <li>\n{appearance.html}</li>\n" for appearance in appearances))


def _chip_count(count: int) -> str:
    """The end of a counted chip: the number, said in words to screen readers."""
    return (
        f' <span class="count">{count}<span class="visually-hidden">'
        f" article{'' if count == 1 else 's'}</span></span></a></li>\n"
    )


# Body first: the sentence a name appears in reads better than a headline.
_FIELD_ORDER = {"body": 0, "title": 1, "standfirst": 2}
_FIELDS = tuple(_FIELD_ORDER)  # a field's number in Namings.places -> the field
_PLACE = 5  # numbers to a place in Namings.places


@dataclass(frozen=True, slots=True)
class Namings:
    """Where an article first names each entity, for keyword-in-context lines.

    One is kept for every article while the entity pages render: it holds
    where each of those sentences is, not the article's text. A line decodes
    its sentence's bytes alone: decoding the whole body again for each name
    of the article was a tenth of the entity pages' time, and keeping the
    texts of 10,000 articles held 100 MiB in each rendering process.
    """

    item: AnnotatedArticle
    rows: dict[str, int]  # entity -> its place's row in `places`
    # a row for each entity: the number of the field (_FIELDS) naming it first,
    # where that sentence starts and ends in the field's UTF-8, and where the
    # mention starts and ends in the sentence (in characters)
    places: array[int]
    # an entity's other mentions in that sentence, where it has any, in characters from
    # the sentence's start as its first one's
    others: dict[str, tuple[tuple[int, int], ...]]

    def sentence(self, name: str) -> Markup:
        row = self.rows.get(name)
        if row is None:
            return Markup("")
        field_number, first_byte, last_byte, start, end = self.places[
            row * _PLACE : (row + 1) * _PLACE
        ]
        data = _field_bytes(self.item.article, _FIELDS[field_number])
        sentence = data[first_byte:last_byte].decode("utf-8", "surrogatepass")
        return in_context(sentence, start, end, others=self.others.get(name, ()))


def _field_texts(article: Article) -> dict[str, str]:
    texts = {"body": article.body_text, "title": article.title}
    if article.standfirst:
        texts["standfirst"] = article.standfirst
    return texts


def _field_bytes(article: Article, field_: str) -> bytes:
    """A field's text in UTF-8; the body is kept so (model.Blocks)."""
    if field_ == "body":
        return article.blocks.data
    text = article.title if field_ == "title" else article.standfirst or ""
    return text.encode("utf-8", "surrogatepass")


# A mention as _namings reads it, from the packed columns: a Mention object
# for each of an archive's half a million mentions costs more.
_Naming = tuple[str, int, int, str]  # field, start, end, entity


def _namings(item: AnnotatedArticle) -> Namings:
    texts = _field_texts(item.article)
    mentions = item.annotation.mentions
    starts, ends = mentions.offsets()
    fields, entities, written = (mentions.column(name) for name in ("field", "entity", "text"))
    in_order = zip(fields, starts, ends, entities, written, strict=True)
    first: dict[str, _Naming] = {}
    later: dict[str, list[tuple[int, int]]] = {}  # the entity's later mentions in that field
    for field_, start, end, entity, as_written in sorted(
        in_order, key=lambda mention: (_FIELD_ORDER.get(mention[0], 3), mention[1])
    ):
        text = texts.get(field_)
        if text is None or text[start:end] != as_written:
            continue
        naming = first.setdefault(entity, (field_, start, end, entity))
        if naming[0] == field_ and naming[1] != start:
            later.setdefault(entity, []).append((start, end))
    rows: dict[str, int] = {}
    places = array("I")
    others: dict[str, tuple[tuple[int, int], ...]] = {}
    for field_number, field_ in enumerate(_FIELDS):
        named = [naming for naming in first.values() if naming[0] == field_]
        if not named:
            continue
        text = texts[field_]
        # each field's sentences found in one pass, not one scan per name; the
        # body's when the article was annotated (AnnotatedArticle.sentences)
        sentences = (
            SentenceIndex.unpacked(item.sentences)
            if field_ == "body" and item.sentences
            else SentenceIndex(text)
        )
        bounds = [sentences.bounds(text, start, end) for _, start, end, _ in named]
        utf8 = _utf8_offsets(text, [offset for span in bounds for offset in span])
        for (_, start, end, entity), (sentence_start, sentence_end) in zip(
            named, bounds, strict=True
        ):
            # "known as the Diaoyus in China and Senkaku in Japan": both marked
            also = [
                (other_start - sentence_start, other_end - sentence_start)
                for other_start, other_end in later.get(entity, ())
                if other_end <= sentence_end
            ]
            if also:
                others[entity] = tuple(also)
            rows[entity] = len(rows)
            places.extend(
                (
                    field_number,
                    utf8[sentence_start],
                    utf8[sentence_end],
                    start - sentence_start,
                    end - sentence_start,
                )
            )
    return Namings(item, rows, places, others)


def _utf8_offsets(text: str, offsets: list[int]) -> dict[int, int]:
    """Where these character offsets of `text` fall in its UTF-8 (surrogates kept)."""
    if text.isascii():
        return {offset: offset for offset in offsets}
    found, done, size = {}, 0, 0
    for offset in sorted(set(offsets)):
        size += len(text[done:offset].encode("utf-8", "surrogatepass"))
        found[offset], done = size, offset
    return found


def _two_or_more(links: list[CountedLink]) -> list[CountedLink]:
    """The links, where there are two or more (one says no more than the page's list)."""
    return links if len(links) > 1 else []
