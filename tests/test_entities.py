"""The entities stage, one behaviour per test, on small made-up texts."""

from __future__ import annotations

import itertools
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from project import one_paragraph_article

from archive.entities import annotate, find_mentions, load_registry
from archive.model import Article, Block, RegistryEntry
from archive.registry import Registry
from archive.registry_reach import Edit, Reach, article_words, reach_text


def registry_of(*entries: RegistryEntry) -> Registry:
    registry = Registry()
    for entry in entries:
        registry.add(entry)
    return registry


SENKAKU = RegistryEntry(
    "Senkaku Islands", "place", ("Senkakus", "Diaoyus", "Diaoyu Islands", "Senkaku", "Diaoyu")
)
US = RegistryEntry("United States", "place", ("US", "U.S."))
WAR = RegistryEntry("World War II", "event", ("Second World War", "World War Two"))
EMPTY = Registry()


def mentions_of(text: str, registry: Registry = EMPTY) -> dict[str, tuple[str, str]]:
    """mention text -> (entity, type)"""
    return {m.text: (m.entity, m.type) for m in find_mentions(text, registry)}


def article(title: str, *paragraphs: str, standfirst: str | None = None) -> Article:
    return Article(
        id="a",
        slug="a",
        source_file="a.txt",
        format="txt",
        title=title,
        standfirst=standfirst,
        outlet=None,
        published=None,
        captured=None,
        dateline=None,
        blocks=tuple(Block("paragraph", text) for text in paragraphs),
        captions=(),
    )


# -- registry -------------------------------------------------------------------


def test_registry_alias_merges():
    found = find_mentions(
        "The Senkakus, known in China as the Diaoyus, are small.", registry_of(SENKAKU)
    )
    assert [(m.text, m.entity) for m in found if m.entity == "Senkaku Islands"] == [
        ("Senkakus", "Senkaku Islands"),
        ("Diaoyus", "Senkaku Islands"),
    ]


def test_whole_words_only():
    found = mentions_of("They met at the Diaoyutai State Guesthouse.", registry_of(SENKAKU))
    assert all(entity != "Senkaku Islands" for entity, _ in found.values())


def test_longest_registry_name_wins():
    registry = registry_of(SENKAKU, RegistryEntry("Diaoyutai State Guesthouse", "place"))
    found = find_mentions(
        "Talks at the Diaoyu Islands and the Diaoyutai State Guesthouse.", registry
    )
    assert [m.entity for m in found] == ["Senkaku Islands", "Diaoyutai State Guesthouse"]


def test_short_capital_alias_needs_its_capitals():
    found = mentions_of("Let us see what the US does.", registry_of(US))
    assert found == {"US": ("United States", "place")}


def test_alias_in_sentence_case_still_matches():
    found = mentions_of("Atrocities of the second World War were recalled.", registry_of(WAR))
    assert found["second World War"] == ("World War II", "event")


def test_alias_in_a_capitals_headline_matches():
    found = find_mentions("TALKS IN BEIJING", registry_of(RegistryEntry("Beijing", "place")))
    assert [(m.text, m.entity) for m in found] == [("BEIJING", "Beijing")]


def test_curly_and_straight_apostrophes_are_one_alias():
    ministry = RegistryEntry(
        "Foreign Ministry of Ruritania", "organisation", ("Ruritania's Foreign Ministry",)
    )
    found = mentions_of("Ruritania’s Foreign Ministry said no.", registry_of(ministry))
    assert found["Ruritania’s Foreign Ministry"] == (
        "Foreign Ministry of Ruritania",
        "organisation",
    )


def test_a_chinese_or_japanese_alias_is_found_inside_a_sentence():
    senkaku = RegistryEntry("Senkaku Islands", "place", ("尖閣諸島", "钓鱼岛", "Senkakus"))
    registry = registry_of(senkaku)
    japanese = "日本政府は尖閣諸島の周辺で中国の船を確認したと発表した。"
    chinese = "中国外交部表示，钓鱼岛及其附属岛屿自古以来就是中国的固有领土。"
    assert mentions_of(japanese, registry) == {"尖閣諸島": ("Senkaku Islands", "place")}
    assert mentions_of(chinese, registry) == {"钓鱼岛": ("Senkaku Islands", "place")}


def test_bad_registry_file_is_a_warning(tmp_path: Path):
    folder = tmp_path / "entities"
    folder.mkdir()
    (folder / "broken.yaml").write_text("- name: [unclosed\n", encoding="utf-8")
    (folder / "people.yaml").write_text(
        "- name: Ada Lovelace\n  type: person\n  aliases: [Lovelace]\n"
        "- type: person\n"
        "- name: Atlantis\n  type: myth\n"
        "- name: Lord Byron\n  type: person\n  aliases: [Lovelace]\n",
        encoding="utf-8",
    )
    registry = load_registry(tmp_path)
    assert sorted(registry.entries) == ["Ada Lovelace", "Lord Byron"]
    reasons = [str(warning) for warning in registry.warnings]
    assert any("broken.yaml" in r and "not valid YAML" in r for r in reasons)
    assert any("people.yaml" in r and "has no name" in r for r in reasons)
    assert any("people.yaml" in r and "unknown type 'myth'" in r for r in reasons)
    assert any("'Lovelace'" in r and "already taken by 'Ada Lovelace'" in r for r in reasons)


def test_a_registry_entry_says_where_the_index_files_it(tmp_path: Path):
    folder = tmp_path / "entities"
    folder.mkdir()
    (folder / "people.yaml").write_text(
        "- name: Lee Child\n  type: person\n  sort: Child, Lee\n"
        "- name: Ada Lovelace\n  type: person\n  sort: [Lovelace]\n",
        encoding="utf-8",
    )
    registry = load_registry(tmp_path)
    assert registry.entries["Lee Child"].sort == "Child, Lee"
    assert "Ada Lovelace" not in registry.entries
    assert any("sort ['Lovelace'] that is not text" in str(w) for w in registry.warnings)


def test_missing_registry_folder_is_an_empty_registry(tmp_path: Path):
    registry = load_registry(tmp_path)
    assert len(registry) == 0 and registry.warnings == []


def test_registry_survives_pickling():
    registry = pickle.loads(pickle.dumps(registry_of(SENKAKU, US)))
    assert mentions_of("The US and the Senkakus.", registry)["Senkakus"][0] == "Senkaku Islands"


def _reach_of(registry: Registry, body: str) -> str:
    article = one_paragraph_article("a", body)
    words = article_words(reach_text(article, annotate(article, registry)))
    return Reach(registry).fingerprint(words)


def test_a_registry_edit_reaches_the_articles_holding_all_the_words_of_a_name():
    body = "Officials said the Senkakus were calm, and Kyodo reported the talks."
    before = registry_of(SENKAKU, US)
    assert _reach_of(registry_of(SENKAKU), body) == _reach_of(before, body), "no US in the text"
    assert _reach_of(registry_of(US), body) != _reach_of(before, body)
    elsewhere = registry_of(SENKAKU, US, RegistryEntry("Kyodo Shipping", "organisation"))
    assert _reach_of(elsewhere, body) == _reach_of(before, body), "no 'shipping' in the text"
    kyodo = registry_of(SENKAKU, US, RegistryEntry("Kyodo News", "organisation", ("Kyodo",)))
    assert _reach_of(kyodo, body) != _reach_of(before, body)
    retyped = registry_of(RegistryEntry("Senkaku Islands", "other", SENKAKU.aliases), US)
    assert _reach_of(retyped, body) != _reach_of(before, body)


def test_a_one_word_name_reaches_the_articles_spelling_it_so_or_in_capitals():
    quiet = "Officials told us the talks were over."
    assert _reach_of(registry_of(SENKAKU, US), quiet) == _reach_of(registry_of(SENKAKU), quiet)
    assert _reach_of(registry_of(US), "The US said so.") != _reach_of(EMPTY, "The US said so.")
    beijing = registry_of(RegistryEntry("Beijing", "place"))
    shouted = "OFFICIALS IN BEIJING SAID THE TALKS WERE OVER."
    assert _reach_of(beijing, shouted) != _reach_of(EMPTY, shouted)


def test_an_edit_leaves_the_articles_printing_no_word_of_it_without_reading_their_words():
    kyodo = RegistryEntry("Kyodo News", "organisation", ("Kyodo",))
    edit = Edit(Reach(registry_of(SENKAKU, US)), Reach(registry_of(SENKAKU, kyodo, US)))
    assert edit.words == {"kyodo"}, "the longest word of each edited name"
    for body, left in (("Kyodo reported the talks.", False), ("The US reported it.", True)):
        article = one_paragraph_article("a", body)
        assert edit.leaves(article, annotate(article, registry_of(SENKAKU, US))) is left
    reordered = Edit(Reach(registry_of(SENKAKU, US)), Reach(registry_of(US, SENKAKU, kyodo)))
    assert reordered.words is None, "entries in another order: every article is read"


def test_an_alias_added_reaches_the_articles_printing_it_not_all_naming_its_entry():
    america = RegistryEntry("United States", "place", ("US", "U.S.", "America"))
    edit = Edit(Reach(registry_of(SENKAKU, US)), Reach(registry_of(SENKAKU, america)))
    assert edit.words == {"america"}
    for body, left in (("The US reported it.", True), ("America reported it.", False)):
        article = one_paragraph_article("a", body)
        assert edit.leaves(article, annotate(article, registry_of(SENKAKU, US))) is left
    assert _reach_of(registry_of(america), "The US said so.") == _reach_of(
        registry_of(US), "The US said so."
    )
    assert _reach_of(registry_of(america), "America said so.") != _reach_of(
        registry_of(US), "America said so."
    )


def test_an_ignored_name_reaches_the_articles_holding_its_words():
    body = "Officials of Read More said the talks were over."
    registry = registry_of(SENKAKU)
    ignoring = registry_of(SENKAKU)
    ignoring.ignored = frozenset({"Read More"})
    assert _reach_of(ignoring, body) != _reach_of(registry, body)
    ignoring.ignored = frozenset({"Read Less"})
    assert _reach_of(ignoring, body) == _reach_of(registry, body)


def test_registry_name_wins_over_discovery():
    found = mentions_of(
        "Officials of Kyodo spoke.",
        registry_of(RegistryEntry("Kyodo News", "organisation", ("Kyodo",))),
    )
    assert found["Kyodo"] == ("Kyodo News", "organisation")


# -- discovery --------------------------------------------------------------------


def test_capitalised_run_is_one_name():
    assert (
        mentions_of("The talks were held with Shotaro Yachi on Monday.")["Shotaro Yachi"][1]
        == "person"
    )


def test_ordinary_word_starting_a_sentence_is_not_a_name():
    found = mentions_of("Recent weeks saw talks. Meanwhile, Ruritania waited.")
    assert "Recent" not in found and "Meanwhile" not in found


def test_name_starting_a_sentence_is_kept():
    found = mentions_of("Hussain struck 158. Later, Nasser Hussain was out.")
    assert found["Hussain"] == ("Nasser Hussain", "person")


def test_a_name_made_a_modifier_is_a_mention_of_the_name():
    found = find_mentions(
        "The Republican-dominated Senate thanked a Brazilian-born player and the "
        "Hungarian-American Society.",
        EMPTY,
    )
    entities = {m.text: m.entity for m in found}
    assert entities["Republican-dominated"] == "Republican", "the span is the whole word"
    assert entities["Brazilian-born"] == "Brazilian"
    assert "Hungarian-American" in " ".join(entities.values()), "a capital after the hyphen"
    assert [m.entity for m in find_mentions("He met Mr-Smith today.", EMPTY)] == ["Mr-Smith"]


def test_a_name_less_its_makers_name_is_the_longer_name():
    found = mentions_of(
        "The Nintendo Switch Lite is out. Nintendo said the Switch Lite costs less."
    )
    assert found["Switch Lite"][0] == "Nintendo Switch Lite"
    alone = mentions_of("The Nintendo Switch Lite is out. The Switch Lite costs less.")
    assert alone["Switch Lite"][0] == "Switch Lite", "no maker named alone"
    shouted = mentions_of("NEW TOYOTA RAV4 PRIME\n\nToyota said the RAV4 Prime is quick.")
    assert shouted["RAV4 Prime"][0] == "RAV4 Prime", "capitals are no spelling to keep"


def test_a_name_shaped_like_a_persons_that_ends_a_makers_product_is_the_product():
    # "Echo" is a given name: "Echo Dot" alone looks like a person's name
    found = mentions_of(
        "Amazon cut the price of the Amazon Echo Dot. Amazon said the Echo Dot sold well."
    )
    assert found["Echo Dot"] == found["Amazon Echo Dot"]
    assert found["Echo Dot"][0] == "Amazon Echo Dot" and found["Echo Dot"][1] != "person"
    # a person said to be one stays a person
    people = mentions_of(
        "Harbour said the Harbour Ellen Tovey Fund grew. Ellen Tovey said she was glad."
    )
    assert people["Ellen Tovey"] == ("Ellen Tovey", "person")


def test_a_console_numbered_one_is_a_thing():
    assert mentions_of("Stadia runs on the XBox One, Microsoft said.")["XBox One"][1] == "other"


def test_a_name_ending_two_longer_names_or_a_place_or_a_name_with_small_words_stays():
    found = mentions_of(
        "The House said the House Intelligence Committee and the Senate said the Senate "
        "Intelligence Committee met; the Intelligence Committee said no."
    )
    assert found["Intelligence Committee"][0] == "Intelligence Committee"
    found = mentions_of(
        "Royal said the Royal Academy of Arts met the Academy of Arts. Officials in New "
        "South Wales and New said South Wales is another."
    )
    assert found["Academy of Arts"][0] == "Academy of Arts"
    assert found["South Wales"][0] == "South Wales"


def test_a_body_on_a_subject_is_one_name_and_a_day_after_on_is_not_part_of_it():
    found = mentions_of(
        "The National Institute on Drug Abuse and the Intergovernmental Panel on Climate "
        "Change warned. The Council on Friday agreed."
    )
    assert found["National Institute on Drug Abuse"][1] == "organisation"
    assert "Intergovernmental Panel on Climate Change" in found
    assert "Drug Abuse" not in found and "Council on Friday" not in found


def test_a_surname_in_another_transliteration_is_the_person():
    found = mentions_of(
        "Ukrainian President Volodymyr Zelensky spoke. President Zelenskyy said so, and "
        "Zelenskiy agreed."
    )
    assert found["Zelenskyy"] == ("Volodymyr Zelensky", "person")
    assert found["Zelenskiy"] == ("Volodymyr Zelensky", "person")
    other = mentions_of("Ukrainian President Volodymyr Zelensky spoke. Zelensk agreed.")
    assert other.get("Zelensk", ("",))[0] != "Volodymyr Zelensky", "no such transliteration"


def test_canonical_name_has_plain_spaces_and_apostrophes():
    found = find_mentions("Talks with Seamus\u00a0O’Neill ended.", EMPTY)
    assert [(m.text, m.entity) for m in found] == [("Seamus\u00a0O’Neill", "Seamus O'Neill")]


def test_possessive_is_stripped():
    found = find_mentions("Shinzo Abe spoke. Abe's letter was read.", EMPTY)
    assert [m.text for m in found] == ["Shinzo Abe", "Abe"]


def test_title_before_a_name_types_a_person_and_stays_outside():
    found = mentions_of("It was signed by State Councilor Zhou Wenbo on Tuesday.")
    assert found == {"Zhou Wenbo": ("Zhou Wenbo", "person")}


def test_titles_of_office_before_a_name_stay_outside_it():
    found = mentions_of(
        "NASA Administrator Jim Bridenstine met House Speaker Nancy Pelosi, EU Commissioner "
        "Margrethe Vestager and Attorney General William Barr."
    )
    for person in ("Jim Bridenstine", "Nancy Pelosi", "Margrethe Vestager", "William Barr"):
        assert found[person] == (person, "person")
    assert "Attorney" not in found


def test_a_post_is_no_name_and_a_name_under_a_post_is_found():
    found = mentions_of(
        "He left (Chief Design Officer) in May. Chief Executive Officer Tim Cook, Chief "
        "Operating Officer Jeff Williams and Prime Minister John Major spoke; captain "
        "Billie Jean King did not."
    )
    assert "Design Officer" not in found and "Chief Design Officer" not in found
    for person in ("Tim Cook", "Jeff Williams", "John Major", "Billie Jean King"):
        assert found[person] == (person, "person")


def test_title_words_to_the_end_of_a_run_are_a_post_not_a_name():
    found = mentions_of(
        "He wrote to the office of the New York State Attorney General. The Surgeon General "
        "warned, and U.S. Surgeon General Vivek Murthy and Secretary General Kofi Annan spoke."
    )
    assert not {"General", "Surgeon", "Surgeon General"} & found.keys()
    for person in ("Vivek Murthy", "Kofi Annan"):
        assert found[person] == (person, "person")


def test_a_post_of_a_body_at_a_runs_end_leaves_the_body():
    found = mentions_of(
        "A motion by Senate Leader, Ahmad Lawan, passed. The former House of Representatives "
        "Speaker died. The Department of Justice sued."
    )
    assert "Senate Leader" not in found and found["Senate"][1] == "organisation"
    assert found["House of Representatives"][1] == "organisation"
    assert "House of Representatives Speaker" not in found
    assert "Department of Justice" in found  # a court's or a ministry's title word stays


def test_a_posts_field_between_its_title_words_is_part_of_the_post():
    found = mentions_of(
        "Chief Technology Officer Mark Vantrel said it. The firm named Ivan Zorvex Chief "
        "Strategy Officer. Chief Justice John Roberts spoke."
    )
    assert found["Mark Vantrel"] == ("Mark Vantrel", "person")
    assert found["Ivan Zorvex"] == ("Ivan Zorvex", "person")
    assert found["John Roberts"] == ("John Roberts", "person")
    assert not any("Officer" in name for name in found)


def test_a_title_word_joined_to_a_name_by_an_ampersand_is_part_of_it():
    found = mentions_of('Her new film, "Queen & Slim", opens as King & Spalding sues.')
    assert found["Queen & Slim"] == ("Queen & Slim", "other")
    assert found["King & Spalding"] == ("King & Spalding", "organisation")
    assert not any(text.startswith("&") for text in found)


def test_a_teasers_title_case_inside_a_sentence_makes_no_names():
    found = mentions_of(
        "Watch: Player Obliterates His Defender, Shoots A Three And Celebrates Before It Goes "
        "In. Also 1,200 Stolen Paintings Were Discovered In A Gallery in Paris, Taro Kono said."
    )
    assert found == {"Paris": ("Paris", "place"), "Taro Kono": ("Taro Kono", "person")}


def test_names_holding_a_pronoun_are_still_names():
    found = mentions_of("Vice Premier Liu He met the founders of The We Company in Beijing.")
    assert found["Liu He"] == ("Liu He", "person")
    assert "The We Company" in found


