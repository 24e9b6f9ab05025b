"""Drop-in: a new file in seeds/ is on the served site and searchable at once."""

from __future__ import annotations

import re
from pathlib import Path

from project import copy_project

from archive.dropin import DELTA_FOLDER, drop_in
from archive.entities import load_registry
from archive.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
NEW_ARTICLE = (
    "Fishing talks resume in Reykjavik\n\n"
    "Negotiators from the two fishing nations met again in Reykjavik on Monday to settle "
    "quotas for the coming season, officials said after the meeting ended.\n\n"
    "The talks are expected to continue on Tuesday, when both delegations will present "
    "new proposals on the protection of spawning grounds.\n"
)


def test_dropped_article_gets_its_page_and_a_delta_index(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1)
    home = (paths.out / "index.html").read_bytes()
    new_file = paths.seeds / "fishing-talks.txt"
    new_file.write_text(NEW_ARTICLE, encoding="utf-8")
    added = drop_in(paths, [new_file], load_registry(paths.content))
    assert added.article_ids == ["fishing-talks"]
    page = (paths.out / "articles" / "fishing-talks" / "index.html").read_text("utf-8")
    assert "spawning grounds" in page
    assert (paths.out / DELTA_FOLDER / "pagefind-entry.json").is_file()
    assert (paths.out / "index.html").read_bytes() == home, "the rest waits for the rebuild"


def test_the_pages_a_dropped_article_links_are_there_before_the_rebuild(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    japan = (paths.out / "entities" / "japan" / "index.html").read_bytes()
    new_file = paths.seeds / "fishing-talks.txt"
    byline = "Fishing talks resume in Reykjavik\n\nBy Anna Jonsdottir\n\n"
    text = NEW_ARTICLE.replace("Fishing talks resume in Reykjavik\n\n", byline)
    new_file.write_text(text.replace("fishing nations", "fishing nations and Japan"), "utf-8")
    drop_in(paths, [new_file], load_registry(paths.content))
    page = (paths.out / "articles" / "fishing-talks" / "index.html").read_text("utf-8")
    links = set(re.findall(r'href="(/(?:entities|authors|outlets)/[^"]+/)"', page))
    assert {"/entities/reykjavik/", "/entities/japan/", "/authors/anna-jonsdottir/"} <= links
    for link in links:
        assert (paths.out / link.strip("/") / "index.html").is_file(), link
    new_name = (paths.out / "entities" / "reykjavik" / "index.html").read_text("utf-8")
    assert "/articles/fishing-talks/" in new_name
    # a name the archive had keeps its page until the rebuild lists the new article
    assert (paths.out / "entities" / "japan" / "index.html").read_bytes() == japan


def test_full_rebuild_folds_the_delta_into_the_main_index(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1)
    new_file = paths.seeds / "fishing-talks.txt"
    new_file.write_text(NEW_ARTICLE, encoding="utf-8")
    drop_in(paths, [new_file], load_registry(paths.content))
    report = build(paths, jobs=1)
    assert not (paths.out / DELTA_FOLDER).exists()
    assert "fishing-talks" in report.corpus.by_id


def test_a_bad_dropped_file_is_a_warning(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    bad = paths.seeds / "empty.txt"
    bad.write_bytes(b"")
    added = drop_in(paths, [bad], load_registry(paths.content))
    assert added.article_ids == []
    assert "empty" in added.warnings[0].reason
