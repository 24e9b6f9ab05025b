"""Links: the one corpus stage. list[AnnotatedArticle] -> Corpus.

Everything that needs the whole archive happens here and only here: the
merge of the spellings of one name that differ in case (or, for a group,
in number: "Americans", "American"), and of surnames named alone into their
person (links_names.py), of the variants of one person's full name
(links_variants.py), the entity index (entity -> articles), related articles
weighted by how rare the shared names are, same-story groups, outlets and
co-occurring entities.
Every step works through inverted indexes, so the cost grows with the number
of mentions, not with the square of the number of articles.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .clean_words import STOP_WORDS
from .ingest import slugify, unique_slugs
from .links_names import merge_spellings, merge_surnames
from .links_outlets import file_outlets
from .links_variants import merge_variants
from .model import (
    AnnotatedArticle,
    Article,
    Corpus,
    EntityRecord,
    RegistryEntry,
    SiteConfig,
    Story,
)
from .names_text import fold
from .parallel import deal, fork_map, split
from .union_find import UnionFind

# Related articles: how many to keep, and when a name is too common to suggest a
# link at all ("China" in a China-Japan archive): in more than half the archive,
# or in so many articles that pairing them all would cost the square of their
# number (rarer shared names decide the best eight long before such names would).
RELATED_LIMIT = 8
# Two articles are related when they share a name of at most a tenth of the archive
# (three articles of a small one), or several names as telling together: a name in a
# third of them ("United States") alone relates nothing.
RELATED_MIN_SHARE = 0.1
RELATED_MIN_ARTICLES = 3
COMMON_ENTITY_SHARE = 0.5
COMMON_ENTITY_MIN_ARTICLES = 20
COMMON_ENTITY_MAX_ARTICLES = 100
COOCCURRING_LIMIT = 12
# Co-occurring names of a name found in thousands of articles are counted over
# its newest articles only: the ranking is stable long before, and counting
# every article would cost its article count times their names.
COOCCURRING_SAMPLE = 300

# Same-story grouping. Two articles report the same event when they share
# wording (quotes, phrasings: rare word shingles) and rare names, and their
# dates, where both are known, are close.
STORY_SHINGLE_WORDS = 4
# Only one shingle in STORY_SHINGLE_SAMPLE is kept (chosen by its hash, so the
# same phrase is kept in every article): shares of shared wording come out the
# same, at a quarter of the memory of keeping them all.
STORY_SHINGLE_SAMPLE = 4
# A shingle in more articles than this is a stock phrase, unless they are a
# story that several outlets ran within days (wire copy): see _shared_shingle_counts.
STORY_SHINGLE_MAX_ARTICLES = 12
STORY_MIN_SHARED_SHINGLES = 4
# Of the shorter article's sample: same-story seeds share 6-12%, the other pairs under 4%.
STORY_MIN_SHARED_SHARE = 0.05
# Articles joined through wording that many share (see _shared_shingle_counts)
# must share most of their wording: copies of one report, not stories that
# reuse one background paragraph (a tenth of an article).
STORY_COPY_MIN_SHARE = 0.5
STORY_MIN_ENTITY_SCORE = 0.3
STORY_MAX_DAYS_APART = 3
# Outlets that each wrote a report in their own words share no wording, but their
# headlines share words ("South Dakota doubles down on 'Meth. We're on it.'" and "South
# Dakota governor doubles down on 'meth, we're on it' anti-drug campaign"): two dated
# reports of two outlets whose headlines share this many words (not function words,
# three letters or more) are one story when they share names as wording-joined ones do.
STORY_HEADLINE_MIN_SHARED_WORDS = 3
# A word in more headlines than this pairs none of them ("Trump", "China", "says"):
# counting its pairs would cost the square of its headlines.
STORY_HEADLINE_WORD_MAX_ARTICLES = 30
STORY_HEADLINE_MIN_LETTERS = 3

_WORD = re.compile(r"\w+")


def article_date(item: AnnotatedArticle) -> str | None:
    """The date an article is filed under (Article.filed)."""
    return item.article.filed


def link(
    items: list[AnnotatedArticle],
    registry: Mapping[str, RegistryEntry],
    config: SiteConfig,
    keep_apart: Iterable[str] = (),
    jobs: int = 1,
) -> Corpus:
    """`keep_apart`: the names no merge may touch (registry.keep_apart); the passes
    over the whole archive run on `jobs` processes, with the same result."""
    articles = sorted(items, key=_newest_first)
    merged = merge_spellings(
        articles, _entity_index(articles), _entity_types(articles, registry), registry, keep_apart
    )
    # "Also written" on the entity's page: the plural or singular of a group merged
    # into it, how else a person's full name is printed
    variants: dict[str, list[str]] = defaultdict(list)
    for variant, kept in merged.merges.items():
        if fold(variant) != fold(kept):
            variants[kept].append(variant)
    merged = merge_variants(
        merged.articles, merged.entity_articles, merged.types, registry, keep_apart
    )
    for variant, person in merged.merges.items():
        variants[person].append(variant)
    merged = merge_surnames(
        merged.articles, merged.entity_articles, merged.types, registry, keep_apart
    )
    articles, entity_articles, entity_types = merged.articles, merged.entity_articles, merged.types
    by_id = {item.article.id: item for item in articles}
    entities = {
        name: _entity_record(
            name, entity_types[name], ids, registry.get(name), variants.get(name, [])
        )
        for name, ids in sorted(entity_articles.items())
    }
    entities = _with_unique_slugs(entities)
    outlets = file_outlets(articles, config)
    passes = _Passes.of(articles, entity_articles, outlets.filed, jobs)
    related, shared_wording, cooccurring = passes.run(jobs)
    stories, story_of = _stories(passes, shared_wording)
    entities = {
        name: replace(record, cooccurring=cooccurring[name]) for name, record in entities.items()
    }
    return Corpus(
        config=config,
        articles=articles,
        entities=entities,
        related=related,
        stories=stories,
        story_of=story_of,
        outlets=outlets.articles,
        by_id=by_id,
        outlet_filed={given: filed for given, filed in outlets.filed.items() if given != filed},
    )


def _newest_first(item: AnnotatedArticle) -> tuple[int, str, str]:
    """Articles by the day their text states, newest first; then those dated only by
    the page's clock, newest capture first, since a page captured this year may have
    run years ago; then those with no date at all."""
    article = item.article
    date = article.filed or ""  # the stated date, else the capture's day
    # Negate the date character by character so a plain ascending sort puts
    # the newest first while ids stay ascending within a day.
    inverted = "".join(chr(0x10FFFF - ord(char)) for char in date)
    kind = 0 if article.stated_date else 1 if date else 2
    return (kind, inverted, article.id)


def _entity_index(articles: list[AnnotatedArticle]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for item in articles:
        for name in item.annotation.entity_names():
            index[name].append(item.article.id)
    return index


def _entity_types(
    articles: list[AnnotatedArticle], registry: Mapping[str, RegistryEntry]
) -> dict[str, str]:
    """The registry's type, else the type most mentions were given."""
    # the mentions counted by (entity, type) in one pass each: an archive has millions
    pairs: Counter[tuple[str, ...]] = Counter()
    for item in articles:
        pairs.update(item.annotation.mentions.columns("entity", "type"))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for (entity, type_), count in pairs.items():
        votes[entity][type_] += count
    types = {}
    for name, counter in votes.items():
        entry = registry.get(name)
        if entry is not None:
            types[name] = entry.type
        else:
            types[name] = min(counter.items(), key=lambda pair: (-pair[1], pair[0]))[0]
    return types