def test_organisation_head_types_an_organisation():
    assert mentions_of("The Ruritanian Meteorological Agency warned.")[
        "Ruritanian Meteorological Agency"
    ] == ("Ruritanian Meteorological Agency", "organisation")
    found = mentions_of("Made by Dick Clark Productions, reviewed by the Zorvex Chronicle.")
    assert found["Dick Clark Productions"][1] == "organisation"  # a studio's, not Dick Clark's
    assert found["Zorvex Chronicle"][1] == "organisation"
    found = mentions_of("The blue-chip Dow Jones Industrial Average fell as the Indiana House met.")
    assert found["Dow Jones Industrial Average"][1] == "other"  # an index
    assert found["Indiana House"][1] == "organisation"  # a chamber


def test_place_head_types_a_place():
    assert mentions_of("Ships sailed to the Kuril Islands.")["Kuril Islands"][1] == "place"


def test_a_point_of_the_compass_before_a_name_makes_a_place_not_a_body():
    found = mentions_of("Anna Abe met Ben Brandt in South Ridge to discuss the South Ridge Bank.")
    assert found["South Ridge"][1] == "place"
    assert found["South Ridge Bank"][1] == "organisation"


def test_abbreviated_military_ranks_are_titles_not_names():
    found = mentions_of("Lt. Col. John Smith spoke. Sgt. Maj. Ann Lee and Cmdr. Tom Fry agreed.")
    assert set(found) == {"John Smith", "Ann Lee", "Tom Fry"}
    assert all(type_ == "person" for _, type_ in found.values())


def test_event_head_types_an_event():
    assert mentions_of("Many died in the Crimean War.")["Crimean War"][1] == "event"


def test_gazetteer_knows_countries_and_towns():
    found = mentions_of("Exports from Portugal to Nagoya rose.")
    assert found["Portugal"][1] == "place" and found["Nagoya"][1] == "place"


def test_of_joins_a_head_to_its_name():
    assert (
        mentions_of("Shares of the Bank of England fell.")["Bank of England"][1] == "organisation"
    )


def test_of_joins_a_head_after_a_given_name_that_is_an_english_word():
    assert mentions_of("He joined Royal Bank of Canada in 2001.") == {
        "Royal Bank of Canada": ("Royal Bank of Canada", "organisation")
    }


def test_a_place_after_a_given_name_and_a_head_is_where_a_person_comes_from():
    found = mentions_of("Shares rose, said Peter Court of Australia.")
    assert found == {"Peter Court": ("Peter Court", "person"), "Australia": ("Australia", "place")}


def test_a_name_after_an_owner_is_a_thing():
    assert mentions_of("Stream it from your Echo Dot, phone or PC.") == {
        "Echo Dot": ("Echo Dot", "other")
    }
    # a name that qualifies the noun after it is left to the other signals
    found = mentions_of("Fans hate their Manchester United contracts and its ESPN+ app.")
    assert found["Manchester United"][1] == "organisation" and found["ESPN"][1] == "organisation"


def test_a_firm_that_speaks_is_still_a_firm():
    # the head outweighs what saying speaks for, though it speaks twice
    found = mentions_of(
        '"We remain sceptical," said Kotak Institutional Equities. "Risks remain," '
        "Kotak Institutional Equities said."
    )
    assert found["Kotak Institutional Equities"][1] == "organisation"


def test_rows_of_a_standings_table_set_off_by_blank_lines_are_people():
    # a page's table comes out one paragraph a row, each opening with its rank alone;
    # the figures after a name are a driver's points, not a side's score
    found = mentions_of(
        "Pos.\tDriver\tPoints\tWins\n\n1\tKyle Busch\t5040\t5\n\n"
        "2\tMartin Truex Jr.\t5035\t7\n\n3\tKevin Harvick\t5033\t4\n\n"
        "4\tDavid Ragan\t388\t0\n\n5\tPaul Menard\t777\t0\n"
    )
    for driver in ("Kyle Busch", "Martin Truex Jr", "Kevin Harvick", "David Ragan", "Paul Menard"):
        assert found[driver] == (driver, "person"), driver


def test_a_surname_before_jr_is_the_persons_short_form():
    found = mentions_of(
        'Rep. James P. Kennedy Jr. condemned the threats. "They harm us," Kennedy said.'
    )
    assert found["Kennedy"] == ("James P. Kennedy Jr", "person")


def test_demonym_is_not_a_place():
    found = mentions_of("The Japanese government met German officials in Japan.")
    assert found["Japanese"][1] == "other" and found["German"][1] == "other"
    assert found["Japan"][1] == "place"


def test_demonym_before_a_title_is_its_own_mention():
    found = mentions_of("He met Japanese Prime Minister Yasuo Fukuda.")
    assert found == {"Japanese": ("Japanese", "other"), "Yasuo Fukuda": ("Yasuo Fukuda", "person")}


def test_title_inside_a_run_splits_it():
    found = mentions_of("Security Council President Tono Eitel said so.")
    assert found["Security Council"][1] == "organisation"
    assert found["Tono Eitel"] == ("Tono Eitel", "person")


def test_a_posts_portfolio_after_of_is_split_off_its_holders_name():
    found = mentions_of(
        "Former Secretary of State Condoleezza Rice met Director of National Intelligence "
        "Dan Coats. Rice spoke first. The Minister of Finance said nothing."
    )
    assert found["Condoleezza Rice"] == ("Condoleezza Rice", "person")
    assert found["Rice"] == ("Condoleezza Rice", "person")
    assert found["Dan Coats"] == ("Dan Coats", "person")
    assert "Finance" not in found  # the portfolio alone names no one
    found = mentions_of("Chief of Staff Mick Mulvaney said the Minister of Foreign Affairs came.")
    assert found == {"Mick Mulvaney": ("Mick Mulvaney", "person")}
    # a place or a body after "of" is kept: it is a name of its own
    found = mentions_of("Governor of New York Andrew Cuomo met Prince of Wales Charles.")
    assert found["New York"][1] == "place" and found["Wales"][1] == "place"
    assert "of Wales" not in found and "Andrew Cuomo" in found
    assert mentions_of("Tim Cook, the CEO of Apple, said so.")["Apple"][1] == "organisation"


def test_a_post_after_a_body_named_over_of_splits_the_run():
    found = mentions_of("Bank of England Governor Carney said rates would rise.")
    assert found["Bank of England"][1] == "organisation" and "Carney" in found


def test_a_post_before_a_given_and_family_name_ends_a_body_though_the_family_name_is_a_head():
    found = mentions_of("Highway Patrol Chief James Hall said the roads were clear.")
    assert found["Highway Patrol"][1] == "organisation"
    assert found["James Hall"] == ("James Hall", "person")


def test_a_post_in_the_plural_is_no_part_of_the_first_name_after_it():
    found = mentions_of("Former Presidents George H.W. Bush and Bill Clinton came.")
    assert found["George H.W. Bush"] == ("George H.W. Bush", "person")
    found = mentions_of("Justices Ruth Bader Ginsburg and Antonin Scalia were friends.")
    assert found["Ruth Bader Ginsburg"] == ("Ruth Bader Ginsburg", "person")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The United Nations Office for the Coordination of Humanitarian Affairs said so.",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "The National Conference of State Legislatures counted 40 laws.",
            "National Conference of State Legislatures",
        ),
        (
            "The U.S. Attorney's Office for the Western District of New York charged him.",
            "U.S. Attorney's Office for the Western District of New York",
        ),
        (
            "The group People for the Ethical Treatment of Animals said so.",
            "People for the Ethical Treatment of Animals",
        ),
        ("The case was brought by Students for Fair Admissions.", "Students for Fair Admissions"),
        ("Americans for Prosperity spent millions.", "Americans for Prosperity"),
    ],
)
def test_a_body_named_over_of_and_for_is_one_organisation(sentence, name):
    found = mentions_of(sentence)
    assert found[name] == (name, "organisation")
    assert len(found) == 1


def test_a_post_after_a_body_known_by_its_initials_or_a_person_ends_the_name():
    found = mentions_of(
        "His first speech as CIA Director was short. He had worked with Mr. David "
        "Morales CEO in Madrid for years. Vote for your GREAT Governor, he wrote."
    )
    assert found["CIA"][1] == "organisation" and "CIA Director" not in found
    assert found["David Morales"] == ("David Morales", "person")
    assert "GREAT" not in found  # shouted, not initials


def test_a_preposition_opening_a_sentence_in_brackets_is_no_name():
    found = mentions_of("(Besides Lahav, the complaint named Adi Barshishat.)")
    assert "Lahav" in found and "Besides Lahav" not in found


def test_a_place_hyphened_over_a_small_word_is_one_place_though_it_starts_with_a_month():
    found = mentions_of("Trump said of Mar-a-Lago that it was worth more. Ata-ur-Rehman bowled.")
    assert found["Mar-a-Lago"] == ("Mar-a-Lago", "place")
    assert "Lago" not in found
    assert found["Ata-ur-Rehman"][1] != "place"  # "ur" joins no place's name


def test_those_who_work_for_someone_are_no_group_of_that_name():
    found = mentions_of("Lawyers for Epstein said he would appeal.")
    assert found["Epstein"][1] == "person" and len(found) == 1


def test_a_post_at_a_paper_inside_a_run_splits_it_before_a_given_name():
    found = mentions_of(
        "CBS Sports NFL Insider Jason La Canfora has reported it. "
        "CNN Chief Legal Analyst Jeffrey Toobin said so. He told Business Insider."
    )
    assert found["Jason La Canfora"] == ("Jason La Canfora", "person")
    assert found["CBS Sports NFL"][1] == "organisation"
    assert found["Jeffrey Toobin"] == ("Jeffrey Toobin", "person")
    assert found["CNN"][1] == "organisation"
    assert found["Business Insider"][1] == "organisation"  # no name after: the paper's


def test_a_name_an_agencys_credit_line_gives_is_a_persons():
    credit = "(Reporting by Greg Roumeliotis, with reporting by Herb Lash; Editing by Tom Brown)"
    assert mentions_of(credit)["Herb Lash"] == ("Herb Lash", "person")  # "lash": a word


def test_a_name_before_beat_is_a_side_unless_tennis_sets_follow():
    tennis = "Zorvex Kalbrin defeated Gael Monfils 7-5, 6-4 on Tuesday."
    assert mentions_of(tennis)["Zorvex Kalbrin"][1] == "person"
    football = "Zorvex Kalbrin defeated Tarvo Mellin 3-1 on Tuesday."
    assert mentions_of(football)["Zorvex Kalbrin"][1] == "organisation"


def test_a_hashtag_or_handle_of_words_run_together_is_no_name():
    tweet = "Governor @MattBevin shared #MethWeAreOnIt with fans of the #Browns and the #UN."
    found = mentions_of(tweet)
    assert "MattBevin" not in found and "MethWeAreOnIt" not in found
    assert {"Browns", "UN"} <= found.keys()  # a hashtag of one name is that name


@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("He said God would judge them.", "God", "person"),  # not Göd, Hungary
        ("The Roman Catholic church said so.", "Roman Catholic", "other"),
        ("Roman Polanski said so.", "Roman Polanski", "person"),
        ("He had 3 RBI and won.", "RBI", "other"),
        ("He kept a 2.50 ERA.", "ERA", "other"),
        ("Trading in Eurodollar futures was thin.", "Eurodollar", "other"),
        ("He played in the Pro Bowl last year.", "Pro Bowl", "event"),
        ("She won her first Grand Slam title.", "Grand Slam", "event"),
        ("He argued a major Second Amendment case.", "Second Amendment", "other"),
        ("She cited the First Amendment.", "First Amendment", "other"),
        ("He served in the Clinton administration.", "Clinton", "person"),
        ("The radio broadcasts in Dari and Pashto.", "Dari", "other"),
        ("The radio broadcasts in Dari and Pashto.", "Pashto", "other"),
        ("She dubbed the films into Hindi last year.", "Hindi", "other"),
        ("Boeing won orders at the Dubai Air Show on Monday.", "Dubai Air Show", "event"),
        ("The car was shown at the LA Auto Show.", "LA Auto Show", "event"),
        ("He has loved Star Wars since childhood.", "Star Wars", "other"),
        ("Emirates ordered more of the A350 on Monday.", "A350", "other"),
        ("Leaders met at the G20 on Monday.", "G20", "organisation"),
        ("It was the end of the Napoleonic Wars in Europe.", "Napoleonic Wars", "event"),
        ("It was the Trump administration, she said.", "Trump", "person"),
        ("We learn from the Pliocene and the Holocene.", "Pliocene", "other"),
        ("We learn from the Pliocene and the Holocene.", "Holocene", "other"),
        ("Much of the Northern Hemisphere was hot.", "Northern Hemisphere", "place"),
        ("Humanity made a Faustian bargain.", "Faustian", "other"),
        ("It took an Orwellian turn last year.", "Orwellian", "other"),
        ("The Guardian reported it on Monday.", "Guardian", "organisation"),
        ("Sales rose before Christmas and after Ramadan.", "Christmas", "event"),
        ("Sales rose before Christmas and after Ramadan.", "Ramadan", "event"),
        ("Not everyone makes a New Year's resolution.", "New Year", "event"),
        ("He will visit on Christmas Eve.", "Christmas Eve", "event"),
        ("Delays were reported in the Northeast on Monday.", "Northeast", "place"),
        ("Snow fell across the Upper Midwest.", "Upper Midwest", "place"),
        ("Fighting went on in Northern Iraq.", "Northern Iraq", "place"),
        ("The parade starts at 9 a.m. ET on Thursday.", "ET", "other"),
        ("He flew to D.C. on Monday.", "D.C.", "place"),
        ("I hit the trifecta, Ellie Hall tweeted early.", "Ellie Hall", "person"),
        ("Crowds lined the route of the Rose Parade.", "Rose Parade", "event"),
        ("Hurricane Ian hit Florida on Wednesday.", "Hurricane Ian", "event"),
        ("Then Tropical Storm Nicole came ashore.", "Tropical Storm Nicole", "event"),
        ("The COVID-19 pandemic hit hard.", "COVID-19", "other"),
        ("Cases of Covid rose in the winter.", "Covid", "other"),
        ("He had tests for HIV and Ebola.", "Ebola", "other"),
        ("He sued under Title IX on Monday.", "Title IX", "other"),
        ("They accused him of opposing Zionism.", "Zionism", "other"),
        ("Pope Francis visited Lisbon on Monday.", "Francis", "person"),
        ("She moved to St. Croix last year.", "St. Croix", "place"),
        ("We made a pit stop at Walmart for water.", "Walmart", "organisation"),
        ("Penn State quarterback Jane Doe said so.", "Penn State", "organisation"),
        ("He moved to Washington State last year.", "Washington State", "place"),
        ("They fought against the Islamic State group.", "Islamic State", "organisation"),
        ("It is possible Paramount is still deciding.", "Paramount", "organisation"),
        ("They sailed to St. Lucia on Monday.", "St. Lucia", "place"),
        ("The Iraqis voted on Monday.", "Iraqis", "other"),
        ("The Oscars honored the film.", "Oscars", "event"),
        ("He won at the Golden Globes.", "Golden Globes", "event"),
        ("Manchester United sacked Erik ten Hag.", "Erik ten Hag", "person"),
        ("Goldman Sachs analysts expect a cut.", "Goldman Sachs", "organisation"),
        ("He converted to Catholicism last year.", "Catholicism", "other"),
        ("It was originally published by Futurism.", "Futurism", "organisation"),
        ("The story was first published by Vexlo on Monday.", "Vexlo", "organisation"),
        ("Snow fell in the central Appalachians.", "Appalachians", "place"),
        ("Ice covered roads from the Rockies to Texas.", "Rockies", "place"),
        ("Cardinals 5 Mets 3. Jane Doe hit a homer for the Rockies.", "Rockies", "organisation"),
    ],
)
def test_a_name_is_typed_by_its_words_and_neighbours(sentence, name, type_):
    assert mentions_of(sentence)[name][1] == type_


def test_an_adverb_capitalised_in_brackets_is_no_name():
    deal = "Get the watch for $169.99 (Originally $200) at the store."
    assert "Originally" not in mentions_of(deal)


def test_a_film_named_with_a_word_that_is_also_a_given_name_is_a_work_not_a_person():
    assert mentions_of("He directed the fourth Star Trek film.")["Star Trek"][1] == "other"
    assert mentions_of("It was the Tom Hanks film of the year.")["Tom Hanks"][1] == "person"
    assert mentions_of("He loved the Jet Li film.")["Jet Li"][1] == "person"  # a family name


def test_hyphenated_places_are_two_places():
    found = find_mentions("Improving China-Japan relations matters.", EMPTY)
    assert [(m.text, m.type) for m in found] == [("China", "place"), ("Japan", "place")]


def test_country_in_capitals_is_a_place_but_us_is_not():
    found = mentions_of("Let us see what the US and the UK do.")
    assert found == {"US": ("United States", "place"), "UK": ("United Kingdom", "place")}


def test_number_after_an_event_head_keeps_it_an_event():
    assert mentions_of("Veterans of World War II met.")["World War II"][1] == "event"


def test_initials_make_a_person():
    found = mentions_of("Surrey 429-7 (C. Lewis 80 not out, M. Butcher 70).")
    assert found["C. Lewis"][1] == "person" and found["M. Butcher"][1] == "person"


def test_initials_before_a_bodys_head_name_the_body_named_after_a_person():
    found = mentions_of("Astronomers at the W. M. Keck Observatory in Hawaii saw water.")
    assert found["W. M. Keck Observatory"][1] == "organisation"
    found = mentions_of("Readers of J. R. Tolkien and K. L. Brannagh Jr wrote in.")
    assert found["K. L. Brannagh Jr"][1] == "person"


def test_team_named_after_a_county_is_an_organisation():
    found = mentions_of("Yesterday Leicestershire beat Somerset by an innings.")
    assert found["Leicestershire"][1] == "organisation" and found["Somerset"][1] == "organisation"


def test_dateline_town_is_a_place():
    assert mentions_of("LONDON 1996-08-30\nShares rose in London.")["LONDON"] == ("London", "place")


def test_a_name_opening_a_line_before_brackets_is_a_dateline_only_in_capitals():
    found = mentions_of("BEIJING (Reuters) - Shares rose.\nKZV Group (Israel) is an expert on art.")
    assert found["BEIJING"][1] == "place"
    assert found["KZV Group"][1] == "organisation"  # a firm and its country


def test_dateline_stays_a_place_where_the_text_means_the_team():
    found = find_mentions("LEEDS 1996-09-01\nLeeds beat Hull 2-1 on Saturday.", EMPTY)
    assert [(m.text, m.type) for m in found] == [
        ("LEEDS", "place"),
        ("Leeds", "organisation"),
        ("Hull", "organisation"),
    ]


def test_county_after_a_venue_and_colon_is_the_side():
    found = mentions_of("Results on Friday:\nDerby: Norfolk 210 and 15-1, Cumbria 240.")
    assert found["Norfolk"][1] == "organisation"


