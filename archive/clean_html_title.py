"""A saved page's headline, read from its markup: markup title, page -> headline.

The markup's title (og:title, else <title> or the only <h1>) is the headline a
page gives machines, but sites often add their own name, a slogan or a trail of
sections to it: "Ministers meet to mend ties | Daily Planet", "Daily Planet |
News you can trust: Ministers meet ...", "... » World » News » Daily Planet",
"...-新华网". The title is split at the separators sites put there, and
`headline_from_markup` keeps, in order:
1. the run of pieces the page prints as its headline: an <h1>, or the headline
   the page-dump cleaner read from the text;
2. when a piece names the site (its metadata name, its domain, the outlet its
   text names), the longest other piece, with its neighbours unless they are
   short section labels, and nothing past the site's name.
With no piece naming the site the title stays whole: a headline may have a dash
in it ("Man, 45, dies - police") and a colon is never cut ("Analysis: ...").

What the page prints over its text has the last word on two cuts:
- a markup title that is only part of the headline the page prints, in its <h1>
  and as the text's headline, was cut short for a social card ("... three
  reporters bailed" for "Charged with sedition, three reporters bailed"): the
  printed headline is whole;
- a note in brackets that ends the markup title, after the printed headline
  ("... (Photo: Reuters)", "... (VIDEO)"), is the card's, not the headline's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

from .text import CJK_CHARACTERS

# Chinese, Japanese and Korean: a site's name in them is short.
_CJK = CJK_CHARACTERS + "\uac00-\ud7af"
# " | ", " - ", " -- ", " – ", " — ", " » ", " · ", " :: ", "｜"; and a dash with no
# space between a CJK headline and a short CJK name that ends the title, always a
# site's ("...保障临床用药需求-新华网"; "日韩-中国" is a headline).
_SPACED = r"\s+(?:\||--?|[–—»·]|::)\s+|\s*｜\s*"
_SEPARATOR = re.compile(rf"{_SPACED}|(?P<cjk_site>(?<=[{_CJK}]{{4}})[-–—－](?=[{_CJK}]{{2,8}}$))")
# The site's name as the metadata gives it, at either end of the title; before the
# headline a colon may part them too ("Daily Planet: Ministers meet to mend ties").
_AFTER_NAME = rf"(?:{_SPACED}|\s*:\s+)"
_BEFORE_NAME = rf"(?:{_SPACED})"
# A section label of a breadcrumb ("Local", "Auto News"): a few words, none of them
# lower case (a headline's piece has its small words).
_LABEL_WORDS = 3
_LABEL_CHARACTERS = 24
_MIN_NAME_PART = 4  # "News" in "Yonhap News Agency"; shorter parts match by chance
# Parts of a host name that name no site: "www.example.co.uk" names "example".
_HOST_SUFFIXES = frozenset({"www", "m", "co", "com", "org", "net", "gov", "ac", "edu", "ne"})
_HOST_SUFFIX = re.compile(r"(?<=\w)(?:\.[a-z]{2,6})+\b")
_WORD = re.compile(r"\w+")
# A note in brackets, Latin or full width, that ends a title: "(Photo: Reuters)", "（写真）".
_END_NOTE = re.compile(r"\s*[(（\[【][^()（）\[\]【】]*[)）\]】]\s*$")
_QUOTES = str.maketrans(dict.fromkeys("‘’‚‛′`", "'") | dict.fromkeys("“”„‟″", '"'))
_DASHES = re.compile(r"[‐‑‒–—―－]")
_SPACES = re.compile(r"\s+")


def headline_from_markup(
    marked: str | None, root: HtmlElement, headline: str, site_names: Iterable[str | None]
) -> str:
    """The page's headline: the markup's title without the site's name or section trail.

    `headline` is the one the page-dump cleaner read from the text; `site_names` what
    the page says the site is called (metadata name, host name, outlet).
    """
    if marked is None:
        return headline
    if _is_site_logo(marked, root, headline):
        return headline
    h1_texts = _h1_texts(root)
    printed = {comparable_title(text) for text in (*h1_texts, headline) if text}
    names = [name.strip() for name in site_names if name and name.strip()]
    pieces = _pieces(marked, names)
    if len(pieces) == 1:
        title = marked
    else:
        title = _printed_run(marked, pieces, printed) or _without_site_pieces(
            marked, pieces, _site_keys(names)
        )
    if _is_cut_from(title, headline, h1_texts):
        return headline
    return _without_note(title, printed)


def _is_cut_from(title: str, headline: str, h1_texts: Sequence[str]) -> bool:
    """Whether the title is part of the headline the page prints, cut short.

    The headline counts as printed when an <h1> states it too; one with a separator in
    it may hold the site's name, which a title rightly leaves out ("Daily Planet -
    Ministers meet").
    """
    whole, part = comparable_title(headline), comparable_title(title)
    return (
        bool(part)
        and part in whole
        and part != whole
        and any(comparable_title(text) == whole for text in h1_texts)
        and not _SEPARATOR.search(headline)
    )


def _without_note(title: str, printed: set[str]) -> str:
    """The title without the note in brackets that ends it, when the page prints the rest
    as its headline: "Ministers meet (Photo: Reuters)" over "Ministers meet"."""
    note = _END_NOTE.search(title)
    if note and note.start() and comparable_title(title[: note.start()]) in printed:
        return title[: note.start()].rstrip()
    return title


def _is_site_logo(marked: str, root: HtmlElement, headline: str) -> bool:
    """Whether the markup's headline is the site's logo, not the article's headline.

    With no og:title, trafilatura takes a page's only <h1>, and that may be the site's
    logo: "Daily Planet" over the headline, in a page titled "Ministers meet to mend ties
    | Daily Planet". When the page's <title> is mostly the headline read from the text
    (half its words or more), and the markup's headline shares none of those words, the
    markup names the site, not the article.
    """
    page_title = _words(root.findtext(".//title") or "")
    confirmed = _words(headline) & page_title
    return (
        bool(page_title)
        and 2 * len(confirmed) >= len(page_title)
        and not (_words(marked) & confirmed)
    )


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _h1_texts(root: HtmlElement) -> list[str]:
    """Each <h1>'s text, and its lines when it has more than one: the author's name may
    stand in it under the headline, after a <br>."""
    texts = []
    for h1 in root.iter("h1"):
        lines = [" ".join(line.split()) for line in _text_with_breaks(h1).split("\n")]
        lines = [line for line in lines if line]
        texts.append(" ".join(lines))
        if len(lines) > 1:
            texts += lines
    return texts


def _text_with_breaks(element: HtmlElement) -> str:
    """The element's text, with a line break for each <br> only (the markup's own are
    spaces); comments left out."""
    parts = [_SPACES.sub(" ", element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "br" else _text_with_breaks(child))
        parts.append(_SPACES.sub(" ", child.tail or ""))
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Piece:
    """A piece of the title between separators: its span, and whether it is surely the site's."""

    start: int
    end: int
    site: bool = False


