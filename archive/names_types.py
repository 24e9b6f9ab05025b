"""Types of discovered names: the evidence around and inside a span, weighed.

Each piece of evidence is a named signal; SIGNAL_WEIGHTS (names_signals)
says which type it speaks for and how strongly. A span takes the type with
the highest total. What the name's own words say is read in names_inside,
what the words around it say in names_neighbours; here they are joined
with what makes a name a team's or no person's, and weighed into a Span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .names_gazetteer import Gazetteer
from .names_inside import signals_inside, word_before_a_noun
from .names_neighbours import (
    after_its_town,
    before_its_region,
    before_its_state,
    bowling_figures_at,
    closes_brackets,
    dismissal_at,
    is_side_in_scores,
    is_team_in_results,
    neighbour_signals,
    noun_after,
)
from .names_runs import is_surname_before_place
from .names_signals import (
    EVENT_NOUNS_AFTER,
    NOT_NAMES,
    OF_HEADS,
    SIDE_NOUNS,
    SIGNAL_WEIGHTS,
    TEAM_ROLES,
    THING_NOUNS_AFTER,
    WORK_NOUNS_AFTER,
)
from .names_text import Context, View


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


def typed(
    view: View,
    context: Context,
    places: Gazetteer,
    first: int,
    last: int,
    title: str,
    evidence: tuple[str, ...],
) -> Span:
    """Tokens [first, last) as a Span, typed by `evidence` and the signals around and inside."""
    signals = (*evidence, *signals_of(view, context, places, first, last))
    return Span(first, last, best_type(signals, last - first), title, "", signals)


def signals_of(view: View, context: Context, places: Gazetteer, first: int, last: int) -> list[str]:
    inside, may_be_team = signals_inside(places, tuple(view.words[first:last]))
    signals = list(inside)
    after = noun_after(view, last)
    signals.extend(neighbour_signals(view, first, last, after))
    if (
        last + 1 < len(view)
        and view.words[last] == ","
        and (before_its_region(view, places, last) or before_its_state(view, places, first, last))
    ):
        signals.append("town_of_region")
    elif first > 1 and view.words[first - 1] == "," and after_its_town(view, places, first, last):
        signals.append("state_after_town")
    if last - first > 1 and inside in _ONLY_SHAPE:
        signals.extend(_signals_of_no_person(view, context, places, first, last))
    # "Cork 14.3-4-45-1", "Inzamam-ul-Haq c Hussain b Mullally": a bowler, a batsman,
    # whatever town he is named like
    player = bowling_figures_at(view, last) or dismissal_at(view, last)
    if player:
        signals.append("bowling_figures")
    # a town or county followed by a score or a player is the team named after it;
    # one set last in brackets is where a match is played: "(at Headingley, Leeds)";
    # after a player's name, his club ("Yvan Quentin (Sion)") or his country ("Haile
    # Gebrselassie (Ethiopia)")
    club = "club_in_brackets" in signals
    if club and "country" in inside:
        signals.remove("club_in_brackets")
    elif (
        not club
        and may_be_team
        and closes_brackets(view, first, last)
        and not _TOWNS.isdisjoint(inside)
    ):
        signals.append("town_in_brackets")
    elif may_be_team:
        if not player and is_team_in_results(view, first, last):
            signals.append("team_result")
        # "Leeds fans", "a Karlsruhe goal", "Middlesbrough's Italian striker"; not
        # "Yeltsin supporters", "a Shearer goal"
        if (
            after in TEAM_ROLES
            or (after in SIDE_NOUNS and not _TOWNS.isdisjoint(inside))
            or _role_after_possessive(view, places, last)
            or _side_in_apposition(view, last)
        ):
            signals.append("team_role_after")
        elif "country" not in inside and _plural_verb_after(view, first, last):
            signals.append("plural_verb_after")
        elif _sport_and_role_after(view, last):
            signals.append("sport_role_after")
    elif (
        last - first > 1
        and not player
        and _PERSON_OR_PLACE.isdisjoint(inside)
        and is_side_in_scores(view, places, first, last)
    ):
        signals.append("team_result")
    # "the Wimbledon champion": a town's name before a competition's noun names the
    # competition; not "the Ferrari title", "the NBA title": a body's
    if after in EVENT_NOUNS_AFTER and not _TOWNS.isdisjoint(inside):
        signals.append("event_noun_after")
    # "the Europa Clipper mission", "the Star Trek series": where nothing but a given
    # name and a shape speaks, the noun after the name says what it is; not where
    # more does ("an All Black series triumph": a side's), nor of a word alone, a
    # surname as often ("the Holbrooke mission")
    elif (
        (after in THING_NOUNS_AFTER or _work_named_like_a_person(view, places, first, last, after))
        and (last - first > 1 or after in _CRAFT_NOUNS)
        and _ONLY_GIVEN_NAME_OR_SHAPE.issuperset(signals)
    ):
        signals.append("thing_noun_after")
    # "your Echo Dot", "its Gran Turismo": what one owns is a thing, unless the name
    # only qualifies the noun after it ("their Manchester United contracts")
    if first > 0 and view.folded[first - 1] in _OWNERS and not _qualifies_a_noun(view, last):
        signals.append("owned_before")
    # "the 2020 Sentra", "a 2019 Toyota Camry": a model's year makes a product of the
    # name, unless the name only qualifies the noun after it ("the 2003 Iraq war")
    elif _after_a_model_year(view, first) and not _qualifies_a_noun(view, last):
        signals.append("model_year_before")
    # "Peter Court of Australia": a surname that heads bodies' names, after a given
    # name and before where its bearer comes from, which discovery split off
    if last - first > 1 and _before_of(view, last) and view.folded[last - 1] in OF_HEADS:
        place = last + 2 if view.folded[last + 1] == "the" else last + 1
        if place < len(view) and is_surname_before_place(view, last - 1, place):
            signals.append("origin_after")
    if (
        signals == _ONLY_SAID
        and last - first == 1
        and view.folded[first] in places.nouns_no_one_bears
    ):
        signals.append("noun_said")
    return signals


# Determiners of an owner, but "his" and "her": "told her John had left".
_OWNERS = frozenset(("my", "your", "our", "their", "its"))
_ARTICLES = frozenset(("the", "a", "an"))


def _qualifies_a_noun(view: View, last: int) -> bool:
    """ "their Manchester United contracts", "its ESPN+ app", "its Phase 1 deal"."""
    while last < len(view) and (view.words[last] == "+" or view.words[last].isdigit()):
        last += 1
    return _before_a_noun(view, last)


def _after_a_model_year(view: View, first: int) -> bool:
    """ "the 2020 ___", "a 1967 ___": an article, then a year, right before the name."""
    return (
        first > 1
        and view.folded[first - 2] in _ARTICLES
        and len(year := view.words[first - 1]) == 4
        and year[:2] in ("19", "20")
        and year.isdigit()
    )


def _before_of(view: View, last: int) -> bool:
    return last + 1 < len(view) and view.folded[last] == "of"


# What makes a name of more words a person's or a place's, not a side's, whatever follows.
_PERSON_OR_PLACE = frozenset(
    ("first_name", "initials", "person_head", "surname_shape", "country", "region", "city")
)


_TOWNS = frozenset(("city", "region"))
# ("person_head": a Roman numeral numbers missions as it numbers kings: "Artemis II")
_ONLY_GIVEN_NAME_OR_SHAPE = frozenset(("first_name", "capitalised_pair", "person_head"))


def _work_named_like_a_person(
    view: View, places: Gazetteer, first: int, last: int, after: str
) -> bool:
    """ "the Star Trek film": a work's name, though a given name starts it. A person's
    name before such a noun names whose work it is ("the Tom Hanks film", "the Jet Li
    film"), so only a given name that is a common English word as often ("Star",
    "Echo") counts here, before no family name."""
    family = view.folded[last - 1]
    return (
        after in WORK_NOUNS_AFTER
        and view.folded[first] in places.given_names_like_words
        and family not in places.family_names
        and family not in places.romanized_names
    )


# "Apple said", "Army said": where nothing else speaks, an English noun that is no
# one's given or family name says things as a body does
_ONLY_SAID = ["said_after"]


def _signals_of_no_person(
    view: View, context: Context, places: Gazetteer, first: int, last: int
) -> list[str]:
    """What says that a name its words leave open is no person's: "the ___",
    an ordinary word at its end."""
    signals = []
    if first > 0 and view.folded[first - 1] == "the" and not _before_a_noun(view, last):
        signals.append("the_before")
    if _before_a_model_number(view, first, last):
        signals.append("number_after")
    if _ends_in_ordinary_word(view, context, places, first, last):
        signals.append("ordinary_last_word")
    elif _starts_with_ordinary_word(view, context, places, first):
        signals.append("ordinary_first_word")
    elif _ends_in_plural_of_members(view, places, last):
        signals.append("members_plural")
    elif _ends_in_english_word(view, places, first, last):
        signals.append("english_last_word")
    elif _starts_with_english_word(places, view.folded[first], view.folded[last - 1]):
        signals.append("english_first_word")
    return signals


def _starts_with_english_word(places: Gazetteer, start: str, end: str) -> bool:
    """ "Mortal Kombat", "Farming Simulator": a common English word that no list gives
    as a given name starts no person's name; unless a family name ends it, for the
    nicknames ("Tiger Woods", "Magic Johnson")."""
    return (
        len(start) > 3
        and start in places.english_words
        and start not in places.family_names
        and start not in places.romanized_names
        and end not in places.family_names
    )


def _ends_in_plural_of_members(view: View, places: Gazetteer, last: int) -> bool:
    """ "Virginia Democrats", "Dallas Cowboys": a name ending in the plural of an
    English noun names a party's or a side's members, never one person; unless the
    plural is a family name too ("Tiger Woods", "Robert Burns")."""
    word = view.folded[last - 1]
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))  # "Boss", "Jesus", "Analysis"
        and word in places.english_words
        and word not in places.family_names
    )


def _before_a_model_number(view: View, first: int, last: int) -> bool:
    """ "the Apple Thunderbolt 2 to Thunderbolt 3 adapter", "Galaxy Note 10 owners": a
    number after the name, then a word in small letters, in running text, is a model's
    or a version's; not a row of a table ("Vijay Singh 68 70"), nor figures ("19.32",
    "10-0-50-0") after a player's name."""
    number, after = last, last + 1
    return (
        after < len(view)
        and view.words[number].isdigit()
        and view.initials[after].islower()
        and view.words[after].isalpha()
        and view.lines[after] == view.lines[first]
        and view.adjacent(last - 1, number)
        and view.adjacent(number, after)
        and not view.opens_line(first)
    )


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
    return _no_given_name_first(places, view.folded[first], word)


