"""Runs of capitalised words: a View -> the token ranges that may be names.

Capitalised words in running text are joined into spans ("Shotaro Yachi",
"Bank of England", "Asia-Pacific Economic Cooperation"), over the small words
and marks a name may hold ("van der Westhuizen", "Securities and Exchange
Commission", "al-Aqsa"). In headlines (ALL CAPS or Title Case) a word counts
only when the same text also uses it as a name, or a gazetteer knows it; a
run written in Title Case prose is a teaser's headline, no name. The runs
are trimmed to their names in names_refine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count
from operator import gt

from .names_gazetteer import Gazetteer, gazetteer
from .names_inside import is_demonym
from .names_neighbours import in_dateline
from .names_signals import (
    CALENDAR_GIVEN_NAMES,
    COMPANY_SUFFIXES,
    DAY_NAME_WORDS,
    NAME_PARTICLES,
    NEVER_NAMES,
    NOT_NAMES,
    OF_HEADS,
    ON_HEADS,
    ORG_HEADS,
    SPORT_SECTIONS,
    is_competition,
)
from .names_text import CLOSING_QUOTES, Context, View


def capitalised_runs(
    view: View, context: Context, taken: list[bool], places: Gazetteer
) -> Iterator[tuple[int, int]]:
    """The runs [first, end) of capitalised words that may hold names, in order."""
    # only a capitalised word the registry has not taken may be a name (found in C)
    is_name = [False] * len(view)
    foreign = view.foreign_lines
    for index in compress(count(), map(gt, view.capitalised, taken)):
        if not (foreign and view.lines[index] in foreign):
            is_name[index] = _is_name_word(view, context, places, index)
    _name_hyphened_words(view, taken, is_name)
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
            and is_arabic_article(view, article)
        ):
            first = article
        free = last + 1
        if not _is_title_case_prose(view, first, free):
            yield first, free


def _name_hyphened_words(view: View, taken: list[bool], is_name: list[bool]) -> None:
    """ "Mar-a-Lago", "Stratford-upon-Avon": capitalised words joined by hyphens over a
    small word in small letters are one name, though the first alone would be none
    (the month "Mar")."""
    words = view.words
    for end in compress(count(), is_name):
        index = end - 4
        if (
            index >= 0
            and not is_name[index]
            and not taken[index]
            and view.capitalised[index]
            and words[index + 1] == "-"
            and words[index + 3] == "-"
            and words[index + 2].isalpha()
            and words[index + 2].islower()
            and len(words[index + 2]) <= 4
            and all(view.attached(i, i + 1) for i in range(index, index + 4))
        ):
            is_name[index] = True


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


def is_arabic_article(view: View, index: int) -> bool:
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


# Words run together, as hashtags and social media handles run them: a capital after
# a small letter, or a capital and a small letter after capitals ("MethWeAreOnIt",
# "NGRSenate"). A hashtag of one name is that name: "#Browns", "#UN".
_GLUED_WORDS = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _is_name_word(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    text = view.words[index]
    if not view.capitalised[index]:
        return False
    folded = view.folded[index]
    if folded == "i" and is_initial(view, index):
        return _is_initial_i(view, index)
    if folded in NEVER_NAMES:
        if folded in CALENDAR_GIVEN_NAMES:
            return is_given_name_before_name(view, places, index)
        return _is_named_day(view, index) and _is_name_word(view, context, places, index - 1)
    if len(text) == 1 and not is_initial(view, index):
        return _beside_an_ampersand(view, index)  # "S&P", "AT&T", "H&M"
    if index and view.words[index - 1] in ("#", "@") and _GLUED_WORDS.search(text):
        return False  # a hashtag or handle of words run together: "#MethWeAreOnIt", "@NGRSenate"
    if folded == "may":  # the month or the verb, unless a name runs into it: "Theresa May"
        return index > 0 and view.adjacent(index - 1, index) and view.words[index - 1][0].isupper()
    if view.is_headline(index):
        if folded in SPORT_SECTIONS and _in_sport_section(view, index):
            return False
        return (
            _is_name_word_of_text(view, context, places, index)
            or folded in context.starting_names
            or (places.is_place_name(folded) and folded not in places.towns_named_like_words)
            or is_demonym(places, folded)
            or _in_place_phrase(view, places, index)
            or in_dateline(view, index)
            or _names_a_competition(view, index)
        )
    return True


def _beside_an_ampersand(view: View, index: int) -> bool:
    """A capital letter set against "&" in a name written as one word: "S&P", "AT&T"."""
    words = view.words
    return words[index].isupper() and (
        (index + 1 < len(words) and words[index + 1] == "&" and view.attached(index, index + 1))
        or (index > 0 and words[index - 1] == "&" and view.attached(index - 1, index))
    )


def _names_a_competition(view: View, index: int) -> bool:
    """Is the word half of a sport's league or division, with the word beside it
    ("AMERICAN LEAGUE", "EASTERN DIVISION" heading a table of standings)?"""
    line = view.lines[index]
    before = index > 0 and view.lines[index - 1] == line
    after = index + 1 < len(view) and view.lines[index + 1] == line
    return bool(
        (before and is_competition(view.folded[index - 1], view.folded[index]))
        or (after and is_competition(view.folded[index], view.folded[index + 1]))
    )


def _is_name_word_of_text(view: View, context: Context, places: Gazetteer, index: int) -> bool:
    """A word of a headline that the text capitalises inside a sentence; of those it
    also writes in small letters, only one it prints alone as a name ("shares of
    Apple rose") or one beside another name word ("Amsterdam Light Festival",
    "HOME DEPOT") that is no small word ("In Utah"): "USE" in "CANNABIS USE
    DISORDER IS RISING" is the text's "use", whatever "Drug Use and Health"
    capitalises."""
    folded = view.folded[index]
    if folded not in context.name_words:
        return False
    if folded not in context.common_words or folded in context.lone_name_words:
        return True
    return folded not in NOT_NAMES and any(
        0 <= beside < len(view)
        and view.lines[beside] == view.lines[index]
        and view.capitalised[beside]
        and (view.folded[beside] in context.name_words or places.is_place_name(view.folded[beside]))
        for beside in (index - 1, index + 1)
    )


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


def is_given_name_before_name(view: View, places: Gazetteer, index: int) -> bool:
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


def is_initial(view: View, index: int) -> bool:
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


def starts_place_phrase(view: View, places: Gazetteer, index: int, last: int) -> bool:
    """ "New York", "United States": a known place that starts with an ordinary word."""
    for end in range(min(last, index + 4), index + 1, -1):
        phrase = " ".join(view.folded[index:end])
        if places.place_kind(phrase) is not None:
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
        if (
            link == "."
            and not (
                (len(view.words[last]) == 1 or view.folded[last] == "st")
                # an initial's name goes on in its paragraph, with a name: not "the Xbox One
                # S. That is", nor "One S.\n\nGallery"
                and "\n\n" not in view.text[view.ends[following] : view.starts[after]]
                and view.folded[after] not in _SENTENCE_OPENERS
            )
        ):
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
        return None if is_surname_before_place(view, last, after) else after
    if link == "for" and _heads_a_group_for(view, last):
        return after  # "Students for Fair Admissions"
    if link == "of" and _after_a_linked_head(view, last):
        return after  # "Office for the Coordination of Humanitarian Affairs"
    if link == "on" and view.folded[last] in ON_HEADS:
        return after
    if link in NAME_PARTICLES:
        return after
    if link == "and" and (
        _joins_institution(view, is_name, last, after)
        or _ends_a_linked_name(view, is_name, last, after)
    ):
        return after
    return None


# The words that open a sentence after a letter's full stop ("the Xbox One S. That is"),
# and open no name: not "Such" ("P. Such").
_SENTENCE_OPENERS = frozenset(
    """the a an and but or so that this these those it its he she they we you i in on at
    for if as there here what when where why how who""".split()
)


def _after_a_linked_head(view: View, last: int) -> bool:
    """Whether the capitalised words up to `last` follow a head and its "of", "for" or
    "on" ("Office for the Coordination", "People for the Ethical Treatment", "Center on
    Poverty"): a name of that shape goes on over a second "of"."""
    index = last
    while index > 0 and view.capitalised[index] and view.adjacent(index - 1, index):
        index -= 1
    if view.folded[index] == "the" and index > 0 and view.adjacent(index - 1, index):
        index -= 1
    if not (0 < index < last and view.adjacent(index - 1, index)):
        return False
    link, head = view.folded[index], view.folded[index - 1]
    if link == "on":  # "Center on Poverty and Inequality", "Commission on Civil Rights"
        return head in ON_HEADS
    return link in ("of", "for") and (head in OF_HEADS or _heads_a_group_for(view, index - 1))


# People who band together for a cause, and name their group so: "Students for Fair
# Admissions", "People for the Ethical Treatment of Animals", "Americans for Prosperity".
# Not those who work for someone: "Lawyers for Epstein said", "Reporters for the Post".
_GROUP_HEADS = frozenset(
    """people students parents citizens americans scientists mothers fathers families
    veterans women taxpayers""".split()
)


def _heads_a_group_for(view: View, index: int) -> bool:
    """A plural of people, capitalised, before the "for" of its cause."""
    return view.folded[index] in _GROUP_HEADS and view.capitalised[index]


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
        # after the family name, or after a nickname in quotation marks that follows it:
        # 'Lee "Faker" Sang-hyeok'
        and (view.capitalised[last - 1] or words[last - 1] in CLOSING_QUOTES)
        and view.adjacent(last - 1, last)
        and len(words[last]) <= 5
        and words[last][1:].islower()
        and view.attached(last, last + 1)
        and view.attached(last + 1, syllable)
        and word.isalpha()
        and word.islower()
        and len(word) <= _SYLLABLE_MAX_LETTERS
        and word not in _WORDS_AFTER_A_HYPHEN
        and not word.endswith("ed")
        and not (
            syllable + 1 < len(words)
            and view.attached(syllable, syllable + 1)
            and words[syllable + 1][0].isalnum()
        )
    )


