"""Template furniture learned from the archive itself, on small made-up archives."""

from __future__ import annotations

import hashlib
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.clean import clean
from archive.furniture import Furniture, learn_furniture, normalise_line, read_pages
from archive.model import Source

STORIES = [
    [
        "The two ministers met in the capital on Sunday to discuss trade, security and the "
        "long dispute over the islands.",
        "Officials said the talks had been frank and useful, and that both sides wanted to "
        "meet again before the summer.",
        "A spokesman told reporters that no agreement had been signed but that the mood had "
        "been good.",
    ],
    [
        "Heavy rain flooded the low-lying districts of the city overnight, and the river "
        "rose higher than at any time since records began.",
        "Emergency services said hundreds of people had been moved to schools and sports "
        "halls, and that more rain was expected.",
        "The mayor asked residents to stay at home and to keep away from the river banks "
        "until the water had gone down.",
    ],
    [
        "The club announced on Friday that its manager would leave at the end of the season "
        "after eleven years in charge of the team.",
        "He won the league three times and the cup twice, and took the club into Europe for "
        "the first time in its history.",
        "The board said it would name his successor before the start of the summer transfer "
        "window, when the squad is rebuilt.",
    ],
    [
        "Scientists said on Tuesday that a new telescope had found water vapour in the "
        "atmosphere of a planet far beyond the solar system.",
        "The planet is about twice the size of the Earth and orbits a small red star, some "
        "hundred light years away from us.",
        "The team said more observations were needed before anyone could say whether the "
        "planet could support any form of life.",
    ],
]
HEADLINES = [
    "Ministers Meet To Mend Ties",
    "Floods Hit The City",
    "Manager To Leave Club",
    "Water Found On Far Planet",
]
QUOTE = (
    "“We will not give up our efforts to bring relations back on the track of normal and "
    "healthy development,” the minister said."
)


def dump(name: str, *lines: str) -> Source:
    text = "\n\n".join(lines)
    return Source(
        id=name,
        slug=name,
        path=f"seeds/{name}.txt",
        format="txt",
        text=text,
        digest=hashlib.sha256(text.encode()).hexdigest(),
    )


def site_page(number: int, *extra: str) -> Source:
    paragraphs = STORIES[number]
    return dump(
        f"page{number}",
        "Daily Planet",
        HEADLINES[number],
        paragraphs[0],
        "Real Time Analytics",
        *paragraphs[1:],
        *extra,
    )


def roles(article) -> dict[str, str]:
    return {line.text: line.role for line in article.lines}


def test_a_line_on_three_pages_of_one_site_is_removed():
    sources = [site_page(number) for number in range(3)]
    furniture = learn_furniture(sources)
    assert "real time analytics" in furniture.lines
    article = clean(sources[0], furniture.lines_in(sources[0]))
    line = next(line for line in article.lines if line.text == "Real Time Analytics")
    assert line.role == "boilerplate"
    assert line.reason == "recurs on other pages of the archive (template furniture)"
    assert "Real Time Analytics" not in article.body_text
    assert article.paragraphs == STORIES[0]


def test_a_line_on_two_pages_is_not_learned():
    furniture = learn_furniture([site_page(0), site_page(1)])
    assert "real time analytics" not in furniture.lines


def test_the_same_long_quoted_sentence_in_three_articles_is_kept():
    sources = [site_page(number, QUOTE) for number in range(3)]
    furniture = learn_furniture(sources)
    assert normalise_line(QUOTE) not in furniture.lines
    article = clean(sources[1], furniture.lines_in(sources[1]))
    assert roles(article)[QUOTE] == "body"


def test_crosshead_of_one_story_copied_by_three_outlets_is_kept():
    """A wire report in three outlets: its crosshead recurs, but in one story only."""
    paragraphs = STORIES[0]
    copies = [
        dump(
            f"outlet{number}",
            f"Outlet {number} News",
            HEADLINES[0],
            *paragraphs[:2],
            "A difficult history",
            paragraphs[2],
        )
        for number in range(3)
    ]
    furniture = learn_furniture(copies)
    assert "a difficult history" not in furniture.lines
    assert normalise_line(HEADLINES[0]) not in furniture.lines
    assert clean(copies[0], furniture.lines_in(copies[0])).headings == ["A difficult history"]


def test_a_recurring_line_that_is_the_headline_stays_the_title():
    sources = [site_page(number) for number in range(3)]
    article = clean(sources[0], frozenset({normalise_line(HEADLINES[0])}))
    assert article.title == HEADLINES[0]
    assert roles(article)[HEADLINES[0]] == "title"


def test_lines_in_gives_only_the_lines_of_that_page():
    sources = [site_page(number) for number in range(3)]
    furniture = Furniture(frozenset({"real time analytics", "not on any page"}))
    assert furniture.lines_in(sources[2]) == frozenset({"real time analytics"})


def test_furniture_is_picklable_and_frozen():
    furniture = learn_furniture([site_page(number) for number in range(3)])
    assert pickle.loads(pickle.dumps(furniture)) == furniture
    assert hash(furniture) == hash(pickle.loads(pickle.dumps(furniture)))


def test_markdown_and_html_sources_have_no_furniture():
    source = Source("a", "a", "content/a.md", "md", "Real Time Analytics", "0")
    assert Furniture(frozenset({"real time analytics"})).lines_in(source) == frozenset()


def test_no_furniture_changes_nothing():
    source = site_page(0)
    assert clean(source, frozenset()) == clean(source)


LINES = st.sampled_from(
    [*STORIES[0], *STORIES[1], *HEADLINES, "Real Time Analytics", "Home", "Share", QUOTE, ""]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=20), st.sets(st.sampled_from(range(20))))
def test_a_recurring_line_is_removed_unless_it_is_the_title(lines, chosen):
    source = dump("generated", *lines)
    furniture = frozenset(normalise_line(lines[index]) for index in chosen if index < len(lines))
    article = clean(source, furniture)
    for line in article.lines:
        if normalise_line(line.text) in furniture:
            assert line.role in ("boilerplate", "title")


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(4)))
def test_learning_does_not_depend_on_the_order_of_the_pages(order):
    sources = [site_page(number) for number in range(4)]
    assert learn_furniture([sources[index] for index in order]) == learn_furniture(sources)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(range(4))), st.sets(st.sampled_from(range(4)), min_size=1))
def test_learning_from_pages_read_before_learns_the_same(before, now):
    """A rebuild reuses the lines of the pages read last time, whichever came or went."""
    pages = [site_page(number) for number in range(4)]
    known = read_pages([pages[number] for number in sorted(before)])
    sources = [pages[number] for number in sorted(now)]
    read = read_pages(sources, known)
    learned = learn_furniture(sources, read=read)
    assert learned == learn_furniture(sources)
    assert learned.shares == learn_furniture(sources).shares
    # only these pages and their lines are kept, so the cache does not grow with every edit
    assert set(read.pages) == {source.digest for source in sources}
    assert set(read.distinct) == set().union(*(read_pages([s]).distinct for s in sources))
