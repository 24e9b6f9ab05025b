"""Name discovery: text -> typed spans of names the registry does not know.

The evidence is general, not learnt from any article:
- capitalised words in running text, joined into spans ("Shotaro Yachi",
  "Bank of England", "Asia-Pacific Economic Cooperation");
- where a sentence starts, a capital proves nothing, so a first word must be
  a name by other evidence or at least not an ordinary word; a word seen
  capitalised nowhere else, before a word in small letters ("Based on"),
  stays only if the article prints it in a longer name (see entities);
- a Title Case title that fills its quotation marks is one name, a work's;
- in headlines (ALL CAPS or Title Case) a word counts only when the same
  text also uses it as a name, or a gazetteer knows it;
- a name runs to seven capitalised words at the most: a longer run is a
  headline, a list or a menu glued onto one line, dropped whole;
- the words around a span and inside it type it: titles before a person,
  heads at the end of an organisation, a place or an event, gazetteers of
  countries, towns, given names and demonyms (see names_signals);
- names listed together, in a list, a line-up or a table, type each other
  (see names_lists).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress, count
from operator import gt

from .names_gazetteer import Gazetteer, gazetteer
from .names_lists import type_listed_names
from .names_signals import (
    CALENDAR_GIVEN_NAMES,
    COMMON_ACRONYMS,
    COMPANY_SUFFIXES,
    CONTRACTION_ENDINGS,
    DAY_NAME_WORDS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    MATCH_VERBS,
    NAME_PARTICLES,
    NEVER_NAMES,
    NOT_NAMES,
    OF_HEADS,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    OTHER_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    SAYING_VERBS,
    SPORT_SECTIONS,
    STATE_HEADS,
    TEAM_ROLES,
    TITLE_HEADS,
    TITLE_SMALL_WORDS,
    TITLES,
)
from .names_text import Context, View, context_of, fold, fold_key, tokenize
from .names_types import best_type, in_dateline, is_demonym, signals_of

__all__ = [
    "Context",
    "Span",
    "View",
    "best_type",
    "context_of",
    "discover",
    "fold",
    "fold_key",
    "tokenize",
]


# Not frozen: a frozen dataclass sets each field through object.__setattr__,
# five times the cost, and discovery makes one Span per name it finds.
@dataclass(slots=True)
class Span:
    """A discovered name: tokens [first, last) and what kind of name it is."""

    first: int
    last: int
    type: str
    title: str = ""  # a title printed before it: "Prime Minister"
    expansion: str = ""  # for an acronym, the name it stands for
    evidence: tuple[str, ...] = ()


def discover(view: View, context: Context, taken: list[bool]) -> list[Span]:
    """Typed name spans among the tokens not `taken` by the registry."""
    places = gazetteer()
    titles = list(_quoted_titles(view, taken))
    spans = [Span(first, last, "other", evidence=("quoted",)) for first, last in titles]
    if titles:
        taken = taken[:]
        for first, last in titles:
            taken[first:last] = [True] * (last - first)
    for first, last in _capitalised_runs(view, context, taken, places):
        refined = _refine(view, context, places, first, last)
        if last - first > _MAX_NAME_CAPITALS:
            refined = [span for span in refined if not _is_overlong(view, span)]
        spans.extend(refined)
    if titles:
        spans.sort(key=lambda span: span.first)
    spans = _link_acronyms(view, spans)
    if '"' in view.text or "“" in view.text:
        spans = _join_nicknames(view, places, spans)
    type_listed_names(view, spans)
    _join_demonym_compounds(view, places, spans)
    return spans


def _join_demonym_compounds(view: View, places: Gazetteer, spans: list[Span]) -> None:
    """ "Brazilian-born", "Iraqi-backed", "Indonesian-origin": a nationality and the
    word in small letters it is hyphened to are one adjective, named whole."""
    words = view.words
    for span in spans:
        hyphen, word = span.last, span.last + 1
        if (
            word < len(words)
            and words[hyphen] == "-"
            and span.type == "other"
            and words[word].isalpha()
            and words[word].islower()
            and view.attached(hyphen - 1, hyphen)
            and view.attached(hyphen, word)
            and is_demonym(places, view.folded[hyphen - 1])
        ):
            span.last = word + 1


# -- nicknames -------------------------------------------------------------------


def _join_nicknames(view: View, places: Gazetteer, spans: list[Span]) -> list[Span]:
    """'Roberto "Hands of Stone" Duran', 'Hector "Macho" Camacho': a given name, a
    nickname in quotation marks and a family name, on one line, are one person."""
    nicknames = [
        index
        for index in range(1, len(spans) - 1)
        if "quoted" in spans[index].evidence
        and _is_nickname_between(view, places, *spans[index - 1 : index + 2])
    ]
    if not nicknames:
        return spans
    joined = spans[:]
    for index in reversed(nicknames):  # from the end: the indices before stay good
        given, family = joined[index - 1], joined[index + 1]
        person = Span(given.first, family.last, "person", evidence=("first_name", "nickname"))
        joined[index - 1 : index + 2] = [person]
    return joined


def _is_nickname_between(
    view: View, places: Gazetteer, given: Span, nickname: Span, family: Span
) -> bool:
    return (
        given.last - given.first == 1
        and view.folded[given.first] in places.first_names
        and "quoted" in nickname.evidence
        and nickname.first == given.last + 1
        and family.first == nickname.last + 1
        and family.last - family.first == 1
        and view.words[given.last] in _OPENING_QUOTES
        and view.words[nickname.last] in _CLOSING_QUOTES
        and view.lines[given.first] == view.lines[family.first]
    )


_OPENING_QUOTES = frozenset('"“')


# -- titles in quotation marks -------------------------------------------------

# A quotation mark set right before a word.
_OPENING_QUOTE = re.compile(r'["“](?=[^\W\d_])')
_CLOSING_QUOTES = frozenset('"”')
_MAX_TITLE_TOKENS = 16
# Marks inside a title: "Takin’ It", "Star Wars: The Rise of Skywalker", "Love & Theft".
_TITLE_MARKS = frozenset("'’-&:")
# Marks set inside the closing quotation mark, after the title.
_TRAILING_MARKS = frozenset(",.!?")


def _quoted_titles(view: View, taken: list[bool]):
    """“Takin’ It to the Streets”: Title Case filling its quotation marks is one title.

    The small words Title Case leaves in small letters would otherwise break
    it into names of their own ("Takin", "Streets"). A name with no small
    word in its quotation marks is left to discovery (the "quoted" signal).
    """
    for quote in _OPENING_QUOTE.finditer(view.text):
        first = bisect_left(view.starts, quote.start()) + 1
        end = _title_end(view, taken, first)
        if end is not None:
            yield first, end


def _title_end(view: View, taken: list[bool], first: int) -> int | None:
    """The end of a Title Case title from `first` to its closing quotation mark, or None."""
    words, line = view.words, view.lines[first]
    capitals = small_words = 0
    for index in range(first, min(len(words), first + _MAX_TITLE_TOKENS)):
        word = words[index]
        if taken[index] or view.lines[index] != line:
            return None
        if word in _CLOSING_QUOTES or (word in _TRAILING_MARKS and _closes_quote(view, index)):
            last_word = words[index - 1]
            if capitals < 2 or not small_words or not last_word[0].isupper():
                return None
            return index if view.attached(index - 1, index) else None
        if word[0].isupper():
            capitals += 1
        elif view.folded[index] in TITLE_SMALL_WORDS and index > first:
            small_words += 1
        elif not (word in _TITLE_MARKS or word[0].isdigit() or view.folded[index] == "'s"):
            return None
    return None


def _closes_quote(view: View, index: int) -> bool:
    following = index + 1
    return following < len(view) and view.words[following] in _CLOSING_QUOTES


# -- runs of capitalised words ------------------------------------------------

# The most capitalised words a name runs to: "London International Financial
# Futures and Options Exchange" has seven. A longer run is a headline, a list or
# a menu glued onto one line ("ShowcaseCloud Security CenterData Protection
# Learning CenterEndpoint ..."), not a name; where it breaks nothing says.
_MAX_NAME_CAPITALS = 7


def _is_overlong(view: View, span: Span) -> bool:
    return sum(view.capitalised[span.first : span.last]) > _MAX_NAME_CAPITALS


def _capitalised_runs(view: View, context: Context, taken: list[bool], places: Gazetteer):
    # only a capitalised word the registry has not taken may be a name (found in C)
    is_name = [False] * len(view)
    foreign = view.foreign_lines
    for index in compress(count(), map(gt, view.capitalised, taken)):
        if not (foreign and view.lines[index] in foreign):
            is_name[index] = _is_name_word(view, context, places, index)
    free = 0  # the first token no earlier run holds
    for first in compress(count(), is_name):
        if first < free:
            continue
        last = first
        while (step := _next_name_word(view, is_name, last)) is not None:
            last = step
        article = first - 2  # "at al-Aqsa": the article in small letters starts the name
        if (
            article >= free
            and view.folded[article] in _ARABIC_ARTICLES
            and not taken[article]
            and _is_arabic_article(view, article)
        ):
            first = article
        free = last + 1
        if not _is_title_case_prose(view, first, free):
            yield first, free


# Capitals on words that are never part of a name, within a sentence: the run is
# written in Title Case ("... Celebrates Before It Goes In", "1,200 Stolen Paintings
# Were Discovered In A Gallery"), a teaser's headline, not a name. A pronoun or an
# auxiliary inside the run, or a small word capitalised next to it.
_TITLE_CASE_MARKERS = frozenset(
    "it its is are was were be been has have had does did she they his their our them him".split()
)
_TITLE_CASE_NEIGHBOURS = _TITLE_CASE_MARKERS | frozenset(
    "a an and or but to for with from before after in on at into over".split()
)


def _is_title_case_prose(view: View, first: int, end: int) -> bool:
    folded = view.folded
    inside = not _TITLE_CASE_MARKERS.isdisjoint(folded[first:end])  # rare: looked at closer
    beside = (first > 0 and folded[first - 1] in _TITLE_CASE_NEIGHBOURS) or (
        end < len(view) and folded[end] in _TITLE_CASE_NEIGHBOURS
    )
    if not (inside or beside) or view.is_headline(first):
        return False  # a line in capitals: names in it are read by `_is_name_word`
    if inside and any(
        folded[index] in _TITLE_CASE_MARKERS and not view.sentence_start[index]
        for index in range(first, end)
    ):
        return True
    return any(
        0 <= index < len(view)
        and folded[index] in _TITLE_CASE_NEIGHBOURS
        and view.words[index][0].isupper()
        and not view.sentence_start[index]
        and view.lines[index] == view.lines[first]
        for index in (first - 1, end)
    )


# The Arabic article, joined by a hyphen to the name it belongs to: "al-Aqsa", "el-Sheikh".
_ARABIC_ARTICLES = frozenset(("al", "el"))


def _is_arabic_article(view: View, index: int) -> bool:
    """ "al" in "al-Aqsa", "Rami al-Saadani": the article, its hyphen and a capital."""
    after = index + 2
    return (
        index >= 0
        and after < len(view)
        and view.folded[index] in _ARABIC_ARTICLES
        and view.words[index + 1] == "-"
        and view.attached(index, index + 1)
        and view.attached(index + 1, after)
        and view.words[after][0].isupper()
        and not (index > 0 and view.attached(index - 1, index))
    )


def _is_name_word(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    text = view.words[index]
    if not text[0].isupper():
        return False
    folded = view.folded[index]
    if folded == "i" and _is_initial(view, index):
        return _is_initial_i(view, index)
    if folded in NEVER_NAMES:
        if folded in CALENDAR_GIVEN_NAMES:
            return _is_given_name_before_name(view, places, index)
        return _is_named_day(view, index) and _is_name_word(view, context, places, index - 1)
    if len(text) == 1 and not _is_initial(view, index):
        return False
    if folded == "may":  # the month or the verb, unless a name runs into it: "Theresa May"
        return index > 0 and view.adjacent(index - 1, index) and view.words[index - 1][0].isupper()
    if view.is_headline(index):
        if folded in SPORT_SECTIONS and _in_sport_section(view, index):
            return False
        return (
            folded in context.name_words
            or folded in context.starting_names
            or places.is_place_name(folded)
            or places.is_demonym(folded)
            or _in_place_phrase(view, places, index)
            or in_dateline(view, index)
        )
    return True


# The most words a sport's section label runs to: "ALPINE SKIING", "AUSTRALIAN RULES FOOTBALL".
_MAX_SECTION_WORDS = 3


def _in_sport_section(view: View, index: int) -> bool:
    """ "SOCCER - JAPAN GET FIRST WIN": a line opening with a sport and a
    spaced dash names the section the report is filed under."""
    line = view.lines[index]
    first = index
    while first > 0 and view.lines[first - 1] == line:
        first -= 1
        if index - first >= _MAX_SECTION_WORDS:
            return False
    dash = first
    while dash < len(view) and view.lines[dash] == line and view.folded[dash] in SPORT_SECTIONS:
        dash += 1
    return (
        first < dash <= first + _MAX_SECTION_WORDS
        and index < dash < len(view)
        and view.words[dash] == "-"
        and not view.attached(dash - 1, dash)
        and view.lines[dash] == line
    )


def _is_initial_i(view: View, index: int) -> bool:
    """ "I. Austin" is an initial; not "said I. Then", nor "World War I. Peace"."""
    after_name = index > 0 and view.adjacent(index - 1, index) and view.capitalised[index - 1]
    return not after_name and view.folded[index + 2] not in NOT_NAMES


def _is_given_name_before_name(view: View, places: Gazetteer, index: int) -> bool:
    """ "Jan Kroslak", not "Jan 5", "Jan Sept" nor "Jan Brent": a calendar word that
    is a given name too, run into a capitalised word that is no calendar word
    and no place (a futures month names its market)."""
    following = index + 1
    if following >= len(view) or not view.adjacent(index, following):
        return False
    word = view.words[following]
    return (
        word.isalpha()
        and word[0].isupper()
        and view.folded[following] not in NEVER_NAMES
        and view.folded[following] not in NOT_NAMES
        and not places.is_place_name(view.folded[following])
    )


def _is_named_day(view: View, index: int) -> bool:
    """ "Black Friday", "Super Tuesday": a weekday that a word before it makes a name."""
    before = index - 1
    return (
        before >= 0
        and view.folded[before] in DAY_NAME_WORDS
        and view.words[before][0].isupper()
        and view.adjacent(before, index)
    )


def _is_initial(view: View, index: int) -> bool:
    """ "George W. Bush": a capital letter followed by its full stop."""
    words = view.words
    return (
        index + 2 < len(words)
        and words[index + 1] == "."
        and view.attached(index, index + 1)
        and words[index + 2][:1].isupper()
    )


def _in_place_phrase(view: View, places: Gazetteer, index: int) -> bool:
    for first in range(max(0, index - 2), index + 1):
        for last in range(index + 1, min(len(view), first + 3) + 1):
            if last - first < 2:
                continue
            phrase = " ".join(view.folded[first:last])
            if places.place_kind(phrase) is not None or places.is_demonym(phrase):
                return True
    return False


def _next_name_word(view: View, is_name: list[bool], last: int) -> int | None:
    """The next token that continues a name ending at `last`, or None."""
    following = last + 1
    if following >= len(is_name):
        return None
    if is_name[following] and view.adjacent(last, following):
        return following
    link = view.folded[following]
    after = following + 1
    if after >= len(is_name) or not is_name[after]:
        if link == "-" and _ends_hyphened_given_name(view, last):
            return after
        return _next_after_small_words(view, is_name, last)
    if link in ("-", "&", ".") and view.attached(last, following):
        if link == "." and not (len(view.words[last]) == 1 or view.folded[last] == "st"):
            return None
        return after if view.attached(following, after) or link != "-" else None
    if link == "'s" and view.attached(last, following) and view.adjacent(following, after):
        # not an institution's possessive: "Tufts University's Feinstein Center" are two
        owner = view.folded[last]
        joins = owner not in ORG_HEADS and _joins_institution(view, is_name, last, after)
        return after if joins else None
    if not (view.adjacent(last, following) and view.adjacent(following, after)):
        return None
    if link == "&":
        return after
    if link in ("of", "for") and view.folded[last] in OF_HEADS:
        return None if _is_surname_before_place(view, last, after) else after
    if link in NAME_PARTICLES:
        return after
    if link == "and" and _joins_institution(view, is_name, last, after):
        return after
    return None


def _ends_hyphened_given_name(view: View, last: int) -> bool:
    """ "Kim Young-sam", "Chen Chun-yeh", "Li In-mo": after a family name, a given
    name of two syllables joined by a hyphen, the second in small letters; not a
    place's "Hong Kong-run", "Cold War-era" nor "Bay Area-based"."""
    syllable, words = last + 2, view.words
    if syllable >= len(words):
        return False
    word = words[syllable]
    return (
        last > 0
        and view.capitalised[last - 1]
        and view.adjacent(last - 1, last)
        and len(words[last]) <= 5
        and words[last][1:].islower()
        and view.attached(last, last + 1)
        and view.attached(last + 1, syllable)
        and word.isalpha()
        and word.islower()
        and len(word) <= 4
        and word not in _WORDS_AFTER_A_HYPHEN
        and not word.endswith("ed")
        and not (
            syllable + 1 < len(words)
            and view.attached(syllable, syllable + 1)
            and words[syllable + 1][0].isalnum()
        )
    )


