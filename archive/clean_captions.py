"""Photo captions in a page dump: how to spot them and how to split off the credit.

A caption is recognised by its marks (a credit in brackets, "Photograph:",
"©", a wire photographer's "REUTERS/Name", position markers such as "(L)"
or ", left,"). `caption_mark` names the mark a line carries, `split_credit`
takes the credit and a trailing outlet tag off the caption text, and
`merge_captions` turns caption lines into `Caption` records, one per
picture: a caption printed twice is one caption.
"""

from __future__ import annotations

import itertools
import operator
import re

from .model import Caption
from .text import line_starts, lines_holding

# "Credit..." (or "Photo credit…"), the label some sites print before a picture's credit.
_CREDIT_LABEL = r"(?i:(?:photo |image )?credit)(?:\.\.\.|…)"

# (name, pattern, needles): a group named "credit" holds the credit when the mark carries
# one; a line can carry the mark only if it holds one of the needles, in any case (a cheap
# first test: most of the cost of reading captions is in the patterns, so the needles are
# chosen to leave as few lines as possible to them).
CAPTION_MARKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "credit in brackets",
        r"(?i:\(\s*(?:photo|photograph|picture|image|foto|credit)s?\s*(?:by\b|:|credit\s*:?)\s*"
        r"(?P<credit>[^)]*?)\s*\))",
        ("(",),
    ),
    (
        "agency photo in brackets",
        r"\(\s*(?P<credit>[A-Z][\w.&/ -]{0,40}?)\s+(?i:(?:file\s+)?photos?)\s*\)",
        ("(",),
    ),
    (
        "credit label",
        r"(?i:\b(?:photograph|photo|picture|image|credit|photo credit|foto|bild|crédit photo)s?\s*:"
        r"\s*(?P<credit>[^:]{2,80})$)",
        ("photo", "picture", "image", "credit", "foto", "bild"),
    ),
    # the label as some sites print it, run into the credit ("Credit...Jane Doe/Daily
    # Planet") or alone on its line over it
    ("credit label", rf"^{_CREDIT_LABEL}\s*(?P<credit>\S.{{1,80}})?$", ("credit",)),
    (
        "agency photo credit in brackets",
        r"(?i:\((?P<credit>[\w .&-]{0,30}?\b(?:photo|photograph|image)s?\s*/\s*[^)]{2,60})\))",
        ("/",),
    ),
    ("caption label", r"^(?i:(?:image|photo|picture) caption\b)", ("caption",)),
    # the credit as blogs and magazines word it, alone on its line or closing the caption:
    # "Photo by Jane Doe", "Screenshot by Jane Doe/Daily Planet", "Image courtesy of NASA"
    (
        "credited by",
        r"(?:^|(?<=[.!?] ))(?i:(?:photo(?:graph)?|image|picture|screenshot|illustration)s?"
        r"\s+(?:by|courtesy(?:\s+of)?)\s+)(?P<credit>(?:the )?[A-Z@][\w.&'’@-]*"
        r"(?:(?: ?/ ?| \| | (?:for|on|via|of|and|the|from|at|/) | )[A-Z@][\w.&'’@-]*){0,7})\.?$",
        (" by ", "courtesy"),
    ),
    # a credit alone on its line, under the caption it belongs to: "GETTY", "AFP/Jane Doe",
    # "Jane Doe/Daily Planet/Getty Images", "Jane Doe | Daily Planet | Getty Images"
    (
        "credit line",
        r"^(?i:(?P<credit>(?:[\w .'’-]{2,40}(?:/|\s\|)\s*){0,2}"
        r"(?:getty(?: images)?|afp|reuters|ap|epa|shutterstock|istock|alamy"
        r"|xinhua|anadolu|dpa|statista)(?:\s*/\s*[\w .'-]{2,40})?)\s*$)",
        (),  # no needle: tested on every line (it is anchored at both ends, so cheap)
    ),
    # a photographer and the paper: "Jane Doe/The Daily Planet", "Jane Doe / Reuters"
    (
        "photographer and outlet",
        r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,2} ?/ ?"
        r"(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}$",
        ("/",),
    ),
    # "© Getty Images", but not "© 2019 Outlet. All rights reserved."
    ("copyright mark", r"^\s*©(?!\s*\d{4})\s*(?P<credit>.+)$", ("©",)),
    ("copyright credit at the end", r"\s©\s*(?P<credit>[^©.]{2,60})$", ("©",)),
    (
        "wire photographer",
        r"\b(?:REUTERS|AFP|AP|EPA|Getty Images|Xinhua|ANSA|dpa)\s?/\s?[A-Z]\w",
        ("/",),
    ),
    # "(L)", "(2nd R)", and the order of a row of people: "(L-R)", "(from left)"
    (
        "position in brackets",
        r"\((?:(?:\d(?:st|nd|rd|th)[- ])?(?:L|R|C|left|right|center|centre)"
        r"|(?i:(?:from\s+)?(?:l|r|left|right)\s?(?:-|–|to)\s?(?:l|r|left|right)"
        r"|from\s+(?:left|right)))\)",
        ("(",),
    ),
    (
        "position in commas",
        r",\s(?:left|right|center|centre|second (?:left|right)|far (?:left|right)),\s",
        ("left,", "right,", "center,", "centre,"),
    ),
    (
        "caption wording",
        r"(?i:\bpictured\b|\bin this (?:photo|image|picture|file photo)\b)",
        ("pictured", "in this"),
    ),
    (
        "caption wording",
        r"^(?i:this (?:illustration|image|photo|picture|graphic) (?:shows|of)\b"
        r"|an? (?:stock|file) (?:image|photo)\b)",
        ("this", "stock", "file"),
    ),
    ("file photo", r"(?i:\((?:file|file photo)\))", ("(",)),
    # a credit run into the caption's last sentence: "... in Braunau am Inn, Austria.Leonhard
    # Foeger / Reuters file", "... on July 25, 2019.J. Scott Applewhite / AP file"
    (
        "credit run into the caption",
        r"(?<=[a-z0-9][.!?])(?P<credit>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
        r" ?/ ?[A-Z][\w&.'’ -]{1,40})$",
        ("/",),
    ),
    # a credit in square brackets closing the caption: "... invaded in 2001 [File: Reuters]",
    # "... in Kabul [Jane Doe/AP Photo]"
    (
        "credit in square brackets",
        r"\[(?:(?i:file(?: photo)?):\s*)?(?P<credit>[^\]]{0,40}"
        r"\b(?:Reuters|AFP|AP|EPA|Getty Images|Anadolu|Xinhua|Al Jazeera)\b[^\]]{0,40})\]\s*$",
        ("[",),
    ),
    # "Above: A coworking space in San Francisco." ("Pictured:" is caption wording)
    ("position label", r"^(?:Above|Below|Inset):\s", ("above:", "below:", "inset:")),
)
# A character a line carrying the mark never holds (its pattern admits it nowhere): the
# cheap first test of a mark without needles. Body text is full of commas; credits are not.
CAPTION_MARK_BARS = {"credit line": ","}
_MARKS = tuple((name, re.compile(pattern), needles) for name, pattern, needles in CAPTION_MARKS)


