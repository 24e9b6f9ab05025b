"""Text -> markup for the renderer: entity mentions, keyword in context, Markdown, dates.

Article text is untrusted. Every function here escapes the text it is given
and only ever joins escaped pieces with markup it builds itself, so the result
can be handed to a template as `Markup` without a second look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from .model import Block, Mention

# Keyword in context: how much of a sentence an entity page shows around a name.
CONTEXT_MAX_CHARS = 280

# A sentence ends at . ! ? (and any closing quotes or brackets) followed by
# white space, or at a line break (body_text joins blocks with a blank line).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_TIME = re.compile(r"T(\d{2}:\d{2}(?::\d{2})?)")

MentionLink = Callable[[Mention], str | None]


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """A body block ready for a template: its kind and its marked-up text."""

    kind: str  # "paragraph" or "heading"
    html: Markup
    anchor: str  # an id for headings, "" for paragraphs


def usable_mentions(text: str, mentions: Iterable[Mention], offset: int = 0) -> list[Mention]:
    """The mentions that can be marked in `text`, in order, without overlaps.

    `offset` is where `text` starts in the field the mentions index. A mention
    whose offsets do not match its text (a stale cache, a bug upstream) is left
    out rather than marking the wrong words; of two overlapping mentions the
    earlier, then the longer, wins.
    """
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end, mention.entity))
    chosen: list[Mention] = []
    covered_to = offset
    for mention in ordered:
        start, end = mention.start - offset, mention.end - offset
        if mention.start < covered_to or end > len(text) or start >= end:
            continue
        if text[start:end] != mention.text:
            continue
        chosen.append(mention)
        covered_to = mention.end
    return chosen


def mark_mentions(
    text: str,
    mentions: Iterable[Mention],
    link: MentionLink,
    offset: int = 0,
    already_named: set[str] | None = None,
) -> Markup:
    """Escape `text` and wrap each mention in a link to its entity, marked by type.

    Entities in `already_named` (which this call extends) were named earlier on
    the page: their mentions are marked as repeats, which the stylesheet keeps
    quiet so that a text naming "China" twenty times stays readable.
    """
    named = set() if already_named is None else already_named
    pieces: list[str] = []
    position = 0
    for mention in usable_mentions(text, mentions, offset):
        start, end = mention.start - offset, mention.end - offset
        pieces.append(escape(text[position:start]))
        repeat = mention.entity in named
        named.add(mention.entity)
        pieces.append(_mention_element(mention, link(mention), repeat))
        position = end
    pieces.append(escape(text[position:]))
    return Markup("".join(pieces))


def _mention_element(mention: Mention, href: str | None, repeat: bool = False) -> Markup:
    classes = ["mention", f"mention-{mention.type}"]
    # A tooltip where it tells the reader something: the first mention, a misspelling.
    title = None if repeat else f"{mention.type.capitalize()}: {mention.entity}"
    if repeat:
        classes.append("mention-repeat")
    if mention.probable_misspelling:
        classes.append("mention-misspelt")
        title = f"{mention.entity} (spelt “{mention.text}” in the original)"
    attributes = Markup(' class="{}" data-type="{}" data-entity="{}"').format(
        " ".join(classes), mention.type, mention.entity
    )
    if title:
        attributes += Markup(' title="{}"').format(title)
    if href is None:
        return Markup("<span{}>{}</span>").format(attributes, mention.text)
    return Markup('<a href="{}"{}>{}</a>').format(href, attributes, mention.text)


def mark_body(
    blocks: Sequence[Block], mentions: Iterable[Mention], link: MentionLink
) -> list[BodyBlock]:
    """The body blocks with their mentions marked; repeats are marked as such.

    Body mentions index `Article.body_text`, the blocks joined by a blank line,
    so each block takes the mentions that fall inside its own span.
    """
    body_mentions = [mention for mention in mentions if mention.field == "body"]
    marked: list[BodyBlock] = []
    start = 0
    used_anchors: set[str] = set()
    named: set[str] = set()
    for block in blocks:
        end = start + len(block.text)
        inside = [m for m in body_mentions if start <= m.start and m.end <= end]
        html = mark_mentions(block.text, inside, link, offset=start, already_named=named)
        anchor = _unique_anchor(block.text, used_anchors) if block.kind == "heading" else ""
        marked.append(BodyBlock(kind=block.kind, html=html, anchor=anchor))
        start = end + 2  # the "\n\n" between blocks
    return marked


def _unique_anchor(text: str, used: set[str]) -> str:
    base = re.sub(r"[^\w]+", "-", text.lower()).strip("-_") or "section"
    anchor, number = base, 2
    while anchor in used:
        anchor, number = f"{base}-{number}", number + 1
    used.add(anchor)
    return anchor


def keyword_in_context(text: str, start: int, end: int, limit: int = CONTEXT_MAX_CHARS) -> Markup:
    """The sentence of `text` that holds text[start:end], with that span in <mark>.

    A sentence longer than `limit` is cut at word boundaries around the span
    and the cuts are shown with an ellipsis.
    """
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    left = text[sentence_start:start]
    right = text[end:sentence_end]
    room = max(limit - (end - start), 0)
    left_room = min(len(left), max(room // 2, room - len(right)))
    right_room = max(room - left_room, 0)
    left_cut = len(left) > left_room
    right_cut = len(right) > right_room
    if left_cut:
        left = left[len(left) - left_room :]
        left = left[left.find(" ") + 1 :] if " " in left else left
    if right_cut:
        right = right[:right_room]
        right = right[: right.rfind(" ")] if " " in right else right
    return Markup("{}{}<mark>{}</mark>{}{}").format(
        "… " if left_cut else "",
        left,
        text[start:end],
        right,
        " …" if right_cut else "",
    )


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = match.end()
    following = _SENTENCE_END.search(text, end)
    sentence_end = following.start() + 1 if following else len(text)
    if following and text[following.start()] == "\n":
        sentence_end = following.start()
    # Keep closing quotes that belong to the sentence.
    while sentence_end < len(text) and text[sentence_end] in "\"'”’)]":
        sentence_end += 1
    return sentence_start, sentence_end


def markdown_renderer(url: Callable[[str], str]) -> Callable[[str], Markup]:
    """Markdown -> HTML with raw HTML off; site-absolute links get the base URL.

    A link written as "/entities/" in a page or a registry description must
    still work when the site is published under a sub-path.
    """
    markdown = MarkdownIt("commonmark", {"html": False})

    def rebase(attribute: str) -> Callable[..., str]:
        def rule(self, tokens, index, options, env) -> str:  # type: ignore[no-untyped-def]
            token = tokens[index]
            target = token.attrGet(attribute)
            if isinstance(target, str) and target.startswith("/") and not target.startswith("//"):
                token.attrSet(attribute, url(target))
            if token.type == "image":
                return self.image(tokens, index, options, env)
            return self.renderToken(tokens, index, options, env)

        return rule

    markdown.add_render_rule("link_open", rebase("href"))
    markdown.add_render_rule("image", rebase("src"))

    def render(text: str) -> Markup:
        return Markup(markdown.render(text))

    return render


def format_date(iso: str | None) -> str:
    """ "2018-01-28" -> "28 January 2018"; anything unparseable is shown as given."""
    if not iso:
        return ""
    match = _ISO_DATE.match(iso)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return iso
    year, month, day = match.groups()
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def format_datetime(iso: str | None) -> str:
    """ "2025-01-21T23:27:39" -> "21 January 2025, 23:27:39"."""
    if not iso:
        return ""
    time = _ISO_TIME.search(iso)
    day = format_date(iso)
    return f"{day}, {time.group(1)}" if time and day != iso else day


def year_of(iso: str | None) -> str | None:
    match = _ISO_DATE.match(iso or "")
    return match.group(1) if match else None


def excerpt(text: str, limit: int = 200) -> str:
    """The start of a text, cut at a word boundary, for article lists."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(",;:—–-") + "…"
