"""A rebuild keeps the pages whose inputs did not change, and still equals a build from scratch."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from project import add_surname_alone_article, add_unrelated_article, copy_project

from archive import render as render_stage
from archive.pipeline import BuildPaths, build

KONO_SEED = "002_4eb0d4afc9cd035e.txt"


def _project(folder: Path) -> BuildPaths:
    """A copy of the project whose builds keep a cache: the page keys live there."""
    return replace(copy_project(folder), cache=folder / "cache")


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _rendered(monkeypatch) -> list[str]:
    """The url paths of the pages rendered from here on (not kept)."""
    rendered: list[str] = []
    original = render_stage._render_page

    def counting(environment, page, page_url):
        rendered.append(page.url_path)
        return original(environment, page, page_url)

    monkeypatch.setattr(render_stage, "_render_page", counting)
    return rendered


def _add_related_article(paths: BuildPaths) -> None:
    """A new report of a story the seeds tell: it changes the pages of most names."""
    text = (paths.seeds / KONO_SEED).read_text("utf-8")
    (paths.seeds / "005_new.txt").write_text(
        text.replace("Kono", "Kono and Ms Wendy Tallis of the Harbour Trust"), encoding="utf-8"
    )


def _describe(paths: BuildPaths) -> None:
    people = paths.content / "entities" / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace("description:", "description: Re-described.", 1),
        encoding="utf-8",
    )


def _note(paths: BuildPaths) -> None:
    notes = paths.content / "notes"  # an empty folder git does not keep
    notes.mkdir(exist_ok=True)
    (notes / "000_afcb08f48ea53a95.md").write_text(
        "An editor's note on this article.\n", encoding="utf-8"
    )


def _edit_registry(paths: BuildPaths, name: str, old: str, new: str) -> None:
    registry = paths.content / "entities" / name
    text = registry.read_text("utf-8")
    assert old in text
    registry.write_text(text.replace(old, new, 1), encoding="utf-8")


def _add_an_alias(paths: BuildPaths) -> None:
    # a programme filed under the organisation that runs it
    _edit_registry(
        paths,
        "organisations.yaml",
        'aliases: ["United Nations Educational,',
        'aliases: [Memory of the World Register, "United Nations Educational,',
    )


def _add_an_entry(paths: BuildPaths) -> None:
    _edit_registry(
        paths,
        "places.yaml",
        "\n- name: ",
        "\n- name: Koyasan\n  type: place\n  aliases: [Mount Koya]\n- name: ",
    )


def _retype_an_entry(paths: BuildPaths) -> None:
    _edit_registry(
        paths, "people.yaml", "- name: Qin Gang\n  type: person", "- name: Qin Gang\n  type: other"
    )


def _delete_an_entry(paths: BuildPaths) -> None:
    places = paths.content / "entities" / "places.yaml"
    entries = places.read_text("utf-8").split("\n- ")
    kept = [entry for entry in entries if not entry.startswith("name: Senkaku Islands\n")]
    assert len(kept) == len(entries) - 1
    places.write_text("\n- ".join(kept), encoding="utf-8")


def _ignore_a_name(paths: BuildPaths) -> None:
    (paths.content / "entities" / "ignore.yaml").write_text("- Koreas\n", encoding="utf-8")


def _add_an_article_by_an_entity(paths: BuildPaths) -> None:
    """An article from the outlet "Sputnik", which names no one the seeds name: the agency's
    page, which no new article names, now links the outlet's."""
    (paths.seeds / "008_sputnik.md").write_text(
        "---\ntitle: Regatta won at Elmsford\noutlet: Sputnik\npublished: 2019-06-04\n"
        "---\n\nThe autumn regatta at Elmsford was won on Sunday as the wind dropped.\n",
        encoding="utf-8",
    )


def _edit_layout(paths: BuildPaths) -> None:
    entity = paths.layouts / "entity.html"
    entity.write_text(entity.read_text("utf-8").replace("</h1>", "</h1>\n", 1), encoding="utf-8")


def _page_paths(site: Path) -> set[str]:
    return {
        f"/{folder}/{page.name}/"
        for folder in ("articles", "entities")
        for page in (site / folder).iterdir()
        if page.is_dir()
    }


def _pages_of(rendered: list[str]) -> set[str]:
    return {
        path for path in rendered if path.count("/") == 3 and path[1:9] in ("articles", "entities")
    }


@pytest.mark.parametrize(
    ("change", "some_kept"),
    [
        (add_unrelated_article, True),
        (_add_related_article, None),
        (_describe, True),
        (_note, True),
        # the registry edits re-annotate the articles they reach (registry_reach.py)
        (_add_an_alias, True),
        (_add_an_entry, True),
        (_retype_an_entry, True),
        (_delete_an_entry, True),
        (_ignore_a_name, True),
        (_add_an_article_by_an_entity, True),
        (_edit_layout, False),
    ],
)
def test_a_rebuild_equals_a_build_from_scratch(tmp_path, monkeypatch, change, some_kept):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    change(paths)
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    kept = _page_paths(paths.out) - _pages_of(rendered)
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _tree(paths.out) == _tree(fresh.out)
    # a layout is read by every page: nothing can be kept
    if some_kept is not None:
        assert bool(kept) == some_kept, kept


