"""Types of discovered names: the evidence around and inside a span, weighed.

Each piece of evidence is a named signal; SIGNAL_WEIGHTS (names_signals)
says which type it speaks for and how strongly. A span takes the type with
the highest total.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .names_gazetteer import Gazetteer
from .names_signals import (
    CLUB_PREFIXES,
    EVENT_HEADS,
    EVENT_NOUNS_AFTER,
    FOREIGN_ARTICLES,
    HONORIFICS,
    INDEX_MODIFIERS,
    INDEX_NOUNS,
    INVERTED_SAYING_VERBS,
    KIN_NOUNS,
    MATCH_VERBS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    ORG_NOUNS_BEFORE,
    OTHER_HEADS,
    PERSON_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    SAYING_VERBS,
    SIDE_NOUNS,
    SIGNAL_WEIGHTS,
    STATE_HEADS,
    TEAM_ROLES,
    TIME_ZONES,
    TITLE_HEADS,
    US_STATE_ABBREVIATIONS,
    VESSEL_NOUNS,
    VESSEL_PREFIXES,
)
from .names_text import Context, View, fold


def signals_of(view: View, context: Context, places: Gazetteer, first: int, last: int) -> list[str]:
    inside, may_be_team = _signals_inside(places, tuple(view.words[first:last]))
    signals = list(inside)
    after = _noun_after(view, last)
    signals.extend(_neighbour_signals(view, first, last, after))
    if last + 1 < len(view) and view.words[last] == "," and _before_its_region(view, places, last):
        signals.append("town_of_region")
    if last - first > 1 and inside in _ONLY_SHAPE:
        signals.extend(_signals_of_no_person(view, context, places, first, last))
    # a town or county followed by a score or a player is the team named after it;
    # one set last in brackets is where a match is played: "(at Headingley, Leeds)"
    if may_be_team and _closes_brackets(view, first, last) and not _TOWNS.isdisjoint(inside):
        signals.append("town_in_brackets")
    elif may_be_team:
        if _is_team_in_results(view, first, last):
            signals.append("team_result")
        # "Leeds fans", "a Karlsruhe goal"; not "Yeltsin supporters", "a Shearer goal"
        if after in TEAM_ROLES or (after in SIDE_NOUNS and not _TOWNS.isdisjoint(inside)):
            signals.append("team_role_after")
    elif (
        last - first > 1
        and _PERSON_OR_PLACE.isdisjoint(inside)
        and _is_side_in_scores(view, first, last)
    ):
        signals.append("team_result")
    # "the Wimbledon champion": a town's name before a competition's noun names the
    # competition; not "the Ferrari title", "the NBA title": a body's
    if after in EVENT_NOUNS_AFTER and not _TOWNS.isdisjoint(inside):
        signals.append("event_noun_after")
    return signals


# What makes a name of more words a person's or a place's, not a side's, whatever follows.
_PERSON_OR_PLACE = frozenset(
    ("first_name", "initials", "person_head", "surname_shape", "country", "region", "city")
)


def _is_side_in_scores(view: View, first: int, last: int) -> bool:
    """ "Port Vale 2 Oxford 0", "Crystal Palace 4 1 2 1 4 3 5", "the Florida Marlins
    beat": a name no town's, in a line of scores or before a match verb, is a side.

    Stricter than a town's test: a player's name may stand before a bowling
    figure ("Wasim Akram 10-0-50-0") or after "beat" in a tennis draw.
    """
    words, lines = view.words, view.lines
    if last >= len(words):
        return False
    if words[last] in MATCH_VERBS:
        return True
    line = lines[first]
    if not words[last].isdigit() or lines[last] != line:
        return False
    starts_line = first == 0 or lines[first - 1] != line
    if not (starts_line or words[first - 1].isdigit()):
        return False
    after = last + 1
    return (
        after >= len(words)
        or lines[after] != line
        or words[after].isdigit()
        or words[after][0].isupper()
    )


_TOWNS = frozenset(("city", "region"))
# The most tokens a country's or region's name after a town runs to: "New South Wales".
_MAX_REGION_TOKENS = 3
# What may end the phrase of a town and its region: "Lockerbie, Scotland.", "Ontario-based".
_REGION_PHRASE_ENDS = frozenset(".,;:)-")


def _before_its_region(view: View, places: Gazetteer, comma: int) -> bool:
    """ "over Lockerbie, Scotland.", "Markham, Ontario-based": a name, a comma and a
    country or region that ends the phrase name a town and where it lies."""
    folded, lines = view.folded, view.lines
    stop = min(comma + 1 + _MAX_REGION_TOKENS, len(folded))
    for end in range(comma + 2, stop + 1):
        if lines[end - 1] != lines[comma]:
            return False
        if places.place_kind(" ".join(folded[comma + 1 : end])) in ("country", "region"):
            return (
                end == len(folded)
                or folded[end] in _REGION_PHRASE_ENDS
                or lines[end] != lines[comma]
            )
    return False


def _closes_brackets(view: View, first: int, last: int) -> bool:
    """ "(Leeds)", "(at Headingley, Leeds)": a town set last in brackets says where."""
    words = view.words
    return last < len(words) and words[last] == ")" and first > 0 and words[first - 1] in ("(", ",")


def _signals_of_no_person(
    view: View, context: Context, places: Gazetteer, first: int, last: int
) -> list[str]:
    """What says that a name its words leave open is no person's: "the ___",
    an ordinary word at its end."""
    signals = []
    if first > 0 and view.folded[first - 1] == "the" and not _before_a_noun(view, last):
        signals.append("the_before")
    if _ends_in_ordinary_word(view, context, places, first, last):
        signals.append("ordinary_last_word")
    elif _starts_with_ordinary_word(view, context, places, first):
        signals.append("ordinary_first_word")
    return signals


def _starts_with_ordinary_word(view: View, context: Context, places: Gazetteer, first: int) -> bool:
    """ "Nature Astronomy", "Gold Fields", "Human Rights Watch": a name that starts
    with an ordinary word, not a given name ("Will Smith", "Rose Tremain"), is
    a thing's or a body's."""
    word = view.folded[first]
    return (
        (word in context.common_words or word in places.common_words)
        and word not in NOT_NAMES
        and word not in places.first_names
        and word not in places.places_named_like_people
    )


def _ends_in_ordinary_word(
    view: View, context: Context, places: Gazetteer, first: int, last: int
) -> bool:
    """ "Magic Keyboard", "Public Auditorium", "Argus Leader": a name that ends in a
    word the text (or English) writes in small letters is a thing's or a body's,
    unless a given name or an initial starts it ("John Major", "P. Such")."""
    word = view.folded[last - 1]
    ordinary = word in context.common_words or word in places.common_words
    if not ordinary or word in NOT_NAMES:  # "Hla Than"
        return False
    start = view.folded[first]
    return (
        len(start) > 1
        and start not in places.first_names
        and start not in places.places_named_like_people  # "Devon White"
    )


# What the words of a name say when they tell no more than its shape: "Magic Keyboard".
_ONLY_SHAPE = ((), ("capitalised_pair",))


# Distinct names remembered by `_signals_inside`: a name recurs within an
# article and across the archive, and most of its evidence is in its words.
_NAMES_REMEMBERED = 50_000


@lru_cache(maxsize=_NAMES_REMEMBERED)
def _signals_inside(places: Gazetteer, texts: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """What a name's own words say, wherever it stands, and whether it may be a team.

    The words alone decide: the kind of place it is, a nationality, its head,
    a given name, its shape. A town or county may be the team named after it.
    """
    words = [fold(text) for text in texts]
    # "St. Petersburg" is printed "st. petersburg" in the gazetteers
    name = " ".join(words).replace(" - ", "-").replace(" . ", ". ")
    kind = places.place_kind(name)
    if kind is None and len(texts) == 1 and texts[0] in places.country_codes:
        kind = "country"  # "US", "DPRK": only in capitals, "us" is no country
    compass = _compass_expansion(places, words) if kind is None else None
    if compass is not None and compass != "demonym":
        kind = compass
    signals = [kind] if kind is not None else []
    if compass == "demonym" or _is_all_demonyms(places, name):
        signals.append("demonym")
    if compass is not None:  # "N. Korea" is no initial and a surname
        return tuple(signals), False
    signals.extend(_inner_signals(texts, words, places, kind))
    town = kind in ("region", "city") or "contains_place" in signals or len(words) == 1
    return tuple(signals), town and "first_name" not in signals


def _inner_signals(
    texts: tuple[str, ...], words: list[str], places: Gazetteer, kind: str | None
) -> list[str]:
    """What the words of the name say: its head, connectors, a given name, initials."""
    head = words[-1]
    signals = []
    if len(words) > 1:
        # "World War II", "World War Two", "Euro 96": a number after an event's head
        numbered = head in PERSON_HEADS or head.isdigit() or head in _NUMBER_WORDS
        head_signals = _head_signals(words[-2] if numbered and words[-2] in EVENT_HEADS else head)
        if not head_signals and "of" in words:
            head_signals = _SIGNALS_OF_HEAD_BEFORE_OF.get(words[words.index("of") - 1], ())
        signals.extend(head_signals)
        connected = not _CONNECTORS.isdisjoint(words)
        if connected:
            signals.append("inner_connector")
            if _names_a_state(places, words):
                signals.append("place_head")
        if words[0] in CLUB_PREFIXES:
            signals.append("club_prefix")
        elif words[0] in VESSEL_PREFIXES:
            signals.append("vessel")
        # "Rock and Roll Hall of Fame": a person's name holds no "of" or "and";
        # "Al-Ahram", "al-Aqsa" start with an article, not the given name "Al"
        article = words[0] in ("al", "el") and words[1] == "-"
        # "El Al", "Le Matin", "Der Spiegel": a foreign article and one word name a
        # paper, a firm or a place, not a person by a given name
        foreign_article = len(words) == 2 and words[0] in FOREIGN_ARTICLES and kind is None
        if foreign_article:
            signals.append("foreign_article_first")
        if (
            words[0] in places.first_names
            and kind is None
            and not (connected or article or foreign_article)
        ):
            signals.append("first_name")
        if texts[-1].islower() and texts[-2] == "-":
            signals.append("hyphened_given_name")  # "Kim Young-sam", "Chen Chun-yeh"
        elif len(words) <= 3 and all(map(_is_plain_word, texts)) and not foreign_article:
            signals.append("capitalised_pair")
        elif _starts_with_acronym(texts, words, places):
            signals.append("acronym_first")
    elif head in _HEADS_NAMING_ALONE:
        signals.append(_HEADS_NAMING_ALONE[head])  # "in the Gulf", "bring back the Cup"
    elif texts[0].isupper() and 2 <= len(texts[0]) <= 6 and kind is None:
        signals.append("time_zone" if len(words) == 1 and words[0] in TIME_ZONES else "acronym")
    if len(texts[0]) == 1 and len(words) > 2:
        signals.append("initials")
    if any(_is_compound_word(places, text) for text in texts):
        signals.append("compound_word")
    elif _has_surname_shape(texts[-1]):
        signals.append("surname_shape")
    if (
        len(words) > 1
        and kind is None
        and "first_name" not in signals
        and _contains_place(places, words)
    ):
        signals.append("contains_place")
    return signals


# Heads that, capitalised alone, name the one sea or competition the report is about:
# "the Gulf", "the Cup", "an Open champion"; not "City", "Street" or "Series", short
# for a club, a street or a bond.
_HEADS_NAMING_ALONE = {
    **dict.fromkeys("gulf bay sea ocean strait straits peninsula channel".split(), "place_head"),
    **dict.fromkeys("cup open olympics games championship championships".split(), "event_head"),
}


# "N. Korea", "S. Africa", "W. Virginia", "S. Korean": a point of the compass
# abbreviated before a place or a nationality, not a person's initial.
_COMPASS_POINTS = {
    "n": ("north", "northern"),
    "s": ("south", "southern"),
    "e": ("east", "eastern"),
    "w": ("west", "western"),
}


def _compass_expansion(places: Gazetteer, words: list[str]) -> str | None:
    """The kind of place ("country", "region", ...) or "demonym" that a name of an
    abbreviated point of the compass spells out in full, or None."""
    if len(words) < 3 or words[1] != "." or words[0] not in _COMPASS_POINTS:
        return None
    rest = " ".join(words[2:])
    for point in _COMPASS_POINTS[words[0]]:
        phrase = f"{point} {rest}"
        kind = places.place_kind(phrase)
        if kind is not None:
            return kind
        if places.is_demonym(phrase):
            return "demonym"
    return None


def _names_a_state(places: Gazetteer, words: list[str]) -> bool:
    """ "Democratic Republic of Congo", "Kingdom of the Netherlands": a state's head,
    "of" and a country."""
    if "of" not in words:
        return False
    at = words.index("of")
    country = words[at + 2 :] if words[at + 1 : at + 2] == ["the"] else words[at + 1 :]
    return (
        at > 0
        and words[at - 1] in STATE_HEADS
        and places.place_kind(" ".join(country)) == "country"
    )


def _starts_with_acronym(texts: tuple[str, ...], words: list[str], places: Gazetteer) -> bool:
    """ "OFK Beograd", "PT Timor Putra", "NSW Treasury": letters in capitals, then
    words in small ones, name a body; not a line in capitals, nor a family name
    printed in capitals before the given one ("KONO Taro")."""
    first = texts[0]
    return (
        2 <= len(first) <= 6
        and first.isalpha()
        and first.isupper()
        and not texts[1].isupper()
        and words[1] not in places.first_names
    )


def _contains_place(places: Gazetteer, words: list[str]) -> bool:
    """ "Air France", "Kansas City Royals": a country inside, or a town the name
    starts with (not "Paul Lawrie": a town that is a given name too)."""
    if not places.countries.isdisjoint(words):
        return True
    for end in range(min(3, len(words) - 1), 0, -1):
        town = " ".join(words[:end])
        if places.place_kind(town) in ("city", "region"):
            return town not in places.places_named_like_people
    return False


# "McCarthy", "O'Brien", "Ivanova", "Kowalewicz", "Popescu": shapes of family names
_SURNAME_PREFIXES = ("Mc", "Mac", "O'")
_SURNAME_ENDINGS = tuple(
    "ova eva enko wicz ski sky escu poulos idis akis oglu ovic evic ovich evich ov ev".split()
)
_SURNAME = re.compile(r"(?:Mc|Mac|O')[A-Z][a-z]+|[A-Z][a-z]+(?:" + "|".join(_SURNAME_ENDINGS) + ")")


def _has_surname_shape(word: str) -> bool:
    # the cheap test first: few names have such a start or end
    if not (word.startswith(_SURNAME_PREFIXES) or word.endswith(_SURNAME_ENDINGS)):
        return False
    return _SURNAME.fullmatch(word) is not None


# "MacBook", "SoftBank": a small letter, then a capital inside the word
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# Starts of family names with an inner capital: "McCall", "DeShields", "LeBron".
_SURNAME_PARTICLES = frozenset("Mc Fitz De Di Da Du La Le Van Von".split())


def _is_compound_word(places: Gazetteer, text: str) -> bool:
    """ "MacBook", "PlayStation", "SoftBank", "WeWork": words run together with an
    inner capital make a company's or a product's name, never a person's.

    Not a family name's particle and the rest ("McCall", "LeBron"), nor a
    given name after its first part ("DeAndre", "MacArthur"); "Mac" starts
    family names and Apple's products alike, the latter with an ordinary word.
    """
    inner = _INNER_CAPITAL.search(text)
    if inner is None:
        return False
    start, rest = text[: inner.start() + 1], fold(text[inner.start() + 1 :])
    if start in _SURNAME_PARTICLES or rest in places.first_names:
        return False
    if start == "Mac":
        return rest.removesuffix("s") in places.common_words
    return True


def _neighbour_signals(view: View, first: int, last: int, after: str) -> list[str]:
    """What the words around the name say: "President ___", "in ___", "___ said"."""
    following = view.words[last] if last < len(view) else ""
    # "from Leeds striker ___": the preposition governs the noun, not the name
    modifies_noun = after in _NOUNS_OF_TEAMS_AND_BODIES
    signals = _signals_before(view, first, modifies_noun)
    if following in _POSSESSIVES and "place_preposition" in signals:
        signals[signals.index("place_preposition")] = "place_preposition_possessor"
    if (
        first > 1
        and view.folded[first - 1] in INVERTED_SAYING_VERBS
        and _closes_a_quotation(view, first, last)
    ):
        signals.append("said_before")
    # each test below runs only where the next token allows it: most names have none
    if following and view.folded[last] in SAYING_VERBS:
        signals.append("said_after")
    if following == "," and _title_in_apposition(view, last):
        signals.append("title_after")
    if after in PLACE_NOUNS:
        signals.append("place_noun_after")
    elif after in ORG_NOUNS_AFTER:
        signals.append("org_noun_after")
    if following in _INDEX_WORDS and _before_an_index(view, last):
        signals.append("index_after")
    if following == "news" and _before_news_agency(view, last):
        signals.append("news_agency_after")
    if following == "-" and _is_based_in(view, last):
        signals.append("based_in")
    if following in (":", "(") and _is_line_label(view, first, last):
        signals.append("line_label")
    if view.folded[first] in US_STATE_ABBREVIATIONS and _follows_a_town(view, first, last):
        signals.append("state_after_town")
    if (view.sentence_start[first] and _is_dateline(view, first, last)) or (
        first > 1 and view.words[first - 1] == "," and _is_dateline_region(view, first)
    ):
        signals.append("dateline")
    if first > 0 and view.words[first - 1] in _QUOTES and _is_quoted(view, first, last):
        signals.append("quoted")
    return signals


def _follows_a_town(view: View, first: int, last: int) -> bool:
    """ "Jacksonville, Fla.", "St. Louis, Mo.": a one-word name after a comma and a
    capitalised word."""
    return (
        last - first == 1
        and first > 1
        and view.words[first - 1] == ","
        and view.capitalised[first - 2]
        and view.lines[first - 2] == view.lines[first]
    )


def _signals_before(view: View, first: int, modifies_noun: bool) -> list[str]:
    """ "President ___", "in ___", "the town of ___", "the daily ___", "Boston-based ___"."""
    signals = []
    before = view.folded[first - 1] if first > 0 else ""
    bare = before.rstrip(".")
    if bare in TITLE_HEADS or bare in HONORIFICS:
        signals.append("title_before")
    if before in PLACE_PREPOSITIONS and not modifies_noun:
        signals.append("place_preposition")
    if view.words[first - 1] in _DISMISSALS and first > 1 and _names_a_batsman(view, first - 2):
        signals.append("dismissal_before")
    if before == "old" and _after_an_age(view, first):
        signals.append("age_before")
    if before in KIN_NOUNS or (before == "," and first > 1 and view.folded[first - 2] in KIN_NOUNS):
        signals.append("kin_before")
    if before == "of" and first > 1 and view.folded[first - 2] in PLACE_NOUNS:
        signals.append("place_noun_of")
    if before in ORG_NOUNS_BEFORE:
        signals.append("org_noun_before")
    elif before in VESSEL_NOUNS or (
        before in _CARRIERS and first > 1 and view.folded[first - 2] == "aircraft"
    ):
        signals.append("vessel")
    elif before == "based" and first > 2 and _is_based_in(view, first - 2):
        signals.append("based_there")
    return signals


_POSSESSIVES = frozenset(("'s", "’s"))
_CARRIERS = frozenset(("carrier", "carriers"))
# What may end the clause of a speaker named after a quotation: '"...," said Rios.'
_CLAUSE_ENDS = frozenset('.,;:!?"”')
# What ends the quotation before the verb: '"...," said', '"...?" said', '..., said'.
_QUOTATION_ENDS = frozenset(',"”')


def _closes_a_quotation(view: View, first: int, last: int) -> bool:
    """'"...," said Washington.', '"...," added Tarango, "...': a saying verb after
    the quotation, then the name and the clause's end: the speaker, so a person."""
    words = view.words
    if first < 2 or words[first - 2] not in _QUOTATION_ENDS:
        return False
    return (
        last == len(words) or words[last] in _CLAUSE_ENDS or view.lines[last] != view.lines[first]
    )


