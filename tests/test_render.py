"""The renderer, on the small hand-made corpus of conftest.py."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup, escape
from project import one_paragraph_article

from archive.ingest import slugify
from archive.model import AnnotatedArticle, Annotation, Block, Corpus, Mention, SiteConfig
from archive.render import HOME_STORIES, RenderError, render
from archive.render_article import nearest_others
from archive.render_entity import ENTITY_OUTLETS_SHOWN, _namings, _two_or_more
from archive.render_lists import ArticleSummary, file_author_spellings, outlets_of
from archive.render_text import (
    SentenceIndex,
    format_number,
    in_context,
    keyword_in_context,
    mark_mentions,
    usable_mentions,
)
from archive.text import sentence_bounds
from archive.urls import output_path


class LinkCollector(HTMLParser):
    """Every URL a page points at (href, src, action, content of og:url)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src", "action"):
            if values.get(name):
                self.urls.append(values[name] or "")
        if values.get("property") == "og:url":
            self.urls.append(values.get("content") or "")


def links_of(html: str) -> list[str]:
    collector = LinkCollector()
    collector.feed(html)
    return collector.urls


@pytest.fixture
def site(tmp_path: Path, corpus, layouts: Path, content: Path) -> Path:
    out = tmp_path / "site"
    render(corpus, layouts, content, out)
    return out


def read_page(site: Path, url_path: str) -> str:
    return (site / output_path(url_path)).read_text(encoding="utf-8")


# Mentions ------------------------------------------------------------------


