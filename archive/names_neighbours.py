"""What the words around a name say: the signals of its neighbours.

Takes a View and a span and gives the signals of the words before and after
it: a title or a preposition before it ("President ___", "in ___"), a
saying verb or a noun after it ("___ said", "___ province"), a dateline, a
quotation, and the scores, results and brackets that make a town a team or
the place a match is played.
"""

from __future__ import annotations

import re

from .names_gazetteer import Gazetteer
from .names_signals import (
    EVENT_NOUNS_AFTER,
    FUNCTION_WORDS,
    HONORIFICS,
    INDEX_MODIFIERS,
    INDEX_NOUNS,
    INVERTED_SAYING_VERBS,
    KIN_NOUNS,
    MATCH_VERBS,
    OCCUPATIONS_BEFORE_NAMES,
    OFFICERS,
    ORG_NOUNS_AFTER,
    ORG_NOUNS_BEFORE,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    SAYING_VERBS,
    SIDE_LINKS,
    SIDE_NOUNS,
    TEAM_ROLES,
    THING_NOUNS_AFTER,
    TITLE_HEADS,
    US_STATE_ABBREVIATIONS,
    VESSEL_NOUNS,
    WORK_NOUNS_AFTER,
)
from .names_text import View


def neighbour_signals(view: View, first: int, last: int, after: str) -> list[str]:
    """What the words around the name say: "President ___", "in ___", "___ said"."""
    following = view.words[last] if last < len(view) else ""
    # "from Leeds striker ___", "at Kroger-owned stores": the preposition governs the
    # noun, not the name
    modifies_noun = after in _NOUNS_OF_TEAMS_AND_BODIES or _opens_a_compound_adjective(view, last)
    # "a 25-year-old Dallas man": the age is the man's, the name only qualifies him
    # (looked at only after an age: most names follow none)
    modifies_person = (
        first > 0
        and view.folded[first - 1] == "old"
        and following.islower()
        and _qualifies_a_person(view, last)
    )
    signals = _signals_before(view, first, modifies_noun, modifies_person)
    if following in _POSSESSIVES and "place_preposition" in signals:
        signals[signals.index("place_preposition")] = "place_preposition_possessor"
    elif following == "for" and "place_preposition" in signals and _sold_at(view, first, last):
        signals[signals.index("place_preposition")] = "sold_at"
    if (
        first > 1
        and view.folded[first - 1] in INVERTED_SAYING_VERBS
        and _closes_a_quotation(view, first, last)
    ):
        signals.append("said_before")
    # each test below runs only where the next token allows it: most names have none
    if following and view.folded[last] in SAYING_VERBS:
        signals.append("said_after")
        if last + 1 < len(view) and view.folded[last + 1] == "its":
            signals.append("said_its")  # "Apple said its sales rose"
    if following == "," and _title_in_apposition(view, last):
        signals.append("title_after")
    elif is_officers_title(view, last) and _officer_of(view, last):
        signals.append("officer_after")
    if following in _TERMS and first > 0 and view.folded[first - 1] == "the":
        signals.append("term_after")
    if after in PLACE_NOUNS or (after in _FORCES_OF_PLACES and not view.words[last - 1].isupper()):
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
    if following == ")" and last - first == 1 and _club_of_a_player(view, first):
        signals.append("club_in_brackets")
    if following[:1] in _OPENS_A_MINUTE and _before_a_minute(view, last):
        signals.append("minute_after")
    if view.folded[first] in US_STATE_ABBREVIATIONS and _follows_a_town(view, first, last):
        signals.append("state_after_town")
    elif first > 2 and view.words[first - 1] == "-" and _follows_a_party(view, first, last):
        signals.append("state_of_party")
    if (view.sentence_start[first] and _is_dateline(view, first, last)) or (
        first > 1 and view.words[first - 1] == "," and _is_dateline_region(view, first)
    ):
        signals.append("dateline")
    if first > 0 and view.words[first - 1] in _QUOTES and _is_quoted(view, first, last):
        signals.append("quoted")
    return signals