def _pieces(title: str, site_names: Sequence[str]) -> list[_Piece]:
    """The title's pieces between separators; a name of the site at either end is one piece.

    The name is taken whole, with the separators or the slogan it holds ("Daily Planet |
    Your world, daily: Ministers meet ...").
    """
    before = _site_name_at(title, site_names, rf"^(?P<name>{{}}){_AFTER_NAME}(?=\S)")
    after = _site_name_at(title, site_names, rf"(?<=\S){_BEFORE_NAME}(?P<name>{{}})$")
    first = before.end() if before else 0
    if after and after.start() <= first:
        after = None  # the name is the whole title, or both ends of it
    last = after.start() if after else len(title)
    pieces = [_Piece(0, before.end("name"), site=True)] if before else []
    start, site = first, False
    for separator in _SEPARATOR.finditer(title, first, last):
        pieces.append(_Piece(start, separator.start()))
        start, site = separator.end(), bool(separator["cjk_site"])
    pieces.append(_Piece(start, last, site))
    if after:
        pieces.append(_Piece(after.start("name"), len(title), site=True))
    return pieces


def _site_name_at(title: str, site_names: Sequence[str], pattern: str) -> re.Match[str] | None:
    for name in site_names:
        if match := re.search(pattern.format(re.escape(name)), title, re.IGNORECASE):
            return match
    return None


