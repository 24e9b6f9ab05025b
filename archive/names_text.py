"""Text for name discovery: tokens, sentence starts, headline lines, word evidence.

Every stage of name finding reads a text through one `View`: its tokens
(words, possessives, single punctuation marks, each with its line), their
folded forms, where sentences start and which lines are headlines. The
`Context` gathers what a whole article says about its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter

from .names_gazetteer import gazetteer
from .names_signals import HONORIFICS, SIDE_LINKS, TITLE_SMALL_WORDS
from .text import CJK_CHARACTERS as CJK

# Acronyms with dots ("U.S."), words with inner apostrophes ("O'Neill") but
# not the possessive, the possessive alone, then any other single character.
# Chinese and Japanese, written without spaces, are a token a character: a name
# in the registry ("尖閣諸島") is then found as a run of them, inside a sentence.
# No token spans a line break. The possessive quantifiers (++, *+) match as
# the greedy ones would (nothing after them can fail) without keeping
# backtracking points: tokenising is the largest part of building a View.
_TOKEN = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}+|[^\W{CJK}]++(?:['’](?![sS]\b)[^\W{CJK}]++)*+|['’][sS]\b|\S"
)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_SENTENCE_END = frozenset(".!?:;")
_DASHES = frozenset("-–—")
_QUOTES_AND_BRACKETS = frozenset("\"“”‘’'([{«»")
# Marks that open a quotation, and with it a sentence: ‘and “Put kids first,”’. A
# straight quote opens one where it stands before a word and after a space.
_OPENING_QUOTES = frozenset("“‘«")
# The double quotation marks that close a title or a nickname: "Macho", “Bengi”.
CLOSING_QUOTES = frozenset('"”')
_STRAIGHT_QUOTE = '"'
_CONTRACTION = re.compile(r"['’]\w+$")
_HEADLINE_MIN_WORDS = 3
# A line of at least this many words in small letters (of three letters or more), fewer
# than this share of them English, is in another language. English news lines hold 10%
# at the least (a commodities report), lines of Portuguese or Italian 5% at the most.
FOREIGN_MIN_WORDS = 8
FOREIGN_MAX_ENGLISH_SHARE = 0.07
# A text of at least this many such words, that share of them English, is in another
# language on every line, the short ones too ("Проголосовать за Анну вы можете"). English
# texts hold 13% at the least (a table of results), texts in other languages 6% at most;
# a table of English names under a few foreign labels has fewer words.
FOREIGN_TEXT_MIN_WORDS = 50
# Short words Title Case capitalises that no name holds: "Tim Cook On Apple Being ...".
_TITLE_CASE_SHORT_WORDS = frozenset("on in at to by is it as up be do go so we my he if".split())
# Words Title Case leaves small; they are not counted either way.
_HEADLINE_SMALL_WORDS = frozenset("and the for but nor via with from into over amid".split())


def tokenize(text: str) -> list[str]:
    """The words, possessives and single punctuation marks of a text."""
    return _TOKEN.findall(text)


def first_token(text: str) -> str | None:
    """The first token of `tokenize(text)`, found without the others; None if it has none."""
    match = _TOKEN.search(text)
    return match.group() if match is not None else None


def fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def transliterated(folded: str) -> str:
    """A folded name with the ending of Slavic family names transliterated one way:
    "zelenski" for "zelensky", "zelenskyy" and "zelenskiy"."""
    return _SKI_ENDING.sub("i", folded)


# -sky, -skyy, -skiy, -skii: the ways news agencies transliterate one Slavic ending
_SKI_ENDING = re.compile(r"(?<=sk)[iy]+\b")


def fold_key(words) -> tuple[str, ...]:
    return tuple(fold(word) for word in words)


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole article says about words, for every field's discovery.

    `name_words`: words the article capitalises inside a sentence (so they
    are names); `common_words`: words it also writes in small letters;
    `starting_names`: words capitalised only at sentence starts that are no
    ordinary English words (enough to confirm a word of a headline);
    `headline_words`: words of headlines (enough to confirm a sentence start);
    `lone_name_words`: the name words it also prints as a name of one word,
    between words in small letters ("shares of Apple rose", not only "Far East Gold");
    `possessive_names`: the words whose possessive it prints as a name ("Moody's
    said", "ate at McDonald's."), a shop's, a firm's or a ground's.
    """

    name_words: frozenset[str]
    common_words: frozenset[str]
    starting_names: frozenset[str] = frozenset()  # capitalised only at sentence starts
    headline_words: frozenset[str] = frozenset()
    lone_name_words: frozenset[str] = frozenset()
    possessive_names: frozenset[str] = frozenset()


