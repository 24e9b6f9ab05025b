"""Suggest: the names discovery found that the registry lacks -> a list to curate.

Takes the Corpus (after links) and gives, for every discovered entity that is
not in the registry, its counts, type and one sentence that names it, the
most-named first; and the same as ready-to-edit YAML in the registry's own
format (content/entities/*.yaml), each entry under a comment with its counts
and its sentence. Ignored names never get here: the entity stage drops them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Corpus, Warning_
from .pipeline import annotate_archive
from .text import sentence_bounds

# The fields an example sentence is taken from, best first: a body sentence
# shows how the name is used; a headline seldom does.
EXAMPLE_FIELDS = ("body", "standfirst", "title")
# An example longer than this (a paragraph with no full stop) is cut around the
# name; the terminal's table shows less of it.
EXAMPLE_MAX_CHARS = 300
TABLE_EXAMPLE_CHARS = 70
TABLE_ROWS = 25

YAML_HEADER = """\
# Names found in the articles that the entity registry does not know, most-named
# first (written by `python build.py suggest`). For each real entity: check the
# type, add aliases, write a description, and move the entry into a file in
# content/entities/. List false names in content/entities/ignore.yaml instead.
"""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A discovered name worth curating, with the evidence a curator needs."""

    name: str
    type: str
    articles: int
    mentions: int
    example: str  # one sentence of the archive that names it
    example_article: str  # the id of the article the sentence comes from
    example_in_brief: str = ""  # the words around the name, for a table


class OutputExists(Exception):
    """The suggestions file is there already and --force was not given."""


def suggest_entities(
    seeds: Path,
    content: Path,
    cache_folder: Path | None = None,
    jobs: int | None = None,
    min_articles: int = 1,
) -> tuple[list[Suggestion], list[Warning_]]:
    """Ingest, clean, annotate and link the archive; return what to curate and the warnings."""
    report = annotate_archive(seeds, content, cache_folder, jobs)
    assert report.corpus is not None
    return suggestions(report.corpus, min_articles), report.warnings


def suggestions(corpus: Corpus, min_articles: int = 1) -> list[Suggestion]:
    """The discovered names in `min_articles` articles or more, most-named first.

    Ordered by the number of articles, then of mentions, then by name, so the
    same archive always gives the same list.
    """
    wanted = {
        name
        for name, record in corpus.entities.items()
        if not record.in_registry and len(record.article_ids) >= min_articles
    }
    mention_counts = dict.fromkeys(wanted, 0)
    examples: dict[str, tuple[tuple[int, int, int], str, str, str]] = {}
    for position, item in enumerate(corpus.articles):
        article = item.article
        texts = {"title": article.title, "standfirst": article.standfirst or ""}
        for mention in item.annotation.mentions:
            if mention.entity not in wanted:
                continue
            mention_counts[mention.entity] += 1
            rank = (EXAMPLE_FIELDS.index(mention.field), position, mention.start)
            if mention.entity in examples and examples[mention.entity][0] <= rank:
                continue
            if mention.field not in texts:
                texts[mention.field] = article.body_text  # joined once, and only if needed
            text = texts[mention.field]
            examples[mention.entity] = (
                rank,
                example_sentence(text, mention.start, mention.end),
                article.id,
                example_sentence(text, mention.start, mention.end, TABLE_EXAMPLE_CHARS),
            )
    found = []
    for name in wanted:
        _, example, article_id, in_brief = examples.get(name, ((), "", "", ""))
        record = corpus.entities[name]
        found.append(
            Suggestion(
                name=name,
                type=record.type,
                articles=len(record.article_ids),
                mentions=mention_counts[name],
                example=example,
                example_article=article_id,
                example_in_brief=in_brief,
            )
        )
    return sorted(found, key=lambda item: (-item.articles, -item.mentions, item.name))


def example_sentence(text: str, start: int, end: int, limit: int = EXAMPLE_MAX_CHARS) -> str:
    """The sentence naming text[start:end], on one line, cut around the name if long."""
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    if sentence_end - sentence_start > limit:
        # Room the name leaves, shared by both sides; one side's spare goes to the other.
        room = max(limit - (end - start), 0)
        left_room = min(start - sentence_start, max(room // 2, room - (sentence_end - end)))
        left = start - left_room
        right = min(sentence_end, end + room - left_room)
        # Cut at spaces so no word is shown in part.
        if left > sentence_start:
            space = text.find(" ", left, start)
            left = space + 1 if space != -1 else start
        if right < sentence_end:
            space = text.rfind(" ", end, right)
            right = space if space != -1 else end
        prefix = "… " if left > sentence_start else ""
        suffix = " …" if right < sentence_end else ""
        return prefix + one_line(text[left:right]) + suffix
    return one_line(text[sentence_start:sentence_end])


def one_line(text: str) -> str:
    """White space (line breaks of every kind included) as single spaces; no control marks."""
    printable = "".join(char if char.isprintable() else " " for char in text)
    return " ".join(printable.split())


def suggestions_yaml(found: list[Suggestion]) -> str:
    """A registry file of the suggestions, to edit: each entry under a comment with its evidence."""
    parts = [YAML_HEADER]
    for item in found:
        counts = f"{_plural(item.articles, 'article')}, {_plural(item.mentions, 'mention')}"
        comment = f"# {counts}; in {item.example_article}: {item.example}"
        entry = {"name": item.name, "type": item.type, "aliases": [], "description": ""}
        # PyYAML quotes a name only where YAML needs it ("Yes", "Foo: Bar").
        text = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1 << 16)
        # the empty description as the registry files write it: the entry's last line
        text = text.removesuffix("  description: ''\n") + '  description: ""\n'
        parts.append(f"\n{one_line(comment)}\n{text}")
    return "".join(parts)


def write_suggestions(path: Path, text: str, force: bool = False) -> None:
    """Write the YAML; an existing file is replaced only with `force`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # "x" creates the file or fails: nothing written by someone else is ever lost.
        with path.open("w" if force else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise OutputExists(
            f"{path} exists already; edit it, move it away, or use --force"
        ) from None


def suggestions_table(found: list[Suggestion], rows: int = TABLE_ROWS) -> str:
    """The first `rows` suggestions as a plain-text table, for the terminal."""
    shown = found[:rows]
    names = [one_line(item.name) for item in shown]
    width = max([len("name"), *(len(name) for name in names)])
    lines = [f"{'articles':>8}  {'mentions':>8}  {'type':<12}  {'name':<{width}}  example"]
    for item, name in zip(shown, names, strict=True):
        lines.append(
            f"{item.articles:>8}  {item.mentions:>8}  {item.type:<12}  "
            f"{name:<{width}}  {item.example_in_brief}"
        )
    if len(found) > rows:
        lines.append(f"… and {len(found) - rows} more")
    return "\n".join(lines) + "\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
