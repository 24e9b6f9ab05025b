"""Corpus -> the plain records the page templates read.

Templates stay simple because every decision (what to link, in which order,
under which label) is taken here, once, with the whole Corpus at hand.
Nothing here writes files; `render.py` turns these records into pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup

from .ingest import slugify
from .model import ENTITY_TYPES, AnnotatedArticle, Corpus, EntityRecord, Mention, Story
from .render_schema import (
    MentionedThing,
    entity_json_ld,
    news_article_json_ld,
    wikidata_url,
)
from .render_text import (
    BodyBlock,
    excerpt,
    format_date,
    format_datetime,
    keyword_in_context,
    mark_body,
    mark_mentions,
    year_of,
)

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
ENTITY_CONTEXTS = 500  # articles on an entity's page shown with the sentence naming it


class Urls:
    """The site's URLs: every link on every page is a site path passed through here."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def __call__(self, path: str) -> str:
        return self.base + "/" + path.lstrip("/")


def unique_slugs(slugs: dict[str, str]) -> dict[str, str]:
    """Key -> slug, with a number added where two keys would share one page.

    The Corpus's slugs are unique in practice; this keeps the site whole
    when they are not ("São Paulo" and "Sao Paulo"), the first key A-Z
    keeping the plain slug.
    """
    unique: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(slugs):
        base = slugs[key] or "untitled"
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        unique[key] = slug
    return unique


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
    filed: str  # the date it is filed under: published, else the capture date, else ""


@dataclass(frozen=True, slots=True)
class EntityLink:
    name: str
    type: str
    url: str
    count: int  # mentions in one article, or articles in the archive


@dataclass(frozen=True, slots=True)
class EntityGroup:
    type: str
    label: str
    entities: list[EntityLink]
    search_filter: bool = False


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
    note: Markup | None
    json_ld: Markup


@dataclass(frozen=True, slots=True)
class Appearance:
    """One article naming an entity, with the sentence that names it."""

    article: ArticleSummary
    context: Markup


@dataclass(frozen=True, slots=True)
class EntityView:
    record: EntityRecord
    url: str
    type_label: str
    description: Markup | None
    appearances: list[Appearance]
    cooccurring: list[EntityLink]
    wikidata_url: str | None
    roles: list[RoleView] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    json_ld: Markup = Markup("")


