"""From a run of capitalised words to typed spans of names.

Takes a run from names_runs and gives the names in it, typed (names_types):
ordinary first words dropped (names_sentence_starts), titles ("Prime
Minister"), nationalities ("Japanese") and countries ("U.S.") split off the
front, and a run of two names split where one ends ("National Security
Council Shotaro Yachi", "China-Japan").
"""

from __future__ import annotations

import re

from .names_gazetteer import COUNTRY_NAMES, Gazetteer
from .names_inside import is_demonym, place_spelling
from .names_neighbours import is_officers_title
from .names_runs import is_arabic_article
from .names_sentence_starts import (
    is_common,
    is_english_word_alone,
    is_function_word,
    is_head,
    is_ordinary_first_word,
    is_sentence_capital,
)
from .names_signals import (
    BRANDS,
    COMMON_ACRONYMS,
    DISEASES,
    EVENT_HEADS,
    HOLIDAYS,
    HONORIFICS,
    NEVER_NAMES,
    NOT_NAMES,
    OF_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    SAYING_VERBS,
    STATE_HEADS,
    TITLE_HEADS,
    TITLE_SMALL_WORDS,
    TITLES,
    WELL_KNOWN_BODIES,
)
from .names_text import Context, View
from .names_types import Span, best_type, typed


