"""The outlet a page dump comes from, read from what the page itself says.

In order of trust: a " - Outlet Name" tag the site appends to several lines
(image titles, teasers), "<Outlet>'s website", a copyright line, and a
masthead in capitals on the first line ("CHINA TOPIX" -> "China Topix").
None when the page does not name its outlet.
"""

from __future__ import annotations

import re
from collections import Counter

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
_MASTHEAD = re.compile(r"^[A-Z][A-Z&'’.]*(?:\s[A-Z][A-Z&'’.]*){0,3}$")
_MIN_TAG_LINES = 2
_SEPARATORS = ("- ", "– ", "— ", "| ")  # a tag's separator, and the space after it
# "Press TV. All rights reserved": the name ends at a full stop or a company suffix.
_NAME_END = re.compile(r"\.\s|\s(?:All|Inc|Ltd|LLC|plc|Limited)\b")


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
    """ "Terms of Use | Privacy Policy", "... - SPONSORED": a footer's links, not an outlet."""
    return bool(find_furniture(name.lower().split(), ends_sentence=False))


def find_outlet(lines: list[str], furniture: set[int], tag: str | None) -> str | None:
    """The outlet's name, or None.

    `furniture` holds the indexes of lines that are site prompts, `tag` the
    page's outlet tag (`outlet_tag`).
    """
    if tag:
        return tag
    for line in lines:
        match = ("web" in line or "page" in line) and _WEBSITE.search(line)
        if match:
            return match["name"]
    for line in lines:
        match = ("©" in line or "opyright" in line or "(c)" in line.lower()) and _COPYRIGHT.search(
            line
        )
        if match:
            # "© 2019 Copyright India Post Media Pvt. Ltd.": the word again is no part of it
            name = _NAME_END.split(match["name"])[0].rstrip(".,").strip()
            return name.removeprefix("Copyright ").strip() or None
    for index, line in enumerate(lines[:1]):
        if (
            index not in furniture
            and _MASTHEAD.match(line)
            and sum(char.isalpha() for char in line) >= 4
        ):
            return " ".join(word.capitalize() for word in line.split())
    return None
