"""The build as a whole: bad files cost only themselves, output lands atomically."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from project import add_surname_alone_article, add_unrelated_article, copy_project

from archive.pipeline import BuildPaths, _Staging, annotate_archive, build

ROOT = Path(__file__).resolve().parents[1]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)


def _built_ids(out: Path) -> list[str]:
    records = json.loads((out / "data" / "articles.json").read_text("utf-8"))
    return sorted(record["id"] for record in records)


def test_empty_and_binary_files_are_warnings_and_the_rest_builds(tmp_path):
    paths = copy_project(tmp_path)
    (paths.seeds / "empty.txt").write_bytes(b"")
    (paths.seeds / "photo.txt").write_bytes(PNG)
    report = build(paths, jobs=1, with_search=False)
    messages = {warning.file: warning.reason for warning in report.warnings}
    assert "empty" in messages["seeds/empty.txt"]
    assert "binary" in messages["seeds/photo.txt"]
    assert len(_built_ids(paths.out)) == 5
    assert (paths.seeds / "photo.txt").read_bytes() == PNG, "input files are never modified"


def test_build_keeps_site_gitignore(tmp_path):
    paths = copy_project(tmp_path)
    paths.out.mkdir()
    (paths.out / ".gitignore").write_text("*\n!.gitignore\n")
    build(paths, jobs=1, with_search=False)
    assert (paths.out / ".gitignore").read_text() == "*\n!.gitignore\n"
    assert (paths.out / "index.html").is_file()


def test_a_failed_build_leaves_the_previous_site(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    before = sorted(path.relative_to(paths.out) for path in paths.out.rglob("*"))
    (paths.layouts / "article.html").write_text("{% for %}")  # a template that cannot compile
    try:
        build(paths, jobs=1, with_search=False)
    except Exception:  # noqa: BLE001 - the failure itself is expected here
        pass
    else:
        raise AssertionError("a broken layout must fail the build")
    after = sorted(path.relative_to(paths.out) for path in paths.out.rglob("*"))
    assert before == after
    assert not list(tmp_path.glob(".site.*")), "no staging folder is left behind"


def _layout(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under `folder`."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
    }


def test_a_rebuild_makes_its_site_in_the_folders_of_the_site_before(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    first = (paths.out / "articles" / "000-afcb08f48ea53a95").stat().st_ino
    build(paths, jobs=1, with_search=False)  # the first site is kept as the spare folder
    build(paths, jobs=1, with_search=False)
    assert (paths.out / "articles" / "000-afcb08f48ea53a95").stat().st_ino == first


def test_a_site_made_in_the_folders_of_an_older_one_has_none_of_its_files_or_folders(tmp_path):
    paths = copy_project(tmp_path)
    (paths.seeds / "005_new.txt").write_text(
        "Fishing talks resume\n\nNegotiators from the two fishing nations met again on Monday "
        "to settle quotas for the coming season, officials said after the meeting ended.\n"
    )
    build(paths, jobs=1, with_search=False)
    build(paths, jobs=1, with_search=False)
    spare = tmp_path / ".site.spare"
    (spare / "articles" / "not-a-page").mkdir()
    (spare / "stray.html").write_text("from an older site")
    (paths.seeds / "005_new.txt").unlink()
    build(paths, jobs=1, with_search=False)
    fresh = replace(paths, out=tmp_path / "fresh")
    build(fresh, jobs=1, with_search=False)
    assert _layout(paths.out) == _layout(fresh.out)


def test_the_build_after_the_first_finds_the_folders_of_the_site_before_made(tmp_path):
    out = tmp_path / "site"
    (out / "articles" / "a").mkdir(parents=True)
    (out / "articles" / "a" / "index.html").write_text("served")
    (out / "entities").mkdir()
    with _Staging(out) as staging:  # no spare folder: the site before is the only one
        assert _layout(staging.ready()) == {"articles": None, "articles/a": None, "entities": None}
    assert (out / "articles" / "a" / "index.html").read_text() == "served"


def test_a_site_made_with_the_folders_of_the_site_before_has_none_it_does_not_use(tmp_path):
    paths = copy_project(tmp_path)
    add_unrelated_article(paths)  # its page and its names' pages, gone from the next site
    build(paths, jobs=1, with_search=False)
    (paths.seeds / "005_harbour.md").unlink()
    build(paths, jobs=1, with_search=False)  # the second build: no spare folder yet
    fresh = replace(paths, out=tmp_path / "fresh")
    build(fresh, jobs=1, with_search=False)
    assert _layout(paths.out) == _layout(fresh.out)


def test_a_failed_build_in_the_folders_of_an_older_site_leaves_the_previous_site(
    tmp_path, monkeypatch
):
    """The spare folder's files are the served site's files (hard links): a build
    writing into them would change the site it must leave as it is."""
    from archive import export

    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    build(paths, jobs=1, with_search=False)
    before = _layout(paths.out)
    base = paths.layouts / "base.html"  # every page made again, into the spare's folders
    base.write_text(base.read_text("utf-8").replace("</body>", "<!-- new -->\n</body>"))

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export, "export", fail)
    try:
        build(paths, jobs=1, with_search=False)
    except OSError:
        pass
    else:
        raise AssertionError("the export was made to fail")
    assert _layout(paths.out) == before
    assert not list(tmp_path.glob(".site.*")), "no staging folder is left behind"


def test_override_replaces_the_automatic_clean(tmp_path):
    paths = copy_project(tmp_path)
    (paths.content / "articles").mkdir(exist_ok=True)
    (paths.content / "articles" / "003_47ea35453c11d0f7.md").write_text(
        "---\ntitle: Corrected headline\noutlet: The Guardian\n---\n\n"
        "A corrected first paragraph naming Taro Kono.\n",
        encoding="utf-8",
    )
    report = build(paths, jobs=1, with_search=False)
    article = report.corpus.article("003_47ea35453c11d0f7").article
    assert article.title == "Corrected headline"
    assert article.outlet == "The Guardian"
    assert article.edited_by_hand
    assert len(report.corpus.articles) == 5


def test_unchanged_output_files_are_not_rewritten(tmp_path):
    paths = copy_project(tmp_path)
    build(paths, jobs=1, with_search=False)
    untouched = paths.out / "articles" / "000-afcb08f48ea53a95" / "index.html"
    inode = untouched.stat().st_ino
    (paths.seeds / "005_new.txt").write_text(
        "Fishing talks resume\n\nNegotiators from the two fishing nations met again on Monday "
        "to settle quotas for the coming season, officials said after the meeting ended.\n"
    )
    report = build(paths, jobs=1, with_search=False)
    assert untouched.stat().st_ino == inode, "a page whose bytes did not change is kept"
    assert (paths.out / "articles" / "005-new" / "index.html").is_file()
    assert 0 < report.unchanged < report.written


def _cached_build(paths: BuildPaths) -> int:
    return build(
        replace(paths, cache=paths.out.parent / "cache"), jobs=1, with_search=False
    ).cache_hits


def test_cache_is_reused_when_nothing_changed_and_layouts_change(tmp_path):
    paths = copy_project(tmp_path)
    assert _cached_build(paths) == 0
    assert _cached_build(paths) == 5
    (paths.layouts / "base.html").write_text(
        (paths.layouts / "base.html").read_text("utf-8") + "\n", encoding="utf-8"
    )
    assert _cached_build(paths) == 5, "a layout change re-renders but does not re-clean"


def test_cache_is_invalidated_by_content_and_registry(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    seed = paths.seeds / "000_afcb08f48ea53a95.txt"
    seed.write_text(seed.read_text("utf-8") + "\nOne more paragraph of the article.\n")
    assert _cached_build(paths) == 4
    places = paths.content / "entities" / "places.yaml"
    places.write_text(places.read_text("utf-8").replace("type: place", "type: other", 1))
    assert _cached_build(paths) == 0, "an entry every article names (China)"


def test_a_renamed_seeds_folder_keeps_the_cache_and_shows_the_new_paths(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    moved = replace(paths, seeds=paths.seeds.rename(tmp_path / "pages"))
    assert _cached_build(moved) == 5, "the same bytes under another folder are not cleaned again"
    cached_site = _layout(moved.out)
    build(replace(moved, out=tmp_path / "uncached"), jobs=1, with_search=False)
    assert cached_site == _layout(tmp_path / "uncached")
    records = json.loads((moved.out / "data" / "articles.json").read_text("utf-8"))
    assert {record["source_file"].split("/")[0] for record in records} == {"pages"}


def test_a_registry_edit_re_annotates_only_the_articles_it_can_reach(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    _add_alias(paths, "organisations", '"United', "Memory of the World Register")
    assert _cached_build(paths) == 4, "only 001 prints the new alias, or names UNESCO"
    assert _cached_build(paths) == 5, "the four results kept are now filed under the new registry"
    assert len(list((paths.out.parent / "cache").glob("registry-*.pickle"))) == 1
    page = next((paths.out / "articles").glob("001*/index.html")).read_text("utf-8")
    assert 'href="/entities/memory-of-the-world-register/"' not in page


def test_an_alias_no_article_prints_re_annotates_nothing_though_all_name_its_entry(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    _add_alias(paths, "places", "People's Republic", "Cathay")
    assert _cached_build(paths) == 5, "every seed names China, none prints Cathay"


def _add_alias(paths: BuildPaths, registry_file: str, first_alias: str, alias: str) -> None:
    """Put `alias` before the first alias list of the file that starts with `first_alias`."""
    entries = paths.content / "entities" / f"{registry_file}.yaml"
    text = entries.read_text("utf-8")
    assert f"aliases: [{first_alias}" in text
    entries.write_text(
        text.replace(f"aliases: [{first_alias}", f"aliases: [{alias}, {first_alias}", 1)
    )


def test_a_result_of_a_registry_no_longer_kept_is_annotated_again(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    for kept in (paths.out.parent / "cache").glob("registry-*.pickle"):
        kept.unlink()
    organisations = paths.content / "entities" / "organisations.yaml"
    organisations.write_text(
        organisations.read_text("utf-8") + "- name: Harbour Trust\n  type: organisation\n"
    )
    assert _cached_build(paths) == 0


def test_a_description_edit_re_renders_without_re_annotating(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    people = paths.content / "entities" / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace("description:", "description: Newly described.", 1)
    )
    assert _cached_build(paths) == 5
    pages = (paths.out / "entities").glob("*/index.html")
    assert any("Newly described." in page.read_text("utf-8") for page in pages)


def test_an_editor_files_a_name_without_re_annotating(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    index = paths.out / "entities" / "index.html"
    assert index.read_text("utf-8").index(">Shinzo Abe<") < index.read_text("utf-8").index(
        ">Taro Kono<"
    )
    people = paths.content / "entities" / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace(
            "- name: Shinzo Abe\n", "- name: Shinzo Abe\n  sort: Shinzo\n", 1
        )
    )
    assert _cached_build(paths) == 5
    assert index.read_text("utf-8").index(">Taro Kono<") < index.read_text("utf-8").index(
        ">Shinzo Abe<"
    )


def test_an_editor_keeps_a_surname_apart_without_re_annotating(tmp_path):
    paths = copy_project(tmp_path)
    add_unrelated_article(paths)
    add_surname_alone_article(paths)
    _cached_build(paths)
    assert not (paths.out / "entities" / "tallis").exists(), "merged into Wendy Tallis"
    (paths.content / "entities" / "ignore.yaml").write_text("keep_apart:\n  - Tallis\n")
    assert _cached_build(paths) == 7
    page = (paths.out / "articles" / "006-pier" / "index.html").read_text("utf-8")
    assert 'href="/entities/tallis/"' in page


def test_cache_is_invalidated_by_code_of_the_per_article_stages(tmp_path, monkeypatch):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    monkeypatch.setattr("archive.pipeline.code_version", lambda: "another version")
    assert _cached_build(paths) == 0


def _cached_results(paths: BuildPaths) -> set[str]:
    folder = paths.out.parent / "cache"
    return {path.name for path in folder.glob("*.pickle") if len(path.stem) == 64}


def test_the_cache_holds_one_result_per_article_after_edits_and_upgrades(tmp_path, monkeypatch):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    first = _cached_results(paths)
    assert len(first) == 5
    seed = paths.seeds / "000_afcb08f48ea53a95.txt"
    seed.write_text(seed.read_text("utf-8") + "\nOne more paragraph of the article.\n")
    (paths.seeds / "004_5270078fb2733fb8.txt").unlink()
    _cached_build(paths)
    assert len(_cached_results(paths)) == 4, "the edited and the removed article's are gone"
    assert len(_cached_results(paths) & first) == 3
    monkeypatch.setattr("archive.pipeline.code_version", lambda: "another version")
    _cached_build(paths)
    assert len(_cached_results(paths)) == 4 and not _cached_results(paths) & first
    assert _cached_build(paths) == 4


def test_suggest_on_another_folder_keeps_the_builds_results(tmp_path):
    paths = copy_project(tmp_path)
    _cached_build(paths)
    other = tmp_path / "incoming"
    other.mkdir()
    (other / "one.txt").write_text(
        "Harbour talks\n\nNegotiators from the two fishing nations met again on Monday "
        "to settle quotas for the coming season, officials said after the meeting ended.\n"
    )
    annotate_archive(other, paths.content, paths.out.parent / "cache", jobs=1)
    assert _cached_build(paths) == 5


def test_code_version_follows_per_article_modules_only(tmp_path, monkeypatch):
    from archive import pipeline

    package = tmp_path / "archive"
    package.mkdir()
    for name in ("clean.py", "render.py"):
        (package / name).write_text("# v1\n")
    monkeypatch.setattr(pipeline, "PACKAGE_DIR", package)
    first = pipeline.code_version()
    (package / "render.py").write_text("# v2\n")
    assert pipeline.code_version() == first
    (package / "clean.py").write_text("# v2\n")
    assert pipeline.code_version() != first


def test_code_version_follows_the_versions_of_the_data_packages(monkeypatch):
    from archive import pipeline

    first = pipeline.code_version()
    assert pipeline.code_version() == first
    installed = pipeline.metadata.version
    monkeypatch.setattr(
        pipeline.metadata,
        "version",
        lambda name: "999.0" if name == "faker" else installed(name),
    )
    assert pipeline.code_version() != first


def _site_page(topic: str) -> str:
    return (
        f"The Harbour Gazette\n\nDolphins seen off the {topic} pier\n\n"
        f"Fishermen working off the {topic} pier said on Monday that a pod of dolphins had "
        "followed their boats for most of the morning, the first sighting in years.\n\n"
        "Marine biologists from the university said the animals were probably feeding on "
        f"the shoals of mackerel that arrived near {topic} early this summer.\n\n"
        "Local volunteers plan to count the animals again next week with the coast guard.\n\n"
        "Harbour Gazette Weekend Picks\n"
    )


def test_lines_recurring_across_the_archive_are_removed_as_furniture(tmp_path):
    paths = copy_project(tmp_path)
    for topic in ("north", "south", "east"):
        (paths.seeds / f"gazette-{topic}.txt").write_text(_site_page(topic), encoding="utf-8")
    report = build(paths, jobs=1, with_search=False)
    item = report.corpus.article("gazette-north")
    article = item.article
    removed = {line.text: line.reason for line in item.removed}
    assert "recurs" in removed["Harbour Gazette Weekend Picks"]
    assert all("Weekend Picks" not in block.text for block in article.blocks)


def test_a_new_page_sharing_furniture_re_cleans_the_pages_it_changes(tmp_path):
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    for topic in ("north", "south"):
        (paths.seeds / f"gazette-{topic}.txt").write_text(_site_page(topic), encoding="utf-8")
    assert build(paths, jobs=1, with_search=False).cache_hits == 0
    (paths.seeds / "gazette-east.txt").write_text(_site_page("east"), encoding="utf-8")
    # The two earlier pages now share a learned line: only the five seeds come from the cache.
    assert build(paths, jobs=1, with_search=False).cache_hits == 5


SAVED_PAGE = """<!doctype html><html lang="en"><head>
<title>Ministers meet in Geneva | The Courier</title>
<meta property="og:site_name" content="The Courier">
<meta property="article:published_time" content="2019-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Geneva</h1>
<p>The foreign ministers of the two countries met in Geneva on Monday to discuss the long-running
dispute over fishing rights, officials said after the talks ended in the evening.</p>
<h2>A further round</h2>
<p>Both sides agreed to hold a further round of negotiations before the end of the year,
according to a joint statement released by the two delegations after the meeting.</p></article>
<footer>Subscribe to our newsletter. Cookie settings. Terms of use.</footer></body></html>"""


def test_saved_html_and_clean_markdown_build_into_article_pages(tmp_path):
    paths = copy_project(tmp_path)
    (paths.seeds / "geneva.html").write_text(SAVED_PAGE, encoding="utf-8")
    (paths.seeds / "notes-from-tokyo.md").write_text(
        "---\ntitle: Notes from Tokyo\noutlet: The Courier\npublished: 2019-03-05\n---\n\n"
        "Taro Kono spoke to reporters in Tokyo on Tuesday about the talks.\n\n"
        "## What comes next\n\nA second meeting is planned for the spring.\n",
        encoding="utf-8",
    )
    report = build(paths, jobs=1, with_search=False)
    html_article = report.corpus.article("geneva").article
    assert html_article.title == "Ministers meet in Geneva"
    assert html_article.published == "2019-03-04"
    assert "fishing rights" in html_article.body_text
    assert "newsletter" not in html_article.body_text
    markdown = report.corpus.article("notes-from-tokyo")
    assert markdown.article.headings == ["What comes next"]
    assert "Taro Kono" in markdown.annotation.entity_names()
    for slug in ("geneva", "notes-from-tokyo"):
        assert (paths.out / "articles" / slug / "index.html").is_file()


def test_furniture_is_learned_again_only_when_the_page_dumps_change(tmp_path, monkeypatch):
    from archive import furniture, pipeline

    learned = []
    original = pipeline.learn_furniture
    lines = furniture._page_lines
    monkeypatch.setattr(
        pipeline,
        "learn_furniture",
        lambda sources, **known: learned.append(1) or original(sources, **known),
    )
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    for topic in ("north", "south", "east"):
        (paths.seeds / f"gazette-{topic}.txt").write_text(_site_page(topic), encoding="utf-8")
    first = build(paths, jobs=1, with_search=False)
    _describe_someone(paths)
    again = build(paths, jobs=1, with_search=False)
    assert len(learned) == 1  # the same dumps: the furniture is read from the cache
    assert again.corpus.article("gazette-north").removed == (
        first.corpus.article("gazette-north").removed
    )
    (paths.seeds / "gazette-west.txt").write_text(_site_page("west"), encoding="utf-8")
    read = []
    monkeypatch.setattr(furniture, "_page_lines", lambda text: read.append(text) or lines(text))
    build(paths, jobs=1, with_search=False)
    assert len(learned) == 2
    assert read == [_site_page("west")]  # the other pages' lines were kept from the first build
    assert len(list(paths.cache.glob(f"{pipeline.FURNITURE_PREFIX}*"))) == 1
    assert len(list(paths.cache.glob(f"{pipeline.PAGE_LINES_PREFIX}*"))) == 1


def test_the_gazetteer_is_kept_in_the_cache_for_the_code_version(tmp_path, monkeypatch):
    from archive import names_gazetteer, pipeline

    this_process = names_gazetteer.gazetteer()
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    older = paths.cache / f"{pipeline.GAZETTEER_PREFIX}0123456789abcdef.pickle"
    older.parent.mkdir(parents=True)
    older.write_bytes(b"of another version of the code")
    first = build(paths, jobs=1, with_search=False)
    kept = paths.cache / f"{pipeline.GAZETTEER_PREFIX}{pipeline.code_version()}.pickle"
    assert sorted(paths.cache.glob(f"{pipeline.GAZETTEER_PREFIX}*")) == [kept]

    def not_again():
        raise AssertionError("the gazetteer was built again")

    monkeypatch.setattr(pipeline, "gazetteer", not_again)
    add_unrelated_article(paths)  # annotated with the gazetteer read from the cache
    again = build(paths, jobs=1, with_search=False)
    assert "Wendy Tallis" in again.corpus.article("005_harbour").annotation.entity_names()
    assert again.corpus.entities.keys() > first.corpus.entities.keys()
    # unreadable: made again, not believed
    kept.write_bytes(b"garbled")
    monkeypatch.undo()
    build(paths, jobs=1, with_search=False)
    assert pipeline.read_cached(kept, pipeline.Gazetteer) is not None
    # the one the process had stands: caches keyed by it must not meet an equal copy
    assert names_gazetteer.gazetteer() is this_process


def test_a_rebuild_in_the_same_process_reads_the_kept_gazetteer_only_once_changed(
    tmp_path, monkeypatch
):
    """`serve` rebuilds in one process: the gazetteer it has is the one in the file."""
    from archive import pipeline
    from archive.files import write_atomically

    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1, with_search=False)
    kept = paths.cache / f"{pipeline.GAZETTEER_PREFIX}{pipeline.code_version()}.pickle"
    read: list[str] = []
    read_cached = pipeline.read_cached
    monkeypatch.setattr(
        pipeline,
        "read_cached",
        lambda path, kind: read.append(path.name) or read_cached(path, kind),
    )
    add_unrelated_article(paths)
    again = build(paths, jobs=1, with_search=False)
    assert "Wendy Tallis" in again.corpus.article("005_harbour").annotation.entity_names()
    assert kept.name not in read and read  # the other kept files are read as before
    write_atomically(kept, kept.read_bytes())  # written anew by another build
    build(paths, jobs=1, with_search=False)
    assert kept.name in read


def test_a_rebuild_reads_only_the_files_changed_since_the_last(tmp_path, monkeypatch):
    from archive import ingest

    monkeypatch.setattr(ingest, "RACY_NANOSECONDS", -(10**12))  # the copied seeds are new
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1, with_search=False)
    read: list[str] = []
    file_bytes = ingest._file_bytes
    monkeypatch.setattr(
        ingest, "_file_bytes", lambda path: read.append(path.name) or file_bytes(path)
    )
    add_unrelated_article(paths)
    seed = sorted(paths.seeds.glob("*.txt"))[0]
    seed.write_text(seed.read_text("utf-8") + "\nA line added since.\n", encoding="utf-8")
    again = build(paths, jobs=1, with_search=False)
    # each read once: to learn its digest, then to clean it (its result is new)
    assert sorted(set(read)) == sorted(["005_harbour.md", seed.name])
    assert again.cache_hits == len(again.corpus.articles) - 2
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert _layout(paths.out) == _layout(fresh.out)


def _describe_someone(paths: BuildPaths) -> None:
    people = paths.content / "entities" / "people.yaml"
    people.write_text(
        people.read_text("utf-8").replace("description:", "description: Described.", 1)
    )


def test_a_rebuild_copies_the_records_of_unchanged_articles_into_the_open_data(
    tmp_path, monkeypatch
):
    from archive import export

    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1, with_search=False)
    add_unrelated_article(paths)
    made = []
    own_part = export._own_part
    monkeypatch.setattr(
        export, "_own_part", lambda item, base: made.append(item.article.id) or own_part(item, base)
    )
    build(paths, jobs=1, with_search=False)
    assert made == ["005_harbour"]  # the five seeds' records were copied from the last build
    fresh = replace(paths, out=tmp_path / "fresh", cache=None)
    build(fresh, jobs=1, with_search=False)
    assert (paths.out / "data" / "articles.json").read_bytes() == (
        fresh.out / "data" / "articles.json"
    ).read_bytes()


def test_records_are_made_again_when_the_last_file_is_not_what_was_written(tmp_path):
    paths = replace(copy_project(tmp_path), cache=tmp_path / "cache")
    build(paths, jobs=1, with_search=False)
    articles = paths.out / "data" / "articles.json"
    expected = articles.read_bytes()
    # the same size, other bytes: every record read back must still start with its own id
    articles.write_bytes(expected.replace(b'"id": "', b'"id": "X', 1)[:-1])
    build(paths, jobs=1, with_search=False)
    assert articles.read_bytes() == expected
    # another base URL is in every record: none is copied
    site = paths.content / "site.yaml"
    site.write_text(site.read_text("utf-8").replace("base_url: /", "base_url: /archive/"))
    build(paths, jobs=1, with_search=False)
    records = json.loads(articles.read_text("utf-8"))
    assert all(record["url"].startswith("/archive/") for record in records)


def test_fork_map_keeps_the_order_and_works_in_this_process_too():
    import os

    from archive.parallel import deal, fork_map

    def where(share: range) -> tuple[list[int], int]:
        return [number * number for number in share], os.getpid()

    shares = deal(50, 6)
    found = fork_map(where, shares, 2)
    assert [squares for squares, _ in found] == [[n * n for n in share] for share in shares]
    # this process takes every second share, one forked worker the others
    processes = [pid for _, pid in found]
    assert processes[0::2] == [os.getpid()] * 3
    assert os.getpid() not in processes[1::2] and len(set(processes[1::2])) == 1


def test_an_outlet_the_editor_names_in_site_yaml_is_filed_under_that_name(tmp_path):
    paths = copy_project(tmp_path)
    site = paths.content / "site.yaml"
    site.write_text(site.read_text("utf-8") + "outlets:\n  Sputnik: [Sputnik International]\n")
    build(paths, jobs=1, with_search=False)
    outlets = sorted(path.name for path in (paths.out / "outlets").iterdir() if path.is_dir())
    assert "sputnik" in outlets and "sputnik-international" not in outlets
    page = next((paths.out / "articles").glob("004*/index.html")).read_text("utf-8")
    assert '<a href="/outlets/sputnik/"' in page
    assert '"publisher":{"@type":"Organization","name":"Sputnik"}' in page
    # the outlet is the agency other articles name ("BEIJING (Sputnik) - ..."): its page links it
    outlet_page = (paths.out / "outlets" / "sputnik" / "index.html").read_text("utf-8")
    assert '<a href="/entities/sputnik/">Sputnik</a>' in outlet_page
    assert "Also given as Sputnik International" in outlet_page
    entity_page = (paths.out / "entities" / "sputnik" / "index.html").read_text("utf-8")
    assert '<a href="/outlets/sputnik/">Sputnik</a>, 1 article' in entity_page
