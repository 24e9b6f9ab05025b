"""Dates in a page dump: the page's clock, the publication date, the dateline.

Three different things that pages print alike, kept apart:
- `captured`: the page's own clock ("01/21/2025 11:27:39 pm" on a line of its
  own at the top): when the page was saved, not when the story ran.
- `published`: a date the text states for the story: a "Published ..." label
  (over the text or right under it), a date line under the headline or a
  byline that carries one, a dateline's date, such a date stated without
  its year ("Posted Nov 18, 8:19 PM") when the page's clock, a full date
  of the same day elsewhere on the page or the site's copyright notice
  ("© 2019 Outlet. All rights reserved.") gives the year, or a caption date
  that the body confirms by naming its weekday ("the meeting on Sunday"
  under a photo of Sunday, Jan. 28, 2018). Never a guess: None when none of
  these.
- the dateline: "BEIJING (Sputnik) - ..." opening the first paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# Month names in English, then French, German, Spanish, Portuguese, Italian, Dutch,
# Indonesian and Russian (as a date writes it: "24 сентября 2018"): a page in any of them
# dates its story.
_MONTH_NAMES = (
    "january jan janvier januar enero janeiro gennaio januari января",
    "february feb février fevrier februar febrero fevereiro febbraio februari февраля",
    "march mar mars märz marzo março maart maret марта",
    "april apr avril abril aprile апреля",
    "may mai mayo maio maggio mei мая",
    "june jun juin juni junio junho giugno июня",
    "july jul juillet juli julio julho luglio июля",
    "august aug août aout agosto augustus agustus августа",
    "september sep sept septembre septiembre setembro settembre сентября",
    "october oct octobre oktober octubre outubro ottobre октября",
    "november nov novembre noviembre novembro ноября",
    "december dec décembre decembre dezember diciembre dezembro dicembre desember декабря",
)
MONTHS = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A year ends its word, or runs into a time the page set against it ("NOV 20 20194:29 AM")
# or into the next word of the page, a capital showing where that starts: "21:17
# 18.11.2019Get short URL".
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d)|(?=[A-Z][a-z]))"
_DATE_PATTERNS = (
    re.compile(
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)" + _YEAR_END,
        re.IGNORECASE,
    ),
    # "18 November 2019", "25. September 2018", "22 de outubro de 2010"
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?"
        + _MONTH
        + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)"
        + _YEAR_END,
        re.IGNORECASE,
    ),
    # "2019-11-19", "2019-11-19T12:48:14Z"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:\b|(?=T\d))"),
    # "2019/11/20", "2019.11.20", "2019. 11. 20.": with the year first, always year, month,
    # day; not a web address's "/2019/11/20/"
    re.compile(
        r"(?<![/\w])(?P<year>(?:19|20)\d\d)([/.])\s?(?P<month>\d{1,2})\2\s?(?P<day>\d{1,2})"
        r"(?![/\w]|\.\d)"
    ),
    # "2012年12月10日" (Chinese, Japanese), "2019년 8월 20일" (Korean)
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]"
        r"\s*(?P<day>\d{1,2})\s*[日일]"
    ),
)
# "27/09/2018", "11.14.2019", "20-11-2019": read only where the order shows, a number over
# 12 being the day; "04/05/2019" could be either, and a date is never a guess.
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)" + _YEAR_END)
# The same with the year in two digits, American style with slashes only, as bylines
# print it ("By Jane Doe - 11/19/19 06:56 AM EST"): "3.11.19" is a version number as often.
_SHORT_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/])")
# A day, a word and a year alone on a line ("26 အောက်တိုဘာ 2018", "3. oktobris 2018") is
# a date in any language, the word the month's name, though which month is not known.
_DAY_WORD_YEAR = re.compile(r"(?:[12]?\d|3[01])\.?\s+[^\W\d_][^\s\d,]*,?\s+(?:19|20)\d\d")
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::(?P<second>\d\d))?\s*(?P<half>[ap]\.?m\.?)?"
# A clock: a line that is nothing but a date and a time.
_CLOCKS = (
    re.compile(
        r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\s+" + _TIME + r"$", re.IGNORECASE
    ),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)[ T]" + _TIME + r"$", re.IGNORECASE),
)
_PUBLISHED_WORDS = r"published|posted|first published|publié|veröffentlicht|publicado|pubblicato"
_PUBLISHED_LABEL = re.compile(rf"^(?:{_PUBLISHED_WORDS})\b", re.IGNORECASE)
# Any label of a date line, the update time included ("Last Updated : Nov 20, 2019").
_DATE_LABEL = re.compile(
    r"^(?:published|posted|first published|updated|last updated|modified|publié|mis à jour"
    r"|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b",
    re.IGNORECASE,
)
# An update time anywhere in a line ("By Jane Doe Updated Nov 13, 2019"): not the
# publication date, wherever the label stands.
_UPDATED = re.compile(
    r"\b(?:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato)\b", re.IGNORECASE
)
# "BEIJING (Sputnik) - ", "WASHINGTON, Jan 28 (Reuters) - ", "PARIS — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}"
    # the region after the city, in running case: "DUBAI, United Arab Emirates —"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})?)"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*[-–—]+\s+(?=\S)"
)
_DATE_LINE_MAX_WORDS = 12  # "Nov 18, 2019 at 9:24 pm ET • 2 min read"
_LABELLED_DATE_LINE_MAX_WORDS = 20  # "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ..."
# A byline's opening: "By Jane Doe", "Par Jean Dupont", "Von Hans Meier".
_BYLINE_OPENING = re.compile(r"^(?i:by|par|von|por|di|door)\s+[A-Z]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_AND_TIME = re.compile(_MONTH + r"\s+\d{1,2},?\s+" + _TIME, re.IGNORECASE)
# A day and a time with no year, and nothing else on the line: "Nov 18 2:05 p.m.", "Monday,
# Nov. 18, 8:19 PM EST", "18 November, 14:05". Sites leave the year out of a recent story's
# date (the year the page was shown); the line is the story's date, as any date line is.
_ANY_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"  # "Mon.", "Tuesday,"
_MONTH_AFTER_DAY = _MONTH.replace("<month>", "<month_after_day>")
_YEARLESS_DATE_LINE = re.compile(
    rf"(?:{_ANY_WEEKDAY})?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH_AFTER_DAY})"
    rf",?\s+(?:at\s+)?{_TIME}(?:\s+(?-i:[A-Z]{{2,4}}))?",  # and the time zone: "EST"
    re.IGNORECASE,
)
# A month and a day that no year follows ("Posted Nov 18, 8:19 PM").
_NO_YEAR_AFTER = r"(?!,?\s+(?:19|20)\d\d)"
_MONTH_AND_DAY = re.compile(
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_NO_YEAR_AFTER}"
    rf"|\b(?P<day_first>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+{_MONTH_AFTER_DAY}{_NO_YEAR_AFTER}",
    re.IGNORECASE,
)
# "Published" or "Posted" anywhere in a date line: "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM".
_PUBLISHED_LABEL_INSIDE = re.compile(rf"\b(?:{_PUBLISHED_WORDS})\b", re.IGNORECASE)
# A yearless date takes its year from the page's clock; the site may date a story by its own
# time zone, a day ahead of the clock's.
_CLOCK_SLACK = timedelta(days=1)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# A copyright notice's year, the last of a span: "© 2019", "Copyright © 2005–2019".
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SITE_NOTICE = re.compile(r"\bcopyright\b|\brights reserved\b", re.IGNORECASE)
# A date set as a stack of short lines, the year last: "November 20" / "15:23" / "2019".
_STACKED_YEAR = re.compile(r"(?:19|20)\d\d")
_STACKED_TIME = re.compile(_TIME + r"(?:\s+[A-Z]{2,4})?", re.IGNORECASE)
_STACKED_PART = re.compile(
    rf"(?:{_ANY_WEEKDAY})?(?:{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?(?:\s+{_MONTH_AFTER_DAY})?),?"
    rf"|{_TIME}(?:\s+[A-Z]{{2,4}})?",
    re.IGNORECASE,
)
_STACKED_PARTS = 3  # the day, the month and the time over the year
# A feed of other stories, each a headline over its date line ("AUTO NEWS" /
# "Turbocharged Sentra unleashed" / "November 16, 2016" / "FEATURES" / ...): at least
# this many items, set this many lines apart at most. The head of the page reads feeds
# by them too (clean_signals.THRESHOLDS).
FEED_MIN_ITEMS = 3
FEED_ITEM_MAX_LINES = 6


def _month_number(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def find_dates(text: str) -> list[date]:
    """Every full date (day, month and year) the text states, in order."""
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            try:
                value = date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            except ValueError:
                continue
            found.append((match.start(), value))
    for match in _NUMERIC_DATE.finditer(text):
        stated = _numeric_date(int(match[1]), int(match[3]), int(match[4]))
        if stated is not None:
            found.append((match.start(), stated))
    if "/" in text:
        for match in _SHORT_NUMERIC_DATE.finditer(text):
            stated = _numeric_date(int(match[1]), int(match[2]), 2000 + int(match[3]))
            if stated is not None:
                found.append((match.start(), stated))
    return [value for _, value in sorted(found)]


def _numeric_date(first: int, second: int, year: int) -> date | None:
    """The date of "first/second/year" where the order shows: a number over 12 is the day."""
    if (first > 12) == (second > 12):
        return None  # either order, or neither
    day, month = (first, second) if first > 12 else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_clock(text: str) -> str | None:
    """The ISO date-time of a line that is only a clock, else None."""
    for pattern in _CLOCKS:
        match = pattern.match(text.strip())
        if not match:
            continue
        hour = int(match["hour"])
        half = (match["half"] or "").lower().replace(".", "")
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        try:
            moment = datetime(
                int(match["year"]),
                int(match["month"]),
                int(match["day"]),
                hour,
                int(match["minute"]),
                int(match["second"] or 0),
            )
        except ValueError:
            return None
        return moment.isoformat()
    return None


def is_date_line(text: str) -> bool:
    """A short line that states a date and little else ("Updated 1:39 am, Nov. 20, 2019")."""
    labelled = bool(_DATE_LABEL.match(text))
    if not _YEAR.search(text) and not ("/" in text and _SHORT_NUMERIC_DATE.search(text)):
        # "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": a label, a day and a time;
        # "Nov 18 2:05 p.m.": a day and a time alone
        if labelled:
            return len(text.split()) <= _LABELLED_DATE_LINE_MAX_WORDS and bool(
                _DAY_AND_TIME.search(text)
            )
        return _YEARLESS_DATE_LINE.fullmatch(text) is not None
    limit = _LABELLED_DATE_LINE_MAX_WORDS if labelled else _DATE_LINE_MAX_WORDS
    # a span ("2018.04.05 ~ 2018.06.30", "2018.04.05 ~ OPEN RUN") is an event's run, told in
    # the text, not when the page was written
    if len(text.split()) > limit or (text.rstrip().endswith(".") and not labelled) or "~" in text:
        return False
    # a date whose order does not show ("08/01/2014") is still a date: only its value is
    # left unread (`find_dates`)
    return (
        bool(find_dates(text))
        or _NUMERIC_DATE.search(text) is not None
        or _DAY_WORD_YEAR.fullmatch(text.strip()) is not None
    )


def updated_date(head_lines: list[str]) -> str | None:
    """The date of the latest update a date line of the header states, as an ISO date.

    "Updated 1:39 am EST, Wednesday, November 20, 2019", "By Jane Doe Updated Nov 13,
    2019": the date after the label. Never the publication date, and never taken for it.
    """
    for line in head_lines:
        label = _UPDATED.search(line)
        if label and is_date_line(line):
            stated = find_dates(line[label.end() :])
            if stated:
                return stated[0].isoformat()
    return None


def find_dateline(text: str) -> tuple[str, date | None] | None:
    """(place, stated date or None) of a paragraph that opens with a dateline."""
    match = _DATELINE.match(text)
    if not match or sum(char.isalpha() for char in match["place"]) < 3:
        return None
    stated = find_dates(match["when"]) if match["when"] else []
    return match["place"].rstrip(" ,"), stated[0] if stated else None


def published_date(
    head_lines: list[str],
    dateline: date | None,
    caption_lines: list[str],
    body_lines: list[str],
    closing_lines: Sequence[str] = (),
    over_title_lines: Sequence[str] = (),
    page: PageDates | None = None,
) -> str | None:
    """The publication date the text states, as an ISO date, or None.

    In order of trust: a "Published" label or a bare date line in the
    article's header (under the headline, then right over it), a "Published"
    label right under the text, the dateline's date, a date of the header
    stated without its year when the page gives the year (`page`), then the
    caption date the body confirms by its weekday (most often stated first).
    """
    labelled = [
        part for line in (*head_lines, *over_title_lines) if (part := _published_part(line))
    ]
    # a bare date under the headline is the publication date; an "Updated ..." line is not
    bare = _bare_dates(head_lines)
    if len({stated for stated, _, _ in bare}) > 1:
        # date lines under the headline that disagree date a list of other stories
        # (headline, date, headline, date), the headline read may be one of them, and
        # the lines over it are more of the list: no bare date line is the article's,
        # unless the first stands well apart from a list under it (the article's date
        # line, then a box of other stories before the text). A date left unread
        # ("08/01/2014") is not shown to agree: the first date line under the headline
        # may be the article's, and another a picture's.
        bare = bare[:1] if _apart_from_a_list(bare) else []
    elif not bare:
        bare = _bare_dates(over_title_lines)
    closing = [line for line in closing_lines if _PUBLISHED_LABEL.match(line)]
    for line in labelled + [line for _, line, _ in bare] + closing:
        stated = find_dates(line)
        if stated and find_clock(line) is None:
            return stated[0].isoformat()
    if dateline is not None:
        return dateline.isoformat()
    if page is not None:
        yearless = _yearless_published(labelled, head_lines, page)
        if yearless is not None:
            return yearless.isoformat()
    caption_dates = [value for line in caption_lines for value in find_dates(line)]
    if not caption_dates:
        return None  # (without reading the body for weekdays: that is the costly part)
    weekdays_named = {
        WEEKDAYS.index(name.lower())
        for line in body_lines
        # a cheap first test: every weekday's name ends in "day"
        if "day" in line.lower()
        for name in _WEEKDAY.findall(line)
    }
    confirmed = Counter(value for value in caption_dates if value.weekday() in weekdays_named)
    if not confirmed:
        return None
    first_seen = {value: index for index, value in reversed(list(enumerate(confirmed)))}
    best = max(confirmed, key=lambda value: (confirmed[value], -first_seen[value]))
    return best.isoformat()


def _published_part(line: str) -> str:
    """What a "Published" label of the line dates, or "": the line itself when it opens with
    the label; in a date line that opens with its update time, the part after the label
    ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": "Nov 18, 8:19 PM")."""
    if _PUBLISHED_LABEL.match(line):
        return line
    if not _DATE_LABEL.match(line) or not is_date_line(line):
        return ""
    label = _PUBLISHED_LABEL_INSIDE.search(line)
    if label is None:
        return ""
    part = line[label.end() :]
    update = _UPDATED.search(part)
    return part[: update.start()] if update else part


