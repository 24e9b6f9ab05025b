"""Authors: the people a page's byline names.

A byline comes in many shapes: "By Jane Doe", "By Jane Doe and John Roe, CNN",
"By Eric Song, IGN Staff", "BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST",
"By Tess Bonn - 11/19/19 06:56 AM EST", "By Chaim Gartenberg@cgartenberg Nov
19, 2019", "Tom Krisher, AP Auto Writer", "Chris Davies - Nov 19, 2019",
"Monday November 18, 2019 7:45 am PST by Joe Rossignol", and a wire's credit
under the text: "Reporting by Rodrigo Campos; Editing by Dan Grebler". Each
is cut where its details start (a separator, a handle, a date, "Updated"),
and its names are kept while they look like people's names: a byline goes
on to the author's post or outlet ("IGN Staff", "Special to the Pioneer
Press"), which ends the list. A byline signed by an outlet or an agency
("By Reuters", "By India Post News Weekly") names no author.

Only the page's header is read (the lines between the headline and the text,
and right over the headline) and the lines right under the text: the teasers
of other stories carry bylines too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .clean_dates import MONTHS, WEEKDAYS, find_dates, is_date_line
from .clean_outlet_mentions import folded
from .clean_words import BYLINE_LABELS, BYLINE_WORDS
from .names_gazetteer import gazetteer

# Besides the labels of a byline the cleaner knows, "Text:" in the languages that sign
# an article so ("Текст: Венера Ерофеева·24 сентября 2018").
_LABELS = (*BYLINE_LABELS, "текст", "texto", "tekst")
_OPENING = re.compile(
    rf"^(?:(?i:{'|'.join(BYLINE_WORDS)})\s+|(?i:{'|'.join(_LABELS)})\s*:\s*)(?=\w)"
)
# "Tom Krisher, AP Auto Writer": a name, then the author's post.
_POSTS = r"(?i:writer|reporter|correspondent|editor|contributor|columnist|staff)"
_NAME_THEN_POST = re.compile(r"^(?P<names>[^,]{4,40}),\s+(?:\S+\s+){0,3}" + _POSTS + r"\b")
# "Chris Davies - Nov 19, 2019, 10:31 pm CST": a name, then the details of the page.
_NAME_THEN_DETAILS = re.compile(r"^(?P<names>[^-–|•]{4,40})\s+[-–|•]\s+(?P<details>.+)$")
# "Catherine Shu @catherineshu / 2 days": a name, then the author's handle.
_NAME_THEN_HANDLE = re.compile(r"^(?P<names>[^@]{4,40}?)\s*@\w")
# "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the date, then the byline.
_DETAILS_THEN_NAME = re.compile(r"^(?P<details>.{6,60})\s+by\s+(?P<names>[^,]{4,40})$")
# "@NATASHATURAK" under "Natasha Turak": the author's handle, alone on its line.
_HANDLE = re.compile(r"^@(?P<handle>\w{3,30})$")
# The box of an author's other stories, where the page prints no byline: "Recent from Ed
# Cara", "More from Jason Cipriani" (not "More from Verge Guidebook": a person's given
# name comes first).
_AUTHOR_BOX = re.compile(
    r"^(?:Recent|More|Latest)\s+(?:(?:stories|articles|posts)\s+)?(?:from|by)\s+(?P<names>.{4,40})$"
)
# "Reporting by Rodrigo Campos; Editing by Dan Grebler": a wire's credit under its text.
_CREDIT = re.compile(r"^(?i:(?:reporting|reported|written|compiled)\s+by)\s+(?P<names>[^;]+)")
# Where a byline's details start: a separator, a handle, a label, a number, a month or a day.
_MONTH_OR_DAY = "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True))
_DETAILS = re.compile(
    r"\s*(?:\s[-–—|•·/]\s|[|•·(]|@|\d)"
    r"|\s(?i:updated|published|posted|last|on|at|am|um)\s"
    rf"|[\s,]+(?i:{_MONTH_OR_DAY})\.?(?=[\s,]|$)"
)
# A nickname in quotation marks inside a name: 'Amanda "Tania Mae" Tan'.
_NICKNAME = re.compile(r"\s+[\"“][^\"“”]{1,30}[\"”]\s+")
# Names joined in one byline: "Jane Doe, John Roe and Ann Moe", "A, B, and C" (a serial
# comma), "Jean Dupont et Marie Roy".
_JOINS = re.compile(r"\s*(?:,?\s(?:and|AND|und|UND|et|ET|y|e|en)\s|,|;|&)\s*")
# A name run into the word after it, one that no name ends with: the details start there:
# "Meg JamesStaff Writer", "Jonathan GarberFOXBusiness", "Marcus De GuzmanView More".
_RUN_ON = re.compile(
    r"(?<=[a-z])(?:Staff|Writer|Reporter|Contributor|Correspondent|Editor|Senior|Chief"
    r"|View|More|Follow|Email|Twitter|Updated|Published|FOX|Fox|CNN|NBC|CBS|ABC)"
)
# The words of a name that are not capitalised ("Vincent van Gogh", "Ana de la Cruz"),
# and those that end it ("Jr.", "III").
_PARTICLES = frozenset(
    "de da di du del della der den van von la le bin ibn al el ten ter dos".split()
)
_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())
_HONORIFICS = frozenset("dr prof professor mr mrs ms miss sir dame rev".split())
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,3}$")
# Words no person's name holds: an outlet's, an agency's or a post's ("By Reuters Staff",
# "By India Post News Weekly", "Special to the Pioneer Press"), a prompt's or a picture
# credit's ("Follow Us @site", "Getty Images" over the date).
_NOT_NAME_WORDS = frozenset(
    """
    staff writer writers reporter reporters editor editors editorial desk team bureau news
    press media agency agencies wire wires service services correspondent contributor
    contributors board network newsroom online daily weekly times post herald journal
    tribune gazette magazine radio tv television channel com admin administrator guest the
    special sponsored partner content report reports group company inc ltd llc analyst
    senior chief producer photographer host anchor columnist finance
    agence presse france-presse jazeera welle bloomberg reuters xinhua kyodo yonhap interfax
    follow us share tweet email subscribe contact read more home sign login comments photo
    photos video videos image images getty shutterstock credit gallery updated published
    """.split()
)
_NAME_MIN_WORDS = 2
_NAME_MAX_WORDS = 5
_BYLINE_MAX_CHARS = 200
# "VICTOR TANGERMANN, FUTURISM" over the date: a name with its outlet, no sentence.
_NAME_LINE_MAX_WORDS = 6


def find_authors(
    header: Sequence[str],
    closing: Iterable[str],
    outlet: str | None = None,
    page: Iterable[str] = (),
) -> tuple[str, ...]:
    """The authors the first byline of the page's header names, else the credit under the
    text names, else the box of an author's other stories on the `page` (all its lines);
    () when none names a person. A byline signed by the page's `outlet` ("By Yahoo
    Finance") names no one.

    `header`: the lines between the headline and the text, in order, then those over
    the headline."""
    page = list(page)
    names = _find_names(header, closing, page) or _author_box(page)
    site = folded(outlet or "")
    return () if any(folded(name) == site for name in names) else names


def _find_names(
    header: Sequence[str], closing: Iterable[str], page: Sequence[str]
) -> tuple[str, ...]:
    for index, line in enumerate(header):
        names = byline_names(line)
        # "David Ehrlich" over "Nov 13, 2019 4:26 pm": a name alone, signing the date;
        # "Natasha Turak" over "@NATASHATURAK": a name alone, over its handle
        if not names and index + 1 < len(header) and len(line.split()) <= _NAME_LINE_MAX_WORDS:
            under = header[index + 1]
            if is_date_line(under) or _is_handle_of(under, line):
                names = _names(line)
                if names and _told_of(names[0], page):
                    names = ()
        if names:
            return names
    for line in closing:
        match = _CREDIT.match(line.strip())
        if match:
            names = _names(match["names"])
            if names:
                return names
    return ()


def _told_of(name: str, page: Sequence[str]) -> bool:
    """Whether a sentence of the page tells of the person a name alone labels, inside it:
    "Trinity Academy junior Ben Patton added to his titles" under a gallery's "Ben
    Patton Trinity" over the date line. An author's note opens with the name ("Natasha
    Turak is a correspondent ...")."""
    person = " ".join(name.split()[:2])
    return any(
        person in line
        and len(line.split()) >= _SENTENCE_WORDS
        and any(_tells_of(line[:start]) for start in _starts(line, person))
        for line in page
    )


