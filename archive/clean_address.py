"""The address the page was published at, where the page itself prints it.

An archive cites its articles by their original address. A saved page names
it in its markup (`<link rel="canonical">`, `og:url`: clean_html reads it);
a page dump rarely holds it, but some print it as a line of its own: the
Hearst papers right over the headline, the BBC under its "Copy this link"
prompt. A line that is an address is taken only there, or where its path
spells the headline ("/New-SUVs-and-electric-vehicles-highlight-L-A-1484.php"
under "New SUVs and electric vehicles highlight L.A. Auto Show"): the other
addresses of a page are its links to other pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ADDRESS = re.compile(r"https?://[^\s/<>\"'`]+\.[^\s/<>\"'`]+(?:/[^\s<>\"'`]*)?", re.IGNORECASE)
_COPY_PROMPTS = ("copy this link", "copy link", "copy the link", "share this link", "permalink")
_WORD = re.compile(r"[^\W_]+")
# How many of the headline's words (of 3 letters or more) the address's path must spell.
_HEADLINE_WORDS_IN_PATH = 3
_MIN_WORD_LETTERS = 3


def web_address(text: str | None) -> str | None:
    """`text` if it is a web address (http or https) and nothing else, else None."""
    text = (text or "").strip()
    return text if _ADDRESS.fullmatch(text) else None


def printed_address(lines: Sequence[str], title: int | None) -> str | None:
    """The page's own address among `lines` (the dump's lines; `title` the index of its
    headline), or None."""
    headline_words = _words(lines[title]) if title is not None else set()
    for index, line in enumerate(lines):
        address = web_address(line) if "://" in line else None
        if address is None:
            continue
        over_headline = title is not None and index == title - 1
        under_prompt = index > 0 and lines[index - 1].strip().casefold() in _COPY_PROMPTS
        path = address.split("/", 3)[3] if address.count("/") >= 3 else ""
        spelled = len(headline_words & _words(path)) >= _HEADLINE_WORDS_IN_PATH
        if over_headline or under_prompt or spelled:
            return address
    return None


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.casefold()) if len(word) >= _MIN_WORD_LETTERS}