class View:
    """One text, tokenised, with the facts discovery asks about each token.

    The tokens are parallel lists, one entry per token: `words` (the text),
    `starts` and `ends` (offsets in `text`), `lines` (line numbers), `folded`
    (`fold` of the word), `initials` (its first character), `capitalised`
    (starts with a capital, or is one of the few names that open with a small
    one: "iPhone", "eBay") and `sentence_start`. Plain lists of strings and
    numbers, built in C, rather than an object per token: an article has a
    thousand tokens, and discovery reads them many times.
    """

    def __init__(self, text: str):
        self.text = text
        # [gap, token, gap, token, ..., gap]: the offsets of every token are the running
        # total of the lengths, with no object per token
        parts = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        self.words: list[str] = parts[1::2]
        self._breaks_before = _breaks_before(text, self.starts)
        self.lines: list[int] = _line_numbers(self._breaks_before)
        self.folded = fold_all(self.words)
        self.initials: list[str] = list(map(itemgetter(0), self.words))
        self.capitalised: list[bool] = list(map(str.isupper, self.initials))
        # (tested on the whole text first: most texts have neither)
        if not _LOWER_INITIAL_NAMES.isdisjoint(self.folded) or NUMBERED_SIDE.search(text):
            _capitalise_lower_initial_names(self)
        _lower_web_addresses(self)
        if "*" in text:
            _lower_masked_words(self)
        self.sentence_start = _sentence_starts(self)
        self.headline_lines = _headline_lines(self)
        self.foreign_lines = _foreign_lines(self)

    def __len__(self) -> int:
        return len(self.words)

    @property
    def in_another_language(self) -> bool:
        """Is every line of the text in another language than English?"""
        return bool(self.words) and len(self.foreign_lines) == len(set(self.lines))

    def take_as_foreign(self) -> None:
        """Every line in another language: the title of an article whose body is."""
        self.foreign_lines = frozenset(self.lines)

    def is_headline(self, index: int) -> bool:
        return self.lines[index] in self.headline_lines

    def opens_line(self, index: int) -> bool:
        """Whether the token is the first of its line."""
        return index == 0 or self.lines[index - 1] != self.lines[index]

    def adjacent(self, left: int, right: int) -> bool:
        """Two tokens separated by spaces only, on one line."""
        gap = self.text[self.ends[left] : self.starts[right]]
        return gap.isspace() and "\n" not in gap if gap else False

    def attached(self, left: int, right: int) -> bool:
        return self.ends[left] == self.starts[right]

    def span_text(self, first: int, last: int) -> str:
        """The text of tokens [first, last)."""
        return self.text[self.starts[first] : self.ends[last - 1]]

    def line_ranges(self):
        """(line, first token, end token) of every line that holds tokens, in order."""
        if not self.words:
            return
        # a line's first token has a line break before it (the text's first token may not)
        firsts = list(compress(count(), self._breaks_before))
        if not firsts or firsts[0] != 0:
            firsts.insert(0, 0)
        ends = [*firsts[1:], len(self.words)]
        for first, end in zip(firsts, ends, strict=True):
            yield self.lines[first], first, end


# A web address printed in the text: "pic.twitter.com/I8NWz4blQC",
# "https://amzn.to/2A5qzvo". Its capitals name nothing.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S+")


_SPACE = re.compile(r"\s")


def _lower_web_addresses(view: View) -> None:
    """The tokens of web addresses count as in small letters.

    Only the stretches of text around a slash are looked at: a text has few
    slashes, and a pattern tried at every word costs more than the rest of
    the View.
    """
    text, capitalised, starts = view.text, view.capitalised, view.starts
    slash = text.find("/")
    while slash != -1:
        start = max(text.rfind(" ", 0, slash), text.rfind("\n", 0, slash)) + 1
        space = _SPACE.search(text, slash)
        end = space.start() if space else len(text)
        address = _WEB_ADDRESS.search(text, start, end)
        if address:
            index = bisect_left(starts, address.start())
            while index < len(starts) and starts[index] < address.end():
                capitalised[index] = False
                index += 1
        slash = text.find("/", end)