def _after_an_age(view: View, first: int) -> bool:
    """ "the 26-year-old O'Brien", "20-year-old Ali Ahmed": an age before the name."""
    return first > 3 and view.folded[first - 4 : first - 1] == ["-", "year", "-"]


# A cricket scorecard's "c Healy b Warne", "lbw b Gough", "st Healy b Warne":
# the fielder and the bowler after a batsman's name, in small letters alone.
_DISMISSALS = frozenset(("b", "c", "st"))
_DISMISSAL_LINKS = frozenset(("lbw", "and", "b", "c", "st"))


def _names_a_batsman(view: View, index: int) -> bool:
    """The token before "b" or "c": a batsman's or fielder's name, or "lbw", "c and"."""
    return view.capitalised[index] or view.words[index] in _DISMISSAL_LINKS


def _before_a_noun(view: View, last: int) -> bool:
    """ "the Marc Dutroux case", "the Clinton administration": a name may stand before
    the noun "the" belongs to; a word in small letters that is no closed-class word
    ("said", "in", "and") is taken for that noun."""
    if last >= len(view) or not view.initials[last].islower():
        return False
    return view.words[last].isalpha() and view.folded[last] not in NOT_NAMES


def _is_dateline(view: View, first: int, last: int) -> bool:
    """ "MILAN 1996-08-30", "WIGAN, England 1996-08-31", "BEIJING (Reuters)":
    the town in capitals that opens a report, before its date or agency."""
    words, lines = view.words, view.lines
    if not words[first].isupper() or not view.opens_line(first):
        return False
    index = last
    if index < len(words) and words[index] == ",":  # the town's country or state
        index += 1
        while index < len(words) and words[index][0].isupper() and lines[index] == lines[first]:
            index += 1
    if index >= len(words) or lines[index] != lines[first]:
        return False
    return words[index] == "(" or _DATE.match(view.text, view.starts[index]) is not None


