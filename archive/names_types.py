"""Types of discovered names: the evidence around and inside a span, weighed.

Each piece of evidence is a named signal; SIGNAL_WEIGHTS (names_signals)
says which type it speaks for and how strongly. A span takes the type with
the highest total.
"""

from __future__ import annotations

import re

from .names_gazetteer import Gazetteer
from .names_signals import (
    CLUB_PREFIXES,
    EVENT_HEADS,
    HONORIFICS,
    ORG_HEADS,
    OTHER_HEADS,
    PERSON_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    SAYING_VERBS,
    SIGNAL_WEIGHTS,
    TITLE_HEADS,
)
from .names_text import View


def signals_of(view: View, places: Gazetteer, first: int, last: int) -> list[str]:
    tokens = view.tokens
    words = view.folded[first:last]
    name = " ".join(words).replace(" - ", "-")
    head = words[-1]
    signals = []
    kind = places.place_kind(name)
    if kind is None and last - first == 1 and tokens[first].text in places.country_codes:
        kind = "country"  # "US", "DPRK": only in capitals, "us" is no country
    if kind is not None:
        signals.append(kind)
    if all(is_demonym(places, part) for part in name.split("-")):
        signals.append("demonym")
    if len(words) > 1:
        # "World War II", "Euro 96": a number after an event's head
        numbered = head in PERSON_HEADS or head.isdigit()
        signals.extend(_head_signals(words[-2] if numbered and words[-2] in EVENT_HEADS else head))
        if any(word in ("of", "for", "&", "and") for word in words):
            signals.append("inner_connector")
        if words[0] in CLUB_PREFIXES:
            signals.append("club_prefix")
        if words[0] in places.first_names and kind is None:
            signals.append("first_name")
        if len(words) <= 3 and all(_is_plain_word(tokens[i].text) for i in range(first, last)):
            signals.append("capitalised_pair")
    elif tokens[first].text.isupper() and 2 <= len(tokens[first].text) <= 6 and kind is None:
        signals.append("acronym")
    before = view.folded[first - 1] if first > 0 else ""
    if before.rstrip(".") in TITLE_HEADS or before.rstrip(".") in HONORIFICS:
        signals.append("title_before")
    if before in PLACE_PREPOSITIONS:
        signals.append("place_preposition")
    if before == "of" and first > 1 and view.folded[first - 2] in PLACE_NOUNS:
        signals.append("place_noun_of")
    if last < len(tokens) and view.folded[last] in SAYING_VERBS:
        signals.append("said_after")
    if _title_in_apposition(view, last):
        signals.append("title_after")
    if len(tokens[first].text) == 1 and len(words) > 2:
        signals.append("initials")
    inner_country = any(places.place_kind(word) == "country" for word in words)
    if len(words) > 1 and kind is None and inner_country and "first_name" not in signals:
        signals.append("contains_place")
    # a town or county followed by a score is the team named after it
    town = kind in ("region", "city") or "contains_place" in signals or len(words) == 1
    if town and "first_name" not in signals and _is_team_in_results(view, first, last):
        signals.append("team_result")
    return signals


_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MATCH_VERBS = frozenset("beat beats drew draw lost v vs vs. versus".split())


def _is_team_in_results(view: View, first: int, last: int) -> bool:
    """A side in a results table or report: "Surrey 429-7", "Essex beat Kent".

    Names followed by a score are teams; a date after a name is a dateline.
    """
    tokens = view.tokens
    if last < len(tokens):
        following = tokens[last]
        if following.text in _MATCH_VERBS:
            return True
        if following.text.isdigit() and following.line == tokens[first].line:
            rest = view.text[following.start : following.start + 12]
            if _DATE.match(rest):
                return False
            at_line_start = first == 0 or tokens[first - 1].line != tokens[first].line
            after_score = first > 0 and tokens[first - 1].text[-1:].isdigit()
            return at_line_start or after_score or tokens[first - 1].text == ","
    return first > 0 and view.folded[first - 1] in _MATCH_VERBS


def _title_in_apposition(view: View, index: int) -> bool:
    """ "Kano, the Japanese foreign minister, ...": a title set off by commas."""
    tokens = view.tokens
    if index >= len(tokens) or tokens[index].text != ",":
        return False
    for end in range(index + 2, min(len(tokens), index + 10)):
        if tokens[end].text in (",", "."):
            word = view.folded[end - 1]
            return word in TITLE_HEADS and tokens[end - 1].line == tokens[index].line
        if not tokens[end].text[0].isalpha():
            return False
    return False


def is_demonym(places: Gazetteer, name: str) -> bool:
    return places.is_demonym(name) or places.is_demonym(name.removesuffix("s"))


def _head_signals(head: str) -> list[str]:
    found = []
    for heads, signal in (
        (ORG_HEADS, "org_head"),
        (PLACE_HEADS, "place_head"),
        (EVENT_HEADS, "event_head"),
        (OTHER_HEADS, "other_head"),
        (PERSON_HEADS, "person_head"),
    ):
        if head in heads:
            found.append(signal)
    return found


def _is_plain_word(text: str) -> bool:
    return text.isalpha() and text[0].isupper() and not text.isupper()


def best_type(signals: list[str], length: int) -> str:
    scores: dict[str, float] = {}
    for signal in signals:
        if signal in SIGNAL_WEIGHTS:
            type_, weight = SIGNAL_WEIGHTS[signal]
            scores[type_] = scores.get(type_, 0.0) + weight
    if not scores:
        return "organisation" if length == 1 else "person"
    return max(scores.items(), key=lambda item: item[1])[0]
