"""The outlet a page dump comes from, read from what the page itself says.

In order of trust: a " - Outlet Name" tag the site appends to several lines
(image titles, teasers), "<Outlet>'s website", the site's lines that name it
("Follow The Verge online:", "The Verge main menu", "Subscribe to WIRED",
"SFGate Staff"), a copyright line, and a masthead in capitals on the first
line ("CHINA TOPIX" -> "China Topix"). A copyright line often names the
company that publishes the site ("© 2019 Vox Media, LLC" under The Verge),
so the site's own lines come first. None when the page does not name its
outlet.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from .clean_outlet_mentions import DOMAIN, NOT_NAMES, SUFFIXES, folded, initials_of, named_outlet
from .clean_words import find_furniture
from .text import line_starts, lines_holding

_NAME = r"[A-Z][\w&.'’]*(?:\s(?:[A-Z][\w&.'’]*|of|the|and|de|du|der|la|el)){0,4}"
# A tag the site appends: "... - Sputnik International"; a line may be the tag alone.
_TAG = re.compile(r"(?:^|\s)[-–—|]\s(?P<name>" + _NAME + r")\s*$")
_WEBSITE = re.compile(r"(?P<name>" + _NAME + r")[’']s\s+(?:web\s?site|home\s?page)\b")
_COPYRIGHT = re.compile(
    r"(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*,?\s*(?P<name>"
    + _NAME
    + r")"
)
_COPYRIGHT_MARKS = ("©", "opyright", "OPYRIGHT", "(c)", "(C)")
# A copyright line with no year before the name says what follows it: a company's
# form, "All rights", a year, "a Digital First Media Newspaper". "© REUTERS / Name"
# and "© Regan" credit a photo or an author, not the site.
_COPYRIGHT_WITHOUT_YEAR = re.compile(
    r"^(?:©|[Cc]opyright)\s*(?:©\s*)?(?P<name>"
    + _NAME
    + r")(?=,?\s+(?:Pty|Inc|Ltd|LLC|plc|Limited)\b|[.,]?\s+All rights|\s+\d{4}\b|,\s+an?\s)"
)
# The site's own lines that name it, each a whole line, and how much each says:
# "The Verge main menu" names the site itself; "More from Sportsnet" or
# "About CNBC" most often do, but may name a section or a product too.
_SELF_REFERENCES = [
    (re.compile(pattern), weight)
    for pattern, weight in (
        (r"^(?P<name>" + _NAME + r")\s+(?:homepage|main menu|around the globe:?)(?:\s|$)", 3),
        (r"^(?P<name>" + _NAME + r")\s+-\s+Back to home$", 3),
        (r"^Follow\s+(?P<name>" + _NAME + r")\s+online:?$", 3),
        (r"^(?:More|Popular)\s+(?:[Ff]rom|[Oo]n)\s+(?:the\s+)?(?P<name>" + _NAME + r")$", 1),
        (r"^(?:About|Contact|Support|Advertise with)\s+(?P<name>" + _NAME + r")$", 1),
        # "Subscribe to SN NOW", "Subscribe to CNBC PRO": as often a product of the site
        (r"^Subscribe to\s+(?P<name>" + _NAME + r")(?:[’']s newsletter|\s+via Email)?$", 0.5),
        (r"^(?:By\s[^,]{3,40},\s)?(?P<name>" + _NAME + r")\s+Staff$", 1),
    )
]
# Words the patterns take for a name that are none: "About Us", "More from Our Partners".
_NOT_OUTLETS = frozenset(
    "us our me home top more news search email newsletter newsletters the this all".split()
)
_MASTHEAD = re.compile(r"^[A-Z][A-Z&'’.]*(?:\s[A-Z][A-Z&'’.]*){0,3}$")
_MIN_TAG_LINES = 2
# What a site writes after its teasers' headlines besides its name: the kind of teaser.
_TEASER_LABELS = frozenset(
    "affiliate exclusive opinion analysis video videos photos gallery live watch review".split()
)
# A name of one word in capitals this short may be an initialism: "BBC", "CNBC", "IGN".
_CAPITALS_MAX_LETTERS = 4
_SELF_REFERENCE_MAX_CHARS = 80
# How the lines of _SELF_REFERENCES start or end, but for the first pattern's.
_SELF_REFERENCE_STARTS = (
    "Follow ",
    "More ",
    "Popular ",
    "About ",
    "Contact ",
    "Support ",
    "Advertise with ",
    "Subscribe to ",
)
_SELF_REFERENCE_ENDS = ("Back to home", "Staff")
# One line of the weaker kinds is not enough ("About North Korea" may head a part of
# the text) unless the name also stands alone where a masthead stands, or in a
# copyright line ("About CNBC" ... "© 2019 CNBC LLC").
_SELF_REFERENCE_MIN_WEIGHT = 2
_MASTHEAD_LINES = 10
# Names in capitals on this many lines at the top of the page are a network's bar of sites.
_NETWORK_BAR_MIN_LINES = 4
_SEPARATORS = ("- ", "– ", "— ", "| ")  # a tag's separator, and the space after it
# "Press TV. All rights reserved": the name ends at a full stop or a company suffix.
_NAME_END = re.compile(r"\.\s|\s(?:All|Inc|Ltd|LLC|plc|Limited|Pty)\b")
# The site's name as its logo prints it: a line at the top of the page, before
# or among the menu ("Fox Business", "New York Post", "MoreBikes"). A menu's
# items stand there too ("Politics", "Bengaluru"), so a line is taken only
# where the page ties it to the site: it carries the brand of the company of
# the copyright line ("Fox Business" under "© 2019 FOX News Network", "New
# York Post" under "© 2019 NYP Holdings", "CBSSports.com" under "CBS
# Interactive"), or another line gives it as a domain ("morebikes.co.uk").
_LOGO = re.compile(r"[A-Z0-9][\w&'’.-]*(?:\s(?:[A-Z0-9][\w&'’.-]*|of|the|and)){0,3}")
_LOGO_MAX_CHARS = 40
# What the name of a company adds to its brand ("FOX News Network", "NYP Holdings",
# "Guardian News & Media"), and the words that join them.
_COMPANY_WORDS = frozenset(
    "network networks holdings interactive media group company communications corporation "
    "corp publishing publications newspapers enterprises broadcasting digital & and".split()
)
# A domain's ending, then the name before it ("www.morebikes.co.uk", "NYPOST.COM"):
# a page has few endings, and looking for whole domains at every letter is slow.
_DOMAIN_ENDING = re.compile(r"\.(?:" + SUFFIXES + r")\b", re.IGNORECASE)
_DOMAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*$")
_DOMAIN_NAME_MAX_CHARS = 64


def outlet_tag(lines: list[str]) -> str | None:
    """The " - Outlet" tag that ends several lines of the page, e.g. " - Sputnik International"."""
    # a cheap first test before the tag pattern: the few lines holding a separator
    page = "\n".join(lines)
    starts = line_starts(lines)
    holding = sorted({index for mark in _SEPARATORS for index in lines_holding(page, starts, mark)})
    names = Counter(
        match["name"]
        for line in map(lines.__getitem__, holding)
        if (
            " - " in line
            or " – " in line
            or " — " in line
            or " | " in line
            or line[:2] in ("- ", "– ", "— ", "| ")
        )
        and (match := _TAG.search(line))
    )
    repeated = [
        name for name, count in names.items() if count >= _MIN_TAG_LINES and not _is_furniture(name)
    ]
    return max(repeated, key=lambda name: (names[name], name)) if repeated else None


def _is_furniture(name: str) -> bool:
    """ "Terms of Use | Privacy Policy", "... - SPONSORED", "DIGG PICKS | AFFILIATE": a
    footer's links or a teaser's label, not an outlet."""
    return name.casefold() in _TEASER_LABELS or bool(
        find_furniture(name.lower().split(), ends_sentence=False)
    )


def find_outlet(lines: list[str], furniture: set[int], tag: str | None) -> str | None:
    """The outlet's name, or None.

    `furniture` holds the indexes of lines that are site prompts, `tag` the
    page's outlet tag (`outlet_tag`).
    """
    if tag:
        return _as_written(tag, lines)
    for line in lines:
        match = ("web" in line or "page" in line) and _WEBSITE.search(line)
        if match:
            return match["name"]
    named = _named_by_its_own_lines(lines)
    if named:
        return named
    holders = list(copyright_holders(lines))
    named = named_outlet(lines, holders)
    if named:
        return _as_written(named, lines)
    logo = _logo_name(lines, furniture, holders[0] if holders else None)
    if logo:
        return _as_written(logo, lines)
    if holders:
        return _as_written(holders[0], lines) or None
    employer = _authors_employer(lines)
    if employer:
        return employer
    return _masthead(lines, furniture)


def _masthead(lines: list[str], furniture: set[int]) -> str | None:
    """The name in capitals on the first line ("CHINA TOPIX" -> "China Topix"). A network's
    sites listed in capitals at the top ("THE A.V. CLUB", "DEADSPIN", "GIZMODO", ...) are
    a bar, not a masthead: the site is the one of them the page names in running text
    ("Science writer at Gizmodo"), or none."""
    if not lines or 0 in furniture or not _is_masthead(lines[0]):
        return None
    bar = list(itertools.takewhile(_is_masthead, lines[:_MASTHEAD_LINES]))
    if len(bar) < _NETWORK_BAR_MIN_LINES:
        return _as_written(lines[0], lines)
    rest = lines[len(bar) :]
    named = Counter({name: count for name in bar if (count := _named_in_running_text(name, rest))})
    if not named:
        return None
    return _as_written(max(named, key=lambda name: (named[name], -bar.index(name))), lines)


def _whole_words(name: str) -> re.Pattern[str]:
    """`name` where it stands as whole words, in any case."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)


