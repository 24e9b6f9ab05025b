"""Clean: Source -> Article.

One pure function, `clean`, for every input format:
- a page dump (.txt): every non-blank line is given a role (boilerplate,
  title, standfirst, caption, heading, body) by `clean_layout` from the
  features of `clean_features` and the signals of `clean_signals`; captions,
  dates and the outlet are read by
  `clean_captions`, `clean_dates` and `clean_outlet`;
- Markdown with YAML front matter (.md): taken as already clean
  (`clean_markdown`);
- a saved web page (.html): rendered to its visible text, then cleaned as
  a page dump (`clean_html`).

`furniture` holds the page's lines that recur across the archive
(`furniture.learn_furniture`); they are removed as template furniture.
Every text the Article keeps has plain spaces: no-break and other Unicode
space separators become " ", so names match what people type; `Line.text`
keeps the line as the file has it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clean_address import printed_address
from .clean_authors import find_authors
from .clean_captions import merge_captions
from .clean_dates import PageDates, find_clock, find_dateline, published_date, updated_date
from .clean_features import measure_page
from .clean_layout import lay_out
from .clean_outlet import find_outlet, outlet_tag
from .ingest import with_text
from .model import Article, Block, Blocks, Caption, Line, Source

# Unicode space separators other than " " (category Zs); a run of them, with any
# spaces around them, becomes one space.
_ODD_SPACE = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_ODD_SPACES = re.compile(" *" + _ODD_SPACE + "(?: |" + _ODD_SPACE + ")*")
_ANY_ODD_SPACE = re.compile(_ODD_SPACE)  # a bare class: a fast first test


def plain_spaces(text: str) -> str:
    """The text with every no-break or other Unicode space (a run of them) as one " "."""
    if text.isascii() or not _ANY_ODD_SPACE.search(text):
        return text
    return _ODD_SPACES.sub(" ", text)


def clean(source: Source, furniture: frozenset[str] = frozenset()) -> Article:
    """The clean article of one source, whatever its format.

    `furniture`: normalised lines of this page that recur on other pages of the
    archive (`Furniture.lines_in(source)`); removed unless one is the headline.
    Raises ValueError with a plain reason for a source that cannot be read
    (malformed front matter, unknown format).
    """
    source = with_text(source)
    if source.format == "txt":
        return clean_page_dump(source, furniture)
    if source.format == "md":
        from .clean_markdown import clean_markdown

        return _with_plain_spaces(clean_markdown(source))
    if source.format == "html":
        from .clean_html import clean_html

        return _with_plain_spaces(clean_html(source, furniture))
    raise ValueError(f"unknown format {source.format!r} (expected txt, md or html)")


def _with_plain_spaces(article: Article) -> Article:
    return replace(
        article,
        title=plain_spaces(article.title),
        standfirst=plain_spaces(article.standfirst) if article.standfirst else article.standfirst,
        blocks=Blocks.of(Block(block.kind, plain_spaces(block.text)) for block in article.blocks),
        captions=tuple(
            Caption(plain_spaces(caption.text), caption.credit and plain_spaces(caption.credit))
            for caption in article.captions
        ),
    )


def clean_page_dump(source: Source, furniture: frozenset[str] = frozenset()) -> Article:
    numbered = [
        (number, stripped)
        for number, text in enumerate(source.contents.split("\n"), start=1)
        if (stripped := _visible_text(text))
    ]
    numbered, drop_capitals = _without_drop_capitals(numbered)
    # The cleaner reads and keeps the lines with plain spaces; `lines` keeps them as written.
    texts = [
        _without_link_cards(plain_spaces(drop_capitals.get(number, "") + text))
        for number, text in numbered
    ]
    features = measure_page(texts, furniture)
    tag = outlet_tag(texts)
    prompts = {index for index, item in enumerate(features) if item.furniture}
    outlet = find_outlet(texts, prompts, tag)
    layout = lay_out(features, [number for number, _ in numbered], tag, outlet)
    roles = [verdict.role for verdict in layout.verdicts]
    lines = [
        Line(number, text, verdict.role, verdict.reason)
        for (number, text), verdict in zip(numbered, layout.verdicts, strict=True)
    ]
    if drop_capitals:
        lines += [
            Line(number - 1, letter, "boilerplate", REASON_DROP_CAPITAL)
            for number, letter in drop_capitals.items()
        ]
        lines.sort(key=_line_number)

    blocks = tuple(
        Block("heading" if role == "heading" else "paragraph", text)
        for text, role in zip(texts, roles, strict=True)
        if role in ("body", "heading")
    )
    body_texts = [text for text, role in zip(texts, roles, strict=True) if role == "body"]
    caption_texts = [text for text, role in zip(texts, roles, strict=True) if role == "caption"]
    dateline = find_dateline(body_texts[0]) if body_texts else None
    # The header between the headline and the text, then the lines right over the
    # headline ("Wednesday 20 November 2019 9:22 am" set above it): where a date line
    # states the publication.
    header_start = layout.title + 1 if layout.title is not None else 0
    over_title = range(max(0, header_start - 1 - LINES_OVER_TITLE), max(0, header_start - 1))
    under_title = _boilerplate(texts, roles, range(header_start, layout.core[0]))
    over_title_texts = _boilerplate(texts, roles, over_title)
    over_title_texts += _under_first_copy(texts, roles, layout.title)
    header = under_title + over_title_texts
    # Some sites state the publication under the text ("First published on November 19, 2019").
    under_text = range(layout.core[1] + 1, min(len(texts), layout.core[1] + 1 + LINES_UNDER_TEXT))
    closing = [texts[index] for index in under_text if roles[index] == "boilerplate"]
    updated = updated_date(header)
    captured = _page_clock(texts[: layout.core[0]])
    return Article(
        id=source.id,
        slug=source.slug,
        source_file=source.path,
        format=source.format,
        title=texts[layout.title] if layout.title is not None else source.id,
        standfirst=texts[layout.standfirst] if layout.standfirst is not None else None,
        outlet=outlet,
        published=published_date(
            under_title,
            dateline[1] if dateline else None,
            # a page that dates its update in the header would date its publication
            # there too: a picture's date is then only the picture's
            caption_texts if updated is None else [],
            body_texts,
            closing,
            over_title_texts,
            PageDates(captured, texts),
        ),
        captured=captured,
        updated=updated,
        dateline=dateline[0] if dateline else None,
        blocks=Blocks.of(blocks),
        captions=merge_captions(caption_texts, tag),
        lines=tuple(lines),
        authors=find_authors(
            header, texts[layout.core[1] + 1 :][:LINES_UNDER_TEXT_CREDITS], outlet, texts
        ),
        source_url=printed_address(texts, layout.title),
    )


# Characters that take no room: a line of them only (a "\u200b" left between two blocks of a
# page) is as blank as an empty one, not a line of symbols that parts the article's text.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _visible_text(text: str) -> str:
    """The line without spaces and invisible characters at either end."""
    stripped = text.strip()
    if stripped.isascii():  # the common case: nothing invisible to strip
        return stripped
    return stripped.strip(_INVISIBLE).strip()


# Lines over the headline read for its date, besides those under it.
LINES_OVER_TITLE = 2
# A headline printed twice: how far over the headline its first copy may be (a
# gallery of captions between them), and the lines under that copy read for a date.
LINES_TO_FIRST_COPY = 30
LINES_UNDER_FIRST_COPY = 3
# Lines under the article's last paragraph read for a "Published" label.
LINES_UNDER_TEXT = 2
# A wire's credit ("Reporting by Jane Doe; Editing by John Roe") may stand under its
# graphics' links and notes, a few lines further down.
LINES_UNDER_TEXT_CREDITS = 6
REASON_DROP_CAPITAL = "a drop capital: the first letter of the line below"
# A large first letter set apart from the rest of its word: "H" above "ong Kong is burning."
# "A" and "I" are words of their own as often ("A" above "man was ..."): left as they are.
_DROP_CAPITAL = re.compile(r"[B-HJ-Z]")


def _without_drop_capitals(
    numbered: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The lines without drop capitals, and each capital by the number of the line it starts.

    A drop capital is a capital letter alone on its line, right above a line
    (no blank line between them) that starts in lower case.
    """
    # most pages have none: a quick look first
    if not any(len(text) == 1 for _, text in numbered):
        return numbered, {}
    capitals: dict[int, str] = {}
    kept: list[tuple[int, str]] = []
    for position, (number, text) in enumerate(numbered):
        following = numbered[position + 1] if position + 1 < len(numbered) else None
        if (
            len(text) == 1
            and following is not None
            and following[0] == number + 1
            and _DROP_CAPITAL.fullmatch(text)
            and following[1][:1].islower()
        ):
            capitals[following[0]] = text
        else:
            kept.append((number, text))
    return kept, capitals


