"""Corpus -> the records of the listing pages, and the pieces every page's lists share.

The home page (latest articles, most named, the timeline), the names index
(/entities/, A-Z by type, with a bar of initials over a long group), the
years, outlets and stories: what each lists, in which order, under which
label. An article in a list is an `ArticleSummary`, a link to an entity an
`EntityLink` and a year of a timeline a `TimelineYear`, on these pages and on
the article and entity pages (render_article, render_entity) alike.
`ListPages` is part of render_views.Views: its methods read the corpus, URLs
and summaries Views holds. What all the parts of Views read of it is
declared on `ViewsBase`, the class they are made on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markupsafe import Markup

from .model import ENTITY_TYPES, AnnotatedArticle, Corpus, EntityRecord, Story
from .render_filing import filing_letter, filing_name
from .render_svg import Bar, timeline_svg
from .render_text import year_of

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
_ISO_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])")
# A middle name given by its initials: "L." of "Troy L. Smith", "J.R." of "J.R. Smith".
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?)+$")


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
    authors: tuple[str, ...] = ()  # the people its byline names


@dataclass(frozen=True, slots=True)
class EntityLink:
    name: str
    type: str
    url: str
    count: int  # mentions in one article, or articles in the archive


@dataclass(frozen=True, slots=True)
class CountedLink:
    """A link to an outlet's or an author's page, with a count of articles."""

    name: str
    url: str
    count: int  # articles in the archive, or of those the page lists


def ranked_links(counts: Counter[str], urls: Mapping[str, str]) -> list[CountedLink]:
    """Links to the pages of `counts`' names, most articles first, then A-Z."""
    ranked = sorted(counts, key=lambda name: (-counts[name], name.casefold(), name))
    return [CountedLink(name, urls[name], counts[name]) for name in ranked]


def first_of(links: list[CountedLink], shown: int) -> tuple[list[CountedLink], int]:
    """The first `shown` links, and how many more there are."""
    return links[:shown], max(0, len(links) - shown)


def outlets_of(summaries: Iterable[ArticleSummary]) -> list[CountedLink]:
    """The outlets of these articles, with how many of them each ran (ranked_links)."""
    summaries = list(summaries)
    counts = Counter(summary.outlet for summary in summaries if summary.outlet_url)
    return ranked_links(counts, {summary.outlet: summary.outlet_url for summary in summaries})


def authors_of(
    summaries: Iterable[ArticleSummary], author_url: Callable[[str], str]
) -> list[CountedLink]:
    """The authors of these articles, with how many of them each signed (ranked_links)."""
    counts = Counter(author for summary in summaries for author in summary.authors)
    return ranked_links(counts, {author: author_url(author) for author in counts})


def file_author_spellings(counts: Counter[str]) -> dict[str, str]:
    """Each author's name as written -> the name their page is filed under.

    Bylines spell one person two ways: in capitals ("KEVIN MCCARTHY" is read
    "Kevin Mccarthy"), with or without a middle initial ("Troy L. Smith", "Troy
    Smith"). Such spellings are filed under the one most articles give (then the one
    with more capitals, the longer); names with two different middle initials
    ("John A. Smith", "John B. Smith") are two people and stay apart.
    """
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(counts):
        groups.setdefault(_author_key(name), []).append(name)
    filed: dict[str, str] = {}
    for names in groups.values():
        middles = {_middle(name) for name in names} - {""}
        if len(middles) > 1:
            filed.update({name: name for name in names})
            continue
        chosen = max(
            names,
            key=lambda name: (counts[name], sum(map(str.isupper, name)), len(name), name),
        )
        filed.update(dict.fromkeys(names, chosen))
    return filed


def _author_key(name: str) -> tuple[str, ...]:
    """ "Troy L. Smith", "TROY SMITH" -> ("troy", "smith")."""
    words = name.casefold().split()
    if len(words) > 2 and all(_INITIALS.match(word) and len(word) <= 4 for word in words[1:-1]):
        return (words[0], words[-1])
    return tuple(words)


def _middle(name: str) -> str:
    """The initials between the first and the last name: "l." of "Troy L. Smith"."""
    words = name.casefold().split()
    return " ".join(words[1:-1]) if len(words) > 2 else ""


@dataclass(frozen=True, slots=True)
class ListAbout:
    """What an outlet's or an author's list of articles says under its title."""

    given: list[str] = field(default_factory=list)  # the other names an outlet's articles give it
    entity: EntityLink | None = None  # the entity the outlet or the author is
    search: str = ""  # a search of the author's articles
    # the authors of an outlet's articles, or the outlets of an author's, most articles first
    counted_label: str = ""
    counted: list[CountedLink] = field(default_factory=list)
    more: int = 0  # of those, how many are not in `counted`


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