def _article_by(paths: BuildPaths, name: str, author: str, text: str) -> None:
    (paths.seeds / name).write_text(
        f"---\ntitle: {text[:20]}\nauthors: [{author}]\npublished: 2019-06-04\n---\n\n{text}\n",
        encoding="utf-8",
    )


def test_kept_pages_link_an_authors_page_where_that_moved(tmp_path):
    paths = _project(tmp_path)
    _article_by(paths, "010_regatta.md", "Jane-Doe", "The regatta at Elmsford was won on Sunday.")
    _article_by(
        paths, "012_regatta.md", "Sam Roe", "Crowds cheered the winners at Elmsford on Monday."
    )
    build(paths, jobs=1, with_search=False)
    # "Jane Doe" comes first A-Z, and takes the slug "jane-doe" from "Jane-Doe"
    _article_by(paths, "011_bakery.md", "Jane Doe", "A bakery opened in the old mill at Tarn.")
    build(paths, jobs=1, with_search=False)
    page = (paths.out / "articles" / "010-regatta" / "index.html").read_text("utf-8")
    assert 'href="/authors/jane-doe-2/"' in page
    # the page of the name both regatta reports give counts their authors
    entity = (paths.out / "entities" / "elmsford" / "index.html").read_text("utf-8")
    assert 'href="/authors/jane-doe-2/"' in entity
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _tree(paths.out) == _tree(fresh.out)


def test_a_kept_article_page_files_its_author_as_their_page_now_does(tmp_path):
    paths = _project(tmp_path)
    _article_by(paths, "010_regatta.md", "Kevin Mccarthy", "The regatta at Elmsford was won.")
    build(paths, jobs=1, with_search=False)
    # two articles spell him otherwise: his page, at the same address, takes their spelling
    _article_by(paths, "011_bakery.md", "Kevin McCarthy", "A bakery opened in the mill at Tarn.")
    _article_by(paths, "012_ferry.md", "Kevin McCarthy", "The ferry to Holm ran late on Monday.")
    build(paths, jobs=1, with_search=False)
    page = (paths.out / "articles" / "010-regatta" / "index.html").read_text("utf-8")
    assert 'data-pagefind-filter="author:Kevin McCarthy">Kevin Mccarthy</a>' in page
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _tree(paths.out) == _tree(fresh.out)


def test_a_rebuild_after_one_new_article_renders_only_its_pages(tmp_path, monkeypatch):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    before = _page_paths(paths.out)
    add_unrelated_article(paths)
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    new_pages = _page_paths(paths.out) - before
    assert "/articles/005-harbour/" in new_pages and "/entities/wendy-tallis/" in new_pages
    assert _pages_of(rendered) == new_pages


def _add_article_naming_china_and_japan(paths: BuildPaths) -> None:
    """Two names every seed gives, China and Japan, in one more article."""
    (paths.seeds / "009_china.md").write_text(
        "---\ntitle: Harbour festival\noutlet: Haven Courier\npublished: 2019-06-05\n---\n\n"
        "The festival opened on Sunday. China and Japan sent delegations.\n",
        encoding="utf-8",
    )


def test_an_article_naming_two_common_names_renders_only_their_entity_pages(tmp_path, monkeypatch):
    # China and Japan are neighbours on every entity's page: their own
    # neighbours, which those pages do not show, changing must not redraw them all
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    _add_article_naming_china_and_japan(paths)
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    entity_pages = {path for path in _pages_of(rendered) if path.startswith("/entities/")}
    assert entity_pages == {"/entities/china/", "/entities/japan/"}
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _tree(paths.out) == _tree(fresh.out)


def test_an_alias_no_article_prints_renders_only_its_entitys_page(tmp_path, monkeypatch):
    # every seed names China; an article page shows no entity's aliases
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    _edit_registry(
        paths, "places.yaml", "aliases: [People's Republic", "aliases: [Cathay, People's Republic"
    )
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    assert _pages_of(rendered) == {"/entities/china/"}
    assert "Cathay" in (paths.out / "entities" / "china" / "index.html").read_text("utf-8")
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _tree(paths.out) == _tree(fresh.out)


def test_nothing_changed_renders_no_article_or_entity_page(tmp_path, monkeypatch):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    assert _pages_of(rendered) == set()


def test_a_missing_previous_page_is_rendered_again(tmp_path):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    wang = paths.out / "entities" / "wang-yi" / "index.html"
    wang.unlink()
    build(paths, jobs=1, with_search=False)
    assert "Wang Yi" in wang.read_text("utf-8")