def _no_given_name_first(places: Gazetteer, start: str, end: str) -> bool:
    """No given name or initial starts the name ("John Major", "P. Such", "Devon White");
    a rare given name that is a word, before a word, is none ("Star Trek")."""
    if word_before_a_noun(places, start, end):
        return True
    return (
        len(start) > 1
        and start not in places.first_names
        and start not in places.places_named_like_people
    )


def _ends_in_english_word(view: View, places: Gazetteer, first: int, last: int) -> bool:
    """ "Pixar Animation", "The Hollywood Reporter": an English noun heads the name,
    the last word in English, where no given name starts it ("Rose Baker"), nor a
    Chinese or Japanese name ("Qin Gang"). Words of three letters or fewer are left
    out: "Liu He", "Kim Il"."""
    word, start = view.folded[last - 1], view.folded[first]
    return (
        len(word) > 3
        and word in places.english_words
        and word not in places.romanized_names
        and word not in places.family_names
        and start not in places.romanized_names
        and _no_given_name_first(places, start, word)
    )


# What the words of a name say when they tell no more than its shape: "Magic Keyboard".
_ONLY_SHAPE = ((), ("capitalised_pair",))


def _before_a_noun(view: View, last: int) -> bool:
    """ "the Marc Dutroux case", "the Clinton administration": a name may stand before
    the noun "the" belongs to; a word in small letters that is no closed-class word
    ("said", "in", "and") is taken for that noun."""
    if last >= len(view) or not view.initials[last].islower():
        return False
    return view.words[last].isalpha() and view.folded[last] not in NOT_NAMES