def is_officers_title(view: View, index: int) -> bool:
    """A firm's officer's title, capitalised, at `index`: "CEO", "Chairman", "Founder"."""
    return index < len(view) and view.capitalised[index] and view.folded[index] in OFFICERS


def _officer_of(view: View, officer: int) -> bool:
    """Whether a capitalised name follows the officer's title."""
    name = officer + 1
    return (
        name < len(view)
        and view.capitalised[name]
        and view.adjacent(officer - 1, officer)
        and view.adjacent(officer, name)
    )


# Ranks that are adjectives in small letters: "a major Second Amendment case", "a
# private Facebook group"; "Major Jones" has the rank.
_TITLES_LIKE_ADJECTIVES = frozenset(("major", "general", "private"))
# A government's term, in small letters after the name of whoever heads it.
_TERMS = frozenset(("administration", "presidency"))


# The initials of the parties of US politics, in "(D-Minn.)", "(R-Texas)", "(I-Vt.)".
_PARTY_INITIALS = frozenset("DRI")


def _follows_a_party(view: View, first: int, last: int) -> bool:
    """ "Sen. Amy Klobuchar (D-Minn.)", "Rep. Ilhan Omar, D-Minn., said": after a
    party's initial and a hyphen, in brackets or after a comma, a US politician's
    state."""
    opening = view.words[first - 3] if first > 2 else ""
    return (
        last - first == 1
        and view.words[first - 2] in _PARTY_INITIALS
        and (opening == "," or (opening == "(" and view.attached(first - 3, first - 2)))
        and view.attached(first - 2, first - 1)
        and view.attached(first - 1, first)
    )


# The labels of a squad's lines: "Goalkeepers - Marco Pascolo (Cagliari), ...".
_SQUAD_LABELS = frozenset(
    """squad team goalkeepers defenders midfielders forwards strikers substitutes subs
    reserves""".split()
)


def _club_of_a_player(view: View, first: int) -> bool:
    """ "Goalkeepers - Marco Pascolo (Cagliari), Pascal Zuberbuehler (Grasshoppers)": a
    word alone in brackets after a person's name, in a list of such names on a squad's
    line, is the player's club; a country there is the player's (left to the
    country's own weight)."""
    opening = first - 1
    if opening < 2 or view.words[opening] != "(" or not view.capitalised[opening - 1]:
        return False
    start = opening
    while start > 0 and view.lines[start - 1] == view.lines[opening]:
        start -= 1
    if view.folded[start] not in _SQUAD_LABELS:
        return False  # "Ellen Smith (Boston), John Doe (Chicago)": where they live
    after = first + 2  # after the closing bracket
    if after < len(view) and view.words[after] in (",", ";"):
        return True
    # the last of the list: the name before it follows another's club ("(Sion), ")
    start = opening - 1
    while start > 0 and view.capitalised[start - 1]:
        start -= 1
    return start > 1 and view.words[start - 1] in (",", ";") and view.words[start - 2] == ")"


def _follows_an_occupation(view: View, first: int) -> bool:
    """ "Brazil star Neymar": an occupation in small letters, not hyphened ("a
    five-star Hilton")."""
    before = first - 1
    return (
        before > 0
        and view.words[before] in OCCUPATIONS_BEFORE_NAMES
        and view.adjacent(before, first)
        and not view.attached(before - 1, before)
    )


# People who work at a body: "the chief economist at ___", "layoffs at ___".
_STAFF = frozenset(
    """economist economists analyst analysts strategist strategists researcher researchers
    engineer engineers employee employees executive executives staff workers professor
    scientist scientists founder cofounder co-founder partner layoffs editor editors
    reporter reporters correspondent correspondents writer writers columnist columnists
    journalist journalists producer producers fellow fellows lecturer""".split()
)


def _names_an_employer(view: View, first: int) -> bool:
    """ "the chief economist at ___", "a professor at ___": "at" after a post."""
    at = first - 1
    if at < 1 or view.folded[at] != "at":
        return False
    post = view.folded[at - 1]
    return post in _STAFF or post in TITLE_HEADS


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