def _entity_record(
    name: str,
    type_: str,
    article_ids: list[str],
    entry: RegistryEntry | None,
    variants: list[str],
) -> EntityRecord:
    """`variants`: the other spellings of a person's full name merged into it."""
    aliases = entry.aliases if entry else ()
    return EntityRecord(
        name=name,
        type=type_,
        slug=slugify(name),
        aliases=(*aliases, *(variant for variant in variants if variant not in aliases)),
        description=entry.description if entry else "",
        wikidata=entry.wikidata if entry else None,
        in_registry=entry is not None,
        article_ids=tuple(article_ids),
        sort=entry.sort if entry else "",
    )


def _with_unique_slugs(entities: dict[str, EntityRecord]) -> dict[str, EntityRecord]:
    """Two names with one slug ("São Paulo", "Sao Paulo") get pages of their own."""
    slugs = unique_slugs({name: record.slug for name, record in entities.items()})
    return {
        name: record if record.slug == slugs[name] else replace(record, slug=slugs[name])
        for name, record in entities.items()
    }


def _rarity(article_count: float, total: int) -> float:
    """Inverse document frequency: a name in every article weighs almost nothing."""
    return math.log((total + 1) / article_count)


def _too_common(article_count: int, total: int) -> bool:
    share_limit = max(COMMON_ENTITY_MIN_ARTICLES, total * COMMON_ENTITY_SHARE)
    return article_count > min(share_limit, COMMON_ENTITY_MAX_ARTICLES)