def _lower_masked_words(view: View) -> None:
    """ "– Jo** Al****": a name masked with asterisks is no name to link."""
    capitalised = view.capitalised
    for star in compress(count(), map("*".__eq__, view.words)):  # found in C
        if star and capitalised[star - 1] and view.attached(star - 1, star):
            capitalised[star - 1] = False


def _breaks_before(text: str, starts: list[int]) -> list[int]:
    """The line breaks in the gap before each token.

    Found from the text's few line breaks, not by a look into every gap.
    """
    breaks = [0] * len(starts)
    position = text.find("\n")
    while position != -1:
        index = bisect_left(starts, position)  # the token after the break
        if index == len(starts):
            break  # breaks after the last token belong to no token
        breaks[index] += 1
        position = text.find("\n", position + 1)
    return breaks


def _line_numbers(breaks_before: list[int]) -> list[int]:
    """Each token's line: the running total of the breaks, written out a line at a time."""
    lines: list[int] = []
    line = line_first = 0
    for index in compress(count(), breaks_before):
        lines += repeat(line, index - line_first)
        line += breaks_before[index]
        line_first = index
    lines += repeat(line, len(breaks_before) - line_first)
    return lines


def fold_all(words: list[str]) -> list[str]:
    """`fold` of every word, in one pass over the words joined (no word holds a line break)."""
    if not words:
        return []
    return "\n".join(words).casefold().replace("’", "'").split("\n")


def context_of(views: list[View]) -> Context:
    """Gather the word evidence of all fields of one article."""
    name_words: set[str] = set()
    common_words: set[str] = set()
    starting: set[str] = set()
    headline_words: set[str] = set()
    lone_name_words: set[str] = set()
    possessive_names: set[str] = set()
    for view in views:
        possessive_names.update(_possessive_names(view))
        headline_lines = view.headline_lines
        for first, word, line, sentence_start in zip(
            view.initials, view.folded, view.lines, view.sentence_start, strict=True
        ):
            if not first.isalpha():
                continue
            if headline_lines and line in headline_lines:
                headline_words.add(word)
            elif first.islower():
                common_words.add(word)
            elif not sentence_start:
                name_words.add(word)
            else:
                starting.add(word)
        lone_name_words.update(_lone_capitals(view))
    # a word that starts a sentence may be a name if it is no ordinary word
    ordinary = common_words | gazetteer().common_words
    starting_names = {word for word in starting if word not in ordinary and word not in name_words}
    return Context(
        frozenset(name_words),
        frozenset(common_words),
        frozenset(starting_names),
        frozenset(headline_words),
        frozenset(lone_name_words) - headline_words,
        frozenset(possessive_names),
    )


# What follows a possessive that is a name's own, not an owner's: the sentence's end, a
# verb of saying or an auxiliary ("Moody's said", "Boatmen's was the prize"), where an
# owner's possessive has its noun ("Moody's view"). Not a comma nor "and": owners are
# listed so ("Smith's, Jones's and Brown's homes"); nor a bracket or a quotation mark,
# that the noun may follow ("(Farrakhan's) not accepting", 'Puig's "greatest gift"').
_AFTER_POSSESSIVE_NAMES = frozenset(
    """. ; ! ? said says told added announced reported is was has had will would
    could can did does may might should must""".split()
)


def _possessive_names(view: View):
    """ "Moody's said", "ate at McDonald's.": the words, folded, whose possessive
    names a shop, a firm or a ground, where no noun follows it."""
    words, folded = view.words, view.folded
    index = -1
    while True:
        try:
            index = folded.index("'s", index + 1)  # folded: "’s" too
        except ValueError:
            return
        owner, after = index - 1, index + 1
        if (
            owner >= 0
            and view.capitalised[owner]
            and words[owner].isalpha()
            and view.attached(owner, index)
            and (
                after == len(words)
                or view.lines[after] != view.lines[index]
                or folded[after] in _AFTER_POSSESSIVE_NAMES
            )
        ):
            yield folded[owner]


def _lone_capitals(view: View):
    """The capitalised words inside sentences with no capitalised word beside them."""
    capitalised, sentence_start = view.capitalised, view.sentence_start
    last = len(capitalised) - 1
    for index in compress(count(), capitalised):
        if (
            not sentence_start[index]
            and not (index and capitalised[index - 1])
            and not (index < last and capitalised[index + 1])
        ):
            yield view.folded[index]


