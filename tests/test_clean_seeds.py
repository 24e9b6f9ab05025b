"""Acceptance: the cleaner against an editor's reading of the five seeds (tests/seed_gold.yaml)."""

from __future__ import annotations

import pytest
from gold import GOLD as ALL_GOLD
from gold import ROOT, SEEDS
from gold import line_numbers as expand

from archive.clean import clean, plain_spaces
from archive.ingest import read_source

GOLD = ALL_GOLD["seeds"]


@pytest.fixture(scope="module", params=SEEDS)
def seed(request):
    name = request.param
    return GOLD[name], clean(read_source(ROOT / "seeds" / name, ROOT))


def test_every_line_has_the_gold_role(seed):
    gold, article = seed
    expected = {
        number: role for role, numbers in gold["roles"].items() for number in expand(numbers)
    }
    assert {line.number: line.role for line in article.lines} == expected


def test_title_standfirst_and_outlet(seed):
    gold, article = seed
    assert article.title == gold["title"]
    assert article.standfirst == gold.get("standfirst")
    assert article.outlet == gold["outlet"]


def test_captured_is_the_page_clock_and_published_what_the_text_states(seed):
    gold, article = seed
    assert article.captured == gold["captured"]
    assert article.published == gold["published"]


def test_dateline(seed):
    gold, article = seed
    assert article.dateline == gold.get("dateline")


def test_caption_credits(seed):
    gold, article = seed
    credits = list(dict.fromkeys(caption.credit for caption in article.captions if caption.credit))
    assert credits == gold["caption_credits"]


def test_every_removed_line_says_why(seed):
    _, article = seed
    assert all(line.reason for line in article.removed)


def test_body_holds_the_body_and_heading_lines_in_order(seed):
    gold, article = seed
    kept = set(expand(gold["roles"].get("body", [])) + expand(gold["roles"].get("heading", [])))
    expected = [plain_spaces(line.text) for line in article.lines if line.number in kept]
    assert [block.text for block in article.blocks] == expected


def test_caption_printed_twice_in_a_seed_is_one_caption():
    article = clean(read_source(ROOT / "seeds" / "003_47ea35453c11d0f7.txt", ROOT))
    assert len(article.captions) == 1
    assert article.captions[0].text.startswith("Japanese foreign minister Taro Kono")
    assert not article.captions[0].text.endswith("Getty Images")


def test_outlet_tag_is_not_part_of_a_caption():
    article = clean(read_source(ROOT / "seeds" / "004_5270078fb2733fb8.txt", ROOT))
    assert [caption.text.endswith("Jan. 28, 2018") for caption in article.captions] == [True]


def test_an_ejected_seed_reads_back_as_the_same_article(seed):
    """`eject` writes the clean as Markdown; cleaning that file must give the article back."""
    from archive.export import article_markdown
    from archive.model import Source

    _, article = seed
    markdown = article_markdown(article)
    source = Source(article.id, article.slug, f"{article.id}.md", "md", markdown, "digest")
    again = clean(source)
    for field in ("title", "standfirst", "outlet", "published", "updated", "captured", "dateline"):
        assert getattr(again, field) == getattr(article, field)
    assert again.blocks == article.blocks
    assert again.captions == article.captions


def test_no_break_spaces_become_plain_spaces_in_the_article():
    article = clean(read_source(ROOT / "seeds" / "004_5270078fb2733fb8.txt", ROOT))
    assert "Winter Olympics in Pyeongchang" in article.body_text
    kept = [article.title, article.standfirst or "", article.body_text]
    kept += [caption.text for caption in article.captions]
    assert not any("\u00a0" in text for text in kept)
    assert any("\u00a0" in line.text for line in article.lines), "lines keep the file's text"


@pytest.mark.parametrize("min_stories", [3, 2])
def test_learning_furniture_from_the_seeds_keeps_every_gold_role(min_stories):
    """At 2 stories China Topix's template lines (in 000 and 001) are learned; all else holds."""
    from archive.furniture import learn_furniture

    sources = [read_source(ROOT / "seeds" / name, ROOT) for name in SEEDS]
    furniture = learn_furniture(sources, min_stories=min_stories)
    if min_stories == 2:
        assert "real time analytics" in furniture.lines
    for source in sources:
        learned, alone = clean(source, furniture.lines_in(source)), clean(source)
        assert [line.role for line in learned.lines] == [line.role for line in alone.lines]
        assert (learned.title, learned.outlet, learned.blocks, learned.captions) == (
            alone.title,
            alone.outlet,
            alone.blocks,
            alone.captions,
        )