@dataclass(frozen=True, slots=True)
class PageDates:
    """What gives the year of a date a page states without one."""

    captured: str | None  # the page's clock, ISO
    lines: Sequence[str]  # all the page's lines, for full dates stated elsewhere


def _yearless_published(labelled: list[str], head_lines: list[str], page: PageDates) -> date | None:
    """The date of a "Published" label, else of a bare date line under the headline, stated
    without its year ("Posted Nov 18, 8:19 PM", "Nov 18 2:05 p.m."), with the year the page
    gives: the latest such day up to the page's clock, or the one year that the page's full
    dates of that same day state ("— Jane Doe (@jane) November 18, 2019" under a post it
    quotes). None if the page gives no year, or two."""
    bare = [line for line in head_lines if _YEARLESS_DATE_LINE.fullmatch(line)]
    found = next(filter(None, map(_MONTH_AND_DAY.search, (*labelled, *bare))), None)
    if found is None:
        return None
    month = _month_number(found["month"] or found["month_after_day"])
    day = int(found["day"] or found["day_first"])
    year = _year_of_day(month, day, page)
    try:
        return date(year, month, day) if year is not None else None
    except ValueError:  # "Feb 30"
        return None


def _year_of_day(month: int, day: int, page: PageDates) -> int | None:
    if page.captured:
        clock = date.fromisoformat(page.captured[:10])
        try:
            stated = date(clock.year, month, day)
        except ValueError:  # "Feb 29" of another year, "Feb 30"
            return None
        return clock.year if stated <= clock + _CLOCK_SLACK else clock.year - 1
    years = {
        stated.year
        for line in page.lines
        if _YEAR.search(line)  # a cheap first test: most lines state no year
        for stated in find_dates(line)
        if (stated.month, stated.day) == (month, day)
    }
    if years:
        return years.pop() if len(years) == 1 else None
    return _copyright_year(page.lines)