# -- sentences and headlines --------------------------------------------------

# Marks after which a sentence may start (the rest of `_ends_sentence` decides).
_MAY_END_SENTENCE = _SENTENCE_END | _DASHES


def _sentence_starts(view: View) -> list[bool]:
    """Does a sentence start at each token? Quotes and brackets before it are looked through.

    A sentence starts at the text's first token, at a line's first token, after a
    mark that ends a sentence and at an item numbered in a sentence ("1) Deviled, 2)
    Scotch"); quotes and brackets there pass the start
    on to the token after them. Only those few places are visited, not every token.
    A list wrapped at a fixed width goes on over its line breaks (see
    `_continues_a_list`).
    """
    words = view.words
    starts = [False] * len(words)
    breaks = view._breaks_before
    line_firsts = (
        index for index in compress(count(), breaks) if not _continues_a_list(view, index)
    )
    marks = compress(count(1), map(_MAY_END_SENTENCE.__contains__, words))
    after_ends = (after for after in marks if _ends_sentence(view, after - 1))
    quoted = (
        after
        for after in compress(count(1), map(_may_open_a_quote, words))
        if _opens_quoted_speech(view, after)
    )
    items = (
        after
        for after in compress(count(1), map(")".__eq__, words))
        if _numbers_an_item(view, after - 1)
    )
    for index in chain((0,), line_firsts, after_ends, quoted, items):
        if index < len(words) and _is_bullet(view, index):
            starts[index] = True
            index += 1
        while index < len(words):
            starts[index] = True
            if words[index] not in _QUOTES_AND_BRACKETS:
                break
            index += 1
    return starts


def _numbers_an_item(view: View, bracket: int) -> bool:
    """ "are: 1) Deviled, 2) Scotch, 3) Scrambled": the closing bracket of an item's number
    in a list run into a sentence, after a colon, a comma or a semicolon."""
    words = view.words
    return (
        bracket >= 2
        and words[bracket - 1].isdigit()
        and len(words[bracket - 1]) <= 2
        and words[bracket - 2] in (":", ",", ";")
    )


# Names spelled with a small letter before a capital, which news prints so: "iPhone",
# "eBay"; and sides named with a number ("San Francisco 49ers", "Philadelphia 76ers").
# A view takes them as capitalised.
_LOWER_INITIAL_NAMES = frozenset(
    "iphone iphones ipad ipads ipod imac ios ebay itunes icloud imessage".split()
)
NUMBERED_SIDE = re.compile(r"\d+ers")


def _capitalise_lower_initial_names(view: View) -> None:
    for index, word in enumerate(view.words):
        if (view.folded[index] in _LOWER_INITIAL_NAMES and word[1:2].isupper()) or (
            NUMBERED_SIDE.fullmatch(word) and index > 0 and view.capitalised[index - 1]
        ):
            view.capitalised[index] = True


def _may_open_a_quote(word: str) -> bool:
    return word in _OPENING_QUOTES or word == _STRAIGHT_QUOTE


def _opens_quoted_speech(view: View, index: int) -> bool:
    """“Put kids first,” “Tell them”, “Meth, we’re on it”, "Meth. We're On It": a
    quotation opening on a word that a word in small letters follows, after a comma or
    not, or that a full stop ends inside the quotation, is speech; not a title in Title
    Case ("No Place Like Home"), nor one in another language ("Ritorno al Futuro"), nor
    a title set before the stop that closes the sentence ('the film "Titanic."')."""
    words = view.words
    following = index + 1
    if following >= len(words) or not view.attached(index - 1, index):
        return False
    if words[index - 1] == _STRAIGHT_QUOTE and index >= 2 and view.attached(index - 2, index - 1):
        return False  # a closing quote ('"Titanic"Next'), not an opening one
    word = words[following]
    if word == "," and following + 1 < len(words):
        word = _CONTRACTION.sub("", words[following + 1])  # "we’re" is "we"
    elif word in ".!?" and following + 1 < len(words):
        return words[following + 1] not in _QUOTES_AND_BRACKETS
    return (
        word.isalpha()
        and word.islower()
        and word not in TITLE_SMALL_WORDS
        and word in gazetteer().english_words
    )


