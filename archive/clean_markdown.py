"""Clean for Markdown sources: YAML front matter + a body taken as already clean.

An editor's file is trusted as written: its paragraphs become paragraph
blocks and its `#`/`##` headings crossheads; nothing is removed. The front
matter (read with yaml.safe_load) gives title, standfirst, authors, outlet,
dates, dateline, captions and the original address (`source_url`). A
first-level heading opening the body is the title when the front matter names
none.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from .clean_address import web_address
from .model import Article, Block, Blocks, Caption, Line, Source

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE
)
_PARSER = MarkdownIt("commonmark", {"html": False})


def clean_markdown(source: Source) -> Article:
    meta, body, first_body_line = split_front_matter(source.contents)
    blocks, lines, heading_title = _read_body(body, first_body_line)
    title = _text_field(meta, "title") or heading_title or source.id
    if heading_title and heading_title == title:
        blocks = blocks[1:]  # the headline, printed above the text
    elif heading_title:
        lines = [
            Line(line.number, line.text, "heading") if line.role == "title" else line
            for line in lines
        ]
    return Article(
        id=source.id,
        slug=source.slug,
        source_file=source.path,
        format=source.format,
        title=title,
        standfirst=_text_field(meta, "standfirst") or _text_field(meta, "description"),
        outlet=_text_field(meta, "outlet"),
        published=_date_field(meta, "published", date_only=True),
        captured=_date_field(meta, "captured", date_only=False),
        updated=_date_field(meta, "updated", date_only=True),
        dateline=_text_field(meta, "dateline"),
        blocks=Blocks.of(blocks),
        captions=_captions(meta.get("captions")),
        lines=tuple(lines),
        authors=_authors(meta.get("authors", meta.get("author"))),
        source_url=_address(meta),
    )


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, 1-based number of the body's first line). Raises ValueError."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---"):
            raise ValueError("the front matter is not closed: add a line '---' after it")
        return {}, text, 1
    try:
        meta = yaml.safe_load(match["yaml"])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "cannot be read"
        raise ValueError(f"the front matter is not valid YAML{where}: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ValueError("the front matter must be a set of 'name: value' lines")
    return meta, text[match.end() :], text[: match.end()].count("\n") + 1


def _read_body(body: str, first_line: int) -> tuple[list[Block], list[Line], str | None]:
    blocks: list[Block] = []
    lines: list[Line] = []
    heading_title = None
    tokens = _PARSER.parse(body)
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0:
            continue
        opener = tokens[index - 1]
        text = _plain_text(token)
        if not text:
            continue
        kind = "heading" if opener.type == "heading_open" else "paragraph"
        role = "heading" if kind == "heading" else "body"
        if kind == "heading" and opener.tag == "h1" and not blocks and heading_title is None:
            heading_title, role = text, "title"
        blocks.append(Block(kind, text))
        start, end = opener.map or token.map or (0, 1)
        for offset, raw in enumerate(body.split("\n")[start:end]):
            if raw.strip():
                lines.append(Line(first_line + start + offset, raw.strip(), role))
    return blocks, lines, heading_title


def _plain_text(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def _text_field(meta: dict[str, Any], name: str) -> str | None:
    value = meta.get(name)
    if value is None:
        return None
    return str(value).strip() or None


def _date_field(meta: dict[str, Any], name: str, date_only: bool) -> str | None:
    value = meta.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if date_only else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{name!r} in the front matter is not a date: {text!r} (write it as 2018-01-28)"
        ) from None
    return parsed.date().isoformat() if date_only and len(text) > 10 else text


def _address(meta: dict[str, Any]) -> str | None:
    """`source_url: https://...`: where the article was published."""
    text = _text_field(meta, "source_url")
    if text is None:
        return None
    address = web_address(text)
    if address is None:
        raise ValueError("'source_url' in the front matter must be a web address (http or https)")
    return address


def _authors(value: object) -> tuple[str, ...]:
    """`authors: [Jane Doe, John Roe]`, or `author: Jane Doe`."""
    if not value:
        return ()
    names = value if isinstance(value, list) else [value]
    if not all(isinstance(name, str | int | float) for name in names):
        raise ValueError("'authors' in the front matter must be a name or a list of names")
    return tuple(dict.fromkeys(text for name in names if (text := str(name).strip())))


def _captions(value: object) -> tuple[Caption, ...]:
    if not value:
        return ()
    if not isinstance(value, list):
        raise ValueError("'captions' in the front matter must be a list")
    captions = []
    for item in value:
        if isinstance(item, dict):
            captions.append(Caption(str(item.get("text", "")).strip(), _credit(item.get("credit"))))
        else:
            captions.append(Caption(str(item).strip()))
    return tuple(caption for caption in captions if caption.text)


def _credit(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