def best_type(signals: Iterable[str], length: int) -> str:
    """The type the signals speak for most strongly; without any, a guess from the length."""
    return _best_type(tuple(signals), length == 1)


# Signals that weigh only beside others: "in Trump's first term" says no more of a place
# than of a person or a firm ("in Jordan's film", "in Apple's lawsuit").
_ONLY_BESIDE_OTHERS = frozenset(("place_preposition_possessor",))

# Distinct lists of signals remembered: every name is weighed, from few combinations.
_SIGNAL_LISTS_REMEMBERED = 4096


@lru_cache(maxsize=_SIGNAL_LISTS_REMEMBERED)
def _best_type(signals: tuple[str, ...], one_word: bool) -> str:
    scores: dict[str, float] = {}
    for signal in signals:
        if signal in SIGNAL_WEIGHTS:
            type_, weight = SIGNAL_WEIGHTS[signal]
            scores[type_] = scores.get(type_, 0.0) + weight
    if not scores or all(
        signal in _ONLY_BESIDE_OTHERS for signal in signals if signal in SIGNAL_WEIGHTS
    ):
        return "organisation" if one_word else "person"
    if "place_preposition" in signals and "place_preposition_possessor" in signals:
        # one kind of evidence, counted once: "at MIT" and "at MIT's laboratory"
        scores["place"] -= SIGNAL_WEIGHTS["place_preposition_possessor"][1]
    return max(scores.items(), key=lambda item: item[1])[0]


