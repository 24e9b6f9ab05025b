"""Links: entity index, related articles by rare shared names, same-story groups."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from project import one_paragraph_article

from archive.links import link, story_shingles
from archive.links_outlets import outlet_entities
from archive.model import (
    AnnotatedArticle,
    Annotation,
    EntityRecord,
    Mention,
    RegistryEntry,
    SiteConfig,
)


def _item(
    article_id: str,
    names: list[str],
    body: str = "",
    published: str | None = None,
    outlet: str | None = None,
) -> AnnotatedArticle:
    body = body or f"An article about {', '.join(names)}."
    article = one_paragraph_article(article_id, body, outlet, published)
    mentions = tuple(Mention(0, 1, name, "place", name) for name in names)
    return AnnotatedArticle(article, Annotation(mentions), shingles=story_shingles(article))


SHARED_STORY = (
    "The foreign ministers met in the capital on Sunday and agreed that the two sides "
    "would hold a summit of leaders as soon as possible to discuss the peninsula."
)


def test_entity_lists_every_article_naming_it():
    corpus = link([_item("a", ["X", "Y"]), _item("b", ["Y"]), _item("c", ["Z"])], {}, SiteConfig())
    assert corpus.entities["Y"].article_ids == ("a", "b")
    assert corpus.entities["Z"].article_ids == ("c",)


def test_registry_gives_type_and_description():
    registry = {"Y": RegistryEntry("Y", "person", ("Mr Y",), "A diplomat.")}
    corpus = link([_item("a", ["Y"])], registry, SiteConfig())
    record = corpus.entities["Y"]
    assert (record.type, record.description, record.aliases, record.in_registry) == (
        "person",
        "A diplomat.",
        ("Mr Y",),
        True,
    )


def test_rare_shared_names_rank_above_common_ones():
    items = [
        _item("a", ["China", "Rare Person"]),
        _item("b", ["China", "Rare Person"]),
        _item("c", ["China", "Other"]),
        _item("d", ["China", "Other"]),
        _item("e", ["China"]),
    ]
    corpus = link(items, {}, SiteConfig())
    assert corpus.related["a"][0] == "b"


def test_articles_sharing_nothing_are_not_related():
    corpus = link([_item("a", ["X"]), _item("b", ["Y"])], {}, SiteConfig())
    assert corpus.related == {"a": [], "b": []}


def test_a_name_in_a_third_of_the_archive_relates_nothing_alone():
    # 30 articles: "United States" in 10, "Hokkaido" in 3, "Tokyo" and "Osaka" in 6 each
    items = [_item(f"us{number}", ["United States", f"Only{number}"]) for number in range(10)]
    items += [_item(f"hk{number}", ["Hokkaido", f"Own{number}"]) for number in range(3)]
    items += [_item(f"jp{number}", ["Tokyo", "Osaka"]) for number in range(6)]
    items += [_item(f"other{number}", [f"Alone{number}"]) for number in range(11)]
    related = link(items, {}, SiteConfig()).related
    assert related["us0"] == []
    assert sorted(related["hk0"]) == ["hk1", "hk2"]
    # two names of a fifth of the archive each, shared together, tell as much as a rare one
    assert sorted(related["jp0"]) == [f"jp{number}" for number in range(1, 6)]


def test_same_wording_names_and_dates_make_a_story():
    names = ["Taro Kono", "Wang Yi", "Beijing"]
    items = [
        _item("a", names, SHARED_STORY, "2018-01-28", "Outlet A"),
        _item("b", names, "Reported: " + SHARED_STORY, "2018-01-29", "Outlet B"),
        _item("c", ["Paris"], "An unrelated story about a football match.", "2018-01-28"),
    ]
    corpus = link(items, {}, SiteConfig())
    assert [story.article_ids for story in corpus.stories] == [("b", "a")]
    assert corpus.story_of == {"a": corpus.stories[0].key, "b": corpus.stories[0].key}


def _headlined(item: AnnotatedArticle, title: str) -> AnnotatedArticle:
    return replace(item, article=replace(item.article, title=title))


MEDIA_CAMPAIGN = ["Kristi Noem", "South Dakota", "Sioux Falls", "Argus Leader"]
CAMPAIGN_HEADLINES = (
    "South Dakota doubles down on 'Meth. We're on it.' They just might be.",
    "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign",
)


def _campaign_reports(
    dates: tuple[str | None, str | None] = ("2019-11-18", "2019-11-19"),
    outlets: tuple[str, str] = ("Outlet A", "Outlet B"),
    second_names: list[str] = MEDIA_CAMPAIGN,
) -> list[AnnotatedArticle]:
    bodies = (
        "The governor defended the slogan on Monday as people across the state talked about it.",
        "Critics mocked the tagline online, and the state paid an agency a large sum for it.",
    )
    names = (MEDIA_CAMPAIGN, second_names)
    return [
        _headlined(_item(article_id, article_names, body, day, outlet), headline)
        for article_id, article_names, body, day, outlet, headline in zip(
            "ab", names, bodies, dates, outlets, CAMPAIGN_HEADLINES, strict=True
        )
    ]


def test_reports_in_their_own_words_under_agreeing_headlines_make_a_story():
    corpus = link(_campaign_reports(), {}, SiteConfig())
    assert [story.article_ids for story in corpus.stories] == [("b", "a")]


def test_agreeing_headlines_make_no_story_of_one_outlet_undated_pages_or_other_names():
    apart = [
        _campaign_reports(outlets=("Outlet A", "Outlet A")),  # one outlet's series
        _campaign_reports(dates=("2019-11-18", None)),
        _campaign_reports(dates=("2019-11-18", "2019-12-18")),
        _campaign_reports(second_names=["Pierre", "Lyon", "Rhone"]),
    ]
    for items in apart:
        assert link(items, {}, SiteConfig()).stories == []


def test_a_story_is_named_after_its_first_report_with_a_headline():
    names = ["Taro Kono", "Wang Yi"]
    untitled = _item("a-untitled", names, SHARED_STORY, "2018-01-27")
    untitled = replace(untitled, article=replace(untitled.article, title="a-untitled"))
    items = [untitled, _item("b", names, "Reported: " + SHARED_STORY, "2018-01-28")]
    (story,) = link(items, {}, SiteConfig()).stories
    assert story.title == "Title b"
    assert story.article_ids == ("b", "a-untitled")


def test_same_wording_years_apart_is_not_one_story():
    names = ["Taro Kono", "Wang Yi"]
    items = [
        _item("a", names, SHARED_STORY, "2018-01-28"),
        _item("b", names, SHARED_STORY, "2021-06-01"),
    ]
    assert link(items, {}, SiteConfig()).stories == []


def test_an_undated_report_does_not_join_two_dates_a_year_apart_into_one_story():
    names = ["Taro Kono", "Wang Yi"]
    items = [
        _item("a-early", names, SHARED_STORY, "2018-01-28"),
        _item("b-undated", names, "Reported: " + SHARED_STORY),
        _item("c-late", names, "Again: " + SHARED_STORY, "2019-01-28"),
    ]
    stories = link(items, {}, SiteConfig()).stories
    assert len(stories) == 1
    assert "b-undated" in stories[0].article_ids
    assert len(stories[0].article_ids) == 2  # with one of the dated reports, never both


def test_reports_a_day_apart_each_make_a_story_no_longer_than_the_limit():
    """Day after day, each report close to the next: not one story of a week."""
    names = ["Taro Kono", "Wang Yi"]
    items = [
        _item(f"day{day}", names, f"Day {day}: " + SHARED_STORY, f"2018-01-{day:02d}")
        for day in range(1, 9)
    ]
    corpus = link(items, {}, SiteConfig())
    for story in corpus.stories:
        days = sorted(int(article_id[3:]) for article_id in story.article_ids)
        assert days[-1] - days[0] <= 3
    assert len(corpus.story_of) == len(items)


WIRE_STORY = (
    "Rescue crews pulled 48 passengers from the water after the ferry Maren Star capsized in "
    "heavy seas on Tuesday, coastguard officials said. The ferry, operated by Nordvik Lines, was "
    "carrying 112 people when it listed sharply and sank within twenty minutes, according to a "
    "coastguard spokesman. Survivors described waves higher than the ship's railings as the "
    "vessel turned broadside to the swell on its way from Skellby to the island of Orrholm. The "
    "transport minister said an inquiry would examine whether the ferry should have sailed after "
    "storm warnings were issued on Monday evening, and divers will resume the search at first "
    "light on Wednesday if the weather allows."
)
WIRE_NAMES = ["Maren Star", "Nordvik Lines", "Skellby", "Orrholm"]


def _own_words(number: int, count: int) -> str:
    """Wording no other article has: `count` words made for article `number`."""
    return " ".join(f"w{number}x{word}" for word in range(count)) + "."


def test_a_wire_story_that_twenty_outlets_ran_within_days_is_one_story():
    """More copies than a stock phrase may have (STORY_SHINGLE_MAX_ARTICLES) still join."""
    items = [
        _item(f"copy{n:02d}", WIRE_NAMES, WIRE_STORY, f"2018-03-{14 + n % 2}", f"Outlet {n}")
        for n in range(20)
    ]
    items.append(_item("other", ["Paris"], "An unrelated story about a match.", "2018-03-14"))
    stories = link(items, {}, SiteConfig()).stories
    assert [sorted(story.article_ids) for story in stories] == [[f"copy{n:02d}" for n in range(20)]]


def test_a_paragraph_that_twenty_articles_reuse_does_not_make_them_one_story():
    """Copies share most of their wording; these share a background paragraph."""
    items = [
        _item(f"a{n:02d}", WIRE_NAMES, _own_words(n, 300) + " " + WIRE_STORY, "2018-03-14", f"O{n}")
        for n in range(20)
    ]
    assert link(items, {}, SiteConfig()).stories == []


def test_one_outlets_own_blurb_under_twenty_articles_does_not_make_them_one_story():
    items = [
        _item(f"a{n:02d}", WIRE_NAMES, _own_words(n, 20) + " " + WIRE_STORY, "2018-03-14", "Sun")
        for n in range(20)
    ]
    assert link(items, {}, SiteConfig()).stories == []


def test_a_story_many_outlets_ran_months_apart_is_not_one_story():
    items = [
        _item(f"copy{n:02d}", WIRE_NAMES, WIRE_STORY, f"2018-{1 + n % 12:02d}-14", f"Outlet {n}")
        for n in range(20)
    ]
    assert link(items, {}, SiteConfig()).stories == []


def test_articles_are_newest_first_and_undated_last():
    items = [
        _item("old", [], published="2015-01-01"),
        _item("none", []),
        _item("new", [], published="2018-01-01"),
    ]
    assert [item.article.id for item in link(items, {}, SiteConfig()).articles] == [
        "new",
        "old",
        "none",
    ]


def test_a_page_dated_only_by_its_capture_follows_the_articles_dated_in_their_text():
    # captured this year, it may have run years before the oldest dated article
    captured = _dated(_item("captured", []), captured="2025-01-22T01:56:10")
    updated = _dated(_item("updated", []), updated="2016-05-01")
    items = [_item("none", []), captured, _item("old", [], published="2015-01-01"), updated]
    assert [item.article.id for item in link(items, {}, SiteConfig()).articles] == [
        "updated",
        "old",
        "captured",
        "none",
    ]


def _dated(item: AnnotatedArticle, **dates: str) -> AnnotatedArticle:
    return replace(item, article=replace(item.article, **dates))


def test_outlets_list_their_articles():
    items = [_item("a", [], outlet="Press TV"), _item("b", [], outlet="Press TV"), _item("c", [])]
    assert link(items, {}, SiteConfig()).outlets == {"Press TV": ["a", "b"]}


def test_an_outlets_spellings_are_filed_under_the_one_most_articles_give():
    spellings = ["The Hill", "TheHill", "THE HILL", "The Hill", "thehill.com", "Space", "Space.com"]
    items = [_item(f"a{n}", [], outlet=outlet) for n, outlet in enumerate(spellings)]
    corpus = link(items, {}, SiteConfig())
    # a tie: the first A-Z ("Space" before "Space.com")
    assert corpus.outlets == {"Space": ["a5", "a6"], "The Hill": ["a0", "a1", "a2", "a3", "a4"]}
    assert {corpus.outlet_of(item.article) for item in items} == {"Space", "The Hill"}


def test_the_editor_files_an_outlet_under_a_name_of_their_own():
    config = SiteConfig(outlets=(("The Wall Street Journal", ("WSJ", "Dow Jones")),))
    spellings = ["Dow Jones", "WSJ", "wsj", "the wall street journal", None]
    items = [_item(f"a{n}", [], outlet=outlet) for n, outlet in enumerate(spellings)]
    corpus = link(items, {}, config)
    assert corpus.outlets == {"The Wall Street Journal": ["a0", "a1", "a2", "a3"]}
    assert [corpus.outlet_of(item.article) for item in items] == [
        *["The Wall Street Journal"] * 4,
        None,
    ]


def _record(name: str, type_: str, count: int = 1, aliases: tuple[str, ...] = ()) -> EntityRecord:
    ids = tuple(f"a{n}" for n in range(count))
    return EntityRecord(name, type_, name.lower(), aliases, "", None, False, ids)


def test_an_outlet_is_the_organisation_or_publication_of_its_name_or_first_words():
    entities = {
        record.name: record
        for record in (
            _record("Sputnik", "organisation"),
            _record("Press TV", "other"),
            _record("New York", "place", 9),
            _record("Hill", "person"),
            _record("Reuters", "organisation", aliases=("Thomson Reuters",)),
            _record("Daily", "other"),  # a publication, but not named by a first word
        )
    }
    outlets = [
        "Sputnik International",
        "PRESS TV",
        "New York Post",
        "The Hill",
        "Thomson Reuters",
        "Daily Planet",
    ]
    assert outlet_entities(outlets, entities) == {
        "Sputnik International": "Sputnik",
        "PRESS TV": "Press TV",
        "Thomson Reuters": "Reuters",
    }


def test_a_blurb_under_one_outlets_articles_in_two_spellings_does_not_make_them_one_story():
    items = [
        _item(f"a{n:02d}", WIRE_NAMES, _own_words(n, 20) + " " + WIRE_STORY, "2018-03-14", outlet)
        for n, outlet in enumerate(["The Sun", "THE SUN"] * 10)
    ]
    assert link(items, {}, SiteConfig()).stories == []


def test_cooccurring_entities_are_counted_by_shared_articles():
    corpus = link([_item("a", ["X", "Y", "Z"]), _item("b", ["X", "Y"])], {}, SiteConfig())
    assert corpus.entities["X"].cooccurring == (("Y", 2), ("Z", 1))


def test_link_is_independent_of_input_order():
    items = [
        _item(name, ["X", name.upper()], published="2018-01-0" + str(i))
        for i, name in enumerate("abcd", 1)
    ]
    assert link(items, {}, SiteConfig()) == link(list(reversed(items)), {}, SiteConfig())


def test_link_on_several_processes_equals_link_on_one():
    """The passes over the archive are cut into shares (of articles, of shingle
    values, of names): joined, they give what one pass gives."""
    items = [
        _item(f"copy{n:02d}", WIRE_NAMES, WIRE_STORY, f"2018-03-{14 + n % 2}", f"Outlet {n}")
        for n in range(20)
    ]
    items += [
        _item(f"pair{n}", ["Rare Person", f"Name {n % 3}"], SHARED_STORY, "2018-05-01", f"O{n}")
        for n in range(4)
    ]
    items += [_item(f"own{n}", [f"Name {n % 3}", "X"], _own_words(n, 30)) for n in range(9)]
    corpus = link(items, {}, SiteConfig())
    assert corpus.stories and any(corpus.related.values())
    assert any(record.cooccurring for record in corpus.entities.values())
    for jobs in (2, 3):
        assert link(items, {}, SiteConfig(), jobs=jobs) == corpus


def test_names_sharing_a_slug_get_their_own_page_and_the_open_data_links_it(tmp_path):
    from archive.export import export
    from archive.render import render

    root = Path(__file__).resolve().parents[1]
    corpus = link([_item("a", ["São Paulo"]), _item("b", ["Sao Paulo"])], {}, SiteConfig())
    slugs = {name: record.slug for name, record in corpus.entities.items()}
    assert slugs == {"Sao Paulo": "sao-paulo", "São Paulo": "sao-paulo-2"}
    out = tmp_path / "site"
    render(corpus, root / "layouts", tmp_path / "no-content", out)
    export(corpus, out)
    records = json.loads((out / "data" / "entities.json").read_text("utf-8"))
    for record in records:
        page = (out / record["url"].lstrip("/") / "index.html").read_text("utf-8")
        assert f'<h1 data-pagefind-meta="title">{record["name"]}</h1>' in page