def _copyright_year(lines: Sequence[str]) -> int | None:
    """The year of the site's copyright notice ("© 2019 Outlet. All rights reserved.",
    "Copyright 2005-2019"), the year the page was shown in: a site leaves the year out of
    that year's stories only. A picture's credit ("© 2016 Jane Doe") dates the picture,
    not the page: the notice says "copyright" or "rights reserved". None if the page has
    no notice, or notices of two years."""
    years = {
        int(match["year"])
        for line in lines
        if ("©" in line or "opyright" in line or "OPYRIGHT" in line)  # a cheap first test
        and _SITE_NOTICE.search(line)
        for match in _COPYRIGHT_YEAR.finditer(line)
    }
    return years.pop() if len(years) == 1 else None


def _bare_dates(lines: Sequence[str]) -> list[tuple[date | None, str, int]]:
    """(first date, the part of the line that states it, the line's place) of each
    unlabelled date line; None for a date that `find_dates` leaves unread ("08/01/2014":
    which order?).

    An update's label may follow the publication date on its line ("Nov 18, 2019
    @17:19 PM · Updated: Nov 18, 2019 @17:26 PM", "November 19, 2019 / 12:21 AM /
    Updated 14 hours ago"): the part before the label dates the publication.
    """
    found: list[tuple[date | None, str, int]] = []
    for place, line in enumerate(_with_stacked_dates_joined(lines)):
        if _DATE_LABEL.match(line) or not (is_date_line(line) or _is_dated_byline(line)):
            continue
        label = _UPDATED.search(line)
        part = line[: label.start()] if label else line
        stated = find_dates(part)
        if stated:
            found.append((stated[0], part, place))
        elif _NUMERIC_DATE.search(part) or _DAY_WORD_YEAR.fullmatch(part.strip()):
            found.append((None, part, place))
    return found


