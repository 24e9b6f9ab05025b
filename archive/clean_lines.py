"""A page's lines as the layout reads them, and the shapes of a line that several
steps of the layout ask about.

Takes a line's features (`clean_features.LineFeatures`) with its weight
(`clean_signals.weigh_all`); gives `Scored`, the line with its body score, removal
reason, caption mark and what it adds to a run of text, which every step reads and
adjusts (`clean_gains.score` builds them); `Verdict`, the role the layout gives a
line; and whether a line is shaped as a headline (`Scored.headline_like`), a
crosshead (`is_crosshead`, `heading_shaped`), a detail of a list (`is_detail`), the
heading of a box of key points (`is_box_heading`) or a short name (`is_short_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean_features import LineFeatures
from .clean_signals import REASONS_NOT_AGAINST_HEADLINE, THRESHOLDS

# A headline ends with none of these (a sentence, a lead-in, a clause), in Latin or
# Chinese and Japanese punctuation, or with the full stop of Myanmar, Khmer or the scripts
# of India (a notice: "These links open in a new page.").
_LEAD_IN_ENDS = (":", "：", ",", "，", "、")
_NOT_HEADLINE_ENDS = (".", "。", "။", "។", "।", *_LEAD_IN_ENDS)
# A label between a headline and its standfirst ("Editorial", "New, 6 comments") is this short.
LABEL_MAX_WORDS = 3
# An e-mail address alone on its line: the author's, given with the byline; never a headline.
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An author's name set over the date line, with the agency: "Tom Davies Associated Press".
AUTHOR_NAME_MAX_WORDS = 6


@dataclass(slots=True)  # one per line: not frozen, for speed
class Verdict:
    role: str
    reason: str = ""


@dataclass(slots=True)  # per line, like LineFeatures: not frozen, for speed
class Scored:
    features: LineFeatures
    score: float
    removal: str  # reason of a decisive signal, or ""
    caption: bool
    body_like: bool  # running text: scored as such, neither removed nor a caption
    gain: float = 0.0  # what the line adds to a run of text (`clean_gains._gain`)
    # what it adds to a list of details (`clean_gains._weigh_details`); None: the site's own,
    # no detail
    detail_gain: float | None = 0.0
    in_details: bool = False  # inside a list of details (`clean_gains._detail_lists`)
    in_list: bool = False  # an item of a list the text introduces with a colon

    @property
    def headline_like(self) -> bool:
        features = self.features
        if "@" in features.text and _EMAIL_ADDRESS.fullmatch(features.text):
            return False
        return (
            # a line recurring across the archive, or in capitals, may still be the headline
            (not self.removal or self.removal in REASONS_NOT_AGAINST_HEADLINE)
            and not self.caption
            and THRESHOLDS["title_min_words"] <= features.words <= THRESHOLDS["title_max_words"]
            and not features.text.endswith(_NOT_HEADLINE_ENDS)
        )


def is_crosshead(item: Scored) -> bool:
    return (
        not item.body_like
        and not item.in_list
        and heading_shaped(item.features)
        # "Eat 60–90 minutes before your workout": a detail of a list, not a heading
        and not is_detail(item)
    )


def heading_shaped(features: LineFeatures) -> bool:
    """A few words, no sentence, no row of a table or item of a list."""
    return (
        not features.table_row
        and not features.amount_item  # "1 tsp cinnamon": an item of a list, not a heading
        and features.words <= THRESHOLDS["heading_max_words"]
        and not features.ends_sentence
        and not features.text.endswith(_LEAD_IN_ENDS)
    )


def is_detail(item: Scored) -> bool:
    """A line of a list of details that states a figure, not written as a sentence."""
    features = item.features
    return item.in_details and not features.ends_sentence and features.states_figure


def is_box_heading(item: Scored) -> bool:
    """A short heading in capitals over a box ("KEY POINTS", "HIGHLIGHTS"), or in title case
    (a saved page's markup has the words as written, before its style sheet sets them in
    capitals: "Key Points")."""
    features = item.features
    return (
        features.words <= LABEL_MAX_WORDS
        and not features.ends_sentence
        and (features.text.isupper() or features.title_case_share == 1.0)
    )


def is_short_name(features: LineFeatures) -> bool:
    """A few words in Title Case: an author's or a photographer's name, with the agency."""
    return (
        features.words <= AUTHOR_NAME_MAX_WORDS
        and features.title_case_share >= THRESHOLDS["title_case_share"]
    )
