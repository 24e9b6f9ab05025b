"""Surnames across the archive: a name alone joins the one person the archive calls by it."""

from __future__ import annotations

import json

from project import ROOT
from project import annotated_article as _item

from archive.export import article_record, export
from archive.links import link
from archive.model import (
    AnnotatedArticle,
    Quote,
    RegistryEntry,
    Role,
    SiteConfig,
)
from archive.render import render

# (printed text, entity, type) of the made-up articles' mentions
WENDY = ("Wendy Tallis", "Wendy Tallis", "person")
WENDY_SHORT = ("Tallis", "Wendy Tallis", "person")  # the entity stage read "Tallis" as her
MARCUS = ("Marcus Tallis", "Marcus Tallis", "person")
MARCUS_SHORT = ("Tallis", "Marcus Tallis", "person")
TALLIS_ALONE = ("Tallis", "Tallis", "organisation")  # "Tallis said" in an article naming only her
HARBOUR = ("Port Haven", "Port Haven", "place")


def _wendy_and_alone(*more: AnnotatedArticle) -> list[AnnotatedArticle]:
    return [_item("full", [WENDY, WENDY_SHORT, HARBOUR]), _item("alone", [TALLIS_ALONE]), *more]


def _entity_of(corpus, article_id: str, text: str) -> tuple[str, str]:
    mention = next(m for m in corpus.article(article_id).annotation.mentions if m.text == text)
    return mention.entity, mention.type


def test_a_surname_named_alone_joins_the_only_person_of_that_name():
    corpus = link(_wendy_and_alone(), {}, SiteConfig())
    assert "Tallis" not in corpus.entities
    assert corpus.entities["Wendy Tallis"].article_ids == ("alone", "full")
    assert corpus.entities["Wendy Tallis"].type == "person"
    assert _entity_of(corpus, "alone", "Tallis") == ("Wendy Tallis", "person")


def test_the_merged_person_is_one_entity_in_the_open_data_and_its_neighbours():
    items = _wendy_and_alone(_item("pier", [TALLIS_ALONE, HARBOUR]))
    corpus = link(items, {}, SiteConfig())
    record = article_record(corpus.article("pier"))
    assert record["entities"][0] == {
        "name": "Wendy Tallis",
        "type": "person",
        "mentions": ["Tallis"],
    }
    assert corpus.entities["Port Haven"].cooccurring == (("Wendy Tallis", 2),)
    assert corpus.related["pier"][0] == "full"