def caption_mark(text: str) -> str:
    """The name of the first caption mark the line carries, or ""."""
    return caption_marks([text])[0]


def caption_marks(texts: list[str]) -> list[str]:
    """`caption_mark` for many lines at once.

    Each mark is looked for only on the lines holding one of its needles (a cheap first
    test, run over all the lines in one pass), in table order, so a line gets the first
    mark it carries.
    """
    marks = [""] * len(texts)
    positions = range(len(texts))
    # the page lower-cased, and where each line starts in it
    lowered = list(map(str.lower, texts))
    page = "\n".join(lowered)
    starts = line_starts(lowered)
    # most needles are on no line of a page, and the others on a few
    holding = {needle: lines_holding(page, starts, needle) for needle in _NEEDLES}
    for name, regex, needles in _MARKS:
        if needles:
            candidates = sorted({index for needle in needles for index in holding[needle]})
        elif name in CAPTION_MARK_BARS:
            barred = map(operator.contains, texts, itertools.repeat(CAPTION_MARK_BARS[name]))
            candidates = list(itertools.compress(positions, map(operator.not_, barred)))
        else:
            candidates = list(positions)
        for index in candidates:
            if not marks[index] and regex.search(texts[index]):
                if name == "position in brackets" and _only_party_labels(texts[index], regex):
                    continue
                marks[index] = name
    return marks