def _apart_from_a_list(bare: list[tuple[date | None, str, int]]) -> bool:
    """Whether the first date line stands apart from a list of other stories under it:
    the others at least `FEED_MIN_ITEMS`, set at one short interval, and the first more
    than twice that interval above them."""
    places = [place for _, _, place in bare]
    if len(places) < 1 + FEED_MIN_ITEMS:
        return False
    steps = {later - earlier for earlier, later in itertools.pairwise(places[1:])}
    if len(steps) != 1 or (step := steps.pop()) > FEED_ITEM_MAX_LINES:
        return False
    return places[1] - places[0] > 2 * step


def _with_stacked_dates_joined(lines: Sequence[str]) -> list[str]:
    """The lines with each date set as a stack of parts, one per line and the year last
    ("November 20" / "15:23" / "2019", "20" / "Nov" / "2019"), joined into one line
    ("November 20 2019"); the time is left out, as a part of no date."""
    if not any(_STACKED_YEAR.fullmatch(line) for line in lines):  # most pages have none
        return list(lines)
    joined: list[str] = []
    for line in lines:
        if _STACKED_YEAR.fullmatch(line):
            start = len(joined)
            while start > max(0, len(joined) - _STACKED_PARTS) and _STACKED_PART.fullmatch(
                joined[start - 1]
            ):
                start -= 1
            parts = [part for part in joined[start:] if not _STACKED_TIME.fullmatch(part)]
            date_text = " ".join([*parts, line])
            if parts and find_dates(date_text):
                joined[start:] = [date_text]
                continue
        joined.append(line)
    return joined


def _is_dated_byline(text: str) -> bool:
    """A byline that carries the date among its details, longer than a date line:
    "By Jane Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware"."""
    return (
        _BYLINE_OPENING.match(text) is not None
        and len(text.split()) <= _LABELLED_DATE_LINE_MAX_WORDS
        and not text.rstrip().endswith(".")
        and bool(find_dates(text))
    )