def _continues_a_list(view: View, index: int) -> bool:
    """A line's first token inside a list wrapped at a fixed width: after a comma
    ending the line before ("McGrath 9-0-44-1,\nGough 8-0-39-3"), or an item
    broken over the break, one more item after it ("Michael Bevan, Damien\nFleming,")."""
    if view._breaks_before[index] != 1 or index < 2:
        return False
    words = view.words
    if words[index - 1] == ",":
        return True
    return (
        words[index - 2] == ","
        and view.capitalised[index - 1]
        and view.capitalised[index]
        and index + 1 < len(words)
        and words[index + 1] == ","
    )


# Marks that open an item of a list: "- Trade talks between ...", "* Sales rose".
_BULLETS = _DASHES | frozenset("*•")


def _is_bullet(view: View, index: int) -> bool:
    """A mark opening a line of a list, alone before a space: not a signature's "--"."""
    words = view.words
    return (
        words[index] in _BULLETS
        and view.opens_line(index)
        and index + 1 < len(words)
        and view.adjacent(index, index + 1)
    )


def _ends_sentence(view: View, index: int) -> bool:
    mark = view.words[index]
    start = view.starts[index]
    if mark in _DASHES:
        # a dash set off by a space, or typed as two hyphens ("(CNN) -- The ...")
        return view.text[start - 1 : start] == " " or (
            index > 0
            and view.words[index - 1] in _DASHES
            and view.ends[index - 1] == start
            and view.text[view.starts[index - 1] - 1 : view.starts[index - 1]] == " "
        )
    if mark not in _SENTENCE_END:
        return False
    if mark == "." and index > 0 and view.ends[index - 1] == start:
        word = view.folded[index - 1]
        # a single letter is an initial ("J. Smith"); a digit, a bracket or a
        # quotation mark before the full stop ends the sentence ("May 2.")
        if (
            (len(word) == 1 and word.isalpha())
            or word in HONORIFICS
            or word in ("st", "mt", "ft", "no", "vs", "gen", "col")
        ):
            return False
    return True


def _foreign_lines(view: View) -> frozenset[int]:
    """Lines in another language than English: few of their words in small letters are
    English ones ("Receba em seu email nosso ebook ..."). Their capitals prove nothing:
    discovery knows English only, and every noun of a German line is capitalised.
    In a text in another language, every line is."""
    words = view.words
    # the words in small letters of three letters or more, counted by line in C
    small = [i for i in compress(count(), map(str.islower, view.initials)) if len(words[i]) > 2]
    lines = list(map(view.lines.__getitem__, small))
    totals = Counter(lines)
    is_english = map(gazetteer().common_words.__contains__, map(view.folded.__getitem__, small))
    english = Counter(compress(lines, is_english))
    whole_text_foreign = english.total() < FOREIGN_MAX_ENGLISH_SHARE * len(small)
    if whole_text_foreign and len(small) >= FOREIGN_TEXT_MIN_WORDS:
        return frozenset(view.lines)
    return frozenset(
        line
        for line, total in totals.items()
        if total >= FOREIGN_MIN_WORDS and english[line] < FOREIGN_MAX_ENGLISH_SHARE * total
    )


