"""Acceptance: the entities stage on the five seeds, against tests/seed_gold.yaml.

The articles are built here from the gold's line roles (title, standfirst,
body and heading lines), so this test checks the entities stage alone,
whatever the clean stage makes of the page dumps.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from gold import GOLD as ALL_GOLD
from gold import ROOT, SEEDS, roles_by_line

from archive.entities import annotate, load_registry
from archive.model import Annotation, Article, Block
from archive.registry import Registry
from archive.registry_reach import Edit, Reach

GOLD = ALL_GOLD["seeds"]


def gold_article(name: str) -> Article:
    """The clean article the gold describes: its title, standfirst and body lines."""
    lines = (ROOT / "seeds" / name).read_text(encoding="utf-8").split("\n")
    role_of = roles_by_line(name)
    text_of = {number: lines[number - 1].strip() for number in role_of}
    title = " ".join(text_of[n] for n in sorted(role_of) if role_of[n] == "title")
    standfirst = " ".join(text_of[n] for n in sorted(role_of) if role_of[n] == "standfirst")
    blocks = tuple(
        Block("heading" if role_of[n] == "heading" else "paragraph", text_of[n])
        for n in sorted(role_of)
        if role_of[n] in ("body", "heading")
    )
    return Article(
        id=Path(name).stem,
        slug=Path(name).stem,
        source_file=f"seeds/{name}",
        format="txt",
        title=title,
        standfirst=standfirst or None,
        outlet=None,
        published=None,
        captured=None,
        dateline=None,
        blocks=blocks,
        captions=(),
    )


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT / "content")


@pytest.fixture(scope="module")
def annotations(registry):
    return {name: annotate(gold_article(name), registry) for name in SEEDS}


def test_the_registry_loads_without_warnings(registry):
    assert registry.warnings == []


@pytest.mark.parametrize("name", SEEDS)
def test_every_gold_entity_is_found_with_its_surface_forms(name, annotations):
    annotation = annotations[name]
    for type_, entities in GOLD[name]["entities"].items():
        for entity, surfaces in entities.items():
            mentions = [mention for mention in annotation.mentions if mention.entity == entity]
            assert mentions, f"{entity} not found"
            assert {mention.type for mention in mentions} == {type_}, entity
            texts = {" ".join(mention.text.split()) for mention in mentions}
            missing = set(surfaces) - texts
            assert not missing, f"{entity}: surface forms {missing} not among {texts}"


@pytest.mark.parametrize("name", SEEDS)
def test_nothing_the_gold_forbids_is_mentioned(name, annotations):
    names = set(annotations[name].entity_names())
    assert not names & set(GOLD[name].get("must_not_mention", []))


@pytest.mark.parametrize("name", SEEDS)
def test_mention_offsets_index_their_field(name, annotations):
    article = gold_article(name)
    texts = {"title": article.title, "standfirst": article.standfirst, "body": article.body_text}
    for mention in annotations[name].mentions:
        assert texts[mention.field][mention.start : mention.end] == mention.text


def test_gold_cross_links_hold():
    """Each entity is named in exactly the seeds the gold's cross-links list."""
    registry = load_registry(ROOT / "content")
    cross_links = yaml.safe_load((ROOT / "tests" / "seed_gold.yaml").read_text(encoding="utf-8"))[
        "cross_links"
    ]
    named_in: dict[str, list[str]] = {}
    for name in SEEDS:
        for entity in annotate(gold_article(name), registry).entity_names():
            named_in.setdefault(entity, []).append(name[:3])
    for entity, seeds in cross_links.items():
        assert named_in.get(entity) == seeds, entity


def test_only_the_misspelt_kono_is_flagged(annotations):
    flagged = {
        (name[:3], mention.text, mention.entity)
        for name, annotation in annotations.items()
        for mention in annotation.mentions
        if mention.probable_misspelling
    }
    assert flagged == {("002", "Kano", "Taro Kono")}


@pytest.mark.parametrize("seed", ["002", "003", "004"])
def test_wang_yi_is_quoted(seed, annotations):
    name = next(name for name in SEEDS if name.startswith(seed))
    assert any(quote.speaker == "Wang Yi" for quote in annotations[name].quotes)


def test_roles_are_taken_as_printed(annotations):
    roles = {
        (role.person, role.role) for annotation in annotations.values() for role in annotation.roles
    }
    assert ("Wang Yi", "Chinese Foreign Minister") in roles
    assert ("Qin Gang", "China's Foreign Ministry spokesperson") in roles
    assert ("Yang Jiechi", "State Councilor") in roles
    assert ("Li Keqiang", "Premier") in roles


def _without_alias(registry: Registry, name: str, alias: str) -> Registry:
    smaller = Registry(ignored=registry.ignored)
    for entry in registry.entries.values():
        if entry.name == name:
            entry = replace(entry, aliases=tuple(a for a in entry.aliases if a != alias))
        smaller.add(entry)
    return smaller


def _same(one: Annotation, other: Annotation) -> bool:
    return (list(one.mentions), one.roles, one.quotes) == (
        list(other.mentions),
        other.roles,
        other.quotes,
    )


def test_an_alias_edit_that_leaves_a_seed_leaves_its_annotation(registry, annotations):
    """Each alias of the registry taken away, then put back: wherever the reach says the
    edit leaves a seed as it was, annotating the seed again gives the same annotation."""
    named_otherwise = 0  # edits left although the seed names the entry by another name
    for entry in registry.entries.values():
        for alias in entry.aliases:
            smaller = _without_alias(registry, entry.name, alias)
            for name in SEEDS:
                article = gold_article(name)
                before = annotate(article, smaller)
                for earlier, now, was, edited in (
                    (smaller, registry, before, registry),
                    (registry, smaller, annotations[name], smaller),
                ):
                    if Edit(Reach(earlier), Reach(now)).leaves(article, was):
                        assert _same(annotate(article, edited), was), (name, entry.name, alias)
                        named_otherwise += entry.name in was.mentions.column("entity")
    assert named_otherwise > 0