def _opens_a_compound_adjective(view: View, last: int) -> bool:
    """ "Kroger-owned", "Saudi-backed", "Apple-made": the name hyphened to a participle."""
    return (
        last + 1 < len(view)
        and view.words[last] == "-"
        and view.attached(last - 1, last)
        and view.attached(last, last + 1)
        and (view.folded[last + 1].endswith("ed") or view.folded[last + 1] in _PARTICIPLES)
        and view.folded[last + 1] != "based"  # "Boston-based" is where: `based_in`
    )


# Participles that end in no "-ed": "Apple-made", "Kremlin-run", "state-built".
_PARTICIPLES = frozenset("made run held built".split())


def _signals_before(
    view: View, first: int, modifies_noun: bool, modifies_person: bool
) -> list[str]:
    """ "President ___", "in ___", "the town of ___", "the daily ___", "Boston-based ___"."""
    signals = []
    before = view.folded[first - 1] if first > 0 else ""
    bare = before.rstrip(".")
    adjective = bare in _TITLES_LIKE_ADJECTIVES and view.words[first - 1].islower()
    if (
        (bare in TITLE_HEADS and not adjective)
        or bare in HONORIFICS
        or _follows_an_occupation(view, first)
    ):
        signals.append("title_before")
    if before in PLACE_PREPOSITIONS and not modifies_noun:
        signals.append("works_at" if _names_an_employer(view, first) else "place_preposition")
    if view.words[first - 1] in _DISMISSALS and first > 1 and _names_a_batsman(view, first - 2):
        signals.append("dismissal_before")
    if before == "old" and not (modifies_noun or modifies_person) and _after_an_age(view, first):
        signals.append("age_before")
    if before in KIN_NOUNS or (before == "," and first > 1 and view.folded[first - 2] in KIN_NOUNS):
        signals.append("kin_before")
    if before == "by" and first > 1 and view.folded[first - 2] in _CREDITED_WORK:
        signals.append("credited_by")
    elif before == "by" and first > 1 and view.folded[first - 2] == "published":
        signals.append("published_by")  # "originally published by Futurism"
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


# A news agency's credit line: "(Reporting by Herb Lash; Editing by Tom Brown)". Not
# "photo by", which names an agency as often as a photographer ("Photo by AFP").
_CREDITED_WORK = frozenset("reporting editing writing compiled edited written".split())

_POSSESSIVES = frozenset(("'s", "’s"))
_CURRENCY_SIGNS = frozenset("$£€¥₹")


def _sold_at(view: View, first: int, last: int) -> bool:
    """ "Get it at ___ for $238.99": "at" before the name, "for" and a currency's sign
    after it; not "lives in ___ for $500 a month"."""
    return (
        view.folded[first - 1] == "at"
        and last + 1 < len(view)
        and view.words[last + 1] in _CURRENCY_SIGNS
    )


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


# The most words in small letters between a name and the noun of people it qualifies:
# "Chicago police officer", "Ohio state trooper".
_MAX_QUALIFIED_WORDS = 2


def _qualifies_a_person(view: View, last: int) -> bool:
    """ "a 25-year-old Dallas man", "a 45-year-old Chicago police officer": a name
    before a noun of people, or a noun qualifying one, in small letters, only
    qualifies them; the age before it is theirs, not the name's."""
    for index in range(last, min(last + _MAX_QUALIFIED_WORDS, len(view))):
        word = view.folded[index]
        if not (view.initials[index].islower() and view.words[index].isalpha()):
            return False
        if word in PERSON_NOUNS or word in TITLE_HEADS:
            return True
        if _is_no_qualifier(word) or view.lines[index] != view.lines[last]:
            return False
    return False


def _is_no_qualifier(word: str) -> bool:
    """A closed-class word or a verb: "the 26-year-old Smith beat fellow driver Jones"."""
    return (
        word in FUNCTION_WORDS or word in SAYING_VERBS or word in MATCH_VERBS or word.endswith("ed")
    )


