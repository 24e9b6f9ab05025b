"""The search index in bundles: a rebuild re-indexes only the bundles whose pages changed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from project import add_unrelated_article, copy_project

from archive import search_shards
from archive.pipeline import build
from archive.search_shards import Document, plan


def _document(number: int, date: str | None) -> Document:
    relative = f"articles/{number:05d}/index.html"
    return Document(relative, date, hashlib.sha256(relative.encode()).hexdigest(), 100)


def _archive(count: int) -> list[Document]:
    """`count` dated articles over ten years, in page (not date) order, and 50 entity pages."""
    articles = [
        _document(number, f"{2010 + number % 10}-{1 + number % 12:02d}-{1 + number % 28:02d}")
        for number in range(count)
    ]
    entities = [
        Document(f"entities/e{number}/index.html", None, str(number), 10) for number in range(50)
    ]
    return articles + entities


def _ranges(documents: list[Document], shard_pages: int) -> list[tuple[str, ...]]:
    return [
        tuple(document.relative for document in shard.documents)
        for shard in plan(documents, shard_pages)
    ]


def test_a_site_up_to_the_bundle_size_keeps_one_bundle_in_page_order() -> None:
    documents = _archive(20)
    (shard,) = plan(documents, shard_pages=100)
    assert shard.folder == "" and shard.documents == tuple(documents) and shard.pages == "all"


def test_dated_ranges_follow_each_other_in_date_order_and_undated_pages_are_the_main_bundle():
    documents = _archive(3000)
    shards = plan(documents, shard_pages=200)
    *parts, main = shards
    assert main.folder == "" and main.pages == "undated"
    assert {document.date for document in main.documents} == {None}
    assert all(part.pages == "dated" and part.folder.startswith("parts/") for part in parts)
    read_in_order = [document for part in parts for document in part.documents]
    dated = [document for document in documents if document.date is not None]
    assert read_in_order == sorted(dated, key=lambda document: (document.date, document.relative))
    sizes = [len(part.documents) for part in parts]
    assert all(100 <= size <= 400 for size in sizes[:-1]), sizes
    assert 10 <= len(parts) <= 25, sizes


def test_a_new_newest_article_changes_only_the_newest_range() -> None:
    documents = _archive(3000)
    before = _ranges(documents, 200)
    after = _ranges([*documents, _document(99999, "2030-01-01")], 200)
    assert after[:-2] == before[:-2]  # every dated range but the newest, as it was
    assert after[-1] == before[-1]  # the entity pages


def test_an_article_dated_in_the_middle_changes_only_the_range_it_falls_in() -> None:
    documents = _archive(3000)
    before = set(_ranges(documents, 200))
    after = set(_ranges([*documents, _document(99999, "2015-06-15")], 200))
    changed = after - before
    assert len(changed) <= 2, len(changed)  # its range, or its range cut in two
    assert any("articles/99999/index.html" in shard for shard in changed)


def test_pages_of_one_date_stay_in_one_bundle_unless_too_many_then_in_one_block() -> None:
    documents = _archive(3000)
    shards = plan(documents, shard_pages=200)[:-1]
    for earlier, later in zip(shards, shards[1:], strict=False):
        if earlier.block != later.block:
            assert earlier.documents[-1].date < later.documents[0].date
    undated = [_document(number, "0000-00-00") for number in range(10000, 11000)]
    shards = plan(documents + undated, shard_pages=200)[:-1]
    first_block = [shard for shard in shards if shard.block == shards[0].block]
    assert len(first_block) >= 3
    assert [document for shard in first_block for document in shard.documents] == undated
    assert all(shard.documents[0].date != "0000-00-00" for shard in shards[len(first_block) :])


def test_when_every_page_has_a_date_the_newest_range_is_the_main_bundle() -> None:
    documents = [document for document in _archive(1000) if document.date is not None]
    *parts, main = plan(documents, shard_pages=200)
    assert main.folder == "" and main.pages == "dated"
    assert max(document.date for part in parts for document in part.documents) <= min(
        document.date for document in main.documents
    )


# The real build, with the seeds' articles each in a bundle of its own.


def _bundles(site: Path) -> list[dict]:  # type: ignore[type-arg]
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))
    return listed["bundles"]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _one_article_per_bundle(monkeypatch) -> None:
    monkeypatch.setattr(search_shards, "SHARD_PAGES", 1)


def test_the_seeds_are_indexed_in_bundles_that_each_hold_a_range_of_dates(tmp_path, monkeypatch):
    _one_article_per_bundle(monkeypatch)
    paths = copy_project(tmp_path)
    report = build(paths, jobs=1)
    bundles = _bundles(paths.out)
    assert report.search is not None and report.search.bundles == len(bundles)
    assert [bundle["pages"] for bundle in bundles] == ["dated"] * 5 + ["undated"]
    # 000, 001 and 003 state no date and sort as the oldest, 002 and 004 share
    # 28 January 2018: each date has too many pages for one bundle here, one block
    assert [bundle["block"] for bundle in bundles[:5]] == [0, 0, 0, 3, 3]
    for bundle in bundles:
        assert (paths.out / "pagefind" / bundle["bundle"] / "pagefind-entry.json").is_file()


def test_a_rebuild_indexes_only_the_new_articles_bundle_and_the_names(tmp_path, monkeypatch):
    _one_article_per_bundle(monkeypatch)
    paths = copy_project(tmp_path)
    build(paths, jobs=1)
    add_unrelated_article(paths)
    report = build(paths, jobs=1)
    assert report.search is not None
    # its own bundle, and the main one: the article brings new names' pages
    assert (report.search.indexed, report.search.bundles) == (2, 7)
    fresh = replace(paths, out=tmp_path / "fresh")
    build(fresh, jobs=1)
    assert _tree(paths.out / "pagefind") == _tree(fresh.out / "pagefind")


def test_a_rebuild_with_nothing_changed_indexes_nothing(tmp_path, monkeypatch):
    _one_article_per_bundle(monkeypatch)
    paths = copy_project(tmp_path)
    build(paths, jobs=1)
    before = _tree(paths.out / "pagefind")
    report = build(paths, jobs=1)
    assert report.search is not None and report.search.indexed == 0
    assert _tree(paths.out / "pagefind") == before


def test_a_damaged_bundle_of_the_previous_site_is_indexed_again(tmp_path, monkeypatch):
    _one_article_per_bundle(monkeypatch)
    paths = copy_project(tmp_path)
    build(paths, jobs=1)
    before = _tree(paths.out / "pagefind")
    (paths.out / "pagefind" / _bundles(paths.out)[0]["bundle"] / "pagefind.js").unlink()
    report = build(paths, jobs=1)
    assert report.search is not None and report.search.indexed == 1
    assert _tree(paths.out / "pagefind") == before


def _documents_made(monkeypatch) -> list[str]:
    """The pages whose search documents are made from here on (a build with jobs=1)."""
    from archive import search

    made: list[str] = []
    original = search._document_of

    def counting(page: Path) -> str:
        made.append(f"{page.parent.parent.name}/{page.parent.name}")
        return original(page)

    monkeypatch.setattr(search, "_document_of", counting)
    return made


def test_a_rebuild_reads_only_the_pages_of_the_bundles_it_indexes(tmp_path, monkeypatch):
    _one_article_per_bundle(monkeypatch)
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1)
    made = _documents_made(monkeypatch)
    build(paths, jobs=1)
    assert made == [], made  # every page linked from the previous site, and remembered
    add_unrelated_article(paths)
    build(paths, jobs=1)
    new_pages = {"articles/005-harbour", "entities/wendy-tallis"}
    assert new_pages <= set(made)
    assert not any(page.startswith("articles/00") and page not in new_pages for page in made), made
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1)
    assert _tree(paths.out / "pagefind") == _tree(fresh.out / "pagefind")


def test_a_memo_from_other_code_or_options_is_not_used(tmp_path, monkeypatch):
    from archive import search

    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1)
    memo = paths.cache / "search-documents.json"
    data = json.loads(memo.read_text(encoding="utf-8"))
    assert len(data["pages"]) == len(search.indexed_pages(paths.out))
    memo.write_text(json.dumps({**data, "salt": "another version"}), encoding="utf-8")
    made = _documents_made(monkeypatch)
    build(paths, jobs=1)
    assert len(made) == len(data["pages"])


def test_pages_kept_by_the_swap_are_remembered_as_the_files_they_became(tmp_path, monkeypatch):
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1)
    # Without the page keys every page is rendered again, to the same bytes:
    # the swap then keeps the previous files, whose identity the memo must hold.
    (paths.cache / "page-keys.json").unlink()
    build(paths, jobs=1)
    made = _documents_made(monkeypatch)
    build(paths, jobs=1)
    assert made == [], made


def test_a_previous_manifest_naming_a_folder_outside_its_bundle_is_not_followed(tmp_path):
    bundle = tmp_path / "site" / "pagefind"
    outside = tmp_path / "elsewhere"
    for folder in (bundle / "parts" / "000", outside):
        folder.mkdir(parents=True)
        (folder / "pagefind.js").write_text("//", encoding="utf-8")
    listed = [
        {"bundle": "parts/000/", "pages": "dated", "block": 0, "digest": "a"},
        {"bundle": "../../elsewhere/", "pages": "dated", "block": 1, "digest": "b"},
        {"bundle": str(outside), "pages": "dated", "block": 2, "digest": "c"},
    ]
    (bundle / "shards.json").write_text(json.dumps({"bundles": listed}), encoding="utf-8")
    assert search_shards.previous_bundles(bundle) == {"a": bundle / "parts" / "000"}
