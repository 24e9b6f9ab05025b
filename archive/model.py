"""The records that flow between the pipeline stages.

ingest -> Source; clean -> Article; entities -> Annotation; links -> Corpus.
Every record is a frozen dataclass so a stage cannot change what an earlier
stage handed it, and so per-article results can be cached and shipped between
processes as plain values.
"""

from __future__ import annotations

import hashlib
import marshal
import operator
import pickle
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from sys import intern
from typing import Any, Self, TypeVar, overload

from .text import SentenceIndex

_Record = TypeVar("_Record")

# The roles a line of a page dump can take (the gold file's vocabulary).
ROLES = ("boilerplate", "title", "standfirst", "caption", "heading", "body")

# The kinds of entity the archive knows; "other" covers nationalities,
# works, products and anything else that is a name but not one of the four.
ENTITY_TYPES = ("person", "organisation", "place", "event", "other")


def quick_pickle(cls: type[_Record]) -> type[_Record]:
    """Pickle a frozen slots dataclass without dataclasses' lookups per object.

    The __setstate__ that dataclasses give a frozen slots class calls
    fields() for every object; with about a hundred records in an article's
    result, that was a third of the time to load a result from the cache
    or from a worker. The state is the same: the fields' values in order.
    """
    names = tuple(field_.name for field_ in fields(cls))  # type: ignore[arg-type]
    values = operator.attrgetter(*names)
    set_field = object.__setattr__

    def __getstate__(self: Any) -> tuple[Any, ...]:
        return values(self) if len(names) > 1 else (values(self),)

    def __setstate__(self: Any, state: tuple[Any, ...]) -> None:
        for name, value in zip(names, state, strict=True):
            set_field(self, name, value)

    # Methods set on the decorated class, which type checkers do not follow: object
    # has a __getstate__ to replace (since Python 3.11), no __setstate__.
    cls.__getstate__ = __getstate__  # type: ignore[method-assign]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]
    return cls


@quick_pickle
@dataclass(frozen=True, slots=True)
class Warning_:
    """A problem with one input file, said in words a user understands."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@quick_pickle
@dataclass(frozen=True, slots=True)
class Source:
    """One input file, decoded.

    `format` is "txt" (a page dump), "md" (Markdown with YAML front matter)
    or "html" (a saved web page). `override` is true for an editor's file in
    content/articles/, which replaces the automatic clean of the same id.
    """

    id: str
    slug: str
    path: str  # as given to the build, for messages and provenance
    format: str
    # None: a file an earlier build read, unchanged since (ingest.FileMemo), whose
    # text is read only if its article is cleaned again (ingest.with_text)
    text: str | None
    digest: str  # sha256 of the raw bytes: the cache key of per-article work
    override: bool = False
    encoding: str = "utf-8"  # how the bytes were decoded
    location: str = ""  # where the file is, for ingest.with_text

    @property
    def contents(self) -> str:
        """The text, once read (ingest.with_text)."""
        if self.text is None:
            raise LookupError(f"{self.path}: its text was not read")
        return self.text


@quick_pickle
@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the original input and what the cleaner made of it."""

    number: int  # 1-based, counting every line of the file as the gold file does
    text: str
    role: str  # one of ROLES
    reason: str = ""  # why a line was removed, or how a caption was recognised


LineRow = tuple[int, str, str, str]  # a Line's fields, in order


def _line_row(line: Line) -> LineRow:
    return (line.number, line.text, line.role, line.reason)