def test_victory_over_a_town_is_over_its_side():
    assert mentions_of("They earned a 3-1 victory over Portsmouth.")["Portsmouth"][1] == (
        "organisation"
    )


def test_town_before_a_players_role_is_the_club():
    found = mentions_of("The goal came from Leeds striker Tom Barrow.")
    assert found["Leeds"][1] == "organisation" and found["Tom Barrow"][1] == "person"


def test_name_starting_with_a_town_is_an_organisation():
    assert mentions_of("Fans cheered the Seattle Otters.")["Seattle Otters"][1] == "organisation"


def test_town_that_is_a_given_name_does_not_make_an_organisation():
    assert mentions_of("Fans cheered for Paul Vrenko.")["Paul Vrenko"][1] == "person"


def test_nationalities_together_are_other():
    found = mentions_of("Aid reached Bosnian Croats and South Koreans.")
    assert found["Bosnian Croats"][1] == "other"


def test_place_noun_after_a_name_makes_a_place():
    assert mentions_of("Rain fell on the Zarqiyah province.")["Zarqiyah"][1] == "place"


def test_town_written_with_based_is_a_place_and_what_follows_an_organisation():
    found = mentions_of("Shares of Dorvale-based Vantor Kem rose.")
    assert found["Dorvale"][1] == "place" and found["Vantor Kem"][1] == "organisation"


def test_descriptive_noun_before_a_name_makes_an_organisation():
    found = mentions_of("The story ran in the daily Vox Populi on Monday.")
    assert found["Vox Populi"][1] == "organisation"


def test_shares_after_a_name_make_an_organisation():
    assert mentions_of("Vantor Kem shares fell 3 percent.")["Vantor Kem"][1] == "organisation"


def test_short_form_an_organisation_by_its_context_is_no_persons():
    found = find_mentions(
        "Tolvani Cables reported a profit. The cables giant Tolvani said Tolvani shares rose.",
        EMPTY,
    )
    assert {m.type for m in found if m.text == "Tolvani"} == {"organisation"}


def test_family_name_shape_makes_a_person():
    found = mentions_of("The coach praised Kovalenko and McArdle after the match.")
    assert found["Kovalenko"][1] == "person" and found["McArdle"][1] == "person"


def test_name_alone_in_quotation_marks_is_a_title():
    found = mentions_of('Her novels "Silent Harvest" and "The Tin Lantern," sold well.')
    assert found["Silent Harvest"][1] == "other" and found["The Tin Lantern"][1] == "other"


def test_falls_and_springs_end_a_place():
    assert mentions_of("Floods hit Mirren Falls.")["Mirren Falls"][1] == "place"


def test_line_of_names_is_not_a_headline():
    found = mentions_of("Flemming, Jason Gillespie, Stuart Law, Glenn McGrath.")
    assert found["Stuart Law"][1] == "person" and found["Glenn McGrath"][1] == "person"


def test_acronym_takes_its_expansion():
    found = find_mentions(
        "Leaders met at the Pacific Rim Trade Forum (PRTF) summit. The PRTF talks ended.", EMPTY
    )
    acronyms = [(m.text, m.entity, m.type) for m in found if m.text == "PRTF"]
    assert acronyms == [("PRTF", "Pacific Rim Trade Forum", "organisation")] * 2


def test_acronym_expansion_may_hold_small_words():
    found = find_mentions(
        "The Organisation for Security and Cooperation in Europe (OSCE) met. OSCE said no.", EMPTY
    )
    assert [(m.text, m.entity, m.type) for m in found] == [
        ("Organisation for Security and Cooperation in Europe",) * 2 + ("organisation",),
        ("OSCE", "Organisation for Security and Cooperation in Europe", "organisation"),
        ("OSCE", "Organisation for Security and Cooperation in Europe", "organisation"),
    ]


def test_acronym_before_a_bracket_takes_the_expansion_inside_it():
    found = find_mentions(
        "Apple backs DACA (Deferred Action for Childhood Arrivals) recipients. DACA was ended.",
        EMPTY,
    )
    assert [(m.text, m.entity) for m in found] == [
        ("DACA", "Deferred Action for Childhood Arrivals"),
        ("Deferred Action for Childhood Arrivals",) * 2,
        ("DACA", "Deferred Action for Childhood Arrivals"),
    ]


def test_a_bracket_after_an_acronym_spelling_other_letters_is_no_expansion():
    found = mentions_of("The PRTF (Pacific Trade Forum) met in Ruritania.")
    assert found["PRTF"][0] == "PRTF"


def test_headline_in_capitals_keeps_only_names_the_text_confirms():
    found = find_mentions(
        "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire beat Somerset.", EMPTY
    )
    assert [(m.text, m.entity) for m in found][0] == ("LEICESTERSHIRE", "Leicestershire")
    assert all(m.text not in ("CRICKET", "TAKE", "TOP") for m in found)


def test_headline_in_capitals_drops_a_word_the_text_writes_in_small_letters():
    found = annotate(
        article(
            "CANNABIS USE DISORDER IS RISING IN RURITANIA",
            "Rates of cannabis use disorder have risen in Ruritania, said the Drug Use"
            " and Health survey.",
        ),
        EMPTY,
    )
    assert "USE" not in [m.text for m in found.mentions]


def test_headline_in_capitals_keeps_a_name_word_beside_another_name():
    found = annotate(
        article(
            "SHOPPERS FLOCK TO HOME DEPOT",
            "Shoppers went to Home Depot on Friday, and home prices rose.",
        ),
        EMPTY,
    )
    assert "HOME DEPOT" in [m.text for m in found.mentions]


def test_line_of_short_words_in_capitals_is_a_headline():
    text = (
        "Ruritania spoke on Monday.\n\nGOTTA GO FAST\n\nCAN'T GO OVER IT\n\n"
        "A sinkhole opens on a road in Ruritania."
    )
    assert "GO" not in mentions_of(text)


def test_title_case_headline_does_not_make_names_of_ordinary_words():
    found = annotate(
        article("Ruritania Calls For Action To Improve Ties", "Ruritania spoke."), EMPTY
    )
    assert [m.text for m in found.mentions] == ["Ruritania", "Ruritania"]


def test_title_case_crosshead_of_plural_ordinary_words_makes_no_names():
    text = (
        "Ruritania spoke on Monday.\n\n"
        "Dangers of Smoking: Facts and Figures on the Risks of Cigars\n\n"
        "The report was published on Tuesday."
    )
    assert [m.text for m in find_mentions(text, EMPTY)] == ["Ruritania"]


def test_title_case_crosshead_of_words_the_text_writes_in_small_letters_makes_no_names():
    text = (
        "A dollop of homemade jam is hard to beat on toast, and pear jam with "
        "honey is the easiest to make.\n\n"
        "Spiced Honey Pear Jam\n\n"
        "Cook the pears with the honey until the jam sets."
    )
    assert find_mentions(text, EMPTY) == ()


def test_short_crosshead_of_words_the_text_writes_in_small_letters_makes_no_names():
    text = (
        "The car has a long range, and charging takes an hour.\n\n"
        "Range and Charging\n\n"
        "The car is built in Ruritania."
    )
    assert [m.text for m in find_mentions(text, EMPTY)] == ["Ruritania"]


def test_town_spelled_like_a_word_the_text_writes_so_is_no_place_opening_a_sentence():
    text = "People who make their own jam seem like wizards. Jam has always seemed hard to make."
    assert find_mentions(text, EMPTY) == ()


def test_word_capitalised_only_inside_longer_names_is_no_name_opening_a_sentence():
    found = mentions_of(
        "The Ruritania State Teachers Association marched on Tuesday.\n\n"
        "Teachers didn’t see Holcomb at the Statehouse. Priya Bush spoke. Bush left early. "
        "Fans of Real Oldcastle marched too.\n\nReal were held to a draw on Sunday."
    )
    assert "Teachers" not in found
    assert found["Bush"] == ("Priya Bush", "person")
    assert "Real" in found


def test_town_spelled_like_a_word_is_a_place_only_where_more_than_the_gazetteer_says_so():
    text = (
        "Containers: 1 Green, 1 Red.\n\nOrange contrast stitching is an option.\n\n"
        "BUFFALO, N.Y. \u2014 The visitor arrived in Florence this week. He leaves Florence "
        "on Monday."
    )
    found = mentions_of(text)
    assert "Green" not in found and "Orange" not in found
    assert found["BUFFALO"][1] == "place" and found["Florence"][1] == "place"
    florence = [m for m in find_mentions(text, EMPTY) if m.text == "Florence"]
    assert len(florence) == 2


def test_town_spelled_like_a_word_makes_no_name_in_a_title_case_headline():
    found = mentions_of(
        "Ruritania Ad Platform Names Mobile Marketing Pioneer Priya Raman Chief Officer\n\n"
        "Priya Raman joins from a rival firm."
    )
    assert "Mobile" not in found
    assert found["Priya Raman"][1] == "person"


def test_country_whose_first_word_is_a_nationality_is_one_place():
    found = mentions_of("The troops are based primarily in Saudi Arabia and Kuwait.")
    assert found["Saudi Arabia"] == ("Saudi Arabia", "place")
    assert "Saudi" not in found and "Arabia" not in found


def test_state_named_with_republic_of_a_country_is_a_place():
    found = mentions_of("Rebels advanced in the Democratic Republic of Congo on Monday.")
    assert found["Democratic Republic of Congo"][1] == "place"


def test_party_adjective_alone_is_no_organisation():
    found = mentions_of("Many Democratic senators backed the Democratic Party plan.")
    assert found["Democratic"][1] == "other"
    assert found["Democratic Party"][1] == "organisation"


def test_name_starting_with_capital_letters_is_a_body_not_a_person():
    found = mentions_of("He moved to OFK Kikinda last year. Prices of NSW Treasury bonds fell.")
    assert found["OFK Kikinda"][1] == "organisation"
    assert found["NSW Treasury"][1] == "organisation"


def test_name_starting_with_an_ordinary_word_is_no_person():
    found = mentions_of("The results, published by Nature Astronomy on Monday, were clear.")
    assert found["Nature Astronomy"][1] == "organisation"


def test_war_numbered_in_words_is_an_event():
    found = mentions_of("In World War Two the town was bombed.")
    assert found["World War Two"][1] == "event"


def test_name_before_news_agency_is_an_organisation():
    found = mentions_of("Seven people died, the Xinhua news agency said on Friday.")
    assert found["Xinhua"][1] == "organisation"


def test_town_in_a_report_of_sides_named_after_towns_is_a_side():
    text = (
        "Essex beat Kent by five wickets on Friday.\n"
        "Derbyshire will need another 148 runs on Monday (at Headingley, Leeds)."
    )
    found = mentions_of(text)
    assert found["Derbyshire"][1] == "organisation"
    assert found["Leeds"][1] == "place"
    elsewhere = mentions_of("Derbyshire will need more money for its roads, officials said.")
    assert elsewhere["Derbyshire"][1] == "place"


def test_unknown_word_starting_a_sentence_before_has_is_a_name():
    text = (
        "The ambassador testified on Tuesday. Sondland has emerged as a central figure. "
        "Nobody has seen the letter."
    )
    assert list(mentions_of(text)) == ["Sondland"]


def test_arabic_article_joined_by_a_hyphen_belongs_to_the_name():
    found = mentions_of("Thousands prayed at al-Aqsa on Friday. Police held Rami al-Saadani.")
    assert found["al-Aqsa"][1] == "place"
    assert found["Rami al-Saadani"][1] == "person"
    assert "Aqsa" not in found and "Saadani" not in found


@pytest.mark.parametrize("text", ["Top scorers: \n1 ", "Top scorers:\n1", "Results:\n\n7"])
def test_a_label_over_a_bare_number_ending_the_text_is_no_table(text):
    """A rank with no name after it, at the very end: found by the property test."""
    assert find_mentions(text, EMPTY) == ()


def test_a_sites_links_left_in_a_kept_line_name_nobody():
    found = mentions_of(
        "AutoIndustriya.com covers the auto industry of the Philippines. © 2019 AutoIndustriya.com,"
        " Inc. All Rights Reserved. About Us : Contact Us | Privacy Policy | Terms of Service."
        " Officials at the White House said the Apple Watch sold well."
    )
    for link in ("About Us", "Contact Us", "Privacy Policy", "Terms of Service"):
        assert link not in found, found
    assert found["White House"][1] == "organisation"
    assert "Philippines" in found


# -- short forms --------------------------------------------------------------------


def test_other_names_of_a_country_join_its_usual_name():
    text = "The U.K. and Britain's allies met. The United Kingdom said the US agreed."
    found = find_mentions(text, EMPTY)
    assert [(m.text, m.entity, m.type) for m in found] == [
        ("U.K.", "United Kingdom", "place"),
        ("Britain", "United Kingdom", "place"),
        ("United Kingdom", "United Kingdom", "place"),
        ("US", "United States", "place"),
    ]


def test_the_registry_names_a_country_its_own_way():
    registry = registry_of(RegistryEntry("Great Britain", "place", ("Britain", "UK")))
    found = find_mentions("Britain and the UK met.", registry)
    assert [m.entity for m in found] == ["Great Britain", "Great Britain"]


def test_surname_joins_full_name_named_earlier():
    found = find_mentions("Shinzo Abe arrived. Later Abe spoke.", EMPTY)
    assert [m.entity for m in found] == ["Shinzo Abe", "Shinzo Abe"]


def test_family_name_first_joins_full_name():
    found = find_mentions("State Councilor Yang Jiechi arrived. Yang said little.", EMPTY)
    assert [m.entity for m in found] == ["Yang Jiechi", "Yang Jiechi"]


def test_honorific_stays_in_the_mention_text():
    found = find_mentions("Taro Kono arrived. Mr Kono said little.", EMPTY)
    assert [(m.text, m.entity) for m in found] == [
        ("Taro Kono", "Taro Kono"),
        ("Mr Kono", "Taro Kono"),
    ]


def test_near_miss_spelling_is_flagged():
    found = find_mentions("Taro Kono arrived. Kano, the Japanese foreign minister, spoke.", EMPTY)
    kano = next(m for m in found if m.text == "Kano")
    assert kano.entity == "Taro Kono" and kano.probable_misspelling


def test_two_real_surnames_one_letter_apart_are_not_merged():
    found = find_mentions("Wang Yi met Yang Jiechi. Wang spoke, then Yang.", EMPTY)
    assert [m.entity for m in found] == ["Wang Yi", "Yang Jiechi", "Wang Yi", "Yang Jiechi"]
    assert not any(m.probable_misspelling for m in found)


def test_short_form_in_title_joins_the_name_in_the_body():
    annotation = annotate(article("Abe visits Ruritania", "Shinzo Abe arrived on Monday."), EMPTY)
    assert [(m.field, m.entity) for m in annotation.mentions if m.type == "person"] == [
        ("title", "Shinzo Abe"),
        ("body", "Shinzo Abe"),
    ]


def test_company_without_its_legal_suffix_is_the_same_company():
    found = find_mentions("Shares of Pirelli SpA gained. Later Pirelli said it would grow.", EMPTY)
    assert [(m.text, m.entity, m.type) for m in found] == [
        ("Pirelli SpA", "Pirelli SpA", "organisation"),
        ("Pirelli", "Pirelli SpA", "organisation"),
    ]


def test_a_firm_named_without_its_kind_is_the_same_firm():
    found = mentions_of("Emirates Airline ordered 30 jets. Emirates said the deal was good.")
    assert found["Emirates"] == ("Emirates Airline", "organisation")


def test_company_suffix_with_full_stops_makes_a_short_form():
    found = mentions_of("Shares of Cofinec S.A. plunged. Cofinec's receipts opened lower.")
    assert found["Cofinec"] == ("Cofinec S.A.", "organisation")


def test_headline_in_capitals_is_no_short_form_of_a_person():
    text = (
        "SOCCER - SMITH TO COACH NICE.\n"
        "NICE, France 1996-08-30\n"
        "John Smith is to coach French first division side Nice, the club said."
    )
    found = find_mentions(text, EMPTY)
    assert {(m.text, m.type) for m in found if m.entity == "Nice"} >= {("Nice", "organisation")}


# -- elided names ----------------------------------------------------------------------


def test_first_of_two_halves_before_one_head_stands_for_its_whole_name():
    text = (
        "News from China, Japan, North and South Korea, India. Envoys of East and West "
        "German towns met. Farmers of Upper and Lower Ruritania protested."
    )
    upper = RegistryEntry("Upper Ruritania", "place")
    found = find_mentions(text, registry_of(upper))
    named = {(m.text, m.entity, m.type) for m in found}
    assert ("North", "North Korea", "place") in named
    assert ("East", "East German", "other") in named
    assert ("Upper", "Upper Ruritania", "place") in named
    assert ("Japan", "Japan", "place") in named  # "Japan and South Korea" is no "Japan Korea"
    assert all(text[m.start : m.end] == m.text for m in found)


def test_first_half_takes_the_whole_name_the_article_gives():
    found = mentions_of(
        "The village of Upper Brannock held a fair. Farmers in Upper and Lower Brannock met."
    )
    assert found["Upper"] == ("Upper Brannock", "place")


def test_the_north_is_the_one_country_the_article_names_by_that_point():
    found = mentions_of("North Korea tested a missile. Talks on the participation of the North.")
    assert found["North"] == ("North Korea", "place")


def test_the_north_stays_as_printed_where_two_places_share_the_point():
    found = mentions_of(
        "North Korea tested a missile. A North Carolina senator spoke of the North."
    )
    assert found["North"][0] == "North"
    # a state is no country halved: "the South" is the region, not South Carolina
    found = mentions_of("South Carolina votes. Candidates toured the South.")
    assert found["South"][0] == "South"


def test_plural_of_a_divided_place_is_a_place():
    found = mentions_of(
        "The two Koreas restored the hotline. Sales grew in the Americas, the Carolinas "
        "and the Dakotas."
    )
    for name in ("Koreas", "Americas", "Carolinas", "Dakotas"):
        assert found[name] == (name, "place")


# -- roles and quotes ----------------------------------------------------------------


def test_title_before_a_name_is_a_role():
    annotation = annotate(article("Talks", "Chinese Foreign Minister Wang Yi met him."), EMPTY)
    assert [(r.person, r.role) for r in annotation.roles] == [
        ("Wang Yi", "Chinese Foreign Minister")
    ]


def test_apposition_is_a_role():
    annotation = annotate(
        article("Talks", "Qin Gang, China's Foreign Ministry spokesperson, said so."), EMPTY
    )
    assert ("Qin Gang", "China's Foreign Ministry spokesperson") in [
        (r.person, r.role) for r in annotation.roles
    ]


def test_quote_is_attributed_to_the_speaker_after_it():
    annotation = annotate(
        article("Talks", "Wang Yi arrived.", '"Relations are at a crucial stage," Wang added.'),
        EMPTY,
    )
    assert [(q.speaker, q.text) for q in annotation.quotes] == [
        ("Wang Yi", "Relations are at a crucial stage")
    ]


