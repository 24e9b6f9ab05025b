"""Name discovery: text -> typed spans of names the registry does not know.

The evidence is general, not learnt from any article:
- capitalised words in running text, joined into spans ("Shotaro Yachi",
  "Bank of England", "Asia-Pacific Economic Cooperation"; see names_runs);
- where a sentence starts, a capital proves nothing, so a first word must be
  a name by other evidence or at least not an ordinary word; a word seen
  capitalised nowhere else, before a word in small letters ("Based on"),
  stays only if the article prints it in a longer name (see entities and
  names_sentence_starts);
- a Title Case title that fills its quotation marks is one name, a work's;
- in headlines (ALL CAPS or Title Case) a word counts only when the same
  text also uses it as a name, or a gazetteer knows it (see names_runs);
- a name runs to seven capitalised words at the most: a longer run is a
  headline, a list or a menu glued onto one line, dropped whole;
- titles, nationalities and countries printed before a name are split off
  it (see names_refine);
- the words around a span and inside it type it: titles before a person,
  heads at the end of an organisation, a place or an event, gazetteers of
  countries, towns, given names and demonyms (see names_types, names_signals);
- names listed together, in a list, a line-up or a table, type each other
  (see names_lists).
Here, the pass over a text as a whole: titles in quotation marks, runs
refined into spans, then acronyms, nicknames and nationalities joined.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clean_words import find_furniture
from .names_gazetteer import Gazetteer, gazetteer
from .names_inside import is_demonym
from .names_lists import type_listed_names
from .names_numbered import join_numbered_names
from .names_refine import refine
from .names_runs import capitalised_runs
from .names_signals import DISEASES, KOREAN_FAMILY_NAMES, TITLE_SMALL_WORDS
from .names_text import CLOSING_QUOTES, Context, View
from .names_types import Span, best_type

__all__ = ["discover"]


def discover(view: View, context: Context, taken: list[bool]) -> list[Span]:
    """Typed name spans among the tokens not `taken` by the registry."""
    places = gazetteer()
    titles = list(_quoted_titles(view, taken))
    spans = [Span(first, last, "other", evidence=("quoted",)) for first, last in titles]
    if titles:
        taken = taken[:]
        for first, last in titles:
            taken[first:last] = [True] * (last - first)
    for first, last in capitalised_runs(view, context, taken, places):
        refined = refine(view, context, places, first, last)
        if last - first > _MAX_NAME_CAPITALS:
            refined = [span for span in refined if not _is_overlong(view, span)]
        spans.extend(
            span
            for span in refined
            if not _is_site_furniture(view, span) and not _is_column_heading(view, span)
        )
    if titles:
        spans.sort(key=lambda span: span.first)
    spans = _link_acronyms(view, spans)
    if '"' in view.text or "“" in view.text:
        spans = _join_nicknames(view, places, spans)
    type_listed_names(view, spans)
    _join_demonym_compounds(view, places, spans)
    _join_hyphened_numbers(view, spans)
    spans = join_numbered_names(view, spans, taken)
    if "v." in view.text:
        spans = _join_court_cases(view, spans)
    if context.possessive_names or "XI" in view.text:
        spans = _join_possessive_names(view, context, spans)
    return spans


# What makes a name a person's whatever possessive follows it.
_PERSON_SIGNALS = frozenset(
    ("first_name", "title_before", "title_after", "honorific", "initials", "person_head")
)


def _join_possessive_names(view: View, context: Context, spans: list[Span]) -> list[Span]:
    """ "Moody's", "McDonald's", "Boatmen's": where the article prints a name's
    possessive as a name of its own ("Moody's said"), the possessive is the name's
    wherever it follows it ("Moody's rating"), and the name a shop's or a firm's;
    before a body's name, the body's first words: "Boatmen's Bancshares Inc."."""
    joined: list[Span] = []
    for span in spans:
        owner = joined[-1] if joined else None
        if (
            owner is not None
            and "possessive_name" in owner.evidence
            and span.first == owner.last
            and "org_head" in span.evidence
        ):
            evidence = (*span.evidence, "possessive_name")
            joined[-1] = Span(owner.first, span.last, span.type, evidence=evidence)
            continue
        if owner is not None and _is_eleven_of(view, owner, span):
            # "Duke of Norfolk's XI", "the President's XI": a side of eleven picked by one
            joined[-1] = Span(owner.first, span.last, "organisation", evidence=("org_head",))
            continue
        if _is_possessive_name(view, context, span):
            span.evidence = (*span.evidence, "possessive_name")
            span.type = best_type(span.evidence, span.last - span.first)
            span.last += 1
        joined.append(span)
    return joined


def _is_eleven_of(view: View, owner: Span, span: Span) -> bool:
    possessive = owner.last
    return (
        span.last - span.first == 1
        and view.words[span.first] == "XI"
        and span.first == possessive + 1
        and view.folded[possessive] == "'s"
        and view.attached(possessive - 1, possessive)
    )


def _is_possessive_name(view: View, context: Context, span: Span) -> bool:
    possessive = span.last
    return (
        possessive < len(view)
        and view.folded[possessive] == "'s"
        and view.attached(possessive - 1, possessive)
        and view.folded[possessive - 1] in context.possessive_names
        and _PERSON_SIGNALS.isdisjoint(span.evidence)  # "Yasser Arafat's call."
    )


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


def _join_hyphened_numbers(view: View, spans: list[Span]) -> None:
    """ "COVID-19", "Chandrayaan-3", "MiG-29", "Sars-CoV-2": a name with its number
    hyphened to it is one name, a thing's: a disease's, a craft's, a model's."""
    words = view.words
    for span in spans:
        hyphen = span.last
        if not (
            hyphen + 1 < len(words)
            and words[hyphen] == "-"
            and view.attached(hyphen - 1, hyphen)
            and view.attached(hyphen, hyphen + 1)
        ):
            continue
        number = words[hyphen + 1]
        if span.last - span.first == 1 and view.folded[span.first] in DISEASES:
            signal = "disease" if number[:1].isalnum() else ""
        else:
            signal = "numbered_product" if number[:1].isdigit() else ""
        if signal:
            span.last = hyphen + 2
            span.type = "other"
            span.evidence = (*span.evidence, signal)
            span.expansion = ""  # "CNB-120", an index, is no longer the bank "CNB" stood for


def _join_court_cases(view: View, spans: list[Span]) -> list[Span]:
    """ "Roe v. Wade", "Brown v. Board of Education": the parties of a case either side
    of "v." name the case, one name. Not "v" without its full stop, which sets sides
    against each other in sport ("Essex v Kent")."""
    joined: list[Span] = []
    for span in spans:
        party = joined[-1] if joined else None
        versus = party.last if party is not None else -1
        if (
            party is not None
            and versus + 2 == span.first
            and view.words[versus] == "v"
            and view.words[versus + 1] == "."
            and view.attached(versus, versus + 1)
        ):
            joined[-1] = Span(party.first, span.last, "other", evidence=("court_case",))
            continue
        joined.append(span)
    return joined


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
    """'Roberto "Hands of Stone" Duran', and in the order of Korean names, the family
    name first, 'Lee "Faker" Sang-hyeok', 'Bae "Bengi" Seong-woong'."""
    return (
        given.last - given.first == 1
        and (
            view.folded[given.first] in places.first_names
            or view.folded[given.first] in places.romanized_names
            or view.folded[given.first] in KOREAN_FAMILY_NAMES
        )
        and "quoted" in nickname.evidence
        and nickname.first == given.last + 1
        and family.first == nickname.last + 1
        and _is_one_word(view, family)
        and view.words[given.last] in _OPENING_QUOTES
        and view.words[nickname.last] in CLOSING_QUOTES
        and view.lines[given.first] == view.lines[family.first]
    )


_OPENING_QUOTES = frozenset('"“')


def _is_one_word(view: View, span: Span) -> bool:
    """A span printed as one word: "Duran", "Sang-hyeok"."""
    return all(view.attached(index, index + 1) for index in range(span.first, span.last - 1))


# -- titles in quotation marks -------------------------------------------------

# A quotation mark set right before a word: a double one, or a single one opening
# after a space (a headline's: "eliminated from 'Dancing with the Stars' after"),
# not an apostrophe. One class of the marks first, as text.SENTENCE_END: `re`
# skips ahead to them.
_OPENING_QUOTE = re.compile(r"[\"“‘'](?:(?<=[\"“])|(?<=[‘'])(?<![\w’'][‘']))(?=[^\W\d_])")
_CLOSING_SINGLE_QUOTES = frozenset("’'")
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
        mark = bisect_left(view.starts, quote.start())
        if view.words[mark] != quote.group() or mark + 1 == len(view):
            continue  # a token of its own, before a word: not the "'s" of a possessive
        first = mark + 1
        closing = CLOSING_QUOTES if quote.group() in _OPENING_QUOTES else _CLOSING_SINGLE_QUOTES
        end = _title_end(view, taken, first, closing)
        if end is not None:
            yield first, end


def _title_end(view: View, taken: list[bool], first: int, closing: frozenset[str]) -> int | None:
    """The end of a Title Case title from `first` to its closing quotation mark, or None.

    A single closing quotation mark is an apostrophe as often ("Takin’ It"): the
    title then ends there with one capital, too few, and is no title.
    """
    words, line = view.words, view.lines[first]
    capitals = small_words = 0
    for index in range(first, min(len(words), first + _MAX_TITLE_TOKENS)):
        word = words[index]
        if taken[index] or view.lines[index] != line:
            return None
        if word in closing or (word in _TRAILING_MARKS and _closes_quote(view, index, closing)):
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


def _closes_quote(view: View, index: int, closing: frozenset[str]) -> bool:
    following = index + 1
    return following < len(view) and view.words[following] in closing


# -- runs too long to be a name ----------------------------------------------

# The most capitalised words a name runs to: "London International Financial
# Futures and Options Exchange" has seven. A longer run is a headline, a list or
# a menu glued onto one line ("ShowcaseCloud Security CenterData Protection
# Learning CenterEndpoint ..."), not a name; where it breaks nothing says.
_MAX_NAME_CAPITALS = 7


def _is_site_furniture(view: View, span: Span) -> bool:
    """ "Contact Us", "Privacy Policy", "Terms of Service": a site's links, left in a line
    of text the cleaner kept ("... All Rights Reserved. About Us : Contact Us"), name
    nobody."""
    if span.last - span.first < 2:
        return False
    words = [word.lower() for word in view.words[span.first : span.last]]
    name = " ".join(words)
    if name in _STORES or words[0] == "the":
        return False  # "The Times": a paper, though "times" labels a count of views
    return find_furniture(words, ends_sentence=False) == name


# Stores that a site's badges name ("Get it on Google Play") and news writes of: "Apple's
# App Store"; where the cleaner kept a badge, a store named is the lesser harm.
_STORES = frozenset(("app store", "google play"))


# A table's line of column labels: "W L PCT GB", "P W D L F A PTS".
_COLUMN_LABEL_MAX_LETTERS = 3
_MIN_COLUMN_LABELS = 3


def _is_column_heading(view: View, span: Span) -> bool:
    """Is the span's line a table's column labels, short words in capitals and no
    more ("W L PCT GB")? They name nothing."""
    if not _is_column_label(view.words[span.first]):
        return False  # most names: a cheap first test
    line = view.lines[span.first]
    start, end = span.first, span.last
    while start > 0 and view.lines[start - 1] == line:
        start -= 1
    while end < len(view) and view.lines[end] == line:
        end += 1
    labels = view.words[start:end]
    return len(labels) >= _MIN_COLUMN_LABELS and all(map(_is_column_label, labels))


def _is_column_label(word: str) -> bool:
    return len(word) <= _COLUMN_LABEL_MAX_LETTERS and word.isalpha() and word.isupper()


def _is_overlong(view: View, span: Span) -> bool:
    return sum(view.capitalised[span.first : span.last]) > _MAX_NAME_CAPITALS


# -- acronyms -----------------------------------------------------------------


def _link_acronyms(view: View, spans: list[Span]) -> list[Span]:
    """ "Asia-Pacific Economic Cooperation (APEC)", "DACA (Deferred Action for
    Childhood Arrivals)": the acronym takes its expansion.

    The expansion is the run of words whose capitals spell the acronym, beside
    its bracket; small words may sit between them ("Organisation for Security
    and Cooperation in Europe (OSCE)"), and the names found inside it become
    the one name it is.
    """
    words = view.words
    expansions: dict[str, tuple[str, str]] = {}
    for span in spans:
        acronym = words[span.first]
        if span.last - span.first != 1 or not acronym.isupper():
            continue
        found = _expansion_of(view, span.first, acronym.replace(".", ""))
        if found is None:
            continue
        start, end = found
        inside = [other for other in spans if other.first >= start and other.last <= end]
        if not inside:
            continue
        evidence = tuple(dict.fromkeys(signal for other in inside for signal in other.evidence))
        ending = inside[-1]
        headed = ending.last == end and set(ending.evidence) & _HEAD_SIGNALS
        type_ = ending.type if headed else "organisation"
        expansion = Span(start, end, type_, "", "", evidence)
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


def _expansion_of(view: View, acronym: int, letters: str) -> tuple[int, int] | None:
    """Tokens [start, end) of the expansion of the acronym at `acronym`: the words
    before "(ACRONYM)", or all the words of the bracket after "ACRONYM (...)"."""
    words, last = view.words, len(view.words) - 1
    if 0 < acronym < last and words[acronym - 1] == "(" and words[acronym + 1] == ")":
        start = _expansion_start(view, acronym - 1, letters)
        return None if start is None else (start, acronym - 1)
    if acronym + 1 < last and words[acronym + 1] == "(":
        end = _closing_bracket(view, acronym + 1)
        if end is not None and _expansion_start(view, end, letters) == acronym + 2:
            return acronym + 2, end
    return None


def _closing_bracket(view: View, opening: int) -> int | None:
    for index in range(opening + 1, min(len(view), opening + _MAX_EXPANSION_TOKENS + 2)):
        if view.words[index] == ")":
            return index
        if view.words[index] == "(":
            return None
    return None


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