# The longest syllable of a given name romanized from Korean: "Sang-hyeok", "Seong-woong".
_SYLLABLE_MAX_LETTERS = 5
# Short English words hyphened to a name to make an adjective: "Hong Kong-run", "Euro-wide".
_WORDS_AFTER_A_HYPHEN = frozenset(
    """run led era type like bred made held born free rich wide size based style bound
    proof only first world class""".split()
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
    if _after_a_linked_head(view, last):
        return False  # a whole name before: "Department of Energy and Bank of America"
    if view.words[after] in gazetteer().country_codes or gazetteer().is_place_name(
        view.folded[after]
    ):
        return False  # a second name, of its own country: "the US Army and UK Border Force"
    end = after
    while (step := _next_name_word(view, is_name, end)) is not None and step - end <= 3:
        end = step
    if view.folded[end] == before:
        return False  # two names of one head: "Ramstein Air Base and Andrews Air Force Base"
    return any(word in ORG_HEADS or word in OF_HEADS for word in view.folded[after : end + 1])


# The most words after "and" that end a linked name: "and Urban Development".
_LINKED_NAME_END_MAX_WORDS = 3


def _ends_a_linked_name(view: View, is_name: list[bool], last: int, after: int) -> bool:
    """ "Office of Management and Budget", "Centers for Disease Control and Prevention",
    "Center for Strategic and International Studies": after a head and its "of" or "for",
    ordinary words joined by "and" to the ordinary words that end the name; not a place
    ("Bank of England and Barclays") nor a body's head ("Defence and Foreign Office")
    there."""
    if not _is_common_noun_like(view.folded[last]) or not _after_a_linked_head(view, last):
        return False
    end = after
    while end + 1 < len(is_name) and is_name[end + 1] and view.adjacent(end, end + 1):
        end += 1
    run = view.folded[after : end + 1]
    places = gazetteer()
    # words with an "of" of their own are a second name: "... and Friends of the Earth"
    heads_its_own = end + 1 < len(is_name) and view.folded[end + 1] in ("of", "for")
    return (
        not heads_its_own
        and len(run) <= _LINKED_NAME_END_MAX_WORDS
        and _is_common_noun_like(run[-1])
        and run[-1] not in ORG_HEADS
        and run[-1] not in OF_HEADS
        and not (len(run) == 1 and run[0] in _DEPARTMENTS_BY_ONE_WORD)
        and not any(places.is_place_name(word) for word in run)
    )


# What names a government department by itself: "the Department of Justice and Treasury"
# are two departments.
_DEPARTMENTS_BY_ONE_WORD = frozenset(
    """treasury justice state defense defence commerce labor labour interior energy
    education agriculture transportation transport""".split()
)


# The endings of the abstract nouns that name what an agency is for ("Prevention",
# "Development", "Security"), which the word lists may lack.
_ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ics")


def _is_common_noun_like(word: str) -> bool:
    places = gazetteer()
    return places.is_english_word(word) or (
        word.endswith(_ABSTRACT_NOUN_ENDINGS) and not places.is_place_name(word)
    )


def _repeats_first_word(view: View, last: int, after: int) -> bool:
    """ "Kansai Electric Power and Kansai International Airport": a name after "and"
    that starts with the first word of the name before it is a second name."""
    index = last
    while index > 0 and view.capitalised[index - 1] and view.adjacent(index - 1, index):
        index -= 1
    return view.folded[index] == view.folded[after]


def is_surname_before_place(view: View, head: int, after: int) -> bool:
    """ "Gary Hall of the United States", "Margaret Court of Australia": a head
    word after a given name is a surname, and the place after "of" is where
    the person comes from, not part of the name. A given name that is an English
    word too ("Royal") names no person here: "Royal Bank of Canada"."""
    places = gazetteer()
    before = head - 1
    if before < 0:
        return False
    given = view.folded[before]
    if given not in places.first_names or given in places.given_names_like_words:
        return False
    return places.place_kind(view.folded[after]) is not None or starts_place_phrase(
        view, places, after, len(view)
    )


def _next_after_small_words(view: View, is_name: list[bool], last: int) -> int | None:
    """Two small words inside a name: "Bank of the ...", "Office for the ...", "van der Westhuizen",
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
    if first_link in _ARABIC_ARTICLES and is_arabic_article(view, last + 1):
        return last + 3 if view.adjacent(last, last + 1) else None  # "Rami al-Saadani"
    if not all(view.adjacent(i, i + 1) for i in range(last, last + 3)):
        return None
    if first_link == "for" and second_link == "the" and _heads_a_group_for(view, last):
        return last + 3  # "People for the Ethical Treatment of Animals"
    if (
        first_link in ("of", "for")
        and second_link in ("the", "a", "an")  # "Committee for a Responsible Federal Budget"
        and view.folded[last] in OF_HEADS
    ):
        return None if is_surname_before_place(view, last, last + 3) else last + 3
    if first_link in NAME_PARTICLES and second_link in NAME_PARTICLES:
        return last + 3
    return None
