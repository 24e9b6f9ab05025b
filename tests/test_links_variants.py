"""Variants of one person's full name across the archive: middle initials, a
suffix and a short given name leave the person the same; namesakes stay apart."""

from __future__ import annotations

from project import ROOT
from project import annotated_article as _item

from archive.links import link
from archive.links_variants import NameParts, is_short_form, name_parts
from archive.model import RegistryEntry, Role, SiteConfig
from archive.render import render


def _person(name: str, entity: str | None = None) -> tuple[str, str, str]:
    return (name, entity or name, "person")


def _place(name: str) -> tuple[str, str, str]:
    return (name, name, "place")


def _entity_names(corpus) -> set[str]:
    return set(corpus.entities)


def test_a_name_is_taken_apart_into_given_name_initials_surname_and_suffix():
    assert name_parts("Patrick W. Carlineo Jr.") == NameParts("patrick", ("w",), "carlineo", "jr")
    assert name_parts("Sonya Zoghlin") == NameParts("sonya", (), "zoghlin", "")
    assert name_parts("Jean-Julien O'Neill") == NameParts("jean-julien", (), "o'neill", "")
    assert name_parts("B. U. Nzeribe") == NameParts("b", ("u",), "nzeribe", "")


def test_names_of_another_shape_have_no_parts():
    assert name_parts("John Bel Edwards") is None  # a middle name, not an initial
    assert name_parts("Mr Kono") is None  # an honorific
    assert name_parts("President Biden") is None  # a title
    assert name_parts("NEW YORK") is None  # capitals
    assert name_parts("Kono") is None


def test_a_short_form_begins_as_the_given_name_and_is_listed_as_its_short_form():
    assert is_short_form("pat", "patrick")
    assert is_short_form("joshua", "josh")
    assert not is_short_form("peter", "patrick")  # a name of its own, however listed
    assert not is_short_form("bill", "william")  # begins otherwise: missed
    assert not is_short_form("pam", "patrick")  # not listed


def test_an_article_naming_a_person_with_and_without_initials_and_suffix_names_one_person():
    corpus = link(
        [_item("a", [_person("Patrick W. Carlineo Jr"), _person("Patrick Carlineo")])],
        {},
        SiteConfig(),
    )
    assert _entity_names(corpus) == {"Patrick W. Carlineo Jr"}  # the fullest kept
    entities = corpus.article("a").annotation.mentions.column("entity")
    assert set(entities) == {"Patrick W. Carlineo Jr"}


def test_an_initial_for_the_given_name_is_the_same_person():
    corpus = link(
        [_item("a", [_person("B. U. Nzeribe"), _person("Benjamin Nzeribe")])], {}, SiteConfig()
    )
    assert _entity_names(corpus) == {"Benjamin Nzeribe"}


def test_an_initial_that_could_stand_for_two_given_names_is_merged_into_neither():
    people = ["J. Smith", "Jane Smith", "John Smith"]
    corpus = link([_item("a", [_person(name) for name in people])], {}, SiteConfig())
    assert _entity_names(corpus) == set(people)


def test_a_short_given_name_is_the_same_person_and_the_full_one_is_kept():
    corpus = link(
        [_item("a", [_person("Pat Carlineo"), _person("Patrick Carlineo")])], {}, SiteConfig()
    )
    assert _entity_names(corpus) == {"Patrick Carlineo"}
    # the page says how else the name is written, and search finds it by that name
    assert corpus.entities["Patrick Carlineo"].aliases == ("Pat Carlineo",)