# Short English words hyphened to a name to make an adjective: "Hong Kong-run", "Euro-wide".
_WORDS_AFTER_A_HYPHEN = frozenset(
    "run led era type like bred made held born free rich wide size based style".split()
)


def _joins_institution(view: View, is_name: list[bool], last: int, after: int) -> bool:
    """ "Securities and Exchange Commission", "People's Liberation Army": an
    ordinary word, "and" or a possessive, then a name with an institution's head.

    The word before must be an ordinary one (or an institution's own word:
    "Securities"), not a name of its own: "Wang and Foreign Ministry
    officials" are two names, "Cleveland's Public Auditorium" is one.
    """
    before = view.folded[last]
    if before not in gazetteer().common_words and before not in ORG_HEADS:
        return False
    if before.rstrip(".") in COMPANY_SUFFIXES or _repeats_first_word(view, last, after):
        return False  # "Johnson Controls Inc and Lear Corp", "Kansai Electric and Kansai Airport"
    end = after
    while (step := _next_name_word(view, is_name, end)) is not None and step - end <= 3:
        end = step
    return any(word in ORG_HEADS or word in OF_HEADS for word in view.folded[after : end + 1])


def _repeats_first_word(view: View, last: int, after: int) -> bool:
    """ "Kansai Electric Power and Kansai International Airport": a name after "and"
    that starts with the first word of the name before it is a second name."""
    index = last
    while index > 0 and view.capitalised[index - 1] and view.adjacent(index - 1, index):
        index -= 1
    return view.folded[index] == view.folded[after]


