"""The commands as a user runs them: clean, entities, eject, build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_47ea35453c11d0f7.txt"
GOLD = yaml.safe_load((ROOT / "tests" / "seed_gold.yaml").read_text("utf-8"))


def run(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "build.py"), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
    )


def test_clean_text_is_the_body_one_blank_line_apart():
    result = run("clean", str(SEED))
    assert result.returncode == 0
    paragraphs = result.stdout.rstrip("\n").split("\n\n")
    lines = SEED.read_text("utf-8").split("\n")
    gold = GOLD["seeds"][SEED.name]["roles"]
    expected = sorted(gold["body"] + gold["heading"])
    assert paragraphs == [lines[number - 1].strip() for number in expected]


def test_clean_json_is_the_article_record(tmp_path):
    result = run("clean", str(SEED), "--format", "json", "--out", str(tmp_path))
    assert result.returncode == 0
    record = json.loads((tmp_path / f"{SEED.stem}.json").read_text("utf-8"))
    assert record["title"] == GOLD["seeds"][SEED.name]["title"]
    assert {"id", "body", "headings", "captions", "removed", "entities"} <= set(record)


def test_clean_reports_a_bad_file_and_cleans_the_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("clean", str(empty), str(SEED), "--out", str(tmp_path))
    assert result.returncode == 0
    assert "empty.txt" in result.stderr
    assert (tmp_path / f"{SEED.stem}.txt").is_file()


def test_entity_offsets_index_the_clean_text():
    text = run("clean", str(SEED)).stdout.rstrip("\n")
    mentions = json.loads(run("entities", str(SEED)).stdout)
    assert mentions
    for mention in mentions:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    assert {"Taro Kono", "Wang Yi", "Senkaku Islands"} <= {m["entity"] for m in mentions}


def test_entities_without_cleaning_and_with_an_empty_registry(tmp_path):
    article = tmp_path / "news.txt"
    article.write_text("German Chancellor Helmut Kohl met Boris Yeltsin in Moscow on Monday.\n")
    empty = tmp_path / "empty-content"
    empty.mkdir()
    result = run("entities", str(article), "--no-clean", "--content", str(empty))
    mentions = json.loads(result.stdout)
    text = article.read_text()
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    types = {m["text"]: m["type"] for m in mentions}
    assert types.get("Helmut Kohl") == "person"
    assert types.get("Moscow") == "place"


def test_eject_writes_an_override_and_never_overwrites_it(tmp_path):
    for folder in ("seeds", "content"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    assert run("eject", SEED.stem, cwd=tmp_path).returncode == 0
    override = tmp_path / "content" / "articles" / f"{SEED.stem}.md"
    text = override.read_text("utf-8")
    assert text.startswith("---\n") and "China urges Japan" in text
    override.write_text(text.replace("Mr Kono", "Mr Kōno"), encoding="utf-8")
    again = run("eject", SEED.stem, cwd=tmp_path)
    assert again.returncode == 1 and "exists" in again.stderr
    assert "Mr Kōno" in override.read_text("utf-8"), "an editor's work is never lost"


def test_eject_finds_an_article_in_a_subfolder_of_seeds(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    (tmp_path / "seeds" / "2018").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "seeds" / "2018" / SEED.name)
    assert run("eject", SEED.stem, cwd=tmp_path).returncode == 0
    override = tmp_path / "content" / "articles" / f"{SEED.stem}.md"
    assert "China urges Japan" in override.read_text("utf-8")


def test_build_prints_a_summary(tmp_path):
    result = run("build", "--out", str(tmp_path / "site"), "--no-search", "--no-cache")
    assert result.returncode == 0
    assert "5 articles" in result.stdout
    assert "0 authors" in result.stdout  # no seed prints a byline
    assert "lines removed" in result.stdout
    # seeds 000, 001 and 003 state no date, 003 names no outlet (the seed gold)
    assert "the publication date of 3 articles, the outlet of 1" in result.stdout