def test_variants_in_two_articles_merge_when_the_articles_share_a_rare_name():
    items = [
        _item("a", [_person("Sonya A. Zoghlin"), _person("Patrick W. Carlineo")]),
        # the other person is written otherwise too: they meet by surname
        _item("b", [_person("Sonya Zoghlin"), _person("Patrick W. Carlineo Jr")]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert _entity_names(corpus) == {"Sonya A. Zoghlin", "Patrick W. Carlineo Jr"}
    assert corpus.entities["Sonya A. Zoghlin"].article_ids == ("a", "b")


def test_namesakes_in_articles_that_share_nothing_stay_apart():
    items = [
        _item("a", [_person("James P. Kennedy"), _place("Port Haven")]),
        _item("b", [_person("James Kennedy"), _place("Lake Vale")]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert {"James P. Kennedy", "James Kennedy"} <= _entity_names(corpus)


def test_a_name_many_articles_print_tells_nothing_of_who_else_they_are_about():
    busy = [_item(f"busy{number}", [_place("Port Haven")]) for number in range(4)]
    items = [
        _item("a", [_person("James P. Kennedy"), _place("Port Haven")]),
        _item("b", [_person("James Kennedy"), _place("Port Haven")]),
        *busy,
    ]
    corpus = link(items, {}, SiteConfig())
    assert {"James P. Kennedy", "James Kennedy"} <= _entity_names(corpus)


def test_different_initials_or_suffixes_are_different_people():
    items = [
        _item("a", [_person("Ken Griffey Jr"), _person("Ken Griffey Sr")]),
        _item("b", [_person("James P. Kennedy"), _person("James F. Kennedy")]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert _entity_names(corpus) == {
        "Ken Griffey Jr",
        "Ken Griffey Sr",
        "James P. Kennedy",
        "James F. Kennedy",
    }


def test_a_name_that_could_be_either_of_two_people_is_merged_into_neither():
    people = ["John F. Kennedy", "John N. Kennedy", "John Kennedy"]
    corpus = link([_item("a", [_person(name) for name in people])], {}, SiteConfig())
    assert _entity_names(corpus) == set(people)


def test_only_people_are_variants():
    corpus = link(
        [_item("a", [("Patrick Carlineo", "Patrick Carlineo", "organisation")])]
        + [
            _item("b", [_person("Patrick W. Carlineo")]),
            _item("c", [_person("Patrick W. Carlineo")]),
        ]
        + [_item("d", [("Patrick Carlineo", "Patrick Carlineo", "organisation")])],
        {},
        SiteConfig(),
    )
    assert {"Patrick Carlineo", "Patrick W. Carlineo"} <= _entity_names(corpus)


def test_the_registry_name_is_kept_and_two_registry_names_are_never_merged():
    registry = {"James Kennedy": RegistryEntry("James Kennedy", "person", ("Jim Kennedy",))}
    items = [
        _item("a", [_person("James P. Kennedy Jr"), _person("James Kennedy")]),
        _item("b", [_person("James P. Kennedy Jr")]),
    ]
    corpus = link(items, registry, SiteConfig())
    assert _entity_names(corpus) == {"James Kennedy"}
    assert corpus.entities["James Kennedy"].aliases == ("Jim Kennedy", "James P. Kennedy Jr")
    registry["James P. Kennedy Jr"] = RegistryEntry("James P. Kennedy Jr", "person")
    assert len(_entity_names(link(items, registry, SiteConfig()))) == 2


def test_a_name_kept_apart_takes_part_in_no_merge():
    items = [_item("a", [_person("Pat Carlineo"), _person("Patrick Carlineo")])]
    corpus = link(items, {}, SiteConfig(), keep_apart=["pat carlineo"])
    assert _entity_names(corpus) == {"Pat Carlineo", "Patrick Carlineo"}


def test_roles_follow_the_merged_name():
    role = Role("Pat Carlineo", "plumber")
    items = [_item("a", [_person("Pat Carlineo"), _person("Patrick Carlineo")], roles=(role,))]
    corpus = link(items, {}, SiteConfig())
    assert corpus.article("a").annotation.roles == (Role("Patrick Carlineo", "plumber"),)


def test_a_surname_alone_joins_the_person_named_with_a_suffix():
    items = [
        _item("full", [_person("Martin Truex Jr"), _person("Truex", "Martin Truex Jr")]),
        _item("alone", [("Truex", "Truex", "organisation")]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert "Truex" not in corpus.entities
    assert corpus.entities["Martin Truex Jr"].article_ids == ("alone", "full")


def test_the_person_page_says_how_else_the_name_is_written(tmp_path):
    items = [
        _item("a", [_person("Pat Carlineo"), _person("Patrick Carlineo")]),
        _item("b", [_person("Pat Carlineo")]),
    ]
    corpus = link(items, {}, SiteConfig())
    out = tmp_path / "site"
    render(corpus, ROOT / "layouts", tmp_path / "no-content", out)
    # both print "Pat", one "Patrick": the name most articles use is kept
    page = (out / "entities" / "pat-carlineo" / "index.html").read_text("utf-8")
    assert '<span class="alias">Patrick Carlineo</span>' in page
    assert "/articles/a/" in page and "/articles/b/" in page
    assert not (out / "entities" / "patrick-carlineo").exists()