# The most tokens a dateline's town runs to: "RIO DE JANEIRO", "ST. LOUIS".
_MAX_DATELINE_TOWN_TOKENS = 4


def in_dateline(view: View, index: int) -> bool:
    """A word of a dateline's town, or of the state or country printed after it:
    "ST. LOUIS 1996-08-30", "LA CORUNA, Spain 1996-08-31", "ROCHESTER, N.H. 1996-08-30"."""
    words, lines = view.words, view.lines
    if not words[index].isupper():
        return False
    start = index
    while start > 0 and lines[start - 1] == lines[index]:
        start -= 1
        if index - start > _MAX_DATELINE_TOKENS:
            return False
    end, stop = start, min(len(words), start + _MAX_DATELINE_TOKENS)
    while end < stop and lines[end] == lines[start] and _in_dateline_town(words[end]):
        end += 1
    if index >= end and (end == len(words) or words[end] != ","):
        return False
    return (
        end > start
        and all(map(_in_dateline_town, words[end + 1 : index + 1]))
        and (_is_dateline(view, start, end))
    )


def _in_dateline_town(word: str) -> bool:
    return word.isupper() or word == "."


# The most tokens a dateline runs to before its date: "RIO DE JANEIRO, Brazil".
_MAX_DATELINE_TOKENS = 8


