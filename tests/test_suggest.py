"""Curating entities: `suggest`, the ignore list, and names merged by an alias.

Every test makes its own small archive in a temporary folder: the project's
own content/ is never read or written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from archive.cli import main
from archive.entities import find_mentions, load_registry
from archive.model import RegistryEntry
from archive.pipeline import BuildPaths, build, registry_fingerprint
from archive.registry import Registry, read_registry_file
from archive.suggest import (
    OutputExists,
    Suggestion,
    example_sentence,
    suggest_entities,
    suggestions_yaml,
    write_suggestions,
)

ROOT = Path(__file__).resolve().parents[1]

# A made-up article naming one person no registry knows, three times.
MALAVAN_ARTICLE = (
    "Talks in Velmora end without a deal\n\n"
    "Foreign Minister Zorbek Malavan said on Monday that the talks had gone as well as "
    "anyone could have hoped, although no agreement was signed.\n\n"
    "Malavan is expected to return next month, officials said after the meeting. "
    "Mr Malavan declined to say when.\n"
)
KONO_ENTRY = "- name: Taro Kono\n  type: person\n  aliases: [Kono Taro]\n"


def make_archive(tmp_path: Path, articles: dict[str, str], entities: dict[str, str]) -> Path:
    """seeds/<name>.txt and content/entities/<name> under tmp_path; returns tmp_path."""
    (tmp_path / "seeds").mkdir(parents=True)
    (tmp_path / "content" / "entities").mkdir(parents=True)
    for name, text in articles.items():
        (tmp_path / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
    for name, text in entities.items():
        (tmp_path / "content" / "entities" / name).write_text(text, encoding="utf-8")
    return tmp_path


def suggested(folder: Path) -> dict[str, Suggestion]:
    found, _ = suggest_entities(folder / "seeds", folder / "content", jobs=1)
    return {item.name: item for item in found}


def registry_with(*entries: RegistryEntry, ignored: tuple[str, ...] = ()) -> Registry:
    registry = Registry(ignored=frozenset(ignored))
    for entry in entries:
        registry.add(entry)
    return registry


# -- suggest ---------------------------------------------------------------------


def test_unknown_name_is_suggested_with_counts_type_and_a_sentence(tmp_path):
    folder = make_archive(tmp_path, {"velmora": MALAVAN_ARTICLE}, {})
    malavan = suggested(folder)["Zorbek Malavan"]
    assert (malavan.type, malavan.articles, malavan.mentions) == ("person", 1, 3)
    assert malavan.example == (
        "Foreign Minister Zorbek Malavan said on Monday that the talks had gone as well as "
        "anyone could have hoped, although no agreement was signed."
    )
    assert malavan.example_article == "velmora"


def test_suggested_yaml_loads_into_valid_registry_entries(tmp_path):
    folder = make_archive(tmp_path, {"velmora": MALAVAN_ARTICLE}, {})
    found = list(suggested(folder).values())
    snippet = folder / "content" / "entities" / "suggested.yaml"
    snippet.write_text(suggestions_yaml(found), encoding="utf-8")

    assert yaml.safe_load(snippet.read_text("utf-8"))[0].keys() == {
        "name",
        "type",
        "aliases",
        "description",
    }
    entries, warnings = read_registry_file(snippet, "suggested.yaml")
    assert warnings == []
    assert [(entry.name, entry.type) for entry in entries] == [
        (item.name, item.type) for item in found
    ]
    assert suggested(folder) == {}, "a name moved into the registry is no longer suggested"


def test_yaml_comment_gives_counts_and_the_example_sentence():
    item = Suggestion("Zorbek Malavan", "person", 2, 5, "Zorbek Malavan said no.", "velmora")
    assert (
        "# 2 articles, 5 mentions; in velmora: Zorbek Malavan said no.\n"
        "- name: Zorbek Malavan\n"
        "  type: person\n"
        "  aliases: []\n"
        '  description: ""\n'
    ) in suggestions_yaml([item])


# Names as discovery makes them: no control characters (PyYAML writes a lone
# NEL, U+0085, so that it reads back as a space), any other text at all.
NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1)


@given(name=NAMES, example=st.text())
def test_any_name_and_sentence_round_trip_through_the_yaml(name, example):
    item = Suggestion(name, "other", 1, 1, example, "a")
    assert yaml.safe_load(suggestions_yaml([item])) == [
        {"name": name, "type": "other", "aliases": [], "description": ""}
    ]


def test_most_named_first_and_min_articles_leaves_out_rare_names(tmp_path):
    other = (
        "Velmora talks resume\n\n"
        "Zorbek Malavan met the Quillfeather Institute in Velmora on Friday, and the "
        "institute said the meeting had been useful for both sides.\n"
    )
    folder = make_archive(tmp_path, {"velmora": MALAVAN_ARTICLE, "resume": other}, {})
    found, _ = suggest_entities(folder / "seeds", folder / "content", jobs=1)
    assert [item.name for item in found[:2]] == ["Zorbek Malavan", "Velmora"]
    assert [(item.articles, item.mentions) for item in found[:2]] == [(2, 4), (2, 3)]
    frequent, _ = suggest_entities(folder / "seeds", folder / "content", jobs=1, min_articles=2)
    assert [item.name for item in frequent] == ["Zorbek Malavan", "Velmora"]


def test_long_example_is_cut_around_the_name_at_word_boundaries():
    text = " ".join(["word"] * 100) + " Zorbek Malavan " + " ".join(["more"] * 100) + "."
    start = text.index("Zorbek")
    cut = example_sentence(text, start, start + len("Zorbek Malavan"), limit=60)
    assert cut.startswith("… word") and cut.endswith("more …")
    assert "Zorbek Malavan" in cut and len(cut) <= 60 + 4


def test_example_is_one_line():
    text = "Zorbek\u2028Malavan said\tno\x85today."
    assert example_sentence(text, 0, 6) == "Zorbek Malavan said no today."


# -- the output file -------------------------------------------------------------


def test_file_is_never_overwritten_without_force(tmp_path, capsys):
    folder = make_archive(tmp_path, {"velmora": MALAVAN_ARTICLE}, {})
    out = folder / "mine.yaml"
    out.write_text("# my edits\n", encoding="utf-8")
    arguments = ["suggest", "--seeds", str(folder / "seeds"), "--content", str(folder / "content")]
    arguments += ["--out", str(out), "--no-cache", "--jobs", "1"]

    assert main(arguments) == 1
    assert out.read_text("utf-8") == "# my edits\n"
    assert "exists already" in capsys.readouterr().err
    with pytest.raises(OutputExists):
        write_suggestions(out, "- name: X\n", force=False)
    assert out.read_text("utf-8") == "# my edits\n"

    assert main([*arguments, "--force"]) == 0
    assert "name: Zorbek Malavan" in out.read_text("utf-8")


def test_suggest_writes_into_the_current_folder_and_prints_a_table(tmp_path, monkeypatch, capsys):
    folder = make_archive(tmp_path / "archive", {"velmora": MALAVAN_ARTICLE}, {})
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code = main(["suggest", "--seeds", str(folder / "seeds"), "--content", str(folder / "content")])
    assert code == 0
    assert (work / "suggested-entities.yaml").is_file()
    assert sorted(path.name for path in (folder / "content").rglob("*")) == ["entities"]
    table = capsys.readouterr().out
    assert "articles  mentions  type" in table.splitlines()[0]
    assert any("Zorbek Malavan" in line and "person" in line for line in table.splitlines())


# -- the ignore list -------------------------------------------------------------


def test_ignored_name_is_neither_suggested_nor_an_entity_of_the_build(tmp_path):
    folder = make_archive(
        tmp_path, {"velmora": MALAVAN_ARTICLE}, {"ignore.yaml": "- Zorbek Malavan\n"}
    )
    assert "Zorbek Malavan" not in suggested(folder)
    assert "Velmora" in suggested(folder)

    paths = BuildPaths(folder / "seeds", folder / "content", ROOT / "layouts", folder / "site")
    report = build(paths, jobs=1, with_search=False)
    assert report.corpus is not None
    assert "Zorbek Malavan" not in report.corpus.entities
    records = json.loads((folder / "site" / "data" / "entities.json").read_text("utf-8"))
    assert "Zorbek Malavan" not in {record["name"] for record in records}
    assert report.warnings == []


def test_ignored_name_takes_its_short_forms_with_it():
    registry = registry_with(ignored=("Zorbek Malavan",))
    found = find_mentions(MALAVAN_ARTICLE, registry)
    assert not [mention for mention in found if "Malavan" in mention.text]


def test_ignore_list_matches_exactly_and_by_case():
    registry = registry_with(ignored=("zorbek malavan", "Zorbek"))
    found = find_mentions("Zorbek Malavan spoke.", registry)
    assert [mention.entity for mention in found] == ["Zorbek Malavan"]


def test_ignore_list_matches_the_printed_form_too():
    registry = registry_with(ignored=("Mr Brask",))
    found = find_mentions("The plan would fail, according to Mr Brask. Brask left.", registry)
    assert [mention.text for mention in found] == ["Brask"]


def test_ignore_file_may_be_a_mapping_with_an_ignore_list(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "ignore.yaml").write_text("ignore:\n  - Read More\n  - Velmora\n")
    registry = load_registry(tmp_path)
    assert registry.ignored == {"Read More", "Velmora"}
    assert len(registry) == 0, "ignore.yaml holds no entities"
    assert registry.warnings == []


def test_ignore_file_may_list_names_to_keep_apart(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "ignore.yaml").write_text(
        "ignore: [Read More]\nkeep_apart:\n  - Mars\n  - 12\n"
    )
    registry = load_registry(tmp_path)
    assert (registry.ignored, registry.keep_apart) == ({"Read More"}, {"Mars"})
    assert [warning.reason[:20] for warning in registry.warnings] == ["keep_apart: entry 2:"]


def test_an_ignore_file_with_an_unknown_list_is_a_warning(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "ignore.yaml").write_text("ignored: [Read More]\n")
    registry = load_registry(tmp_path)
    assert registry.ignored == frozenset()
    assert "'ignore:' and 'keep_apart:'" in registry.warnings[0].reason


def test_bad_ignore_entries_are_warned_and_skipped(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "ignore.yaml").write_text("- Velmora\n- {name: x}\n- 12\n")
    registry = load_registry(tmp_path)
    assert registry.ignored == {"Velmora"}
    assert [warning.reason[:8] for warning in registry.warnings] == ["entry 2:", "entry 3:"]
    assert all(warning.file.endswith("entities/ignore.yaml") for warning in registry.warnings)


def test_a_registry_name_cannot_be_ignored(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "people.yaml").write_text(KONO_ENTRY)
    (tmp_path / "entities" / "ignore.yaml").write_text("- Kono Taro\n")
    registry = load_registry(tmp_path)
    assert registry.ignored == frozenset()
    assert "Taro Kono" in registry.warnings[0].reason
    assert [m.entity for m in find_mentions("Kono Taro spoke.", registry)] == ["Taro Kono"]


def test_editing_the_ignore_list_invalidates_the_article_cache(tmp_path):
    folder = make_archive(tmp_path, {"velmora": MALAVAN_ARTICLE}, {})
    before = registry_fingerprint(load_registry(folder / "content"))
    (folder / "content" / "entities" / "ignore.yaml").write_text("- Zorbek Malavan\n")
    assert registry_fingerprint(load_registry(folder / "content")) != before

    cache = folder / "cache"
    seeds, content = folder / "seeds", folder / "content"
    suggest_entities(seeds, content, cache, jobs=1)
    (content / "entities" / "ignore.yaml").write_text("- Velmora\n")
    found, _ = suggest_entities(seeds, content, cache, jobs=1)
    assert {"Zorbek Malavan"} <= {item.name for item in found}
    assert "Velmora" not in {item.name for item in found}


# -- names merged under a registry entry -----------------------------------------


def test_discovered_full_name_listed_as_an_alias_merges_under_the_entry():
    kono = RegistryEntry("Taro Kono", "person", ("Kono Taro",))
    registry = registry_with(kono)
    found = find_mentions("KONO Taro met the press. Kono Taro spoke first. Mr Kono left.", registry)
    assert [(m.text, m.entity, m.type) for m in found] == [
        ("KONO Taro", "Taro Kono", "person"),
        ("Kono Taro", "Taro Kono", "person"),
        ("Mr Kono", "Taro Kono", "person"),
    ]


def test_one_word_name_merges_only_with_the_alias_case():
    registry = registry_with(RegistryEntry("United States", "place", ("US",)))
    found = find_mentions("Let Us see. The US said no.", registry)
    assert [(m.text, m.entity) for m in found if m.entity == "United States"] == [
        ("US", "United States")
    ]


def test_merged_alias_is_not_suggested(tmp_path):
    article = (
        "Ministers meet in Velmora\n\n"
        "KONO Taro met Zorbek Malavan in Velmora on Monday, and the two ministers said "
        "the talks had been useful.\n"
    )
    folder = make_archive(tmp_path, {"meet": article}, {"people.yaml": KONO_ENTRY})
    names = suggested(folder)
    assert "Zorbek Malavan" in names
    assert not {"KONO Taro", "Kono Taro", "Taro Kono"} & set(names)
