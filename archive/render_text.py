"""Text -> markup for the renderer: entity mentions, keyword in context, Markdown, dates.

Article text is untrusted. Every function here escapes the text it is given
and only ever joins escaped pieces with markup it builds itself, so the result
can be handed to a template as `Markup` without a second look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markupsafe import Markup

from .model import Block, LineRow, Mention
from .text import SentenceIndex
from .text import sentence_bounds as _sentence_bounds

if TYPE_CHECKING:
    from markdown_it.renderer import RendererHTML
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

# Keyword in context: how much of a sentence an entity page shows around a name.
CONTEXT_MAX_CHARS = 280

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

# Where a note's passage is marked in a paragraph: the <mark> around it.
NOTE_MARK_OPEN = '<mark class="note-anchor">'
NOTE_MARK_CLOSE = "</mark>"


def _escape_by_replacing(text: str) -> str:
    """What markupsafe.escape gives, as a plain str."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


# escape_text(text): text escaped for HTML exactly as markupsafe.escape does, as a
# plain str. The renderer escapes millions of pieces of text at archive scale; making
# a Markup object for each costs more than the escaping itself, and so does a Python
# function around markupsafe's own C escaper: it is used as it is.
escape_text: Callable[[str], str]
try:
    from markupsafe._speedups import _escape_inner as escape_text
except ImportError:  # an older markupsafe, or one built without its C speedups
    escape_text = _escape_by_replacing


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """A body block ready for a template: its kind and its marked-up text."""

    kind: str  # "paragraph" or "heading"
    html: Markup
    anchor: str  # an id for headings, "" for paragraphs
    note: Markup | None = None  # an editor's note anchored in this paragraph


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
    cards: dict[str, str] | None = None,
    highlight: tuple[int, int] | None = None,
) -> Markup:
    """Escape `text` and wrap each mention in a link to its entity, marked by type.

    Entities in `already_named` (which this call extends) were named earlier on
    the page: their mentions are marked as repeats, which the stylesheet keeps
    quiet so that a text naming "China" twenty times stays readable. `cards`
    maps an entity to the id of its hover card, which the mention points at
    with aria-describedby. `highlight` is a span of `text` to wrap in a
    <mark> (the passage an editor's note is about); it grows to whole mentions.
    """
    named = set() if already_named is None else already_named
    chosen = usable_mentions(text, mentions, offset)
    marks: list[tuple[int, str]] = []
    if highlight and highlight[0] < highlight[1]:
        marks = _highlight_marks(highlight, chosen, offset)
    pieces: list[str] = []
    position = 0

    def text_until(target: int) -> None:
        nonlocal position
        while marks and position <= marks[0][0] <= target:
            at, tag = marks.pop(0)
            pieces.append(escape_text(text[position:at]))
            pieces.append(tag)
            position = at
        pieces.append(escape_text(text[position:target]))
        position = target

    for mention in chosen:
        text_until(mention.start - offset)
        repeat = mention.entity in named
        named.add(mention.entity)
        card = cards.get(mention.entity) if cards else None
        pieces.append(_mention_element(mention, link(mention), repeat, card))
        position = mention.end - offset
    text_until(len(text))
    return Markup("".join(pieces))


def _highlight_marks(
    highlight: tuple[int, int], chosen: list[Mention], offset: int
) -> list[tuple[int, str]]:
    """Where the <mark> opens and closes, moved out of any mention it would cut."""
    start, end = highlight
    for mention in chosen:
        mention_start, mention_end = mention.start - offset, mention.end - offset
        if mention_start < start < mention_end:
            start = mention_start
        if mention_start < end < mention_end:
            end = mention_end
    return [(start, NOTE_MARK_OPEN), (end, NOTE_MARK_CLOSE)]


def _mention_element(
    mention: Mention, href: str | None, repeat: bool = False, card: str | None = None
) -> str:
    # The type is in the class: the stylesheet colours by it and scripts can read it.
    classes = f"mention mention-{escape_text(mention.type)}"
    if repeat:
        classes += " mention-repeat"
    if mention.probable_misspelling:
        classes += " mention-misspelt"
    attributes = f' class="{classes}" data-entity="{escape_text(mention.entity)}"'
    if card:
        attributes += f' aria-describedby="{card}"'
    label = escape_text(mention.text)
    if href is None:
        element = f"<span{attributes}>{label}</span>"
    else:
        element = f'<a href="{escape_text(href)}"{attributes}>{label}</a>'
    if mention.probable_misspelling:
        # Said in words on the page, not only in a tooltip; kept out of the search text.
        element += (
            '<span class="sic" data-pagefind-ignore> (probable misspelling of'
            f" {escape_text(mention.entity)})</span>"
        )
    return element