@quick_pickle
@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@quick_pickle
@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the clean body: a paragraph or a crosshead."""

    kind: str  # "paragraph" or "heading"
    text: str


BLOCK_SEPARATOR = "\n\n"  # between two blocks of `Article.body_text`


class Blocks(Sequence[Block]):
    """An article's body blocks, packed: the body text in UTF-8, and where each block starts.

    The body text is most of an archive's memory. As str objects, a
    paragraph holding one curly quote takes two bytes a character: 10,000
    articles' blocks took 99 MiB, in the build process and again in the
    render worker, which copies every object it reads. As UTF-8, about half.
    Reading the blocks decodes the whole body at once (microseconds).
    """

    __slots__ = ("data", "kinds", "starts")

    def __init__(self, data: bytes, kinds: tuple[str, ...], starts: array[int]) -> None:
        self.data = data
        self.kinds = kinds
        self.starts = starts  # in characters of the decoded text

    @classmethod
    def of(cls, blocks: Iterable[Block]) -> Blocks:
        if isinstance(blocks, Blocks):
            return blocks
        blocks = tuple(blocks)
        starts, start = array("I"), 0
        for block in blocks:
            starts.append(start)
            start += len(block.text) + len(BLOCK_SEPARATOR)
        text = BLOCK_SEPARATOR.join(block.text for block in blocks)
        kinds = tuple(intern(block.kind) for block in blocks)
        return cls(text.encode("utf-8", "surrogatepass"), kinds, starts)

    def text(self) -> str:
        """The blocks one blank line apart: `Article.body_text`."""
        return self.data.decode("utf-8", "surrogatepass")

    def texts(self) -> list[str]:
        """Each block's text, in order."""
        if not self.kinds:
            return []
        text = self.text()
        ends = [start - len(BLOCK_SEPARATOR) for start in self.starts[1:]] + [len(text)]
        return [text[start:end] for start, end in zip(self.starts, ends, strict=True)]

    def __len__(self) -> int:
        return len(self.kinds)

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Block, ...]: ...
    def __getitem__(self, index: int | slice) -> Block | tuple[Block, ...]:
        return tuple(self)[index]

    def __iter__(self) -> Iterator[Block]:
        return map(Block, self.kinds, self.texts())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Blocks):
            return NotImplemented
        return (self.data, self.kinds, self.starts) == (other.data, other.kinds, other.starts)

    def __hash__(self) -> int:
        return hash((self.data, self.kinds))

    def __repr__(self) -> str:
        return f"Blocks({tuple(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_blocks, (self.data, self.kinds, self.starts.tobytes())


def _unpickle_blocks(data: bytes, kinds: tuple[str, ...], starts: bytes) -> Blocks:
    return Blocks(data, tuple(map(intern, kinds)), array("I", starts))


@quick_pickle
@dataclass(frozen=True, slots=True)
class Article:
    """The clean article: what the cleaner kept, and what it removed and why."""

    id: str
    slug: str
    source_file: str
    format: str
    title: str
    standfirst: str | None
    outlet: str | None
    published: str | None  # ISO date the text states, never a guess
    captured: str | None  # the page's own clock (capture time), ISO datetime
    dateline: str | None
    blocks: Blocks  # given as any sequence of Block, kept packed
    captions: tuple[Caption, ...]
    lines: tuple[Line, ...] = ()
    edited_by_hand: bool = False
    updated: str | None = None  # ISO date of the latest update the text states
    authors: tuple[str, ...] = ()  # the people its byline names
    source_url: str | None = None  # the address it was published at, where the page gives it

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocks", Blocks.of(self.blocks))

    @property
    def stated_date(self) -> str | None:
        """The day the text says the article ran: published, else updated."""
        return self.published or self.updated

    @property
    def filed(self) -> str | None:
        """The day the archive files the article under: the publication date, else the
        update date, else the day of the page's clock; None when the page gives none."""
        return self.stated_date or (self.captured or "")[:10] or None

    @property
    def body_text(self) -> str:
        """The body as `clean --format text` prints it: blocks, one blank line apart.

        Entity offsets index exactly this string.
        """
        return self.blocks.text()

    @property
    def paragraphs(self) -> list[str]:
        return self._texts_of("paragraph")

    @property
    def headings(self) -> list[str]:
        return self._texts_of("heading")

    def _texts_of(self, kind: str) -> list[str]:
        blocks = self.blocks
        return [text for of, text in zip(blocks.kinds, blocks.texts(), strict=True) if of == kind]

    @property
    def removed(self) -> list[Line]:
        return [line for line in self.lines if line.role == "boilerplate"]


