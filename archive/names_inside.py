"""What a name's own words say: the signals of its words, wherever it stands.

Takes the words of a span (and the gazetteer) and gives its signals: the
kind of place it names, a nationality, the head that ends it ("Council",
"Cup"), a given name, initials, the shape of a family name ("McCarthy",
"Ivanova") or of a company's ("SoftBank"); and whether it may be a team
named after its town. Remembered per name: a name recurs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names_gazetteer import COMPASS_POINTS, Gazetteer
from .names_signals import (
    AWARD_CEREMONIES,
    BRANDS,
    CELESTIAL_BODIES,
    CLUB_PREFIXES,
    DEITIES,
    DISEASES,
    EVENT_HEADS,
    FOREIGN_ARTICLES,
    GEOLOGICAL_TIMES,
    HOLIDAYS,
    INSTRUMENTS,
    MOUNTAIN_RANGES,
    ORG_HEADS,
    OTHER_HEADS,
    PERSON_HEADS,
    PLACE_HEADS,
    RIVERS,
    STATE_HEADS,
    STATISTICS,
    TIME_ZONES,
    VESSEL_PREFIXES,
    WELL_KNOWN_BODIES,
    WELL_KNOWN_PRODUCTS,
    is_competition,
)
from .names_text import NUMBERED_SIDE, fold

# Distinct names remembered by `signals_inside`: a name recurs within an
# article and across the archive, and most of its evidence is in its words.
_NAMES_REMEMBERED = 50_000


@lru_cache(maxsize=_NAMES_REMEMBERED)
def signals_inside(places: Gazetteer, texts: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """What a name's own words say, wherever it stands, and whether it may be a team.

    The words alone decide: the kind of place it is, a nationality, its head,
    a given name, its shape. A town or county may be the team named after it.
    """
    words = [fold(text) for text in texts]
    name = place_spelling(words)
    if name in DEITIES and texts[0][1:].islower():
        return ("deity",), False
    for names, signal in _LISTED_KINDS:
        if name in names:
            return (signal,), False
    if " " in name and name in WELL_KNOWN_BODIES:
        return ("known_body",), False  # "Red Cross", "Goldman Sachs": no person's, whatever
    if _is_holiday(words):
        return ("holiday",), False
    if words[0] in DISEASES and (len(words) == 1 or "-" in words):
        return ("disease",), False
    if len(words) == 2 and words[0] == "title" and _LAW_SECTION.fullmatch(words[1]):
        return ("other_head",), False  # "Title IX", "Title 42": a part of a law
    if len(words) > 1 and (words[0] in _STORMS or " ".join(words[:2]) in _STORMS):
        return ("storm",), False
    if len(texts) == 1 and texts[0].isupper() and name in TIME_ZONES:
        return ("time_zone",), False  # "9:30 PM EST", not the region Est (Burkina Faso)
    # a body known by its name is that body, whatever place shares it: "Meta" (a
    # department of Colombia), "Hamas" (a town)
    kind = None if name in WELL_KNOWN_BODIES else places.place_kind(name)
    if kind is None and _is_town_and_state(places, texts, words):
        return ("town_and_state",), False
    if kind is None and len(texts) == 1 and texts[0] in places.country_codes:
        kind = "country"  # "US", "DPRK": only in capitals, "us" is no country
    elif kind is None and texts == ("D.C.",):
        # "flew to D.C.": Washington ("DC" alone is as often a direct current: "150 kW DC
        # fast charging")
        kind = "city"
    if kind is None and len(words) == 1 and name in places.place_plurals:
        kind = "region"  # "the two Koreas", "the Carolinas": a divided place's halves
    compass = _compass_expansion(places, words) if kind is None else None
    if compass is not None and compass != "demonym":
        kind = compass
    signals = [kind] if kind is not None else []
    if kind is None and _is_part_of_a_land(places, words):
        signals.append("part_of_a_land")
    elif name in MOUNTAIN_RANGES:
        signals.append("mountain_range")
    if kind is None and name in places.languages:
        signals.append("language")  # "in Dari and Pashto"
    elif kind is None and name in CELESTIAL_BODIES:
        signals.append("celestial_body")
    elif kind is None and name in WELL_KNOWN_BODIES:
        signals.append("known_body")
    elif kind in (None, "city") and name in BRANDS:
        signals.append("brand_alone")  # "Toyota said": the carmaker more often than the town
    if compass == "demonym" or _is_all_demonyms(places, name):
        signals.append("demonym")
    elif kind is None and _is_adjective_of_a_name(places, words):
        signals.append("adjective_of_name")
    elif kind is None and _is_nation_and_body(places, texts, words):
        signals.append("nation_and_body")
    elif kind is None and _is_doctrine(words, places):
        signals.append("doctrine")  # "Zionism", "Marxism", "anti-Semitism", "Islamist"
    if compass is not None:  # "N. Korea" is no initial and a surname
        return tuple(signals), False
    signals.extend(_inner_signals(texts, words, places, kind))
    town = kind in ("region", "city") or "contains_place" in signals or len(words) == 1
    return tuple(signals), town and "first_name" not in signals


# Closed lists of names that are one kind of thing wherever they stand.
_LISTED_KINDS = (
    (INSTRUMENTS, "instrument"),
    (GEOLOGICAL_TIMES, "geological_time"),
    (AWARD_CEREMONIES, "ceremony"),
    (WELL_KNOWN_PRODUCTS, "product"),
    (RIVERS, "river"),
)


def _inner_signals(
    texts: tuple[str, ...], words: list[str], places: Gazetteer, kind: str | None
) -> list[str]:
    """What the words of the name say: its head, connectors, a given name, initials."""
    head = words[-1]
    signals: list[str] = []
    if len(words) > 1:
        # "World War II", "World War Two", "Euro 96": a number after an event's head
        numbered = head in PERSON_HEADS or head.isdigit() or head in _NUMBER_WORDS
        head_signals = _head_signals(words[-2] if numbered and words[-2] in EVENT_HEADS else head)
        if is_competition(words[-2], head):
            head_signals = ("event_head",)
        elif head == "wars" and len(words) == 2 and _is_common_noun(words[0], places):
            head_signals = ("other_head",)  # "Star Wars", "Clone Wars": a work, no war
        elif head == "games" and not _names_games_of_sport(places, words[-2]):
            head_signals = ("org_head",)  # "Epic Games", "Rocksteady Games": a studio
        elif _is_state_university(places, words):
            head_signals = ("org_head",)  # "Penn State", "Ohio State": a university
        elif texts[-1] == "XI" and not places.is_given_name(words[-2]):
            head_signals = ("org_head",)  # "Minor Counties XI": a side of eleven, no king
        elif head in _CENTRE_HEADS and words[-2] in _FIELDS_OF_WORK:
            head_signals = ("org_head",)  # "Pew Research Center": a body, not a venue
        elif head == "channel" and not _names_a_place(places, words[-2]):
            # "English Channel", "Bristol Channel": a strait; "Disney Channel": a broadcaster
            head_signals = ("org_head",)
        before_of = words[words.index("of") - 1] if "of" in words[1:] else ""
        if before_of in _GROUPS_BEFORE_OF:
            head_signals = ("org_head",)
        elif before_of in _BODIES_BEFORE_OF:
            # "Organisation of the Islamic Conference": the body's head before "of"
            # types the name, whatever heads its end
            head_signals = ("body_before_of",)
        elif not head_signals and before_of:
            head_signals = _SIGNALS_OF_HEAD_BEFORE_OF.get(before_of, ())
        elif _is_given_and_family_name_like_a_place(words, places, kind, head_signals):
            head_signals = ()  # "Michael Wells", "Tiger Woods"; not "Beverly Hills", a town
        signals.extend(head_signals)
        if not head_signals and words[0] in _PLACE_HEADS_FIRST:
            signals.append("place_head_first")
        elif not head_signals and words[0] in _PAPERS_FIRST:
            signals.append("paper_first")  # "Daily Variety", "Gazeta Shqiptare"
        elif len(words) == 2 and words[0] in _RELIGIOUS_KIN and places.is_given_name(words[1]):
            signals.append("religious_title")  # "Mother Teresa", "Sister Nirmala"
        connected = not _CONNECTORS.isdisjoint(words)
        if connected:
            signals.append("inner_connector")
            if _names_a_state(places, words):
                signals.append("place_head")
        # "Airbus A350", "RAV4 Prime": a model's number, never in a person's name;
        # "Ruch SA", "Touch ID": nor an acronym after its first word (a king's "VIII" is none)
        # (a side named with a number is no model: "San Francisco 49ers")
        if any(map(_has_digit, texts)) and not NUMBERED_SIDE.fullmatch(texts[-1]):
            signals.append("model_number")
        elif not texts[0].isupper() and any(map(_is_inner_acronym, texts[1:])):
            signals.append("inner_acronym")
        if words[0] in BRANDS and not (head_signals or connected):
            signals.append("brand_first")
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
        # "The Hill", "The Hollywood Reporter", "The Eagles": "The" printed inside a
        # name starts a paper's, a band's or a thing's, never a person's
        elif words[0] == "the" and kind is None:
            signals.append("the_first")
        named_with_article = foreign_article or "the_first" in signals
        if (
            words[0] in places.first_names
            and kind is None
            and not (connected or article or named_with_article)
            and not word_before_a_noun(places, words[0], words[-1])
        ):
            signals.append("first_name")
        if texts[-1].islower() and texts[-2] == "-":
            signals.append("hyphened_given_name")  # "Kim Young-sam", "Chen Chun-yeh"
        elif kind is None and _is_hyphened_over_a_place_link(texts):
            signals.append("hyphened_place")
        elif (
            len(words) <= 3
            and all(map(_is_plain_word, texts))
            and not named_with_article
            and (len(words) == 2 or _NOT_PERSON_HEADS.isdisjoint(head_signals))
        ):
            # three words that end in a body's or a place's head are not plain:
            # "Kotak Institutional Equities", where "Margaret Court" may be a person
            signals.append("capitalised_pair")
        elif _starts_with_acronym(texts, words, places):
            signals.append("acronym_first")
        elif _is_pair_of_acronyms(texts, places):
            signals.append("acronym")
    elif head in _HEADS_NAMING_ALONE:
        signals.append(_HEADS_NAMING_ALONE[head])  # "in the Gulf", "bring back the Cup"
    elif _MODEL.fullmatch(texts[0]):
        signals.append("model_number")  # "A350", "A330neo", "MH370": a model, not a body
    elif texts[0].isupper() and 2 <= len(texts[0]) <= 6 and kind is None:
        signals.append(_ACRONYM_KINDS.get(head, "acronym") if len(words) == 1 else "acronym")
    # "W. M. Keck Observatory", "J. Paul Getty Museum": initials open a person's
    # name, and a body's or a place's named after the person
    if len(texts[0]) == 1 and len(words) > 2 and _NOT_PERSON_HEADS.isdisjoint(signals):
        # "S&P", "H&M": letters set against "&" are a firm's, no person's initials
        signals.append("acronym" if texts[1] == "&" else "initials")
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


# Acronyms that name no body: a clock's zone ("0800 GMT"), a player's figure ("3 RBI").
_ACRONYM_KINDS = {word: "time_zone" for word in TIME_ZONES} | {
    word: "statistic" for word in STATISTICS
}


def place_spelling(words: list[str]) -> str:
    """The words as the gazetteers spell a place: "st. petersburg", "guinea-bissau"."""
    return " ".join(words).replace(" - ", "-").replace(" . ", ". ")


def _is_town_and_state(places: Gazetteer, texts: tuple[str, ...], words: list[str]) -> bool:
    """ "Washington DC", "Springfield IL", "St. Louis MO": a known place and a US
    state's postal code after it name the town, whatever the code's capitals say
    (an acronym's, a company's legal form's)."""
    return (
        len(texts) > 1
        and places.is_us_state_code(texts[-1])
        and places.is_place_name(place_spelling(words[:-1]))
    )


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


def compass_spelled_out(places: Gazetteer, name: str) -> str | None:
    """The place an abbreviated point of the compass opens, spelled out as a name:
    "N. Korea" -> "North Korea", "S. Africa" -> "South Africa"; else None."""
    point, dot, rest = name.partition(". ")
    if not dot or point.lower() not in _COMPASS_POINTS or not rest:
        return None
    for word in _COMPASS_POINTS[point.lower()]:
        if places.place_kind(f"{word} {rest.lower()}") is not None:
            return f"{word.capitalize()} {rest}"
    return None


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


# A land's part named by its place on the compass: "the South", "the Northeast", "the
# Midwest" alone; "the Upper Midwest", "Northern Iraq", "North India" before another.
_COMPASS_NOUNS = frozenset(
    "north south east west northeast northwest southeast southwest midwest".split()
)
_COMPASS_ADJECTIVES = _COMPASS_NOUNS | frozenset(
    """northern southern eastern western central upper lower northeastern northwestern
    southeastern southwestern""".split()
)


def _is_part_of_a_land(places: Gazetteer, words: list[str]) -> bool:
    if len(words) == 1:
        return words[0] in _COMPASS_NOUNS
    if words[-1] in ("side", "end") and all(word in _COMPASS_ADJECTIVES for word in words[:-1]):
        return True  # a town's part: "the Lower East Side", "the South Side", "the West End"
    rest = " ".join(words[1:])
    # not before a state: "Eastern Michigan", "Northern Illinois" are universities' sides
    # as often as not
    return words[0] in _COMPASS_ADJECTIVES and (
        rest in _COMPASS_NOUNS or places.place_kind(rest) == "country" or rest in places.us_states
    )


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


def word_before_a_noun(places: Gazetteer, first: str, last: str) -> bool:
    """ "Star Trek", "Echo Dot", "Jet Propulsion Laboratory": a rare given name that is
    an English word, before an English word that is no family name, is the word; not
    "Will Smith", "Tony Brooks" (a given name many list, or a family name after it)."""
    return (
        first in places.given_names_like_words
        and len(last) > 2
        and (last in places.english_words or last in places.dictionary_words)
        and last not in places.family_names
    )


def _is_pair_of_acronyms(texts: tuple[str, ...], places: Gazetteer) -> bool:
    """ "US EPA", "UK FCA", "CBS DFW": a country's code or an acronym, then a body's
    acronym: a body's name (not "US WINS" of a headline in capitals)."""
    return (
        len(texts) == 2
        and (texts[0] in places.country_codes or _is_acronym(texts[0], places))
        and _is_acronym(texts[1], places)
    )


def _is_acronym(text: str, places: Gazetteer) -> bool:
    """Letters in capitals that spell no English word and no given name: "EPA", "DFW"."""
    folded = fold(text)
    return (
        2 <= len(text) <= 6
        and text.isalpha()
        and text.isupper()
        and folded not in places.english_words
        and folded not in places.common_words
        and folded not in places.first_names
    )


def _contains_place(places: Gazetteer, words: list[str]) -> bool:
    """ "Air France", "Kansas City Royals": a country inside, or a town the name
    starts with (not "Paul Lawrie": a town that is a given name too, nor "South
    Ridge": a point of the compass is a region's name only alone)."""
    if not places.countries.isdisjoint(words):
        return True
    for end in range(min(3, len(words) - 1), 0, -1):
        town = " ".join(words[:end])
        if town in COMPASS_POINTS and not words[-1].endswith("s"):
            continue  # not "South Dakotans", people
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


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_CONNECTORS = frozenset(("of", "for", "&", "and"))


def _is_all_demonyms(places: Gazetteer, name: str) -> bool:
    """ "South Korean", "Sino-Japanese", "Iraqi Kurds": nationalities only."""
    if all(is_demonym(places, part) for part in name.split("-")):
        return True
    return " " in name and all(is_demonym(places, word) for word in name.split())


# The number of a title of a law: "IX", "42".
_LAW_SECTION = re.compile(r"[ivxlc]+|\d+")

# What a storm's name opens with: "Hurricane Ian", "Tropical Storm Nicole".
_STORMS = frozenset(
    ("hurricane", "typhoon", "cyclone", "superstorm", "tropical storm", "tropical depression")
)


def _is_holiday(words: list[str]) -> bool:
    """ "Christmas", "New Year", "Christmas Eve", "New Year's Day"."""
    if words[-1] in ("eve", "day") and len(words) > 1:
        words = words[:-1]
        if words[-1] == "'s":
            words = words[:-1]
    return " ".join(words) in HOLIDAYS


# A doctrine's name is longer than this: "Zionism"; not "Rism".
_DOCTRINE_MIN_LETTERS = 5


def _is_doctrine(words: list[str], places: Gazetteer) -> bool:
    """A doctrine, or its adherents: "Zionism", "Islamist militants", "the Marxists";
    not a Swedish family name ("Lindqvist", "Blomquist")."""
    if len(words) != 1 or len(words[0]) <= _DOCTRINE_MIN_LETTERS:
        return False
    word = words[0]
    if word.endswith("ism"):
        return True
    return (
        word.endswith(("ist", "ists"))
        and not word.endswith(("vist", "vists", "quist", "quists"))
        and word not in places.family_names
    )


# The endings of the adjectives made of a name: "Faustian", "Orwellian", "Shakespearean",
# "Kafkaesque".
_ADJECTIVE_ENDINGS = ("ian", "ean", "esque")


def _is_adjective_of_a_name(places: Gazetteer, words: list[str]) -> bool:
    """One word shaped as an adjective made of a name ("a Faustian bargain", "an Orwellian
    turn") that is no nationality, nor a given or family name ("Brian", "Kardashian"), nor
    an English word."""
    return (
        len(words) == 1
        and words[0].endswith(_ADJECTIVE_ENDINGS)
        and len(words[0]) > len("ian") + 2
        and not places.is_given_name(words[0])
        and words[0] not in places.family_names
        # "the Guardian", "the Comedian": an English noun names a paper or a work
        and not places.is_english_word(words[0])
    )


def _is_nation_and_body(places: Gazetteer, texts: tuple[str, ...], words: list[str]) -> bool:
    """ "Israel-PLO", "Israeli-PLO": a nation and a body known by its acronym, hyphened,
    qualify what is between them ("Israel-PLO talks"), as "Israeli-Palestinian" does."""
    return (
        len(words) == 3
        and words[1] == "-"
        and (places.is_demonym(words[0]) or places.place_kind(words[0]) == "country")
        and texts[2].isupper()
        and 2 <= len(texts[2]) <= 5
    )


def is_demonym(places: Gazetteer, name: str) -> bool:
    """A nationality, or its plural ("Iraqis"); a given name is no plural ("Francis")."""
    if places.is_demonym(name):
        return True
    return name.endswith("s") and not places.is_given_name(name) and places.is_demonym(name[:-1])


def _is_state_university(places: Gazetteer, words: list[str]) -> bool:
    """ "Penn State", "Ohio State", "Michigan State": a university, its side in the sports
    pages; not "Washington State", the state as often, nor "Lagos State", Nigeria's."""
    return (
        len(words) == 2
        and words[1] == "state"
        and words[0] != "washington"
        and (words[0] == "penn" or words[0] in places.us_states)
    )


def _is_given_and_family_name_like_a_place(
    words: list[str], places: Gazetteer, kind: str | None, head_signals: tuple[str, ...]
) -> bool:
    """A given name, then a family name that is a place's head in the plural ("Wells",
    "Woods", "Banks") or "Wall", and no place the gazetteer knows; a venue's "Park" or
    "Bridge" keeps its head ("Ellis Park", "Trent Bridge")."""
    return (
        head_signals == ("place_head",)
        and len(words) == 2
        and kind is None
        and (words[1].endswith("s") or words[1] == "wall")
        and words[0] in places.first_names
        and words[1] in places.family_names
    )


# A centre that works at a field is a body ("Tax Policy Center", "National Hurricane
# Center", "MD Anderson Cancer Center"); others are venues ("Barclays Center",
# "Convention Center", "World Trade Center").
_CENTRE_HEADS = frozenset("center centre centers centres".split())
_FIELDS_OF_WORK = frozenset(
    """research policy policies studies study cancer hurricane prediction forecast
    information rights justice law data analysis security health innovation development
    education science sciences technology media journalism climate strategy ethics
    economics poverty democracy peace""".split()
)


# Heads that come first in a place's name: "Mount Everest", "Lake Tahoe", "Cape Cod",
# "Fort Bragg"; not "Port", first in clubs' names ("Port Vale", "Port Adelaide").
_PLACE_HEADS_FIRST = frozenset("mount mt lake loch cape isle fort camp".split())


# The kin a religious order names its members by, part of the name: "Mother Teresa".
_RELIGIOUS_KIN = frozenset(("mother", "sister", "brother"))


# What names the games of a sport: "Olympic Games", "Commonwealth Games", "Goodwill
# Games", "Asian Games" (a nationality), "Mediterranean Games" (a place).
_GAMES_OF_SPORT = frozenset(
    """olympic paralympic commonwealth goodwill island highland invictus youth winter summer
    world special maccabiah francophone""".split()
)


def _names_games_of_sport(places: Gazetteer, word: str) -> bool:
    return word in _GAMES_OF_SPORT or _names_a_place(places, word)


def _names_a_place(places: Gazetteer, word: str) -> bool:
    """A nationality or a known place: "Asian", "Mediterranean", "Bristol"."""
    return places.is_demonym(word) or places.is_place_name(word)


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


_NOT_PERSON_HEADS = frozenset(signal for _, signal in _HEADS if signal != "person_head")


# Heads that type a name from before its "of" when the words after it do not:
# "World Series of Golf", "Strait of Hormuz"; not buildings ("Hall of Fame" is a body).
# A conference of its members is a body, a meeting is one "on" its subject: "National
# Conference of State Legislatures", "Conference on Disarmament".
_GEOGRAPHIC_HEADS = "city gulf bay sea isle islands cape strait lake mount port province"
_SIGNALS_OF_HEAD_BEFORE_OF = {
    **dict.fromkeys(EVENT_HEADS, ("event_head",)),
    **dict.fromkeys(_GEOGRAPHIC_HEADS.split(), ("place_head",)),
    "conference": ("org_head",),
}
# Bodies' heads that type a name from before its "of", whatever ends it.
_BODIES_BEFORE_OF = frozenset(
    "organisation organization ministry bank university council party".split()
)
# Words that open papers' names: "Daily Variety", "Gazeta Wyborcza", "Gazzetta dello Sport".
_PAPERS_FIRST = frozenset(("daily", "gazeta", "gazzetta", "gazette"))
# People banded under a cause, whatever it is: "Friends of the Earth", "Knights of
# Columbus", "Daughters of the American Revolution".
_GROUPS_BEFORE_OF = frozenset("friends sons daughters knights brothers sisters".split())


# The small words that join the parts of a place's name with hyphens: "Mar-a-Lago",
# "Stratford-upon-Avon", "Chester-le-Street", "Saint-Germain-en-Laye"; not a person's
# "Ata-ur-Rehman", "Inzamam-ul-Haq".
_PLACE_LINKS = frozenset("a upon on in le la les en sur sous de del di du".split())


def _is_hyphened_over_a_place_link(texts: tuple[str, ...]) -> bool:
    return any(
        text in _PLACE_LINKS and texts[index - 1] == "-" and texts[index + 1] == "-"
        for index, text in enumerate(texts[1:-1], start=1)
    )


# A model's or a flight's name alone: letters, then three digits or more ("G7", "G20"
# and "3M" are bodies).
_MODEL = re.compile(r"[A-Z]{1,3}-?\d{3,}[a-z]{0,3}")


def _is_common_noun(word: str, places: Gazetteer) -> bool:
    """An English word that names no people nor place ("clone"; "star", a given name
    in one locale only), unlike the first words of wars ("Napoleonic", "Balkan", "World")."""
    english = word in places.english_words or word in places.given_names_like_words
    return word != "world" and english and not is_demonym(places, word)


def _has_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


_ROMAN_NUMERAL = re.compile(r"[IVX]+")  # "Henry VIII", "Louis XIV"; not "DC", "CD"


def _is_inner_acronym(text: str) -> bool:
    return (
        2 <= len(text) <= 5
        and text.isupper()
        and text.isalpha()
        and not _ROMAN_NUMERAL.fullmatch(text)
    )


def _is_plain_word(text: str) -> bool:
    return text.isalpha() and text[0].isupper() and not text.isupper()