def test_a_page_changed_since_its_key_was_recorded_is_rendered_again(tmp_path, monkeypatch):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    wang = paths.out / "entities" / "wang-yi" / "index.html"
    wang.write_text("<p>edited by hand on the server</p>", encoding="utf-8")
    rendered = _rebuild(paths, monkeypatch)
    assert rendered == {"/entities/wang-yi/"}
    assert "Wang Yi" in wang.read_text("utf-8")


def test_the_page_keys_are_kept_in_the_cache_not_published(tmp_path):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    published = {path.name for path in paths.out.rglob("*")}
    assert not [name for name in published if "keys" in name]
    memo = json.loads((paths.cache / "page-keys.json").read_text("utf-8"))
    assert memo["/entities/wang-yi/"][0]  # its key
    assert memo["/articles/"][0] == ""  # a list of articles has none: it is made every time
    assert all(len(record[1]) == 32 for record in memo.values())  # the digests of their bytes


def test_pages_rendered_again_with_the_same_bytes_are_linked_not_written(tmp_path, monkeypatch):
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    before = {page: page.stat().st_ino for page in paths.out.rglob("index.html")}
    # a file of the layouts no page uses: every page's key changes, and no page
    (paths.layouts / "notes.txt").write_text("For the designers.\n", encoding="utf-8")
    written: list[Path] = []
    write_file = render_stage._write_file
    monkeypatch.setattr(
        render_stage,
        "_write_file",
        lambda target, data: written.append(target) or write_file(target, data),
    )
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    assert _pages_of(rendered) == _page_paths(paths.out)  # all rendered again
    assert [target for target in written if target.name == "index.html"] == []
    assert {page: page.stat().st_ino for page in paths.out.rglob("index.html")} == before


def test_an_entity_listed_over_pages_is_rebuilt_as_from_scratch(tmp_path, monkeypatch):
    monkeypatch.setattr("archive.render_entity.ENTITY_PAGE_SIZE", 1)
    paths = _project(tmp_path)
    build(paths, jobs=1, with_search=False)
    later_pages = {
        page.parent.relative_to(paths.out).as_posix()
        for page in paths.out.glob("entities/*/page/*/index.html")
    }
    assert "entities/taro-kono/page/2" in later_pages
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    assert not [path for path in rendered if path.startswith("/entities/") and path.count("/") > 2]

    _add_related_article(paths)
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    # Kono is named in one more article, which each of his pages counts.
    assert "/entities/taro-kono/page/2/" in rendered
    assert _equals_a_build_from_scratch(paths, tmp_path / "fresh")


def _add_another_tallis(paths: BuildPaths) -> None:
    """A second person of the surname, as often named: "Tallis" alone is no longer hers."""
    (paths.seeds / "007_regatta.md").write_text(
        "---\ntitle: Regatta won at Elmsford\noutlet: Haven Courier\npublished: 2019-06-04\n"
        "---\n\nMarcus Tallis won the autumn regatta at Elmsford on Sunday. Tallis said the "
        "wind had dropped in the last hour.\n",
        encoding="utf-8",
    )


def _rebuild(paths: BuildPaths, monkeypatch) -> set[str]:
    """Build again; the article and entity pages rendered, not kept."""
    rendered = _rendered(monkeypatch)
    build(paths, jobs=1, with_search=False)
    return _pages_of(rendered)


def _equals_a_build_from_scratch(paths: BuildPaths, folder: Path) -> bool:
    fresh = replace(paths, out=folder, cache=None)
    build(fresh, jobs=1, with_search=False)
    return _tree(paths.out) == _tree(fresh.out)


def test_a_surname_merge_undone_or_made_again_re_renders_the_pages_it_touches(
    tmp_path, monkeypatch
):
    paths = _project(tmp_path)
    add_unrelated_article(paths)
    add_surname_alone_article(paths)
    build(paths, jobs=1, with_search=False)
    pier = paths.out / "articles" / "006-pier" / "index.html"
    assert 'href="/entities/wendy-tallis/"' in pier.read_text("utf-8")
    seed_articles = {
        page
        for page in _page_paths(paths.out)
        if page.startswith("/articles/00") and page < "/articles/005"
    }

    _add_another_tallis(paths)
    rendered = _rebuild(paths, monkeypatch)
    assert {"/articles/006-pier/", "/entities/wendy-tallis/", "/entities/tallis/"} <= rendered
    assert 'href="/entities/tallis/"' in pier.read_text("utf-8")
    assert _equals_a_build_from_scratch(paths, tmp_path / "fresh-apart")

    (paths.seeds / "007_regatta.md").unlink()
    rendered = _rebuild(paths, monkeypatch)
    assert {"/articles/006-pier/", "/entities/wendy-tallis/"} <= rendered
    assert 'href="/entities/wendy-tallis/"' in pier.read_text("utf-8")
    assert seed_articles and not seed_articles & rendered, "pages no merge touches are kept"
    assert _equals_a_build_from_scratch(paths, tmp_path / "fresh-merged")
