"""Plain-text helpers shared by the stages that quote an article's words.

The renderer's keyword in context and `suggest`'s example sentences both cut
one sentence out of an article field; they do it the same way, here. The
cleaner finds which lines of a page hold a phrase with `lines_holding`.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from array import array
from collections.abc import Iterator

# A sentence ends at . ! ? (and any closing quotes or brackets) followed by
# white space, at 。！？ (Chinese and Japanese put no space after them), or at a
# line break (body_text joins blocks with a blank line); a full stop only where
# `_closes_sentence` says so. Written as one class of first characters, each
# branch then checking which one it follows: `re` skips ahead to a character of
# a leading class, and tries every branch at every character otherwise (four
# times slower on an archive's bodies, the same matches).
SENTENCE_END = re.compile(
    r"[.!?。！？\n]"
    r"(?:(?<=[.!?])[\"'”’)\]]*\s+|(?<=[。！？])[」』”’）]*\s*|(?<=\n)\n*)"
)
SENTENCE_CLOSING = "\"'”’)]」』）"
# Words a full stop follows inside a sentence: titles before a name ("Gov. Kristi
# Noem"), months before a day ("Nov. 18").
ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gov Sen Rep Gen Col Lt Sgt Capt Cmdr Adm Maj Prof Rev Hon Pres Supt Det "
    "St Mt Ft No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_OPENING = "\"'“‘("
# Chinese and Japanese characters, and the kana: written without spaces between words.
CJK_CHARACTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The SENTENCE_END matches of text[start:end] that end a sentence."""
    for match in SENTENCE_END.finditer(text, start, len(text) if end is None else end):
        if _closes_sentence(text, match):
            yield match


def _closes_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a SENTENCE_END match ends its sentence: a line break always does; a full
    stop not after "Gov." or the "W." of "George W. Bush", nor before a word in small
    letters ("the U.S. said")."""
    stop = match.start()
    if text[stop] != "." or "\n" in match.group():
        return True
    following = match.end()
    if following < len(text) and text[following].islower():
        return False
    word = text[text.rfind(" ", 0, stop) + 1 : stop].lstrip(_OPENING)
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isupper()))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) offsets of the sentence of `text` that holds text[start:end]."""
    sentence_start = 0
    # Matched in the whole text, not cut at `start`: whether a full stop ends its
    # sentence depends on the word after it ("Mr. .  said" is one sentence).
    for match in sentence_ends(text):
        if match.end() > start:
            break
        sentence_start = match.end()
    following = next(sentence_ends(text, end), None)
    sentence_end = following.start() + 1 if following else len(text)
    if following and text[following.start()] == "\n":
        sentence_end = following.start()
    # Keep closing quotes that belong to the sentence.
    while sentence_end < len(text) and text[sentence_end] in SENTENCE_CLOSING:
        sentence_end += 1
    return sentence_start, sentence_end


class SentenceIndex:
    """Where the sentences of one text start and end, found in one pass.

    An entity page asks for the sentence naming it in each of its articles,
    and an article names many entities: scanning the text from its start for
    each would cost the text's length per name. It holds only machine
    integers, and not the text: the caller hands it back. An article's result
    keeps the index of its body (`packed`), made once with the article and
    cached with it, rather than again by every process that renders its quotes.
    """

    __slots__ = ("after", "starts")

    def __init__(self, text: str = "") -> None:
        ends = [(match.start(), match.end()) for match in sentence_ends(text)]
        self.starts = array("I", [start for start, _ in ends])
        self.after = array("I", [end for _, end in ends])

    def packed(self) -> bytes:
        """The index as bytes: its starts, then its ends."""
        return (self.starts + self.after).tobytes()

    @classmethod
    def unpacked(cls, data: bytes) -> SentenceIndex:
        """The index `packed` gave."""
        index = cls()
        both = array("I")
        both.frombytes(data)
        half = len(both) // 2
        index.starts, index.after = both[:half], both[half:]
        return index

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The same span as sentence_bounds(text, start, end), for the text indexed."""
        starts, after = self.starts, self.after
        before = bisect.bisect_right(after, start)
        following = bisect.bisect_left(starts, end)
        straddles = (before < len(starts) and starts[before] < start) or (
            following > 0 and after[following - 1] > end
        )
        if straddles:
            # A span inside a sentence's closing punctuation: rare enough to scan for.
            return sentence_bounds(text, start, end)
        sentence_start = after[before - 1] if before else 0
        if following == len(starts):
            return sentence_start, len(text)  # in the last sentence (a title's only one)
        found = starts[following]
        sentence_end = found if text[found] == "\n" else found + 1
        while sentence_end < len(text) and text[sentence_end] in SENTENCE_CLOSING:
            sentence_end += 1
        return sentence_start, sentence_end


def line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in "\\n".join(lines), and one more entry past the end."""
    # each line takes its length and the line break after it
    spans = map(operator.add, map(len, lines), itertools.repeat(1))
    return list(itertools.accumulate(spans, initial=0))


def lines_holding(page: str, starts: list[int], needle: str) -> list[int]:
    """The indexes of the lines of `page` (lines joined by "\\n") that hold the needle, in order.

    `starts` is `line_starts` of the lines. A phrase most lines lack is found faster in the
    whole page than by testing each line for it.
    """
    found = []
    position = page.find(needle)
    while position >= 0:
        line = bisect.bisect_right(starts, position) - 1
        found.append(line)
        position = page.find(needle, starts[line + 1])  # on to the next line
    return found