def _is_surname_before_place(view: View, head: int, after: int) -> bool:
    """ "Gary Hall of the United States", "Margaret Court of Australia": a head
    word after a given name is a surname, and the place after "of" is where
    the person comes from, not part of the name."""
    places = gazetteer()
    before = head - 1
    if before < 0 or view.folded[before] not in places.first_names:
        return False
    return places.place_kind(view.folded[after]) is not None or _starts_place_phrase(
        view, places, after, len(view)
    )


def _next_after_small_words(view: View, is_name: list[bool], last: int) -> int | None:
    """Two small words inside a name: "Bank of the ...", "van der Westhuizen",
    "Ata-ur-Rehman", "Chester-le-Street"."""
    words = view.words
    hyphenated = last + 4 < len(words) and is_name[last + 4]
    if hyphenated and words[last + 1] == "-" and words[last + 3] == "-":
        word = words[last + 2]
        attached = all(view.attached(i, i + 1) for i in range(last, last + 4))
        return last + 4 if attached and word.isalpha() and word.islower() else None
    if last + 3 >= len(words) or not is_name[last + 3]:
        return None
    first_link, second_link = view.folded[last + 1], view.folded[last + 2]
    if first_link in _ARABIC_ARTICLES and _is_arabic_article(view, last + 1):
        return last + 3 if view.adjacent(last, last + 1) else None  # "Rami al-Saadani"
    if not all(view.adjacent(i, i + 1) for i in range(last, last + 3)):
        return None
    if first_link == "of" and second_link == "the" and view.folded[last] in OF_HEADS:
        return None if _is_surname_before_place(view, last, last + 3) else last + 3
    if first_link in NAME_PARTICLES and second_link in NAME_PARTICLES:
        return last + 3
    return None