def _is_dateline_region(view: View, first: int) -> bool:
    """ "Texas" in "ARLINGTON, Texas 1996-08-31": the town's state or country."""
    comma, lines = first - 1, view.lines
    for town in range(comma - 1, max(comma - 1 - _MAX_DATELINE_TOWN_TOKENS, -1), -1):
        if view.opens_line(town):
            return lines[town] == lines[comma] and _is_dateline(view, town, comma)
    return False


_QUOTES = frozenset('"“”')


def _is_quoted(view: View, first: int, last: int) -> bool:
    """ "Sleeping Bread", "The Knot,": a name that fills its quotation marks is a title."""
    words = view.words
    if first == 0 or words[first - 1] not in _QUOTES or last >= len(words):
        return False
    if words[last] in (",", ".") and last + 1 < len(words):
        last += 1  # the comma or full stop set inside the quotation marks
    return words[last] in _QUOTES


def _is_line_label(view: View, first: int, last: int) -> bool:
    """ "Hove: Sussex 363", "London (The Oval): Surrey 429": a name opening a line
    of results before a colon is where the match is played."""
    words, lines = view.words, view.lines
    line = lines[first]
    if not view.opens_line(first):
        return False
    index = last
    if words[index] == "(":
        while index < len(words) and lines[index] == line and words[index] != ")":
            index += 1
        index += 1
    return index < len(words) and words[index] == ":" and lines[index] == line