@quick_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming an entity.

    `field` says which text the offsets index: "title", "standfirst" or
    "body" (the article's `body_text`).
    """

    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    entity: str  # canonical name
    field: str = "body"
    probable_misspelling: bool = False


# A packed mention's numbers: its offsets, then where its text, type, entity
# and field are in the article's strings, then 1 for a probable misspelling.
_MENTION_ROW = 7
_STRING_COLUMN = {"text": 2, "type": 3, "entity": 4, "field": 5}


class Mentions(Sequence[Mention]):
    """An article's mentions, packed: one array of numbers and the strings they index.

    An archive of 10,000 articles names entities over half a million times.
    As Mention objects (and the integers of their offsets) they held 90 MiB
    in the build process, and again in each rendering process, which copies
    every object it reads. Packed they take a sixth of that. Indexing and
    iterating make Mention objects as they go; the corpus stage's passes
    over every mention read the `column` they need instead.
    """

    __slots__ = ("strings", "rows")

    def __init__(self, strings: tuple[str, ...], rows: array[int]) -> None:
        self.strings = strings
        self.rows = rows

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> Mentions:
        if isinstance(mentions, Mentions):
            return mentions
        index: dict[str, int] = {}
        rows = array("I")
        for mention in mentions:
            rows.extend(
                (
                    mention.start,
                    mention.end,
                    index.setdefault(mention.text, len(index)),
                    index.setdefault(mention.type, len(index)),
                    index.setdefault(mention.entity, len(index)),
                    index.setdefault(mention.field, len(index)),
                    mention.probable_misspelling,
                )
            )
        return cls(tuple(index), rows)

    def column(self, name: str) -> list[str]:
        """One string field of every mention, in order: "text", "type", "entity" or "field"."""
        return list(map(self.strings.__getitem__, self.rows[_STRING_COLUMN[name] :: _MENTION_ROW]))

    def columns(self, *names: str) -> Iterator[tuple[str, ...]]:
        """Some string fields of every mention, a tuple for each: `columns("entity", "type")`."""
        return zip(*map(self.column, names), strict=True)

    def offsets(self) -> tuple[array[int], array[int]]:
        """Where every mention starts and where it ends, in order."""
        return self.rows[0::_MENTION_ROW], self.rows[1::_MENTION_ROW]

    def probable_misspellings(self) -> list[bool]:
        """Whether each mention is a probable misspelling of its entity's name, in order."""
        return list(map(bool, self.rows[_MENTION_ROW - 1 :: _MENTION_ROW]))

    def renamed(self, targets: Mapping[str, tuple[str, str]]) -> Mentions:
        """The mentions of each entity of `targets` naming another: entity -> (entity, type).

        Rewritten in the packed columns: the corpus stage renames the mentions
        of thousands of articles, and a Mention object each would cost seconds.
        """
        strings = list(self.strings)
        number = {string: position for position, string in enumerate(strings)}

        def numbered(string: str) -> int:
            if string not in number:
                number[string] = len(strings)
                strings.append(string)
            return number[string]

        moved = {
            number[name]: (numbered(entity), numbered(type_))
            for name, (entity, type_) in targets.items()
            if name in number
        }
        entity_at, type_at = _STRING_COLUMN["entity"], _STRING_COLUMN["type"]
        pairs = [
            moved.get(entity, (entity, type_))
            for entity, type_ in zip(
                self.rows[entity_at::_MENTION_ROW], self.rows[type_at::_MENTION_ROW], strict=True
            )
        ]
        rows = array("I", self.rows)
        rows[entity_at::_MENTION_ROW] = array("I", [entity for entity, _ in pairs])
        rows[type_at::_MENTION_ROW] = array("I", [type_ for _, type_ in pairs])
        return Mentions(tuple(strings), rows)

    def __len__(self) -> int:
        return len(self.rows) // _MENTION_ROW

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Mention, ...]: ...
    def __getitem__(self, index: int | slice) -> Mention | tuple[Mention, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("mention index out of range")
        first = index * _MENTION_ROW
        return self._mention(self.rows[first : first + _MENTION_ROW])

    def __iter__(self) -> Iterator[Mention]:
        numbers = iter(self.rows)
        return map(self._mention, zip(*[numbers] * _MENTION_ROW, strict=True))

    def _mention(self, row: Sequence[int]) -> Mention:
        start, end, text, type_, entity, field_, misspelt = row
        strings = self.strings
        return Mention(
            start,
            end,
            strings[text],
            strings[type_],
            strings[entity],
            strings[field_],
            bool(misspelt),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mentions):
            return NotImplemented
        return self.strings == other.strings and self.rows == other.rows

    def __hash__(self) -> int:
        return hash((self.strings, self.rows.tobytes()))

    def __repr__(self) -> str:
        return f"Mentions({tuple(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle_mentions, (self.strings, self.rows.tobytes())


def _unpickle_mentions(strings: tuple[str, ...], rows: bytes) -> Mentions:
    # Interned: pickle shares a string only within one article's result, and
    # the archive holds a name such as "Donald Trump" in every article naming it.
    return Mentions(tuple(map(intern, strings)), array("I", rows))


@quick_pickle
@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str  # canonical name
    text: str


@quick_pickle
@dataclass(frozen=True, slots=True)
class Role:
    person: str  # canonical name
    role: str  # as the article gives it: "Chinese Foreign Minister"


@quick_pickle
@dataclass(frozen=True, slots=True)
class Annotation:
    """What the entity stage found in one article."""

    mentions: Mentions  # given as any sequence of Mention, kept packed
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "mentions", Mentions.of(self.mentions))

    def entity_names(self) -> list[str]:
        """The entities named, in order of first mention."""
        return list(dict.fromkeys(self.mentions.column("entity")))