# -- from a run to spans ------------------------------------------------------


def _refine(view: View, context: Context, places: Gazetteer, first: int, last: int):
    """Trim a run to its names: drop ordinary first words, split off titles and demonyms."""
    while first < last and (
        not view.words[first][0].isalnum()
        # a link left first: "(Police) and Army"; not the article of "al-Aqsa"
        or (view.words[first][0].islower() and not _is_arabic_article(view, first))
        or _is_ordinary_first_word(view, context, places, first, last)
    ):
        first += 1
    if first >= last or (last - first == 1 and is_function_word(view.folded[first])):
        return []
    words = view.folded[first:last]
    head = words[-1]
    honorific = words[0].rstrip(".") in HONORIFICS or words[0] in HONORIFICS
    if honorific:
        if last - first == 1:
            return []
        return [_typed(view, context, places, first, last, "", ("honorific",))]
    title_end = _title_prefix_end(words, places)
    if (
        0 < title_end < len(words)
        and head.rstrip(".") in TITLE_HEADS
        and words[title_end] not in places.first_names
    ):
        return []  # a post, not a titled name: "Chief Design Officer", not "Captain John Major"
    if title_end and title_end < len(words) and not _is_head(head):
        title = " ".join(view.words[first : first + title_end])
        return _refine_after_title(view, context, places, first + title_end, last, title)
    if title_end == len(words):
        if len(words) == 1 and _next_to_saying_verb(view, first, last):
            return [_typed(view, context, places, first, last, "", ())]  # "King said"
        return []
    if len(words) > 1 and all(is_demonym(places, word) for word in words if word != "-"):
        return [_typed(view, context, places, first, last, "", ())]  # "Iraqi Kurds"
    if last - first == 2 and _is_given_name_of_a_nation(view, context, places, first):
        return [_typed(view, context, places, first, last, "", ("first_name_not_nation",))]
    country_end = _country_prefix_end(words, places)
    if country_end and not _is_head(head) and not _is_whole_place(words, places):
        country = _typed(view, context, places, first, first + country_end, "", ())
        return [country, *_refine(view, context, places, first + country_end, last)]
    demonym_end = _demonym_prefix_end(words, places)
    if (
        demonym_end
        and (not _is_head(head) or _names_a_portfolio(words[demonym_end:]))
        and not _is_whole_place(words, places)
    ):
        demonym = Span(first, first + demonym_end, "other", evidence=("demonym",))
        return [demonym, *_refine(view, context, places, first + demonym_end, last)]
    if "-" in words and places.place_kind(" ".join(words).replace(" - ", "-")) is None:
        parts = _hyphenated_places(view, places, first, last)
        if parts:
            return [_typed(view, context, places, a, b, "", ()) for a, b in parts]
    inner = _inner_title(words)
    if inner is not None and not _is_head(head):
        title_start, title_end = inner
        title = " ".join(view.words[first + title_start : first + title_end])
        before = _refine(view, context, places, first, first + title_start)
        return [
            *before,
            *_refine_after_title(view, context, places, first + title_end, last, title),
        ]
    split = _after_inner_head(view, first, last)
    if split is not None:
        return [
            *_refine(view, context, places, first, split),
            *_refine(view, context, places, split, last),
        ]
    if last - first == 1 and view.folded[first] in COMMON_ACRONYMS:
        return []
    ordinary = last - first == 1 and _may_be_ordinary(view, context, places, first)
    return [_typed(view, context, places, first, last, "", ("ordinary_word",) if ordinary else ())]


