"""Names that carry a number: "S&P 500", "Interstate 95", "Euro 96", "iPhone 11 Pro".

A number after a capitalised word is most often no part of a name: a score
("Arsenal 2 Chelsea 1"), a runner's time, a count in a table. A few heads take
one as part of the name, and the name is another thing without it: the S&P
(a rating agency) is not the S&P 500 (an index), nor the iPhone the iPhone 11.
Only after those heads is the number joined; a product's model words after it
("Pro Max", "XL") are joined too.
"""

from __future__ import annotations

import re
from itertools import compress, count

from .names_signals import SIGNAL_WEIGHTS
from .names_text import View
from .names_types import Span

# The head (folded) -> the signal of the name with its number (its type in
# names_signals.SIGNAL_WEIGHTS), and whether the number must be a year ("Euro 96",
# "Expo 2020": not "Euro 5 million").
_INDICES = "s&p ftse nikkei stoxx dax cac nasdaq nifty asx".split()
_ROADS = "interstate route highway".split()
_EDITIONS = "wrestlemania bowl".split()  # "WrestleMania 36", "Super Bowl 50"
_EDITIONS_BY_YEAR = "euro expo".split()
_PRODUCTS = (
    "iphone ipad playstation xbox windows pixel boeing apollo airbus ilyushin tupolev antonov"
    " sukhoi"
).split()
# heads that name a product only after the name of its line: "Galaxy Note 10",
# "Apple Watch Series 5", "Tesla Model 3", "MacBook Pro 16"; not a "Pro 4" alone
_PRODUCT_PARTS = "note series model pro surface".split()
NUMBERED_HEADS: dict[str, tuple[str, bool]] = {
    **{head: ("numbered_index", False) for head in _INDICES},
    **{head: ("numbered_road", False) for head in _ROADS},
    "flight": ("numbered_flight", False),
    **{head: ("numbered_edition", False) for head in _EDITIONS},
    **{head: ("numbered_edition", True) for head in _EDITIONS_BY_YEAR},
    **{head: ("numbered_product", False) for head in (*_PRODUCTS, *_PRODUCT_PARTS)},
}
_MODEL_WORDS = frozenset("pro max plus mini ultra lite se xl air x s e edge neo fold flip".split())
# words that make the number a quantity, not a name's: "Euro 5 million", "FTSE 100 points"
_QUANTITIES = frozenset(
    "million billion trillion percent per cent points pts years people times".split()
)
_MAX_DIGITS = 4
_ROMAN = re.compile(r"[IVXLC]+")


def join_numbered_names(view: View, spans: list[Span], taken: list[bool]) -> list[Span]:
    """The spans with the number after a numbered head joined to them (and the spans
    of model words after it dropped), and a span for each head not yet in one
    ("Route 66", "Flight 370")."""
    held = [False] * len(view)
    for span in spans:
        held[span.first : span.last] = [True] * (span.last - span.first)
    added = [
        Span(index, index + 1, "other")
        for index in compress(count(), view.capitalised)
        if not held[index]
        and not taken[index]
        and view.folded[index] in NUMBERED_HEADS
        and view.folded[index] not in _PRODUCT_PARTS
    ]
    joined = [span for span in [*spans, *added] if _join_number(view, span)]
    if not joined:
        return spans
    swallowed = [False] * len(view)
    for span in joined:
        swallowed[span.first + 1 : span.last] = [True] * (span.last - span.first - 1)
    kept = [span for span in spans if not swallowed[span.first]]
    kept += [span for span in added if span.last - span.first > 1]
    return sorted(kept, key=lambda span: span.first)


def _join_number(view: View, span: Span) -> bool:
    """Join the number after the span's numbered head (and a model's words after it)
    to the span; whether it did."""
    head = view.folded[span.last - 1]
    if (
        span.last - span.first >= 2
        and _ROMAN.fullmatch(view.words[span.last - 1])
        and view.folded[span.last - 2] in _EDITIONS
    ):
        span.type, span.evidence = "event", ("numbered_edition",)  # "Super Bowl LIV"
        return True
    if head not in NUMBERED_HEADS:
        head = view.span_text(span.first, span.last).lower()  # "S&P", three tokens
    if head not in NUMBERED_HEADS or (head in _PRODUCT_PARTS and span.last - span.first < 2):
        return False
    signal, by_year = NUMBERED_HEADS[head]
    number = _number_after(view, span.last)
    if number is None or (by_year and not _is_year(view.words[number])):
        return False
    last = number + 1
    if signal == "numbered_product":
        while last < len(view) and view.capitalised[last] and view.folded[last] in _MODEL_WORDS:
            last += 1
    span.last = last
    span.type = SIGNAL_WEIGHTS[signal][0]
    # what was said of the head alone ("Boeing" a firm, "30 Boeing" a side's score)
    # is not said of the name with its number
    span.evidence = (signal,)
    return True


def _number_after(view: View, index: int) -> int | None:
    """The token at `index` when it is a whole number standing alone after a space, not
    a quantity ("100 points", "1,000", "2.5", "5%")."""
    words = view.words
    if index >= len(words) or view.attached(index - 1, index):
        return None
    word = words[index]
    if not (word.isdigit() and len(word) <= _MAX_DIGITS):
        return None
    after = index + 1
    if after < len(words) and view.attached(index, after):
        if words[after] in ("%", "-", ":", "/", "'"):
            return None  # "5%", a score "2-1", a time "10:30", a date "11/20"
        if (
            words[after] in (",", ".")
            and after + 1 < len(words)
            and view.attached(after, after + 1)
            and words[after + 1][:1].isdigit()
        ):
            return None  # "1,000", "2.5"
    if after < len(words) and view.folded[after] in _QUANTITIES:
        return None
    return index


def _is_year(word: str) -> bool:
    return len(word) == 2 or (len(word) == 4 and word[:2] in ("19", "20"))