_INDEX_WORDS = INDEX_NOUNS | INDEX_MODIFIERS


def _before_an_index(view: View, last: int) -> bool:
    """ "Nikkei average", "Dow Jones industrial average": a market index's name."""
    folded = view.folded
    if folded[last] in INDEX_MODIFIERS:
        last += 1
    return last < len(folded) and folded[last] in INDEX_NOUNS and view.initials[last].islower()


def _before_news_agency(view: View, last: int) -> bool:
    """ "Interfax news agency", "the Xinhua news agency": a wire service's name."""
    return last + 1 < len(view) and view.folded[last + 1] in ("agency", "agencies")


def _is_based_in(view: View, last: int) -> bool:
    """ "Boston-based": a name, a hyphen and "based", written as one word."""
    return (
        last + 1 < len(view)
        and view.words[last] == "-"
        and view.folded[last + 1] == "based"
        and view.attached(last - 1, last)
        and view.attached(last, last + 1)
    )


def _noun_after(view: View, last: int) -> str:
    """A noun that types the name it follows, in small letters: "Jiangsu province",
    "Pirelli shares", "Leeds striker"; else ""."""
    if last < len(view):
        word = view.folded[last]
        if word in _NOUNS_AFTER and view.initials[last].islower() and view.adjacent(last - 1, last):
            return word
    return ""