def _headline_lines(view: View) -> frozenset[int]:
    """Lines written as headlines: ALL CAPS, or Title Case with ordinary words capitalised.

    A line of names alone ("Surrey 429 (C. Lewis 80, M. Butcher 70)") is
    not a headline, however many capitals it has: Title Case shows in the
    ordinary words ("China Calls For Japanese Action").
    """
    # the words the text writes in small letters are ordinary in it: "Spiced
    # Honey Pear Jam" over a recipe that spreads jam on toast
    small = frozenset(compress(view.folded, map(str.islower, view.initials)))
    common = gazetteer().common_words.union(small)
    words, folded, starts = view.words, view.folded, view.sentence_start
    headline = set()
    for line, first, end in view.line_ranges():
        counted = shouted = ordinary = short_shouted = written_small = 0
        small_letters = False
        for index in range(first, end):
            text = words[index]
            if len(text) < 3 or not text.isalpha() or folded[index] in _HEADLINE_SMALL_WORDS:
                if len(text) > 1 and text.isupper():
                    short_shouted += 1
                elif text != text.upper():
                    small_letters = True
                    # "Tim Cook On Apple": a small word capitalised inside the line
                    ordinary += (
                        index > first
                        and text[0].isupper()
                        and folded[index] in _TITLE_CASE_SHORT_WORDS
                    )
                continue
            if starts[index] and index + 1 < end and words[index + 1] == ":":
                continue  # a label: "Scorers: Shearer 23, Lee 80" is no Title Case
            if not text[0].isupper():
                break  # a word in small letters: no headline (the common case, found early)
            counted += 1
            shouted += text.isupper() and len(text) > 3
            ordinary += _is_common(folded[index], common)
            written_small += folded[index] in small
        else:
            all_caps = (shouted * 2 >= counted > 0 and shouted > 0) or (
                _is_short_words_in_capitals(counted, shouted, short_shouted, small_letters)
            )
            # a list of names may hold one ordinary word ("Stuart Law"), a headline has
            # more; a line opening with its rank is a row of results ("9. Donna Wynd
            # (New Zealand) 36.831")
            title_case = (
                counted >= _HEADLINE_MIN_WORDS
                and (ordinary >= 2 or (ordinary and counted <= 4))
                and not _opens_with_a_rank(view, first, end)
                and not (ordinary * 2 < counted and _holds_scores(view, first, end))
                and not (ordinary <= 1 and _is_row_of_a_draw(view, first, end))
            )
            # "Range and Charging", "Cornerback": a crosshead of words the text
            # writes in small letters, however few
            crosshead = 0 < counted == written_small and not _opens_with_a_rank(view, first, end)
            if all_caps or title_case or crosshead:
                headline.add(line)
    return frozenset(headline)


def _opens_with_a_rank(view: View, first: int, end: int) -> bool:
    """ "9. Donna Wynd (New Zealand) 36.831", "12) Roger Waters - The Wall": a row of
    results or a list opens with its rank, marked so or followed by more numbers.
    Not "3 Hospitalized After Wrong-Way Crash", nor a number hyphened to the next
    word: "13-Inch MacBook Pro ... in 2020", "9-Month-Old's"."""
    words = view.words
    if not words[first][0].isdigit():
        return False
    mark = words[first + 1] if first + 1 < end else ""
    if mark in (".", ")"):
        return True
    if mark == "-" and view.attached(first, first + 1):
        return False
    return any(words[index][0].isdigit() for index in range(first + 1, end))


def _is_row_of_a_draw(view: View, first: int, end: int) -> bool:
    """ "Qualifier vs. Andrei Olhovskiy (Russia)": players or sides set against each
    other, with their countries in brackets: a row of a draw, not a headline."""
    words = view.folded[first:end]
    return "(" in words and not SIDE_LINKS.isdisjoint(words)


def _is_short_words_in_capitals(
    counted: int, shouted: int, short_shouted: int, small_letters: bool
) -> bool:
    """ "CAN'T GO OVER IT", "WE'RE ON IT": a line in capitals of short words, that the
    counts above leave out, is a headline too; not a row of codes ("ARS 3 1"), whose
    words of three letters are counted and not shouted."""
    return (
        not small_letters
        and counted == shouted <= 1
        and counted + short_shouted >= _HEADLINE_MIN_WORDS
    )


# The numbers after names that make a line of names a row of results, not a headline
# in Title Case: "Alba (Germany) 75 Red Star (Yugoslavia) 70", "Manchester United 2
# Liverpool 1"; not "All Mass Shooters Since 1966 Have Had 4 Things In Common", more of
# whose words are ordinary ones.
_MIN_SCORES = 2
_MAX_SCORE_FIGURES = 3


def _holds_scores(view: View, first: int, end: int) -> bool:
    """Whether tokens [first, end) hold numbers of up to three figures right after
    names: scores ("Liverpool 1", "(Germany) 75") or a bowler's figures ("Law
    2-0-23-0"), not years or models' numbers ("Since 1966", "3440x1440")."""
    words, capitalised = view.words, view.capitalised
    scores = 0
    for index in range(first + 1, end):
        text = words[index]
        if (
            text.isdigit()
            and len(text) <= _MAX_SCORE_FIGURES
            and (capitalised[index - 1] or words[index - 1] == ")")
        ):
            scores += 1
    return scores >= _MIN_SCORES


def _is_common(word: str, common: frozenset[str]) -> bool:
    """An ordinary word, or the plural of one: "Dangers", "Facts", "Industries"."""
    if word in common:
        return True
    if not word.endswith("s"):
        return False
    return word[:-1] in common or (word.endswith("ies") and word[:-3] + "y" in common)