def refine(view: View, context: Context, places: Gazetteer, first: int, last: int) -> list[Span]:
    """Trim a run to its names: drop ordinary first words, split off titles and demonyms."""
    while first < last and (
        not view.words[first][0].isalnum()
        # a link left first: "(Police) and Army"; not the article of "al-Aqsa"
        # ("iPhone" is taken as capitalised: View)
        or (
            view.words[first][0].islower()
            and not view.capitalised[first]
            and not is_arabic_article(view, first)
        )
        or is_ordinary_first_word(view, context, places, first, last)
        or _is_half_of_a_clock(view, first)
    ):
        first += 1
    while last - first > 1 and (
        _is_plural_acronym(view.words[last - 1])
        or _opens_the_next_name(view, last - 1)
        or view.words[last - 1] in _POSTS_IN_CAPITALS
        or _QUARTER.fullmatch(view.words[last - 1])
    ):
        last -= 1  # "Kelvar CEOs", "as Kentucky GOP Gov. Matt Bevin", "David Morales CEO"
    if first >= last or (
        last - first == 1
        and (
            is_function_word(view.folded[first])
            or _is_common_noun_acronym(view.words[first])
            or _is_measure(view, first)
            or _labels_a_number(view, places, first)
            or _ends_a_degree(view, first)
            or view.folded[first] in _LEGAL_FORMS
        )
    ):
        return []
    if (
        last - first > 1
        and view.folded[last - 1] in _PARTY_MEMBERS
        and places.place_kind(place_spelling(view.folded[first : last - 1])) is not None
    ):
        # "an Oklahoma Republican", "the Virginia Democrat": the member's state, and party
        state = typed(view, context, places, first, last - 1, "", ())
        return [state, typed(view, context, places, last - 1, last, "", ())]
    if last - first > 1 and view.folded[last - 1] in _DISEASES_AFTER_A_NAME:
        # "a Biden Covid-19 vaccine requirement": the name and the disease, two names
        disease = typed(view, context, places, last - 1, last, "", ())
        return [*refine(view, context, places, first, last - 1), disease]
    portfolio = _portfolio_end(view, places, first, last)
    if portfolio == last - first:
        return []
    if portfolio:
        title = " ".join(view.words[_post_before(view, first) or 0 : first + portfolio])
        return _refine_after_title(view, context, places, first + portfolio, last, title)
    place_end = _place_of_a_post_end(view, places, first, last)
    if place_end:
        place = typed(view, context, places, first, place_end, "", ())
        title = " ".join(view.words[_post_before(view, first) or 0 : place_end])
        return [place, *_refine_after_title(view, context, places, place_end, last, title)]
    words = view.folded[first:last]
    head = words[-1]
    honorific = words[0].rstrip(".") in HONORIFICS or words[0] in HONORIFICS
    if honorific:
        if last - first == 1:
            return []
        if words[0] == "miss" and _names_a_pageant(places, words[1:]):
            return [typed(view, context, places, first, last, "", ("pageant",))]
        return [typed(view, context, places, first, last, "", ("honorific",))]
    if head in _NEWSROOM_POSTS and all(places.is_english_word(word) for word in words[:-1]):
        return []  # a post: "the Security Editor at Ars Technica", "Political Editor"
    title_end = _title_prefix_end(words, places)
    if (
        0 < title_end < len(words)
        and head.rstrip(".") in TITLE_HEADS
        and words[title_end] not in places.first_names
    ):
        return []  # a post, not a titled name: "Chief Design Officer", not "Captain John Major"
    if title_end and title_end < len(words) and not is_head(head):
        title_end = _post_through_its_field(words, title_end, places)
        if title_end == len(words):
            return []  # "Chief Technology Officer" before a name on the next line
        title = " ".join(view.words[first : first + title_end])
        return _refine_after_title(view, context, places, first + title_end, last, title)
    if title_end == len(words):
        # "King said", not "The CB said" (an abbreviated post), "The
        # Superintendent said" (a post, with its article) nor "The Secretary of
        # State said" (a portfolio)
        if (
            len(words) == 1
            and not view.words[first].isupper()
            and not (first > 0 and view.folded[first - 1] in ("the", "of"))
            and _next_to_saying_verb(view, first, last)
        ):
            return [typed(view, context, places, first, last, "", ())]  # "King said"
        return []
    if len(words) > 1 and all(is_demonym(places, word) for word in words if word != "-"):
        return [typed(view, context, places, first, last, "", ())]  # "Iraqi Kurds"
    if last - first == 2 and _is_given_name_of_a_nation(view, context, places, first):
        return [typed(view, context, places, first, last, "", ("first_name_not_nation",))]
    # "U.S. Attorney's Office for the Western District of New York": a body's head
    # before its "of" or "for" heads the name, whatever ends it
    country_end = _country_prefix_end(words, places, view.words[first:last])
    if (
        country_end
        and not (is_head(head) or _has_linked_head(words))
        and not _is_whole_place(words, places)
    ):
        country = typed(view, context, places, first, first + country_end, "", ())
        return [country, *refine(view, context, places, first + country_end, last)]
    demonym_end = _demonym_prefix_end(words, places)
    if (
        demonym_end
        and (not is_head(head) or _names_a_portfolio(words[demonym_end:]))
        and not _is_whole_place(words, places)
    ):
        demonym = Span(first, first + demonym_end, "other", evidence=("demonym",))
        return [demonym, *refine(view, context, places, first + demonym_end, last)]
    if "-" in words and places.place_kind(" ".join(words).replace(" - ", "-")) is None:
        parts = _hyphenated_places(view, places, first, last)
        if parts:
            return [typed(view, context, places, a, b, "", ()) for a, b in parts]
    post = _post_of_a_body(words, view.words[first:last], places)
    if post is not None:
        return refine(view, context, places, first, first + post)  # "Senate Leader"
    inner = _inner_title(words, places)
    if inner is not None and (
        not is_head(head) or _given_and_family_name(words[inner[1] :], places)
    ):
        title_start, title_end = inner
        title = " ".join(view.words[first + title_start : first + title_end])
        before = refine(view, context, places, first, first + title_start)
        if title_end == len(words):
            return before  # "the State Attorney General": a post to the run's end, no name
        return [
            *before,
            *_refine_after_title(view, context, places, first + title_end, last, title),
        ]
    split = _after_inner_head(view, first, last)
    if split is not None:
        return [
            *refine(view, context, places, first, split),
            *refine(view, context, places, split, last),
        ]
    ordinary = last - first == 1 and _may_be_ordinary(view, context, places, first)
    span = typed(view, context, places, first, last, "", ("ordinary_word",) if ordinary else ())
    if not span.evidence and last - first == 1 and _is_piece_of_a_longer_name(view, places, first):
        span.evidence = ("name_piece",)
    return [span]


# Newsroom posts, named with their beat in capitals: "Security Editor", "Foreign
# Correspondent".
_NEWSROOM_POSTS = frozenset(("editor", "correspondent", "columnist"))

# A member of a US party, described by the state: "an Oklahoma Republican" (the party
# of a state is one body: "the Virginia Democrats won a majority").
_PARTY_MEMBERS = frozenset(("republican", "democrat"))