def test_quote_is_attributed_through_a_role():
    annotation = annotate(
        article(
            "Talks",
            "Chinese Foreign Minister Wang Yi arrived.",
            "“We will work for peace and stability,” the Chinese foreign minister said.",
        ),
        EMPTY,
    )
    assert [q.speaker for q in annotation.quotes] == ["Wang Yi"]


def test_scare_quotes_are_not_quotes():
    annotation = annotate(article("Talks", 'Shinzo Abe called them "martyrs", Abe said.'), EMPTY)
    assert annotation.quotes == ()


# -- properties ------------------------------------------------------------------------


# Every text of up to three of these, joined by a space, a line break, a blank
# line or a tab: the shapes of tables and lists, which random characters seldom
# spell ("Top scorers:\n1" once raised IndexError).
_TABLE_WORDS = (
    "Top scorers:",
    "Results:",
    "1",
    "7.",
    "Kono",
    "Kyle Busch",
    "Jr.",
    ",",
    "(",
    "said",
)
_TABLE_GAPS = (" ", "\n", "\n\n", "\t")


def test_every_short_text_shaped_as_a_table_annotates_and_its_mentions_index_it():
    for length in (1, 2, 3):
        for words in itertools.product(_TABLE_WORDS, repeat=length):
            for gaps in itertools.product(_TABLE_GAPS, repeat=length - 1):
                joined = zip(gaps, words[1:], strict=True)
                text = words[0] + "".join(gap + word for gap, word in joined)
                for mention in find_mentions(text, EMPTY):
                    assert text[mention.start : mention.end] == mention.text, text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab Cd. Ef's (GH) \n“”-,iJ Kono Mr 12"), max_size=120))
def test_mentions_always_index_the_text_and_are_ordered(text):
    found = find_mentions(text, registry_of(SENKAKU, US))
    for mention in found:
        assert (
            text[mention.start : mention.end] == mention.text
            and mention.text.strip() == mention.text
            and mention.entity
        )
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_same_input_gives_the_same_mentions():
    text = "Shinzo Abe met Wang Yi in Beijing. Abe said the Japanese side agreed."
    assert find_mentions(text, EMPTY) == find_mentions(text, EMPTY)


def test_a_full_stop_after_a_digit_a_bracket_or_a_quote_ends_the_sentence():
    found = mentions_of(
        "The gala is on May 2. The band will play. He was sacked (twice). "
        "It happened again. She said it was “over”. But Kenji Ito stayed."
    )
    assert "The" not in found and "It" not in found and "But" not in found
    assert found["Kenji Ito"] == ("Kenji Ito", "person")


def test_a_function_word_alone_is_never_a_name_even_mid_sentence():
    found = mentions_of("The update came The next day. We were told We’d wait for Anna Brandt.")
    assert set(found) == {"Anna Brandt"}


def test_a_name_may_still_begin_with_a_function_word():
    found = mentions_of("Talks were held in The Hague on Monday.")
    assert "The Hague" in found


def test_an_institution_named_with_and_is_one_name():
    found = mentions_of(
        "The Securities and Exchange Commission and the Food and Drug Administration met."
    )
    assert found["Securities and Exchange Commission"][1] == "organisation"
    assert found["Food and Drug Administration"][1] == "organisation"


def test_two_names_joined_by_and_stay_two():
    found = mentions_of(
        "Kenji Ito met Wang and Foreign Ministry officials. Police and Army units left."
    )
    assert "Foreign Ministry" in found and "Army" in found
    assert not any(" and " in name or name.startswith("and") for name in found)


def test_institution_named_with_and_and_of_is_one_name():
    found = mentions_of("The band entered the Country and Western Hall of Fame in March.")
    assert found["Country and Western Hall of Fame"][1] == "organisation"


def test_surname_before_of_and_a_place_stays_apart_from_the_place():
    found = mentions_of("Helen Hall of Kenya won the final.")
    assert "Helen Hall" in found and found["Kenya"][1] == "place"


def test_title_case_title_in_quotation_marks_is_one_title():
    found = mentions_of("The choir closed with “Marching Down to the River.” Fans left.")
    assert found == {"Marching Down to the River": ("Marching Down to the River", "other")}


def test_quoted_speech_is_no_title():
    found = mentions_of("“Save our parks for the Children,” they chanted.")
    assert "Save our parks for the Children" not in found


def test_words_run_together_make_no_person():
    found = mentions_of("The ZetaPad Pro and KiloBank came up, said DeShawn Miles and Ian McCall.")
    assert found["ZetaPad Pro"][1] == "other" and found["KiloBank"][1] == "organisation"
    assert found["DeShawn Miles"][1] == "person" and found["Ian McCall"][1] == "person"


def test_product_heads_and_ordinary_last_words_make_no_person():
    found = mentions_of("Its keyboard is quiet. The Glow Bar and a Quartz Keyboard are new.")
    assert found["Glow Bar"][1] == "other" and found["Quartz Keyboard"][1] != "person"


def test_english_noun_ending_a_name_makes_no_person_unless_a_given_name_starts_it():
    found = mentions_of(
        "Disney streams films from Zorvex Animation. Vantrel Reporter ran the story. "
        "Rose Baker and Vantrel Smith spoke. It rained in Zorbix Harbour."
    )
    assert found["Zorvex Animation"][1] == "organisation"
    assert found["Vantrel Reporter"][1] == "organisation"
    assert found["Rose Baker"][1] == "person"  # a given name outweighs the noun
    assert found["Vantrel Smith"][1] == "person"  # a family name is no common word


def test_an_english_word_that_is_a_family_name_too_ends_a_persons_name():
    found = mentions_of("Tiger Woods won the title. Zorvex Animation made the film.")
    assert found["Tiger Woods"][1] == "person"
    assert found["Zorvex Animation"][1] == "organisation"


def test_a_plural_noun_ending_a_name_names_members_not_a_person():
    found = mentions_of(
        "The Virginia Democrats won a majority. Dallas Cowboys fans cheered. "
        "Bobby Sands died in the Maze. Mike Zorvex and Tony Brooks spoke."
    )
    assert found["Virginia Democrats"][1] == "organisation"
    assert found["Dallas Cowboys"][1] == "organisation"
    assert found["Bobby Sands"][1] == "person"  # a given name outweighs the plural
    assert found["Tony Brooks"][1] == "person"  # a family name, not a plural


def test_a_rare_given_name_that_is_a_word_before_a_word_is_no_persons():
    found = mentions_of(
        "She works at NASA's Jet Propulsion Laboratory in California. Chip Kelly and "
        "Grace Baker agreed."
    )
    assert found["Jet Propulsion Laboratory"][1] == "organisation"
    assert found["Chip Kelly"][1] == "person"  # a family name after the word
    assert found["Grace Baker"][1] == "person"  # a given name many peoples have


def test_a_bodys_head_used_alone_names_the_one_body_it_heads():
    found = mentions_of(
        "The San Francisco Chronicle reported the arrest. Police told the Chronicle more."
    )
    assert found["Chronicle"] == ("San Francisco Chronicle", "organisation")
    shared = mentions_of(
        "The Zorvex Council met the Vantrel Council. Later the Council voted on it."
    )
    assert shared.get("Council", ("Council", ""))[0] == "Council"  # two bodies: neither


def test_a_countrys_code_or_an_acronym_and_an_acronym_name_a_body():
    found = mentions_of("It is more generous than the US EPA test, the agency says. KZV TVR too.")
    assert found["US EPA"][1] == "organisation"
    assert found["KZV TVR"][1] == "organisation"  # two acronyms: a body's, as "CBS DFW"


def test_model_numbers_and_inner_acronyms_make_no_person():
    found = mentions_of("The Zorvex A350 flew. Its Vantrel X4 app, Kelvar SA and Ultra HD too.")
    assert found["Zorvex A350"][1] == "other"
    assert found["Vantrel X4"][1] == "other"
    assert found["Kelvar SA"][1] == "organisation"
    assert found["Ultra HD"][1] != "person"


def test_number_after_a_name_in_running_text_makes_a_model_not_a_person():
    found = mentions_of(
        "Buy the $49 Zorvex Kelbridge 2 to Kelbridge 3 adapter. Tarnik Vozel 10-0-50-0 bowled."
    )
    assert found["Zorvex Kelbridge"][1] == "other"
    assert found["Tarnik Vozel"][1] == "person"  # a bowler's figures, no model's number


def test_company_named_alone_is_no_short_form_of_its_product():
    found = find_mentions(
        "Zorvex has unveiled a laptop. The $49 Zorvex Kelbridge 2 to Kelbridge 3 adapter is "
        "extra. Zorvex said it ships in May, and Zorvex TV streams its launch.",
        EMPTY,
    )
    assert {(m.entity, m.type) for m in found if m.text == "Zorvex"} == {("Zorvex", "organisation")}


def test_maker_and_product_each_named_alone_make_no_person():
    found = find_mentions(
        "Vantrel Quaso arrives with few features. Quaso streams games to phones. "
        "Vantrel said Quaso would improve. Is Vantrel Quaso the future?",
        EMPTY,
    )
    assert {(m.text, m.entity, m.type) for m in found} == {
        ("Vantrel Quaso", "Vantrel Quaso", "other"),
        ("Quaso", "Quaso", "organisation"),
        ("Vantrel", "Vantrel", "organisation"),
    }


def test_word_starting_names_of_things_is_a_maker_whatever_it_said():
    found = mentions_of("Kelvar TV launched on Monday. Kelvar said sales rose.")
    assert found["Kelvar"] == ("Kelvar", "organisation")


def test_english_word_alone_is_no_given_name_of_a_person_named_by_shape_only():
    found = find_mentions(
        "Copper sold more phones. The Copper Vexley adapter is new. Copper expects growth.",
        EMPTY,
    )
    assert {m.entity for m in found if m.text == "Copper"} == {"Copper"}


def test_first_word_alone_still_names_people_the_gazetteer_does_not_know():
    found = find_mentions(
        "Tarnik Vozel won the final. Tarnik beat Eyles. Qin Gang spoke. Qin left. "
        "Moon Jae-in spoke. Moon left.",
        EMPTY,
    )
    assert [(m.text, m.entity) for m in found if m.text in ("Tarnik", "Qin", "Moon")] == [
        ("Tarnik", "Tarnik Vozel"),
        ("Qin", "Qin Gang"),
        ("Moon", "Moon Jae-in"),
    ]


def test_a_short_form_of_a_given_name_alone_names_the_person_of_its_full_form():
    found = mentions_of(
        "James Hansen said the models were wrong. Much of Jim's analysis is credible, "
        "writes Michael Oppenheimer. Robert Vexley agreed, and Bob said so twice."
    )
    assert found["Jim"] == ("James Hansen", "person")
    assert found["Bob"] == ("Robert Vexley", "person")
    # a short form that is an English word stays one: the Bill is no William's
    found = mentions_of("William Hague spoke on Monday. The Bill was passed on Tuesday.")
    assert "Bill" not in found or found["Bill"][0] != "William Hague"


def test_a_sentence_starts_after_a_dash_typed_as_two_hyphens():
    found = mentions_of("(CNN) -- The Pennsylvania official was just talking about one area.")
    assert found["Pennsylvania"] == ("Pennsylvania", "place")
    assert "The Pennsylvania" not in found


@pytest.mark.parametrize(
    "name",
    [
        "Centers for Disease Control and Prevention",
        "Office of Management and Budget",
        "Department of Housing and Urban Development",
        "Center for Strategic and International Studies",
        "Department of Health and Social Care",
    ],
)
def test_an_agency_named_for_two_things_joined_by_and_is_one_name(name):
    assert mentions_of(f"A report by the {name} was released on Monday.")[name][1] == (
        "organisation"
    )


def test_and_after_a_place_a_department_or_before_a_body_parts_two_names():
    found = mentions_of(
        "The Bank of England and Barclays agreed. The Department of Justice and Treasury "
        "agreed. The Ministry of Defence and Foreign Office agreed."
    )
    assert {"Bank of England", "Department of Justice", "Ministry of Defence"} <= found.keys()


def test_a_storms_name_alone_is_the_storm_unless_a_person_bears_it():
    found = mentions_of("Hurricane Ian hit Florida on Wednesday. Ian weakened later.")
    assert found["Ian"] == ("Hurricane Ian", "event")
    found = mentions_of("Hurricane Ian hit Florida. Ian Vexley said so. Ian left.")
    assert found["Ian"] == ("Ian Vexley", "person")


def test_an_abbreviated_point_of_the_compass_names_the_place_in_full():
    found = mentions_of("N. Korea slammed S. Korea. North Korea warned South Korea.")
    assert found["N. Korea"] == found["North Korea"] == ("North Korea", "place")
    assert found["S. Korea"] == ("South Korea", "place")


def test_products_named_every_day_are_things_and_iphone_is_a_name():
    found = mentions_of(
        "The new MacBook has Wi-Fi and Bluetooth, and works with AirPods. Apple said the "
        "iPhone sold well. Sellers on eBay rose."
    )
    for name in ("MacBook", "Wi-Fi", "Bluetooth", "AirPods", "iPhone"):
        assert found[name][1] == "other", name
    assert found["eBay"][1] == "organisation"


def test_a_word_labelling_a_number_is_no_name_but_a_players_is():
    found = mentions_of(
        "The Browns' Week 11 game was lost. Day 3, Part 10 began. Get 45% Off 65 TVs."
    )
    assert not {"Week", "Part", "Off"} & found.keys()
    assert "Law" in mentions_of("Bowling: Jane Vexley 5-1-36-1, Law 2-0-23-0, Smith 9-0-44-1.")


def test_covid_however_printed_is_one_thing():
    found = mentions_of("The COVID-19 pandemic hit hard. Cases of Covid rose. Covid-19 spread.")
    assert {found[name] for name in ("COVID-19", "Covid", "Covid-19")} == {("COVID-19", "other")}


def test_letters_set_against_an_ampersand_name_a_firm():
    found = mentions_of("S&P cut its rating on Monday. Shares of AT&T and H&M rose.")
    assert {name: found[name][1] for name in ("S&P", "AT&T", "H&M")} == dict.fromkeys(
        ("S&P", "AT&T", "H&M"), "organisation"
    )


def test_sides_named_with_a_club_word_a_number_or_a_brand_are_found_whole():
    found = mentions_of(
        "Real Madrid beat Barcelona 2-1 on Sunday. The Chiefs beat the San Francisco 49ers. "
        "Max Verstappen won for Red Bull."
    )
    for name in ("Real Madrid", "San Francisco 49ers", "Red Bull"):
        assert found[name][1] == "organisation", name
    assert "Real Estate" not in mentions_of("Real Estate prices rose on Monday.")


def test_drew_and_lost_are_a_result_only_before_one():
    found = mentions_of("The Super Bowl and the World Series drew crowds.")
    assert found["World Series"][1] == "event"
    found = mentions_of("Essex drew with Kent on Monday. Leeds lost 2-1 to Vexford.")
    assert found["Essex"][1] == found["Leeds"][1] == "organisation"


def test_ok_in_capitals_is_no_name_but_after_a_town():
    assert "OK" not in mentions_of("I made sure my kids were OK, Jane Doe said.")
    assert mentions_of("She lives in Tulsa, OK, with her family.")["OK"][1] == "place"


def test_a_side_named_after_a_state_and_its_part_stays_a_side():
    found = mentions_of("Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday.")
    assert found["Eastern Michigan"][1] == found["Northern Illinois"][1] == "organisation"


def test_an_item_numbered_in_a_sentence_starts_like_a_sentence():
    found = mentions_of(
        "Our favourite ways to eat eggs are: 1) Deviled, 2) Scotch, 3) Scrambled, 4) Boiled. "
        "The winners were: 1) Toyota, 2) Honda."
    )
    assert not {"Deviled", "Scrambled", "Boiled"} & found.keys()
    assert {"Toyota", "Honda"} <= found.keys()


def test_two_names_the_article_gives_apart_joined_by_a_hyphen_are_two_mentions():
    found = find_mentions(
        "Justice Samuel Alito questioned Elizabeth Prelogar. There were several "
        "Alito-Prelogar moments. Israel struck after Hamas attacked; the Israel-Hamas war "
        "went on. German and Israeli officials spoke of German-Israeli ties. Vexco and "
        "Tarbel merged into Vexco-Tarbel. Mercedes-Benz sold more cars.",
        EMPTY,
    )
    named = [(m.text, m.entity) for m in found]
    assert ("Alito", "Samuel Alito") in named and ("Prelogar", "Elizabeth Prelogar") in named
    assert [text for text, _ in named].count("Hamas") == 2
    # two nationalities, two firms and a pair not named apart stay one name
    assert {"German-Israeli", "Vexco-Tarbel", "Mercedes-Benz"} <= {text for text, _ in named}


def test_name_after_the_is_no_person():
    found = mentions_of("Fans cheered the Harbor Gulls all night.")
    assert found["Harbor Gulls"][1] == "organisation"


def test_to_and_from_make_no_place():
    found = mentions_of("A letter from Zorbix went to Vantrel.")
    assert found["Zorbix"][1] == "organisation" and found["Vantrel"][1] == "organisation"


def test_founder_after_a_name_makes_an_organisation():
    found = mentions_of("She worked at Zorbix. Zorbix founder Anna Brandt spoke.")
    assert found["Zorbix"][1] == "organisation"


def test_word_capitalised_only_where_a_sentence_starts_before_small_letters_is_no_name():
    found = mentions_of(
        "Based on the data, rates rose. Angry voters marched. Zorbix has grown, "
        "and analysts like Zorbix. Brandt said so. Kelvar Motors rose. Kelvar has grown."
    )
    assert "Based" not in found and "Angry" not in found
    assert "Zorbix" in found and "Brandt" in found and "Kelvar" in found


def test_town_named_like_an_ordinary_word_is_no_name_where_capitals_prove_nothing():
    found = mentions_of("Young Voters Must Be Heard, Envoy Says\n\nThe envoy spoke in Geneva.")
    assert "Young" not in found and "Geneva" in found


def test_named_day_is_one_event():
    found = mentions_of("Sales rose on Black Friday, and again on Monday.")
    assert found == {"Black Friday": ("Black Friday", "event")}


def test_possessive_of_an_ordinary_word_joins_an_institution():
    found = mentions_of(
        "The People’s Defence Union met at Ruritania’s Grand Hotel, "
        "near Vantrel University’s Folk Music Institute."
    )
    assert found["People’s Defence Union"][1] == "organisation"
    assert "Ruritania" in found and "Grand Hotel" in found
    assert "Vantrel University" in found and "Folk Music Institute" in found


def test_ordinary_word_alone_is_no_name_unless_it_names_someone():
    found = mentions_of(
        "Share All options. Click More for details. “Hey, look,” she said. "
        "Peter Such bowled well and the captain praised Such again."
    )
    assert "All" not in found and "More" not in found and "Hey" not in found
    assert found["Such"] == ("Peter Such", "person")


