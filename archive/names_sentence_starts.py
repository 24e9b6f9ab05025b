"""Capitals that start a sentence: whether a run's first word is a name.

Where a sentence starts, a capital proves nothing, so a first word must be
a name by other evidence or at least not an ordinary word; a word seen
capitalised nowhere else, before a word in small letters ("Based on"),
stays only if the article prints it in a longer name (see entities).
Takes a View, its Context and the gazetteer; gives yes or no for a word, and
the tests of an ordinary word (a common or dictionary word, a function
word, the head of a name) that names_refine uses as well.
"""

from __future__ import annotations

from .names_gazetteer import Gazetteer, unaccented
from .names_inside import is_demonym
from .names_neighbours import in_dateline, is_officers_title
from .names_runs import is_given_name_before_name, is_initial, starts_place_phrase
from .names_signals import (
    CALENDAR_GIVEN_NAMES,
    CLUB_PREFIXES,
    CONTRACTION_ENDINGS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    MATCH_VERBS,
    NOT_NAMES,
    OF_HEADS,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    OTHER_HEADS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_NOUNS,
    SAYING_VERBS,
    TEAM_ROLES,
    TITLES,
    WELL_KNOWN_BODIES,
)
from .names_text import Context, View


def is_ordinary_first_word(
    view: View, context: Context, places: Gazetteer, index: int, last: int
) -> bool:
    """A capital that only marks the start of a sentence."""
    if not view.sentence_start[index]:
        return False
    folded = view.folded[index]
    if folded.rstrip(".") in HONORIFICS or starts_place_phrase(view, places, index, last):
        return False
    if len(folded) == 1 and is_initial(view, index):
        return False
    following = view.folded[index + 1] if index + 1 < last else ""
    if (folded in OF_HEADS and following in ("of", "for")) or following == "'s":
        return False  # "House of Representatives", "People's Daily" starting a sentence
    if view.lines[index] in view.headline_lines and in_dateline(view, index):
        return False  # "LA CORUNA, Spain 1996-08-31": a town, whatever its words
    if folded in CALENDAR_GIVEN_NAMES and is_given_name_before_name(view, places, index):
        return False  # "Jan Kroslak (Slovakia)" opening a line of results
    if view.words[index] in places.country_codes:
        return False  # "US officials said": the country in capitals, not "us"
    if _has_inner_capitals(view.words[index]):
        return False  # "JPMorgan", "PayPal", "McDonald": capitals inside, a name's
    if index + 1 < last and f"{folded} {view.folded[index + 1]}" in WELL_KNOWN_BODIES:
        return False  # "United Nations observers ...", "Islamic State fighters ..."
    if is_officers_title(view, index + 1):
        return False  # "Apple CEO Tim Cook said": the firm of the officer named after it
    if folded in NOT_NAMES or is_function_word(folded):
        return True
    if index + 1 == last and index + 1 < len(view) and view.words[index + 1] == ":":
        # a label: "Attendance: 20,000"; a place's name is no label ("Hove: Sussex 363")
        return folded not in context.name_words and not places.is_place_name(folded)
    if folded in context.name_words and not (
        last - index == 1 and _is_word_of_longer_names(context, places, folded)
    ):
        return False
    if places.is_demonym(folded):
        return False
    if places.is_place_name(folded) and not _is_town_written_as_word(folded, context, places):
        return False
    long_word = len(folded) > 5
    if last - index == 1:
        if _is_speaker_named_alone(view, context, places, index):
            return False
        ordinary = folded.endswith(_ORDINARY_ENDINGS) and long_word
        return (
            ordinary
            or is_common(folded, context, places)
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
    if folded in CLUB_PREFIXES and places.is_place_name(view.folded[index + 1]):
        return False  # "Real Madrid beat ...", "Sporting Lisbon": the club's first word
    # "Security Council", "Red Star": an ordinary word may begin a name; it
    # only starts the sentence when a name of its own follows ("Angry Kent fans")
    return inflected or (
        is_common(folded, context, places) and _is_known_name(view, context, places, index + 1)
    )


def _has_inner_capitals(word: str) -> bool:
    """Capitals after the first letter of a word in small letters: "JPMorgan", "PayPal"."""
    return not word.isupper() and any(map(str.isupper, word[1:]))


def _is_word_of_longer_names(context: Context, places: Gazetteer, folded: str) -> bool:
    """ "Teachers didn't see him": an ordinary word that the text capitalises only
    inside longer names ("Indiana State Teachers Association") is no name alone;
    a club's first word is the club ("Real were held", after "Real Madrid").
    A person's family name stays a name as a short form (entities.drop_ordinary_words)."""
    return (
        folded not in context.lone_name_words
        and folded not in CLUB_PREFIXES
        and is_common(folded, context, places)
    )


def _is_town_written_as_word(folded: str, context: Context, places: Gazetteer) -> bool:
    """ "Jam has always seemed ...": a town's name that is an English word, and
    the text writes the word in small letters too ("homemade jam")."""
    return folded in places.towns_named_like_words and folded in context.common_words


def _is_speaker_named_alone(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    """ "Apple said on Tuesday ...": a word alone before a verb of saying is a name,
    though an English word, where a noun would take an article ("The company
    said"). Not one of the commonest words ("Never said", "Family said", a
    headline's "Paper says"), an adverb ("Previously told"), a plural ("Analysts
    said", "Eyewitnesses told"), nor a noun of people ("Mother said")."""
    following = index + 1
    if (
        following >= len(view)
        or view.folded[following] not in SAYING_VERBS
        or not view.adjacent(index, following)
    ):
        return False
    word = view.folded[index]
    return not (
        word in places.common_words
        or word.endswith("ly")
        or word in PERSON_NOUNS
        or word in TITLES
        or _is_plural_of_a_word(word, context, places)
    )


def _is_plural_of_a_word(word: str, context: Context, places: Gazetteer) -> bool:
    """ "analysts", "eyewitnesses", "authorities": an English word in the plural;
    "regulators": those who do what an English verb says, which the lists may lack."""
    if not word.endswith("s") or len(word) <= 3:
        return False
    singulars = [word[:-1]]
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    elif word.endswith("ators"):
        singulars.append(word[:-3] + "e")  # "regulators": "regulate"
    elif word.endswith("es"):
        singulars.append(word[:-2])
    return any(
        singular in context.common_words
        or singular in places.common_words
        or singular in places.dictionary_words
        or singular in places.english_words
        or singular in PERSON_NOUNS
        for singular in singulars
    )


def _describes_person_after(view: View, places: Gazetteer, index: int, last: int) -> bool:
    """ "Fullback Andre Joubert", "Controversial Australian Anthony Hill": a word
    opening a sentence, known as no name, before a given name and a family name (a
    nationality may stand between) describes the person; it is not their first name.
    Not before a body's name: "Jeans Mate Corp"."""
    if not view.words[index].isalpha() or is_head(view.folded[last - 1]):
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
    if following in places.family_names and folded not in places.given_names_like_words:
        return True  # "Bill Gates", "Frank Field": a family name, though a word too
    if places.is_place_name(following) and (
        is_common(folded, context, places) or _is_dictionary_word(folded, places)
    ):
        return False
    return not (
        following in NOT_NAMES
        or is_common(following, context, places)
        or _is_dictionary_word(following, places)
        or places.place_kind(following) in ("country", "region")
        or places.is_demonym(following)
        or is_head(following)
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


def is_sentence_capital(view: View, context: Context, places: Gazetteer, index: int) -> bool:
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
    if not folded.isascii() and not _is_english_with_accents(folded, places):
        return False  # "Beyoncé won": no English word, though it opens the sentence
    if view.folded[following] in _SINGULAR_HAS and not is_common(folded, context, places):
        return False  # "Sondland has emerged": a subject no dictionary knows is a name
    return not (
        _is_name_inside_sentences(folded, context, places)
        or folded in context.headline_words
        or folded in places.first_names
        or places.is_place_name(folded)
        or places.is_demonym(folded)
    )


def _is_english_with_accents(folded: str, places: Gazetteer) -> bool:
    """ "Café", "Résumé", "Élite": an English word printed with its accents."""
    plain = unaccented(folded)
    return places.is_english_word(plain) or _is_dictionary_word(plain, places)


def is_english_word_alone(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    """ "Sadly, ...", "Fifty people", "Eyewitnesses told": one of the commonest English
    words, or its plural, starting a sentence (a headline's capitals prove no more),
    that the article capitalises nowhere else, may be an ordinary one ("Moon left"
    may be Moon Jae-in's short form); not before a possessive, a name's more often
    than a noun's ("Trump's underlings"), nor a speaker's ("Apple said")."""
    folded = view.folded[index]
    if (
        (index + 1 < len(view) and view.folded[index + 1] == "'s")
        or folded in context.name_words
        or _is_speaker_named_alone(view, context, places, index)
    ):
        return False
    english = places.english_words
    return folded in english or (folded.endswith("s") and folded[:-1] in english)


def _is_name_inside_sentences(folded: str, context: Context, places: Gazetteer) -> bool:
    """A word the article capitalises inside sentences; an English word only where it
    stands alone there ("shares of Apple"), not inside longer names alone ("Rochester
    Fire Department", "Far East Gold"): "Fire officials said" is no name."""
    if folded not in context.name_words:
        return False
    if folded in context.lone_name_words:
        return True
    return not (is_common(folded, context, places) or _is_dictionary_word(folded, places))


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
    "ators",
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
        (word in context.name_words and not is_head(word))
        or word in places.first_names
        or places.place_kind(word) is not None
        or places.is_demonym(word)
    )


def is_common(word: str, context: Context, places: Gazetteer) -> bool:
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


def is_head(word: str) -> bool:
    return word in ORG_HEADS or word in PLACE_HEADS or word in EVENT_HEADS or word in OTHER_HEADS