def _is_masthead(line: str) -> bool:
    return bool(_MASTHEAD.match(line)) and sum(char.isalpha() for char in line) >= 4


def _named_in_running_text(name: str, lines: list[str]) -> int:
    """How many lines write `name` (given in capitals) otherwise: "Gizmodo" for "GIZMODO"."""
    pattern = _whole_words(name)
    return sum(
        any(not match.group().isupper() for match in pattern.finditer(line))
        for line in lines
        if name[:2].casefold() in line.casefold()
    )


# The author's note under an article, where the page names its outlet nowhere else:
# "Phil Helsel is a reporter for NBC News." Not a former post, nor a guest's column.
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,4}is an?\s(?:(?!former\b)[a-z-]+\s){0,3}"
    r"(?:reporter|writer|editor|correspondent|producer|journalist)\s(?:for|at)\s"
    r"(?P<name>" + _NAME + r")\.?$"
)
_AUTHOR_BIO_MAX_CHARS = 160


def _authors_employer(lines: list[str]) -> str | None:
    for line in reversed(lines):
        if len(line) <= _AUTHOR_BIO_MAX_CHARS and " is a" in line:
            match = _AUTHOR_BIO.match(line.strip())
            if match and match["name"].casefold() not in _NOT_OUTLETS:
                return match["name"].rstrip(".")
    return None