def _related_weights(entity_articles: Mapping[str, list[str]], total: int) -> dict[str, int]:
    """The weight of each name in related-article scores; too common names have none."""
    # Integer weights sum exactly in any order, so ties are ties on every machine.
    return {
        name: round(_rarity(len(ids), total) * 1_000_000)
        for name, ids in entity_articles.items()
        if not _too_common(len(ids), total)
    }


def _min_related_score(total: int) -> int:
    """The weight of a name in a tenth of the archive (in three articles of a small one):
    what two articles must share, in one rarer name or in several, to be related."""
    specific = max(RELATED_MIN_ARTICLES, total * RELATED_MIN_SHARE)
    return round(_rarity(min(specific, total), total) * 1_000_000)


def _related(passes: _Passes, share: range) -> dict[str, list[str]]:
    """Each article's neighbours, scored by the summed rarity of the names they share:
    for the articles at the positions of `share`."""
    entity_articles, weights, order = passes.entity_articles, passes.weights, passes.order
    related = {}
    for position in share:
        item = passes.articles[position]
        scores: Counter[str] = Counter()
        for name in item.annotation.entity_names():
            weight = weights.get(name)
            if weight:
                for other in entity_articles[name]:
                    scores[other] += weight
        scores.pop(item.article.id, None)
        best = heapq.nsmallest(
            RELATED_LIMIT,
            (other for other, score in scores.items() if score >= passes.min_related_score),
            key=lambda other: (-scores[other], order[other]),
        )
        related[item.article.id] = best
    return related


def _stories(passes: _Passes, wording: _SharedWording) -> tuple[list[Story], dict[str, str]]:
    """Group articles that report one event; a story needs two articles or more.

    `wording` is what pairs of articles share of their wording, by their
    numbers in `passes.ids` (_shared_shingle_counts).
    """
    articles, entity_articles = passes.articles, passes.entity_articles
    by_id = {item.article.id: item for item in articles}
    ids, shingles = passes.ids, passes.shingles
    few, many = wording
    candidates = [(pair, shared, STORY_MIN_SHARED_SHARE) for pair, shared in few.items()]
    candidates += [
        (pair, shared + few.get(pair, 0), STORY_COPY_MIN_SHARE) for pair, shared in many.items()
    ]
    total = len(articles)
    groups = UnionFind(ids)
    # The days each group's dated reports span. Every two reports of a story
    # are close in time, not just each to the next: reports chained through
    # undated pages or day by day would make one "story" of a year of news.
    spans = {article_id: _day_span(by_id[article_id]) for article_id in ids}

    def join(first_index: int, second_index: int) -> None:
        """Join the two reports' groups where their days and their names allow one story."""
        first, second = by_id[ids[first_index]], by_id[ids[second_index]]
        first_root, second_root = groups.find(first.article.id), groups.find(second.article.id)
        if first_root == second_root:
            return
        span = _joined_span(spans[first_root], spans[second_root])
        if span is None:
            return
        if _shared_entity_score(first, second, entity_articles, total) < STORY_MIN_ENTITY_SCORE:
            return
        spans[groups.union(first_root, second_root)] = span

    # The pairs sharing most wording join first, so a report joins the story
    # it is closest to when several would take it.
    for (first_index, second_index), shared, min_share in sorted(
        candidates, key=lambda candidate: (-candidate[1], candidate[0], candidate[2])
    ):
        shorter = min(len(shingles[first_index]), len(shingles[second_index]))
        if shared >= max(STORY_MIN_SHARED_SHINGLES, min_share * shorter):
            join(first_index, second_index)
    # Then the reports whose headlines agree: only dated ones of two outlets, so
    # that one outlet's series ("Daily Deals: ...") or undated pages never join.
    for first_index, second_index in _headline_pairs(passes, by_id):
        if None in (passes.days[first_index], passes.days[second_index]):
            continue
        outlet = passes.outlets[first_index]
        if outlet is not None and passes.outlets[second_index] not in (None, outlet):
            join(first_index, second_index)
    order = {item.article.id: position for position, item in enumerate(articles)}
    stories, story_of = [], {}
    for members in groups.groups():
        if len(members) < 2:
            continue
        members = sorted(members, key=lambda article_id: order[article_id])
        # named after its first report, of those whose headline the cleaner found
        titled = [by_id[article_id] for article_id in members if _has_title(by_id[article_id])]
        earliest = _earliest(titled or (by_id[article_id] for article_id in members))
        key = _story_key(earliest)
        stories.append(Story(key=key, title=earliest.article.title, article_ids=tuple(members)))
        for article_id in members:
            story_of[article_id] = key
    stories.sort(key=lambda story: order[story.article_ids[0]])
    return _unique_keys(stories, story_of)


