"""A rendered page -> the search document Pagefind is sent in its place.

The document keeps, verbatim, what Pagefind reads of the page (the marked
elements), not the provenance tables, lists and hover cards around them,
which are most of a page's bytes; in the indexed text, Chinese and Japanese
characters are set apart as words. `search.py` writes the documents and has
Pagefind index them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import CJK_CHARACTERS

# What Pagefind reads of a page ------------------------------------------------
#
# Pagefind indexes the text of the `data-pagefind-body` elements and takes
# filters, sort keys and metadata from `data-pagefind-*` elements anywhere on
# the page; by default the title is the first <h1> (or else the <title>) and
# the image the first <img> after the title. Everything else it parses and
# throws away: four fifths of an article page (the provenance table, the
# side lists, the hover cards) and nearly all of an entity page (its lists
# of articles). `search_document` keeps, verbatim and in page order, each
# outermost element with a `data-pagefind-*` attribute, every other <h1> and
# <img>, and the first <title>, inside the page's own <html> tag: Pagefind
# reads the same body text, filters, sort keys and metadata from it as from
# the whole page (tests/test_search_document.py holds it to that). The links
# of the names in the body are sent as their text.
# The pages are this site's own templates' output, which write tag and
# attribute names in lower case and close every element they open; a page
# that does not read that way is sent whole.

SEARCH_MARKS = (b"data-pagefind-", b"<h1", b"<img", b"<title")
DEFAULT_TAGS = frozenset({b"h1", b"img", b"title"})
VOID_TAGS = frozenset(b"area base br col embed hr img input link meta source track wbr".split())
_ATTRIBUTES = rb"""(?:[^>"']|"[^"]*"|'[^']*')*"""
START_TAG = re.compile(rb"<([A-Za-z][A-Za-z0-9-]*)" + _ATTRIBUTES + rb">")
HTML_TAG = re.compile(rb"<html(?=[\s>])" + _ATTRIBUTES + rb">", re.IGNORECASE)
# A mention in an article's text (render_text._mention_element), which Pagefind
# reads as its text alone: sent as that text, the body is half the bytes, and
# Pagefind's index and fragments are the same.
MENTION_ELEMENT = re.compile(rb'<(a|span)(?: href="[^"]*")? class="mention[ "][^>]*>([^<]*)</\1>')


def search_document(page: bytes) -> str:
    """The parts of a rendered page that Pagefind reads, as a small HTML document."""
    html_tag = HTML_TAG.search(page)
    if html_tag is None:
        return page.decode("utf-8")
    pieces = [html_tag.group(0)]
    position = html_tag.end()
    upcoming = {mark: page.find(mark, position) for mark in SEARCH_MARKS}
    while (found := min((at for at in upcoming.values() if at >= 0), default=-1)) >= 0:
        start = found if page[found] == ord("<") else page.rfind(b"<", position, found)
        tag = START_TAG.match(page, start) if start >= 0 else None
        name = tag.group(1).lower() if tag is not None else b""
        if tag is None or tag.end() <= found or (found == start and name not in DEFAULT_TAGS):
            position = found + 1  # the mark is text, or a longer tag name such as <h1x>
        else:
            end = _element_end(page, name, tag)
            if end is None:
                return page.decode("utf-8")
            piece = page[start:end]
            if b"data-pagefind-body" in tag.group(0):
                piece = _ideographs_apart(MENTION_ELEMENT.sub(rb"\2", piece))
            pieces.append(piece)
            position = end
            if name == b"title":
                # Only the first <title> is ever read (the SVG on an entity page has its own).
                upcoming[b"<title"] = -1
        for mark, at in upcoming.items():
            if 0 <= at < position:
                upcoming[mark] = page.find(mark, position)
    pieces.append(b"</html>")
    return b"".join(pieces).decode("utf-8")


def _element_end(page: bytes, name: bytes, start_tag: re.Match[bytes]) -> int | None:
    """Where the element opened by `start_tag` ends; None if it is never closed."""
    if name in VOID_TAGS or start_tag.group(0).endswith(b"/>"):
        return start_tag.end()
    depth, position = 1, start_tag.end()
    tags = _same_name_tags(name)
    while depth and (tag := tags.search(page, position)) is not None:
        depth += -1 if tag.group(1) else 1
        position = tag.end()
    return position if depth == 0 else None


# Chinese and Japanese are written without spaces between words, and Pagefind
# (which indexes this site as English) reads a run of them, up to the next
# punctuation mark, as one word: a search for a word inside the run would find
# nothing. So in the text Pagefind indexes each such character is a word of its
# own; the search page (layouts/static/search.js) splits a query the same way,
# and takes the spaces out again in the excerpts it shows.
IDEOGRAPH_PAIR = re.compile(f"([{CJK_CHARACTERS}])(?=[{CJK_CHARACTERS}])")
# The first byte of each of those characters in UTF-8: pages without one are not decoded.
IDEOGRAPH_LEAD_BYTE = re.compile(rb"[\xe3-\xe9\xef]")
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)" + _ATTRIBUTES.decode() + r">")
# Elements whose text Pagefind keeps as a value (a filter, a field of a result):
# their text stays as written.
VALUE_ATTRIBUTES = ("data-pagefind-filter", "data-pagefind-meta")


def _ideographs_apart(element: bytes) -> bytes:
    """The body `element` with a space between any two Chinese or Japanese characters
    of its text: not in its tags, nor in the filter and metadata values inside it."""
    if IDEOGRAPH_LEAD_BYTE.search(element) is None:
        return element
    html = element.decode("utf-8")
    if IDEOGRAPH_PAIR.search(html) is None:
        return element
    parts, position = [], 0
    open_elements: list[tuple[str, bool]] = []  # (name, holds a value)
    for tag in TAG.finditer(html):
        text = html[position : tag.start()]
        holds_value = any(value for _, value in open_elements)
        parts.append(text if holds_value else IDEOGRAPH_PAIR.sub(r"\1 ", text))
        parts.append(tag.group(0))
        position = tag.end()
        name = tag.group(2).lower()
        if tag.group(1):
            while open_elements and open_elements.pop()[0] != name:
                pass  # an element left open inside the one now closed
        elif name.encode() not in VOID_TAGS and not tag.group(0).endswith("/>"):
            open_elements.append((name, any(value in tag.group(0) for value in VALUE_ATTRIBUTES)))
    parts.append(html[position:])
    return "".join(parts).encode("utf-8")


@lru_cache(maxsize=64)
def _same_name_tags(name: bytes) -> re.Pattern[bytes]:
    pattern = rb"<(/?)" + re.escape(name) + rb"(?=[\s/>])" + _ATTRIBUTES + rb">"
    return re.compile(pattern, re.IGNORECASE)