# "Barcelona soccer player Gerard Pique", "a Lakers basketball star": a side's
# player, named with the sport played
_SPORTS_PLAYED = frozenset(
    "soccer football cricket rugby baseball basketball hockey volleyball handball".split()
)
_PLAYERS = TEAM_ROLES | frozenset("player players star stars".split())


_SIDES = frozenset(("club", "side", "team"))
# Verbs in the plural: a town's or county's name that takes one is its side's ("Essex
# are set to ...", "Surrey were frustrated"); a country's is its side's too, but
# named as the country.
_PLURAL_VERBS = frozenset(("are", "were", "have"))


def _plural_verb_after(view: View, first: int, last: int) -> bool:
    """ "Essex are set to step up their challenge", "but Surrey were frustrated": the
    name the subject, opening a sentence or a clause; not after a preposition
    ("officials in Damascus have said") nor one of two names ("Kent and Surrey are")."""
    return (
        last < len(view)
        and view.folded[last] in _PLURAL_VERBS
        and view.adjacent(last - 1, last)
        and (view.sentence_start[first] or view.folded[first - 1] in _OPENING_A_CLAUSE)
    )


_OPENING_A_CLAUSE = frozenset("but while as when after before since because though".split())


def _side_in_apposition(view: View, last: int) -> bool:
    """ "leaving Blackburn, the club he led": a town's name set off as a club."""
    noun = last + 2
    return (
        noun < len(view)
        and view.words[last] == ","
        and view.folded[last + 1] in ("the", "a")
        and view.folded[noun] in _SIDES
    )


def _role_after_possessive(view: View, places: Gazetteer, last: int) -> bool:
    """ "Middlesbrough's Italian striker", "Leeds' manager": a town's possessive, then a
    player's or a manager's role (after his nationality), is the side's."""
    index = last + 1
    if last >= len(view) or view.folded[last] not in ("'s", "'"):
        return False
    if index < len(view) and view.capitalised[index] and places.is_demonym(view.folded[index]):
        index += 1
    return index < len(view) and view.folded[index] in TEAM_ROLES and view.initials[index].islower()


def _sport_and_role_after(view: View, last: int) -> bool:
    return (
        last + 1 < len(view)
        and view.folded[last] in _SPORTS_PLAYED
        and view.folded[last + 1] in _PLAYERS
    )


# Craft named by one word, which no mission of a person's name is: "the Starship rocket",
# "the Hubble telescope" (beside "the Holbrooke mission").
_CRAFT_NOUNS = frozenset(
    "rocket spacecraft telescope satellite rover lander orbiter capsule".split()
    + ["program", "programme"]  # "the Medicare program", "the Apollo programme"
)