def _headline_pairs(
    passes: _Passes, by_id: Mapping[str, AnnotatedArticle]
) -> list[tuple[int, int]]:
    """The pairs of articles (by their numbers in `passes.ids`) whose headlines share
    STORY_HEADLINE_MIN_SHARED_WORDS words or more, those sharing most first."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, article_id in enumerate(passes.ids):
        item = by_id[article_id]
        if _has_title(item):
            for word in _headline_words(item.article.title):
                postings[word].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for indexes in postings.values():
        if len(indexes) <= STORY_HEADLINE_WORD_MAX_ARTICLES:
            shared.update(itertools.combinations(indexes, 2))
    pairs = [
        (count, pair) for pair, count in shared.items() if count >= STORY_HEADLINE_MIN_SHARED_WORDS
    ]
    return [pair for _, pair in sorted(pairs, key=lambda item: (-item[0], item[1]))]


def _headline_words(title: str) -> set[str]:
    return {
        word
        for word in _WORD.findall(title.casefold())
        if len(word) >= STORY_HEADLINE_MIN_LETTERS and word not in STOP_WORDS
    }


def story_shingles(article: Article) -> bytes:
    """A sample of the article's word 4-grams, hashed: its wording, for story grouping.

    Per-article work (run and cached with clean and annotate). CRC-32 is
    stable across processes, unlike Python's own string hash, and fast; its
    rare collisions add noise far below the thresholds. The hashes are packed
    as unsigned 32-bit integers, four bytes each.
    """
    words = _WORD.findall(article.body_text.lower())
    # each shingle is the words at i, i + 1, ...: the word list zipped with itself shifted
    shifted = [words[offset:] for offset in range(STORY_SHINGLE_WORDS)]
    shingles = map(" ".join, zip(*shifted, strict=False))
    hashes = set(map(zlib.crc32, map(str.encode, shingles)))
    sample = sorted(value for value in hashes if value % STORY_SHINGLE_SAMPLE == 0)
    return array("I", sample).tobytes()


def _unpack(packed: bytes) -> array[int]:
    shingles = array("I")
    shingles.frombytes(packed)
    return shingles


def _shared_shingle_counts(passes: _Passes, share: range) -> _SharedWording:
    """How many rare shingles pairs of articles share, by article number: (few, many).

    Counted over the shingles of the values of `share`, a slice of the hash
    values: a shingle's postings are in one share, and the shares' counts add
    up to the counts over all shingles.

    few: a shingle in a few articles counts for every pair of them.
    many: a shingle in more is a stock phrase, or one outlet's own text, unless
    several outlets ran it within days: a wire story printed by dozens of
    papers. Then it counts for each article and the next in date order (the
    union of those pairs joins them all), so that its cost grows with the
    copies, not their square.
    """
    days, outlets = passes.days, passes.outlets
    postings: dict[int, list[int]] = defaultdict(list)
    for index, article_shingles in enumerate(passes.shingles):
        # each article's shingles are sorted (story_shingles): its share is a slice
        first = bisect.bisect_left(article_shingles, share.start)
        last = bisect.bisect_left(article_shingles, share.stop, first)
        for shingle in article_shingles[first:last]:
            postings[shingle].append(index)
    few: Counter[tuple[int, int]] = Counter()
    many: Counter[tuple[int, int]] = Counter()
    for indexes in postings.values():
        # Indexes are appended in ascending order, so each pair comes out ordered.
        if 2 <= len(indexes) <= STORY_SHINGLE_MAX_ARTICLES:
            few.update(itertools.combinations(indexes, 2))
        elif len(indexes) > STORY_SHINGLE_MAX_ARTICLES and _ran_by_outlets(indexes, days, outlets):
            in_date_order = sorted(indexes, key=lambda index: (days[index] or 0, index))
            many.update((min(pair), max(pair)) for pair in itertools.pairwise(in_date_order))
    return few, many


def _ran_by_outlets(indexes: list[int], days: list[int | None], outlets: list[str | None]) -> bool:
    """Whether the articles are several outlets' copies of one story: their known
    dates within STORY_MAX_DAYS_APART days, and two outlets or more."""
    known = [day for index in indexes if (day := days[index]) is not None]
    if known and max(known) - min(known) > STORY_MAX_DAYS_APART:
        return False
    return len({outlets[index] for index in indexes} - {None}) >= 2


def _shared_entity_score(
    first: AnnotatedArticle,
    second: AnnotatedArticle,
    entity_articles: Mapping[str, list[str]],
    total: int,
) -> float:
    """Rarity of the shared names over the rarity of the smaller article's names."""
    names_first = set(first.annotation.entity_names())
    names_second = set(second.annotation.entity_names())
    smaller = min(names_first, names_second, key=len)
    if not smaller:
        return 0.0
    weight = {name: _rarity(len(entity_articles[name]), total) + 0.1 for name in smaller}
    shared = sum(weight[name] for name in names_first & names_second)
    return shared / sum(weight.values())