def test_an_english_word_against_more_words_of_a_name_is_no_name_alone():
    found = mentions_of(
        "They include Attack on Titan: Final Battle 2 and Spider on the Bridge. She walked "
        "down 6th Avenue with a Dell eGift Card. Analysts cited the Nation of Islam, "
        "the Commission on Presidential Debates and Red Star."
    )
    pieces = ("Attack", "Battle", "Spider", "Avenue", "Card", "Nation", "Commission", "Star")
    assert not set(pieces) & set(found)
    assert "Titan" in found and "Dell" in found


def test_a_team_or_a_name_split_off_a_nationality_is_kept_though_an_english_word():
    found = mentions_of(
        "The New York Yankees beat the Angels 6-2. Stottlemyre of the Cardinals led the "
        "National League. Broncos vs. Raiders at Mile High Stadium. He spoke of the Muslim "
        "Brotherhood, and Mobil, Shell and Caltex bid."
    )
    for team in ("Angels", "Cardinals", "Raiders", "Muslim Brotherhood", "Shell"):
        assert team in found, team


def test_an_organisation_named_for_its_field_is_one_name():
    found = mentions_of("Aseem Prakash directs the Center for Environmental Politics in Seattle.")
    assert found["Center for Environmental Politics"][1] == "organisation"


def test_an_adverb_starting_a_sentence_is_no_name():
    found = mentions_of("Sign up for a free trial. Afterwards you'll pay $6.99 a month.")
    assert "Afterwards" not in found


def test_a_quotation_of_speech_starts_a_sentence_and_a_quoted_title_stays_whole():
    found = mentions_of(
        "Teachers chanted “Fund our schools,” and “Put kids first,” outside. "
        "She sang “No Place Like Home” in Glasgow."
    )
    assert "Fund" not in found and "Put" not in found
    assert found["No Place Like Home"][1] == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The state’s new slogan, “Cheese, we’re on it,” drew laughs.",
        'The state\'s new slogan, "Cheese, we are on it," drew laughs.',
        'The state\'s new slogan, "Cheese. We Are On It," drew laughs.',
    ],
)
def test_a_quotation_opening_on_a_word_and_a_comma_or_a_stop_is_speech(sentence):
    assert "Cheese" not in mentions_of(sentence)


def test_a_title_quoted_before_the_full_stop_stays_a_name():
    found = mentions_of('He saw the film "Titanic." It ran for three hours in Glasgow.')
    assert "Titanic" in found


def test_head_of_a_department_is_a_title():
    found = mentions_of("Anna Brandt, Head of Sales at Zorbix, spoke.")
    assert "Head" not in found and found["Anna Brandt"][1] == "person"


def test_acronyms_of_common_nouns_are_no_names_and_a_ceo_is_a_title():
    found = find_mentions("Acme CEO Jane Doe said the new TV and the PC sold well.", EMPTY)
    assert [(m.text, m.type) for m in found] == [("Acme", "organisation"), ("Jane Doe", "person")]


def test_capitals_of_a_line_in_another_language_make_no_names():
    text = (
        "Receba em seu email nosso guia “As Cinco Etapas para Ler em Casa”, completo e "
        "totalmente gratuito para introduzir seus filhos no mundo da leitura.\n\n"
        "Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger schon "
        "ab dem nächsten Sommer gelten sollen.\n\n"
        "Taro Kono met Wang Yi in Beijing on Sunday."
    )
    found = find_mentions(text, EMPTY)
    assert [m.text for m in found] == ["Taro Kono", "Wang Yi", "Beijing"]


def test_devices_and_products_are_things_not_people():
    text = "Apple showed the Mac Pro. The Hubble Space Telescope and the Nintendo Switch sold."
    found = mentions_of(text)
    assert {name: found[name][1] for name in ("Mac Pro", "Hubble Space Telescope")} == {
        "Mac Pro": "other",
        "Hubble Space Telescope": "other",
    }
    assert found["Nintendo Switch"][1] == "other"


def test_given_name_that_is_a_nationality_or_country_starts_a_persons_name():
    assert mentions_of("The coach picked Christian Volkaert.")["Christian Volkaert"][1] == "person"
    assert mentions_of("The Indians started Chad Morvet.")["Chad Morvet"][1] == "person"
    # after an article it is the nationality of an institution
    found = mentions_of("Rates rose after the German Bundesbank met.")
    assert found["German"][1] == "other" and found["Bundesbank"][1] == "organisation"


def test_nationality_before_a_ministry_named_after_its_portfolio_is_its_own_mention():
    found = mentions_of("Italian Interior Ministry officials said the border was closed.")
    assert found == {
        "Italian": ("Italian", "other"),
        "Interior Ministry": ("Interior Ministry", "organisation"),
    }


def test_initial_i_starts_a_name_in_a_scorecard():
    found = mentions_of("Hove: Sussex 363 (W. Athey 111, I. Varnell 4-37), Lancashire 197-8.")
    assert found["I. Varnell"][1] == "person" and "Varnell" not in found


def test_legal_form_before_and_ends_a_company_name():
    found = mentions_of("It competes with Varrow Controls Inc and Lenmark Corp in Europe.")
    assert found["Varrow Controls Inc"][1] == "organisation" and "Lenmark Corp" in found


def test_name_after_and_starting_with_the_same_word_is_a_second_name():
    text = "Next week Kestrel Electric Power and Kestrel International Airport will launch bonds."
    assert {"Kestrel Electric Power", "Kestrel International Airport"} <= set(mentions_of(text))


def test_event_and_geographic_heads_take_of_and_type_the_name():
    assert mentions_of("She won the Tour of Varnland.") == {
        "Tour of Varnland": ("Tour of Varnland", "event")
    }
    assert mentions_of("Ships crossed the Strait of Hormuz.")["Strait of Hormuz"][1] == "place"


def test_hyphenated_rank_is_a_title_before_the_name():
    found = mentions_of("The commander, Major-General Ivan Dorokhov, took journalists there.")
    assert found == {"Ivan Dorokhov": ("Ivan Dorokhov", "person")}


def test_name_of_no_town_in_a_line_of_scores_is_a_side():
    found = mentions_of("Results on Saturday:\nPartick Vale 2 Greystone 0\nDunmore 1 Carrow 1")
    assert found["Partick Vale"][1] == "organisation"


def test_town_opening_a_line_of_results_before_a_colon_is_the_venue():
    text = (
        "Scores on Friday:\nLeicester: Leicestershire beat Somerset by 39 runs.\n"
        "Hove: Sussex 363, Lancashire 197-8."
    )
    found = mentions_of(text)
    assert found["Leicester"][1] == "place" and found["Hove"][1] == "place"
    assert found["Sussex"][1] == "organisation"


def test_single_names_listed_with_people_are_surnames():
    found = mentions_of("The team is as follows:\nKenton, Barrow, Staunton, McAteer, O'Dwyer.")
    assert {found[name][1] for name in ("Kenton", "Barrow", "Staunton")} == {"person"}


def test_one_band_among_singers_leaves_the_single_names_people():
    found = mentions_of(
        "Her favourite artists are Bob Marlow, Bruno Marsden, Dravik, The Eagles, Zendo."
    )
    assert found["Dravik"][1] == found["Zendo"][1] == "person"
    assert found["The Eagles"][1] == "organisation"


def test_a_list_mostly_of_names_of_no_kind_beside_a_body_is_not_of_people():
    found = mentions_of(
        "The sponsors are Bob Marlow, Bruno Marsden, Dravik, Zendo, Quorvane, The Eagles."
    )
    assert found["Dravik"][1] != "person" and found["Quorvane"][1] != "person"


def test_industry_word_ends_a_company_name():
    found = mentions_of("Daniels Pharmaceuticals makes drugs for the heart.")
    assert found["Daniels Pharmaceuticals"][1] == "organisation"


def test_dictionary_word_alone_at_a_line_start_is_no_name():
    found = mentions_of("Zorvana Holdings reported results.\nRevenue 120 130\nExtras 15")
    assert "Revenue" not in found and "Extras" not in found


def test_names_after_dismissals_on_a_scorecard_are_people():
    found = mentions_of("Batting:\nJ. Kettering c Vandorp b Halloway 12\nP. Oxley lbw b Trenmore 4")
    assert {found[name][1] for name in ("Vandorp", "Halloway", "Trenmore")} == {"person"}


def test_nationality_hyphened_to_a_word_is_one_adjective():
    found = mentions_of("The Brazilian-born striker scored twice in Kurdish-controlled towns.")
    assert found["Brazilian-born"][1] == "other" and "Brazilian" not in found
    assert "Kurdish-controlled" in found


def all_mentions_of(text: str) -> list[tuple[str, str]]:
    """(mention text, type) of every mention, in order."""
    return [(m.text, m.type) for m in find_mentions(text, EMPTY)]


def test_sport_opening_a_capitals_headline_is_its_section_not_a_name():
    found = mentions_of(
        "TENNIS - KOVALENKA BEATS ZAMORRA IN FINAL.\n"
        "Ilse Kovalenka won the Harbourside Tennis Championships on Sunday."
    )
    assert "TENNIS" not in found and "KOVALENKA" in found


def test_town_of_a_side_after_a_place_preposition_is_the_town():
    found = all_mentions_of(
        "Leeds 3 Wigan 2\nIn Leeds, Tom Halloway scored twice.\nLeeds lost for the ninth time."
    )
    assert ("Leeds", "place") in found and ("Leeds", "organisation") in found


def test_town_with_a_result_of_its_own_is_a_side_despite_its_head():
    found = mentions_of("Results on Friday:\nDetroit 4 Kansas City 1\nBoston 5 Seattle 2")
    assert found["Kansas City"][1] == "organisation"


def test_state_after_a_dateline_town_is_a_place():
    found = all_mentions_of(
        "ARLINGTON, Texas 1996-08-31\n"
        "Texas beat Cleveland 5-3, and Texas manager Johnny Oates smiled."
    )
    assert found[1] == ("Texas", "place")


def test_time_zone_after_a_clock_time_is_no_organisation():
    found = mentions_of("The shares rose to 2,555 lire by 1350 GMT in an easier Milan market.")
    assert found["GMT"][1] == "other"


def test_capitals_of_a_dateline_are_its_town_with_nothing_else_to_confirm_them():
    found = mentions_of("VAL DORANO, N.H. 1996-08-30\nAn explosion killed two people on Friday.")
    assert found["VAL DORANO"][1] == "place" and found["N.H."][1] == "place"


def test_news_desk_signing_a_report_is_an_organisation():
    found = mentions_of("Crude oil fell.\n-- Jim Ballantyne, Harbourside Newsroom +44 171 542 8062")
    assert found["Harbourside Newsroom"][1] == "organisation"


def test_name_whose_last_word_is_used_alone_of_a_person_is_a_person():
    text = (
        "Wimbledon finalist KaVelo Washington was not so fortunate on Thursday.\n"
        '"I kept fighting," said Washington.'
    )
    found = mentions_of(text)
    assert found["KaVelo Washington"] == ("KaVelo Washington", "person")
    assert found["Washington"] == ("KaVelo Washington", "person")


def test_words_run_together_still_name_a_company():
    found = mentions_of("AstraZeneca and GlaxoSmithKline reported higher profits on Friday.")
    assert found["AstraZeneca"][1] == found["GlaxoSmithKline"][1] == "organisation"


def test_region_the_article_sets_as_a_place_is_no_surname():
    text = 'Troops marched in Washington. KaVelo Washington spoke. "It is over," said Washington.'
    found = mentions_of(text)
    assert found["Washington"] == ("Washington", "place")


def test_region_after_in_before_a_possessive_may_still_be_a_surname():
    text = (
        "Director Neil Washington presented his film. The lead role in Washington's film "
        'went to a newcomer. "It was hard," Washington said.'
    )
    assert mentions_of(text)["Washington"] == ("Neil Washington", "person")


def test_speaker_after_a_quotation_an_age_or_a_relative_is_a_person():
    found = mentions_of(
        '"We will win," said Tarvosk. The 26-year-old Orvelle and his sister Lanta came.'
    )
    assert {found[name][1] for name in ("Tarvosk", "Orvelle", "Lanta")} == {"person"}


def test_an_age_before_a_place_that_qualifies_a_person_is_the_persons():
    found = mentions_of(
        "A 25-year-old Dallas man and an 8-year-old Fort Worth girl were hurt, "
        "and the 19-year-old Boston native was held."
    )
    assert {found[name][1] for name in ("Dallas", "Fort Worth", "Boston")} == {"place"}


def test_an_age_before_a_place_that_qualifies_a_noun_of_people_is_theirs():
    found = mentions_of("A 45-year-old Chicago police officer was charged on Friday.")
    assert found["Chicago"][1] == "place"


def test_an_age_before_a_name_that_a_verb_follows_is_still_the_persons():
    found = mentions_of("The 26-year-old Tarvosk beat fellow driver Orvelle on Sunday.")
    assert found["Tarvosk"][1] == "person"


def test_a_craft_or_a_work_named_before_its_noun_is_no_person():
    found = mentions_of(
        "The Europa Clipper mission will study the moon. "
        "Fans queued for the new Star Trek series on Friday."
    )
    assert found["Europa Clipper"][1] == found["Star Trek"][1] == "other"


def test_a_person_before_a_noun_of_a_work_stays_a_person():
    found = mentions_of("She saw a Woody Allen film. Woody Allen was not there.")
    assert found["Woody Allen"][1] == "person"


def test_a_common_english_word_first_starts_no_persons_name():
    found = mentions_of("Players waited for Mortal Kombat and Farming Simulator this year.")
    assert found["Mortal Kombat"][1] == found["Farming Simulator"][1] == "organisation"


def test_a_nickname_before_a_family_name_stays_a_person():
    found = mentions_of("Fans cheered as Tiger Woods and Magic Johnson arrived on Sunday.")
    assert found["Tiger Woods"][1] == found["Magic Johnson"][1] == "person"


def test_a_product_after_its_maker_is_a_thing_whatever_word_starts_it():
    found = mentions_of("Google unveiled Google Stadia. Stadia streams games, Google said.")
    assert found["Google Stadia"][1] == "other"


def test_an_english_noun_alone_that_speaks_is_an_organisation():
    # at a sentence's start, where a capital proves nothing, and inside one
    assert mentions_of("Apple said on Tuesday it would cut prices.")["Apple"][1] == "organisation"
    assert mentions_of("Prices fell, Apple said.")["Apple"][1] == "organisation"


def test_a_family_name_or_a_plural_that_speaks_is_no_organisation():
    found = mentions_of("Prices fell, Cook said. Analysts said the deal was done.")
    assert found["Cook"][1] == "person"
    assert "Analysts" not in found


def test_a_name_that_speaks_of_its_own_is_an_organisation():
    found = mentions_of("Prices fell on Friday. Zorvane said its sales rose.")
    assert found["Zorvane"][1] == "organisation"


def test_a_possessive_printed_as_a_name_is_part_of_it():
    found = mentions_of(
        "The acquisition of Velmar's Bancshares Inc. by Norbank Corp. was agreed. "
        "Velmar's was the prize. Analysts liked Velmar's stock. Moody's said it cut the rating."
    )
    assert found["Velmar's Bancshares Inc."][1] == "organisation"
    assert found["Velmar's"][1] == found["Moody's"][1] == "organisation"
    assert "Velmar" not in found and "Moody" not in found


def test_an_owners_possessive_stays_outside_the_name():
    found = mentions_of(
        "Voters heeded Yasser Arafat's call. Arafat's aides met (Tarvosk's) envoy. He saw "
        "Trump's car and Biden's, Obama's and Carter's plans."
    )
    assert {"Yasser Arafat", "Arafat", "Tarvosk", "Trump", "Biden"} <= found.keys()
    assert not any(name.endswith("'s") for name in found)


def test_a_line_of_names_and_scores_is_no_headline():
    found = mentions_of("Third place:\nVarna (Bulgaria) 75 Blue Star (Serbia) 70 (42-41)")
    assert "Blue Star" in found


def test_a_common_word_that_only_starts_sentences_is_no_name():
    found = mentions_of("Sadly, the match was lost. Fifty people came to see it.")
    assert "Sadly" not in found and "Fifty" not in found


def test_a_common_word_capitalised_with_nothing_to_name_it_is_no_name():
    found = mentions_of(
        "12) Roger Waters - The Wall (DVD)\n\n"
        "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.\n\n"
        "It spun between the canals. Only then did Light effects give the illusion."
    )
    assert "Roger Waters" in found
    assert not {"Wall", "Red", "Light"} & found.keys()


def test_a_common_word_stays_a_name_where_the_article_prints_it_longer():
    found = mentions_of("Red Star Belgrade won. Fans of Red cheered the win on Sunday.")
    assert "Red Star Belgrade" in found and "Red" in found


def test_the_capitals_of_a_web_address_name_nothing():
    found = mentions_of(
        "Ward ranked first among 127 at Zorvex pic.twitter.com/I8NWz4blQC\n\n"
        "See https://amzn.to/2A5qzvO and www.example.com/Kelvar/Zorvex for Kelvar Motors."
    )
    assert found.keys() == {"Ward", "Zorvex", "Kelvar Motors"}


GERMAN_BODY = (
    "Die elektronische Patientenakte soll die Versorgung verbessern, doch der Weg dorthin "
    "ist lang. Viele Kliniken arbeiten noch mit analogen Prozessen, und die Vernetzung der "
    "Systeme bleibt schwierig.\n\nFazit\n\nNach Angaben der Krankenkasse nutzen bisher nur "
    "wenige Versicherte die neue Anwendung. Die Daten werden verschlüsselt gespeichert, und "
    "jeder Zugriff wird protokolliert. Kritiker bemängeln fehlende Standards und hohe Kosten "
    "für die Praxen, sagte ein Sprecher in Berlin.\n\nDie Ärzte sollen künftig alle Befunde, "
    "Arztbriefe und Medikationspläne hochladen können. Bislang fehlt dafür jedoch eine "
    "einheitliche Schnittstelle, weshalb viele Hersteller eigene Lösungen entwickeln.\n\n"
    "Absatz drei regelt die Einzelheiten."
)


def test_in_a_text_in_another_language_capitals_name_nothing_but_the_registry_does():
    berlin = RegistryEntry("Berlin", "place", ())
    found = mentions_of(GERMAN_BODY, registry_of(berlin))
    # the short lines too: "Fazit" and "Absatz drei ..." have too few words to tell alone
    assert found == {"Berlin": ("Berlin", "place")}
    annotation = annotate(article("Der lange Marsch der Patientenakte", GERMAN_BODY), EMPTY)
    assert not annotation.mentions  # the title is in the body's language


def test_english_names_under_a_few_foreign_labels_are_names():
    found = mentions_of(
        "Classificação NASCAR\n\nNesta página você terá sempre a classificação.\n\n"
        "Piloto Pontos Vitórias\n\n1 Kyle Busch 2000 5\n\n2 Denny Hamlin 1990 4"
    )
    assert {"Kyle Busch", "Denny Hamlin"} <= found.keys()