def _logo_name(lines: list[str], prompts: set[int], holder: str | None) -> str | None:
    """The site's name as its logo prints it at the top of the page, where the page
    ties it to the site (see _LOGO); None if no line near the top is so tied."""
    brand = _brand(holder) if holder else None
    domains: set[str] | None = None  # read once, and only if a line needs them
    for index, line in enumerate(lines[:_MASTHEAD_LINES]):
        line = line.strip()
        if index in prompts or len(line) > _LOGO_MAX_CHARS or not _LOGO.fullmatch(line):
            continue
        if brand and _carries_brand(line, brand):
            return line
        if domains is None:
            domains = _domains_named(lines)
        if folded(line) in domains:
            return line
    return None


def _brand(company: str) -> tuple[str, ...] | None:
    """The brand in a company's name ("FOX News Network" -> ("FOX", "News")), or None
    for a name that has no company's words ("Dow Jones", "Sputnik")."""
    words = company.split()
    if words[:1] == ["The"]:
        words = words[1:]
    end = len(words)
    while end > 1 and words[end - 1].casefold() in _COMPANY_WORDS:
        end -= 1
    return tuple(words[:end]) if end < len(words) else None


def _carries_brand(line: str, brand: tuple[str, ...]) -> bool:
    """Is `line` a name of the brand: the brand and more words ("New York Times
    Magazine"), its initials ("New York Post" for "NYP"), another name after the
    first word where that is in capitals ("Fox Business" for "FOX News"), or a
    domain that starts with it ("CBSSports.com" for "CBS")?"""
    words = line.split()
    if words[:1] == ["The"]:
        words = words[1:]
    key = folded("".join(brand))
    if len(words) == 1:
        return bool(re.fullmatch(DOMAIN, words[0])) and folded(words[0]).startswith(key)
    if folded("".join(words[: len(brand)])) == key:
        return True
    first = brand[0]
    if len(brand) == 1 and first.isupper() and initials_of(" ".join(words)) == first:
        return True
    return first.isupper() and len(first) >= 2 and folded(words[0]) == folded(first)


def _domains_named(lines: list[str]) -> set[str]:
    """The domains the page's sentences and links name, folded ("morebikes"). A line
    that is a domain alone is left out: a network's footer lists its sister sites
    so ("SisterSite.com"), and the logo may be one ("CBSSports.com")."""
    page = "\n".join(lines)
    starts = line_starts(lines)
    named = set()
    for ending in _DOMAIN_ENDING.finditer(page):
        end = ending.start()
        name = _DOMAIN_NAME.search(page, max(0, end - _DOMAIN_NAME_MAX_CHARS), end)
        line = lines[bisect.bisect_right(starts, end) - 1]
        if name and " " in line.strip() and (key := folded(name.group())) not in NOT_NAMES:
            named.add(key)
    return named