_DaySpan = tuple[date, date] | tuple[None, None]  # the first and last day, or none known


def _day_span(item: AnnotatedArticle) -> _DaySpan:
    try:
        day = date.fromisoformat(article_date(item) or "")
    except ValueError:
        return None, None
    return day, day


def _day_number(item: AnnotatedArticle) -> int | None:
    day = _day_span(item)[0]
    return None if day is None else day.toordinal()


def _joined_span(first: _DaySpan, second: _DaySpan) -> _DaySpan | None:
    """The days two groups span together, or None if that is too long for one story."""
    if first[0] is None:
        return second
    if second[0] is None:
        return first
    start, end = min(first[0], second[0]), max(first[1], second[1])
    return (start, end) if (end - start).days <= STORY_MAX_DAYS_APART else None


def _has_title(item: AnnotatedArticle) -> bool:
    """Whether the article has a headline of its own, not its file's name (clean's fallback)."""
    return item.article.title != item.article.id


def _earliest(items: Iterable[AnnotatedArticle]) -> AnnotatedArticle:
    return min(items, key=lambda item: (article_date(item) or "9999", item.article.id))


def _story_key(item: AnnotatedArticle) -> str:
    date = article_date(item)
    words = slugify(item.article.title).split("-")[:6]
    return "-".join(([date[:4]] if date else []) + words)


def _unique_keys(
    stories: list[Story], story_of: dict[str, str]
) -> tuple[list[Story], dict[str, str]]:
    seen: Counter[str] = Counter()
    unique = []
    for story in stories:
        seen[story.key] += 1
        key = story.key if seen[story.key] == 1 else f"{story.key}-{seen[story.key]}"
        unique.append(Story(key=key, title=story.title, article_ids=story.article_ids))
        for article_id in story.article_ids:
            story_of[article_id] = key
    return unique, story_of


def _cooccurring(passes: _Passes, share: range) -> dict[str, _Cooccurring]:
    """The COOCCURRING_LIMIT names most often in an article with each name of `share`
    (positions in `passes.names`), then A-Z."""
    names, numbers_of = passes.names, passes.numbers_of
    found = {}
    for number in share:
        name = names[number]
        sample = passes.entity_articles[name][:COOCCURRING_SAMPLE]
        counts = Counter(itertools.chain.from_iterable(numbers_of[i] for i in sample))
        del counts[number]
        # Only names counted at least as often as the LIMIT-th most frequent can
        # make the list: sorting those few is cheaper than ordering every name.
        floor = min(heapq.nlargest(COOCCURRING_LIMIT, counts.values()), default=0)
        candidates = [(other, count) for other, count in counts.items() if count >= floor]
        candidates.sort(key=lambda pair: (-pair[1], pair[0]))
        found[name] = tuple(
            (names[other], count) for other, count in candidates[:COOCCURRING_LIMIT]
        )
    return found