def test_acronyms_of_common_nouns_and_plural_acronyms_name_nothing():
    found = mentions_of(
        "The CEO said two SUVs and the ICU's ECG ran on a VPN. Kelvar CEOs met at NATO "
        "with the MPs, the ICUs and 40 GDRs."
    )
    assert found.keys() == {"Kelvar", "NATO"}


def test_a_players_position_before_the_name_is_no_part_of_it():
    found = mentions_of(
        "Browns DL Sheldon Richardson had a sack. CB Greedy Williams played well. "
        "The CB said nothing. RB Leipzig won."
    )
    assert found["Sheldon Richardson"][1] == found["Greedy Williams"][1] == "person"
    assert "CB" not in found and "RB Leipzig" in found


def test_a_trade_representative_is_a_post_before_a_name():
    found = mentions_of("U.S. Trade Representative Robert Lighthizer spoke on Monday.")
    assert found["Robert Lighthizer"] == ("Robert Lighthizer", "person")


def test_a_headline_opening_with_a_number_is_a_headline_not_a_row_of_results():
    found = mentions_of(
        "Police opened the door.\n\n3 Hospitalized After Wrong-Way Crash in Dallas\n\n"
        "13-Inch Laptop With Scissor Keyboard Expected in First Half of 2020\n\n"
        "9. Donna Wynd (New Zealand) 36.831"
    )
    assert {"Dallas", "Donna Wynd", "New Zealand"} == found.keys()


def test_an_abbreviated_post_ending_a_run_is_the_next_names():
    found = mentions_of(
        "It angered educators, as did Kentucky GOP Gov. Matt Bevin. The Senate mourned "
        "the House of Representatives Rt. Hon. B. U. Nzeribe and Hon. Funke Adedoyin. "
        "It is investigated by the New York State Attorney General. According to Reuters..."
    )
    assert found["Kentucky GOP"][1] == "organisation"
    assert found["House of Representatives"][1] == "organisation"
    assert found["Matt Bevin"][1] == found["Funke Adedoyin"][1] == "person"
    assert not {"Gov", "Hon", "Rt"} & {word for name in found for word in name.split()}


def test_an_occupation_in_small_letters_before_a_name_makes_a_person():
    found = mentions_of(
        "Brazil star Zorvino was there, seeing singer Kelvara live. A five-star Hiltano hotel."
    )
    assert found["Zorvino"][1] == found["Kelvara"][1] == "person"
    assert found["Hiltano"][1] != "person"


def test_units_after_numbers_and_parts_of_a_year_name_nothing():
    found = mentions_of(
        "The Kelvar engine puts out 151 PS and 197 Nm, with 16 GB at 2.4 GHz and 1 Tbsp "
        "of oil. Sales rose in Q2 and in FY2020. A GB team won the H1N1 trial."
    )
    assert found.keys() == {"Kelvar", "GB", "H1N1"}


def test_a_name_masked_with_asterisks_names_nothing():
    found = mentions_of("“A gorgeous play.”\n\n– Jo** Al****\n\n– Dia**** Co** Ga****")
    assert not found


def test_at_after_a_post_names_an_employer_not_a_place():
    found = mentions_of(
        "Phil Levy, the chief economist at Zorvexa, spoke. Layoffs at Kelvaro began. "
        "He played at Brandtholm on Sunday."
    )
    assert found["Zorvexa"][1] == found["Kelvaro"][1] == "organisation"
    assert found["Brandtholm"][1] == "place"


def test_a_superintendent_or_an_ombudsman_is_a_post_before_a_name():
    found = mentions_of(
        "Public Ombudsman Nadia Cruz’s office said so. State schools Superintendent Jennifer "
        "McCormick has cited a study. The Superintendent said no. King said yes."
    )
    assert found["Nadia Cruz"][1] == found["Jennifer McCormick"][1] == "person"
    assert "Superintendent" not in found and found["King"][1] == "person"


def test_a_short_word_capitalised_inside_a_line_makes_it_title_case():
    annotation = annotate(
        article("Tim Cook On Apple Being ‘Pulled Into The Enterprise’", "Tim Cook spoke."), EMPTY
    )
    names = {mention.text for mention in annotation.mentions}
    assert "Tim Cook" in names
    assert not any(" On " in name or "Pulled" in name for name in names)


def test_a_politicians_state_after_a_comma_and_a_bay_area_are_places():
    found = mentions_of(
        "He threatened Rep. Ilhan Omar, D-Minn., in March. A stabbing on a Kelvar Bay Area "
        "train followed."
    )
    assert found["Minn"][1] == found["Kelvar Bay Area"][1] == "place"


def test_the_people_of_a_us_state_are_a_nationality_not_a_body():
    found = mentions_of("Many South Dakotans voted, and a Floridian too. Florian Schmidt spoke.")
    assert found["South Dakotans"][1] == found["Floridian"][1] == "other"
    assert found["Florian Schmidt"][1] == "person"


def test_a_word_shouted_in_capitals_is_no_acronym():
    found = mentions_of(
        "Kelvar Plus is out. Upgrade to it BEFORE signing up. GET OUT and VOTE on Tuesday. "
        "Yep, that is kosher. NATO met. He died from AIDS last year."
    )
    assert {"Kelvar Plus", "NATO", "AIDS"} <= found.keys()
    assert not {"BEFORE", "VOTE", "Yep"} & found.keys()


def test_a_title_in_single_quotation_marks_is_one_name():
    found = mentions_of(
        "Kelvar Brandt eliminated from 'Dancing with the Stars' after the ‘Stairway to "
        "Heaven’ riff. Rock 'n' roll lives."
    )
    assert found["Dancing with the Stars"][1] == found["Stairway to Heaven"][1] == "other"
    assert not {"Dancing", "Stars", "Heaven"} & found.keys()
    # a possessive's mark opens no quotation (efcfa2a crashed on "'s")
    assert mentions_of("'s") == {} and mentions_of("Kelvar's 'Sup Tour") != {}


def test_a_legal_form_alone_is_no_name():
    found = mentions_of("Zorvex iPhone 11.\n\nZorvex, Inc.\n\nShares of Kelvar Co. rose.")
    assert "Inc" not in found and found["Kelvar Co."][1] == "organisation"


def test_a_registry_name_inside_a_longer_name_yields_to_it():
    registry = registry_of(
        RegistryEntry("Japan", "place", ()),
        RegistryEntry("China", "place", ()),
        RegistryEntry("Xi Jinping", "person", ("Xi",)),
        US,
    )
    found = mentions_of(
        "The Bank of Japan held rates, the South China Morning Post said. Chinese President "
        "Xi Jinping spoke of China-Japan ties. Trade with North America grew, and the U.S. "
        "agreed.",
        registry,
    )
    assert found["Bank of Japan"][1] == found["South China Morning Post"][1] == "organisation"
    assert found["North America"][1] == "place"
    assert found["Xi Jinping"] == ("Xi Jinping", "person")
    assert found["China"] == ("China", "place") and found["Japan"] == ("Japan", "place")
    assert found["U.S."] == ("United States", "place")


def test_a_name_before_the_minute_of_a_goal_is_a_players():
    found = mentions_of("Brazil - Morvath (14th), Tellin (55th minute)")
    assert found["Morvath"][1] == found["Tellin"][1] == "person"


def test_a_name_printed_with_the_is_no_persons():
    found = mentions_of("He told The Hill and The Hollywood Reporter about it on Monday.")
    assert found["The Hill"][1] == "organisation"
    assert found["The Hollywood Reporter"][1] == "organisation"


def test_short_form_of_a_company_with_its_legal_form_joins_the_company():
    text = (
        "Printing company Zorvec S.A. reported results. Analysts rated Zorvec GDRs a buy. "
        "Zorvec said sales rose."
    )
    assert mentions_of(text)["Zorvec"] == ("Zorvec S.A.", "organisation")


def test_place_noun_in_small_letters_after_a_name_makes_it_a_place():
    found = mentions_of("Gunfire echoed in the nearby Velkor mountains near the Brandt stadium.")
    assert found["Velkor"][1] == found["Brandt"][1] == "place"


def test_town_before_its_country_is_a_place():
    found = mentions_of("The plane crashed over Brennock, Scotland.")
    assert found["Brennock"][1] == "place"


def test_name_of_a_market_index_is_no_organisation_or_person():
    found = mentions_of("The Kospar composite index fell. The Dow Jones industrial average rose.")
    assert found["Kospar"][1] == found["Dow Jones"][1] == "other"


def test_daily_after_a_name_makes_it_a_newspaper():
    assert (
        mentions_of("Zorna Prasa daily said the deal was off.")["Zorna Prasa"][1] == "organisation"
    )


# -- follow-ups: sides and players, foreign names, abbreviations ----------------


def test_abbreviated_point_of_the_compass_before_a_country_is_a_place():
    found = mentions_of("N. Korea urged S. Korea to talk. S. Korean aides and N. Vrabel agreed.")
    assert found["N. Korea"][1] == found["S. Korea"][1] == "place"
    assert found["S. Korean"][1] == "other" and found["N. Vrabel"][1] == "person"


def test_foreign_article_and_one_word_name_a_body_not_a_person():
    found = mentions_of("El Vuelo resumed flights. Le Veilleur said the bomb killed seven.")
    assert found["El Vuelo"][1] == found["Le Veilleur"][1] == "organisation"


def test_family_name_of_more_words_used_alone_is_the_person_named_in_full():
    found = mentions_of("Party leader Jean-Luc Le Vrac spoke. Le Vrac said he would win.")
    assert found["Le Vrac"] == ("Jean-Luc Le Vrac", "person")


def test_player_the_text_quotes_is_no_side_for_beating_another():
    found = mentions_of('Vrenko beat Tarlow 6-3 6-2.\n"I played well," said Vrenko.')
    assert found["Vrenko"][1] == "person"


def test_town_before_its_fans_or_a_goal_is_the_club():
    found = mentions_of("Police held Karlsruhe fans after a late Karlsruhe goal.")
    assert found["Karlsruhe"][1] == "organisation"


def test_town_a_side_drew_with_or_lost_to_is_a_side():
    found = mentions_of("The club drew with Portsmouth on Tuesday and then lost to Derby.")
    assert found["Portsmouth"][1] == found["Derby"][1] == "organisation"


def test_calendar_word_that_is_a_given_name_starts_a_name_before_a_family_name():
    found = mentions_of("Results:\nJan Vrablik (Slovakia) beat Otto Mertens (Belgium) 6-4 6-3")
    assert found["Jan Vrablik"][1] == "person"


def test_given_name_opening_a_sentence_or_a_ranked_line_stays_in_the_name():
    found = mentions_of("Results:\n3. Vasily Korotkov (Belarus) 66.24\nAlfred Vrenko spoke.")
    assert found["Vasily Korotkov"][1] == found["Alfred Vrenko"][1] == "person"


def test_town_before_champion_or_semifinal_names_the_competition():
    found = mentions_of("The Wimbledon champion lost in the NBA semifinal.")
    assert found["Wimbledon"][1] == "event" and found["NBA"][1] == "organisation"


def test_club_word_before_a_town_names_a_club():
    assert mentions_of("Fans saw Deportivo Varela at home.")["Deportivo Varela"][1] == (
        "organisation"
    )


def test_dateline_types_a_name_the_text_says_nothing_else_of():
    found = find_mentions("VARKOS, Teluria 1996-08-30\nThe Teluria government fell.", EMPTY)
    assert [m.type for m in found if m.text == "Teluria"] == ["place", "place"]


def test_title_word_before_the_head_of_a_body_starts_its_name():
    found = mentions_of("Major League Baseball met the General Assembly.")
    assert found["Major League Baseball"][1] == found["General Assembly"][1] == "organisation"


def test_abbreviated_saint_and_state_after_a_town_are_places():
    found = mentions_of("Jones bought Daniels Pharma Inc of St. Petersburg, Fla., for shares.")
    assert found["St. Petersburg"][1] == found["Fla"][1] == "place"


def test_town_before_its_states_postal_code_is_a_place():
    found = mentions_of(
        "The charity moved from Springfield IL to Washington DC, then opened in St. Louis MO."
    )
    assert found["Springfield IL"][1] == found["Washington DC"][1] == "place"
    assert found["St. Louis MO"][1] == "place"


def test_states_postal_code_after_a_town_and_a_comma_is_a_place():
    found = mentions_of(
        "She works in Cleveland, OH, St. Louis, IL, and Washington, D.C., for a charity.\n"
        "Its van has 150 kW DC charging."
    )
    assert found["OH"][1] == found["IL"][1] == found["D.C."][1] == "place"
    assert found["DC"][1] != "place"  # no town before it: a current's letters


def test_abbreviated_legal_form_keeps_its_full_stop_where_the_sentence_goes_on():
    found = mentions_of("Shares of Vantor Kem Inc. rose, said Brel Dask Corp.")
    assert found["Vantor Kem Inc."] == ("Vantor Kem Inc", "organisation")
    assert "Brel Dask Corp" in found


def test_nickname_in_quotation_marks_joins_given_and_family_names():
    found = mentions_of('A rematch against Hector "Macho" Varelo. Varelo won on points.')
    assert found['Hector "Macho" Varelo'][1] == "person"
    assert found["Varelo"] == ("Hector Varelo", "person")


def test_english_word_capitalised_only_inside_longer_names_is_no_name_opening_a_sentence():
    found = mentions_of(
        "Crews of the Rochester Fire Department arrived at noon. Fire officials said the "
        "blaze was out. Tim Brown watched. Brown stayed until dark."
    )
    assert "Fire" not in found and found["Rochester Fire Department"][1] == "organisation"
    assert found["Brown"] == ("Tim Brown", "person")


def test_bullet_opening_a_line_starts_a_sentence():
    found = mentions_of(
        "Papers in Tunis led on these stories:\n"
        "- Trade talks between Tunisia and the Palestinian Authority.\n"
        "- Speaker of parliament Habib Boulares arrives in Tripoli."
    )
    assert "Trade" not in found and "Speaker" not in found
    assert found["Tunisia"][1] == "place"


def test_word_describing_a_person_opening_a_sentence_is_not_their_name():
    found = mentions_of(
        "Fullback Andre Joubert scored the other try. Controversial Australian Anthony Hill "
        "called his opponent a cheat."
    )
    assert found["Andre Joubert"][1] == "person" and found["Anthony Hill"][1] == "person"
    assert found["Australian"][1] == "other"
    assert "Fullback Andre Joubert" not in found


def test_line_opening_with_a_rank_is_a_row_of_results_not_a_headline():
    found = mentions_of(
        "Women's 500 metres time trial final:\n"
        "8. Kathrin Freitag (Germany) 36.491\n"
        "9. Donna Wynd (New Zealand) 36.831\n"
    )
    assert found["Donna Wynd"][1] == "person"


def test_versus_in_a_comparison_sets_no_sides():
    found = mentions_of(
        "Gold closed at $387.00 an ounce in Hong Kong on Friday, versus New York's $387.60 "
        "finish. Dealers in Singapore said London prices were steady and Seoul was quiet."
    )
    assert {name: found[name][1] for name in ("London", "Seoul")} == {
        "London": "place",
        "Seoul": "place",
    }


def test_head_of_a_sea_or_a_competition_alone_names_it():
    found = mentions_of(
        "Rigs working in the Gulf were idle. The captain vowed to bring back the Cup."
    )
    assert found["Gulf"][1] == "place" and found["Cup"][1] == "event"


def test_company_named_after_a_person_keeps_its_type_without_its_legal_form():
    found = mentions_of(
        "Magna competes with Johnson Controls Inc and Lear Corp. Magna, Johnson Controls "
        "and Lear supply seats."
    )
    assert found["Johnson Controls"] == ("Johnson Controls Inc", "organisation")


def test_brothers_abbreviated_end_a_companys_name():
    found = mentions_of("The film is distributed by Warner Bros in Europe.")
    assert found["Warner Bros"][1] == "organisation"


def test_ship_named_after_a_person_is_a_thing():
    found = mentions_of(
        "Planes on the aircraft carrier Carl Vinson were in the Gulf. The Carl Vinson leads "
        "a battle group. The carriers Vinson and Enterprise sailed. The tanker Exxon Valdez "
        "ran aground."
    )
    assert found["Carl Vinson"] == ("Carl Vinson", "other")
    assert found["Vinson"][1] == "other" and found["Exxon Valdez"][1] == "other"


def test_given_name_hyphened_to_a_syllable_in_small_letters_is_one_name():
    found = mentions_of(
        "Seoul returned Kim In-so to the North, Red Cross president Li Song-ho said. "
        "Hong Kong-run firms and Cold War-era rules were untouched."
    )
    assert found["Kim In-so"][1] == "person" and found["Li Song-ho"][1] == "person"
    assert "Hong Kong" in found and "Cold War" in found


def test_run_of_capitals_too_long_for_a_name_is_a_menu_not_a_name():
    found = mentions_of(
        "Analysts at Harbourside Capital said sales rose.\n"
        "12 Things To Know ShowcaseCloud Security CenterData Protection Learning "
        "CenterEndpoint Security ShowcaseRansomware Learning CenterIncident Response Center\n"
        "Priya Raman, the chief executive, said the plan would go ahead."
    )
    assert not [name for name in found if "Showcase" in name]
    assert found["Priya Raman"][1] == "person"


def test_label_opening_a_line_of_names_makes_no_title_case_headline():
    found = mentions_of("Harbour beat Oldcastle 2-0.\nScorers: Kettridge 23, Brannagh 67, Lee 80.")
    assert "Kettridge" in found and "Brannagh" in found


def test_names_after_a_label_of_players_are_people():
    found = mentions_of(
        "Harbour beat Oldcastle 25-23.\n"
        "Tries: Healey, Underwood, Garforth. Conversions: Stransky 2. Penalties: Stransky 3."
    )
    assert {found[name][1] for name in ("Healey", "Underwood", "Garforth", "Stransky")} == {
        "person"
    }


def test_names_listed_after_a_side_opening_a_line_are_its_players():
    found = mentions_of(
        "The teams named on Saturday:\n"
        "Harbour City: Kepanu; Azpiroz, Zoumaly, Tomorin, Brannagh; Kantero, Jorgas."
    )
    assert {found[name][1] for name in ("Kepanu", "Azpiroz", "Tomorin", "Jorgas")} == {"person"}
    assert found["Harbour City"][1] == "organisation"


def test_rows_of_a_table_under_a_label_of_players_are_people():
    found = mentions_of("Leading scorers:\nKettridge 14\nBrannagh 12\nYorvan 11\n")
    assert {found[name][1] for name in ("Kettridge", "Brannagh", "Yorvan")} == {"person"}
    # ranked, one paragraph a row
    found = mentions_of(
        "Top scorers:\n\n1\tAlan Shearer\t14\n\n2\tDavid Ragan\t11\n\n3\tPaul Menard\t9\n"
    )
    assert {found[name][1] for name in ("David Ragan", "Paul Menard")} == {"person"}