class ViewsBase:
    """What Views (render_views) holds and defines that all its parts read.

    Each part of Views (ArticlePages, EntityPages, ListPages) is a class of
    its own, mixed into Views. Declared here, what they read is type-checked
    in each part, and Views' definitions are checked against it; each part
    declares what it alone reads. Only declarations: the values and methods
    are Views'.
    """

    corpus: Corpus
    markdown: Callable[[str], Markup]
    by_id: dict[str, AnnotatedArticle]  # by article id
    summaries: dict[str, ArticleSummary]  # by article id

    if TYPE_CHECKING:

        def entity_url(self, name: str) -> str: ...

        def author_url(self, name: str) -> str: ...

        def summaries_of(
            self, article_ids: list[str] | tuple[str, ...]
        ) -> list[ArticleSummary]: ...

        def entity_link(self, name: str, count: int) -> EntityLink | None: ...

        def outlets_of(self, entity: str) -> list[CountedLink]: ...

        @staticmethod
        def _type_label(record: EntityRecord) -> str: ...

        def _timeline(self, summaries: list[ArticleSummary]) -> list[TimelineYear]: ...


class ListPages(ViewsBase):
    """The `Views` methods for the listing pages (mixed into render_views.Views)."""

    # Held by Views for these pages alone.
    author_articles: dict[str, list[str]]  # author -> article ids, newest first

    if TYPE_CHECKING:  # defined by Views

        def outlet_url(self, name: str) -> str: ...

        def all_summaries(self) -> list[ArticleSummary]: ...

    # Names -----------------------------------------------------------------

    def entity_index(self) -> list[EntityGroup]:
        links = [
            EntityLink(name, record.type, self.entity_url(name), len(record.article_ids))
            for name, record in self.corpus.entities.items()
        ]
        return _group_by_type(
            links,
            {name: record.sort for name, record in self.corpus.entities.items() if record.sort},
        )

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

    def stories(self, limit: int | None = None) -> list[tuple[Story, list[ArticleSummary]]]:
        """The stories, newest first, each with its reports; the first `limit` only."""
        stories = self.corpus.stories[:limit]
        return [(story, self.summaries_of(story.article_ids)) for story in stories]

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

    def authors(self) -> list[tuple[str, str, list[ArticleSummary]]]:
        """(author, URL, articles), A-Z by name."""
        names = sorted(self.author_articles, key=lambda name: (name.casefold(), name))
        return [
            (name, self.author_url(name), self.summaries_of(self.author_articles[name]))
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
        return dates_picture(
            [summary.published for summary in self.all_summaries()],
            "Articles in the archive",
            "home-timeline",
        )

    def undated_count(self) -> int:
        return sum(1 for summary in self.all_summaries() if not year_of(summary.published))


# A timeline spanning fewer years than this is drawn by month, not by year.
MONTHLY_BELOW_YEARS = 3
_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


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


def dates_picture(dates: list[str | None], subject: str, element_id: str) -> Markup:
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


def _group_by_type(links: list[EntityLink], sorts: dict[str, str]) -> list[EntityGroup]:
    """Entity links grouped in ENTITY_TYPES order, A-Z inside each group (accents aside),
    people by their family names (render_filing), or as `sorts` (the registry's) files
    them."""
    known = list(ENTITY_TYPES) + sorted({link.type for link in links} - set(ENTITY_TYPES))
    filed = {link.name: filing_name(link.name, link.type, sorts.get(link.name)) for link in links}
    groups = []
    for type_ in known:
        members = sorted(
            (link for link in links if link.type == type_),
            key=lambda link: (filed[link.name], link.name),
        )
        if members:
            label = TYPE_LABELS.get(type_, (type_, type_.capitalize()))[1]
            initials, anchors = _initials(type_, members, filed)
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


def _initials(
    type_: str, links: list[EntityLink], filed: dict[str, str]
) -> tuple[list[Initial], dict[int, str]]:
    """The letters the A-Z `links` start with, each with the id of its first link.

    The letter is that of the name as `filed` (render_filing): without accents
    ("Émile" under E), a person's family name first; a name opening with
    anything but a letter is under "#".
    """
    if len(links) <= INITIALS_MIN_NAMES:
        return [], {}
    initials: list[Initial] = []
    anchors: dict[int, str] = {}
    seen: set[str] = set()
    for position, link in enumerate(links):
        letter = filing_letter(filed[link.name])
        # once each: a name opening with a sign sorted after the letters ("€uro") is
        # under the "#" of the digits before them
        if letter not in seen:
            seen.add(letter)
            anchor = f"{type_}-{len(initials) + 1}"
            initials.append(Initial(letter, anchor))
            anchors[position] = anchor
    return initials, anchors