# The passes over the whole archive: related articles, shared wording and the
# names seen together. Each is cut into shares (of the articles, of the
# shingles' hash values, of the names) that run side by side on every core
# (parallel.fork_map): the shares of a pass are independent, and joined they
# give what one pass over everything gives.
SHARES_PER_JOB = 2
SHINGLE_VALUES = 2**32  # story_shingles packs unsigned 32-bit hashes

_SharedWording = tuple[Counter[tuple[int, int]], Counter[tuple[int, int]]]  # (few, many)
_Cooccurring = tuple[tuple[str, int], ...]  # (name, articles shared), most shared first


@dataclass(frozen=True, slots=True)
class _Passes:
    """What the passes read, made once before they are shared out."""

    articles: list[AnnotatedArticle]  # newest first
    entity_articles: Mapping[str, list[str]]
    order: dict[str, int]  # article id -> position in `articles`
    weights: dict[str, int]  # name -> its weight in related-article scores
    min_related_score: int  # the least score of a related article
    ids: list[str]  # the article ids A-Z: story grouping numbers articles in this order
    shingles: list[array[int]]  # of each article of `ids`, sorted
    days: list[int | None]  # of each article of `ids`
    outlets: list[str | None]  # of each article of `ids`
    names: list[str]  # the entities, A-Z: co-occurrence counts them as these numbers
    numbers_of: dict[str, list[int]]  # article id -> the numbers of the names it gives
    parts: int  # shares of each pass

    @classmethod
    def of(
        cls,
        articles: list[AnnotatedArticle],
        entity_articles: Mapping[str, list[str]],
        outlet_filed: Mapping[str, str],
        jobs: int,
    ) -> _Passes:
        by_id = {item.article.id: item for item in articles}
        ids = sorted(by_id)
        # Names are counted as numbers in A-Z order: counting small integers is
        # several times faster than counting strings, and ties still break A-Z.
        names = sorted(entity_articles)
        number_of = {name: number for number, name in enumerate(names)}
        return cls(
            articles=articles,
            entity_articles=entity_articles,
            order={item.article.id: position for position, item in enumerate(articles)},
            weights=_related_weights(entity_articles, len(articles)),
            min_related_score=_min_related_score(len(articles)),
            ids=ids,
            shingles=[_unpack(by_id[article_id].shingles) for article_id in ids],
            days=[_day_number(by_id[article_id]) for article_id in ids],
            outlets=[outlet_filed.get(by_id[i].article.outlet or "") for i in ids],
            names=names,
            numbers_of={
                item.article.id: [number_of[name] for name in item.annotation.entity_names()]
                for item in articles
            },
            parts=max(1, jobs) * SHARES_PER_JOB,
        )

    def run(
        self, jobs: int
    ) -> tuple[dict[str, list[str]], _SharedWording, dict[str, _Cooccurring]]:
        """Related articles by id, the shared wording, and co-occurring names by name."""
        values = split(SHINGLE_VALUES, self.parts)
        work = [
            share
            for part in range(self.parts)
            for share in (
                (_related, deal(len(self.articles), self.parts)[part]),
                (_shared_shingle_counts, values[part]),
                (_cooccurring, deal(len(self.names), self.parts)[part]),
            )
        ]
        done = fork_map(self._run_share, work, jobs)
        related: dict[str, list[str]] = {}
        few: Counter[tuple[int, int]] = Counter()
        many: Counter[tuple[int, int]] = Counter()
        cooccurring: dict[str, _Cooccurring] = {}
        for (kind, _), result in zip(work, done, strict=True):
            if kind is _related:
                related.update(result)
            elif kind is _shared_shingle_counts:
                few.update(result[0])
                many.update(result[1])
            else:
                cooccurring.update(result)
        in_order = {item.article.id: related[item.article.id] for item in self.articles}
        return in_order, (few, many), {name: cooccurring[name] for name in self.names}

    def _run_share(self, work: tuple[Callable[[_Passes, range], Any], range]) -> Any:
        function, share = work
        return function(self, share)
