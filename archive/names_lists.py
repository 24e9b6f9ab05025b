"""Lists of names: the names of a list, a line-up or a table are of one kind.

Discovery types each name from its own words and neighbours; here the names
set out together type each other, where most of them are surely people's:
- a list set off by commas ("Given, Breen, Staunton, Irwin, McAteer"), with
  notes in brackets ("Ian Healy (captain), ...") and wrapped onto the next line;
- the names after a label of people's part in a match ("Tries: Healey,
  Underwood", "Top scorers:" above a table), or after a side's name opening a
  line before nothing but names (its line-up: "Leeds: Smith; Brown, Jones");
- the names opening the rows of a table, before their figures.
"""

from __future__ import annotations

from bisect import bisect_left

from .names_signals import NAME_PARTICLES, PEOPLE_LABELS
from .names_text import View
from .names_types import Span, best_type

__all__ = ["type_listed_names"]


def type_listed_names(view: View, spans: list[Span]) -> None:
    """Type as people's the names that lists, line-ups and tables set among people."""
    if ":" in view.text:
        _mark_people_listed_after_labels(view, spans)
    _mark_names_listed_with_people(view, spans)
    _mark_people_in_tables(view, spans)


# -- lists set off by commas -------------------------------------------------

# What makes a listed name surely a person's, and what a surname may also show.
_SURELY_PERSON = frozenset(
    ("first_name", "initials", "title_before", "honorific", "surname_shape", "person_head")
)
_WEAK_EVIDENCE = frozenset(("city", "ordinary_word", "name_piece"))
# What a pair of words in a table may show besides and still be a person's: "Vijay
# Singh" (the towns "Best" and "Singh" are no evidence there).
_WEAK_PAIR_EVIDENCE = frozenset(("capitalised_pair", "contains_place", "city"))


def _mark_names_listed_with_people(view: View, spans: list[Span]) -> None:
    """ "Given, Breen, Staunton, Irwin, McAteer, Harte": in a list of names set off
    by commas, mostly people's, a single word nothing else types is a surname too.
    A note in brackets may follow a name ("Ian Healy (captain), Michael Bevan"),
    and a comma ending a line carries the list on to the next one."""
    words = view.words
    listed: list[Span] = []
    link = -2  # the token after the last name listed and its note: a comma or "and"
    for span in spans:
        if span.first < link:
            continue  # a name in the note: "Dave Barr (Canada), Mike Sullivan"
        if span.first == link + 1 and _links_list_items(view, link):
            listed.append(span)
        else:
            if len(listed) >= 3:
                _type_listed_surnames(listed)
            listed = [span]
        link = span.last
        if link < len(words) and words[link] == "(":
            link = _after_note(view, link)
    if len(listed) >= 3:
        _type_listed_surnames(listed)


# The most tokens a note in brackets after a listed name runs to: "(Andreas Ogris 77th)".
_MAX_NOTE_TOKENS = 8


def _after_note(view: View, index: int) -> int:
    """The token after a note in brackets at `index` on one line, or `index` if none."""
    words, lines = view.words, view.lines
    if index >= len(words) or words[index] != "(":
        return index
    for close in range(index + 1, min(len(words), index + _MAX_NOTE_TOKENS + 2)):
        if lines[close] != lines[index] or words[close] == "(":
            return index
        if words[close] == ")":
            return close + 1
    return index


def _links_list_items(view: View, link: int) -> bool:
    """One comma or "and" between two names, on one line but for a comma."""
    return (
        link + 1 < len(view)
        and view.folded[link] in _LIST_LINKS
        and (view.folded[link] == "," or view.lines[link] == view.lines[link + 1])
    )


_LIST_LINKS = frozenset((",", "and"))


def _type_listed_surnames(
    listed: list[Span], mistaken: frozenset[str] = frozenset(), pairs: bool = False
) -> None:
    """Where most names of the list are people's (but for one of another kind), or
    all may be. The `mistaken` signals of the others are dropped: what the list
    says outweighs them. Only a table's rows, aligned, say it of `pairs` of plain
    words ("Vijay Singh 68 70"); in a sentence a company's name may stand among
    people ("Best Buy")."""
    people = shaped_as_people = 0
    surnames = []
    for span in listed:
        if span.type == "person" and not _SURELY_PERSON.isdisjoint(span.evidence):
            people += 1
        elif _may_be_listed_person(span, mistaken, pairs):
            surnames.append(span)
        elif span.type == "person":
            shaped_as_people += 1  # "Stuart Law": two plain words, typed by their shape
    # a list of people may hold one name of another kind ("The Eagles" among
    # singers); most of the others must then be surely people's
    others = len(listed) - people - shaped_as_people - len(surnames)
    weighed = len(listed) - 1 if others == 1 else len(listed)
    if people < 2 or not (others == 0 or people * 2 >= weighed):
        return
    for span in surnames:
        kept = tuple(signal for signal in span.evidence if signal not in mistaken)
        span.evidence = (*kept, "listed_with_people")
        span.type = "person"