def _as_written(name: str, lines: list[str]) -> str:
    """A name in capitals ("© 2019 NEWSWEEK", a masthead) as the page writes it elsewhere
    ("Autoracing" beside "© 2010 AUTORACING"), else with capital initials ("China Topix"
    for "CHINA TOPIX"), but for initialisms: a short word alone ("BBC"), a word with
    full stops ("The A.V. Club" for "THE A.V. CLUB")."""
    if not name.isupper():
        return name
    pattern = _whole_words(name)
    for line in lines:
        for match in pattern.finditer(line):
            # (not a domain's or a handle's letters: "rt" in "Also on rt.com" for "RT")
            if not match.group().isupper() and not match.group().islower():
                return match.group()
    words = name.split()
    if len(words) == 1 and len(name) <= _CAPITALS_MAX_LETTERS:
        return name
    initialisms = _initialisms_in([line.replace(name, "") for line in lines], words)
    return " ".join(
        word if "." in word or word in initialisms else word.capitalize() for word in words
    )


def _initialisms_in(lines: list[str], words: list[str]) -> set[str]:
    """Which of `words` the page writes in capitals amid ordinary text (the name itself
    taken out): "USA" in "TIME USA" where a sentence says "USA", not "TIME" where only
    the logo's capitals do."""
    short = {word for word in words if len(word) <= _CAPITALS_MAX_LETTERS and word.isalpha()}
    found: set[str] = set()
    for word in short:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        if any(not line.isupper() and pattern.search(line) for line in lines if word in line):
            found.add(word)
    return found


def _may_name_the_site(line: str) -> bool:
    """A cheap first test of a line, before the patterns of _SELF_REFERENCES (the site's
    lines are a few of a page's hundred)."""
    return (
        line.startswith(_SELF_REFERENCE_STARTS)
        or line.endswith(_SELF_REFERENCE_ENDS)
        or "homepage" in line
        or "main menu" in line
        or "around the globe" in line
    )


def _named_by_its_own_lines(lines: list[str]) -> str | None:
    """The name the site's own lines give it, by what they say (weights above), then
    the longer ("About Jeongdong Theater" over "About Theater"); written as most of
    those lines write it, but not in capitals where one writes it otherwise ("Wired Staff"
    beside "More From WIRED": a logo's capitals are not the name's)."""
    said: dict[str, float] = {}
    written: dict[str, Counter[str]] = {}
    for line in lines:
        line = line.strip()
        if len(line) > _SELF_REFERENCE_MAX_CHARS or not _may_name_the_site(line):
            continue
        for pattern, weight in _SELF_REFERENCES:
            match = pattern.match(line)
            # "About Press T&C Contact Us": a footer's row of links, not a name
            if (
                match
                and match["name"].casefold() not in _NOT_OUTLETS
                and not _is_furniture(match["name"])
            ):
                name = " ".join(match["name"].rstrip(".:").split())
                said[name.casefold()] = said.get(name.casefold(), 0.0) + weight
                written.setdefault(name.casefold(), Counter())[name] += 1
                break
    if not said:
        return None
    best = max(said, key=lambda name: (said[name], len(name)))
    if said[best] < _SELF_REFERENCE_MIN_WEIGHT and not _standing_alone(lines, best):
        return None
    forms = written[best]
    return max(forms, key=lambda form: (not form.isupper(), forms[form]))


def _standing_alone(lines: list[str], name: str) -> bool:
    """Is `name` (folded) a line of its own near the top, or the name of a copyright line?"""
    if any(line.strip().casefold() == name for line in lines[:_MASTHEAD_LINES]):
        return True
    return any(holder.casefold().startswith(name) for holder in copyright_holders(lines))


def copyright_holders(lines: list[str]) -> Iterator[str]:
    """The name each copyright line gives ("© 2019 Vox Media, LLC" -> "Vox Media")."""
    page = "\n".join(lines)
    starts = line_starts(lines)
    holding = {index for mark in _COPYRIGHT_MARKS for index in lines_holding(page, starts, mark)}
    for line in map(lines.__getitem__, sorted(holding)):
        match = _COPYRIGHT.search(line) or _COPYRIGHT_WITHOUT_YEAR.search(line.strip())
        if match:
            # "© 2019 Copyright India Post Media Pvt. Ltd.": the word again is no part of it
            name = _NAME_END.split(match["name"])[0].rstrip(".,").strip()
            yield name.removeprefix("Copyright ").strip()