# Diseases that end no name of more words, set after one as after a word: "a Biden
# Covid-19 mandate", "the Trump Covid response". Not Lyme ("Old Lyme", a town).
_DISEASES_AFTER_A_NAME = DISEASES - {"lyme"}

# Posts printed as initials, after the name of the firm or of the person holding them.
_POSTS_IN_CAPITALS = frozenset(("CEO", "CFO", "CTO", "COO"))
# A quarter of a firm's year, after its name in a headline: "Gateway Data Sciences Q2 loss".
_QUARTER = re.compile(r"Q[1-4]")

# A firm's legal form, alone no name: "Apple, Inc.". Not AG, SA or NV, which are also
# an attorney general, South Africa and Nevada.
_LEGAL_FORMS = frozenset("inc corp co ltd plc llc gmbh pty bros srl".split())

# Posts printed abbreviated, with a full stop ("Gov.", "Lt."); not the words in full,
# which end sentences: "investigated by the New York State Attorney General. According".
_ABBREVIATED_POSTS = frozenset("gov sen rep gen col maj capt lt sgt adm cmdr brig cpl pvt".split())


def _ends_a_degree(view: View, index: int) -> bool:
    """The "D" of "Ph.D", printed as three tokens."""
    return (
        index >= 2
        and view.folded[index] == "d"
        and view.folded[index - 2] == "ph"
        and view.attached(index - 2, index - 1)
        and view.attached(index - 1, index)
    )


def _is_half_of_a_clock(view: View, index: int) -> bool:
    """ "1:28 AM ET", "9 PM": the half of the day after a clock's number."""
    return (
        view.folded[index] in ("am", "pm")
        and index > 0
        and view.words[index - 1].isdigit()
        and not view.attached(index - 1, index)
    )


def _opens_the_next_name(view: View, index: int) -> bool:
    """ "Kentucky GOP Gov. Matt Bevin", "the House of Representatives Rt. Hon. B. U.
    Nzeribe": an abbreviated post or honorific with its full stop, before a name on
    its line, is that name's, whatever run it ends."""
    after = index + 2
    return (
        after < len(view)
        and (view.folded[index] in _ABBREVIATED_POSTS or view.folded[index] in HONORIFICS)
        and view.words[index + 1] == "."
        and view.attached(index, index + 1)
        and view.capitalised[after]
        and view.lines[after] == view.lines[index]
    )


# Units printed capitalised after a number: "151 PS", "197 Nm", "16 GB", "2.4 GHz".
_UNITS = frozenset(
    """ps hp bhp nm kw kwh mw mwh gw gwh hz khz mhz ghz kb mb gb tb mah db mph kph
    tbsp tsp lb lbs oz ml mm cm km kg mg""".split()
)
# Parts of a year: "Q2", "H1", "FY2020", "FY20".
_PART_OF_A_YEAR = re.compile(r"q[1-4]|h[12]|fy\d{2}(?:\d{2})?")


def _is_measure(view: View, index: int) -> bool:
    """A unit after its number, or a part of a year: no name."""
    folded = view.folded[index]
    if _PART_OF_A_YEAR.fullmatch(folded):
        return True
    return (
        folded in _UNITS
        and index > 0
        and view.words[index - 1][0].isdigit()
        and view.adjacent(index - 1, index)
    )


def _labels_a_number(view: View, places: Gazetteer, index: int) -> bool:
    """ "Week 11", "Part 10", "Phase 1", "Top 5": an ordinary word capitalised before a
    number is the label of a numbered thing, no name."""
    following = index + 1
    if following >= len(view) or not view.words[following].isdigit():
        return False
    figures = (
        following + 1 < len(view)
        and view.words[following + 1] in ("-", "/")
        and view.attached(following, following + 1)
    )
    folded = view.folded[index]
    return (
        view.adjacent(index, following)
        and view.lines[index] == view.lines[following]
        # a player's figures are no number labelled: "Law 2-0-23-0"
        and not figures
        and (folded in places.common_words or folded in places.dictionary_words)
        and not view.words[index].isupper()
    )


def _is_common_noun_acronym(word: str) -> bool:
    """ "CEO", "an SUV", "the ICU": an acronym of a common noun; and any acronym's
    plural."""
    return (
        word.casefold() in COMMON_ACRONYMS
        or _is_plural_acronym(word)
        or _CREDIT_RATING.fullmatch(word) is not None
    )