# "in Leeds striker ___'s house", "at the Wimbledon semifinals": the preposition
# governs the noun, not the name
_NOUNS_OF_TEAMS_AND_BODIES = ORG_NOUNS_AFTER | TEAM_ROLES | SIDE_NOUNS | EVENT_NOUNS_AFTER
_NOUNS_AFTER = PLACE_NOUNS | _NOUNS_OF_TEAMS_AND_BODIES


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_CONNECTORS = frozenset(("of", "for", "&", "and"))
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# "a 32-22 victory over ___", "winners over ___"
_WINS = frozenset("victory victories win wins winners triumph".split())
# "drew with ___", "lost to ___", "a match against ___": the word before the side
# and the words that, before it, make the name an opponent.
_MATCH_LINKS = {
    "over": _WINS,
    "with": frozenset("drew draw draws drawn".split()),
    "to": frozenset("lost lose loses losing".split()),
    "against": frozenset("match matches game games fixture tie".split()),
}


def _is_team_in_results(view: View, first: int, last: int) -> bool:
    """A side in a results table or report: "Surrey 429-7", "Essex beat Kent".

    Names followed by a score are teams; a date after a name is a dateline.
    """
    words, lines = view.words, view.lines
    if last < len(words):
        following = words[last]
        if following in MATCH_VERBS:
            return True
        if _DATE.match(view.text, view.starts[last]):
            return False
        if following.isdigit() and lines[last] == lines[first]:
            at_line_start = view.opens_line(first)
            after_score = first > 0 and words[first - 1][-1:].isdigit()
            if at_line_start or after_score or words[first - 1] in (",", ":"):
                return True
    before = view.folded[first - 1] if first > 0 else ""
    if first > 1 and before in _MATCH_LINKS:
        return view.folded[first - 2] in _MATCH_LINKS[before]
    if before in _SIDE_LINKS:
        return first > 1 and _may_be_a_side_before(view, first - 2)
    return before in MATCH_VERBS


