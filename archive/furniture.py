"""Template furniture an archive learns from itself: list[Source] -> Furniture.

A short line that recurs on the pages of several different stories ("Make Us
Your Homepage", "Real Time Analytics", a section menu) is the site's template,
not anybody's article, so an archive cleans better as it grows. This is the
one corpus pre-pass of the clean stage: `learn_furniture` reads every page
dump once, and `clean(source, furniture.lines_in(source))` then removes the
recurring lines of that page.

What does not count:
- prose: a line written as a sentence, or a long one. Wire copy repeats whole
  paragraphs and quotes across outlets; they are the article, not furniture;
- recurrence within one story: pages that share several long lines of prose
  are copies of the same story (a wire report in three outlets), and its
  crossheads and headline recur with it. Recurrence is counted in stories,
  not files.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field

from .ingest import with_text
from .model import Source

# A line recurring in this many different stories is furniture.
MIN_STORIES = 3
# Furniture is short: menus, prompts, labels.
MAX_WORDS = 10
# A sentence of at least this many words is prose, whatever else it is.
SENTENCE_MIN_WORDS = 4
# Two pages sharing this many long lines of prose are copies of one story.
SAME_STORY_SHARED_LINES = 2
STORY_LINE_MIN_WORDS = 15
# A long line on more pages than this is a site's own blurb, not a story's
# text, unless the pages share most of their long lines: a wire story that
# many outlets ran.
MAX_STORY_COPIES = 12
COPY_MIN_SHARE = 0.5

_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")


def normalise_line(text: str) -> str:
    """The form under which a line is compared across pages: spaces collapsed, case folded."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Furniture:
    """The normalised lines that recur across the archive's stories."""

    lines: frozenset[str] = frozenset()
    # Each learned page's share, found while learning: reading a page's lines
    # again costs as much as learning from it.
    shares: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, compare=False)

    def lines_in(self, source: Source) -> frozenset[str]:
        """The recurring lines present in one source (its share of the archive's furniture).

        Part of the source's cache key: its clean changes only when this set does.
        """
        if not self.lines or source.format != "txt":
            return frozenset()
        share = self.shares.get((source.id, source.digest))
        if share is None:
            share = frozenset(_page_lines(with_text(source).contents) & self.lines)
        return share


def learn_furniture(
    sources: list[Source], min_stories: int = MIN_STORIES, read: PageLines | None = None
) -> Furniture:
    """The short, non-prose lines that recur in at least `min_stories` different stories.

    Only page dumps (.txt) are read: Markdown and HTML sources have no template lines.
    `read`: the dumps' lines as `read_pages` gives them, when the caller keeps them.
    """
    dumps = sorted((source for source in sources if source.format == "txt"), key=_source_order)
    read = read_pages(dumps, read)
    distinct = read.distinct  # line number -> line
    pages = [read.pages[source.digest] for source in dumps]
    word_counts = read.word_counts
    stories = _story_of_page(pages, word_counts)
    may_be = [
        _may_be_furniture(line, words) for line, words in zip(distinct, word_counts, strict=True)
    ]
    seen_in: dict[int, set[int]] = {}
    for page, story in zip(pages, stories, strict=True):
        for line in page:
            if may_be[line]:
                seen_in.setdefault(line, set()).add(story)
    recurring = {line for line, found in seen_in.items() if len(found) >= min_stories}
    shares = {
        (source.id, source.digest): frozenset(distinct[line] for line in page if line in recurring)
        for source, page in zip(dumps, pages, strict=True)
    }
    return Furniture(frozenset(distinct[line] for line in recurring), shares)


@dataclass(slots=True)
class PageLines:
    """The page dumps as numbered lines: each distinct line once, each page as its numbers.

    The pages of a large archive take megabytes this way, not hundreds of
    them. Splitting pages into lines is most of the cost of learning, and
    the same bytes always give the same lines, so a build keeps this between
    builds and reads only the pages it has not seen.
    """

    distinct: list[str] = field(default_factory=list)  # line number -> line
    word_counts: list[int] = field(default_factory=list)  # line number -> words in it
    pages: dict[str, array[int]] = field(default_factory=dict)  # digest -> sorted line numbers