def _printed_run(title: str, pieces: Sequence[_Piece], printed: set[str]) -> str | None:
    """The run of pieces the page prints as its headline, if it is the title's main part.

    The run must be as long as any other piece it leaves out: a page may print a
    section's name in an <h1> too.
    """
    for length in range(len(pieces), 0, -1):
        for first in range(len(pieces) - length + 1):
            run = title[pieces[first].start : pieces[first + length - 1].end]
            left_out = (
                piece.end - piece.start
                for piece in (*pieces[:first], *pieces[first + length :])
                if not piece.site
            )
            if comparable_title(run) in printed and len(run) >= max(left_out, default=0):
                return run
    return None


def _without_site_pieces(title: str, pieces: Sequence[_Piece], site_keys: set[str]) -> str:
    """The title without the pieces that name the site, and the section labels beside them.

    The headline is the longest piece that is not the site's, with its neighbours up to
    a piece naming the site, less short section labels; with no piece naming the site,
    the whole title.
    """
    texts = [title[piece.start : piece.end] for piece in pieces]
    is_site = [
        piece.site or _names_site(text, site_keys)
        for piece, text in zip(pieces, texts, strict=True)
    ]
    if not any(is_site) or all(is_site):
        return title
    others = [index for index in range(len(pieces)) if not is_site[index]]
    core = max(others, key=lambda index: len(texts[index]))
    first = last = core
    while first > 0 and not is_site[first - 1] and not _is_label(texts[first - 1]):
        first -= 1
    while last < len(pieces) - 1 and not is_site[last + 1] and not _is_label(texts[last + 1]):
        last += 1
    return title[pieces[first].start : pieces[last].end]


def _site_keys(names: Sequence[str]) -> set[str]:
    """The site's names, squashed ("The Hill" -> "thehill"), with its host's own labels."""
    keys: set[str] = set()
    for name in names:
        if "." in name and " " not in name:  # a host name: "news.example.co.uk"
            labels = name.casefold().split(".")[:-1]
            keys.update(label for label in labels if label not in _HOST_SUFFIXES)
        keys.add(_squashed(_without_host_suffix(name)))
    return {key for key in keys if key}


def _without_host_suffix(name: str) -> str:
    """ "Example.co.uk" -> "Example", "www.example.com" -> "example"."""
    return _HOST_SUFFIX.sub("", name.removeprefix("www."))


def _names_site(piece: str, site_keys: set[str]) -> bool:
    """Whether a piece of the title is the site's name, alone or with a section label.

    "CNN Politics", "Example.com", "RT World News": the name and a label; "BBC star
    quits" is a headline that names the site.
    """
    words = _WORD.findall(_without_host_suffix(piece))
    squashed = "".join(words).casefold()
    if len(squashed) >= _MIN_NAME_PART and any(squashed in key for key in site_keys):
        return True  # the name or part of it: "News" in "Yonhap News Agency"
    return any(
        "".join(words[start:end]).casefold() in site_keys
        and _is_label(" ".join(words[:start] + words[end:]))
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    )


def _is_label(piece: str) -> bool:
    """A breadcrumb's section label: "Local", "Auto News", not "police" or a headline."""
    words = piece.split()
    return (
        len(words) <= _LABEL_WORDS
        and len(piece) <= _LABEL_CHARACTERS
        and not any(word[0].islower() for word in words)
    )


def _squashed(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def comparable_title(text: str) -> str:
    """The text compared as a headline: case, spaces, quotes and dashes aside."""
    text = _DASHES.sub("-", text.translate(_QUOTES).casefold())
    return _SPACES.sub(" ", text).strip()