def _is_given_name_of_a_nation(view: View, context: Context, places: Gazetteer, first: int) -> bool:
    """ "Christian Karembeu", "Chad Curtis": a given name that is also a nationality
    or a country, before a word that can only be a family name, is a person's
    (the two words from `first`).

    The second word must be no ordinary word, place, nationality, title or
    head ("German Cup", "Chad Government", "German Foreign Ministry"), and
    no article may stand before the pair ("the German Bundesbank").
    """
    given, family = view.folded[first], view.folded[first + 1]
    is_nation = places.is_demonym(given) or places.place_kind(given) == "country"
    if not is_nation or not (
        given in places.first_names or given in places.places_named_like_people
    ):
        return False
    if first > 0 and view.folded[first - 1] in ("the", "a", "an"):
        return False
    word = view.words[first + 1]
    return (
        word.isalpha()
        and word.istitle()
        and not _is_common(family, context, places)
        and places.place_kind(family) is None
        and not is_demonym(places, family)
        and not _is_head(family)
        and family not in TITLES
    )


def _is_whole_place(words: list[str], places: Gazetteer) -> bool:
    """ "Saudi Arabia", "American Samoa": a known place whole, whatever its first word."""
    return places.place_kind(" ".join(words)) is not None


def _may_be_ordinary(view: View, context: Context, places: Gazetteer, first: int) -> bool:
    """A word alone that is no name unless the article prints it in a longer one
    ("Such" of "Peter Such"): the entities stage, seeing every name, decides.

    An ordinary word the text capitalises anywhere ("Share All sharing
    options"), not an acronym ("US", "IT"); or a sentence's capital.
    """
    if view.folded[first] in NOT_NAMES:
        return not view.words[first].isupper()
    return view.sentence_start[first] and _is_sentence_capital(view, context, places, first)


