"""The archive's settings in content/site.yaml."""

from __future__ import annotations

from pathlib import Path

from archive.config import load_config


def _config_of(folder: Path, text: str):
    (folder / "site.yaml").write_text(text, encoding="utf-8")
    return load_config(folder)


def test_outlets_name_the_outlet_each_is_filed_under_with_its_other_names(tmp_path):
    config, warnings = _config_of(
        tmp_path,
        "title: T\n"
        "outlets:\n"
        "  The Wall Street Journal: [WSJ, Dow Jones]\n"
        "  Connecticut Post: Hearst Communications\n"
        "  Sportsnet:\n",
    )
    assert warnings == []
    assert config.title == "T"
    assert config.outlets == (
        ("Connecticut Post", ("Hearst Communications",)),
        ("Sportsnet", ()),
        ("The Wall Street Journal", ("WSJ", "Dow Jones")),
    )


def test_outlets_of_the_wrong_shape_are_named_in_a_warning_and_the_rest_is_read(tmp_path):
    config, warnings = _config_of(
        tmp_path, "title: T\noutlets:\n  Daily Planet: {a: b}\n  7: [Seven]\n  Sun: [Sun Media]\n"
    )
    assert config.title == "T"
    assert config.outlets == (("Daily Planet", ()), ("Sun", ("Sun Media",)))
    assert [warning.file for warning in warnings] == [f"{tmp_path.name}/site.yaml"] * 2
    assert "Daily Planet" in warnings[0].reason and "7" in warnings[1].reason
    config, warnings = _config_of(tmp_path, "outlets: [WSJ]\n")
    assert config.outlets == ()
    assert "outlets" in warnings[0].reason