def _may_be_listed_person(span: Span, mistaken: frozenset[str], pairs: bool) -> bool:
    """A surname nothing else types, or two plain words: "Breen", "Vijay Singh"."""
    evidence = set(span.evidence) - mistaken
    if span.last - span.first == 1:
        return _WEAK_EVIDENCE.issuperset(evidence)
    return (
        pairs
        and span.last - span.first == 2
        and "capitalised_pair" in evidence
        and _WEAK_PAIR_EVIDENCE.issuperset(evidence)
    )


# -- rows of a table ---------------------------------------------------------------


def _mark_people_in_tables(view: View, spans: list[Span]) -> None:
    """ "Vijay Singh 68 70" under "Ernie Els 69 70" and "Colin Montgomerie 72 68":
    the names opening the rows of one table, each before its figures, are of one
    kind; where most are people's, the others are too, whatever the figures made
    of them (a side's score)."""
    rows: list[Span] = []
    for span in spans:
        start = _row_start(view, span)
        if start is None:
            continue  # most names stand inside a line, not after its start or its rank
        # rows follow one another, blank lines between them or not: an article's
        # paragraphs are set off by blank lines, one row each
        if rows and view.lines[start - 1] != view.lines[rows[-1].first]:
            if len(rows) >= 3:
                _type_listed_surnames(rows, _SCORE_SIGNALS, pairs=True)
            rows = []
        rows.append(span)
    if len(rows) >= 3:
        _type_listed_surnames(rows, _SCORE_SIGNALS, pairs=True)


# What figures after a name in a table suggest of it, wrongly where people are listed.
_SCORE_SIGNALS = frozenset(("team_result",))


def _row_start(view: View, span: Span) -> int | None:
    """Where the row a name opens starts, if it does: the name opening its line, or
    after the line's rank ("3.", "7"), before a figure (after a note in brackets:
    "Mike Sullivan (U.S.) 70 68")."""
    first = span.first
    if first >= 2 and _is_rank(view, first - 2):
        first -= 2  # "3. Vasily Kaptyukh (Belarus) 66.24"
    elif _is_bare_rank(view, first - 1):
        first -= 1  # "7\tKyle Larson\t2339\t1": a standings table's columns
    if not view.opens_line(first):
        return None
    figure = _after_note(view, span.last)
    if figure < len(view) and view.words[figure] == "." and view.attached(figure - 1, figure):
        figure += 1  # "2\tMartin Truex Jr.\t5035"
    if (
        figure < len(view)
        and view.lines[figure] == view.lines[first]
        and view.initials[figure].isdigit()
    ):
        return first
    return None


def _is_rank(view: View, index: int) -> bool:
    """ "3." opening a row of results."""
    return index + 1 < len(view) and view.words[index].isdigit() and view.words[index + 1] == "."


def _after_rank(view: View, index: int) -> int:
    """The token after the rank opening a row at `index` ("3.", "7"), or `index`."""
    if _is_rank(view, index):
        return index + 2
    return index + 1 if _is_bare_rank(view, index) else index


def _is_bare_rank(view: View, index: int) -> bool:
    """A number alone opening a row of results, the name after it on its line."""
    return (
        0 <= index < len(view) - 1
        and view.words[index].isdigit()
        and view.opens_line(index)
        and view.lines[index + 1] == view.lines[index]
    )


# -- lists after a label -------------------------------------------------------

# What only other names show, not a player's listed after a label; a town's name
# ("Lincoln"), an ordinary word ("Given") or a score after it ("Stransky 2") may.
_NOT_PEOPLE = frozenset(
    (
        "country",
        "region",
        "demonym",
        "org_head",
        "place_head",
        "event_head",
        "other_head",
        "club_prefix",
        "acronym",
        "org_noun_before",
        "quoted",
    )
)
# What stands between the names of a line-up: "Alisson; Gomez, van Dijk and Mane."
_LINEUP_LINKS = _LIST_LINKS | NAME_PARTICLES | {";", "."}
# The fewest names after a side's name that make its line-up.
_MIN_LINEUP_NAMES = 3
# The most words a label runs to: "Drop goal:", "Leading try scorers:".
_MAX_LABEL_TOKENS = 3