def _next_to_saying_verb(view: View, first: int, last: int) -> bool:
    after = view.folded[last] if last < len(view) else ""
    before = view.folded[first - 1] if first > 0 else ""
    return after in SAYING_VERBS or before in SAYING_VERBS


def _country_prefix_end(words: list[str], places: Gazetteer) -> int:
    """How many leading words name a country: "U.S." in "U.S. Labor Day"."""
    for end in (3, 2, 1):
        followed = len(words) > end and words[end] != "-"
        if followed and places.place_kind(" ".join(words[:end])) == "country":
            return end
    return 0


def _hyphenated_places(view: View, places: Gazetteer, first: int, last: int):
    """ "China-Japan relations": two places, not one name; else None."""
    parts, start = [], first
    for index in range(first, last + 1):
        if index == last or view.words[index] == "-":
            if index == start or places.place_kind(" ".join(view.folded[start:index])) is None:
                return None
            parts.append((start, index))
            start = index + 1
    return parts if len(parts) > 1 else None


def _after_inner_head(view: View, first: int, last: int) -> int | None:
    """Where a person's name follows an organisation's or place's name in one run.

    "National Security Council Shotaro Yachi": the head "Council" ends the
    first name when two or three plain words follow it.
    """
    words = view.folded
    for index in range(first + 1, last - 2):
        if words[index] not in _FINAL_HEADS:
            continue
        rest = range(index + 1, last)
        plain = all(
            view.words[i].isalpha()
            and view.words[i].istitle()
            and not _is_head(words[i])
            and words[i] not in TITLES
            for i in rest
        )
        return index + 1 if plain and len(rest) <= 3 else None
    return None


# Heads that end a name for sure; "International", "News" may go on ("International Paper").
_FINAL_HEADS = frozenset(
    "ministry council agency commission committee bureau party union federation association "
    "university institute foundation bank corporation company islands sea river".split()
)


def _inner_title(words: list[str]) -> tuple[int, int] | None:
    """A title inside a run: "Security Council President Tono Eitel" -> words 2 to 3."""
    for start in range(1, len(words) - 1):
        if words[start].rstrip(".") not in TITLE_HEADS:
            continue
        end = start + 1
        while end < len(words) - 1 and words[end].rstrip(".") in TITLES:
            end += 1
        while start > 1 and words[start - 1].rstrip(".") in TITLES:
            start -= 1
        return start, end
    return None


def _refine_after_title(view, context, places, first, last, title):
    return [_typed(view, context, places, first, last, title, ("title_before",))]


def _is_ordinary_first_word(view, context, places, index, last) -> bool:
    """A capital that only marks the start of a sentence."""
    if not view.sentence_start[index]:
        return False
    folded = view.folded[index]
    if folded.rstrip(".") in HONORIFICS or _starts_place_phrase(view, places, index, last):
        return False
    if len(folded) == 1 and _is_initial(view, index):
        return False
    following = view.folded[index + 1] if index + 1 < last else ""
    if (folded in OF_HEADS and following in ("of", "for")) or following == "'s":
        return False  # "House of Representatives", "People's Daily" starting a sentence
    if view.lines[index] in view.headline_lines and in_dateline(view, index):
        return False  # "LA CORUNA, Spain 1996-08-31": a town, whatever its words
    if folded in CALENDAR_GIVEN_NAMES and _is_given_name_before_name(view, places, index):
        return False  # "Jan Kroslak (Slovakia)" opening a line of results
    if folded in NOT_NAMES or is_function_word(folded):
        return True
    if index + 1 == last and index + 1 < len(view) and view.words[index + 1] == ":":
        # a label: "Attendance: 20,000"; a place's name is no label ("Hove: Sussex 363")
        return folded not in context.name_words and not places.is_place_name(folded)
    if folded in context.name_words or places.is_place_name(folded) or places.is_demonym(folded):
        return False
    long_word = len(folded) > 5
    if last - index == 1:
        ordinary = folded.endswith(_ORDINARY_ENDINGS) and long_word
        return (
            ordinary
            or _is_common(folded, context, places)
            or _is_dictionary_word(folded, places)
            or folded in places.places_named_like_words
        )
    # "Security Council": a noun may begin a name, an adverb or participle not;
    # a given name before a family name does ("Alfred Vrenko", "Vasily Kaptyukh")
    inflected = folded.endswith(("ly", "ing", "ed")) and long_word
    given = folded in places.first_names or (
        folded.endswith("ly") and _opens_ranked_line(view, index)
    )
    if given and _is_given_name_before(view, context, places, index):
        return False
    if not given and _describes_person_after(view, places, index, last):
        return True
    # "Security Council", "Red Star": an ordinary word may begin a name; it
    # only starts the sentence when a name of its own follows ("Angry Kent fans")
    return inflected or (
        _is_common(folded, context, places) and _is_known_name(view, context, places, index + 1)
    )


def _describes_person_after(view: View, places: Gazetteer, index: int, last: int) -> bool:
    """ "Fullback Andre Joubert", "Controversial Australian Anthony Hill": a word
    opening a sentence, known as no name, before a given name and a family name (a
    nationality may stand between) describes the person; it is not their first name.
    Not before a body's name: "Jeans Mate Corp"."""
    if not view.words[index].isalpha() or _is_head(view.folded[last - 1]):
        return False
    given = index + 1
    if given < last and is_demonym(places, view.folded[given]):
        given += 1
    return given + 1 < last and view.folded[given] in places.first_names