def _starts(line: str, text: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(text), line)]


def _tells_of(before: str) -> bool:
    """Whether a sentence that reads `before` a name goes on to tell of its person: not
    at its start (an author's note), nor after a credit's word ("by", "Follow")."""
    words = before.split()
    return bool(words) and words[-1].casefold() not in _CREDIT_WORDS


# The words of a line of running text, at the least.
_SENTENCE_WORDS = 12
# Words before an author's name in a line that credits, not tells of, them.
_CREDIT_WORDS = frozenset("by from follow with and contact email reporting".split())


def _is_handle_of(line: str, name: str) -> bool:
    """Whether `line` is a handle alone that spells the family name of `name`
    ("@mollywood", "@cgartenberg" under "Molly Wood", "Chaim Gartenberg")."""
    match = _HANDLE.match(line.strip())
    family = folded(name.split()[-1]) if name.split() else ""
    return match is not None and len(family) >= 3 and family in folded(match["handle"])


def _author_box(page: Iterable[str]) -> tuple[str, ...]:
    places = gazetteer()
    for line in page:
        if line[:1] not in "RML" or not (match := _AUTHOR_BOX.match(line.strip())):
            continue
        names = _names(match["names"])
        given = names[0].split()[0].casefold() if len(names) == 1 else ""
        if places.is_given_name(given):
            return names
    return ()


