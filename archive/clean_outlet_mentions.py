"""The outlet named by the site's own prompts and credits, spread over a page.

A site names itself in its furniture in many small ways: "Follow RT on:",
"Subscribe to AppleInsider on YouTube", "By Eric Song, IGN Staff", "Phil
Helsel is a reporter for NBC News.", "Live Science is supported by its
audience", "Welcome to The Detroit News's ...", a line that is its domain
("TheHill.com"). Any one of these may name something else: an author
followed on Twitter, a sister site in a network's footer, a newsletter. So a
name is taken only where two different kinds of evidence agree. Besides the
prompts, two kinds are read off the page for each name they offer: the name
standing alone as a line ("GIZMODO"), and the name opening lines of the
site's menus ("WSJ Pro", "WSJ Video" beside "WSJ.com").

Names are compared folded ("TheHill.com", "The Hill" and "THE HILL" are one
name) and given as the page most often writes them in words, not as a domain
or in capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .text import line_starts, lines_holding

_NAME = r"[A-Z][\w&'’-]*(?:\s(?:[A-Z0-9][\w&'’-]*|of|the|and|de|du|der|la|el)){0,3}"
SUFFIXES = r"com|net|org|co\.uk|com\.au|co|in|ie|io|news|tv|info"
DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]*\.(?:" + SUFFIXES + r")"
_NAMED = "(?P<name>" + _NAME + ")"

# (kind, the phrases a line must hold to be tried, the pattern that finds the name)
_PROMPTS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, needles, re.compile(pattern))
    for kind, needles, pattern in (
        (
            "domain",
            ("Also on ", "Source: "),
            r"\b(?:Also on|Source:)\s+(?P<name>" + DOMAIN + r")\b",
        ),
        (
            "follow",
            ("Follow ",),
            # "Follow RT on", "Follow Newsbeat on Instagram, Facebook, Twitter"; not an
            # author's "Follow Lois Lane on Twitter"
            r"^(?:Never miss an update\s+)?Follow\s+"
            + _NAMED
            + r"(?:\s+on(?:\s+[A-Z]\w+(?:,\s+[A-Z]\w+)+.*)?)?:?$",
        ),
        (
            "subscribe",
            ("Subscribe to ",),
            r"^Subscribe to\s+(?:the\s+)?"
            + _NAMED
            + r"(?:[’']s)?(?:\s+(?:newsletter|on YouTube|via Email)\b.*)?$",
        ),
        (
            "newsletter",
            ("ewsletter",),
            r"^(?:.*\bJoin the\s+)?" + _NAMED + r"\s+(?:Daily\s+)?[Nn]ewsletters?!?",
        ),
        ("apps", (" App",), r"^" + _NAMED + r"\s+(?:News\s+)?Apps?$"),
        ("privacy", ("rivacy",), r"\bRead\s+" + _NAMED + r"\s+[Pp]rivacy [Pp]olicy\b"),
        ("audience", ("supported by",), r"^" + _NAMED + r"\s+is supported by its audience\b"),
        ("affiliate", ("affiliate",), r"^" + _NAMED + r"\s+has affiliate\b"),
        ("part of", ("is part of",), r"^" + _NAMED + r"\s+is part of\s"),
        ("published", ("published on",), r"\bOriginally published on\s+" + _NAMED + r"\.?$"),
        ("welcome", ("Welcome to ",), r"^Welcome to\s+" + _NAMED + r"[’']s?\s"),
        (
            "staff",
            (" Staff", " Contributor"),
            r"(?:^|,\s)" + _NAMED + r"\s+(?:Staff|Contributor)\b",
        ),
        (
            "byline",
            ("reporter ", "writer ", "editor ", "correspondent ", "contributor "),
            r"\b(?:reporter|writer|editor|correspondent|contributor)\s+(?:for|at)\s+"
            + _NAMED
            + r"\.?$",
        ),
    )
)
# Kinds that only support a name another kind gives: a network's footer lists its
# sister sites' domains and newsletters, and a section's name stands alone in a menu.
_SUPPORTING = frozenset({"domain line", "newsletter", "alone", "menu"})
# A line that is a domain and no more: "TheHill.com", "CBSSports.com".
_DOMAIN_LINE = re.compile(DOMAIN)
_NOT_LETTERS = re.compile(r"[\W_]+")
_NOT_LETTERS_BUT_BREAKS = re.compile(r"[^\w\n]+|_+")
_DOMAIN_END = re.compile(r"\.(?:" + SUFFIXES + r")$", re.IGNORECASE)
# Words the prompts take for a name that are none: "Follow Us", "Subscribe to Our Newsletter".
NOT_NAMES = frozenset(
    "us our me home top more news search email newsletter newsletters the this all get "
    "twitter facebook instagram youtube linkedin mobile daily weekly breaking free".split()
)
# Trailing words of a product of the site, not its name: "CRN Magazine", "IGN Deals".
_PRODUCT_WORDS = re.compile(r"\s+(?:Magazine|Deals|Daily|Weekly|Pro|PRO|Plus|Live)$")
_MENU_LINE_MAX_CHARS = 40
_MIN_MENU_LINES = 2
_MIN_KINDS = 2
_MAX_LINE_CHARS = 200


@dataclass(slots=True)
class _Evidence:
    """What the page says of one (folded) name: the kinds of evidence, and how it writes it."""

    kinds: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    first: int = 0


def named_outlet(lines: list[str], copyright_holders: list[str]) -> str | None:
    """The name two kinds of the site's own evidence agree on, or None.

    The company of the first copyright line is taken first where the page
    also uses its name, or its initials, as a brand ("BBC News Navigation"
    over "Copyright © 2019 BBC."; "CNN Underscored", "CNN Store" over "© 2019
    Cable News Network"): elsewhere it is more often the site's publisher
    ("Hearst Communications" under the Connecticut Post), and the names of
    copyright lines count as one kind of evidence among the others.
    """
    # The site's prompts are short lines; most of a page's text is not.
    short = [line for line in lines if len(line) <= _MAX_LINE_CHARS]
    said = _prompted_names(short)
    for name in copyright_holders:
        _note(said, name, "copyright", len(short))
    # only a name a prompt gives can be taken: the others are not read further
    said = {key: evidence for key, evidence in said.items() if evidence.kinds - _SUPPORTING}
    holder = copyright_holders[0] if copyright_holders else None
    initials = initials_of(holder) if holder is not None else ""
    # the initials of the company, where the page writes them: "CNN" for "Cable News Network"
    if initials and not any(initials in line for line in short):
        initials = ""
    if not initials and (not said or (holder is not None and list(said) == [folded(holder)])):
        return None  # nothing, or only the copyright's company, which the caller takes anyway
    standing = _Standing(short)
    for brand_name in (initials, holder):
        if brand_name:
            brand = _Evidence()
            standing.add_to(folded(brand_name), brand)
            if brand.kinds:
                return brand_name
    if not said:
        return None
    for key, evidence in said.items():
        standing.add_to(key, evidence)
    agreed = [
        key
        for key, evidence in said.items()
        if len(evidence.kinds) >= _MIN_KINDS and evidence.kinds - _SUPPORTING
    ]
    if not agreed:
        return None
    best = max(
        agreed,
        key=lambda key: (len(said[key].kinds), sum(said[key].forms.values()), -said[key].first),
    )
    return _as_written(said[best].forms)


def initials_of(name: str) -> str:
    """ "Cable News Network" -> "CNN"; "" for a name of one word or with lower-case words."""
    words = [word for word in name.split() if word not in ("of", "and", "the")]
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return ""
    return "".join(word[0] for word in words)


def folded(name: str) -> str:
    """ "TheHill.com", "The Hill", "THE HILL" -> "thehill"; "@AppleInsider" -> "appleinsider"."""
    return _NOT_LETTERS.sub("", _DOMAIN_END.sub("", name.removeprefix("@")).casefold())


def _prompted_names(lines: list[str]) -> dict[str, _Evidence]:
    """The names the prompts and credits among `lines` give, by folded name."""
    said: dict[str, _Evidence] = {}
    page = "\n".join(lines)
    starts = line_starts(lines)
    for kind, needles, pattern in _PROMPTS:
        holding = sorted(
            {index for needle in needles for index in lines_holding(page, starts, needle)}
        )
        for index in holding:
            match = pattern.search(lines[index].strip())
            if match:
                _note(said, match["name"], kind, index)
    for index, line in enumerate(lines):
        if len(line) <= _MENU_LINE_MAX_CHARS and "." in line:
            line = line.strip()
            if " " not in line and _DOMAIN_LINE.fullmatch(line):
                _note(said, line, "domain line", index)
    return said


def _note(said: dict[str, _Evidence], name: str, kind: str, index: int) -> None:
    name = _PRODUCT_WORDS.sub("", name.rstrip(".:!,’'").removesuffix("’s").removesuffix("'s"))
    key = folded(name)
    if not key or name.casefold() in NOT_NAMES or key in NOT_NAMES:
        return
    evidence = said.get(key)
    if evidence is None:
        evidence = said[key] = _Evidence(first=index)
    evidence.kinds.add(kind)
    evidence.forms[name] += 1


class _Standing:
    """The short lines of a page, and the same folded.

    A name stands alone where a line folds to it ("GIZMODO", "The Hill"), and
    opens a menu's line where the line's first words fold to it ("WSJ Pro",
    "The Hill Apps"). A domain ("TheHill.com") folds with its ending, to no name.
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = [
            stripped
            for line in lines
            if len(line) <= _MENU_LINE_MAX_CHARS + 4
            and 0 < len(stripped := line.strip()) <= _MENU_LINE_MAX_CHARS
        ]
        # all folded at once: one pass of the pattern over the lot
        self.folded = _NOT_LETTERS_BUT_BREAKS.sub("", "\n".join(self.lines).casefold()).split("\n")

    def add_to(self, key: str, evidence: _Evidence) -> None:
        """Add the lines that are the name alone, and the menu lines it opens, to its evidence."""
        forms = (key, key.removeprefix("the"), "the" + key)
        menu_lines = 0
        for line, folded_line in zip(self.lines, self.folded, strict=True):
            if folded_line in forms:
                evidence.kinds.add("alone")
                evidence.forms[line] += 1
            elif folded_line.startswith(forms) and _opens(line, forms):
                menu_lines += 1
        if menu_lines >= _MIN_MENU_LINES:
            evidence.kinds.add("menu")


def _opens(line: str, forms: tuple[str, ...]) -> bool:
    """Do the first words of `line` fold to one of the `forms` of a name (its folded key,
    with and without "the")? "WSJ Pro" to "wsj", "Newsbeat" not to "news"."""
    beginning = ""
    for word in line.split()[:-1]:
        beginning += folded(word)
        if beginning in forms:
            return True
        if len(beginning) >= len(forms[0]) + 3:
            return False
    return False


def _as_written(forms: Counter[str]) -> str:
    """The form in words before a domain, and not in capitals where the page has another."""
    return max(
        forms,
        key=lambda form: (
            not _DOMAIN_END.search(form),
            not form.isupper(),
            forms[form],
            " " in form,
        ),
    )
