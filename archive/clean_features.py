"""The features the page-dump cleaner reads off each line.

A line of a page dump is measured once (`measure_page`) into `LineFeatures`:
its length and sentence shape, stop-word density, title case, lower-case
share, furniture phrases and legal small print (`clean_words.find_furniture`),
clocks and date lines, bylines, author-biography headings, tables, numbered list
items and amounts, quote attributions, headlines in capitals, script, and whether
the archive has seen the line on the pages of other stories
(`furniture.learn_furniture`); the figures a line states (amounts in a unit,
prices) are read when asked. `clean_signals` weighs the features.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .clean_dates import find_clock, is_date_line
from .clean_words import (
    ARTICLE_END_PHRASES,
    BYLINE_LABELS,
    BYLINE_WORDS,
    FIGURE_UNITS,
    PRICE_TAG_WORDS,
    STOP_WORDS,
    find_furniture,
)
from .furniture import normalise_line
from .text import CJK_CHARACTERS as CJK

# A line in another script than the page's is an interface string ("Аккаунт", "阅读简体中文版")
# up to this many words; a longer one is text the article quotes (a verse, a tweet).
OTHER_SCRIPT_MAX_WORDS = 6
# "News / China / More": a trail of short items between separators.
_TRAIL = re.compile(r"^(?:[^/|›»>]{1,30}\s(?:/|\||›|»|>)\s){1,}[^/|›»>]{1,30}$")
_URL = re.compile(r"https?://|www\.\w|\.(?:com|org|net|co\.uk)/", re.IGNORECASE)
# a word starts with a letter (a word character that is not a digit or "_": written this
# way the pattern runs faster than with the class [^\W\d_])
_WORD = re.compile(r"(?:(?![\d_])\w)[\w'’-]*")
# Scripts written without spaces between words: Chinese and Japanese (kanji and kana),
# and Thai, Lao, Tibetan, Myanmar and Khmer; their pages read words with `_UNSPACED_WORD`.
_SOUTH_EAST_ASIAN = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff"
_FIRST_CJK = "\u3040"  # the stop words from here on are Chinese and Japanese
# (as `script_of` names them)
UNSPACED_SCRIPTS = frozenset(("cjk", "thai", "lao", "tibetan", "myanmar", "khmer"))
_CASED_SCRIPTS = frozenset(("latin", "greek", "cyrillic", "armenian"))
# Characters go two by two (a Chinese word is about two characters long), four by four in
# the scripts of South-East Asia (longer syllables); a word of a spaced script ends where
# one of them begins. A pair holding a function character counts as a function word.
_FUNCTION_CHARACTERS = frozenset(word for word in STOP_WORDS if word >= _FIRST_CJK)
_UNSPACED_WORD = re.compile(
    f"[{CJK}]{{1,2}}"
    f"|[{_SOUTH_EAST_ASIAN}]{{1,4}}"
    f"|(?:(?![\\d_{CJK}{_SOUTH_EAST_ASIAN}])\\w)(?:(?![{CJK}{_SOUTH_EAST_ASIAN}])[\\w'’-])*"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")
# A byline opens with a word or a label of `clean_words` ("By", "Author:"), then the
# author's name.
_BYLINE_OPENING = rf"^(?:(?i:{'|'.join(BYLINE_WORDS)})\s+|(?i:{'|'.join(BYLINE_LABELS)})\s*:\s*)"
_BYLINE_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(_BYLINE_OPENING + _BYLINE_NAME + r"(?:\s*(?:,|and|&)\s*.*)?$")
_BYLINE_MAX_WORDS = 10
# "By Jane Doe | November 18, 2019 -- 19:14 GMT | Topic: Hardware": a byline with details.
_BYLINE_WITH_DETAILS = re.compile(_BYLINE_OPENING + _BYLINE_NAME + r"\s*[|•·]")
# "By Jane Doe, John Roe, Jim Poe and Ann Moe, CNN": a byline of several names and nothing
# else, as long as one with details.
_BYLINE_OF_NAMES = re.compile(
    _BYLINE_OPENING + _BYLINE_NAME + rf"(?:\s*(?:,|\band\b|&)\s*(?:and\s+)?{_BYLINE_NAME})+\s*$"
)
# A label says it is a byline whatever letters the name is written in, with the author's
# post after it ("Autor: Łukasz Nowak (Korespondent)"); the name opens with a capital.
_LABELLED_BYLINE = re.compile(rf"^(?i:{'|'.join(BYLINE_LABELS)})\s*:\s*(?P<initial>\w)")
_BYLINE_INITIALS = frozenset(
    initial for word in BYLINE_WORDS + BYLINE_LABELS for initial in (word[0], word[0].upper())
)
_BYLINE_WITH_DETAILS_MAX_WORDS = 25
# "About Jane Doe", "About the author": the author's biography follows, the article is over.
_AUTHOR_WORDS = frozenset(
    "author authors autor autora auteur l'auteur autorin auteurs l'autore autore".split()
)
_AUTHOR_BIO = re.compile(
    r"^(?:(?:About|ABOUT|Sobre|Über|À propos de|A propos de|Acerca de)\s+"
    r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}"
    r"|(?i:about the authors?|sobre o autor|sobre el autor|à propos de l'auteur"
    r"|über den autor|über die autorin|over de auteur|sull'autore))\s*$"
)
_NUMBERED_ITEM = re.compile(r"^(\d{1,2})[.)]\s+\S")
# An amount and what it measures, in lower case: "8-9 ripe pears", "1 1/2 cups honey",
# "½ cup feta", "30 minutes before bed"; a headline or a menu writes on in capitals.
_FRACTIONS = "½⅓⅔¼¾⅛"
_AMOUNT = re.compile(rf"[\d{_FRACTIONS}][\d{_FRACTIONS}.,/ –-]*\s")
_AMOUNT_ITEM_MAX_WORDS = 20
# A price is a figure on a line of this many words at most (`clean_words.FIGURE_UNITS`).
PRICE_LINE_MAX_WORDS = 3
_CURRENCIES = "$£€¥₩₹₽"
_NUMBER = rf"(?:\d+(?:[.,]\d+)*(?:\s?[–-]\s?\d+(?:[.,]\d+)*)?|\d*\s?[{_FRACTIONS}]|\d+/\d+)"
# "13 hours ago" ("il y a 13 heures", "vor 13 Stunden", "13 ore fa") and "3 min read" date
# and time a teaser of another story: no figure.
_AMOUNT_IN_UNIT = re.compile(
    r"(?<![\w.,/:-])(?<!il y a )(?<!hace )(?<!vor )"
    rf"{_NUMBER}\s?(?:{'|'.join(FIGURE_UNITS)})\b(?!\s(?:ago|read|fa)\b)"
)
PRICE = re.compile(rf"[{_CURRENCIES}]\s?\d|\d\s?[{_CURRENCIES}]")
# A telephone number, alone or under a label of a word or two ("Inquiry: 02-751-1500",
# "Tel. +1 (212) 555-0100"): three groups of digits or more, seven digits or more; where
# a show or an event is listed, its box office's number is one of its details.
_TELEPHONE = re.compile(
    r"(?:[^\W\d_]+\.?:?\s+){0,2}\+?(?:\(\d{1,4}\)\s?)?\d{1,5}(?:[\s-]\(?\d{1,5}\)?){2,5}"
)
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
TELEPHONE_MIN_DIGITS = 7
# A cheap first look for an amount in a unit: the words that follow numbers.
_WORD_AFTER_NUMBER = re.compile(rf"[\d{_FRACTIONS}][\d{_FRACTIONS}.,/–-]*\s?([^\W\d_]+)")
_FIGURE_UNITS = frozenset(FIGURE_UNITS)
_DIGIT = re.compile(r"\d")
_SHORT_LINE_WORDS = 12
_SHOUTED_MIN_WORDS = 8
_ATTRIBUTION_MAX_WORDS = 6
# A sentence ends with . ! ? or an ellipsis, possibly inside closing quotes or brackets, or
# with the full stop or question mark of another script: Chinese and Japanese "。！？", the
# danda of the scripts of India "।", Myanmar "။", Khmer "។", Tibetan "།", Arabic "؟".
_SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？", "।", "။", "។", "།", "؟")
_CLOSING_MARKS = "\"'”’»)]」』）"
# Emoji (pictographs, dingbats, their variation selectors and joiners) closing a line.
_TRAILING_EMOJI = re.compile("[ \u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")

# Scripts by code-point range (start of each range, name); enough to tell a
# Cyrillic UI string on an English page, or a Latin menu on a Chinese one.
_SCRIPT_STARTS = (
    (0x0000, "latin"),
    (0x0370, "greek"),
    (0x0400, "cyrillic"),
    (0x0530, "armenian"),
    (0x0590, "hebrew"),
    (0x0600, "arabic"),
    (0x0900, "indic"),
    (0x0E00, "thai"),
    (0x0E80, "lao"),
    (0x0F00, "tibetan"),
    (0x1000, "myanmar"),
    (0x10A0, "georgian"),
    (0x1100, "hangul"),
    (0x1200, "other"),
    (0x1780, "khmer"),
    (0x1800, "other"),
    (0x1E00, "latin"),
    (0x1F00, "greek"),
    (0x2000, "other"),
    (0x3040, "cjk"),  # Japanese writes kana and kanji together
    (0xAC00, "hangul"),
    (0xD7B0, "other"),
    (0xFB00, "latin"),
    (0xFB50, "arabic"),
    (0xFE00, "other"),
)
_SCRIPT_KEYS = [start for start, _ in _SCRIPT_STARTS]
_INITIAL = operator.itemgetter(0)  # of a word


# Not frozen: one is built for every line of every page, and a frozen dataclass is
# several times slower to build; nothing changes it once measure_line returns it.
@dataclass(slots=True)
class LineFeatures:
    """What the cleaner measures on one non-blank line."""

    text: str
    words: int
    stop_share: float  # share of words that are function words
    ends_sentence: bool
    furniture: str  # the furniture phrase found, or ""
    article_end: bool  # furniture that closes an article ("Comments", "Related stories")
    navigation_trail: bool
    has_url: bool
    letters: int
    script: str
    other_script: bool  # written in another script than most of the page
    repeats: int  # how many lines of the page have exactly this text
    table_row: bool  # cells separated by tabs: a row of a table in the text
    item_number: int  # 2 for "2) ..." or "2. ...": an item of a list the text numbers; else 0
    amount_item: bool  # "1/2 tsp ground cloves": an amount of something, an item of a list
    clock: bool  # the line is only a date and a time: the page's clock
    date_line: bool  # a short line stating a date ("Updated Nov. 20, 2019")
    byline: bool  # "By Jane Doe", "Tom Krisher, AP Auto Writer"
    author_bio: bool  # "About Jane Doe": the heading of the author's biography
    shouted_headline: bool  # a long line in capitals that is not a sentence
    attribution: bool  # "— Jane Doe": who said the quote above
    # the line's words and which of them are function words, for the shares below
    word_list: list[str]
    stop_flags: list[bool]
    recurring: bool = False  # recurs on the pages of other stories of the archive

    # The shares of words by their initial are worked out when asked: few lines need them
    # (short lines, lines near the headline, sentences with few function words), and the
    # words of the long lines that do not are most of the words of a page.
    @property
    def title_case_share(self) -> float:
        """Share of content words that start with a capital."""
        content = self.words - sum(self.stop_flags)
        if not content:
            return 0.0
        initials = map(_INITIAL, self.word_list)
        # a capital initial counts only on a content word (True > False)
        return sum(map(operator.gt, map(str.isupper, initials), self.stop_flags)) / content

    @property
    def lower_share(self) -> float:
        """Share of words not capitalised: prose in any language written in two cases. A
        script without capitals (Arabic, Chinese) counts as lower case: its prose is then
        told from its menus by length and punctuation alone, as a heading is by its end."""
        if not self.words:
            return 0.0
        initials = map(_INITIAL, self.word_list)
        return 1.0 - sum(map(str.isupper, initials)) / self.words

    @property
    def states_figure(self) -> bool:
        """Whether the line states an amount in a unit, a price or a telephone number
        (`figure`)."""
        return bool(self.figure)

    @property
    def figure(self) -> str:
        """The kind of figure the line states: "price", "telephone", "amount" (in one of
        `FIGURE_UNITS`), or ""; asked of few lines (those under an article's text, short
        lines in it)."""
        text = self.text
        if _DIGIT.search(text) is None:
            return ""
        if self.words <= PRICE_LINE_MAX_WORDS:
            if self.words and PRICE.search(text):
                tag = PRICE_TAG_WORDS.issuperset(map(str.lower, self.word_list))
                return "" if tag else "price"
            if _is_telephone(text):
                return "telephone"
        if _FIGURE_UNITS.isdisjoint(_WORD_AFTER_NUMBER.findall(text)):
            return ""  # most lines with numbers: dates, scores, "2019 Audi e-tron"
        return "amount" if _AMOUNT_IN_UNIT.search(text) is not None else ""


def _is_telephone(text: str) -> bool:
    return (
        _TELEPHONE.fullmatch(text) is not None
        and sum(map(str.isdigit, text)) >= TELEPHONE_MIN_DIGITS
        and _ISO_DAY.search(text) is None
    )


def script_of(char: str) -> str:
    return _SCRIPT_STARTS[bisect.bisect_right(_SCRIPT_KEYS, ord(char)) - 1][1]


def line_script(text: str, letters: int, latin_page: bool = False) -> tuple[str, int]:
    """The script most letters of a line are written in, and (about) how many letters it has.

    `letters`: the length of the line's words together; `latin_page`: the line's page has
    no letter outside the Latin script.
    """
    if not letters:
        return "", 0
    if latin_page or text.isascii():
        return "latin", letters
    others = _NON_LATIN_LETTER.findall(text)
    if not others:
        return "latin", letters
    # Lines mix scripts rarely; the first letter outside Latin names the other script.
    if 2 * len(others) > letters:
        return script_of(others[0]), letters
    return "latin", letters


def _has_script(text: str, script: str) -> bool:
    """Whether the text holds a letter of this script."""
    if script == "latin":
        return _LATIN_LETTER.search(text) is not None
    return any(script_of(char) == script for char in _NON_LATIN_LETTER.findall(text))


def _item_number(text: str) -> int:
    match = _NUMBERED_ITEM.match(text)
    return int(match[1]) if match else 0


def _is_byline(text: str, count: int) -> bool:
    """ "By Jane Doe", "Author: Jane Doe", either with details ("By Jane Doe | Nov 18"), or a
    long list of names."""
    if count <= _BYLINE_MAX_WORDS:
        if _BYLINE.match(text) is not None:
            return True
        labelled = _LABELLED_BYLINE.match(text)
        if labelled is not None and labelled["initial"].isupper():
            return True
    return count <= _BYLINE_WITH_DETAILS_MAX_WORDS and (
        _BYLINE_WITH_DETAILS.match(text) is not None or _BYLINE_OF_NAMES.match(text) is not None
    )


def _is_amount_item(text: str) -> bool:
    amount = _AMOUNT.match(text)
    return amount is not None and text[amount.end() : amount.end() + 1].islower()


def ends_sentence(text: str) -> bool:
    """Whether the line ends with . ! ? or an ellipsis, possibly inside closing quotes or
    brackets (tested from the end: a pattern search would scan the whole line)."""
    stripped = text.rstrip().rstrip(_CLOSING_MARKS)
    if stripped.endswith(_SENTENCE_MARKS):
        return True
    # a sentence signed off with an emoji ("See you soon! 🙂"): the mark stands before it
    if stripped and not stripped[-1].isascii() and _TRAILING_EMOJI.search(stripped):
        return _TRAILING_EMOJI.sub("", stripped).rstrip(_CLOSING_MARKS).endswith(_SENTENCE_MARKS)
    return False


def measure_line(
    text: str,
    words: list[str],
    page_script: str,
    repeats: int,
    script: tuple[str, int],
    is_stop_word: Callable[[str], bool] = STOP_WORDS.__contains__,
) -> LineFeatures:
    count = len(words)
    lowered = list(map(str.lower, words))
    is_stop = list(map(is_stop_word, lowered))
    script_name, letters = script
    sentence = ends_sentence(text)
    furniture = find_furniture(lowered, sentence)
    first = text[:1]
    # The shape of a short line (clock, date, byline, trail) is only worth testing on short lines.
    short = count <= _SHORT_LINE_WORDS
    author_bio = 2 <= count <= 4 and first in "AaSsÜüÀàOo" and _AUTHOR_BIO.match(text) is not None
    # (positional arguments, in the order of the fields: this runs for every line of every page)
    return LineFeatures(
        text,
        count,
        sum(is_stop) / count if count else 0.0,  # stop_share
        sentence,
        furniture,
        furniture in ARTICLE_END_PHRASES or author_bio,  # article_end
        # navigation_trail (a trail holds a separator: a cheap first test)
        short
        and ("/" in text or "|" in text or "›" in text or "»" in text or ">" in text)
        and _TRAIL.match(text) is not None,
        # has_url
        ("//" in text or "www" in text or ".co" in text or ".org/" in text or ".net/" in text)
        and _URL.search(text) is not None,
        letters,
        script_name,
        # other_script: a line that mixes in the page's own script ("Аккаунт: @name") is not
        letters >= 3
        and count <= OTHER_SCRIPT_MAX_WORDS
        and script_name != page_script
        and bool(page_script)
        and not _has_script(text, page_script),
        repeats,
        text.count("\t") >= 2,  # table_row
        _item_number(text) if first.isdigit() else 0,
        # amount_item
        count <= _AMOUNT_ITEM_MAX_WORDS
        and (first.isdigit() or first in _FRACTIONS)
        and _is_amount_item(text),
        short and first.isdigit() and find_clock(text) is not None,  # clock
        # date_line; "— Jane Doe (@janedoe) November 18, 2019" signs a post the article quotes
        # (a year, or the time of a labelled line without one: "Posted Nov 18, 8:15 PM")
        short
        and ("19" in text or "20" in text or ":" in text)
        and "(@" not in text
        and is_date_line(text),
        # byline
        first in _BYLINE_INITIALS and _is_byline(text, count),
        author_bio,
        # shouted_headline (in a script with capitals: "ผล DNA ยืนยัน" is not in capitals)
        count >= _SHOUTED_MIN_WORDS
        and not sentence
        and script_name in _CASED_SCRIPTS
        and text.isupper(),
        first in "–—" and count <= _ATTRIBUTION_MAX_WORDS,  # attribution
        words,
        is_stop,
    )


def _is_stop_word_of_unspaced_page(word: str) -> bool:
    if word[0] < _FIRST_CJK:
        return word in STOP_WORDS
    return not _FUNCTION_CHARACTERS.isdisjoint(word)


def measure_page(texts: list[str], furniture: frozenset[str] = frozenset()) -> list[LineFeatures]:
    """Measure every non-blank line (stripped text) of a page.

    A text the page repeats (menus printed twice) is measured once. `furniture`
    holds the normalised lines that recur on other pages of the archive.
    """
    counts = Counter(texts)
    words = {text: _WORD.findall(text) for text in counts}
    # one search of the whole page spares looking for other scripts line by line
    latin_page = _NON_LATIN_LETTER.search("\n".join(counts)) is None
    scripts = {text: line_script(text, sum(map(len, words[text])), latin_page) for text in counts}
    script_letters: Counter[str] = Counter()
    for text, (script, letters) in scripts.items():
        if script:
            script_letters[script] += letters * counts[text]
    page_script = (
        max(sorted(script_letters), key=script_letters.__getitem__) if script_letters else ""
    )
    is_stop_word: Callable[[str], bool] = STOP_WORDS.__contains__
    if page_script in UNSPACED_SCRIPTS:
        words = {text: _UNSPACED_WORD.findall(text) for text in counts}
        is_stop_word = _is_stop_word_of_unspaced_page
    measured = {
        text: measure_line(
            text, words[text], page_script, counts[text], scripts[text], is_stop_word
        )
        for text in counts
    }
    if furniture:
        for text, features in measured.items():
            features.recurring = normalise_line(text) in furniture
    if any(features.author_bio for features in measured.values()):
        _confirm_author_bios(texts, measured)
    return [measured[text] for text in texts]


def _confirm_author_bios(texts: list[str], measured: dict[str, LineFeatures]) -> None:
    """ "About Jane Doe" heads the author's biography only when the next line names her
    ("Jane Doe is a writer ..."); otherwise it is a crosshead ("About North Korea")."""
    confirmed = set()
    for text, following in zip(texts, [*texts[1:], ""], strict=True):
        if measured[text].author_bio:
            words = text.split()
            names = [word for word in words[1:] if word[:1].isupper()]
            if words[-1].casefold() in _AUTHOR_WORDS or any(name in following for name in names):
                confirmed.add(text)
    for text, features in measured.items():
        if features.author_bio and text not in confirmed:
            features.author_bio = False
            features.article_end = features.furniture in ARTICLE_END_PHRASES