def test_rows_of_a_table_mostly_of_people_are_all_people():
    found = mentions_of(
        "Leading scores after the second round on Friday:\n"
        "Vijay Tandrel 68 70\nErnie Coltrane 69 70\nColin Brathwaite 70 69\nPeter Lindqvist 71 68\n"
    )
    assert found["Vijay Tandrel"][1] == "person"


def test_list_wrapped_after_a_comma_goes_on_over_the_line_break():
    found = mentions_of(
        "The squad named on Monday reads as follows.\n"
        "Kenton, Barrow, McAteer,\nHemming, O'Dwyer, Kovalenko."
    )
    assert found["Kenton"][1] == "person" and found["Barrow"][1] == "person"
    assert found["Hemming"][1] == "person"  # no sentence starts after the comma


def test_name_broken_over_the_line_break_of_a_wrapped_list_is_still_a_name():
    found = mentions_of(
        "The squad is as follows.\n"
        "Ian Healy (captain), Michael Bevan, Damien\nHemming, Jason Gillespie, Glenn McGrath."
    )
    assert found["Hemming"][1] == "person" and found["Damien"][1] == "person"


def test_state_after_a_party_initial_is_a_place():
    found = mentions_of("Sen. Amy Klobuchar (D-Minn.) and Rep. Max Rose (D-N.Y.) agreed.")
    assert found["Minn"] == ("Minnesota", "place")
    assert found["N.Y."][1] == "place"


def test_planets_and_their_moons_are_places():
    found = mentions_of(
        "The probe observed Europa for 17 nights. Saturn's moon Titan is the only"
        " Solar System object with lakes."
    )
    assert found["Europa"][1] == "place"
    assert found["Saturn"][1] == "place"
    assert found["Titan"][1] == "place"
    assert found["Solar System"][1] == "place"


def test_a_word_printed_alone_often_is_no_ones_surname_for_one_says_after_it():
    def report(name: str) -> str:
        return (
            f"{name} has revealed the second model in the range. That, {name} says, allows the"
            f" car to see further. {name} will offer the car in thirteen colours, and {name}"
            " will build it in Brussels."
        )

    assert mentions_of(report("Audi"))["Audi"][1] == "organisation"
    # a family name the gazetteer knows stays one; a brief may name a person by
    # surname alone, twice
    assert mentions_of(report("Schmidt"))["Schmidt"][1] == "person"
    assert mentions_of("Lebed will stay on. That, Lebed says, is final.")["Lebed"][1] == "person"


def test_a_towns_name_alone_is_the_first_name_of_a_person_named_in_full_unless_set_as_a_place():
    row = (
        "A row involving Taylor Swift and her label grew. Taylor Swift posted on Twitter."
        ' "At no point did we say Taylor could not perform," the label said.'
    )
    assert mentions_of(row)["Taylor"] == ("Taylor Swift", "person")
    # the town of Taylor, Texas, once set as a place: its name alone is the town
    tour = "Taylor Swift played in Taylor on Monday. Taylor Swift met fans, and Taylor was busy."
    assert mentions_of(tour)["Taylor"] == ("Taylor", "place")


def test_a_name_after_at_and_before_a_price_is_a_shop():
    deals = "Get the TV at Walmart for $238.99. The console is also at Walmart."
    assert mentions_of(deals)["Walmart"][1] == "organisation"
    assert mentions_of("He rents a flat in Glenmoor for $500 a month.")["Glenmoor"][1] == "place"


def test_a_name_before_police_is_the_place_whose_force_it_is_unless_an_acronym():
    tip = "A tip led Forest Hill police officers to the room."
    assert mentions_of(tip)["Forest Hill"][1] == "place"
    assert mentions_of("The U.N. police patrolled the town.")["U.N."][1] == "organisation"


def test_a_name_after_a_model_year_is_a_product_unless_it_qualifies_a_noun():
    launch = "Nissan showed the 2020 Sentra on Tuesday. The 2020 Sentra goes on sale in January."
    assert mentions_of(launch)["Sentra"][1] == "other"
    assert mentions_of("They recalled the 2017 Fresno flood and its cost.")["Fresno"][1] == "place"


@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("Watch the Motorola Razr make a comeback.", "Motorola Razr", "other"),
        ("There will be integrated Amazon Alexa support, too.", "Amazon Alexa", "other"),
        ("It plays Apple TV+ content with Dolby Atmos sound.", "Dolby Atmos", "other"),
        ("Shares of Sony Pictures rose.", "Sony Pictures", "organisation"),
        (
            "He heads Nissan Sales & Regional Operations now.",
            "Nissan Sales & Regional Operations",
            "organisation",
        ),
        ("The fans cheered Michael Dell on Monday.", "Michael Dell", "person"),
        ("Toyota Motor said sales rose.", "Toyota Motor", "organisation"),
        ("Toyota said sales rose.", "Toyota", "organisation"),  # a town too
        ("The plant is in Toyota, near Nagoya.", "Toyota", "place"),
    ],
)
def test_a_makers_brand_names_the_maker_alone_and_its_product_before_a_name(sentence, name, type_):
    assert mentions_of(sentence)[name][1] == type_


@pytest.mark.parametrize(
    "text", ["Follow us at Twitter for more deals.", "Twitter asks, are you guys OK?"]
)
def test_a_platform_news_names_every_day_is_an_organisation_wherever_it_stands(text):
    assert mentions_of(text)["Twitter"][1] == "organisation"


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("American League", "event"),
        ("Premier League", "event"),
        ("Champions League", "event"),
        ("Arab League", "organisation"),
        ("National League for Democracy", "organisation"),
    ],
)
def test_a_sports_league_is_a_competition_and_other_leagues_are_bodies(name, type_):
    assert mentions_of(f"The {name} met on Sunday in Cairo.")[name][1] == type_


def test_a_tables_column_labels_name_nothing_and_its_league_and_division_headings_are_named():
    table = (
        "BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY'S GAMES.\n"
        "NEW YORK 1996-08-30\n"
        "AMERICAN LEAGUE\n"
        "EASTERN DIVISION\n"
        "W L PCT GB\n"
        "NEW YORK 74 59 .556 -\n"
        "BALTIMORE 70 63 .526 4\n"
    )
    found = mentions_of(table)
    assert not {"PCT", "GB", "PCT GB"} & found.keys()
    for heading in ("MAJOR LEAGUE", "AMERICAN LEAGUE", "EASTERN DIVISION"):
        assert found[heading][1] == "event"


def test_a_scoreboard_is_a_table_not_a_name():
    text = (
        "CRICKET - ENGLAND V PAKISTAN ONE-DAY SCOREBOARD.\n"
        "Scoreboard of the second one-day cricket match between England and Pakistan.\n"
    )
    found = mentions_of(text)
    assert not {"SCOREBOARD", "Scoreboard"} & found.keys()
    assert found["Pakistan"][1] == "place"


@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("The S&P 500 rose 1% as the FTSE 100 slipped.", "S&P 500", "other"),
        ("The FTSE 100 rose as the S&P 500 slipped.", "FTSE 100", "other"),
        ("The truck crashed on Interstate 95 near Boston.", "Interstate 95", "place"),
        ("Flight 370 vanished over the Indian Ocean.", "Flight 370", "other"),
        ("He scored twice at Euro 96, in London.", "Euro 96", "event"),
        ("They watched Super Bowl LIV in Miami.", "Super Bowl LIV", "event"),
        ("Emirates ordered 30 Boeing 787 jets on Monday.", "Boeing 787", "other"),
        ("The iPhone 11 Pro Max costs $1,099 in Tokyo.", "iPhone 11 Pro Max", "other"),
        ("Samsung's Galaxy Note 10 Plus sold out in Seoul.", "Galaxy Note 10 Plus", "other"),
    ],
)
def test_a_number_that_is_part_of_a_name_is_joined_to_it(sentence, name, type_):
    found = mentions_of(sentence)
    assert found[name][1] == type_


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Euro 5 million deal was signed in Paris.", "Euro"),
        ("The FTSE 100 points lower close worried traders in London.", "FTSE"),
        ("Arsenal won in London. Chelsea 1 Everton 2 was the other result.", "Chelsea"),
    ],
)
def test_a_quantity_after_a_name_is_no_part_of_it(sentence, name):
    assert name in mentions_of(sentence)


def test_the_head_of_a_numbered_name_alone_stays_its_own_name():
    found = mentions_of("The S&P 500 fell after S&P cut the bank's rating in London.")
    assert found["S&P 500"][0] != found["S&P"][0]


def test_a_player_named_like_a_town_makes_no_report_of_sides_named_after_towns():
    found = mentions_of(
        "MADRID — Feliciano Lopez beat Karen Khachanov 6-4, 7-6 to give Spain the win. "
        "Lopez beat Andrey Rublev 6-3, 6-2 on Tuesday. "
        '"We arrived late from London, but we played well," Lopez said.'
    )
    assert found["London"][1] == "place"


def test_a_side_named_before_its_sport_and_a_player_is_an_organisation():
    found = mentions_of("Kosmos was co-founded by Barcelona soccer player Gerard Pique.")
    assert found["Barcelona"][1] == "organisation"


def test_a_large_town_under_another_spelling_is_a_place():
    found = mentions_of("Raqqa, Fallujah and Arbil were retaken. Montreal was calm.")
    assert {found[name][1] for name in ("Raqqa", "Fallujah", "Arbil", "Montreal")} == {"place"}


def test_a_work_named_like_a_person_and_its_short_form_stay_a_thing():
    found = mentions_of(
        "Paramount is working on a second Star Trek spin-off. The fourth Star Trek film was "
        "greenlit in 2016. There are three scripts for the fourth Trek film."
    )
    assert found["Star Trek"] == ("Star Trek", "other")
    assert found["Trek"] == ("Star Trek", "other")


def test_a_us_state_abbreviated_or_by_its_postal_code_goes_under_its_name():
    found = mentions_of(
        "The fire near Fresno, Calif., spread to Buffalo, N.Y., to Sioux Falls, SD, and to "
        "Miami, Fla. California and New York sent help."
    )
    assert found["Calif"] == found["California"] == ("California", "place")
    assert found["N.Y."] == found["New York"] == ("New York", "place")
    assert found["SD"] == ("South Dakota", "place")
    assert found["Fla"] == ("Florida", "place")


def test_regions_named_in_english_or_without_diacritics_are_places():
    found = mentions_of("Protests spread from Crimea and Catalonia to Sichuan and Tamil Nadu.")
    places = ("Crimea", "Catalonia", "Sichuan", "Tamil Nadu")
    assert {found[name][1] for name in places} == {"place"}


def test_a_disease_after_a_name_is_a_name_of_its_own():
    found = mentions_of(
        "President Joe Biden spoke. They argued over a Biden Covid-19 vaccine requirement."
    )
    assert found["Biden"] == ("Joe Biden", "person")
    assert found["Covid-19"] == ("COVID-19", "other")


def test_armed_groups_named_like_towns_are_organisations():
    found = mentions_of("Hamas gunmen breached the fence, and Hezbollah fired rockets.")
    assert (found["Hamas"][1], found["Hezbollah"][1]) == ("organisation", "organisation")


def test_a_part_of_a_us_state_is_a_place_and_a_side_of_the_name_a_side():
    found = mentions_of("The family drove from Northern Virginia to Southern California.")
    assert (found["Northern Virginia"][1], found["Southern California"][1]) == ("place", "place")
    found = mentions_of(
        "Eastern Michigan routs Northern Illinois. Mike Glass threw three touchdowns as "
        "Central Michigan rolled past Western Kentucky, 45-17, on Tuesday."
    )
    sides = ("Eastern Michigan", "Northern Illinois", "Western Kentucky")
    assert {found[name][1] for name in sides} == {"organisation"}


def test_a_nickname_inside_a_name_is_no_part_of_the_entity_and_names_the_person_alone():
    found = mentions_of(
        "It is Lee “Faker” Sang-hyeok’s fourth title. Faker lifted the cup in Seoul. "
        'Former champion Dwayne "The Rock" Johnson watched.'
    )
    assert found["Lee “Faker” Sang-hyeok"] == ("Lee Sang-hyeok", "person")
    assert found["Faker"] == ("Lee Sang-hyeok", "person")
    assert found['Dwayne "The Rock" Johnson'] == ("Dwayne Johnson", "person")


def test_a_possessive_after_in_alone_makes_no_place():
    found = mentions_of("The writer left. It happened in Trump's first year, the writer said.")
    assert found["Trump"][1] != "place"


def test_a_newsroom_post_before_at_names_an_employer():
    found = mentions_of("Dan Goodin is the Security Editor at Ars Technica, which he joined.")
    assert found["Ars Technica"][1] == "organisation"


def test_a_given_name_and_a_family_name_like_a_place_head_are_a_person():
    found = mentions_of(
        "The book was translated by Michael Wells, the philosopher, near Beverly Hills."
    )
    assert (found["Michael Wells"][1], found["Beverly Hills"][1]) == ("person", "place")


def test_clergy_are_titled_and_father_christmas_is_the_feast():
    found = mentions_of(
        "The talks were led by Father Fidelis Mukonori. The Rev. Al Sharpton spoke. "
        "Children waited for Father Christmas."
    )
    assert found["Fidelis Mukonori"][1] == "person" and "Rev" not in found
    assert found["Christmas"][1] == "event"


def test_a_linked_name_on_its_subject_and_a_second_name_with_its_own_head():
    found = mentions_of(
        "The Stanford Center on Poverty and Inequality published it. The Department of "
        "Energy and Bank of America agreed."
    )
    assert found["Stanford Center on Poverty and Inequality"][1] == "organisation"
    assert {"Department of Energy", "Bank of America"} <= found.keys()


def test_a_clock_and_its_zone_make_no_name():
    found = mentions_of("First published February 1, 2016: 1:28 AM ET. Doors open 9:30 PM EST.")
    assert "AM ET" not in found and "PM EST" not in found
    assert found["ET"][1] == found["EST"][1] == "other"


def test_an_interjection_opening_a_sentence_is_no_name_and_yahoo_a_firm():
    found = mentions_of("Ahh, if only Yahoo had bought Snapchat. Hmm, Yahoo said nothing.")
    assert "Ahh" not in found and "Hmm" not in found
    assert found["Yahoo"][1] == "organisation"


def test_beaches_boulevards_and_canyons_are_places():
    found = mentions_of("Whales beached on Ninety Mile Beach. He walked down Sunset Boulevard.")
    assert (found["Ninety Mile Beach"][1], found["Sunset Boulevard"][1]) == ("place", "place")


def test_adherents_of_a_doctrine_are_no_body_and_a_prophet_is_titled():
    found = mentions_of(
        "The Islamist militants attacked. The Marxists fled. Lindqvist said so. A video "
        "mocked the prophet Muhammad."
    )
    assert (found["Islamist"][1], found["Marxists"][1]) == ("other", "other")
    assert found["Lindqvist"][1] == "person" and found["Muhammad"][1] == "person"


def test_a_letter_ending_a_sentence_is_no_initial_of_the_next_word():
    found = mentions_of(
        "It runs on the Xbox One S. That is the cheaper one.\n\nThe console is the Xbox One "
        "S.\n\nGallery\n\nJ. K. Rowling met P. Such and George W. Bush."
    )
    assert found["Xbox One S"][1] == "organisation" and "Xbox One S. That" not in found
    assert not any("\n" in name for name in found)
    assert {"J. K. Rowling", "P. Such", "George W. Bush"} <= found.keys()


def test_a_party_member_named_after_a_state_is_the_state_and_the_party():
    found = mentions_of("Senator James Lankford, an Oklahoma Republican, agreed.")
    assert (found["Oklahoma"][1], found["Republican"][1]) == ("place", "other")


def test_the_sides_and_ends_of_a_town_are_places():
    found = mentions_of("He lives on the Lower East Side, near the South Side and the West End.")
    assert {found[name][1] for name in ("Lower East Side", "South Side", "West End")} == {"place"}


def test_games_are_an_event_only_of_a_sport():
    found = mentions_of("Epic Games made it. The Asian Games and the Commonwealth Games ended.")
    assert found["Epic Games"][1] == "organisation"
    assert found["Asian Games"][1] == found["Commonwealth Games"][1] == "event"


def test_a_preposition_before_a_compound_adjective_governs_the_noun_after_it():
    found = mentions_of("Prices were matched at Kroger-owned QFC stores near Boston.")
    assert found["Kroger"][1] == "organisation"


def test_a_preposition_and_a_possessive_after_it_are_one_piece_of_evidence():
    found = mentions_of(
        "She studied at MIT in the 1990s. He works at MIT's Instrumentation Laboratory."
    )
    assert found["MIT"][1] == "organisation"


def test_the_people_of_a_town_are_named_as_a_nationality_is():
    found = mentions_of(
        "Many New Zealanders, New Yorkers and Londoners agreed, according to The New Yorker."
    )
    assert {found[name][1] for name in ("New Zealanders", "New Yorkers", "Londoners")} == {"other"}
    assert found["The New Yorker"][1] == "organisation"  # the magazine


def test_a_clause_after_a_name_is_no_apposition_of_a_title():
    found = mentions_of(
        "said Joe Carbone, who works for the Transportation Department, where he is known "
        "as the pothole chief."
    )
    assert found["Transportation Department"][1] == "organisation"


def test_a_product_line_named_after_its_maker_is_the_line():
    found = mentions_of(
        "The new Apple iPhone 11 Pro costs more than the iPhone 11 Pro did. The Google "
        "Pixel 4 and the Nintendo Switch sold well."
    )
    assert found["Apple iPhone 11 Pro"] == found["iPhone 11 Pro"] == ("iPhone 11 Pro", "other")
    assert found["Google Pixel 4"][0] == "Pixel 4"
    assert found["Nintendo Switch"][0] == "Nintendo Switch"


def test_newsroom_posts_great_slumps_and_a_body_for_a_cause():
    found = mentions_of(
        "Dan Goodin is the Security Editor at Ars Technica. Political Editor Nick Robinson "
        "said the Great Depression was worse, citing the Committee for a Responsible Federal "
        "Budget. She has a Ph.D. in physics."
    )
    assert "Security Editor" not in found and found["Nick Robinson"][1] == "person"
    assert found["Great Depression"][1] == "event"
    assert found["Committee for a Responsible Federal Budget"][1] == "organisation"
    assert "Ph" not in found


def test_a_country_hyphened_to_a_nationality_or_a_country_is_two_names():
    found = mentions_of("The U.S.-Israeli relationship soured as the US-China talks stalled.")
    assert found["U.S."] == ("United States", "place") and found["Israeli"][1] == "other"
    assert found["US"] == ("United States", "place") and found["China"][1] == "place"


def test_degrees_after_a_name_are_no_names():
    found = mentions_of("Michael Shadlen, M.D., Ph.D.\n\nIn a study, he found it.")
    assert set(found) == {"Michael Shadlen"}