# A bond's credit rating, Moody's ("Baa1", "Aa2") or S&P's ("BBB+", "BB"); not "AAA"
# nor "AA", which name bodies too.
_CREDIT_RATING = re.compile(r"(?:Aaa|Aa|Baa|Ba|Caa)[1-3]?|BAA?[1-3]|(?:BBB|BB|CCC)[+-]?")


def _is_plural_acronym(word: str) -> bool:
    """ "SUVs", "CEOs", "GDRs", "MP3s": a plural names a kind, not one thing."""
    return (
        len(word) > 2
        and word[-1] == "s"
        and word[:-1].isupper()
        and word[:-1].isalnum()
        and sum(map(str.isupper, word)) > 1
    )


# Small words that join the words of one name: "Attack on Titan", "Nation of Islam".
_NAME_LINKS = frozenset("of for on to".split())


def _is_piece_of_a_longer_name(view: View, places: Gazetteer, index: int) -> bool:
    """ "Final Battle 2", "6th Avenue", "Dell eGift Card", "Attack on Titan", "Spider on
    the Bridge", "Red Star": an English word in Title Case, found alone though it
    stands against more words of a name, is a piece of a name whose bounds are not
    clear (a work's, a street's, a product's, a club's); alone it names nothing.
    The entities stage keeps it where the article names something by it."""
    word = view.folded[index]
    if not view.words[index][1:].islower() or not (
        word in places.english_words or word in places.dictionary_words
    ):
        return False
    before, after = index - 1, index + 1
    if before >= 0 and view.adjacent(before, index):
        if is_demonym(places, view.folded[before]) or places.place_kind(view.folded[before]):
            return False  # split off the front of a name: "Muslim Brotherhood", "U.S. Treasury"
        if _is_name_piece(view, before) or view.words[before][0].isdigit():
            return True
    if word.endswith("s") and len(word) > 3:
        return False  # a team: "the Cardinals for the National League", "Raiders at Mile High"
    if before >= 0 and view.adjacent(before, index) and _is_linked_after(view, before):
        return True
    if after < len(view) and view.adjacent(index, after):
        if view.words[after].isdigit():
            return before < 0 or view.folded[before] != "the"  # not a team's score: "the Angels 6"
        return _is_linked_before(view, after)
    return False


def _is_name_piece(view: View, index: int) -> bool:
    """A word a name may hold: in capitals somewhere ("Dell", "eGift"), no small word
    or calendar word ("The", "In", "September")."""
    word, folded = view.words[index], view.folded[index]
    if folded == "'s" and index > 0 and view.attached(index - 1, index):
        return _is_name_piece(view, index - 1)  # "Queen's Park", "Schindler's List"
    return (
        any(character.isupper() for character in word)
        and folded not in NOT_NAMES
        and folded not in NEVER_NAMES
        and folded not in TITLE_SMALL_WORDS
    )


def _is_linked_before(view: View, link: int) -> bool:
    """A small word joining the word before it to a name after it: "on Titan", "of the Baden"."""
    if view.folded[link] not in _NAME_LINKS:
        return False
    following = link + 1
    if following + 1 < len(view) and view.folded[following] == "the":
        if not view.adjacent(link, following):
            return False
        link, following = following, following + 1
    return (
        following < len(view) and view.adjacent(link, following) and _is_name_piece(view, following)
    )


