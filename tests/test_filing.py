"""How the names index files a name: people under their family names."""

from __future__ import annotations

import pytest

from archive.render_filing import filing_letter, filing_name


@pytest.mark.parametrize(
    ("name", "filed"),
    [
        ("Shinzo Abe", "abe shinzo"),
        ("Barack Obama", "obama barack"),
        ("Émile Zola", "zola emile"),
        ("Alexandria Ocasio-Cortez", "ocasio-cortez alexandria"),
        ("Jo-Wilfried Tsonga", "tsonga jo-wilfried"),
        ("Martin Truex Jr", "truex martin"),
        ("Kim Kardashian", "kardashian kim"),
        ("Neymar", "neymar"),
        ("Henry VIII", "henry viii"),
        ("Robert De Niro", "de niro robert"),
        ("James Van Der Beek", "van der beek james"),
        ("Ludwig van Beethoven", "beethoven ludwig van"),
        ("Van Morrison", "morrison van"),
    ],
)
def test_a_person_is_filed_under_the_last_name_but_suffixes(name, filed):
    assert filing_name(name, "person") == filed


@pytest.mark.parametrize(
    "name",
    ["Wang Yi", "Xi Jinping", "Li Keqiang", "Qin Gang", "Moon Jae-in", "Tsai Ing-wen"]
    + ["Kim Jong Un"],
)
def test_a_chinese_or_korean_name_is_filed_under_its_first_name(name):
    assert filing_name(name, "person") == name.casefold()


def test_a_japanese_family_name_is_no_chinese_given_name():
    # "Sato", "Abe" and "Ito" are no pinyin: "Wei Sato" gives his family name last
    assert filing_name("Wei Sato", "person") == "sato wei"
    assert filing_name("Chen Abe", "person") == "abe chen"


def test_other_names_are_filed_as_written_but_for_an_opening_article():
    assert filing_name("United Nations", "organisation") == "united nations"
    assert filing_name("South China Sea", "place") == "south china sea"
    assert filing_name("The Hill", "organisation") == "hill"
    assert filing_name("The Hague", "place") == "hague"
    assert filing_name("The", "other") == "the"


def test_the_letter_of_a_name_is_its_filing_names_first():
    assert filing_letter(filing_name("Shinzo Abe", "person")) == "A"
    assert filing_letter(filing_name("Émile Zola", "person")) == "Z"
    assert filing_letter(filing_name("Éire", "place")) == "E"
    assert filing_letter(filing_name("€uro", "other")) == "#"
