"""Properties of the text-processing core, checked on generated text (hypothesis)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.clean import clean
from archive.entities import find_mentions, load_registry
from archive.export import article_markdown
from archive.model import Source
from archive.names import _OPENING_QUOTE
from archive.text import SENTENCE_END

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = load_registry(ROOT / "content")
PROPERTIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    "the a of to and in said on for that with was minister talks China Japan Beijing Tokyo "
    "Mr Kono Wang Yi Foreign Ministry Senkaku Islands agreed meeting Sunday relations "
    "ties president Abe Xi it is not have been will would officials visit REUTERS Photo "
    "share subscribe Facebook READ MORE © 2018 (L) - : , . “ ” ' Islands'".split()
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=30).map(lambda words: " ".join(words))
PAGE = st.lists(
    st.one_of(SENTENCE, st.just(""), st.text(max_size=80)), min_size=0, max_size=40
).map("\n".join)


def _source(text: str, format_: str = "txt") -> Source:
    return Source(
        id="generated",
        slug="generated",
        path="seeds/generated.txt",
        format=format_,
        text=text,
        digest="0",
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and joiners, BOM


def _is_subsequence(items: list[str], sequence: list[str]) -> bool:
    remaining = iter(sequence)
    return all(any(item == candidate for candidate in remaining) for item in items)


@PROPERTIES
@given(PAGE)
def test_cleaning_never_raises_and_keeps_every_line_once(text):
    article = clean(_source(text))
    numbers = [line.number for line in article.lines]
    assert numbers == sorted(set(numbers)), "each line has exactly one role"
    # a line of characters that take no room ("\u200b") is as blank as an empty one
    non_blank = [
        n for n, line in enumerate(text.split("\n"), 1) if line.strip().strip(_INVISIBLE).strip()
    ]
    assert numbers == non_blank


@PROPERTIES
@given(PAGE)
def test_body_is_a_subsequence_of_the_input_lines(text):
    article = clean(_source(text))
    lines = [_normal(line) for line in text.split("\n") if line.strip()]
    blocks = [_normal(block.text) for block in article.blocks]
    assert _is_subsequence(blocks, lines)


@PROPERTIES
@given(st.lists(SENTENCE.map(lambda s: s + "."), min_size=2, max_size=12))
def test_cleaning_clean_text_changes_nothing(paragraphs):
    markdown = "---\ntitle: A clean article\n---\n\n" + "\n\n".join(
        paragraph.replace("#", "").lstrip("-+*>0123456789. ") or "Text." for paragraph in paragraphs
    )
    once = clean(_source(markdown, "md"))
    twice = clean(_source(article_markdown(once), "md"))
    assert twice.blocks == once.blocks
    assert twice.title == once.title


@PROPERTIES
@given(st.one_of(PAGE, st.text(max_size=400)))
def test_entity_offsets_slice_to_the_mention_text(text):
    for mention in find_mentions(text, REGISTRY):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start < mention.end


@PROPERTIES
@given(
    st.lists(SENTENCE, min_size=3, max_size=12).map(
        lambda s: [p + "." for p in s if len(p.split()) >= 12]
    )
)
# Found by Hypothesis: the run once took in a line of no text value only because
# a copy of the first paragraph followed it.
@example(
    [
        "the the the minister the minister the the minister the the the.",
        "the minister minister minister minister China China China China China China China.",
        "the the the minister the minister the the minister the the the.",
    ]
)
def test_recleaning_a_clean_page_dump_keeps_its_body(paragraphs):
    page = "A headline for the article\n\n" + "\n\n".join(p + "." for p in paragraphs)
    once = clean(_source(page))
    again = clean(_source(f"{once.title}\n\n{once.body_text}"))
    assert again.blocks == once.blocks


# The patterns written for speed (one class of first characters, so that `re`
# skips ahead to them), against the plain alternations they replaced.
PLAIN_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|[。！？][」』”’）]*\s*|\n+")
PLAIN_OPENING_QUOTE = re.compile(r"[\"“](?=[^\W\d_])|(?<![\w’'])[‘'](?=[^\W\d_])")


@PROPERTIES
@given(st.text(alphabet=".!?。！？\n \t\"'”’)]」』）‘“a1_", max_size=40))
@example('He left.] Then? ) No!" Yes.’  \n\nEnd\n\nNext')
@example("终于。」然后！』再？）a。\n")
def test_sentence_ends_match_as_the_plain_alternation(text):
    assert [m.span() for m in SENTENCE_END.finditer(text)] == [
        m.span() for m in PLAIN_SENTENCE_END.finditer(text)
    ]


@PROPERTIES
@given(st.text(alphabet="\"“‘'’”aé1_ -\n", max_size=40))
@example("'a “b \"c a'b a’'c ‘d _'e 1'f '1")
def test_opening_quotes_match_as_the_plain_alternation(text):
    assert [m.span() for m in _OPENING_QUOTE.finditer(text)] == [
        m.span() for m in PLAIN_OPENING_QUOTE.finditer(text)
    ]