_OPENS_A_MINUTE = frozenset("(0123456789")
# A match's minute, or a rank: "41st", "86th".
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# What follows a minute after a scorer's name: "(41st min, pen)", "(25th, 54th)", "86th)".
_AFTER_MINUTES = frozenset((")", ",", "min", "mins", "minute"))


def _before_a_minute(view: View, last: int) -> bool:
    """ "Aunger (41st min, pen)", "Becerril 46th)": a scorer or a substitute, named
    before the minute of the match, in a report's line of goals or changes."""
    minute = last + 1 if view.words[last] == "(" else last
    return (
        minute + 1 < len(view)
        and _ORDINAL.fullmatch(view.words[minute]) is not None
        and view.folded[minute + 1] in _AFTER_MINUTES
        and view.lines[minute] == view.lines[last - 1]
    )


def _after_an_age(view: View, first: int) -> bool:
    """ "the 26-year-old O'Brien", "20-year-old Ali Ahmed": an age before the name."""
    return first > 3 and view.folded[first - 4 : first - 1] == ["-", "year", "-"]


# A cricket scorecard's "c Healy b Warne", "lbw b Gough", "st Healy b Warne":
# the fielder and the bowler after a batsman's name, in small letters alone.
_DISMISSALS = frozenset(("b", "c", "st"))
_DISMISSAL_LINKS = frozenset(("lbw", "and", "b", "c", "st"))


def bowling_figures_at(view: View, index: int) -> bool:
    """ "14.3-4-45-1", "17-0-91-0": a bowler's overs, maidens, runs and wickets at
    `index`, four numbers hyphened (the overs may hold a ball's fraction)."""
    words = view.words
    if index >= len(words) or not words[index].isdigit():
        return False  # most names: a cheap first test
    if index + 2 < len(words) and words[index + 1] == "." and words[index + 2].isdigit():
        index += 2  # "14.3": overs and balls
    numbers = words[index : index + 7 : 2]
    hyphens = words[index + 1 : index + 7 : 2]
    return (
        len(numbers) == 4
        and all(number.isdigit() for number in numbers)
        and hyphens == ["-", "-", "-"]
    )


# How a batsman was out, first word: "c Healy", "lbw b Gough", "not out", "run out".
_HOW_OUT = _DISMISSAL_LINKS - {"and"} | {"not", "run"}


def dismissal_at(view: View, index: int) -> bool:
    """ "c Hussain b Mullally", "lbw b Gough", "not out", "run out": how a batsman was
    out, after his name at `index`."""
    if index + 1 >= len(view) or view.words[index] not in _HOW_OUT:
        return False  # most names: a cheap first test
    words = view.words[index : index + 2]
    if view.lines[index - 1] != view.lines[index + 1]:
        return False  # a scorecard's line holds the batsman and how he was out
    if words[1] == "out":
        return words[0] in ("not", "run")
    # in small letters ("St Louis" on the next line is a town), before a name or "b"
    return words[0] in _DISMISSAL_LINKS and (view.capitalised[index + 1] or words[1] == "b")


def _names_a_batsman(view: View, index: int) -> bool:
    """The token before "b" or "c": a batsman's or fielder's name, or "lbw", "c and"."""
    return view.capitalised[index] or view.words[index] in _DISMISSAL_LINKS


def _is_dateline(view: View, first: int, last: int) -> bool:
    """ "MILAN 1996-08-30", "WIGAN, England 1996-08-31", "BEIJING (Reuters)":
    the town in capitals that opens a report, before its date or agency."""
    words, lines = view.words, view.lines
    if not view.opens_line(first):
        return False
    # the whole town in capitals: not "OGE Group (Israel) is", a firm and its country;
    # and a town, not a golfer's scores ("68 65, Eamonn Darcy (Ireland) 65 68")
    town = [word for word in words[first:last] if word.isalpha()]
    if not town or not all(word.isupper() for word in town):
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


def noun_after(view: View, last: int) -> str:
    """A noun that types the name it follows, in small letters: "Jiangsu province",
    "Pirelli shares", "Leeds striker"; else ""."""
    if last < len(view):
        word = view.folded[last]
        if word in _NOUNS_AFTER and view.initials[last].islower() and view.adjacent(last - 1, last):
            return word
        # "Zenith's stock soared": what only a firm has, after its possessive
        owned = last + 1
        if word == "'s" and owned < len(view) and view.folded[owned] in _WHAT_FIRMS_HAVE:
            return view.folded[owned]
    return ""


