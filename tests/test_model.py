"""The records between the stages: packed mentions and blocks read back as given."""

from __future__ import annotations

import pickle
from dataclasses import replace
from sys import intern

import pytest
from project import one_paragraph_article

from archive.model import Annotation, Article, Block, Blocks, Mention, result_digest

KONO = (
    Mention(4, 9, "Kono", "person", "Taro Kono", "title"),
    Mention(120, 131, "Senkakus", "place", "Senkaku Islands"),
    Mention(300, 304, "Kano", "person", "Taro Kono", probable_misspelling=True),
)


def test_packed_mentions_read_back_as_they_were_given():
    mentions = Annotation(KONO).mentions
    assert tuple(mentions) == KONO and len(mentions) == 3
    assert (mentions[0], mentions[-1], mentions[1:]) == (KONO[0], KONO[2], KONO[1:])
    assert mentions.column("entity") == ["Taro Kono", "Senkaku Islands", "Taro Kono"]
    assert mentions.column("field") == ["title", "body", "body"]
    assert list(mentions.columns("text", "type")) == [
        ("Kono", "person"),
        ("Senkakus", "place"),
        ("Kano", "person"),
    ]
    assert Annotation(KONO).entity_names() == ["Taro Kono", "Senkaku Islands"]
    loaded = pickle.loads(pickle.dumps(mentions))
    assert loaded == mentions and hash(loaded) == hash(mentions) and tuple(loaded) == KONO
    assert repr(loaded) == f"Mentions({KONO!r})"
    with pytest.raises(IndexError):
        mentions[3]


def test_renamed_mentions_name_the_new_entity_with_its_type():
    renamed = Annotation(KONO).mentions.renamed({"Taro Kono": ("Kono Taro", "other")})
    assert tuple(renamed) == tuple(
        replace(mention, entity="Kono Taro", type="other") if mention.type == "person" else mention
        for mention in KONO
    )
    assert renamed.probable_misspellings() == [False, False, True]
    assert (
        Annotation(KONO).mentions.renamed({"Velmora": ("Port Haven", "place")})
        == Annotation(KONO).mentions
    )


def test_the_names_of_mentions_are_shared_between_loaded_results():
    # two results loaded apart (from two workers, or the cache) share one copy of each name
    made = (Mention(0, 12, "Donald " + "Trump", "person", "Donald Trump"),)
    first, second = (pickle.loads(pickle.dumps(Annotation(made))) for _ in range(2))
    assert first == second
    assert first.mentions[0].entity is second.mentions[0].entity
    assert first.mentions[0].text is second.mentions[0].entity


BLOCKS = (
    Block("paragraph", "Taro Kono met Wang Yi on Sunday, “a first” since 2016."),
    Block("heading", "Islands"),
    Block("paragraph", "A block with a blank line inside:\n\nit stays one block."),
    Block("paragraph", "A lone surrogate \udcff survives, and so does 日本."),
)


def test_packed_blocks_read_back_as_they_were_given():
    article = replace(one_paragraph_article("kono", "x"), blocks=BLOCKS)
    blocks = article.blocks
    assert isinstance(blocks, Blocks) and tuple(blocks) == BLOCKS and len(blocks) == 4
    assert (blocks[1], blocks[-1], blocks[1:3]) == (BLOCKS[1], BLOCKS[3], BLOCKS[1:3])
    assert article.body_text == "\n\n".join(block.text for block in BLOCKS)
    assert article.paragraphs == [BLOCKS[0].text, BLOCKS[2].text, BLOCKS[3].text]
    assert article.headings == ["Islands"]
    loaded = pickle.loads(pickle.dumps(article))
    assert loaded == article and tuple(loaded.blocks) == BLOCKS
    assert repr(loaded.blocks) == f"Blocks({BLOCKS!r})"
    empty = replace(article, blocks=())
    assert (tuple(empty.blocks), empty.body_text, empty.paragraphs) == ((), "", [])


def test_a_result_digest_follows_values_not_shared_objects():
    article = one_paragraph_article("kono", "Kono spoke.")

    def digest(entity: str, text: str = "Kono", of: Article = article) -> str:
        mention = Mention(0, 4, text, "person", entity)
        return result_digest(of, Annotation((mention,)), b"lines")

    # a name interned (loaded from a worker or the cache) or made afresh: one digest
    assert digest(intern("Taro Kono")) == digest("Taro " + "Kono".lower().title())
    assert digest("Taro Kono") != digest("Yohei Kono")
    assert digest("Taro Kono") != digest("Taro Kono", text="Mr Kono")
    assert digest("Taro Kono") != digest("Taro Kono", of=replace(article, title="Another"))
    moved = replace(article, blocks=(Block("heading", "Kono"), Block("paragraph", "spoke.")))
    assert digest("Taro Kono") != digest("Taro Kono", of=moved)