def read_pages(dumps: list[Source], known: PageLines | None = None) -> PageLines:
    """The lines of these page dumps, reusing what `known` read of the same bytes.

    The result holds these dumps only; lines that only pages no longer
    present had are dropped, so what is kept does not grow with every edit.
    """
    digests = {source.digest for source in dumps}
    if known is None or not digests.issuperset(known.pages):
        known = _without_other_pages(known, digests)
    read = PageLines(list(known.distinct), list(known.word_counts), {})
    number_of: dict[str, int] | None = None  # made only if a page is new
    for source in dumps:
        page = known.pages.get(source.digest)
        if page is None:
            if number_of is None:
                number_of = {line: number for number, line in enumerate(read.distinct)}
            page = _numbered(_page_lines(with_text(source).contents), number_of, read)
        read.pages[source.digest] = page
    return read


def _numbered(lines: set[str], number_of: dict[str, int], read: PageLines) -> array[int]:
    for line in lines:
        if line not in number_of:
            number_of[line] = len(read.distinct)
            read.distinct.append(line)
            read.word_counts.append(len(line.split()))
    return array("I", sorted(number_of[line] for line in lines))


def _without_other_pages(known: PageLines | None, digests: set[str]) -> PageLines:
    """`known` with only these pages and their lines, numbered afresh."""
    if known is None:
        return PageLines()
    kept = {digest: page for digest, page in known.pages.items() if digest in digests}
    used = sorted(set().union(*kept.values()))
    renumber = {old: new for new, old in enumerate(used)}
    return PageLines(
        [known.distinct[number] for number in used],
        [known.word_counts[number] for number in used],
        {digest: array("I", [renumber[old] for old in page]) for digest, page in kept.items()},
    )


def _source_order(source: Source) -> tuple[str, str]:
    return source.id, source.path


def _page_lines(text: str) -> set[str]:
    lines = {" ".join(line.split()).casefold() for line in text.split("\n")}
    lines.discard("")
    return lines


def _may_be_furniture(line: str, words: int) -> bool:
    if not words or words > MAX_WORDS:
        return False
    return not (words >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(line))


def _story_of_page(pages: list[array[int]], word_counts: list[int]) -> list[int]:
    """A story number for every page: pages sharing enough long prose lines share one.

    A long line on a few pages counts for every pair of them. One on more
    counts for each page and the next that has it (the union of those pairs
    joins them all, at a cost that grows with the pages, not their square),
    and joins two pages only if it is most of their long lines, as in copies
    of one report: a site's blurb under every article is not.
    """
    parent = list(range(len(pages)))

    def root(page: int) -> int:
        while parent[page] != page:
            parent[page] = parent[parent[page]]
            page = parent[page]
        return page

    pages_with: dict[int, list[int]] = {}
    long_lines = [0] * len(pages)
    for number, page in enumerate(pages):
        for line in page:
            if word_counts[line] >= STORY_LINE_MIN_WORDS:
                pages_with.setdefault(line, []).append(number)
                long_lines[number] += 1
    shared: Counter[tuple[int, int]] = Counter()
    copied: Counter[tuple[int, int]] = Counter()
    for numbers in pages_with.values():
        if len(numbers) > MAX_STORY_COPIES:
            copied.update(itertools.pairwise(numbers))
        else:
            shared.update(itertools.combinations(numbers, 2))
    for (first, second), count in sorted(shared.items()):
        if count >= SAME_STORY_SHARED_LINES:
            parent[root(second)] = root(first)
    for (first, second), count in sorted(copied.items()):
        together = count + shared[first, second]
        least = COPY_MIN_SHARE * min(long_lines[first], long_lines[second])
        if together >= max(SAME_STORY_SHARED_LINES, least):
            parent[root(second)] = root(first)
    return [root(page) for page in range(len(pages))]