def test_two_people_of_one_surname_keep_the_surname_apart():
    items = [
        _item("wendy", [WENDY, WENDY_SHORT]),
        _item("marcus", [MARCUS, MARCUS_SHORT]),
        _item("alone", [TALLIS_ALONE]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert corpus.entities["Tallis"].article_ids == ("alone",)


def test_a_person_named_in_most_articles_of_the_surname_takes_it():
    wendy = [_item(f"wendy{number}", [WENDY, WENDY_SHORT]) for number in range(4)]
    items = [*wendy, _item("marcus", [MARCUS]), _item("alone", [TALLIS_ALONE])]
    corpus = link(items, {}, SiteConfig())
    assert "Tallis" not in corpus.entities
    assert "alone" in corpus.entities["Wendy Tallis"].article_ids


def test_no_merge_unless_some_article_calls_the_person_by_the_surname():
    corpus = link([_item("full", [WENDY]), _item("alone", [TALLIS_ALONE])], {}, SiteConfig())
    assert corpus.entities["Tallis"].article_ids == ("alone",)


def test_registry_names_and_aliases_are_never_merged():
    as_name = {"Tallis": RegistryEntry("Tallis", "organisation")}
    as_alias = {"Tallis Trust": RegistryEntry("Tallis Trust", "organisation", ("Tallis",))}
    for registry in (as_name, as_alias):
        corpus = link(_wendy_and_alone(), registry, SiteConfig())
        assert corpus.entities["Tallis"].article_ids == ("alone",), registry


def test_a_registry_person_takes_the_surname_named_alone():
    """ "Trump" alone joins the registry's Donald Trump, as it would a discovered person."""
    registry = {"Wendy Tallis": RegistryEntry("Wendy Tallis", "person")}
    corpus = link(_wendy_and_alone(), registry, SiteConfig())
    assert "Tallis" not in corpus.entities
    assert corpus.entities["Wendy Tallis"].article_ids == ("alone", "full")


def test_an_editor_keeps_a_surname_or_a_person_apart():
    for keep_apart in (["Tallis"], ["Wendy Tallis"]):
        corpus = link(_wendy_and_alone(), {}, SiteConfig(), keep_apart)
        assert corpus.entities["Tallis"].article_ids == ("alone",), keep_apart


def test_a_place_the_gazetteer_knows_is_not_merged():
    nadia = _item(
        "nadia",
        [("Nadia Jordan", "Nadia Jordan", "person"), ("Jordan", "Nadia Jordan", "person")],
    )
    amman = _item("amman", [("Jordan", "Jordan", "place"), ("Jordan", "Jordan", "place")])
    # one article reads it as a person: still the country
    speech = _item("speech", [("Jordan", "Jordan", "person")])
    corpus = link([nadia, amman, speech], {}, SiteConfig())
    assert corpus.entities["Jordan"].type == "place"
    assert corpus.entities["Jordan"].article_ids == ("amman", "speech")


def test_a_place_no_article_reads_as_a_person_is_not_merged():
    # the planet beside the singer: "Velmora" is in no gazetteer
    singer = _item(
        "singer",
        [("Ines Velmora", "Ines Velmora", "person"), ("Velmora", "Ines Velmora", "person")],
    )
    planet = _item("planet", [("Velmora", "Velmora", "place")])
    corpus = link([singer, planet], {}, SiteConfig())
    assert corpus.entities["Velmora"].article_ids == ("planet",)


def test_a_name_alone_far_more_often_than_the_person_is_something_else():
    alone = [_item(f"alone{number}", [TALLIS_ALONE]) for number in range(3)]
    corpus = link([_item("full", [WENDY, WENDY_SHORT]), *alone], {}, SiteConfig())
    assert len(corpus.entities["Tallis"].article_ids) == 3


def test_an_acronym_or_an_ordinary_word_is_no_surname():
    for word in ("TALLIS", "Research"):
        items = [
            _item(
                "full",
                [(f"Wendy {word}", f"Wendy {word}", "person"), (word, f"Wendy {word}", "person")],
            ),
            _item("alone", [(word, word, "organisation")]),
        ]
        corpus = link(items, {}, SiteConfig())
        assert corpus.entities[word].article_ids == ("alone",), word


def test_a_name_discovery_only_shaped_like_a_person_takes_no_surname():
    # "Hey Twitter" typed a person: no given name, no role, no quote
    items = [
        _item("full", [("Hey Tallis", "Hey Tallis", "person"), ("Tallis", "Hey Tallis", "person")]),
        _item("alone", [TALLIS_ALONE]),
    ]
    assert link(items, {}, SiteConfig()).entities["Tallis"].article_ids == ("alone",)


def test_roles_and_quotes_follow_the_merge():
    alone = _item(
        "alone",
        [("Tallis", "Tallis", "person")],
        roles=(Role("Tallis", "harbour master"),),
        quotes=(Quote("Tallis", "The pier will be rebuilt."),),
    )
    corpus = link([_item("full", [WENDY, WENDY_SHORT]), alone], {}, SiteConfig())
    annotation = corpus.article("alone").annotation
    assert annotation.roles == (Role("Wendy Tallis", "harbour master"),)
    assert annotation.quotes == (Quote("Wendy Tallis", "The pier will be rebuilt."),)


def test_a_merged_result_gets_a_digest_of_its_own():
    def digests(items):
        return {item.article.id: item.digest for item in link(items, {}, SiteConfig()).articles}

    full = _item("full", [WENDY, WENDY_SHORT], packed=True)
    alone = _item("alone", [TALLIS_ALONE], packed=True)
    merged = digests([full, alone])
    assert merged["full"] == full.digest, "an article no merge touches keeps its digest"
    assert merged["alone"] not in ("", alone.digest)
    marcus = _item("marcus", [MARCUS, MARCUS_SHORT], packed=True)
    assert digests([full, alone, marcus])["alone"] == alone.digest, "the merge undone"
    assert digests([alone, full]) == merged


def test_merging_is_independent_of_input_order():
    items = _wendy_and_alone(_item("pier", [TALLIS_ALONE, HARBOUR]))
    assert link(items, {}, SiteConfig()) == link(list(reversed(items)), {}, SiteConfig())


def test_the_merged_entity_page_lists_the_article_naming_only_the_surname(tmp_path):
    corpus = link(_wendy_and_alone(), {}, SiteConfig())
    out = tmp_path / "site"
    render(corpus, ROOT / "layouts", tmp_path / "no-content", out)
    export(corpus, out)
    page = (out / "entities" / "wendy-tallis" / "index.html").read_text("utf-8")
    assert "/articles/alone/" in page
    assert not (out / "entities" / "tallis").exists()
    entities = json.loads((out / "data" / "entities.json").read_text("utf-8"))
    assert [(e["name"], e["articles"]) for e in entities if "Tallis" in e["name"]] == [
        ("Wendy Tallis", ["alone", "full"])
    ]


# -- spellings that differ in case -------------------------------------------------


def _places(article_id: str, *names: str, type_: str = "place") -> AnnotatedArticle:
    return _item(article_id, [(name, name, type_) for name in names])


def _people(*names: str) -> list[AnnotatedArticle]:
    """One article naming each person, in turn."""
    return [_places(f"article{number}", name, type_="person") for number, name in enumerate(names)]


def test_a_dateline_in_capitals_is_the_place_of_other_articles():
    items = [_places("dateline", "NEW YORK"), _places("story", "New York", "Port Haven")]
    corpus = link(items, {}, SiteConfig())
    assert "NEW YORK" not in corpus.entities
    assert corpus.entities["New York"].article_ids == ("dateline", "story")
    assert corpus.entities["New York"].slug == "new-york"
    assert _entity_of(corpus, "dateline", "NEW YORK") == ("New York", "place")


def test_a_name_in_capitals_is_never_the_spelling_kept_unless_an_acronym():
    shouted = [_places(f"dateline{number}", "SWITZERLAND") for number in range(3)]
    corpus = link([*shouted, _places("story", "Switzerland")], {}, SiteConfig())
    assert set(corpus.entities) == {"Switzerland"}
    agencies = [_places(f"wire{number}", "NASA", type_="organisation") for number in range(2)]
    corpus = link([*agencies, _places("paper", "Nasa", type_="organisation")], {}, SiteConfig())
    assert set(corpus.entities) == {"NASA"}, "the spelling most articles use"


def test_a_headline_in_capitals_joins_whatever_its_one_line_was_typed():
    items = [_places("headline", "SIOUX FALLS", type_="person"), _places("story", "Sioux Falls")]
    corpus = link(items, {}, SiteConfig())
    assert set(corpus.entities) == {"Sioux Falls"}
    assert _entity_of(corpus, "headline", "SIOUX FALLS") == ("Sioux Falls", "place")


def test_initials_with_or_without_full_stops_and_spaces_are_one_spelling():
    people = _people("J. K. Rowling", "J.K. Rowling", "J.K. Rowling", "JK Rowling")
    shows = [
        _places(f"show{n}", "L.A. Auto Show" if n == 0 else "LA Auto Show", type_="event")
        for n in range(3)
    ]
    items = [*people, *shows]
    corpus = link(items, {}, SiteConfig())
    assert set(corpus.entities) == {"J.K. Rowling", "LA Auto Show"}
    assert corpus.entities["J.K. Rowling"].aliases == ("J. K. Rowling", "JK Rowling")
    assert corpus.entities["LA Auto Show"].article_ids == ("show0", "show1", "show2")


def test_a_full_name_in_two_transliterations_is_one_person():
    names = (
        "Volodymyr Zelenskiy",
        "Volodymyr Zelenskyy",
        "Volodymyr Zelensky",
        "Volodymyr Zelensky",
    )
    corpus = link(_people(*names), {}, SiteConfig())
    assert set(corpus.entities) == {"Volodymyr Zelensky"}
    assert corpus.entities["Volodymyr Zelensky"].aliases == (
        "Volodymyr Zelenskiy",
        "Volodymyr Zelenskyy",
    )


def test_a_surname_alone_in_another_transliteration_joins_the_person():
    full = ("Peter Kowalski", "Peter Kowalski", "person")
    short = ("Kowalski", "Peter Kowalski", "person")
    items = [_item("full", [full, short]), _item("alone", [("Kowalsky", "Kowalsky", "person")])]
    corpus = link(items, {}, SiteConfig())
    assert "Kowalsky" not in corpus.entities
    assert _entity_of(corpus, "alone", "Kowalsky") == ("Peter Kowalski", "person")


def test_short_spellings_of_other_types_stay_apart():
    items = [_places("country", "US"), _places("film", "Us", type_="other")]
    assert set(link(items, {}, SiteConfig()).entities) == {"US", "Us"}


def test_the_registry_spelling_is_kept_and_an_editor_keeps_spellings_apart():
    items = [_places(f"wire{number}", "NASA", type_="organisation") for number in range(2)]
    items.append(_places("paper", "Nasa", type_="organisation"))
    registry = {"Nasa": RegistryEntry("Nasa", "organisation")}
    assert set(link(items, registry, SiteConfig()).entities) == {"Nasa"}
    assert set(link(items, {}, SiteConfig(), ["Nasa"]).entities) == {"NASA", "Nasa"}


# -- a group in the singular and the plural ----------------------------------------


def test_a_group_is_one_entity_in_the_singular_and_the_plural():
    items = [
        _places("a", "Americans", type_="other"),
        _places("b", "Americans", type_="other"),
        _places("c", "American", type_="other"),
    ]
    corpus = link(items, {}, SiteConfig())
    assert set(corpus.entities) == {"Americans"}, "the form most articles use"
    assert corpus.entities["Americans"].article_ids == ("a", "b", "c")
    assert corpus.entities["Americans"].aliases == ("American",), "shown as also written"
    assert _entity_of(corpus, "c", "American") == ("Americans", "other")


def test_places_and_names_of_other_types_keep_their_plural_apart():
    items = [_places("a", "America"), _places("b", "Americas")]
    assert set(link(items, {}, SiteConfig()).entities) == {"America", "Americas"}
    teams = [
        _places("c", "Giants", type_="organisation"),
        _places("d", "Giant", type_="organisation"),
    ]
    assert set(link(teams, {}, SiteConfig()).entities) == {"Giants", "Giant"}


def test_an_editor_keeps_the_plural_of_a_group_apart():
    items = [_places("a", "Democrats", type_="other"), _places("b", "Democrat", type_="other")]
    corpus = link(items, {}, SiteConfig(), ["Democrats"])
    assert set(corpus.entities) == {"Democrats", "Democrat"}