@quick_pickle
@dataclass(frozen=True, slots=True)
class RegistryEntry:
    """One entity of the curated registry (content/entities/*.yaml)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None
    sort: str = ""  # what the names index files it under, if not where its name is filed


@quick_pickle
@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """The result of all per-article stages: the unit the cache stores.

    The archive holds every article in memory until its pages are written;
    the lines of the original page (most of an article's bytes, read only
    for its provenance) are kept packed, out of `article.lines`. Read them
    through `lines` and `removed`.
    """

    article: Article
    annotation: Annotation
    warnings: tuple[Warning_, ...] = ()
    shingles: bytes = b""  # a sample of hashed word 4-grams, for same-story grouping
    packed_lines: bytes = b""  # the article's lines, see `packed`
    # of the whole result, see `packed`, and of the corpus stage's merges applied
    # to it (links_names); render_keys reads it
    digest: str = ""
    removed_count: int | None = None  # lines removed, counted by `packed`
    # where the body's sentences start and end (text.SentenceIndex.packed), for the
    # quotes of the entity pages; made by `packed`
    sentences: bytes = b""

    @classmethod
    def packed(cls, article: Article, annotation: Annotation, shingles: bytes = b"") -> Self:
        """The result with the article's lines packed: a tenth of their memory."""
        rows = tuple(_line_row(line) for line in article.lines)
        packed = zlib.compress(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), 1)
        article = replace(article, lines=())
        return cls(
            article,
            annotation,
            shingles=shingles,
            packed_lines=packed,
            digest=result_digest(article, annotation, packed),
            removed_count=sum(row[2] == "boilerplate" for row in rows),
            sentences=SentenceIndex(article.body_text).packed(),
        )

    def found_at(self, path: str) -> Self:
        """The same result for the same page read from another path."""
        article = replace(self.article, source_file=path)
        digest = result_digest(article, self.annotation, self.packed_lines)
        return replace(self, article=article, digest=digest)

    @property
    def lines(self) -> tuple[Line, ...]:
        if not self.packed_lines:
            return self.article.lines
        return tuple(Line(*row) for row in self.line_rows())

    def line_rows(self) -> tuple[LineRow, ...]:
        """The lines as plain (number, text, role, reason) rows.

        Making a Line object of each costs several times unpacking them, and
        the provenance table of every article page only reads them once.
        """
        if not self.packed_lines:
            return tuple(_line_row(line) for line in self.article.lines)
        # our own bytes, packed above in this build or read from our cache
        return pickle.loads(zlib.decompress(self.packed_lines))

    @property
    def removed(self) -> list[Line]:
        return [line for line in self.lines if line.role == "boilerplate"]

    def count_removed(self) -> int:
        """How many lines were removed, without unpacking them where it can."""
        return len(self.removed) if self.removed_count is None else self.removed_count


