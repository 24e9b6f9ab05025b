"""Clean: Source -> Article.

One pure function, `clean`, for every input format:
- a page dump (.txt): every non-blank line is given a role (boilerplate,
  title, standfirst, caption, heading, body) by `clean_layout` from the
  signals of `clean_signals`; captions, dates and the outlet are read by
  `clean_captions`, `clean_dates` and `clean_outlet`;
- Markdown with YAML front matter (.md): taken as already clean
  (`clean_markdown`);
- a saved web page (.html): extracted with trafilatura (`clean_html`).
"""

from __future__ import annotations

from .clean_captions import merge_captions
from .clean_dates import find_clock, find_dateline, published_date
from .clean_layout import lay_out
from .clean_outlet import find_outlet, outlet_tag
from .clean_signals import measure_page
from .model import Article, Block, Line, Source


def clean(source: Source) -> Article:
    """The clean article of one source, whatever its format.

    Raises ValueError with a plain reason for a source that cannot be read
    (malformed front matter, unknown format).
    """
    if source.format == "txt":
        return clean_page_dump(source)
    if source.format == "md":
        from .clean_markdown import clean_markdown

        return clean_markdown(source)
    if source.format == "html":
        from .clean_html import clean_html

        return clean_html(source)
    raise ValueError(f"unknown format {source.format!r} (expected txt, md or html)")


def clean_page_dump(source: Source) -> Article:
    numbered = [
        (number, stripped)
        for number, text in enumerate(source.text.split("\n"), start=1)
        if (stripped := text.strip())
    ]
    texts = [text for _, text in numbered]
    features = measure_page(texts)
    tag = outlet_tag(texts)
    layout = lay_out(features, [number for number, _ in numbered], tag)
    roles = [verdict.role for verdict in layout.verdicts]
    lines = tuple(
        Line(number, text, verdict.role, verdict.reason)
        for (number, text), verdict in zip(numbered, layout.verdicts, strict=True)
    )

    blocks = tuple(
        Block("heading" if role == "heading" else "paragraph", text)
        for text, role in zip(texts, roles, strict=True)
        if role in ("body", "heading")
    )
    body_texts = [text for text, role in zip(texts, roles, strict=True) if role == "body"]
    caption_texts = [text for text, role in zip(texts, roles, strict=True) if role == "caption"]
    dateline = find_dateline(body_texts[0]) if body_texts else None
    # The header between the headline and the text: where a date line states the publication.
    header_start = layout.title + 1 if layout.title is not None else 0
    header = [
        texts[index]
        for index in range(header_start, layout.core[0])
        if roles[index] == "boilerplate"
    ]
    furniture = {index for index, item in enumerate(features) if item.furniture}
    return Article(
        id=source.id,
        slug=source.slug,
        source_file=source.path,
        format=source.format,
        title=texts[layout.title] if layout.title is not None else source.id,
        standfirst=texts[layout.standfirst] if layout.standfirst is not None else None,
        outlet=find_outlet(texts, furniture, tag),
        published=published_date(
            header, dateline[1] if dateline else None, caption_texts, body_texts
        ),
        captured=_page_clock(texts[: layout.core[0]]),
        dateline=dateline[0] if dateline else None,
        blocks=blocks,
        captions=merge_captions(caption_texts, tag),
        lines=lines,
    )


def _page_clock(lines: list[str]) -> str | None:
    for line in lines:
        clock = find_clock(line) if line[:1].isdigit() else None
        if clock:
            return clock
    return None
