"""Links to other stories that a page sets in or under an article's text.

Takes a page's scored lines (`clean_lines.Scored`) and finds: a feed of headlines
for other stories, which ends the article (`cut_at_feed`); a box the page prints
again between paragraphs (`repeated_box`); a box of related stories under its
heading (`related_links`, `is_related_box_heading`) or over the link that closes it
(`related_links_above`, `closes_related_box`); a teaser, a caption with the
headline of another article (`teaser_lines`). The gains (`clean_gains`), the core
search (`clean_core`) and the roles inside the core (`clean_layout`) read them.
"""

from __future__ import annotations

from .clean_features import PRICE
from .clean_lines import Scored
from .clean_signals import THRESHOLDS
from .clean_words import RELATED_BOX_PHRASES


def cut_at_feed(scored: list[Scored], start: int, end: int) -> int:
    """An article ends above a feed of headlines for other stories that the run took in.

    A feed is a run of lines shaped like headlines (no sentence, a few words each, no
    numbers or amounts of a list); it ends the article when little of the run's text follows it
    (a list in the middle of an article is followed by more of the article) and the
    text does not introduce it with a colon.
    """
    gains = [item.gain if item.body_like else 0.0 for item in scored[start : end + 1]]
    total = sum(gains)
    run = 0
    for index in range(start, end + 1):
        # ("Drink during your workout" / "Beachbody Performance Recover, 1 cup blueberries"
        # in a meal plan are its details, not headlines)
        item = scored[index]
        run = run + 1 if _is_feed_headline(item) and not item.in_details else 0
        if run < THRESHOLDS["feed_min_lines"]:
            continue
        first = index - run + 1
        if first > start and scored[first - 1].features.text.endswith(":"):
            continue  # a list the text introduces ("The main points:") is the article's
        after = sum(gains[index + 1 - start :])
        if after <= THRESHOLDS["feed_max_share_after"] * total:
            # and the feed's own heading ("More Stories") above it
            if first - 1 > start and not scored[first - 1].body_like:
                first -= 1
            return first - 1
    return end


def _is_feed_headline(
    item: Scored,
    min_words: int = THRESHOLDS["feed_headline_min_words"],
    amounts: bool = False,  # a headline may count things: "7 key moments from ..."
) -> bool:
    features = item.features
    return (
        not item.body_like
        and not item.caption
        and not features.ends_sentence
        and not features.text.endswith(":")
        and not features.item_number
        and (amounts or not features.amount_item)
        and not features.table_row
        and min_words <= features.words <= THRESHOLDS["feed_headline_max_words"]
    )


def related_links(scored: list[Scored], heading: int, end: int) -> list[int]:
    """The headlines under the heading of a box of related stories, up to the article's
    next paragraph or picture, or the heading of the next box."""
    links: list[int] = []
    index = heading + 1
    min_words = THRESHOLDS["related_link_min_words"]
    while index <= end and len(links) < THRESHOLDS["related_box_max_lines"]:
        item = scored[index]
        if item.removal or not _is_feed_headline(item, min_words):
            break
        links.append(index)
        index += 1
    following = scored[index] if index <= end else None
    if following is None or not (
        following.body_like or following.caption or is_related_box_heading(following)
    ):
        return []  # the box runs into something else than the article's next paragraph
    return links


def closes_related_box(item: Scored) -> bool:
    """The link that closes a box of other stories set between two paragraphs: "More in
    Trump Impeachment Inquiry", "More from Sportsnet"."""
    features = item.features
    return (
        features.furniture in BOX_CLOSING_PHRASES
        and features.words <= THRESHOLDS["box_closing_link_max_words"]
        and features.text[: len(features.furniture)].lower() == features.furniture
    )


BOX_CLOSING_PHRASES = frozenset(("more in", "more from"))


def related_links_above(scored: list[Scored], closing: int, start: int) -> list[int]:
    """The headlines over the link that closes a box ("Trump Impeachment Inquiry" /
    "Watch live: Sondland testifies ..." / "7 key moments from Tuesday's hearing" / "More
    in Trump Impeachment Inquiry"), up to the article's paragraph over the box: at least
    two of them, or none."""
    links: list[int] = []
    index = closing - 1
    while (
        index >= start
        and len(links) <= THRESHOLDS["related_box_max_lines"]
        and _is_box_link(scored[index])
    ):
        links.append(index)
        index -= 1
    if len(links) < 2 or index < start or not scored[index].body_like:
        return []
    return links


def _is_box_link(item: Scored) -> bool:
    """A headline in a box of links: a few words, no sentence ("7 key moments from ..."
    counts things, it is no amount of a list)."""
    return not item.removal and _is_feed_headline(
        item, THRESHOLDS["related_link_min_words"], amounts=True
    )


def is_related_box_heading(item: Scored) -> bool:
    """The heading of a box of links, only the phrase ("Related stories", "More:"), not a
    link of its own ("Related: Europa's plumes in pictures")."""
    features = item.features
    return (
        features.furniture in RELATED_BOX_PHRASES
        and features.words <= len(features.furniture.split()) + 1
    )


def repeated_box(scored: list[Scored], heading: int, end: int) -> list[int]:
    """The heading and the lines of a box that the page prints more than once, up to
    `end`; none if the lines under the heading are not printed again, or are furniture."""
    if scored[heading].features.repeats < 2:
        return []
    box = [heading]
    while box[-1] < end and _in_repeated_box(scored[box[-1] + 1]):
        box.append(box[-1] + 1)
    return box if len(box) > THRESHOLDS["repeated_box_min_lines"] else []


def _in_repeated_box(item: Scored) -> bool:
    """A line printed again under a box's heading: a link, not a button of its own
    (a bar of "Share on Facebook", "Share on Twitter" printed over and under the text)."""
    return item.features.repeats > 1 and not item.features.furniture


def teaser_lines(scored: list[Scored], caption: int, end: int) -> list[int]:
    """The headline lines that follow a caption when the two advertise another article."""
    lines: list[int] = []
    index = caption + 1
    while index <= end and len(lines) < THRESHOLDS["teaser_max_lines"]:
        item = scored[index]
        if item.caption or item.removal or item.features.ends_sentence:
            break
        if item.features.words > THRESHOLDS["teaser_max_words"]:
            break
        lines.append(index)
        index += 1
    has_headline = any(
        scored[line].features.words >= THRESHOLDS["teaser_headline_min_words"]
        and scored[line].features.title_case_share >= THRESHOLDS["title_case_share"]
        for line in lines
    )
    if not has_headline or index > end or not scored[index].body_like:
        return []
    if any(PRICE.search(scored[line].features.text) for line in lines):
        return []  # a buying guide's product and its price: "AirPods Pro for $235"
    return lines