def test_a_country_code_opening_a_sentence_or_a_name_is_the_country():
    found = mentions_of(
        'US officials said the talks failed. "US Chinook helicopter shot down," the spokesman '
        "said. The US Embassy spoke, and the US Army and UK Border Force met."
    )
    assert found["US"] == ("United States", "place") and found["Chinook"][1] == "organisation"
    assert found["US Embassy"][1] == "organisation"
    assert {"US Army", "UK Border Force"} <= found.keys()


def test_people_banded_under_a_cause_are_one_body():
    found = mentions_of(
        "The Department of Energy and Friends of the Earth met the Knights of Columbus and "
        "the Daughters of the American Revolution."
    )
    bodies = ("Friends of the Earth", "Knights of Columbus", "Daughters of the American Revolution")
    assert {found[name][1] for name in bodies} == {"organisation"}
    assert found["Department of Energy"][1] == "organisation"


def test_a_korean_family_name_before_a_nickname_opens_the_name():
    found = mentions_of("Bae “Bengi” Seong-woong won in Seoul. Bengi smiled.")
    assert found["Bae “Bengi” Seong-woong"] == ("Bae Seong-woong", "person")
    assert found["Bengi"] == ("Bae Seong-woong", "person")


def test_a_well_known_firm_or_brand_opening_a_sentence_is_a_name():
    found = mentions_of(
        "Microsoft agreed to buy Activision Blizzard. Toyota recalled 1 million cars. "
        "The Kremlin said it would reply."
    )
    assert found["Microsoft"][1] == found["Toyota"][1] == found["Kremlin"][1] == "organisation"


def test_meta_is_the_firm_a_majority_leader_a_post_and_a_composite_an_index():
    found = mentions_of(
        "Meta reported higher profits. Senate Majority Leader Chuck Schumer said so, and "
        "House Minority Whip Katherine Clark agreed. The Nasdaq Composite dropped 1%."
    )
    assert found["Meta"][1] == "organisation"
    assert "Senate Majority" not in found and found["Chuck Schumer"][1] == "person"
    assert found["Katherine Clark"][1] == "person"
    assert found["Nasdaq Composite"][1] == "other"


def test_a_word_with_diacritics_opening_a_sentence_is_no_english_word():
    found = mentions_of("Beyoncé won the award. Sánchez called the vote in Madrid.")
    assert {"Beyoncé", "Sánchez"} <= found.keys()


def test_rivers_named_alone_are_places():
    found = mentions_of("The ceremony was held on the Seine. The Danube froze in January.")
    assert (found["Seine"][1], found["Danube"][1]) == ("place", "place")


def test_a_title_after_a_comma_and_and_belongs_to_the_next_name():
    found = mentions_of(
        "Rep. Alexandria Ocasio-Cortez, D-N.Y., and Rep. Marjorie Taylor Greene, R-Ga., clashed."
    )
    assert found["N.Y."] == ("New York", "place") and found["Ga"] == ("Georgia", "place")


def test_a_craft_named_by_one_word_is_a_thing():
    found = mentions_of("The Starship rocket exploded. The Galileo spacecraft saw Europa.")
    assert (found["Starship"][1], found["Galileo"][1]) == ("other", "other")


def test_a_centre_that_works_at_a_field_is_a_body_and_others_are_venues():
    found = mentions_of(
        "A study by the Tax Policy Center and the Pew Research Center was out. The Nets"
        " play at Barclays Center, near the Brooklyn Convention Center."
    )
    assert found["Tax Policy Center"][1] == found["Pew Research Center"][1] == "organisation"
    assert found["Barclays Center"][1] == found["Brooklyn Convention Center"][1] == "place"


def test_a_wall_is_a_place_and_a_given_name_before_wall_a_person():
    found = mentions_of(
        "Crowds prayed at the Western Wall. Tourists walked the Great Wall. The agent"
        " wanted to work with Nellie Wall."
    )
    assert found["Western Wall"][1] == found["Great Wall"][1] == "place"
    assert found["Nellie Wall"][1] == "person"


def test_a_mountain_lake_or_cape_named_with_its_head_first_is_a_place():
    found = mentions_of("They flew from Cape Canaveral to Mount Kilimanjaro and Lake Tahoe.")
    assert found["Cape Canaveral"][1] == found["Mount Kilimanjaro"][1] == "place"
    assert found["Lake Tahoe"][1] == "place"


def test_an_abbey_or_a_chapel_is_a_place():
    found = mentions_of("They wed at Westminster Abbey. Crowds filled the Sistine Chapel.")
    assert found["Westminster Abbey"][1] == found["Sistine Chapel"][1] == "place"


def test_regions_of_the_united_states_are_places():
    found = mentions_of("Flu cases rose in New England and the Pacific Northwest.")
    assert found["New England"][1] == found["Pacific Northwest"][1] == "place"


def test_the_parties_of_a_court_case_name_the_case():
    found = mentions_of("The court overturned Roe v. Wade. Essex v Kent was drawn.")
    assert found["Roe v. Wade"][1] == "other"
    assert found["Essex"][1] == found["Kent"][1] == "organisation"


def test_finals_and_playoffs_are_events():
    found = mentions_of("Golden State won the NBA Finals. The Stanley Cup Playoffs begin Monday.")
    assert found["NBA Finals"][1] == found["Stanley Cup Playoffs"][1] == "event"


def test_a_channel_after_a_nationality_or_a_place_is_a_strait_else_a_broadcaster():
    found = mentions_of("Boats crossed the English Channel. It aired on the Disney Channel.")
    assert found["English Channel"][1] == "place"
    assert found["Disney Channel"][1] == "organisation"


def test_a_name_with_its_number_hyphened_to_it_is_a_thing():
    found = mentions_of("India landed Chandrayaan-3 and Poland bought MiG-29 fighters in 2023.")
    assert found["Chandrayaan-3"][1] == found["MiG-29"][1] == "other"
    assert "Chandrayaan" not in found and "MiG" not in found


def test_a_corps_a_brotherhood_or_a_jihad_heads_a_body_with_its_faith():
    found = mentions_of(
        "Militants of Islamic Jihad fired. The Muslim Brotherhood was banned. He joined the"
        " Peace Corps."
    )
    for name in ("Islamic Jihad", "Muslim Brotherhood", "Peace Corps"):
        assert found[name][1] == "organisation"


def test_bases_camps_and_cosmodromes_are_places_and_two_bases_two_names():
    found = mentions_of(
        "Troops landed at Ramstein Air Base and Andrews Air Force Base. Talks at Camp David"
        " ended. Workers at the Vostochny Cosmodrome struck."
    )
    for name in ("Ramstein Air Base", "Andrews Air Force Base", "Camp David"):
        assert found[name][1] == "place", name
    assert found["Vostochny Cosmodrome"][1] == "place"


def test_a_firm_before_its_officers_title_is_a_body():
    found = mentions_of("He said Goldman Sachs CEO David Solomon was right.")
    assert found["Goldman Sachs"][1] == "organisation"
    assert found["David Solomon"][1] == "person"


def test_a_word_with_capitals_inside_opening_a_sentence_is_a_name():
    found = mentions_of("JPMorgan Chase CEO Jamie Dimon warned of a recession.")
    assert found["JPMorgan Chase"][1] == "organisation"


def test_an_index_is_a_thing():
    found = mentions_of("The Hang Seng Index dropped 2% in Hong Kong.")
    assert found["Hang Seng Index"][1] == "other"


def test_a_given_name_and_a_family_name_opening_a_sentence_are_a_person_though_words():
    found = mentions_of("Bill Gates said he would give away his fortune.")
    assert found["Bill Gates"] == ("Bill Gates", "person")


def test_the_moon_is_a_celestial_body_and_president_moon_a_person():
    places = mentions_of("The astronauts will fly around the Moon and land on Mars.")
    assert places["Moon"][1] == places["Mars"][1] == "place"
    people = mentions_of("President Moon Jae-in met Kim. Moon said the talks went well.")
    assert people["Moon"] == ("Moon Jae-in", "person")


def test_a_mission_numbered_like_a_king_is_a_thing():
    found = mentions_of("NASA's Artemis II mission will carry four astronauts.")
    assert found["Artemis II"][1] == "other"


def test_a_store_a_sites_badge_names_is_a_name_in_prose():
    found = mentions_of("The fines hit Apple's App Store and Google Play, regulators said.")
    assert "App Store" in found and "Google Play" in found


def test_a_paper_named_like_a_count_of_views_is_a_name():
    found = mentions_of("Advertising revenues at The Times grew 20 percent.")
    assert found["The Times"][1] == "organisation"


def test_agents_of_a_verb_opening_a_sentence_are_no_name():
    assert mentions_of("Regulators said the fines were fair.") == {}


def test_a_journal_takes_its_of():
    found = mentions_of("The study, in the New England Journal of Medicine, was out.")
    assert found["New England Journal of Medicine"][1] == "organisation"


def test_a_nun_named_with_her_orders_kin_is_a_person():
    found = mentions_of("A doctor said Mother Teresa was conscious.")
    assert found["Mother Teresa"] == ("Mother Teresa", "person")


def test_a_side_in_a_line_of_results_with_its_country_in_brackets_is_a_body():
    found = mentions_of(
        "In Tirana: Flamurtari Vlore (Albania) 0 Chemlon Humenne (Slovakia) 2 (halftime 0-0)\n"
        "Ruch Chorzow win 6-1 on aggregate\n"
        "Greg Norman (Australia) 68 70 71\n"
    )
    for side in ("Flamurtari Vlore", "Chemlon Humenne", "Ruch Chorzow"):
        assert found[side][1] == "organisation", side
    assert found["Greg Norman"][1] == "person"


def test_a_firm_is_named_without_what_it_sells_and_its_legal_form():
    found = mentions_of("Best Products Co said its loss widened. Later, Best said it would grow.")
    assert found["Best"] == ("Best Products Co", "organisation")


def test_diseases_are_things_and_stakes_are_races():
    found = mentions_of(
        "Humans could contract Bovine Spongiform Encephalopathy (BSE), mad cow disease."
        " Fears over BSE grew. He won the Nunthorpe Stakes at York."
    )
    assert found["BSE"] == ("Bovine Spongiform Encephalopathy", "other")
    assert found["Nunthorpe Stakes"][1] == "event"


def test_a_players_club_in_brackets_is_a_body_and_his_country_a_place():
    found = mentions_of(
        "Defenders - Marc Hottiger (Everton), Yvan Quentin (Sion), Raphael Wicky (Zurich).\n"
        "1. Haile Gebrselassie (Ethiopia), 2. Paul Tergat (Kenya)\n"
    )
    assert found["Sion"][1] == found["Zurich"][1] == "organisation"
    assert found["Ethiopia"][1] == "place"
    assert "Goalkeepers" not in mentions_of("Goalkeepers - Marco Pascolo (Cagliari), Rey (Sion).")
    homes = mentions_of("Ellen Smith (Boston), John Doe (Chicago) and Mary Major signed it.")
    assert homes["Boston"][1] == homes["Chicago"][1] == "place"


def test_a_name_before_program_is_a_thing():
    found = mentions_of("The terms of the Medicare program were met. Medicare will pay.")
    assert found["Medicare"][1] == "other"


def test_towns_in_a_table_of_figures_and_their_changes_are_places():
    found = mentions_of(
        "The table shows air cargo at German airports.\nBremen 1,453 up 13.1\n"
        "Dresden 792 up 11.4\nMunich 44,525 down 3.5\n"
    )
    for town in ("Bremen", "Dresden", "Munich"):
        assert found[town][1] == "place", town


def test_a_body_named_after_its_town_is_named_without_it():
    found = mentions_of(
        "The Boston Red Sox beat the Cleveland Indians. The Red Sox lost later. Sparta"
        " Prague won in Prague."
    )
    assert found["Red Sox"] == ("Boston Red Sox", "organisation")
    assert found["Prague"] == ("Prague", "place")


def test_miss_and_the_world_or_a_country_name_a_pageant():
    found = mentions_of("She was crowned Miss America. Miss Smith said no.")
    assert found["Miss America"][1] == "event"
    assert found["Miss Smith"][1] == "person"


def test_credit_ratings_and_figures_of_finance_are_no_names():
    found = mentions_of(
        "Moody's rated the notes Baa1 and S&P rated them BBB+. EPS rose. The CPI and the PPI"
        " fell, Reuters said."
    )
    assert not {"Baa1", "BBB+", "EPS", "CPI", "PPI"} & found.keys()
    assert "Reuters" in found


def test_rows_of_a_draw_are_no_headlines_and_an_eleven_is_a_side():
    found = mentions_of(
        "Doug Flach (U.S.) vs. qualifier\nQualifier vs. Andrei Olhovskiy (Russia)\n"
        "Qualifier vs. Tomas Carbonell (Spain)\n"
        "England play one-day matches against the Minor Counties.\nMay 15 v Duke of"
        " Norfolk's XI (at Arundel)\nJuly 9 v Minor Counties XI\n"
    )
    assert found["Andrei Olhovskiy"][1] == found["Tomas Carbonell"][1] == "person"
    assert found["Duke of Norfolk's XI"][1] == found["Minor Counties XI"][1] == "organisation"


def test_a_bodys_head_before_of_types_the_name_and_papers_open_with_daily():
    found = mentions_of(
        "Members of the Organisation of the Islamic Conference met. Gazeta Shqiptare"
        " reported it, and Daily Variety said so."
    )
    for name in ("Organisation of the Islamic Conference", "Gazeta Shqiptare", "Daily Variety"):
        assert found[name][1] == "organisation", name


def test_a_towns_player_named_after_its_possessive_makes_it_a_side():
    found = mentions_of("Middlesbrough's Italian striker Fabrizio Ravanelli scored twice.")
    assert found["Middlesbrough"][1] == "organisation"
    assert mentions_of("London's mayor spoke.")["London"][1] == "place"


def test_a_nation_and_a_body_hyphened_qualify_what_is_between_them():
    found = mentions_of("The Israel-PLO accord and the Israeli-PLO talks stalled.")
    assert found["Israel-PLO"][1] == found["Israeli-PLO"][1] == "other"


def test_israeli_clubs_open_with_their_prefix_and_the_golan_is_a_place():
    found = mentions_of("Hapoel Ironi beat Maccabi Haifa. Syria wants the Golan back.")
    assert found["Hapoel Ironi"][1] == found["Maccabi Haifa"][1] == "organisation"
    assert found["Golan"][1] == "place"


def test_a_town_set_off_as_a_club_is_a_side():
    found = mentions_of("Dalglish spoke of leaving Blackburn, the club he led to the title.")
    assert found["Blackburn"][1] == "organisation"


def test_an_acronym_with_a_number_hyphened_to_it_is_no_longer_what_it_stood_for():
    found = mentions_of(
        "The CNB-120 index rose 1.2 points, the Czech National Bank (CNB) said on Thursday."
    )
    assert found["CNB"] == ("Czech National Bank", "organisation")
    assert found["CNB-120"] == ("CNB-120", "other")


def test_well_known_bodies_opening_a_sentence_are_names():
    found = mentions_of(
        "United Nations military observers were stopped. Reuters correspondent Lawrence"
        " Sheets said so."
    )
    assert found["United Nations"][1] == found["Reuters"][1] == "organisation"


def test_a_partnership_takes_its_for():
    found = mentions_of("Ukraine joined NATO's Partnership for Peace in 1994.")
    assert "Partnership for Peace" in found


def test_a_people_opening_a_sentence_is_named():
    found = mentions_of("Palestinians accuse the authority of banning books.")
    assert found["Palestinians"][1] == "other"


def test_a_people_in_a_headline_in_capitals_is_named():
    found = mentions_of("TENNIS - AUSTRALIANS ADVANCE AT CANADIAN OPEN.\nThree Aussies won.")
    assert found["AUSTRALIANS"][1] == "other"


def test_a_quarter_after_a_firms_name_is_no_part_of_it():
    found = mentions_of("Gateway Data Sciences Q2 loss widens.\nThe company said so.")
    assert found["Gateway Data Sciences"][1] == "organisation"


def test_a_patriarch_is_a_title():
    found = mentions_of("The Maronite Patriarch Nasrallah Sfeir said so.")
    assert found["Nasrallah Sfeir"] == ("Nasrallah Sfeir", "person")


def test_an_aircraft_makers_name_and_a_number_is_the_aircraft():
    found = mentions_of("An Ilyushin 76 cargo plane and a Tupolev 154 landed in Kabul.")
    assert found["Ilyushin 76"][1] == found["Tupolev 154"][1] == "other"


def test_a_firm_before_its_officer_opening_a_sentence_is_named():
    found = mentions_of("Apple CEO Tim Cook spoke on Monday.")
    assert found["Apple"][1] == "organisation"
    assert found["Tim Cook"][1] == "person"


def test_a_county_or_a_town_the_subject_of_a_plural_verb_is_a_side():
    found = mentions_of(
        "Essex are set to step up their county championship challenge at Colchester."
    )
    assert found["Essex"][1] == "organisation"
    assert mentions_of("Officials in Damascus have said no.")["Damascus"][1] == "place"


def test_well_known_bodies_named_like_people_are_bodies():
    found = mentions_of("The Red Cross said so. Goldman Sachs said so. Hansa Rostock won.")
    for name in ("Red Cross", "Goldman Sachs", "Hansa Rostock"):
        assert found[name][1] == "organisation", name


def test_a_name_whose_stock_soars_is_a_firm():
    found = mentions_of(
        "Jobs will come, Zenith said. LG bought a majority stake in Zenith. Zenith's stock"
        " soared $5.50."
    )
    assert found["Zenith"][1] == "organisation"


def test_bowlers_and_batsmen_of_a_scorecard_are_people_named_like_towns_or_not():
    found = mentions_of(
        "Pakistan first innings (overnight 229-1)\nSaeed Anwar c Croft b Cork 176\n"
        "Inzamam-ul-Haq c Hussain b Mullally 35\nSalim Malik not out 2\n"
        "Bowling (to date): Lewis 12-1-76-0, Mullally 22-6-56-2,\n"
        "Croft 29-6-64-1, Cork 14.3-4-45-1, Salisbury 17-0-91-0\n"
        "CHICAGO AT ATLANTA\nST LOUIS AT HOUSTON\n"
    )
    for player in ("Cork", "Inzamam-ul-Haq", "Lewis", "Salisbury"):
        assert found[player][1] == "person", player
    assert found["ATLANTA"][1] != "person"


def test_a_golfer_after_a_line_of_scores_is_no_dateline_region():
    found = mentions_of(
        "Leading scores after the second round:\n133 Gary Orr 67 66, Paul Broadhurst\n"
        "68 65, Eamonn Darcy (Ireland) 65 68\n"
    )
    assert found["Eamonn Darcy"][1] == "person"


def test_the_mideast_is_a_place():
    assert mentions_of("Hopes for Mideast peace faded.")["Mideast"][1] == "place"