def _mark_people_listed_after_labels(view: View, spans: list[Span]) -> None:
    """ "Tries: Healey, Underwood", "Liverpool: Alisson; Gomez, van Dijk, Robertson":
    after a label of people's part in a match, or after a side's name opening a line
    before names and nothing else (its line-up), the names listed are people's."""
    by_first = {span.first: span for span in spans}
    by_last = {span.last: span for span in spans}
    position = view.text.find(":")
    while position != -1:
        colon = bisect_left(view.starts, position)
        position = view.text.find(":", position + 1)
        side = by_last.get(colon)
        people_label = colon > 0 and _is_people_label(view, colon)
        if side is None and not people_label:
            continue  # "10:30", "https:", "He said:"
        listed, only_names = _listed_after(view, by_first, colon)
        if people_label and not listed:
            listed = _rows_below(view, by_first, colon)  # "Top scorers:\nShearer 14\nLee 11"
        lineup = side is not None and only_names and _is_lineup(view, side, listed)
        if lineup and side is not None:
            _type_as_side(side)
        if people_label or lineup:
            for span in listed:
                if _NOT_PEOPLE.isdisjoint(span.evidence):
                    span.type = "person"
                    span.evidence = (*span.evidence, "listed_after_label")


def _is_lineup(view: View, side: Span, listed: list[Span]) -> bool:
    """A side's name opening its line, then enough names for its players."""
    return view.opens_line(side.first) and len(listed) >= _MIN_LINEUP_NAMES


def _type_as_side(side: Span) -> None:
    """The name before a line-up is the side whose players follow, not where a match
    is played (a line's label before a colon, see names_neighbours)."""
    kept = tuple(signal for signal in side.evidence if signal != "line_label")
    side.evidence = (*kept, "team_result")
    side.type = best_type(side.evidence, side.last - side.first)


def _is_people_label(view: View, colon: int) -> bool:
    """ "Scorers:", "Drop goals:", "Leading scorers:": a label of a match report's
    people opening a sentence."""
    folded = view.folded
    if folded[colon - 1] not in _PEOPLE_LABEL_ENDS:
        return False
    start = colon - 1
    while start > 0 and colon - start < _MAX_LABEL_TOKENS and not view.sentence_start[start]:
        start -= 1
    if not view.sentence_start[start]:
        return False
    return " ".join(folded[start:colon]) in PEOPLE_LABELS or folded[colon - 1] in PEOPLE_LABELS


# The last words of the labels: "goals" of "Drop goals:", "scorers" of "Top scorers:".
_PEOPLE_LABEL_ENDS = frozenset(label.split()[-1] for label in PEOPLE_LABELS)


def _rows_below(view: View, by_first: dict[int, Span], colon: int) -> list[Span]:
    """The names opening the rows of a table under a label that ends its line."""
    lines = view.lines
    rows: list[Span] = []
    index = colon + 1
    if index < len(view) and lines[index] == lines[colon]:
        return rows
    while index < len(view):
        span = by_first.get(_after_rank(view, index))
        if span is None or _row_start(view, span) is None:
            break
        rows.append(span)
        line = lines[index]
        while index < len(view) and lines[index] == line:
            index += 1
    return rows


def _listed_after(view: View, by_first: dict[int, Span], colon: int) -> tuple[list[Span], bool]:
    """The names after a colon up to the sentence's end, none in brackets ("(captain)"),
    and whether nothing but them and their links stands there. A list goes on to
    the next line after a comma or a semicolon."""
    words, starts, lines = view.words, view.sentence_start, view.lines
    listed: list[Span] = []
    only_names, depth = True, 0
    index = colon + 1
    while index < len(words):
        ends = (index > colon + 1 and starts[index]) or lines[index] != lines[index - 1]
        if ends and words[index - 1] not in (",", ";"):
            break
        span = by_first.get(index)
        if span is not None:
            if not depth:
                listed.append(span)
            index = span.last
            continue
        word = words[index]
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(depth - 1, 0)
        elif not depth and view.folded[index] not in _LINEUP_LINKS:
            only_names = False
        index += 1
    return listed, only_names