def test_mention_is_a_link_to_its_entity_page_marked_by_type(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert re.search(
        r'<a href="/archive/entities/wang-yi/" class="mention mention-person"'
        r' data-entity="Wang Yi"[^>]*>Wang Yi</a>',
        html,
    )


def test_text_around_mentions_is_escaped() -> None:
    text = "<i>Kono</i> & co"
    mention = Mention(start=3, end=7, text="Kono", type="person", entity="Taro Kono")
    html = mark_mentions(text, [mention], lambda _: "/e/taro-kono/")
    assert html.startswith('&lt;i&gt;<a href="/e/taro-kono/"')
    assert html.endswith("&lt;/i&gt; &amp; co")


def test_mention_text_and_entity_name_are_escaped() -> None:
    text = 'A "<b>" B'
    mention = Mention(start=2, end=7, text='"<b>"', type="other", entity='"<b>"')
    html = mark_mentions(text, [mention], lambda _: None)
    assert "<b>" not in html
    assert 'data-entity="&#34;&lt;b&gt;&#34;"' in html


def test_mention_whose_offsets_do_not_match_its_text_is_left_plain() -> None:
    text = "Wang Yi met Kono."
    stale = Mention(start=0, end=4, text="Kono", type="person", entity="Taro Kono")
    assert usable_mentions(text, [stale]) == []
    assert mark_mentions(text, [stale], lambda _: "/x/") == Markup("Wang Yi met Kono.")


def test_overlapping_mentions_keep_the_earlier_longer_one() -> None:
    text = "Taro Kono spoke"
    long = Mention(start=0, end=9, text="Taro Kono", type="person", entity="Taro Kono")
    short = Mention(start=5, end=9, text="Kono", type="person", entity="Taro Kono")
    assert usable_mentions(text, [short, long]) == [long]


def test_later_mentions_of_an_entity_are_marked_as_repeats(site: Path) -> None:
    body = read_page(site, "/articles/alpha/").split("data-pagefind-body", 1)[1]
    kono = re.findall(
        r'class="(mention mention-person[^"]*)" data-entity="Taro Kono"',
        body,
    )
    assert kono == ["mention mention-person", "mention mention-person mention-repeat"]


def test_a_probable_misspelling_is_marked_and_says_whom_it_names() -> None:
    kano = Mention(0, 4, "Kano", "person", "Taro Kono", probable_misspelling=True)
    html = mark_mentions("Kano said", [kano], lambda _: "/e/")
    assert 'class="mention mention-person mention-misspelt"' in html
    assert "(probable misspelling of Taro Kono)</span> said" in html


def test_body_mentions_are_placed_in_the_right_block(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    # "Kono" opens the last paragraph, after the crosshead.
    assert re.search(r"<p><a [^>]*>Kono</a> said the Senkaku islands", html)


def test_standfirst_mentions_are_linked(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    standfirst = re.search(r'<p class="standfirst">(.*?)</p>', html, re.DOTALL)
    assert standfirst and 'href="/archive/entities/beijing/"' in standfirst.group(1)


# Escaping ------------------------------------------------------------------


def test_script_in_article_text_comes_out_escaped(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; left." in html


def test_markup_in_a_crosshead_is_escaped(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert '<h2 id="islands-b-dispute-b">Islands &lt;b&gt;dispute&lt;/b&gt;</h2>' in html


def test_raw_html_in_a_content_page_is_not_passed_through(site: Path) -> None:
    html = read_page(site, "/about/")
    assert "<b>raw</b>" not in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html


def test_the_byline_links_each_authors_page(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    byline = re.search(r'<p class="byline"[^>]*>(.*?)</p>', html, re.DOTALL)
    assert byline, "no byline"
    links = re.findall(
        r'<a href="([^"]+)" data-pagefind-filter="author:([^"]+)"[^>]*>([^<]+)</a>', byline[1]
    )
    assert links == [
        ("/archive/authors/jane-doe/", "Jane Doe", "Jane Doe"),
        ("/archive/authors/li-wei-co/", "Li &lt;Wei&gt; &amp; Co", "Li &lt;Wei&gt; &amp; Co"),
    ]
    assert unescape(re.sub(r"<[^>]+>", "", byline[1])) == "By Jane Doe and Li <Wei> & Co"
    json_ld = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.DOTALL)[1])
    assert json_ld["author"] == [
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "Li <Wei> & Co"},
    ]
    assert 'class="byline"' not in read_page(site, "/articles/beta/")  # beta names none


def test_one_authors_spellings_are_filed_under_one_page(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    beta = corpus.articles[1]
    signed = replace(beta.article, authors=("Jane Q. Doe",))
    corpus.articles[1] = type(beta)(signed, beta.annotation)
    render(corpus, layouts, content, tmp_path / "out")
    site = tmp_path / "out"
    assert not (site / "authors" / "jane-doe").exists()
    page = read_page(site, "/authors/jane-q-doe/")
    assert '<a href="/archive/articles/alpha/">' in page
    assert '<a href="/archive/articles/beta/">' in page
    # alpha's byline keeps its spelling, and links and files it under the one page
    alpha = read_page(site, "/articles/alpha/")
    assert (
        '<a href="/archive/authors/jane-q-doe/" data-pagefind-filter="author:Jane Q. Doe">'
        "Jane Doe</a>" in alpha
    )


def test_spellings_differing_in_case_or_a_middle_initial_are_one_author() -> None:
    counts = Counter(
        {
            "Troy L. Smith": 1,
            "Troy Smith": 1,
            "Kevin Mccarthy": 1,  # "KEVIN MCCARTHY" read from capitals
            "Kevin McCarthy": 2,
            "John A. Smith": 1,
            "John B. Smith": 1,
            "John Smith": 1,
        }
    )
    filed = file_author_spellings(counts)
    assert filed["Troy Smith"] == filed["Troy L. Smith"] == "Troy L. Smith"
    assert filed["Kevin Mccarthy"] == "Kevin McCarthy"
    # two middle initials: two people, and the name without one is neither's
    assert [filed[name] for name in ("John A. Smith", "John B. Smith", "John Smith")] == [
        "John A. Smith",
        "John B. Smith",
        "John Smith",
    ]


def test_an_authors_page_lists_their_articles_and_searches_them(site: Path) -> None:
    html = read_page(site, "/authors/li-wei-co/")
    assert "<h1>Li &lt;Wei&gt; &amp; Co</h1>" in html
    assert '<a href="/archive/articles/alpha/">' in html
    assert "/archive/articles/beta/" not in html
    assert 'href="/archive/search/?author=Li%20%3CWei%3E%20%26%20Co"' in html
    index = read_page(site, "/authors/")
    names = re.findall(r'<li><a href="/archive/authors/[^"]+/">([^<]+)</a>', index)
    assert names == ["Jane Doe", "Li &lt;Wei&gt; &amp; Co"]
    assert "/archive/authors/jane-doe/" in read_page(site, "/sitemap.xml")


def test_an_outlets_page_and_its_authors_pages_link_each_other(site: Path) -> None:
    def counted(url_path: str) -> list[tuple[str, str, str]]:
        html = read_page(site, url_path)
        line = re.search(r'<p class="counted-links">(.*?)</p>', html, re.DOTALL)
        assert line, f"no counted links on {url_path}"
        return re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="muted">\((\d+)\)', line[1])

    assert counted("/outlets/daily-example/") == [
        ("/archive/authors/jane-doe/", "Jane Doe", "1"),
        ("/archive/authors/li-wei-co/", "Li &lt;Wei&gt; &amp; Co", "1"),
    ]
    assert counted("/authors/jane-doe/") == [
        ("/archive/outlets/daily-example/", "Daily Example", "1")
    ]
    assert "counted-links" not in read_page(site, "/outlets/other-outlet/")  # beta names none


def test_the_original_page_is_linked_for_citing(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    link = re.search(
        r'<dt>Original page</dt>\s*<dd><a class="source-url" ([^>]*)>([^<]*)</a>', html
    )
    assert link, "no link to the original page"
    assert 'href="https://daily.example/2018/01/28/ministers-meet?page=1&amp;ref=a"' in link[1]
    assert 'rel="nofollow noopener noreferrer"' in link[1]
    assert link[2] == "daily.example/2018/01/28/ministers-meet?page=1&amp;ref=a"
    json_ld = json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.DOTALL)[1])
    assert json_ld["isBasedOn"] == "https://daily.example/2018/01/28/ministers-meet?page=1&ref=a"
    assert "Original page" not in read_page(site, "/articles/beta/")


def test_an_entitys_page_counts_the_outlets_and_authors_naming_it(site: Path) -> None:
    html = read_page(site, "/entities/beijing/")
    counts = re.search(r'<p class="outlet-counts">(.*?)</p>', html, re.DOTALL)
    assert counts, "no outlets on Beijing's page"
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="muted">\((\d+)\)', counts[1])
    assert links == [
        ("/archive/outlets/daily-example/", "Daily Example", "1"),
        ("/archive/outlets/other-outlet/", "Other Outlet", "1"),
    ]
    assert "outlet-counts" not in read_page(site, "/entities/taro-kono/")  # one outlet only
    # two authors sign the articles naming Beijing (alpha's byline names both)
    authors = re.search(r'<p class="author-counts">(.*?)</p>', html, re.DOTALL)
    assert authors, "no authors on Beijing's page"
    assert re.findall(r'<a href="([^"]+)">[^<]+</a> <span class="muted">\((\d+)\)', authors[1]) == [
        ("/archive/authors/jane-doe/", "1"),
        ("/archive/authors/li-wei-co/", "1"),
    ]


def test_the_outlets_naming_an_entity_are_ranked_by_their_articles_then_a_to_z() -> None:
    def summary(number: int, outlet: str, url: str = "/o/") -> ArticleSummary:
        return ArticleSummary(str(number), "", "", outlet, url, None, "", "", "")

    outlets = [f"Outlet {letter}" for letter in "LKJIHGFEDCBA"]
    summaries = [summary(number, outlet) for number, outlet in enumerate(outlets)]
    summaries += [summary(20, "Outlet K"), summary(21, "Outlet K"), summary(22, "Outlet L")]
    summaries.append(summary(23, "Outlet not named", url=""))  # an article with no outlet
    ranked = [(link.name, link.count) for link in _two_or_more(outlets_of(summaries))]
    assert ranked[:4] == [("Outlet K", 3), ("Outlet L", 2), ("Outlet A", 1), ("Outlet B", 1)]
    assert len(ranked) == 12 > ENTITY_OUTLETS_SHOWN
    assert _two_or_more(outlets_of(summaries[:1])) == []  # one outlet: nothing to compare


def test_json_ld_cannot_close_its_script_element(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    article = corpus.articles[0].article
    hostile = type(article)(**{**_fields(article), "title": "</script><script>alert(1)"})
    corpus.articles[0] = type(corpus.articles[0])(hostile, corpus.articles[0].annotation)
    render(corpus, layouts, content, tmp_path / "out")
    html = (tmp_path / "out" / "articles/alpha/index.html").read_text(encoding="utf-8")
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert json_ld is not None
    assert "<" not in json_ld.group(1)
    assert json.loads(json_ld.group(1))["headline"] == "</script><script>alert(1)"


def _fields(record) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


# URLs ----------------------------------------------------------------------


def test_every_link_on_every_page_honours_the_base_url_sub_path(site: Path) -> None:
    for path in sorted(site.rglob("*.html")):
        for url in links_of(path.read_text(encoding="utf-8")):
            # other sites: Wikidata's entries, and the article's original page
            if url.startswith(("#", "https://www.wikidata.org/", "https://daily.example/")):
                continue
            assert url.startswith("/archive/"), f"{path.relative_to(site)}: {url}"


def test_links_in_markdown_get_the_base_url(site: Path) -> None:
    assert 'href="/archive/articles/"' in read_page(site, "/about/")
    assert 'href="/archive/entities/"' in read_page(site, "/entities/taro-kono/")


def test_every_internal_link_points_at_a_written_page(site: Path) -> None:
    for path in sorted(site.rglob("*.html")):
        for url in links_of(path.read_text(encoding="utf-8")):
            if not url.startswith("/archive/") or "/pagefind/" in url:
                continue
            target = url.removeprefix("/archive").split("?")[0].split("#")[0]
            assert (site / output_path(target)).is_file(), f"{path.relative_to(site)}: {url}"


def test_canonical_url_and_open_graph_on_an_article(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert '<link rel="canonical" href="/archive/articles/alpha/">' in html
    assert '<meta property="og:title" content="Ministers meet in Beijing">' in html
    assert '<meta property="og:type" content="article">' in html


def test_an_absolute_base_url_gives_absolute_links(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    render(corpus_factory("https://example.org/news/"), layouts, content, tmp_path / "out")
    html = (tmp_path / "out" / "articles/alpha/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/news/articles/alpha/">' in html
    assert 'href="https://example.org/news/entities/wang-yi/"' in html


# Article page --------------------------------------------------------------


def test_captions_are_figures_with_credits(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    figure = re.search(r'<figure class="photo">\s*<figcaption>(.*?)</figcaption>', html)
    assert figure is not None
    assert "Taro Kono and Wang Yi shake hands." in figure.group(1)
    assert figure.group(1).endswith('<span class="credit">AFP</span>')


def test_crossheads_are_second_level_headings(site: Path) -> None:
    assert "<h2 id=" in read_page(site, "/articles/alpha/")


def test_publication_date_and_capture_clock_are_labelled_apart(site: Path) -> None:
    dated = read_page(site, "/articles/alpha/")
    assert '<time datetime="2018-01-28"' in dated and "28 January 2018" in dated
    undated = read_page(site, "/articles/beta/")
    assert "not stated in the text" in undated
    assert "not a publication date" in undated
    assert '<time datetime="2025-01-21T23:27:39">21 January 2025, 23:27:39</time>' in undated


def test_provenance_lists_removed_lines_with_reasons(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    provenance = re.search(r'<details class="provenance">(.*?)</details>', html, re.DOTALL)
    assert provenance is not None
    rows = provenance.group(1)
    assert rows.count("<tr class=") == 9  # every line of the original
    removed = re.findall(
        r'<tr class="role-boilerplate"><td>(\d+)</td><td>removed</td><td>(.*?)</td>', rows
    )
    assert removed == [
        (
            "1",
            'DAILY EXAMPLE | Home | World<br><span class="reason">'
            '<span class="visually-hidden">Why: </span>site navigation menu</span>',
        ),
        (
            "17",
            'Like us on Facebook<br><span class="reason">'
            '<span class="visually-hidden">Why: </span>social media prompt</span>',
        ),
    ]


def test_side_panel_groups_the_article_entities_by_type(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    side = html[html.index('<aside class="article-side"') :]
    assert side.index("People") < side.index("Taro Kono") < side.index("Places")
    assert side.index("Places") < side.index("Beijing")


def test_other_coverage_of_the_same_story_and_related_articles(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert "Other coverage of this story" in html
    assert 'href="/archive/stories/kono-visit-2018/"' in html
    # beta, related and of the same story, is listed once: with the story's reports
    side = html[html.index("Other coverage of this story") :]
    assert side.count('href="/archive/articles/beta/"') == 1
    assert "Related articles" not in html


def test_a_related_article_of_no_shared_story_is_listed_as_related(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    corpus.stories, corpus.story_of = [], {}
    render(corpus, layouts, content, tmp_path / "out")
    html = (tmp_path / "out" / "articles/alpha/index.html").read_text(encoding="utf-8")
    related = html[html.index("Related articles") :]
    assert 'href="/archive/articles/beta/"' in related


def test_a_large_story_lists_only_the_reports_nearest_each_article(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    alpha = corpus.articles[0]
    copies = [f"copy-{number:02}" for number in range(30)]
    for article_id in copies:
        copy = type(alpha.article)(
            **{**_fields(alpha.article), "id": article_id, "slug": article_id}
        )
        corpus.articles.append(type(alpha)(copy, alpha.annotation))
    story = replace(corpus.stories[0], article_ids=("alpha", "beta", *copies))
    corpus.stories = [story]
    corpus.story_of = dict.fromkeys(story.article_ids, story.key)
    render(corpus, layouts, content, tmp_path / "out")
    html = (tmp_path / "out" / "articles/copy-15/index.html").read_text(encoding="utf-8")
    side = html[html.index("Other coverage of this story") : html.index("The story: all")]
    listed = re.findall(r'href="/archive/articles/([^/"]+)/"', side)
    assert listed == [f"copy-{number:02}" for number in (*range(10, 15), *range(16, 21))]
    assert "The story: all 32 reports" in html


@pytest.mark.parametrize(
    ("position", "expected"),
    [(0, [1, 2, 3, 4]), (5, [3, 4, 6, 7]), (9, [5, 6, 7, 8]), (2, [0, 1, 3, 4])],
)
def test_nearest_others_is_a_window_around_the_article(position: int, expected: list) -> None:
    ids = tuple(str(number) for number in range(10))
    assert nearest_others(ids, str(position), 4) == [str(number) for number in expected]
    assert nearest_others(ids[:3], "1", 4) == ["0", "2"]


def test_edited_by_hand_article_says_so(site: Path) -> None:
    assert "edited by hand" in read_page(site, "/articles/beta/")
    assert "edited by hand" not in read_page(site, "/articles/alpha/")


def test_editor_note_is_rendered_from_markdown(site: Path) -> None:
    assert "<p>The ministers met on <em>Sunday</em> 28 January.</p>" in read_page(
        site, "/articles/alpha/"
    )


def test_json_ld_is_a_news_article_with_its_mentions(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html).group(1))  # type: ignore[union-attr]
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2018-01-28"
    names = {thing["name"]: thing["@type"] for thing in data["mentions"]}
    assert names == {"Beijing": "Place", "Taro Kono": "Person", "Wang Yi": "Person"}


def test_article_page_carries_the_search_index_attributes(site: Path) -> None:
    html = read_page(site, "/articles/alpha/")
    assert html.count("data-pagefind-body") == 1
    assert 'data-pagefind-filter="outlet" data-pagefind-meta="outlet">Daily Example<' in html
    assert 'data-pagefind-filter="year:2018"' in html
    assert 'data-pagefind-filter="person">Taro Kono<' in html
    assert 'data-pagefind-filter="place">Beijing<' in html
    assert 'data-pagefind-sort="date:2018-01-28"' in html
    assert 'data-pagefind-meta="title"' in html


def test_only_article_and_entity_pages_are_marked_for_the_search_index(site: Path) -> None:
    for path in sorted(site.rglob("*.html")):
        indexed = path.parent.parent.name in ("articles", "entities")
        assert ("data-pagefind-body" in path.read_text(encoding="utf-8")) == indexed, path


# Entity, index and list pages -------------------------------------------------


def test_entity_page_links_back_to_the_article_with_the_naming_sentence(site: Path) -> None:
    html = read_page(site, "/entities/wang-yi/")
    assert 'href="/archive/articles/alpha/"' in html
    assert 'href="/archive/articles/beta/"' in html
    assert "Taro Kono met <mark>Wang Yi</mark> in Beijing on Sunday." in html


def test_entity_page_shows_description_aliases_and_cooccurring_names(site: Path) -> None:
    html = read_page(site, "/entities/taro-kono/")
    assert '<p>Japan\'s foreign minister. See <a href="/archive/entities/">' in html
    assert '<span class="alias">Kono</span>' in html
    assert "https://www.wikidata.org/wiki/Q1352014" in html
    assert 'href="/archive/entities/wang-yi/"' in html


def test_entity_index_is_grouped_by_type_then_alphabetical(site: Path) -> None:
    html = read_page(site, "/entities/")
    assert html.index('id="person"') < html.index('id="place"')
    assert html.index(">Taro Kono<") < html.index(">Wang Yi<") < html.index(">Beijing<")


def test_a_long_group_of_names_has_a_bar_of_initials_to_jump_through_it(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    # people filed under their family names (render_filing), accents aside; a
    # name of one word opening with a digit or a sign under "#"
    given_names = [
        "Ada",
        "Ben",
        "Cleo",
        "Dan",
        "Eva",
        "Finn",
        "Gus",
        "Hal",
        "Ida",
        "Jo",
        "Liv",
        "Max",
    ]
    family_names = ["Abe", "Ébert", "Kono", "Kato", "Zhou"]
    people = [f"{given} {family}" for family in family_names for given in given_names]
    people += [f"{sign}{number:02d}" for sign in ("1st", "€uro") for number in range(6)]
    for name in people:
        corpus.entities[name] = replace(corpus.entities["Wang Yi"], name=name, slug=slugify(name))
    render(corpus, layouts, content, tmp_path / "site")
    html = read_page(tmp_path / "site", "/entities/")
    bar = html[html.index('aria-label="People by initial"') :]
    bar = bar[: bar.index("</nav>")]
    assert re.findall(r'<a href="#(person-\d+)">([^<]+)</a>', bar) == [
        ("person-1", "#"),
        ("person-2", "A"),
        ("person-3", "E"),
        ("person-4", "K"),
        ("person-5", "W"),  # Wang Yi, his family name first
        ("person-6", "Z"),
    ]
    assert re.search(r'<li id="person-3"><a [^>]*>Ada Ébert<', html)
    assert re.search(r'<li id="person-4"><a [^>]*>Ada Kato<', html)
    assert html.index(">Max Kato<") < html.index(">Max Kono<") < html.index(">Taro Kono<")
    assert 'aria-label="Places by initial"' not in html  # one place: no bar


def test_the_registry_files_a_name_where_it_says(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    render(corpus, layouts, content, tmp_path / "before")
    before = read_page(tmp_path / "before", "/entities/")
    assert before.index(">Taro Kono<") < before.index(">Wang Yi<")
    corpus.entities["Taro Kono"] = replace(corpus.entities["Taro Kono"], sort="Zzz")
    render(corpus, layouts, content, tmp_path / "after")
    after = read_page(tmp_path / "after", "/entities/")
    assert after.index(">Wang Yi<") < after.index(">Taro Kono<")


def test_outlet_story_and_year_pages_list_their_articles(site: Path) -> None:
    assert 'href="/archive/articles/alpha/"' in read_page(site, "/outlets/daily-example/")
    story = read_page(site, "/stories/kono-visit-2018/")
    assert 'href="/archive/articles/alpha/"' in story and 'href="/archive/articles/beta/"' in story
    year = read_page(site, "/years/2018/")
    assert 'href="/archive/articles/alpha/"' in year
    assert 'href="/archive/articles/beta/"' not in year  # no publication date


def test_home_page_has_latest_articles_stories_names_and_timeline(site: Path) -> None:
    html = read_page(site, "/")
    assert 'href="/archive/articles/alpha/"' in html
    assert 'href="/archive/stories/kono-visit-2018/"' in html
    assert 'href="/archive/entities/wang-yi/"' in html
    assert 'href="/archive/years/2018/"' in html
    assert "stories</a>" not in html  # one story: no need to send the reader to all of them


def test_home_page_lists_the_newest_stories_and_links_to_them_all(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    story = corpus.stories[0]
    corpus.stories = [
        replace(story, key=f"story-{number:02}", title=f"Story {number:02}")
        for number in range(HOME_STORIES + 3)
    ]
    render(corpus, layouts, content, tmp_path / "out")
    html = read_page(tmp_path / "out", "/")
    listed = re.findall(r'href="/archive/stories/(story-\d+)/"', html)
    assert listed == [f"story-{number:02}" for number in range(HOME_STORIES)]
    assert f'<a href="/archive/stories/">All {HOME_STORIES + 3} stories</a>' in html


def test_every_page_has_a_skip_link_search_box_language_and_canonical(site: Path) -> None:
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert '<html lang="en">' in html, path
        assert 'class="skip-link" href="#content"' in html, path
        assert '<main id="content"' in html, path
        assert 'action="/archive/search/" method="get"' in html, path
        assert 'name="q"' in html, path
        assert '<link rel="canonical"' in html, path


def test_search_page_finds_the_pagefind_bundle_under_the_base_url(site: Path) -> None:
    html = read_page(site, "/search/")
    assert 'data-bundle="/archive/pagefind/"' in html
    assert 'data-base-url="/archive/"' in html
    assert 'data-delta="/archive/pagefind-delta/"' in html
    assert '<select id="search-sort" name="sort">' in html


# Feed, sitemap, files ----------------------------------------------------------


def test_feed_is_atom_with_one_entry_per_article(site: Path) -> None:
    feed = ElementTree.parse(site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    links = [entry.find(f"{atom}link").get("href") for entry in entries]  # type: ignore[union-attr]
    assert links == ["/archive/articles/alpha/", "/archive/articles/beta/"]
    ids = [entry.findtext(f"{atom}id") or "" for entry in entries]
    assert all(id_.startswith("urn:uuid:") for id_ in ids) and len(set(ids)) == 2
    assert feed.findtext(f"{atom}updated") == "2025-01-21T00:00:00Z"
    # an entry's authors are its byline's; an entry without them has the feed's
    authors = [[name.text for name in entry.iter(f"{atom}name")] for entry in entries]
    assert authors == [["Jane Doe", "Li <Wei> & Co"], []]
    assert feed.find(f"{atom}author/{atom}name").text == "Test Archive"  # type: ignore[union-attr]


def test_sitemap_lists_articles_and_entities(site: Path) -> None:
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert "/archive/articles/alpha/" in locations
    assert "/archive/entities/wang-yi/" in locations
    assert locations == sorted(locations)


def test_render_returns_the_written_paths_sorted(tmp_path: Path, corpus, layouts, content) -> None:
    out = tmp_path / "out"
    written = render(corpus, layouts, content, out).paths
    on_disk = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == on_disk
    expected = {"index.html", "404.html", "feed.xml", "sitemap.xml", "search/index.html"}
    assert expected <= set(written)


def test_same_corpus_gives_the_same_bytes(tmp_path: Path, corpus_factory, layouts, content) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    render(corpus_factory(), layouts, content, first)
    render(corpus_factory(), layouts, content, second)
    for path in sorted(first.rglob("*")):
        if path.is_file():
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes(), path


def test_a_content_page_may_not_replace_a_generated_page(
    tmp_path: Path, corpus, layouts, content
) -> None:
    (content / "pages" / "articles.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(RenderError, match="content/pages/articles.md"):
        render(corpus, layouts, content, tmp_path / "out")


def test_an_empty_content_folder_is_fine(tmp_path: Path, corpus, layouts) -> None:
    written = render(corpus, layouts, tmp_path / "no-content", tmp_path / "out").paths
    assert "articles/alpha/index.html" in written


# Keyword in context ----------------------------------------------------------


def test_keyword_in_context_is_the_sentence_that_names_it() -> None:
    text = "First one. Then Wang Yi spoke at length. Last one."
    start = text.index("Wang Yi")
    assert keyword_in_context(text, start, start + 7) == Markup(
        "Then <mark>Wang Yi</mark> spoke at length."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign was led by Gov. Kristi Noem.",
        "George W. Bush came on Nov. 18 and spoke.",
        "Officials in the U.S. said Kristi Noem spoke.",
    ],
)
def test_keyword_in_context_does_not_stop_at_a_title_an_initial_or_an_abbreviation(
    sentence,
) -> None:
    text = f"First one. {sentence} Last one."
    name = "Kristi Noem" if "Noem" in sentence else "Bush"
    start = text.index(name)
    context = keyword_in_context(text, start, start + len(name))
    assert context == Markup(sentence.replace(name, f"<mark>{name}</mark>"))


def test_keyword_in_context_stops_at_a_paragraph_break_even_after_a_title() -> None:
    text = "The talks were led by the Gov.\n\nKristi Noem spoke next. Last one."
    start = text.index("Kristi Noem")
    assert keyword_in_context(text, start, start + 11) == Markup(
        "<mark>Kristi Noem</mark> spoke next."
    )


def test_keyword_in_context_cuts_a_long_sentence_around_the_name() -> None:
    text = "word " * 100 + "Wang Yi " + "word " * 100
    start = text.index("Wang Yi")
    context = keyword_in_context(text, start, start + 7, limit=60)
    assert context.startswith("… ") and context.endswith(" …")
    assert "<mark>Wang Yi</mark>" in context
    assert len(context) < 100


def test_two_entities_sharing_a_slug_both_get_a_page(
    tmp_path: Path, corpus_factory, layouts, content
) -> None:
    corpus = corpus_factory()
    wang = corpus.entities["Wang Yi"]
    corpus.entities["Wang Yi"] = type(wang)(**{**_fields(wang), "slug": "beijing"})
    written = render(corpus, layouts, content, tmp_path / "out").paths
    assert {"entities/beijing/index.html", "entities/beijing-2/index.html"} <= set(written)
    html = (tmp_path / "out" / "articles/alpha/index.html").read_text(encoding="utf-8")
    assert 'href="/archive/entities/beijing-2/" class="mention mention-person"' in html


# Properties of the text core ---------------------------------------------------


def _visible_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


@st.composite
def text_with_mentions(draw):  # type: ignore[no-untyped-def]
    text = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 8)), max_size=6))
    mentions = [
        Mention(start, min(start + length, len(text)), text[start : start + length], "place", "X")
        for start, length in spans
        if start + length <= len(text) and length > 0
    ]
    return text, mentions


@given(text_with_mentions())
def test_marking_mentions_never_changes_the_text_a_reader_sees(case) -> None:
    text, mentions = case
    html = mark_mentions(text, mentions, lambda _: "/e/")
    assert _visible_text(html) == text
    assert html.count("<a ") == len(usable_mentions(text, mentions))


@given(st.text(max_size=400), st.data())
def test_keyword_in_context_keeps_the_name_and_only_words_of_the_text(text, data) -> None:
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    context = keyword_in_context(text, start, end, limit=80)
    assert f"<mark>{escape(text[start:end])}</mark>" in context
    visible = _visible_text(context).removeprefix("… ").removesuffix(" …")
    assert visible in text


# Text made of sentence ends, abbreviations, initials, closing quotes, blank lines
# and letters outside ASCII: where finding a sentence has its cases.
SENTENCE_PIECES = st.lists(
    st.sampled_from(
        ["Mr.", "Gov.", "W.", "U.S.", "Kono", "said", "the", "a", "é", "“quoted.”", "end.", "Why?"]
        + ["talks", "(so).", "done!", "it.", "\n", "\n\n", "。", "x.y", "Nov. 18", " ", ". ", "!"]
    ),
    max_size=40,
).map(" ".join)


@given(SENTENCE_PIECES, st.data())
def test_the_sentence_index_finds_the_sentence_a_scan_finds(text, data) -> None:
    _index_agrees_with_the_scan(text, data)


@given(st.lists(st.sampled_from([*"abA .!?\n\"')”。」字", "Gov", "Nov"]), max_size=40), st.data())
def test_sentences_found_once_give_the_same_bounds_as_a_scan(pieces, data) -> None:
    _index_agrees_with_the_scan("".join(pieces), data)


def _index_agrees_with_the_scan(text: str, data: st.DataObject) -> None:
    """A random span of `text`: SentenceIndex gives it the sentence a scan gives."""
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert SentenceIndex(text).bounds(text, start, end) == sentence_bounds(text, start, end)
    kept = SentenceIndex.unpacked(SentenceIndex(text).packed())  # as a cached result keeps it
    assert kept.bounds(text, start, end) == sentence_bounds(text, start, end)


def test_a_full_stop_before_small_letters_ends_no_sentence_wherever_the_span_starts() -> None:
    # found by the test below: the scan cut its matches at the span, and so took
    # ".  said" for a sentence's end when the span started between the spaces
    text = "Mr. .  said"
    assert sentence_bounds(text, 6, 7) == SentenceIndex(text).bounds(text, 6, 7) == (0, 11)


@given(st.lists(SENTENCE_PIECES, min_size=1, max_size=4), st.data())
def test_an_entity_page_quotes_the_sentence_of_the_whole_text(paragraphs, data) -> None:
    """The line is cut from the sentence's own bytes, not from the whole body."""
    paragraphs = [paragraph for paragraph in paragraphs if paragraph.strip()] or ["Kono said."]
    article = one_paragraph_article("a", "x")
    article = replace(article, blocks=tuple(Block("paragraph", text) for text in paragraphs))
    body = article.body_text
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, min(len(body), start + 12)))
    mention = Mention(start, end, body[start:end], "person", "X")
    item = AnnotatedArticle(article, Annotation((mention,)))
    assert _namings(item).sentence("X") == keyword_in_context(body, start, end)
    packed = AnnotatedArticle.packed(article, Annotation((mention,)))  # its sentences kept
    assert _namings(packed).sentence("X") == keyword_in_context(body, start, end)


def test_an_entity_page_reads_the_sentences_its_article_kept(monkeypatch) -> None:
    article = one_paragraph_article("a", "Taro Kono met Wang Yi. They spoke of trade.")
    body = article.body_text
    start = body.index("Wang Yi")
    mention = Mention(start, start + 7, "Wang Yi", "person", "Wang Yi")
    item = AnnotatedArticle.packed(article, Annotation((mention,)))
    indexed = []
    original = SentenceIndex.__init__

    def record(self, text=""):
        indexed.append(text)
        original(self, text)

    monkeypatch.setattr(SentenceIndex, "__init__", record)
    assert "<mark>Wang Yi</mark>" in _namings(item).sentence("Wang Yi")
    assert body not in indexed, "the body's sentences are found once, with the article"


def test_an_entity_page_marks_every_name_of_it_in_the_sentence_it_quotes() -> None:
    """Aliases merged into one entity are all marked where the sentence gives both."""
    body = "Both claim the islands, the Diaoyus in China and the Senkakus in Japan. Later on."
    article = one_paragraph_article("a", body)
    mentions = tuple(
        Mention(start, start + len(name), name, "place", "Senkaku Islands")
        for name in ("Diaoyus", "Senkakus")
        for start in [article.body_text.index(name)]
    )
    for item in (
        AnnotatedArticle(article, Annotation(mentions)),
        AnnotatedArticle.packed(article, Annotation(mentions)),
    ):
        assert _namings(item).sentence("Senkaku Islands") == Markup(
            "Both claim the islands, the <mark>Diaoyus</mark> in China "
            "and the <mark>Senkakus</mark> in Japan."
        )


def test_keyword_in_context_marks_only_the_other_names_its_cut_keeps_whole() -> None:
    sentence = "Senkakus " + "word " * 40 + "Senkakus " + "word " * 40 + "Diaoyus end."
    start = sentence.index("Senkakus", 1)
    others = [(0, 8), (sentence.index("Diaoyus"), sentence.index("Diaoyus") + 7)]
    context = in_context(sentence, start, start + 8, limit=60, others=others)
    assert context.count("<mark>") == 1 and "<mark>Senkakus</mark>" in context
    whole = in_context(sentence, start, start + 8, limit=1000, others=others)
    assert whole.count("<mark>") == 3 and "<mark>Diaoyus</mark>" in whole


def test_person_page_shows_how_articles_describe_and_quote_them(site: Path) -> None:
    kono = read_page(site, "/entities/taro-kono/")
    # The same role in other capitals is one role, in the spelling first seen.
    assert kono.count("Japanese foreign minister") == 1
    assert "Japanese Foreign Minister" not in kono
    wang = read_page(site, "/entities/wang-yi/")
    assert "<blockquote>“We hope for &lt;b&gt;better&lt;/b&gt; ties”</blockquote>" in wang


def test_a_template_error_names_the_template(
    tmp_path: Path, corpus, layouts: Path, content
) -> None:
    custom = tmp_path / "layouts"
    shutil.copytree(layouts, custom)
    (custom / "404.html").write_text(
        "{% extends 'base.html' %}{% block content %}{{ no_such_thing }}{% endblock %}"
    )
    with pytest.raises(RenderError, match=r"layouts/404.html: 'no_such_thing' is undefined"):
        render(corpus, custom, content, tmp_path / "out")


def test_story_page_shows_what_every_report_names_and_what_only_one_does(site: Path) -> None:
    html = read_page(site, "/stories/kono-visit-2018/")
    shared = html.split('id="shared-title"', 1)[1].split("</section>", 1)[0]
    assert ">Beijing<" in shared and ">Wang Yi<" in shared and "Taro Kono" not in shared
    reports = html.split('id="reports-title"', 1)[1]
    alpha = reports.split("/archive/articles/beta/", 1)[0]
    assert "Named only in this report" in alpha and ">Taro Kono<" in alpha


def test_an_empty_archive_still_makes_a_site(tmp_path: Path, layouts: Path) -> None:
    empty = Corpus(
        config=SiteConfig(),
        articles=[],
        entities={},
        related={},
        stories=[],
        story_of={},
        outlets={},
    )
    written = render(empty, layouts, tmp_path / "content", tmp_path / "out").paths
    assert {"index.html", "articles/index.html", "entities/index.html", "404.html"} <= set(written)


def test_long_lists_are_split_into_pages_linked_in_order(
    tmp_path: Path, corpus, layouts: Path, content: Path, monkeypatch
) -> None:
    monkeypatch.setattr("archive.render.LIST_PAGE_SIZE", 1)
    out = tmp_path / "out"
    render(corpus, layouts, content, out)
    first = (out / "articles/index.html").read_text(encoding="utf-8")
    second = (out / "articles/page/2/index.html").read_text(encoding="utf-8")
    assert 'href="/archive/articles/alpha/"' in first and "/archive/articles/beta/" not in first
    assert 'href="/archive/articles/beta/"' in second
    assert '<a href="/archive/articles/page/2/" rel="next">' in first
    assert '<a href="/archive/articles/" rel="prev">' in second
    assert "2 articles, page 2 of 2" in second


def test_an_entity_named_in_many_articles_lists_them_over_pages_linked_in_order(
    tmp_path: Path, corpus, layouts: Path, content: Path, monkeypatch
) -> None:
    monkeypatch.setattr("archive.render_entity.ENTITY_PAGE_SIZE", 1)
    out = tmp_path / "out"
    written = render(corpus, layouts, content, out).paths
    assert "entities/wang-yi/page/2/index.html" in written
    assert "entities/wang-yi/page/3/index.html" not in written
    first = (out / "entities/wang-yi/index.html").read_text(encoding="utf-8")
    second = (out / "entities/wang-yi/page/2/index.html").read_text(encoding="utf-8")
    assert _appearance_links(first) == ["/archive/articles/alpha/"]
    assert _appearance_links(second) == ["/archive/articles/beta/"]
    assert '<a href="/archive/entities/wang-yi/page/2/" rel="next">' in first
    assert '<a href="/archive/entities/wang-yi/" rel="prev">' in second
    assert "Named in 2 articles" in first and "Named in 2 articles" in second
    assert '<ol class="appearances" start="2">' in second
    # The first page says all there is of the entity; the next ones list articles only.
    assert "ld+json" in first and "Quoted" in first
    assert "ld+json" not in second and "Quoted" not in second and "entity-timeline" not in second
    assert "<title>Wang Yi, page 2 · Test Archive</title>" in second
    # Every article in the list comes with the sentence naming the entity.
    assert second.count('class="in-context"') == 1


def test_counts_are_printed_with_thousands_separators(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    assert [format_number(n) for n in (7, 1000, 10001, 1234567)] == [
        "7",
        "1,000",
        "10,001",
        "1,234,567",
    ]
    # a name in 1,000 articles (the list of ids is all the entity page counts)
    record = corpus.entities["Wang Yi"]
    corpus.entities["Wang Yi"] = replace(record, article_ids=record.article_ids * 500)
    out = tmp_path / "out"
    render(corpus, layouts, content, out)
    assert "Named in 1,000 articles" in (out / "entities/wang-yi/index.html").read_text("utf-8")


def _appearance_links(html: str) -> list[str]:
    appearances = html.split('class="appearances"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'class="teaser-title"><a href="([^"]+)"', appearances)


def test_entity_page_describes_its_entity_in_json_ld(site: Path) -> None:
    html = read_page(site, "/entities/taro-kono/")
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', html).group(1))  # type: ignore[union-attr]
    assert data["@type"] == "Person" and data["name"] == "Taro Kono"
    assert data["alternateName"] == ["Kono"]
    assert data["sameAs"] == "https://www.wikidata.org/wiki/Q1352014"


def test_a_role_names_a_few_of_its_articles_and_counts_the_rest(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    from dataclasses import replace

    from archive.model import Role

    role = Role("Taro Kono", "Japanese foreign minister")
    alpha = corpus.articles[0]
    copies = [
        replace(
            alpha,
            article=replace(alpha.article, id=f"copy{n}", slug=f"copy{n}", title=f"Visit {n}"),
            annotation=replace(alpha.annotation, roles=(role,)),
            digest="",
        )
        for n in range(4)
    ]
    kono = corpus.entities["Taro Kono"]
    corpus.articles.extend(copies)
    corpus.entities["Taro Kono"] = replace(
        kono, article_ids=(*kono.article_ids, *(item.article.id for item in copies))
    )
    render(corpus, layouts, content, tmp_path / "site")
    page = read_page(tmp_path / "site", "/entities/taro-kono/")
    start = page.index('id="roles-title"')
    roles = page[start : page.index("</section>", start)]
    assert roles.count("<a ") == 3
    assert "and 2 more articles" in roles
    assert "(Daily Example)" in roles  # each link is the article's title, its outlet beside it


def test_an_article_dated_only_by_its_update_says_so(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    from dataclasses import replace

    beta = corpus.articles[1]
    corpus.articles[1] = replace(
        beta, article=replace(beta.article, published=None, updated="2018-02-01"), digest=""
    )
    render(corpus, layouts, content, tmp_path / "site")
    page = read_page(tmp_path / "site", f"/articles/{beta.article.slug}/")
    assert '<dt>Updated</dt>\n        <dd><time datetime="2018-02-01">' in page
    assert 'data-pagefind-sort="date:2018-02-01"' in page  # filed under the update
    assert "Updated 1 February 2018" in read_page(tmp_path / "site", "/articles/")