@dataclass(frozen=True, slots=True)
class RoleView:
    """How the articles describe a person ("Chinese Foreign Minister"), and where."""

    role: str
    articles: list[ArticleSummary]


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
    notes: dict[str, str] = field(default_factory=dict)  # article id -> Markdown

    def __post_init__(self) -> None:
        corpus = self.corpus
        self.by_id = {item.article.id: item for item in corpus.articles}
        article_slugs = unique_slugs(
            {item.article.id: item.article.slug for item in corpus.articles}
        )
        entity_slugs = unique_slugs({name: record.slug for name, record in corpus.entities.items()})
        outlet_slugs = unique_slugs({name: slugify(name) for name in corpus.outlets})
        # Site paths ("/articles/x/"), for the pages and for the links to them.
        self.article_paths = {key: f"/articles/{slug}/" for key, slug in article_slugs.items()}
        self.entity_paths = {key: f"/entities/{slug}/" for key, slug in entity_slugs.items()}
        self.outlet_paths = {key: f"/outlets/{slug}/" for key, slug in outlet_slugs.items()}
        self.summaries = {item.article.id: self._summary(item) for item in corpus.articles}
        self.stories_by_key = {story.key: story for story in corpus.stories}
        self._namings_cache: dict[str, _Namings] = {}

    def entity_url(self, name: str) -> str:
        return self.urls(self.entity_paths[name])

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
            published_label=_date_label(article.published, article.captured),
            excerpt=excerpt(article.standfirst or next(iter(article.paragraphs), "")),
            filed=article.published or (article.captured or "")[:10],
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
        article, mentions = item.article, item.annotation.mentions
        summary = self.summaries[article.id]
        standfirst = None
        if article.standfirst:
            in_standfirst = [m for m in mentions if m.field == "standfirst"]
            standfirst = mark_mentions(article.standfirst, in_standfirst, self.mention_href)
        story = self.stories_by_key.get(self.corpus.story_of.get(article.id, ""))
        note = self.notes.get(article.id)
        return ArticleView(
            item=item,
            summary=summary,
            standfirst=standfirst,
            blocks=mark_body(article.blocks, mentions, self.mention_href),
            captured_label=format_datetime(article.captured),
            year=year_of(article.published),
            sort_date=(article.published or (article.captured or "")[:10] or UNDATED_SORT_KEY),
            entity_groups=self._article_entity_groups(mentions),
            related=self.summaries_of(self.corpus.related.get(article.id, [])),
            story=story,
            story_others=self.summaries_of(
                [i for i in (story.article_ids if story else ()) if i != article.id]
            ),
            note=self.markdown(note) if note else None,
            json_ld=news_article_json_ld(
                item, summary.url, self.corpus.config, self._mentioned_things(item)
            ),
        )

    def _mentioned_things(self, item: AnnotatedArticle) -> list[MentionedThing]:
        names = sorted(set(item.annotation.entity_names()))
        return [
            MentionedThing(self.corpus.entities[name], self.entity_url(name))
            for name in names
            if name in self.corpus.entities
        ]

    def _article_entity_groups(self, mentions: tuple[Mention, ...]) -> list[EntityGroup]:
        counts = Counter(mention.entity for mention in mentions)
        links = [self.entity_link(name, count) for name, count in sorted(counts.items())]
        return _group_by_type([link for link in links if link is not None])

    # Entities --------------------------------------------------------------

    def entity(self, record: EntityRecord) -> EntityView:
        items = [self.by_id[i] for i in record.article_ids if i in self.by_id]
        # Past the first ENTITY_CONTEXTS articles a list of titles is enough, and keeps
        # the page of a name in thousands of articles to a size a browser opens.
        appearances = [
            Appearance(
                self.summaries[item.article.id],
                self._namings(item).sentence(record.name)
                if position < ENTITY_CONTEXTS
                else Markup(""),
            )
            for position, item in enumerate(items)
        ]
        cooccurring = [self.entity_link(name, count) for name, count in record.cooccurring]
        return EntityView(
            record=record,
            url=self.entity_url(record.name),
            type_label=TYPE_LABELS.get(record.type, (record.type.capitalize(),))[0],
            description=self.markdown(record.description) if record.description else None,
            appearances=appearances,
            cooccurring=[link for link in cooccurring if link is not None],
            wikidata_url=wikidata_url(record.wikidata) if record.wikidata else None,
            roles=self._roles_of(record.name, items),
            quotes=self._quotes_of(record.name, items),
            json_ld=entity_json_ld(record, self.entity_url(record.name)),
        )

    def _namings(self, item: AnnotatedArticle) -> _Namings:
        """Computed once per article, as every entity page of its names asks for it."""
        namings = self._namings_cache.get(item.article.id)
        if namings is None:
            namings = self._namings_cache[item.article.id] = _namings(item)
        return namings

    def _roles_of(self, name: str, items: list[AnnotatedArticle]) -> list[RoleView]:
        """Each way the articles describe the person, most used first; case is ignored."""
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
        return [RoleView(spellings[key], self.summaries_of(articles[key])) for key in ordered]

    def _quotes_of(self, name: str, items: list[AnnotatedArticle]) -> list[QuoteView]:
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
        reports = []
        for item in items:
            others = set().union(*(names[i] for i in names if i != item.article.id))
            only_here = self._links_sorted(names[item.article.id] - others)
            reports.append(Report(self.summaries[item.article.id], only_here))
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
        years = self.years()
        busiest = max((len(items) for items in years.values()), default=1)
        return [
            TimelineYear(year, len(items), len(items) / busiest, self.urls(self.year_path(year)))
            for year, items in sorted(years.items())
        ]

    def undated_count(self) -> int:
        return sum(1 for summary in self.all_summaries() if not year_of(summary.published))


def _date_label(published: str | None, captured: str | None) -> str:
    """The date a list shows: the publication date, else say it is unknown."""
    if published:
        return format_date(published)
    if captured:
        return f"Date not stated (page captured {format_date(captured)})"
    return "Date not stated"


def _group_by_type(links: list[EntityLink]) -> list[EntityGroup]:
    """Entity links grouped in ENTITY_TYPES order, A-Z inside each group."""
    known = list(ENTITY_TYPES) + sorted({link.type for link in links} - set(ENTITY_TYPES))
    groups = []
    for type_ in known:
        members = sorted(
            (link for link in links if link.type == type_),
            key=lambda link: (link.name.casefold(), link.name),
        )
        if members:
            label = TYPE_LABELS.get(type_, (type_, type_.capitalize()))[1]
            groups.append(EntityGroup(type_, label, members, type_ in SEARCH_FILTER_TYPES))
    return groups


@dataclass(frozen=True, slots=True)
class _Namings:
    """Where an article first names each entity, for keyword-in-context lines."""

    texts: dict[str, str]  # field -> text
    first: dict[str, Mention]  # entity -> its first usable mention

    def sentence(self, name: str) -> Markup:
        mention = self.first.get(name)
        if mention is None:
            return Markup("")
        return keyword_in_context(self.texts[mention.field], mention.start, mention.end)


# Body first: the sentence a name appears in reads better than a headline.
_FIELD_ORDER = {"body": 0, "title": 1, "standfirst": 2}


def _namings(item: AnnotatedArticle) -> _Namings:
    article = item.article
    texts = {"body": article.body_text, "title": article.title}
    if article.standfirst:
        texts["standfirst"] = article.standfirst
    first: dict[str, Mention] = {}
    ordered = sorted(
        item.annotation.mentions, key=lambda m: (_FIELD_ORDER.get(m.field, 3), m.start)
    )
    for mention in ordered:
        text = texts.get(mention.field)
        if text is not None and text[mention.start : mention.end] == mention.text:
            first.setdefault(mention.entity, mention)
    return _Namings(texts, first)