def listed_authors(field: str | None, sites: Iterable[str | None] = ()) -> tuple[str, ...]:
    """The people a page's markup lists as its authors ("Jane Doe; John Roe", as
    trafilatura reads them), each read as a byline: "admin" or "CNN Wire" names none,
    nor one of the `sites`' names (the outlet, the company of the copyright line:
    "Condé Nast" under Wired)."""
    not_people = {folded(site) for site in sites if site}
    names: list[str] = []
    for part in (field or "").split(";"):
        part = _OPENING.sub("", part.strip())
        for name in _names(part):
            if name not in names and folded(name) not in not_people:
                names.append(name)
    return tuple(names)


def byline_names(line: str) -> tuple[str, ...]:
    """The people a byline names, in its order: "By Jane Doe and John Roe, CNN" ->
    ("Jane Doe", "John Roe"); () for a line that is no byline."""
    line = line.strip()
    if len(line) > _BYLINE_MAX_CHARS:
        return ()
    opening = _OPENING.match(line)
    if opening:
        return _names(line[opening.end() :])
    for pattern, dated in (
        (_NAME_THEN_POST, False),
        (_NAME_THEN_HANDLE, False),
        (_NAME_THEN_DETAILS, True),
        (_DETAILS_THEN_NAME, True),
    ):
        match = pattern.match(line)
        # a name beside a separator is a byline only where the rest dates the page
        if match and (not dated or find_dates(match["details"])):
            return _names(match["names"])
    return ()


def _names(text: str) -> tuple[str, ...]:
    """The names that open `text`, up to its details or the first part that is no name."""
    text = _NICKNAME.sub(" ", text)
    for pattern in (_RUN_ON, _DETAILS):
        details = pattern.search(text)
        if details:
            text = text[: details.start()]
    names: list[str] = []
    for part in _JOINS.split(text.strip(" ,;:")):
        name = _person_name(part.strip())
        if name is None:
            break
        if name not in names:
            names.append(name)
    return tuple(names)


def _person_name(text: str) -> str | None:
    """`text` as a person's name ("KASHMIRA GANDER" -> "Kashmira Gander"), or None if it
    does not look like one."""
    words = text.split()
    while words and words[0].rstrip(".").casefold() in _HONORIFICS:  # "By Dr. Jane Doe"
        words.pop(0)
    while words and words[-1] in _PARTICLES:  # "Par Jean Dupont le 20 novembre", cut at "20"
        words.pop()
    named = [word for word in words if word not in _PARTICLES and word not in _SUFFIXES]
    if not _NAME_MIN_WORDS <= len(named) <= _NAME_MAX_WORDS or words[0] in _PARTICLES:
        return None
    for word in named:
        letters = word.strip(".'’-")
        if (
            not letters
            or not letters[0].isupper()
            or letters.casefold() in _NOT_NAME_WORDS
            or not (_INITIAL.match(word) or letters.replace("-", "").replace("'", "").isalpha())
        ):
            return None
    # an initialism in a name in running case is an outlet's: "Joan Biskupic, CNN Senior..."
    if not text.isupper() and any(word.isupper() and word.isalpha() for word in named):
        return None
    # a dateline's or a section's place over the date: "HONG KONG | Nov 19, 2019"
    if gazetteer().place_kind(" ".join(words).casefold()) is not None:
        return None
    if text.isupper():
        return " ".join(
            word if word in _SUFFIXES or _INITIAL.match(word) else _capitalised(word)
            for word in words
        )
    return " ".join(words)


def _capitalised(word: str) -> str:
    """ "GANDER" -> "Gander", "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones",
    "MCCARTHY" -> "McCarthy"."""
    word = re.sub(r"[^\W\d_]+", lambda letters: letters.group().capitalize(), word)
    return "Mc" + word[2:].capitalize() if word.startswith("Mc") and len(word) > 3 else word
