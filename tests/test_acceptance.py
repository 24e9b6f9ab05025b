"""Acceptance: the real build of the real seeds agrees with the editor's gold.

tests/seed_gold.yaml is the editor's reading of the five seeds (line roles,
title, outlet, dates, captions, entities, cross-links, stories); the whole
pipeline runs once for this module and every gold fact is a test.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from gold import GOLD, SEEDS, line_numbers, roles_by_line

from archive.ingest import slugify
from archive.pipeline import BuildPaths, BuildReport, build

ROOT = Path(__file__).resolve().parents[1]


def _prefix(article_id: str) -> str:
    return re.split(r"[_-]", article_id)[0]


@dataclass(frozen=True)
class SeedBuild:
    out: Path
    report: BuildReport


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> SeedBuild:
    """The real build of the real seeds, with search, run once for this module."""
    out = tmp_path_factory.mktemp("acceptance") / "site"
    paths = BuildPaths(ROOT / "seeds", ROOT / "content", ROOT / "layouts", out)
    return SeedBuild(out, build(paths, jobs=1))


@pytest.fixture(scope="module")
def articles(seed_build) -> dict[str, dict]:
    records = json.loads((seed_build.out / "data" / "articles.json").read_text("utf-8"))
    return {record["source_file"].split("/")[-1]: record for record in records}


@pytest.fixture(scope="module")
def entities(seed_build) -> dict[str, dict]:
    records = json.loads((seed_build.out / "data" / "entities.json").read_text("utf-8"))
    return {record["name"]: record for record in records}


@pytest.fixture(scope="module")
def built_items(seed_build) -> dict[str, object]:
    return {
        item.article.source_file.split("/")[-1]: item for item in seed_build.report.corpus.articles
    }


def test_every_seed_is_built(articles):
    assert sorted(articles) == SEEDS


@pytest.mark.parametrize("name", ["articles.json", "entities.json"])
def test_the_open_data_streams_one_record_a_line(seed_build, name):
    """A reader of a large archive's data parses it a line at a time (README, Open data)."""
    text = (seed_build.out / "data" / name).read_text("utf-8")
    lines = text.splitlines()
    assert (lines[0], lines[-1]) == ("[", "]")
    streamed = [json.loads(line.removesuffix(",")) for line in lines[1:-1]]
    assert streamed == json.loads(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_line_has_the_gold_role(seed, built_items):
    expected = roles_by_line(seed)
    found = {line.number: line.role for line in built_items[seed].lines}
    wrong = {
        number: (found.get(number), role)
        for number, role in sorted(expected.items())
        if found.get(number) != role
    }
    assert not wrong, f"line: (found, gold) {wrong}"
    assert set(found) == set(expected), "every non-blank line has exactly one role"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("key", ["title", "outlet", "published", "captured"])
def test_article_metadata_matches_gold(seed, key, articles):
    assert articles[seed][key] == GOLD["seeds"][seed][key]


@pytest.mark.parametrize("seed", SEEDS)
def test_standfirst_matches_gold(seed, articles):
    assert articles[seed]["standfirst"] == GOLD["seeds"][seed].get("standfirst")


@pytest.mark.parametrize("seed", SEEDS)
def test_caption_credits_match_gold(seed, articles):
    credits = [caption["credit"] for caption in articles[seed]["captions"]]
    for credit in GOLD["seeds"][seed]["caption_credits"]:
        assert credit in credits
    for caption in articles[seed]["captions"]:
        if caption["credit"]:
            assert caption["credit"] not in caption["text"], "the credit is split off"


@pytest.mark.parametrize("seed", SEEDS)
def test_no_author_is_made_up(seed, articles):
    # no seed prints a byline: the gold gives every line another role, and the names in
    # a page's text, captions and teasers are not its authors
    assert articles[seed]["authors"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_no_original_address_is_made_up(seed, articles):
    # no seed prints its address
    assert articles[seed]["source_url"] is None


def test_dateline_is_recorded(articles):
    for seed, gold in GOLD["seeds"].items():
        if "dateline" in gold:
            assert articles[seed]["dateline"] == gold["dateline"]


@pytest.mark.parametrize("seed", SEEDS)
def test_removed_lines_carry_a_reason(seed, articles):
    removed = articles[seed]["removed"]
    assert len(removed) == len(line_numbers(GOLD["seeds"][seed]["roles"].get("boilerplate", [])))
    assert all(line["reason"].strip() for line in removed)


@pytest.mark.parametrize("seed", SEEDS)
def test_article_page_shows_every_line_with_its_gold_role(seed, articles, seed_build):
    record = articles[seed]
    page = (seed_build.out / "articles" / slugify(record["id"]) / "index.html").read_text("utf-8")
    provenance = page.split('<details class="provenance">', 1)[1].split("</details>", 1)[0]
    rows = re.findall(r'<tr class="role-(\w+)"><td>(\d+)</td>', provenance)
    assert {int(number): role for role, number in rows} == roles_by_line(seed)
    assert provenance.count('class="reason"') >= len(record["removed"])


@pytest.mark.parametrize("seed", SEEDS)
def test_every_gold_entity_is_found_with_its_surface_forms(seed, articles):
    found = {entity["name"]: entity for entity in articles[seed]["entities"]}
    missing, wrong_type, missing_forms = [], [], []
    for type_, names in GOLD["seeds"][seed]["entities"].items():
        for name, forms in names.items():
            if name not in found:
                missing.append(name)
                continue
            if found[name]["type"] != type_:
                wrong_type.append((name, found[name]["type"], type_))
            missing_forms += [(name, form) for form in forms if form not in found[name]["mentions"]]
    assert not missing, f"entities not found: {missing}"
    assert not wrong_type, f"(entity, found type, gold type): {wrong_type}"
    assert not missing_forms, f"surface forms not found: {missing_forms}"


@pytest.mark.parametrize("seed", SEEDS)
def test_nothing_from_removed_lines_is_mentioned(seed, articles):
    forbidden = set(GOLD["seeds"][seed].get("must_not_mention", []))
    names = {entity["name"] for entity in articles[seed]["entities"]}
    forms = {form for entity in articles[seed]["entities"] for form in entity["mentions"]}
    assert not forbidden & (names | forms)


@pytest.mark.parametrize("name", sorted(GOLD["cross_links"]))
def test_entity_lists_exactly_the_gold_articles(name, entities):
    assert name in entities
    found = sorted(_prefix(article_id) for article_id in entities[name]["articles"])
    assert found == sorted(GOLD["cross_links"][name])


@pytest.mark.parametrize("name", sorted(GOLD["cross_links"]))
def test_entity_page_links_exactly_the_gold_articles(name, entities, seed_build):
    page = (seed_build.out / "entities" / slugify(name) / "index.html").read_text("utf-8")
    listing = page.split('id="articles"', 1)[-1]
    linked = {_prefix(slug) for slug in re.findall(r'href="/articles/([^/"]+)/"', listing)}
    assert linked == set(GOLD["cross_links"][name])


@pytest.mark.parametrize("name", sorted(GOLD["cross_links"]))
def test_each_article_links_the_others_sharing_a_gold_entity(name, articles):
    by_prefix = {_prefix(record["id"]): record for record in articles.values()}
    sharing = GOLD["cross_links"][name]
    for prefix in sharing:
        related = {_prefix(article_id) for article_id in by_prefix[prefix]["related"]}
        assert set(sharing) - {prefix} <= related, (prefix, related)


@pytest.mark.parametrize("key", sorted(GOLD["stories"]))
def test_same_story_group_is_found(key, articles):
    members = GOLD["stories"][key]
    by_prefix = {_prefix(record["id"]): record for record in articles.values()}
    story = by_prefix[members[0]]["story"]
    assert story is not None
    grouped = sorted(prefix for prefix, record in by_prefix.items() if record["story"] == story)
    assert grouped == sorted(members)


def test_wang_yi_page_quotes_him_from_each_report_of_the_visit(seed_build):
    page = (seed_build.out / "entities" / "wang-yi" / "index.html").read_text("utf-8")
    quoted = page.split('id="quotes-title"', 1)[1].split("</section>", 1)[0]
    sources = {_prefix(slug) for slug in re.findall(r'href="/articles/([^/"]+)/"', quoted)}
    assert sources == {"002", "003", "004"}
    assert "boat going against a current" in quoted


def test_names_index_files_people_under_their_family_names(seed_build):
    page = (seed_build.out / "entities" / "index.html").read_text("utf-8")
    people = page.split('id="person"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r"<a [^>]*>([^<]+)</a>", people) == [
        "Shinzo Abe",
        "Yasuo Fukuda",
        "Taro Kono",
        "Li Keqiang",
        "Barack Obama",
        "Qin Gang",
        "Hiroshige Seko",
        "Yoshihide Suga",
        "Donald Trump",
        "Wang Yi",
        "Xi Jinping",
        "Shotaro Yachi",
        "Yang Jiechi",
    ]


def test_probable_misspelling_is_merged_and_flagged(seed_build):
    item = next(
        item for item in seed_build.report.corpus.articles if item.article.id.startswith("002")
    )
    kano = [mention for mention in item.annotation.mentions if mention.text == "Kano"]
    assert kano and all(m.entity == "Taro Kono" and m.probable_misspelling for m in kano)


def test_home_lists_the_articles_dated_in_their_text_before_those_dated_by_capture(seed_build):
    """Pages captured in 2025 that do not say when they ran are not the latest news."""
    home = (seed_build.out / "index.html").read_text("utf-8")
    latest = home[home.index('id="latest-title"') :]
    titles = re.findall(r'class="teaser-title"><a href="[^"]*">([^<]*)</a>', latest)

    def kind(seed: str) -> int:
        gold = GOLD["seeds"][seed]
        return 0 if gold["published"] else 1 if gold["captured"] else 2

    by_title = {GOLD["seeds"][seed]["title"]: kind(seed) for seed in SEEDS}
    listed = [by_title[html.unescape(title)] for title in titles]
    assert len(listed) == len(SEEDS) and listed == sorted(listed)
