"""Template furniture learned from the archive itself, on small made-up archives."""

from __future__ import annotations

import hashlib
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.clean import clean
from archive.clean_signals import REASON_RECURRING
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
    """A page of one site: its masthead, a story, and a line its template sets under it."""
    return dump(
        f"page{number}",
        "Daily Planet",
        HEADLINES[number],
        *STORIES[number],
        *extra,
        "Real Time Analytics",
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


def wire_copies(outlets: int) -> list[Source]:
    """One wire report as each of `outlets` outlets printed it, under its own masthead."""
    paragraphs = STORIES[0]
    return [
        dump(
            f"outlet{number}",
            f"Outlet {number} News",
            HEADLINES[0],
            *paragraphs[:2],
            "A difficult history",
            paragraphs[2],
        )
        for number in range(outlets)
    ]


def test_crosshead_of_one_story_copied_by_three_outlets_is_kept():
    """A wire report in three outlets: its crosshead recurs, but in one story only."""
    copies = wire_copies(3)
    furniture = learn_furniture(copies)
    assert "a difficult history" not in furniture.lines
    assert normalise_line(HEADLINES[0]) not in furniture.lines
    assert clean(copies[0], furniture.lines_in(copies[0])).headings == ["A difficult history"]


def test_headline_and_crosshead_of_a_story_twenty_outlets_ran_are_not_furniture():
    """More copies than a site's blurb may have (MAX_STORY_COPIES): still one story."""
    others = [site_page(number) for number in range(1, 4)]
    furniture = learn_furniture(wire_copies(20) + others)
    assert "a difficult history" not in furniture.lines
    assert normalise_line(HEADLINES[0]) not in furniture.lines
    assert "real time analytics" in furniture.lines


def _own_story(number: int) -> list[str]:
    """Three paragraphs of prose that no other page has."""
    return [
        f"Paragraph {part} of report {number} tells what happened in the town on that day, "
        f"who was there, and what the council decided to do about it."
        for part in ("one", "two", "three")
    ]


def test_a_sites_long_blurbs_under_twenty_articles_do_not_make_them_one_story():
    blurbs = (
        "Daily Planet is the independent newspaper of the valley, written by its readers and "
        "its reporters since the year it was founded.",
        "Sign up to our morning newsletter to get the stories that matter to the valley in "
        "your inbox before breakfast every day.",
    )
    pages = [
        dump(f"page{number}", "Daily Planet", f"Report {number}", *_own_story(number), *blurbs)
        for number in range(20)
    ]
    assert "daily planet" in learn_furniture(pages).lines


def test_a_recurring_line_that_is_the_headline_stays_the_title():
    sources = [site_page(number) for number in range(3)]
    article = clean(sources[0], frozenset({normalise_line(HEADLINES[0])}))
    assert article.title == HEADLINES[0]
    assert roles(article)[HEADLINES[0]] == "title"


# One outlet's pages: the template's lines around each story, and what the site writes into
# all its stories. The archive learns both as recurring; only the template is furniture.
TEMPLATE_TOP = ("Daily Planet", "World", "Business", "Sport")
TEMPLATE_BOTTOM = ("Real Time Analytics", "Daily Planet Weekend Picks")


# What each story says after a crosshead, under its last paragraph above.
MORE = [
    "Both governments are expected to publish a joint statement after the next round, "
    "which diplomats say could come before the end of the year.",
    "Engineers will inspect the flood walls once the water has gone down, and the council "
    "has promised a report on what went wrong within a month.",
    "The players were told of the decision at the training ground on Friday morning, and "
    "several of them paid tribute to him on social media.",
    "The next observations are planned for the spring, when the planet passes in front of "
    "its star again and its light can be measured once more.",
]


def outlet_page(number: int, *lines: str) -> Source:
    return dump(f"outlet{number}", *TEMPLATE_TOP, *lines, *TEMPLATE_BOTTOM)


def learned_and_cleaned(pages: list[Source]) -> list:
    furniture = learn_furniture(pages)
    return [clean(page, furniture.lines_in(page)) for page in pages]


@pytest.mark.parametrize(
    ("crossheads", "prompts"),
    [
        (("What happens next",), ()),
        (("The verdict",), ("Advertisement",)),  # an advertisement's label over it
        (("Background", "How it began"), ()),  # a section's heading, and its subheading
    ],
)
def test_crossheads_the_site_writes_into_every_story_are_kept(crossheads, prompts):
    pages = [
        outlet_page(
            number,
            HEADLINES[number],
            "By Jane Doe",
            *STORIES[number][:2],
            *prompts,
            *crossheads,
            STORIES[number][2],
            MORE[number],
        )
        for number in range(4)
    ]
    assert normalise_line(crossheads[0]) in learn_furniture(pages).lines
    for number, article in enumerate(learned_and_cleaned(pages)):
        assert article.title == HEADLINES[number]
        assert article.headings == list(crossheads)
        assert article.paragraphs == [*STORIES[number], MORE[number]]
        for line in (*TEMPLATE_TOP, *TEMPLATE_BOTTOM, *prompts):
            assert roles(article)[line] == "boilerplate"


def test_a_recurring_line_under_the_text_is_still_the_sites():
    """Under the story, a heading-shaped line of the template is no crosshead."""
    pages = [outlet_page(number, HEADLINES[number], *STORIES[number]) for number in range(3)]
    for article in learned_and_cleaned(pages):
        assert not article.headings
        reasons = {line.text: line.reason for line in article.lines}
        assert reasons["Daily Planet Weekend Picks"] == REASON_RECURRING


def test_a_columns_headline_recurring_on_the_site_stays_the_title():
    standfirsts = [
        "Our report on the talks misstated the date of the next meeting.",
        "A report on the floods gave the wrong name for the river.",
        "An article about the club misspelt the name of its manager.",
    ]
    headline = "Corrections and clarifications"
    pages = [
        outlet_page(
            number, headline, standfirsts[number], f"{number + 3} November 2019", *STORIES[number]
        )
        for number in range(3)
    ]
    assert normalise_line(headline) in learn_furniture(pages).lines
    for number, article in enumerate(learned_and_cleaned(pages)):
        assert article.title == headline
        assert article.standfirst == standfirsts[number]


def test_a_recurring_prompt_does_not_join_a_banner_to_the_headline_under_it():
    """A prompt the archive learned between a banner and the headline is no section label
    between a headline and its standfirst: the headline is the signed line."""
    headlines = [
        "Ministers meet in the capital to mend their ties",
        "Heavy rain floods the low districts of the city",
        "The club says its manager will leave in the summer",
    ]
    pages = [
        dump(
            f"banner{number}",
            "Welcome to the Daily Planet's new reading experience",
            "Learn More",
            headlines[number],
            "Jane Doe Associated Press",
            f"Published 11:34 PM EST Nov {number + 18}, 2019",
            *STORIES[number],
        )
        for number in range(3)
    ]
    assert "learn more" in learn_furniture(pages).lines
    for number, article in enumerate(learned_and_cleaned(pages)):
        assert article.title == headlines[number]


def test_the_header_row_of_the_sites_tables_is_kept_with_the_table():
    header = "Pos\tPlayer\tPlays"
    players = ["Tom Abe", "Ben Brandt", "Hiro Castillo", "Omar Dumas"]
    pages = [
        outlet_page(
            number,
            HEADLINES[number],
            STORIES[number][0],
            header,
            f"DL\t{players[number]}\t{60 + number}",
            f"LB\t{players[number + 1]}\t{50 + number}",
            *STORIES[number][1:],
        )
        for number in range(3)
    ]
    assert normalise_line(header) in learn_furniture(pages).lines
    for article in learned_and_cleaned(pages):
        assert roles(article)[header] == "body"
        assert article.paragraphs[1] == header


def test_a_table_that_recurs_whole_does_not_cut_the_story_in_two():
    """The same table of prices in three stories of a day is learned, and removed; but the
    story runs on over it, as over any table."""
    rows = [
        "Ticker\tSecurity\tLast\tChange",
        "ACME\tACME WIDGETS INC.\t25.86\t-1.29",
        "GLBX\tGLOBEX CORP.\t113.40\t-1.62",
    ]
    pages = [
        outlet_page(number, HEADLINES[number], STORIES[number][0], *rows, *STORIES[number][1:])
        for number in range(3)
    ]
    for number, article in enumerate(learned_and_cleaned(pages)):
        assert article.title == HEADLINES[number]
        assert article.paragraphs == STORIES[number]


def test_recurring_links_in_a_box_between_paragraphs_are_removed_with_the_box():
    """A box of links the site sets in many stories ("More:" and three headlines) under the
    story's first paragraph is removed as a box of links, as it would be if the archive
    had not learned them; the story runs on over it, from its first paragraph."""
    links = [
        "Officials hope for island talks next spring",
        "Young people must be heard on the islands",
        "Neighbours invite both sides for two days of talks",
    ]
    pages = [
        outlet_page(
            number,
            HEADLINES[number],
            f"{number + 3} November 2019",
            " ".join(STORIES[number][:2]),
            "More:",
            *links,
            STORIES[number][2],
            MORE[number],
        )
        for number in range(3)
    ]
    for number, article in enumerate(learned_and_cleaned(pages)):
        assert article.title == HEADLINES[number]
        assert article.paragraphs == [
            " ".join(STORIES[number][:2]),
            STORIES[number][2],
            MORE[number],
        ]
        assert {roles(article)[link] for link in links} == {"boilerplate"}


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
def test_a_recurring_line_is_removed_unless_it_is_the_title_or_a_crosshead(lines, chosen):
    source = dump("generated", *lines)
    furniture = frozenset(normalise_line(lines[index]) for index in chosen if index < len(lines))
    article = clean(source, furniture)
    for position, line in enumerate(article.lines):
        if normalise_line(line.text) not in furniture or line.role in ("boilerplate", "title"):
            continue
        # a crosshead, with running text over and under it (past the site's prompts)
        assert line.role == "heading"
        assert _paragraph_next_to(article.lines, position, -1, furniture)
        assert _paragraph_next_to(article.lines, position, 1, furniture)


def _paragraph_next_to(lines, position: int, step: int, recurring: frozenset[str]) -> bool:
    """Whether the first line on from `position` that is neither a prompt nor a recurring
    heading is a paragraph."""
    position += step
    while 0 <= position < len(lines) and (
        lines[position].reason.startswith("site furniture")
        or normalise_line(lines[position].text) in recurring
    ):
        position += step
    return 0 <= position < len(lines) and len(lines[position].text.split()) >= 15


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
