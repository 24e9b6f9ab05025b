"""Ingest: decoding, ids and slugs, and the files it refuses."""

from __future__ import annotations

import os

import pytest

from archive import ingest
from archive.ingest import IngestError, decode, find_sources, read_source, slugify, with_text


def test_slug_is_lowercase_ascii_with_single_hyphens():
    assert slugify("000_AFCB08 Beijing  Visit") == "000-afcb08-beijing-visit"


def test_slug_folds_accents_and_keeps_other_scripts():
    assert slugify("Zürich café") == "zurich-cafe"
    assert slugify("北京 talks") == "北京-talks"


def test_slug_of_nothing_usable_is_untitled():
    assert slugify("...") == "untitled"


@pytest.mark.parametrize("word", ["Learning Center", "北京会谈", "Centre"])
def test_slug_of_a_very_long_name_fits_a_file_name(word):
    # a menu run together into one "name" of 400 characters or more
    name = " ".join(f"{word}{number}" for number in range(60))
    slug = slugify(name)
    assert len(slug.encode("utf-8")) <= 200
    assert slugify(name.split()[0]) in slug
    whole = name.casefold().replace(" ", "-")
    assert whole.startswith(slug) and whole[len(slug)] == "-"  # cut after a whole word


def test_utf8_is_decoded():
    assert decode("Kōno – “quoted”".encode()) == "Kōno – “quoted”"


def test_windows_1252_falls_back_sensibly():
    assert decode("“Caf\u00e9” \u2013 ok".encode("cp1252")) == "“Café” – ok"


def test_utf16_with_bom_is_decoded():
    assert decode("Tokyo talks\n".encode("utf-16")) == "Tokyo talks\n"