# A US politician's party in brackets after the name, as some papers print it in the
# text: "South Dakota Gov. Kristi Noem (R) is defending ...". A photo's "(R)" says who
# stands on the right, after a title in full: "Japanese Prime Minister Shinzo Abe (R)".
_PARTY_LABEL = re.compile(r"\b(?:Gov|Sen|Rep|Del)\.\s(?:[A-Z][\w'’.-]*\s){1,3}\(R\)")


def _only_party_labels(text: str, position: re.Pattern[str]) -> bool:
    """Whether every position in brackets on the line is a party after a name."""
    return position.search(_PARTY_LABEL.sub("", text)) is None


_NEEDLES = sorted({needle for _, _, needles in _MARKS for needle in needles})


# A credit glued to the caption it precedes: "© REUTERS / Andy Wong/PoolJapanese Foreign ...".
_GLUED_CREDIT = re.compile(r"^(?P<credit>.*?[a-z])(?=[A-Z][a-z])")
_LONGEST_BARE_CREDIT = 6  # words: "© Getty Images" alone on a line is all credit


def strip_outlet_tag(text: str, outlet_tag: str | None) -> str:
    if outlet_tag and text.endswith(outlet_tag):
        return text[: -len(outlet_tag)].rstrip(" -–—|")
    return text


def split_credit(text: str, outlet_tag: str | None = None) -> tuple[str, str | None]:
    """(caption text, credit) of one caption line; the credit is None if it names none."""
    text = strip_outlet_tag(text.strip(), outlet_tag)
    for name, regex, _ in _MARKS:
        match = regex.search(text)
        if not match or "credit" not in regex.groupindex:
            continue
        credit = (match.group("credit") or "").strip()
        if name == "copyright mark":
            return _split_copyright(credit)
        rest = (text[: match.start()] + " " + text[match.end() :]).strip()
        return _tidy(rest), credit or None
    return _tidy(text), None


def _split_copyright(after_mark: str) -> tuple[str, str | None]:
    glued = _GLUED_CREDIT.match(after_mark)
    if glued:
        return _tidy(after_mark[glued.end() :]), glued.group("credit").strip()
    if len(after_mark.split()) <= _LONGEST_BARE_CREDIT:
        return "", after_mark
    return _tidy(after_mark), None


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" -–—|")


_BARE_CREDIT_LABEL = re.compile(_CREDIT_LABEL + "$")


def merge_captions(lines: list[str], outlet_tag: str | None = None) -> tuple[Caption, ...]:
    """One Caption per picture, in page order.

    A caption printed twice (the alt text and the visible caption, often one
    with the credit and one without) becomes one Caption that keeps the
    credit; when one copy is the other with text in front, that text is the
    credit ("© REUTERS / Andy Wong/Pool" + caption).
    """
    parts = [split_credit(line, outlet_tag) for line in lines]
    # "Credit..." alone on its line: the line under it is the credit, whatever it says
    for index in range(len(parts) - 1):
        if parts[index] == ("", None) and _BARE_CREDIT_LABEL.match(lines[index].strip()):
            parts[index + 1] = ("", lines[index + 1].strip())
    texts = [text for text, _ in parts]
    merged: dict[str, str | None] = {}
    for text, credit in parts:
        if not text:
            continue
        shorter = next(
            (other for other in texts if other != text and other and text.endswith(other)), None
        )
        if shorter is not None:
            prefix = text[: -len(shorter)].strip(" ©-–—|")
            text, credit = shorter, credit or prefix or None
        if text not in merged or merged[text] is None:
            merged[text] = credit
    # A credit alone on its line ("© Getty Images") belongs to the caption before it.
    bare_credits = [credit for text, credit in parts if not text and credit]
    captions = [Caption(text, credit) for text, credit in merged.items()]
    for credit in bare_credits:
        for index in range(len(captions) - 1, -1, -1):
            if captions[index].credit is None:
                captions[index] = Caption(captions[index].text, credit)
                break
    return tuple(captions)