def _is_linked_after(view: View, before: int) -> bool:
    """The word is joined by a small word to a name before it: "Spider on the Bridge"."""
    if view.folded[before] == "the" and before > 0 and view.adjacent(before - 1, before):
        before -= 1
    link = before
    if view.folded[link] not in _NAME_LINKS or link == 0 or not view.adjacent(link - 1, link):
        return False
    return _is_name_piece(view, link - 1) and not view.sentence_start[link - 1]


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
    if not is_nation or not places.is_given_name(given):
        return False
    if first > 0 and view.folded[first - 1] in ("the", "a", "an"):
        return False
    word = view.words[first + 1]
    return (
        word.isalpha()
        and word.istitle()
        and not is_common(family, context, places)
        and places.place_kind(family) is None
        and not is_demonym(places, family)
        and not is_head(family)
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
    folded = view.folded[first]
    if folded in WELL_KNOWN_BODIES or (folded in BRANDS and not places.is_english_word(folded)):
        return False  # "Microsoft agreed to buy ...", "Toyota recalled ...": and a name
    if is_demonym(places, folded):
        return False  # "Palestinians accuse ...": a people, wherever it stands
    if is_officers_title(view, first + 1):
        return False  # "Apple CEO Tim Cook said": the firm of the officer named after it
    if view.folded[first] in NOT_NAMES:
        # "the kids were OK": in capitals still a word, but Oklahoma's code after a town
        # ("Tulsa, OK")
        if view.folded[first] == "ok":
            return not (first > 0 and view.words[first - 1] == ",")
        return not view.words[first].isupper()
    return view.sentence_start[first] and (
        is_sentence_capital(view, context, places, first)
        or is_english_word_alone(view, context, places, first)
    )


def _next_to_saying_verb(view: View, first: int, last: int) -> bool:
    after = view.folded[last] if last < len(view) else ""
    before = view.folded[first - 1] if first > 0 else ""
    return after in SAYING_VERBS or before in SAYING_VERBS


def _country_prefix_end(words: list[str], places: Gazetteer, texts: list[str]) -> int:
    """How many leading words name a country: "U.S." in "U.S. Labor Day", "US" (so
    printed, not "us") in "US Chinook helicopter"; not a code before an acronym, which
    together name a body ("US EPA")."""
    for end in (3, 2, 1):
        followed = len(words) > end and words[end] != "-"
        if followed and places.place_kind(" ".join(words[:end])) == "country":
            return end
    code = len(texts) > 1 and texts[0] in places.country_codes
    return 1 if code and texts[1] != "-" and not texts[1].isupper() else 0


def _has_linked_head(words: list[str]) -> bool:
    """A body's head before an "of" or "for" in the name ("Office for the ...")."""
    return any(
        link in ("of", "for") and words[index - 1] in ORG_HEADS
        for index, link in enumerate(words[1:], start=1)
    )


def _hyphenated_places(view: View, places: Gazetteer, first: int, last: int):
    """ "China-Japan relations", "U.S.-Israeli ties": two places, or a place and a
    nationality, not one name; else None."""
    parts, start, place_found = [], first, False
    for index in range(first, last + 1):
        if index == last or view.words[index] == "-":
            if index == start:
                return None
            part = " ".join(view.folded[start:index])
            is_place = places.place_kind(part) is not None or view.span_text(start, index) in (
                COUNTRY_NAMES
            )
            if not (is_place or is_demonym(places, part)):
                return None
            place_found = place_found or is_place
            parts.append((start, index))
            start = index + 1
    return parts if len(parts) > 1 and place_found else None


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
            and not is_head(words[i])
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


def _post_of_a_body(words: list[str], texts: list[str], places: Gazetteer) -> int | None:
    """ "Senate Leader", "House of Representatives Speaker", "Police Chief": a post of
    the body named before it ends the run; where the post starts, or None.

    Not after a link ("Department of Justice"), nor a royal title, which ends
    the names of firms ("Burger King"), nor where no body is named before it.
    """
    title = words[-1].rstrip(".")
    if len(words) < 2 or title not in TITLE_HEADS or title in _NAME_ENDING_TITLES:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1] in _POST_MODIFIERS:
        start -= 1  # "House Majority Leader"
    if words[start - 1] in _LINKS_BEFORE_A_HEAD:
        return None
    body = words[:start]
    initials = texts[0].isupper() and texts[0].isalpha() and len(texts[0]) > 1
    if len(body) == 1 and initials and body[0] not in places.english_words:
        return start  # "as CIA Director,": a body known by its initials, not "GREAT Governor"
    return start if any(word in ORG_HEADS or word in OF_HEADS for word in body) else None


# Title words that end the names of firms, courts and places, not posts.
_NAME_ENDING_TITLES = frozenset("justice king queen prince princess general head".split())
_POST_MODIFIERS = frozenset("deputy vice majority minority acting interim assistant".split())
_LINKS_BEFORE_A_HEAD = frozenset(("of", "the", "for", "and", "&", "-", "on"))