_WHAT_FIRMS_HAVE = frozenset(("stock", "shareholders", "subsidiary", "subsidiaries"))


# "Forest Hill police officers", "Hong Kong police": a town's or country's force;
# not a body's printed as an acronym ("U.N. police", "EU police").
_FORCES_OF_PLACES = frozenset(("police",))
# "in Leeds striker ___'s house", "at the Wimbledon semifinals": the preposition
# governs the noun, not the name
_NOUNS_OF_TEAMS_AND_BODIES = (
    ORG_NOUNS_AFTER
    | TEAM_ROLES
    | SIDE_NOUNS
    | EVENT_NOUNS_AFTER
    | THING_NOUNS_AFTER
    | WORK_NOUNS_AFTER
)
_NOUNS_AFTER = PLACE_NOUNS | _FORCES_OF_PLACES | _NOUNS_OF_TEAMS_AND_BODIES


_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# "a 32-22 victory over ___", "winners over ___"
_WINS = frozenset("victory victories win wins winners triumph".split())
# "rolled past ___": a win, whichever side the verb has ("got past" may be no match's)
_WINS_PAST = frozenset("rolled rolls cruised cruises romped romps raced races".split())
# "drew with ___", "lost to ___", "a match against ___": the word before the side
# and the words that, before it, make the name an opponent.
_MATCH_LINKS = {
    "over": _WINS,
    "with": frozenset("drew draw draws drawn".split()),
    "to": frozenset("lost lose loses losing".split()),
    "against": frozenset("match matches game games fixture tie".split()),
    # "rolled past Northern Illinois", "got past Chile"
    "past": _WINS_PAST | frozenset(("got", "gets")),
}


def is_team_in_results(view: View, first: int, last: int) -> bool:
    """A side in a results table or report: "Surrey 429-7", "Essex beat Kent".

    Names followed by a score are teams; a date after a name is a dateline.
    """
    words, lines = view.words, view.lines
    if last < len(words):
        following = words[last]
        if following in MATCH_VERBS:
            return _states_a_result(view, last)
        if _DATE.match(view.text, view.starts[last]):
            return False
        if following.isdigit() and lines[last] == lines[first] and not _trend_after(view, last):
            at_line_start = view.opens_line(first)
            after_score = first > 0 and words[first - 1][-1:].isdigit()
            if at_line_start or after_score or words[first - 1] in (",", ":"):
                return True
        if following == "," and _score_at(view, last + 1):
            return True  # "rolled past Northern Illinois, 45-17, on Tuesday"
        if following in _WINS_PAST and last + 1 < len(words) and view.folded[last + 1] == "past":
            return True  # "Eastern Michigan rolled past ..."
    before = view.folded[first - 1] if first > 0 else ""
    if first > 1 and before in _MATCH_LINKS:
        return view.folded[first - 2] in _MATCH_LINKS[before]
    # "Essex v Kent", "May 15 v Duke of Norfolk's XI": a side or a date before the link;
    # not a comparison's "..., versus New York's $387.60"
    if before in SIDE_LINKS:
        return first > 1 and _may_be_a_side_before(view, first - 2)
    return before in MATCH_VERBS


# Words of a table's change after a figure: "Dresden 792 up 11.4", "Munich 44,525 down 3".
_TRENDS = frozenset(("up", "down", "unchanged", "pct", "percent"))


def _trend_after(view: View, number: int) -> bool:
    """Whether the figure at `number` (its digits, commas and points) is followed by a
    word of change: a table's row of a town's figures, not a side's score."""
    index = number
    while index < len(view) and (view.words[index].isdigit() or view.words[index] in ",."):
        index += 1
    return index < len(view) and view.folded[index] in _TRENDS