def test_windows_line_endings_become_newlines():
    assert decode(b"one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_binary_data_is_refused():
    with pytest.raises(IngestError, match="binary"):
        decode(bytes(range(256)) * 4)


def test_empty_file_is_refused(tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n ")
    with pytest.raises(IngestError, match="empty"):
        read_source(tmp_path / "blank.txt", tmp_path)


def test_source_id_and_format_come_from_the_file_name(tmp_path):
    (tmp_path / "My Article.md").write_text("---\ntitle: x\n---\nBody.\n")
    source = read_source(tmp_path / "My Article.md", tmp_path)
    assert (source.id, source.slug, source.format) == ("My Article", "my-article", "md")


def test_colliding_slugs_keep_the_first_and_warn(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "Tokyo Talks.txt").write_text("One article.\n")
    (seeds / "tokyo-talks.txt").write_text("Another article.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.id for source in found.sources] == ["Tokyo Talks"]
    assert found.warnings[0].file == "seeds/tokyo-talks.txt"
    assert "slug" in found.warnings[0].reason
    assert "Tokyo Talks.txt" in found.warnings[0].reason


def test_override_replaces_the_seed_of_the_same_id(tmp_path):
    seeds, articles = tmp_path / "seeds", tmp_path / "content" / "articles"
    seeds.mkdir()
    articles.mkdir(parents=True)
    (seeds / "a.txt").write_text("Raw page.\n")
    (articles / "a.md").write_text("---\ntitle: Fixed\n---\nClean.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [(source.id, source.override) for source in found.sources] == [("a", True)]


def test_unknown_file_types_are_skipped_with_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "notes.docx").write_bytes(b"PK")
    found = find_sources(seeds, tmp_path / "content")
    assert found.sources == []
    assert found.warnings[0].file == "seeds/notes.docx"


def test_identical_files_are_built_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The same article.\n")
    (seeds / "b.txt").write_text("The same article.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.id for source in found.sources] == ["a"]
    assert found.warnings[0].file == "seeds/b.txt"
    assert "seeds/a.txt" in found.warnings[0].reason


def test_hidden_article_files_are_skipped_with_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / ".draft.txt").write_text("Not yet.\n")
    (seeds / ".DS_Store").write_bytes(b"\0\0")
    found = find_sources(seeds, tmp_path / "content")
    assert found.sources == []
    assert [warning.file for warning in found.warnings] == ["seeds/.draft.txt"]


def test_a_link_is_read_where_it_stays_in_its_folder_and_skipped_where_it_leads_out(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / ".kept").mkdir(parents=True)
    (tmp_path / "outside.txt").write_text("A page from elsewhere.\n")
    (seeds / ".kept" / "inside.txt").write_text("A page of the archive.\n")
    (seeds / "a-out.txt").symlink_to(tmp_path / "outside.txt")
    (seeds / "b-in.txt").symlink_to(seeds / ".kept" / "inside.txt")
    (seeds / "c.txt").write_text("An article.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.id for source in found.sources] == ["b-in", "c"]
    assert [(warning.file, warning.reason) for warning in found.warnings] == [
        ("seeds/a-out.txt", "a link that leads out of its folder; skipped")
    ]


def test_articles_in_subfolders_are_read_with_their_file_name_as_id(tmp_path):
    seeds = tmp_path / "seeds"
    for folder in ("2019/11", "2020", ".drafts", "story_files"):
        (seeds / folder).mkdir(parents=True)
    (seeds / "2019" / "11" / "kono-visit.txt").write_text("Kono went to Beijing.\n")
    (seeds / "2020" / "abe.md").write_text("---\ntitle: Abe\n---\nAbe spoke.\n")
    (seeds / "top.txt").write_text("An article at the top.\n")
    # kept out: a folder of dots, and the pictures of a page saved beside them
    (seeds / ".drafts" / "draft.txt").write_text("Not yet.\n")
    (seeds / "story.html").write_text("<html><body><p>A saved page.</p></body></html>")
    (seeds / "story_files" / "photo.jpg").write_bytes(b"\xff\xd8")
    (seeds / "story_files" / "frame.html").write_text("<p>An advert.</p>")
    found = find_sources(seeds, tmp_path / "content")
    assert {source.id: source.path for source in found.sources} == {
        "kono-visit": "seeds/2019/11/kono-visit.txt",
        "abe": "seeds/2020/abe.md",
        "story": "seeds/story.html",
        "top": "seeds/top.txt",
    }
    assert found.warnings == []


def test_a_name_taken_in_another_subfolder_is_refused_naming_both_files(tmp_path):
    seeds = tmp_path / "seeds"
    for folder in ("nyt", "wsj"):
        (seeds / folder).mkdir(parents=True)
        (seeds / folder / "trade-deal.txt").write_text(f"The trade deal, as {folder} told it.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.path for source in found.sources] == ["seeds/nyt/trade-deal.txt"]
    assert [(warning.file, warning.reason) for warning in found.warnings] == [
        (
            "seeds/wsj/trade-deal.txt",
            "its URL slug 'trade-deal' is already taken by seeds/nyt/trade-deal.txt; "
            "rename one of the two files",
        )
    ]


def test_a_second_override_of_one_article_is_refused(tmp_path):
    seeds, overrides = tmp_path / "seeds", tmp_path / "content" / "articles"
    seeds.mkdir()
    (overrides / "checked").mkdir(parents=True)
    (seeds / "kono.txt").write_text("Kono went to Beijing.\n")
    (overrides / "checked" / "kono.md").write_text("---\ntitle: Kono\n---\nChecked.\n")
    (overrides / "kono.md").write_text("---\ntitle: Kono\n---\nFirst try.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.path for source in found.sources] == ["articles/checked/kono.md"]
    assert [(warning.file, warning.reason) for warning in found.warnings] == [
        (
            "articles/kono.md",
            "articles/checked/kono.md replaces the same article already; skipped",
        )
    ]


def test_article_files_are_taken_in_name_order(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # two files of one text: the first by name is the article, the other a duplicate
    for name in ("b.txt", "a-2.txt", "a.txt", "B.txt"):
        (seeds / name).write_text("The same article.\n")
    found = find_sources(seeds, tmp_path / "content")
    assert [source.id for source in found.sources] == ["B"]
    assert [warning.file for warning in found.warnings] == [
        "seeds/a-2.txt",
        "seeds/a.txt",
        "seeds/b.txt",
    ]


def test_windows_1252_file_is_read_and_reported(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "cafe.txt").write_bytes("Le “café” – Zürich.\n".encode("cp1252"))
    found = find_sources(seeds, tmp_path / "content")
    assert found.sources[0].text == "Le “café” – Zürich.\n"
    assert "Windows-1252" in found.warnings[0].reason


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("archive.ingest.MAX_FILE_BYTES", 100)
    (tmp_path / "huge.txt").write_text("word " * 50)
    with pytest.raises(IngestError, match="too large"):
        read_source(tmp_path / "huge.txt", tmp_path)


def _reads(monkeypatch) -> list[str]:
    """The names of the files read from here on."""
    read: list[str] = []
    original = ingest._file_bytes

    def reading(path):
        read.append(path.name)
        return original(path)

    monkeypatch.setattr(ingest, "_file_bytes", reading)
    return read


def test_a_file_unchanged_since_the_last_build_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RACY_NANOSECONDS", -(10**12))  # the files are new
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    (seeds / "a.txt").write_text("First article.\n")
    (seeds / "b.txt").write_text("Second article.\n")
    first = find_sources(seeds, content)
    read = _reads(monkeypatch)
    again = find_sources(seeds, content, first.memo)
    assert read == []
    assert [source.text for source in again.sources] == [None, None]
    assert [source.digest for source in again.sources] == [s.digest for s in first.sources]
    # its text is read when its article is cleaned again, and is the file's
    assert with_text(again.sources[0]).text == "First article.\n"
    assert read == ["a.txt"]


def test_a_file_changed_since_is_read_though_its_size_and_time_are_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RACY_NANOSECONDS", -(10**12))
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    page = seeds / "a.txt"
    page.write_text("First article.\n")
    first = find_sources(seeds, content)
    before = page.stat()
    page.write_text("Other article.\n")  # the same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    again = find_sources(seeds, content, first.memo)
    assert again.sources[0].text == "Other article.\n"
    assert again.sources[0].digest != first.sources[0].digest


def test_a_file_changed_just_before_it_was_read_is_not_recalled(tmp_path):
    # a second change within the file system's tick would leave its stat as it was
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    (seeds / "a.txt").write_text("First article.\n")
    assert find_sources(seeds, content).memo.files == {}


def test_a_file_changed_after_it_was_recalled_is_refused_when_read(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RACY_NANOSECONDS", -(10**12))
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    (seeds / "a.txt").write_text("First article.\n")
    first = find_sources(seeds, content)
    recalled = find_sources(seeds, content, first.memo).sources[0]
    (seeds / "a.txt").write_text("Changed meanwhile.\n")
    with pytest.raises(IngestError, match="seeds/a.txt changed while the build read it"):
        with_text(recalled)


def test_a_recalled_file_keeps_its_warnings(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "RACY_NANOSECONDS", -(10**12))
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    (seeds / "latin.txt").write_bytes("Caf\u00e9 news.\n".encode("cp1252"))
    (seeds / "copy.txt").write_bytes("Caf\u00e9 news.\n".encode("cp1252"))
    first = find_sources(seeds, content)
    again = find_sources(seeds, content, first.memo)
    assert [str(warning) for warning in again.warnings] == [
        str(warning) for warning in first.warnings
    ]
    assert len(again.warnings) == 3  # Windows-1252 twice, and the copy