# "Essex v Kent", "May 15 v Duke of Norfolk's XI": the words that set two sides
# against each other, a side or a date before them; not a comparison's "..., versus
# New York's $387.60".
_SIDE_LINKS = frozenset(("v", "vs", "vs.", "versus"))


def _may_be_a_side_before(view: View, index: int) -> bool:
    """A name, a date's number or a closing bracket at `index`, before "v"."""
    word = view.words[index]
    return word[0].isupper() or word[-1].isdigit() or word == ")"


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


def _is_all_demonyms(places: Gazetteer, name: str) -> bool:
    """ "South Korean", "Sino-Japanese", "Iraqi Kurds": nationalities only."""
    if all(is_demonym(places, part) for part in name.split("-")):
        return True
    return " " in name and all(is_demonym(places, word) for word in name.split())


def is_demonym(places: Gazetteer, name: str) -> bool:
    return places.is_demonym(name) or places.is_demonym(name.removesuffix("s"))


def _head_signals(head: str) -> tuple[str, ...]:
    signals = _SIGNALS_OF_HEAD.get(head, ())
    if not signals and "." in head:  # "S.A.", "N.V.": a legal form spelled with full stops
        signals = _SIGNALS_OF_HEAD.get(head.replace(".", ""), ())
    return signals


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