def _score_at(view: View, index: int) -> bool:
    """A match's score at `index`, in one piece: "45-17"."""
    words = view.words
    return (
        index + 2 < len(words)
        and words[index].isdigit()
        and words[index + 1] == "-"
        and words[index + 2].isdigit()
        and view.attached(index, index + 1)
        and view.attached(index + 1, index + 2)
    )


# Verbs of a match that say other things as often: "drew crowds", "lost ground".
_VERBS_OF_OTHER_THINGS = frozenset(("drew", "draw", "lost"))
# What follows them in a result: "drew with Kent", "lost to Leeds", "drew 1-1".
_RESULT_LINKS = frozenset(("with", "to", "at", "against", "level", "by"))


def _states_a_result(view: View, verb: int) -> bool:
    """Whether the match verb at `verb` states a result: "beat" always; "drew", "lost"
    only before a side, a score, or "with"/"to" and a side ("drew crowds" states none)."""
    if view.words[verb] not in _VERBS_OF_OTHER_THINGS:
        return True
    index = verb + 1
    if index >= len(view.words):
        return False
    word = view.words[index]
    return view.capitalised[index] or word[:1].isdigit() or view.folded[index] in _RESULT_LINKS


def _may_be_a_side_before(view: View, index: int) -> bool:
    """A name, a date's number or a closing bracket at `index`, before "v"."""
    word = view.words[index]
    return word[0].isupper() or word[-1].isdigit() or word == ")"


def _title_in_apposition(view: View, index: int) -> bool:
    """ "Kano, the Japanese foreign minister, ...": a title set off by commas."""
    words = view.words
    if index >= len(words) or words[index] != ",":
        return False
    if index + 1 < len(words) and view.folded[index + 1] in ("and", "or", "but"):
        return False  # "D-N.Y., and Rep. Marjorie Taylor Greene": the next name's title
    for end in range(index + 2, min(len(words), index + 10)):
        if words[end] in (",", "."):
            word = view.folded[end - 1]
            return word in TITLE_HEADS and view.lines[end - 1] == view.lines[index]
        if not words[end][0].isalpha() or view.folded[end] in _CLAUSE_WORDS:
            return False
    return False


# Words that open or carry a clause, which an apposition has not: "the Transportation
# Department, where he is known as the pothole chief" describes him, not the department.
_CLAUSE_WORDS = frozenset("where who whom whose which when that is was are were".split())


def is_side_in_scores(view: View, places: Gazetteer, first: int, last: int) -> bool:
    """ "Port Vale 2 Oxford 0", "Crystal Palace 4 1 2 1 4 3 5", "the Florida Marlins
    beat": a name no town's, in a line of scores or before a match verb, is a side.

    Stricter than a town's test: a player's name may stand before a bowling
    figure ("Wasim Akram 10-0-50-0") or after "beat" in a tennis draw.
    """
    words, lines = view.words, view.lines
    if last >= len(words):
        return False
    if words[last] in MATCH_VERBS:
        return _states_a_result(view, last) and not _tennis_sets_follow(view, last)
    if words[last] in _WINNING_VERBS:
        # "Chemlon Humenne win 3-0 on aggregate"; not a player's sets ("won 6-3 6-4")
        return _score_at(view, last + 1) and not _tennis_sets_follow(view, last)
    after_country = _after_bracketed_country(view, places, last)
    score = after_country if after_country is not None else last
    line = lines[first]
    if score >= len(words) or not words[score].isdigit():
        return False
    if after_country is None and lines[score] != line:
        return False
    starts_line = first == 0 or lines[first - 1] != line
    # or after the label of a line: "In Tirana: Flamurtari Vlore (Albania) 0 ..."
    labelled = after_country is not None and words[first - 1] == ":"
    if not (starts_line or labelled or words[first - 1].isdigit()):
        return False
    after = score + 1
    if after >= len(words) or lines[after] != lines[score]:
        return True
    if after_country is not None:
        # a single goal count, then the other side or the half-time score: "Flamurtari
        # Vlore (Albania) 0 Chemlon Humenne", "(Slovakia) 2 (halftime 0-0)"; not a
        # golfer's rounds ("Greg Norman (Australia) 68 70")
        return words[after][0].isupper() or words[after] == "("
    return words[after][0].isupper() or words[after].isdigit()