@quick_pickle
@dataclass(frozen=True, slots=True)
class EntityRecord:
    """An entity as the whole archive sees it."""

    name: str
    type: str
    slug: str
    aliases: tuple[str, ...]
    description: str
    wikidata: str | None
    in_registry: bool
    article_ids: tuple[str, ...]  # ordered by date, then id
    cooccurring: tuple[tuple[str, int], ...] = ()  # (entity name, shared articles)
    sort: str = ""  # the registry's `sort`: what the names index files it under


@quick_pickle
@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report the same event, usually from different outlets."""

    key: str
    title: str
    article_ids: tuple[str, ...]


@quick_pickle
@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str = "News Archive"
    base_url: str = "/"
    language: str = "en"
    description: str = ""
    # the name each outlet is filed under, and the other names its pages give it
    outlets: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(slots=True)
class Corpus:
    """The archive as a whole: the output of the one corpus stage (links)."""

    config: SiteConfig
    articles: list[AnnotatedArticle]  # ordered by date (newest first), then id
    entities: dict[str, EntityRecord]  # canonical name -> record
    related: dict[str, list[str]]  # article id -> related article ids, best first
    stories: list[Story]
    story_of: dict[str, str]  # article id -> story key
    outlets: dict[str, list[str]]  # outlet, as filed -> article ids
    by_id: dict[str, AnnotatedArticle] = field(default_factory=dict)
    warnings: list[Warning_] = field(default_factory=list)
    # an outlet as an article gives it -> as filed, where they differ (links_outlets.py)
    outlet_filed: dict[str, str] = field(default_factory=dict)

    def article(self, article_id: str) -> AnnotatedArticle:
        return self.by_id[article_id]

    def outlet_of(self, article: Article) -> str | None:
        """The article's outlet under the name the archive files it."""
        return self.outlet_filed.get(article.outlet, article.outlet) if article.outlet else None


def result_digest(article: Article, annotation: Annotation, packed_lines: bytes) -> str:
    """A hash of a per-article result, made where the result is (in parallel, then cached).

    From the records' values marshalled at version 0, not pickled: neither
    depends on which objects happen to be shared or interned, so serial and
    parallel builds agree. Hashing the records' repr did too, at three times
    the cost.
    """
    values = _plain((article, annotation, packed_lines))
    return hashlib.sha256(marshal.dumps(values, 0)).hexdigest()[:32]


_PLAIN = (str, int, bytes, type(None))  # what marshal writes as it is (bool is an int)


def _plain(value: Any) -> Any:
    """A record as nested tuples of its type's name and its fields' values."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, tuple):
        return tuple(map(_plain, value))
    if isinstance(value, Mentions):
        return (value.strings, value.rows.tobytes())
    if isinstance(value, Blocks):
        return (value.data, value.kinds, value.starts.tobytes())
    # every record is a quick_pickle: its state is its fields' values
    return (type(value).__name__, *map(_plain, value.__getstate__()))