def _inner_title(words: list[str], places: Gazetteer) -> tuple[int, int] | None:
    """A title inside a run: "Security Council President Tono Eitel" -> words 2 to 3.

    Title words after the head belong to the title, to the run's end if they
    reach it: "Attorney General", "Secretary General" leave no "General" a name;
    so does a post's field: "Ivan Braiker Chief Strategy Officer".
    """
    for start in range(1, len(words) - 1):
        if words[start].rstrip(".") not in TITLE_HEADS and not _media_post(words, start, places):
            continue
        if words[start + 1] == "'s":
            return None  # "U.S. Attorney's Office for ...": the post names the body
        end = start + 1
        while end < len(words) and words[end].rstrip(".") in TITLES:
            end += 1
        while start > 1 and words[start - 1].rstrip(".") in TITLES:
            start -= 1
        return start, _post_through_its_field(words, end, places)
    return None


# Posts at a paper or a channel, printed capitalised before the name of whoever
# holds them ("CBS Sports NFL Insider Jason La Canfora", "CNN Chief Legal Analyst
# Jeffrey Toobin"). Each also ends the name of a paper ("Business Insider", "The
# Hollywood Reporter"), so only a given name and a family name after it make it one.
_MEDIA_POSTS = frozenset(
    """insider reporter correspondent writer columnist editor analyst anchor host
    producer contributor photographer critic commentator""".split()
)
# The words that end a post: "Chief Technology Officer", "Chief Legal Analyst".
_POST_HEADS = TITLE_HEADS | _MEDIA_POSTS


def _media_post(words: list[str], index: int, places: Gazetteer) -> bool:
    return (
        words[index] in _MEDIA_POSTS
        and len(words) - index >= 3
        and places.is_given_name(words[index + 1])  # "Jeffrey"; "Adam", "Paul"
    )


# The most words of a post's field between its title words: "Chief Technology Officer",
# "Chief Digital Marketing Officer".
_MAX_FIELD_WORDS = 2


def _post_through_its_field(words: list[str], end: int, places: Gazetteer) -> int:
    """Where a post whose title words end at `end` ends: after its field and the head
    that follows it ("Chief Technology Officer Mark Vantrel": after "Officer"); at
    `end` where no post's head follows, or where a given name does ("Chief Justice
    John Roberts", not "Chief John Manager")."""
    for head in range(end + 1, min(len(words), end + _MAX_FIELD_WORDS + 1)):
        if words[head].rstrip(".") not in _POST_HEADS:
            continue
        if any(word in places.first_names or not word.isalpha() for word in words[end:head]):
            return end
        stop = head + 1
        while stop < len(words) and words[stop].rstrip(".") in TITLES:
            stop += 1
        return stop
    return end


def _given_and_family_name(words: list[str], places: Gazetteer) -> bool:
    """ "James Hall" of "Highway Patrol Chief James Hall": a given name and a family
    name, though the family name is a head ("Hall", "Bank", "Field")."""
    return len(words) == 2 and places.is_given_name(words[0]) and words[1].isalpha()


def _post_before(view: View, first: int) -> int | None:
    """Where the post a run follows starts ("Secretary" of "Secretary of (the) State
    ..."), or None where the run follows no post and "of"."""
    link = first - 2 if first > 1 and view.folded[first - 1] == "the" else first - 1
    head = link - 1
    if (
        head < 0
        or view.folded[link] != "of"
        or view.folded[head].rstrip(".") not in TITLE_HEADS
        or not view.capitalised[head]
        or not all(view.adjacent(index, index + 1) for index in range(head, first))
    ):
        return None
    return head


def _portfolio_end(view: View, places: Gazetteer, first: int, last: int) -> int:
    """ "Secretary of State Condoleezza Rice", "Director of National Intelligence Dan
    Coats": after a post and "of", the run starts with the post's portfolio, in
    ordinary English words, then names its holder; how many words the portfolio
    takes, or 0. A portfolio alone is no name: "the Minister of Finance said".

    Only a government's portfolio (`_PORTFOLIO_WORDS`): "Governor of New York Andrew
    Cuomo", "President of the European Commission Ursula von der Leyen", "the CEO of
    Apple" keep their names. Two words at the least are left for the holder's name,
    the first of them a given name or no English word.
    """
    if _post_before(view, first) is None:
        return 0
    end = first
    while end < last and view.folded[end] in _PORTFOLIO_WORDS:
        end += 1
    if end == last:
        return end - first  # the portfolio alone
    end = min(end, last - 2)  # two words at the least for the holder's name
    holder = view.folded[end]
    if end <= first or (holder in places.english_words and not places.is_given_name(holder)):
        return 0
    return end - first