# A link card set into the text: the name printed twice, run together, then the
# headlines of other stories about it up to "MORE" (The Hill): "Rep. Ilhan OmarIlhan
# OmarHillicon Valley: ... | ... MORE (D-Minn.)" is "Rep. Ilhan Omar (D-Minn.)". The
# card may give the name in full: "Gov. Kristi NoemKristi Lynn NoemSouth Dakota ... MORE".
_LINK_CARD = re.compile(
    r"(?P<name>\b(?P<first>[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3})(?P=first)[^\n]{0,1000}? MORE\b"
)


def _without_link_cards(text: str) -> str:
    if " MORE" not in text:  # a cheap first test: most lines have no card
        return text
    return _LINK_CARD.sub(r"\g<name>", text)


def _line_number(line: Line) -> int:
    return line.number


def _boilerplate(texts: list[str], roles: list[str], indexes: range) -> list[str]:
    return [texts[index] for index in indexes if roles[index] == "boilerplate"]


def _under_first_copy(texts: list[str], roles: list[str], title: int | None) -> list[str]:
    """The header under an earlier copy of the headline, or [].

    Some sites print the headline twice, over a photo gallery and again over
    the text; the byline and "Updated 1:39 am EST, Wednesday, November 20,
    2019" stand under the first copy only.
    """
    if title is None:
        return []
    start = max(0, title - LINES_TO_FIRST_COPY)
    for index in range(title - 1, start - 1, -1):
        if texts[index] == texts[title]:
            end = min(title, index + 1 + LINES_UNDER_FIRST_COPY)
            return _boilerplate(texts, roles, range(index + 1, end))
    return []


def _page_clock(lines: list[str]) -> str | None:
    for line in lines:
        clock = find_clock(line) if line[:1].isdigit() else None
        if clock:
            return clock
    return None