_WINNING_VERBS = frozenset(("win", "wins", "won"))


def _after_bracketed_country(view: View, places: Gazetteer, index: int) -> int | None:
    """ "(Slovakia)", "(U.S.)": the index after a country's name in brackets at
    `index`, the country of the name before it; else None."""
    words = view.words
    if index >= len(words) or words[index] != "(":
        return None
    for close in range(index + 2, min(index + 2 + _MAX_REGION_TOKENS, len(words))):
        if words[close] == ")":
            inside = view.span_text(index + 1, close)
            country = places.place_kind(inside.casefold()) == "country"
            return close + 1 if country or inside in places.country_codes else None
    return None


# A tennis match's sets, won by one player from another: "defeated Gael Monfils 7-5,
# 6-4", "beat Sampras 6-3 7-6 (7-4)"; a side's result is one score ("beat Kent 3-1").
_TENNIS_SETS = re.compile(r"\b[67]-[0-7](?: ?\(\d+(?:-\d+)?\))?,? [0-7]-[0-7]\b")


def _tennis_sets_follow(view: View, index: int) -> bool:
    """Sets of a tennis match later on the line of the word at `index`."""
    start = view.starts[index]
    end = view.text.find("\n", start)
    return _TENNIS_SETS.search(view.text, start, end if end >= 0 else len(view.text)) is not None


# The most tokens a country's or region's name after a town runs to: "New South Wales".
_MAX_REGION_TOKENS = 3
# What may end the phrase of a town and its region: "Lockerbie, Scotland.", "Ontario-based".
_REGION_PHRASE_ENDS = frozenset(".,;:)-")


def before_its_region(view: View, places: Gazetteer, comma: int) -> bool:
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


def before_its_state(view: View, places: Gazetteer, first: int, last: int) -> bool:
    """ "BUFFALO, N.Y. —", "in Orange, CA.": a known town's name, a comma and a US
    state's postal code that ends the phrase, on one line. `last` is the comma."""
    comma, folded, lines = last, view.folded, view.lines
    state, end = comma + 1, comma + 2
    return (
        places.is_us_state_code(view.words[state])
        and lines[state] == lines[comma]
        and (end == len(folded) or folded[end] in _STATE_PHRASE_ENDS or lines[end] != lines[comma])
        and places.place_kind(" ".join(folded[first:last])) == "city"
    )


_STATE_PHRASE_ENDS = _REGION_PHRASE_ENDS | {"–", "—", "(", "’s", "'s"}


# The most tokens a town's name before its state runs to: "Salt Lake City", "St. Louis".
_MAX_TOWN_TOKENS = 3


def after_its_town(view: View, places: Gazetteer, first: int, last: int) -> bool:
    """ "Cleveland, OH", "Washington, D.C.": a US state's postal code after a comma and
    a known town's whole name, on one line. Not a degree after a person's name
    ("Jane Kovac, MD"): the codes are letters of many things, the town says which."""
    comma = first - 1
    if last - first != 1 or comma < 1 or view.words[comma] != ",":
        return False
    if not places.is_us_state_code(view.words[first]):
        return False
    words, lines = view.words, view.lines
    for start in range(comma - 1, max(comma - 1 - _MAX_TOWN_TOKENS, -1), -1):
        word = words[start]
        if lines[start] != lines[comma] or not (word[0].isupper() or word == "."):
            return False
        # the town's whole name: not "Jordan" of "Michael Jordan, MD"
        whole = word[0].isupper() and (start == 0 or not words[start - 1][0].isupper())
        town = " ".join(view.folded[start:comma]).replace(" . ", ". ")
        if whole and places.is_place_name(town):
            return True
    return False


def closes_brackets(view: View, first: int, last: int) -> bool:
    """ "(Leeds)", "(at Headingley, Leeds)": a town set last in brackets says where."""
    words = view.words
    return last < len(words) and words[last] == ")" and first > 0 and words[first - 1] in ("(", ",")