# The words of a government's portfolios, after a post and "of": "Secretary of State",
# "Minister of Foreign Affairs", "Director of National Intelligence", "Chief of Staff".
# Not a firm's or a body's name ("CEO of Apple", "Secretary of the Navy").
_PORTFOLIO_WORDS = frozenset(
    """state defense defence treasury interior energy commerce labor labour agriculture
    education health justice transportation transport homeland security veterans affairs
    foreign home national intelligence finance trade industry economy environment culture
    housing urban development human services information communications public safety
    war internal external immigration tourism sport sports science technology research
    planning welfare social works infrastructure fisheries youth family children budget
    revenue customs international cooperation employment heritage arts media staff
    investment consumer protection and""".split()
)


def _place_of_a_post_end(view: View, places: Gazetteer, first: int, last: int) -> int:
    """ "Governor of New York Andrew Cuomo": after a post and "of", a place, then a given
    name and more; where the place ends, or 0."""
    if _post_before(view, first) is None:
        return 0
    for end in range(min(last - 2, first + 3), first, -1):
        if places.place_kind(" ".join(view.folded[first:end])) is not None:
            return end if places.is_given_name(view.folded[end]) else 0
    return 0


def _refine_after_title(view, context, places, first, last, title):
    if view.folded[first] in ("of", "the"):
        # "Prince of Wales", "Duke of Edinburgh": a title of a place, not a titled name
        return refine(view, context, places, first + 1, last)
    if last - first == 1 and view.folded[first] in HOLIDAYS:
        # "Father Christmas": the feast's figure, no one titled; typed by the feast
        feast = typed(view, context, places, first, last, "", ())
        feast.evidence = tuple(signal for signal in feast.evidence if signal != "title_before")
        feast.type = best_type(feast.evidence, 1)
        return [feast]
    return [typed(view, context, places, first, last, title, ("title_before",))]


# What a beauty pageant is named after, but places: "Miss World", "Miss Universe".
_PAGEANT_WORDS = frozenset(("world", "universe", "earth", "international", "usa", "uk"))


def _names_a_pageant(places: Gazetteer, words: list[str]) -> bool:
    """ "Miss Universe", "Miss America", "Miss Universe Inc": after "Miss", the world or
    a country (and maybe a firm's head) name a pageant, no woman."""
    return (
        words[0] in _PAGEANT_WORDS
        or places.place_kind(words[0]) in ("country", "region")
        or places.place_kind(place_spelling(words[:2])) == "country"  # "Miss South Africa"
    )


def _title_prefix_end(words: list[str], places: Gazetteer) -> int:
    """How many leading words are a title ("Prime Minister", "Mr", "Major-General")."""
    end = 0
    while end < len(words) and words[end].rstrip(".") in TITLES:
        end += 1
        if end + 1 < len(words) and words[end] == "-" and words[end + 1] in TITLES:
            end += 1
    if (
        end + 2 < len(words)
        and words[end] in _PLURAL_POSTS
        and places.is_given_name(words[end + 1])
    ):
        return end + 1  # "former Presidents George H.W. Bush and Bill Clinton"
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


# Posts in the plural, before the first of the names holding them: "Justices Ruth
# Bader Ginsburg and Antonin Scalia". Not the names of teams ("Chiefs", "Kings").
_PLURAL_POSTS = frozenset(
    """presidents justices senators governors secretaries ministers judges ambassadors
    mayors congressmen congresswomen representatives""".split()
)


def _demonym_prefix_end(words: list[str], places: Gazetteer) -> int:
    """How many leading words are a nationality ("Japanese", "West Indian").

    Never inside a hyphenated word: "Sino-Japanese" is one name; nor before
    the head of a state's name: "Islamic Republic of Iran", "Democratic Republic".
    """
    for end in (2, 1):
        if (
            len(words) > end
            and words[end] not in ("-", "for")  # "Americans for Prosperity"
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
