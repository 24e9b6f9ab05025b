"""Text for name discovery: tokens, sentence starts, headline lines, word evidence.

Every stage of name finding reads a text through one `View`: its tokens
(words, possessives, single punctuation marks, each with its line), their
folded forms, where sentences start and which lines are headlines. The
`Context` gathers what a whole article says about its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .names_gazetteer import gazetteer
from .names_signals import HONORIFICS

# Acronyms with dots ("U.S."), words with inner apostrophes ("O'Neill") but
# not the possessive, the possessive alone, then any other single character.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['’](?![sS]\b)\w+)*|['’][sS]\b|\S")
_SENTENCE_END = frozenset(".!?:;")
_DASHES = frozenset("-–—")
_QUOTES_AND_BRACKETS = frozenset("\"“”‘’'([{«»")
_HEADLINE_MIN_WORDS = 3
# Words Title Case leaves small; they are not counted either way.
_HEADLINE_SMALL_WORDS = frozenset("and the for but nor via with from into over amid".split())


class Token(NamedTuple):
    start: int
    end: int
    text: str
    line: int


def tokenize(text: str) -> list[Token]:
    """Words, possessives and single punctuation marks, with their line numbers."""
    tokens = []
    append = tokens.append
    line_start = 0
    for number, line in enumerate(text.split("\n")):
        for match in _TOKEN.finditer(line):
            append(
                Token(line_start + match.start(), line_start + match.end(), match.group(), number)
            )
        line_start += len(line) + 1
    return tokens


def fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def fold_key(words) -> tuple[str, ...]:
    return tuple(fold(word) for word in words)


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole article says about words, for every field's discovery.

    `name_words`: words the article capitalises inside a sentence (so they
    are names); `common_words`: words it also writes in small letters;
    `starting_names`: words capitalised only at sentence starts that are no
    ordinary English words (enough to confirm a word of a headline).
    """

    name_words: frozenset[str]
    common_words: frozenset[str]
    starting_names: frozenset[str] = frozenset()  # capitalised only at sentence starts


class View:
    """One text, tokenised, with the facts discovery asks about each token."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.folded = [fold(token.text) for token in tokens]
        self.sentence_start = _sentence_starts(self)
        self.headline_lines = _headline_lines(tokens, self.folded)

    def is_headline(self, index: int) -> bool:
        return self.tokens[index].line in self.headline_lines

    def adjacent(self, left: int, right: int) -> bool:
        """Two tokens separated by spaces only, on one line."""
        gap = self.text[self.tokens[left].end : self.tokens[right].start]
        return gap.isspace() and "\n" not in gap if gap else False

    def attached(self, left: int, right: int) -> bool:
        return self.tokens[left].end == self.tokens[right].start


def context_of(views: list[View]) -> Context:
    """Gather the word evidence of all fields of one article."""
    name_words: set[str] = set()
    common_words: set[str] = set()
    starting: set[str] = set()
    for view in views:
        for index, token in enumerate(view.tokens):
            first = token.text[0]
            if not first.isalpha() or view.is_headline(index):
                continue
            if first.islower():
                common_words.add(view.folded[index])
            elif not view.sentence_start[index]:
                name_words.add(view.folded[index])
            else:
                starting.add(view.folded[index])
    # a word that starts a sentence may be a name if it is no ordinary word
    ordinary = common_words | gazetteer().common_words
    starting_names = {word for word in starting if word not in ordinary and word not in name_words}
    return Context(frozenset(name_words), frozenset(common_words), frozenset(starting_names))


# -- sentences and headlines --------------------------------------------------


def _sentence_starts(view: View) -> list[bool]:
    tokens = view.tokens
    starts = []
    for index, token in enumerate(tokens):
        previous = index - 1
        while previous >= 0 and tokens[previous].text in _QUOTES_AND_BRACKETS:
            previous -= 1
        starts.append(
            previous < 0 or tokens[previous].line != token.line or _ends_sentence(view, previous)
        )
    return starts


def _ends_sentence(view: View, index: int) -> bool:
    text, tokens = view.text, view.tokens
    mark = tokens[index].text
    if mark in _DASHES:
        return text[tokens[index].start - 1 : tokens[index].start] == " "
    if mark not in _SENTENCE_END:
        return False
    if mark == "." and index > 0 and tokens[index - 1].end == tokens[index].start:
        word = view.folded[index - 1]
        if (
            len(word) == 1
            or word in HONORIFICS
            or word in ("st", "mt", "ft", "no", "vs", "gen", "col")
        ):
            return False
    return True


def _headline_lines(tokens: list[Token], folded: list[str]) -> frozenset[int]:
    """Lines written as headlines: ALL CAPS, or Title Case with ordinary words capitalised.

    A line of names alone ("Surrey 429 (C. Lewis 80, M. Butcher 70)") is
    not a headline, however many capitals it has: Title Case shows in the
    ordinary words ("China Calls For Japanese Action").
    """
    common = gazetteer().common_words
    counts: dict[int, list[int]] = {}
    for token, word in zip(tokens, folded, strict=True):
        text = token.text
        if len(text) < 3 or not text.isalpha() or word in _HEADLINE_SMALL_WORDS:
            continue
        tally = counts.setdefault(token.line, [0, 0, 0, 0])
        tally[0] += 1
        if text[0].isupper():
            tally[1] += 1
            tally[2] += text.isupper() and len(text) > 3
            tally[3] += word in common
    headline = set()
    for line, (words, capitalised, shouted, ordinary) in counts.items():
        if capitalised < words:
            continue
        all_caps = shouted * 2 >= words > 0 and shouted > 0
        # a list of names may hold one ordinary word ("Stuart Law"), a headline has more
        title_case = capitalised >= _HEADLINE_MIN_WORDS and (
            ordinary >= 2 or (ordinary and words <= 4)
        )
        if all_caps or title_case:
            headline.add(line)
    return frozenset(headline)
