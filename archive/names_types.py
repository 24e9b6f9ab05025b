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
    texts = view.words
    words = view.folded[first:last]
    name = " ".join(words).replace(" - ", "-")
    head = words[-1]
    signals = []
    kind = places.place_kind(name)
    if kind is None and last - first == 1 and texts[first] in places.country_codes:
        kind = "country"  # "US", "DPRK": only in capitals, "us" is no country
    if kind is not None:
        signals.append(kind)
    if all(is_demonym(places, part) for part in name.split("-")):
        signals.append("demonym")
    if len(words) > 1:
        # "World War II", "Euro 96": a number after an event's head
        numbered = head in PERSON_HEADS or head.isdigit()
        signals.extend(_head_signals(words[-2] if numbered and words[-2] in EVENT_HEADS else head))
        if not _CONNECTORS.isdisjoint(words):
            signals.append("inner_connector")
        if words[0] in CLUB_PREFIXES:
            signals.append("club_prefix")
        if words[0] in places.first_names and kind is None:
            signals.append("first_name")
        if len(words) <= 3 and all(map(_is_plain_word, texts[first:last])):
            signals.append("capitalised_pair")
    elif texts[first].isupper() and 2 <= len(texts[first]) <= 6 and kind is None:
        signals.append("acronym")
    before = view.folded[first - 1] if first > 0 else ""
    bare = before.rstrip(".")
    if bare in TITLE_HEADS or bare in HONORIFICS:
        signals.append("title_before")
    if before in PLACE_PREPOSITIONS:
        signals.append("place_preposition")
    if before == "of" and first > 1 and view.folded[first - 2] in PLACE_NOUNS:
        signals.append("place_noun_of")
    if last < len(texts) and view.folded[last] in SAYING_VERBS:
        signals.append("said_after")
    if _title_in_apposition(view, last):
        signals.append("title_after")
    if len(texts[first]) == 1 and len(words) > 2:
        signals.append("initials")
    if (
        len(words) > 1
        and kind is None
        and "first_name" not in signals
        and not places.countries.isdisjoint(words)  # a country's name inside
    ):
        signals.append("contains_place")
    # a town or county followed by a score is the team named after it
    town = kind in ("region", "city") or "contains_place" in signals or len(words) == 1
    if town and "first_name" not in signals and _is_team_in_results(view, first, last):
        signals.append("team_result")
    return signals


_CONNECTORS = frozenset(("of", "for", "&", "and"))
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MATCH_VERBS = frozenset("beat beats drew draw lost v vs vs. versus".split())


def _is_team_in_results(view: View, first: int, last: int) -> bool:
    """A side in a results table or report: "Surrey 429-7", "Essex beat Kent".

    Names followed by a score are teams; a date after a name is a dateline.
    """
    words, lines = view.words, view.lines
    if last < len(words):
        following = words[last]
        if following in _MATCH_VERBS:
            return True
        if following.isdigit() and lines[last] == lines[first]:
            if _DATE.match(view.text, view.starts[last]):
                return False
            at_line_start = first == 0 or lines[first - 1] != lines[first]
            after_score = first > 0 and words[first - 1][-1:].isdigit()
            return at_line_start or after_score or words[first - 1] == ","
    return first > 0 and view.folded[first - 1] in _MATCH_VERBS


def _title_in_apposition(view: View, index: int) -> bool:
    """ "Kano, the Japanese foreign minister, ...": a title set off by commas."""
    words = view.words
    if index >= len(words) or words[index] != ",":
        return False
    for end in range(index + 2, min(len(words), index + 10)):
        if words[end] in (",", "."):
            word = view.folded[end - 1]
            return word in TITLE_HEADS and view.lines[end - 1] == view.lines[index]
        if not words[end][0].isalpha():
            return False
    return False


def is_demonym(places: Gazetteer, name: str) -> bool:
    return places.is_demonym(name) or places.is_demonym(name.removesuffix("s"))


def _head_signals(head: str) -> tuple[str, ...]:
    return _SIGNALS_OF_HEAD.get(head, ())


# head word -> the signals it gives, in this order (looked up once per span)
_HEADS = (
    (ORG_HEADS, "org_head"),
    (PLACE_HEADS, "place_head"),
    (EVENT_HEADS, "event_head"),
    (OTHER_HEADS, "other_head"),
    (PERSON_HEADS, "person_head"),
)
_SIGNALS_OF_HEAD = {
    head: tuple(signal for heads, signal in _HEADS if head in heads)
    for head in frozenset().union(*(heads for heads, _ in _HEADS))
}


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