def mark_body(
    blocks: Sequence[Block],
    mentions: Iterable[Mention],
    link: MentionLink,
    cards: dict[str, str] | None = None,
    notes: Sequence[AnchoredNote] = (),
) -> list[BodyBlock]:
    """The body blocks with their mentions marked; repeats are marked as such.

    Body mentions index `Article.body_text`, the blocks joined by a blank line,
    so each block takes the mentions that fall inside its own span; one pass
    over the mentions, in order, hands each block its own. A note goes with the
    first paragraph whose text holds its quoted passage.
    """
    body_mentions = sorted(
        (mention for mention in mentions if mention.field == "body"),
        key=lambda mention: mention.start,
    )
    placed = _place_notes(blocks, notes)
    marked: list[BodyBlock] = []
    start = 0
    next_mention = 0
    used_anchors: set[str] = set()
    named: set[str] = set()
    for number, block in enumerate(blocks):
        end = start + len(block.text)
        while next_mention < len(body_mentions) and body_mentions[next_mention].start < start:
            next_mention += 1
        inside = []
        while next_mention < len(body_mentions) and body_mentions[next_mention].start < end:
            if body_mentions[next_mention].end <= end:
                inside.append(body_mentions[next_mention])
            next_mention += 1
        note = placed.get(number)
        html = mark_mentions(
            block.text,
            inside,
            link,
            offset=start,
            already_named=named,
            cards=cards,
            highlight=note.span if note else None,
        )
        anchor = _unique_anchor(block.text, used_anchors) if block.kind == "heading" else ""
        marked.append(BodyBlock(block.kind, html, anchor, note.html if note else None))
        start = end + 2  # the "\n\n" between blocks
    return marked


@dataclass(frozen=True, slots=True)
class AnchoredNote:
    """An editor's note and the passage of the body it is about."""

    quote: str
    html: Markup


@dataclass(frozen=True, slots=True)
class _PlacedNote:
    span: tuple[int, int]  # the quoted passage, in the paragraph's text
    html: Markup


def _place_notes(blocks: Sequence[Block], notes: Sequence[AnchoredNote]) -> dict[int, _PlacedNote]:
    """Block number -> the note whose passage it holds (whitespace and case aside)."""
    placed: dict[int, _PlacedNote] = {}
    for note in notes:
        for number, block in enumerate(blocks):
            span = find_passage(block.text, note.quote)
            if span and block.kind == "paragraph" and number not in placed:
                placed[number] = _PlacedNote(span, note.html)
                break
    return placed


def find_passage(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` is in `text`, however its spaces and letter case differ; None if absent."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _unique_anchor(text: str, used: set[str]) -> str:
    base = re.sub(r"[^\w]+", "-", text.lower()).strip("-_") or "section"
    anchor, number = base, 2
    while anchor in used:
        anchor, number = f"{base}-{number}", number + 1
    used.add(anchor)
    return anchor


def keyword_in_context(
    text: str,
    start: int,
    end: int,
    limit: int = CONTEXT_MAX_CHARS,
    sentences: SentenceIndex | None = None,
) -> Markup:
    """The sentence of `text` that holds text[start:end], with that span in <mark>.

    A sentence longer than `limit` is cut at word boundaries around the span
    and the cuts are shown with an ellipsis. `sentences` (of `text`) saves
    finding the sentence by scanning the text again.
    """
    if sentences is not None:
        sentence_start, sentence_end = sentences.bounds(text, start, end)
    else:
        sentence_start, sentence_end = _sentence_bounds(text, start, end)
    sentence = text[sentence_start:sentence_end]
    return in_context(sentence, start - sentence_start, end - sentence_start, limit)


def in_context(
    sentence: str,
    start: int,
    end: int,
    limit: int = CONTEXT_MAX_CHARS,
    others: Sequence[tuple[int, int]] = (),
) -> Markup:
    """keyword_in_context of a sentence found already: sentence[start:end] in <mark>, and
    each of the `others` spans (the name's other mentions) that the cut keeps whole."""
    left = sentence[:start]
    right = sentence[end:]
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
    first, last = start - len(left), end + len(right)
    kept = [span for span in others if first <= span[0] < span[1] <= last]  # cut whole
    marks = sorted({(start, end), *kept})
    pieces = ["… " if left_cut else ""]
    done = first
    for mark_start, mark_end in marks:
        if mark_start < done:
            continue  # overlaps the mark before it
        pieces += (escape_text(sentence[done:mark_start]), "<mark>")
        pieces += (escape_text(sentence[mark_start:mark_end]), "</mark>")
        done = mark_end
    pieces += (escape_text(sentence[done:last]), " …" if right_cut else "")
    return Markup("".join(pieces))


def provenance_rows(lines: Iterable[LineRow]) -> Markup:
    """The provenance table's rows: every line of the original, its role, why it went.

    Built here rather than in the template: a page dump has hundreds of lines,
    and a template loop costs several times as much per row.
    """
    rows = []
    for number, text, line_role, line_reason in lines:
        role = escape_text(line_role)
        shown = "removed" if line_role == "boilerplate" else role
        reason = (
            '<br><span class="reason"><span class="visually-hidden">Why: </span>'
            f"{escape_text(line_reason)}</span>"
            if line_reason
            else ""
        )
        rows.append(
            f'<tr class="role-{role}"><td>{number}</td><td>{shown}</td>'
            f"<td>{escape_text(text)}{reason}</td></tr>\n"
        )
    return Markup("".join(rows))


def markdown_renderer(url: Callable[[str], str]) -> Callable[[str], Markup]:
    """Markdown -> HTML with raw HTML off; site-absolute links get the base URL.

    A link written as "/entities/" in a page or a registry description must
    still work when the site is published under a sub-path.
    """
    markdown = MarkdownIt("commonmark", {"html": False})

    def rebase(attribute: str) -> Callable[..., str]:
        def rule(
            self: RendererHTML,
            tokens: Sequence[Token],
            index: int,
            options: OptionsDict,
            env: EnvType,
        ) -> str:
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


def format_number(count: int) -> str:
    """10001 -> "10,001": a count of articles or names as the site's English prints it."""
    return f"{count:,}"


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