def _is_given_name_before(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    """ "Alfred Vrenko", "Vasily Kaptyukh": a given name before a word that is no
    ordinary word ("Red Star", "Add Men's"), country, region, nationality or
    head of a name; nor, after a given name that is an ordinary word too, any
    place ("Early London trading")."""
    folded, following = view.folded[index], view.folded[index + 1]
    if places.is_place_name(following) and (
        _is_common(folded, context, places) or _is_dictionary_word(folded, places)
    ):
        return False
    return not (
        following in NOT_NAMES
        or _is_common(following, context, places)
        or _is_dictionary_word(following, places)
        or places.place_kind(following) in ("country", "region")
        or places.is_demonym(following)
        or _is_head(following)
    )


def _opens_ranked_line(view: View, index: int) -> bool:
    """ "3. Vasily Kaptyukh (Belarus) 66.24": the word after a rank that opens a
    line of results is a name, whatever its ending."""
    rank = index - 2
    return (
        rank >= 0
        and view.words[rank].isdigit()
        and view.words[rank + 1] == "."
        and view.opens_line(rank)
    )


def _is_sentence_capital(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    """ "Angry students marched", "Based on the data": a word starting a sentence,
    capitalised nowhere else, before a word in small letters, may be an
    ordinary one ("Wang spoke" may be Wang Yi's short form).

    Not a known place, nationality or given name, nor a word a headline
    prints too ("Ruritania"), nor one with capitals inside ("U.N.",
    "McDowell"); nor before a word that speaks of a name ("Hussain said",
    "Essex beat", "Pirelli shares").
    """
    folded = view.folded[index]
    following = index + 1
    if (
        following >= len(view)
        or not view.words[index][1:].islower()
        or not view.adjacent(index, following)
    ):
        return False
    word = view.words[following]
    if not (word.isalpha() and word.islower()) or view.folded[following] in _NAME_FOLLOWERS:
        return False
    if view.folded[following] in _SINGULAR_HAS and not _is_common(folded, context, places):
        return False  # "Sondland has emerged": a subject no dictionary knows is a name
    return not (
        _is_name_inside_sentences(folded, context, places)
        or folded in context.headline_words
        or folded in places.first_names
        or places.is_place_name(folded)
        or places.is_demonym(folded)
    )


def _is_name_inside_sentences(folded: str, context: Context, places: Gazetteer) -> bool:
    """A word the article capitalises inside sentences; an English word only where it
    stands alone there ("shares of Apple"), not inside longer names alone ("Rochester
    Fire Department", "Far East Gold"): "Fire officials said" is no name."""
    if folded not in context.name_words:
        return False
    if folded in context.lone_name_words:
        return True
    return not (_is_common(folded, context, places) or _is_dictionary_word(folded, places))


# Words in small letters that follow a name more often than an ordinary word.
_NAME_FOLLOWERS = SAYING_VERBS | MATCH_VERBS | ORG_NOUNS_AFTER | PLACE_NOUNS | TEAM_ROLES
# "Sondland has emerged": before "has", an ordinary noun takes an article ("The
# plan has") and a plural takes "have"; "is" and "was" follow bare mass nouns
# as often ("Tin was unchanged", "Death is").
_SINGULAR_HAS = frozenset(("has", "hasn't"))


def is_function_word(folded: str) -> bool:
    """ "the", "it", "we'd", "don't": a closed-class word, contracted or not."""
    if folded.endswith("n't"):
        return True
    base, apostrophe, ending = folded.partition("'")
    if apostrophe and ending in CONTRACTION_ENDINGS:
        return base in FUNCTION_WORDS or base in NOT_NAMES
    return folded in FUNCTION_WORDS


# Endings of ordinary English words that names almost never have:
# "Shipments", "Tentative", "Legislation", "Obviously", "Trailing".
_ORDINARY_ENDINGS = (
    "ly",
    "ing",
    "ings",
    "ed",
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ous",
    "ive",
    "ives",
    "ful",
    "less",
    "able",
    "ible",
    "ents",
)


def _is_known_name(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    word = view.folded[index]
    return (
        (word in context.name_words and not _is_head(word))
        or word in places.first_names
        or places.place_kind(word) is not None
        or places.is_demonym(word)
    )


def _is_common(word: str, context: Context, places: Gazetteer) -> bool:
    """An ordinary word, or the plural of one ("Teams", "Penalties")."""
    forms = [word]
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
        elif word.endswith("es"):
            forms.append(word[:-2])
    return any(form in context.common_words or form in places.common_words for form in forms)


def _is_dictionary_word(word: str, places: Gazetteer) -> bool:
    """ "Extras", "Revenue": a word of the larger dictionary, or its plural."""
    words = places.dictionary_words
    return word in words or (word.endswith("s") and len(word) > 3 and word[:-1] in words)


def _starts_place_phrase(view: View, places: Gazetteer, index: int, last: int) -> bool:
    """ "New York", "United States": a known place that starts with an ordinary word."""
    for end in range(min(last, index + 4), index + 1, -1):
        phrase = " ".join(view.folded[index:end])
        if places.place_kind(phrase) is not None:
            return True
    return False


def _title_prefix_end(words: list[str], places: Gazetteer) -> int:
    """How many leading words are a title ("Prime Minister", "Mr", "Major-General")."""
    end = 0
    while end < len(words) and words[end].rstrip(".") in TITLES:
        end += 1
        if end + 1 < len(words) and words[end] == "-" and words[end + 1] in TITLES:
            end += 1
    if end == 0 or (end < len(words) and _is_body_head(words[end], places)):
        return 0  # "Major League", "General Assembly": the title word starts a body's name
    if end < len(words) and not words[end][:1].isalnum():
        return 0  # "Queen & Slim", "King & Spalding": the title word is half of a name
    if any(word.rstrip(".") in TITLE_HEADS for word in words[:end]):
        return end
    rest = words[end:]
    if len(rest) >= 2 and rest[0] in places.first_names:
        return end
    return 0


def _demonym_prefix_end(words: list[str], places: Gazetteer) -> int:
    """How many leading words are a nationality ("Japanese", "West Indian").

    Never inside a hyphenated word: "Sino-Japanese" is one name; nor before
    the head of a state's name: "Islamic Republic of Iran", "Democratic Republic".
    """
    for end in (2, 1):
        if (
            len(words) > end
            and words[end] != "-"
            and words[end] not in STATE_HEADS
            and places.is_demonym(" ".join(words[:end]))
        ):
            return end
    return 0


def _names_a_portfolio(words: list[str]) -> bool:
    """ "Foreign Ministry", "Home Office": a government body named after its
    portfolio, which a nationality before it only qualifies ("German Foreign Ministry")."""
    return (
        len(words) >= 2
        and words[0] in TITLES
        and words[0] not in TITLE_HEADS
        and words[-1] in _PORTFOLIO_HEADS
    )


# What a government body named after its portfolio is: not a party ("Labour Party").
_PORTFOLIO_HEADS = frozenset(("ministry", "ministries", "department", "office"))


def _is_body_head(word: str, places: Gazetteer) -> bool:
    """The head of a body's, a place's or an event's name, not a given name ("Max")."""
    heads = (ORG_HEADS, PLACE_HEADS, EVENT_HEADS)
    return any(word in group for group in heads) and word not in places.first_names


def _is_head(word: str) -> bool:
    return word in ORG_HEADS or word in PLACE_HEADS or word in EVENT_HEADS or word in OTHER_HEADS


def _typed(view, context, places, first, last, title, evidence) -> Span:
    signals = (*evidence, *signals_of(view, context, places, first, last))
    return Span(first, last, best_type(signals, last - first), title, "", signals)


# -- acronyms -----------------------------------------------------------------


def _link_acronyms(view: View, spans: list[Span]) -> list[Span]:
    """ "Asia-Pacific Economic Cooperation (APEC)": the acronym takes its expansion.

    The expansion is read back from the bracket, word by word, until its
    capitals spell the acronym; small words may sit between them
    ("Organisation for Security and Cooperation in Europe (OSCE)"), and the
    names found inside it become the one name it is.
    """
    words = view.words
    expansions: dict[str, tuple[str, str]] = {}
    for span in spans:
        acronym = words[span.first]
        bracket = span.first - 1
        if not (
            span.last - span.first == 1
            and acronym.isupper()
            and bracket > 0
            and words[bracket] == "("
            and span.last < len(words)
            and words[span.last] == ")"
        ):
            continue
        start = _expansion_start(view, bracket, acronym.replace(".", ""))
        if start is None:
            continue
        inside = [other for other in spans if other.first >= start and other.last <= bracket]
        if not inside:
            continue
        evidence = tuple(dict.fromkeys(signal for other in inside for signal in other.evidence))
        ending = inside[-1]
        headed = ending.last == bracket and set(ending.evidence) & _HEAD_SIGNALS
        type_ = ending.type if headed else "organisation"
        expansion = Span(start, bracket, type_, "", "", evidence)
        spans = sorted(
            [other for other in spans if other not in inside] + [expansion],
            key=lambda item: item.first,
        )
        expansions[acronym] = (_span_text(view, expansion), type_)
    if not expansions:
        return spans
    linked = []
    for span in spans:
        text = words[span.first]
        if span.last - span.first == 1 and text in expansions:
            name, type_ = expansions[text]
            span = Span(span.first, span.last, type_, span.title, name, (*span.evidence, "acronym"))
        linked.append(span)
    return linked


_EXPANSION_LINKS = frozenset("of for and in on the to de du des la le & - ' 's".split())
_MAX_EXPANSION_TOKENS = 14


def _expansion_start(view: View, bracket: int, letters: str) -> int | None:
    """The first token of the words whose capitals spell `letters`, ending before `bracket`."""
    capitals = []
    index = bracket - 1
    while index >= 0 and bracket - index <= _MAX_EXPANSION_TOKENS:
        text = view.words[index]
        if text[0].isupper():
            capitals.append(text[0])
            if len(capitals) == len(letters):
                return index if "".join(reversed(capitals)) == letters else None
        elif view.folded[index] not in _EXPANSION_LINKS:
            return None
        index -= 1
    return None


_HEAD_SIGNALS = frozenset(("org_head", "place_head", "event_head", "other_head", "country"))


def _span_text(view: View, span: Span) -> str:
    return view.span_text(span.first, span.last)
