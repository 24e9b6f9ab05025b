"""The signals the page-dump cleaner reads off each line, in one table.

`SIGNALS` turns the features of a line (`clean_features.LineFeatures`, measured
once by `clean_features.measure_page`) into a body score: every signal has a
name, a weight and, when it removes a line on its own, the plain-words reason
given for the removal. The thresholds the layout stage uses (core search,
headline, standfirst, crossheads, teasers) are in `THRESHOLDS`. Tuning the
cleaner means editing these tables, the word lists of `clean_words`, and the
caption marks of `clean_captions.CAPTION_MARKS`, not the code that applies them
(as jusText keeps its classifier thresholds and trafilatura its rules in one place).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .clean_dates import FEED_ITEM_MAX_LINES, FEED_MIN_ITEMS
from .clean_features import LineFeatures

REASON_WEB_ADDRESS = "a bare web address"
REASON_NO_WORDS = "no words, only numbers or symbols"
REASON_RECURRING = "recurs on other pages of the archive (template furniture)"
REASON_SHOUTED = "a headline in capitals (a link to another article)"
# Lines these signals remove may still be the page's headline (they say nothing against it).
REASONS_NOT_AGAINST_HEADLINE = frozenset((REASON_RECURRING, REASON_SHOUTED))


LONGEST = 1_000_000  # words: no line is longer


@dataclass(frozen=True, slots=True)
class Signal:
    """One named piece of evidence about a line.

    `weight` adds to the line's body score when the signal fires. A signal
    with `removes=True` makes the line boilerplate wherever it stands, and
    `reason` is then what the cleaner reports for it. A signal is only looked
    for on lines whose length in words is in the range `words`.
    """

    name: str
    weight: float
    fires: Callable[[LineFeatures], object]  # the signal fires when this is true
    reason: str = ""
    removes: bool = False
    words: tuple[int, int] = (0, LONGEST)  # the lengths of line (in words) it applies to


def always(features: LineFeatures) -> bool:
    """A signal that fires on every line its length range admits."""
    return True


def feature(name: str) -> Callable[[LineFeatures], object]:
    """A signal that fires when the named feature is set (true, or a non-empty phrase)."""
    return operator.attrgetter(name)


# A quotation, then its speaker and a verb of saying, in either order: '"No," she said.',
# '"Why?" asked Mr Kono.', '"That's correct," the minister added.'
_SPEAKER = r"(?:(?:[A-Z][\w.'’-]*|the [a-z]+)\s){0,2}(?:[A-Z][\w.'’-]*|the [a-z]+|s?he|they)"
_REPORTED_SPEECH = re.compile(
    r"^[\"“][^\"“”]{1,80}[,?!][\"”]\s(?:"
    + _SPEAKER
    + r"\s(?:said|says|added|asked|replied|wrote)|(?:said|says|added|asked|replied)\s"
    + _SPEAKER
    + r")\.$"
)


SIGNALS: tuple[Signal, ...] = (
    # evidence for running text
    # stop words, or failing a stop list for the language, lower-case words mark prose; a
    # sentence that opens a list or a quote ("Here are some of the highlights:") is one too
    Signal(
        "full_sentence",
        3.0,
        lambda f: (
            (f.ends_sentence or f.text.endswith(":"))
            and (f.stop_share >= 0.15 or f.lower_share >= 0.5)
        ),
        words=(8, LONGEST),
    ),
    Signal("long_line", 2.5, always, words=(20, LONGEST)),
    # long lower-case prose in a language the stop list does not cover
    Signal(
        "lower_case_prose",
        2.0,
        lambda f: f.stop_share < 0.08 and f.lower_share >= 0.7,
        words=(15, LONGEST),
    ),
    Signal("very_long_line", 2.0, always, words=(40, LONGEST)),
    Signal("stop_word_dense", 1.0, lambda f: f.stop_share >= 0.3, words=(5, LONGEST)),
    Signal(
        "short_sentence",
        1.0,
        lambda f: f.ends_sentence and f.stop_share >= 0.2,
        words=(4, 7),
    ),
    # a short quotation and who said it closes many articles ('"That's correct," Volker said.')
    Signal(
        "reported_speech", 2.0, lambda f: _REPORTED_SPEECH.match(f.text) is not None, words=(2, 12)
    ),
    # evidence against
    Signal("fragment", -1.5, lambda f: not f.ends_sentence, words=(0, 3)),
    Signal(
        "title_case_fragment",
        -1.0,
        lambda f: not f.ends_sentence and f.title_case_share >= 0.8,
        words=(2, 12),
    ),
    Signal("no_function_words", -1.0, lambda f: f.stop_share < 0.08, words=(4, LONGEST)),
    Signal("repeated_line", -1.5, lambda f: f.repeats > 1, words=(0, 7)),
    # decisive: boilerplate wherever they stand
    Signal(
        "other_script",
        -6.0,
        feature("other_script"),
        "written in another script than the article (an interface string)",
        removes=True,
    ),
    Signal(
        "furniture_phrase",
        -6.0,
        feature("furniture"),
        "site furniture ({furniture})",
        removes=True,
    ),
    Signal(
        "navigation_trail",
        -4.0,
        feature("navigation_trail"),
        "a navigation trail of section names",
        removes=True,
    ),
    Signal(
        "web_address",
        -4.0,
        feature("has_url"),
        REASON_WEB_ADDRESS,
        removes=True,
        words=(0, 11),
    ),
    Signal(
        "no_words",
        -3.0,
        lambda f: f.letters == 0,
        REASON_NO_WORDS,
        removes=True,
    ),
    Signal(
        "page_clock", -3.0, feature("clock"), "the page's clock (when it was saved)", removes=True
    ),
    Signal(
        "date_line",
        -2.0,
        feature("date_line"),
        "a date line (publication or update time)",
        removes=True,
    ),
    Signal("byline", -2.0, feature("byline"), "a byline", removes=True),
    Signal(
        "author_bio",
        -2.0,
        feature("author_bio"),
        "the heading of the author's biography",
        removes=True,
    ),
    # The last two decisive signals: a line they alone remove may still be the headline.
    # A long line in capitals inside the text links to another article (crossheads are short).
    Signal("shouted_headline", 0.0, feature("shouted_headline"), REASON_SHOUTED, removes=True),
    # No weight: the archive's template lines remove themselves, they do not move the article.
    Signal(
        "recurs_in_archive",
        0.0,
        feature("recurring"),
        REASON_RECURRING,
        removes=True,
    ),
)

# Counts of words, lines and copies (int), and scores and shares (float).
THRESHOLDS: dict[str, Any] = {
    # a line is body-like when its score reaches this
    "body_score": 2.5,
    # Kadane gain of a body-like line: base + words / per_words (capped)
    "gain_base": 1.0,
    "gain_per_words": 10.0,
    "gain_max_words": 80,
    # gain of a line that is neither body-like nor removed (headings, short lines)
    "gain_neutral": -0.5,
    # gain of a table row or a numbered item: a little, so a run of text goes on through a table
    "gain_table_or_list": 0.3,
    # a list the article numbers itself runs on while item n + 1 follows item n this closely
    "list_item_max_gap": 6,
    # a sentence over a credit alone on its line is its picture's caption up to this length
    "caption_max_words": 50,
    # ... and up to this one with a blank line between them: longer, it is a paragraph of the
    # text over a picture that has a credit and no caption
    "caption_apart_max_words": 20,
    # gain of a caption line inside the article (lets the core run through it)
    "gain_caption": 0.0,
    # gain of the attribution under a quote ("— Jane Doe"): neutral, as the quote's end
    "gain_attribution": 0.0,
    # no single line costs more than this (one stray prompt must not cut an article in two)
    "gain_floor": -3.0,
    # a box of related links holds at most this many headlines under its heading
    "related_box_max_lines": 6,
    # the link closing such a box ("More in Trump Impeachment Inquiry") is this short
    "box_closing_link_max_words": 6,
    # a headline in such a box has at least this many words ("Spacewalking into 'her-story'")
    "related_link_min_words": 2,
    # a feed of headlines: this many lines of this many words, with at most this share of
    # the run's text after it, ends the article
    "feed_min_lines": 3,
    "feed_headline_min_words": 4,
    "feed_headline_max_words": 16,
    "feed_max_share_after": 0.25,
    # once this much text has been read, "Comments" or "Related stories" ends the article
    "article_end_after_gain": 8.0,
    # and the text that follows counts for this share of its gain
    "weight_after_article_end": 0.3,
    # lines under a closing heading that, printed again, make it a box inside the article
    "repeated_box_min_lines": 2,
    # paragraphs cut off with an ellipsis, this many on a page, are excerpts of other stories
    "excerpts_min_lines": 3,
    # after the core, closing sentences this good are taken in too
    "near_body_score": 2.0,
    # under the text, details it lists (a meal plan, a show's tickets): each line stating a
    # figure adds this much, each other line that is not running text costs this much, and
    # they are the article's when their best run holds this many figures (two headlines of
    # other stories may state one each)
    "details_gain_figure": 1.0,
    "details_gain_other": -0.25,
    "details_min_figures": 3,
    # a list that the article's last sentence introduces with a colon runs this many lines
    # at most before the site's furniture
    "introduced_list_max_lines": 12,
    # the publisher's description of itself closing the article runs this many lines at most
    "publisher_blurb_max_lines": 4,
    # a later copy of a kept line this long is a pull quote or a repeat
    "repeat_min_words": 8,
    # but a line the core holds this many times is a question the article puts again and again
    "repeat_pattern_min_copies": 3,
    # a crosshead is at most this many words and does not end a sentence
    "heading_max_words": 12,
    # a run of at most this many crossheads that recur on the site's other pages, between
    # two paragraphs, is the article's (a section's heading and its subheading)
    "recurring_heading_max_lines": 3,
    # title candidates
    "title_min_words": 2,
    # a line above a standfirst-like line is its headline only if it has this many words
    "headline_min_words": 4,
    "title_max_words": 30,
    # the longest headline-like line above the text is the headline; beyond this length
    # a longer line is no more likely to be it
    "title_weight_max_words": 16,
    "standfirst_min_words": 8,
    "standfirst_max_words": 60,
    # a standfirst is written as a sentence, not in title case
    "title_case_share": 0.8,
    # how far above the article's first line the headline may stand (non-blank lines)
    "head_window": 12,
    # ... and how far above that window, when a byline or a date line signs it there
    "signed_headline_max_lines_above": 100,
    # a feed of dated headlines sets them this many lines apart at most ("Headline" /
    # "Jane Doe 11/13/19 9:00AM" / "72" / "60.9K" / "Headline" / ...)
    "feed_item_max_lines": FEED_ITEM_MAX_LINES,
    # ... and holds at least this many, set at the same interval, when it fills the window
    "feed_min_items": FEED_MIN_ITEMS,
    # an entry of the site's menu: a few words in Title Case; a short signed line under
    # this many of them is the headline
    "menu_entry_max_words": 3,
    "menu_entries_over_headline": 3,
    # a paragraph opening with a dateline this far under the start of a run of text
    # begins the story (the short lines above it are not its text)
    "dateline_max_lines_below_start": 3,
    # sentences in a box of key points over a picture and the story's dateline
    "summary_box_max_lines": 5,
    # a run of text may open with at most this many lines above the real headline
    "headline_cut_max_lines": 3,
    # teaser: a caption-like line followed by at most this many short headline lines
    "teaser_max_lines": 2,
    "teaser_max_words": 16,
    "teaser_headline_min_words": 3,
}


def weigh(features: LineFeatures) -> tuple[float, str]:
    """(body score, removal reason) of a line: the sum of the weights of the signals that
    fire, and the reason of the first decisive one ("" if none fires)."""
    return weigh_all([features])[0]


def weigh_all(lines: list[LineFeatures]) -> list[tuple[float, str]]:
    """`weigh` for many lines at once: each signal is run over all the lines of the length
    it applies to in one pass, which is much faster than running the table line by line."""
    # the lines in order of length, so that a signal's lines are one slice of them
    lengths = [line.words for line in lines]
    order = sorted(range(len(lines)), key=lengths.__getitem__)
    sorted_lengths = [lengths[index] for index in order]
    sorted_lines = [lines[index] for index in order]
    scores = [0.0] * len(lines)
    removals: list[Signal | None] = [None] * len(lines)
    for signal in SIGNALS:
        shortest, longest = signal.words
        first = bisect.bisect_left(sorted_lengths, shortest)
        last = bisect.bisect_right(sorted_lengths, longest)
        fired: Iterable[int]
        if signal.fires is always:
            fired = order[first:last]
        else:
            fires = map(signal.fires, sorted_lines[first:last])
            fired = itertools.compress(order[first:last], fires)
        for index in fired:
            scores[index] += signal.weight
            if signal.removes and removals[index] is None:
                removals[index] = signal
    return [
        (score, "" if removal is None else _reason(removal, features))
        for score, removal, features in zip(scores, removals, lines, strict=True)
    ]


def _reason(signal: Signal, features: LineFeatures) -> str:
    if "{" not in signal.reason:
        return signal.reason  # most reasons are fixed words: nothing to fill in
    return signal.reason.format(furniture=repr(features.furniture))