# Heads that type a name from before its "of" when the words after it do not:
# "World Series of Golf", "Strait of Hormuz"; not buildings ("Hall of Fame" is a body).
_GEOGRAPHIC_HEADS = "city gulf bay sea isle islands cape strait lake mount port province"
_SIGNALS_OF_HEAD_BEFORE_OF = {
    **dict.fromkeys(EVENT_HEADS, ("event_head",)),
    **dict.fromkeys(_GEOGRAPHIC_HEADS.split(), ("place_head",)),
}


def _is_plain_word(text: str) -> bool:
    return text.isalpha() and text[0].isupper() and not text.isupper()


def best_type(signals: Iterable[str], length: int) -> str:
    """The type the signals speak for most strongly; without any, a guess from the length."""
    return _best_type(tuple(signals), length == 1)


# Distinct lists of signals remembered: every name is weighed, from few combinations.
_SIGNAL_LISTS_REMEMBERED = 4096


@lru_cache(maxsize=_SIGNAL_LISTS_REMEMBERED)
def _best_type(signals: tuple[str, ...], one_word: bool) -> str:
    scores: dict[str, float] = {}
    for signal in signals:
        if signal in SIGNAL_WEIGHTS:
            type_, weight = SIGNAL_WEIGHTS[signal]
            scores[type_] = scores.get(type_, 0.0) + weight
    if not scores:
        return "organisation" if one_word else "person"
    return max(scores.items(), key=lambda item: item[1])[0]
