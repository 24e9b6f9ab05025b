"""The reader's site in real Chromium, built from seeds/ and served on 127.0.0.1.

These tests never skip: without Chromium at /usr/bin/chromium they fail.
Screenshots of the main pages, at desktop and phone widths, go to
test-output/screenshots/ (git-ignored), for a person to look at.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import PROJECT, serve_site

from archive import search
from archive.dropin import drop_in
from archive.entities import load_registry
from archive.pipeline import BuildPaths, build
from archive.render_lists import date_bars
from archive.render_svg import timeline_svg

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SEARCH_TIMEOUT_MS = 15_000

# The search page says how many results it found in its status line once the
# results are on the page.
SEARCH_FINISHED = """() => {
  const status = document.getElementById('search-status');
  return status && /^(No (results|articles)|\\d+ (results?|articles?))/.test(status.textContent);
}"""


def article_url(built_site: Path, site_url: str, prefix: str) -> str:
    """The URL of the article whose file name starts with `prefix` ("002")."""
    folders = sorted(built_site.glob(f"articles/{prefix}*/index.html"))
    assert folders, f"no article page for seed {prefix} in {built_site}"
    return site_url + f"articles/{folders[0].parent.name}/"


def entity_url(site_url: str, slug: str) -> str:
    return site_url + f"entities/{slug}/"


def result_links(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.wait_for_function(SEARCH_FINISHED, timeout=SEARCH_TIMEOUT_MS)
    return [
        link.get_attribute("href") or "" for link in page.query_selector_all(".search-result-link")
    ]


def site_with_one_more_article(tmp_path: Path, name: str, text: str) -> Path:
    """The site built from the first seed and one more article, `name` holding `text`."""
    for folder in ("content", "layouts"):
        shutil.copytree(PROJECT / folder, tmp_path / folder)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(next((PROJECT / "seeds").glob("000*")), seeds)
    (seeds / name).write_text(text, encoding="utf-8")
    paths = BuildPaths(seeds, tmp_path / "content", tmp_path / "layouts", tmp_path / "site")
    build(paths, jobs=1)
    return paths.out


def seed_of(url: str) -> str:
    """ "/articles/002-4eb0.../" -> "002"."""
    return url.split("/articles/")[1][:3]


# Navigation ------------------------------------------------------------------


def test_reader_goes_from_home_to_an_article_to_an_entity_to_another_article(
    page, site_url: str
) -> None:
    page.goto(site_url)
    page.locator(
        ".home-latest .teaser-title a", has_text="China, Japan hope for improved ties"
    ).click()
    page.wait_for_load_state()
    first_article = page.url
    assert "/articles/002" in first_article
    page.locator(".article-body a.mention", has_text="Taro Kono").first.click()
    page.wait_for_load_state()
    assert page.url == entity_url(site_url, "taro-kono")
    assert page.locator("h1").inner_text() == "Taro Kono"
    others = [
        link.get_attribute("href")
        for link in page.query_selector_all(".appearances .teaser-title a")
        if link.get_attribute("href") != urlparse(first_article).path
    ]
    assert others, "Taro Kono's page lists no other article"
    page.locator(f'.appearances .teaser-title a[href="{others[0]}"]').click()
    page.wait_for_load_state()
    assert page.url != first_article and "/articles/" in page.url
    assert page.locator('.article-body a.mention[data-entity="Taro Kono"]').count() >= 1
    assert page.errors == []


def test_the_same_navigation_works_under_a_sub_path(page, sub_path_site_url: str) -> None:
    assert sub_path_site_url.endswith("/archive/")
    page.goto(sub_path_site_url)
    page.locator(".home-latest .teaser-title a", has_text="Ministers meet").click()
    page.wait_for_load_state()
    assert page.url == sub_path_site_url + "articles/alpha/"
    page.locator(".article-body a.mention", has_text="Wang Yi").first.click()
    page.wait_for_load_state()
    assert page.url == sub_path_site_url + "entities/wang-yi/"
    page.locator('.appearances a[href="/archive/articles/beta/"]').click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Wang Yi urges better ties"
    # The stylesheet loaded: the page is not the browser's default white.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    assert page.errors == []


def test_skip_link_is_the_first_thing_a_keyboard_reaches(page, site_url: str) -> None:
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Tab")
    page.wait_for_function("() => document.activeElement.textContent === 'Skip to content'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#content$"))


# Search ------------------------------------------------------------------------


def test_typing_senkaku_on_the_home_page_lists_articles_002_and_003_not_000(
    page, site_url: str
) -> None:
    page.goto(site_url)
    page.get_by_role("searchbox", name="Search the archive").fill("Senkaku")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Senkaku"))
    links = result_links(page)
    found = sorted(seed_of(link) for link in links if "/articles/" in link)
    assert "002" in found and "003" in found, found
    assert "000" not in found, found
    assert name_links(page) == ["/entities/senkaku-islands/"]
    assert page.errors == []


def test_search_with_a_filter_and_newest_first_keeps_both_in_the_address(
    page, site_url: str
) -> None:
    page.goto(site_url + "search/?q=Japan")
    assert len(result_links(page)) >= 3
    page.get_by_label("Order").select_option("date-desc")
    page.wait_for_function(
        "() => document.getElementById('search-status').textContent.includes('newest first')"
    )
    newest_first = [seed_of(link) for link in result_links(page) if "/articles/" in link]
    # the two reports dated 28 January 2018 first; the pages captured in 2025 that do
    # not say when they ran are not the newest
    assert set(newest_first[:2]) == {"002", "004"}, newest_first
    assert set(newest_first[2:]) == {"000", "001", "003"}, newest_first
    page.get_by_label("Outlet").select_option("China Topix")
    page.wait_for_function("() => new URL(location.href).searchParams.has('outlet')")
    assert sorted(seed_of(link) for link in result_links(page)) == ["000", "001"]
    query = parse_qs(urlparse(page.url).query)
    assert query == {"q": ["Japan"], "sort": ["date-desc"], "outlet": ["China Topix"]}
    # The address is a deep link: opened afresh it filters and sorts as it says.
    page.goto(site_url + "search/?q=Japan&sort=date-asc&outlet=Press+TV")
    assert [seed_of(link) for link in result_links(page)] == ["002"]
    page.goto(site_url + "search/?q=Japan&sort=date-asc")
    oldest_first = [seed_of(link) for link in result_links(page) if "/articles/" in link]
    assert set(oldest_first[-2:]) == {"002", "004"}, oldest_first


def test_search_results_highlight_the_words_and_link_under_the_base_url(
    page, site_url: str
) -> None:
    page.goto(site_url + "search/?q=Senkaku")
    links = result_links(page)
    base = urlparse(site_url).path
    assert all(
        urlparse(link).path.startswith((base + "articles/", base + "entities/")) for link in links
    )
    marks = page.locator(".search-results mark").all_inner_texts()
    assert marks and all(mark.lower().startswith("senkaku") for mark in marks)
    page.locator(".search-result-link").first.click()
    page.wait_for_load_state()
    assert page.url.startswith((site_url + "articles/", site_url + "entities/"))
    assert page.locator("h1").count() == 1


def test_search_works_when_the_site_lives_under_a_sub_path(page, sub_path_site_url: str) -> None:
    page.goto(sub_path_site_url)
    page.get_by_role("searchbox", name="Search the archive").fill("Senkaku")
    page.keyboard.press("Enter")
    assert [urlparse(link).path for link in result_links(page)] == ["/archive/articles/alpha/"]
    page.locator(".search-result-link").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Ministers meet in Beijing"
    assert page.errors == []


@pytest.mark.parametrize("where", ["", "articles/", "entities/taro-kono/", "search/"])
def test_slash_puts_the_cursor_in_the_search_box_on_every_page(
    page, site_url: str, where: str
) -> None:
    page.goto(site_url + where)
    page.wait_for_load_state("networkidle")
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("/")
    focused = page.evaluate("document.activeElement.getAttribute('type')")
    assert focused == "search"
    page.keyboard.type("Kono")
    assert page.evaluate("document.activeElement.value") == "Kono"  # "/" itself not typed


# Hover cards --------------------------------------------------------------------


def test_hovering_a_mention_shows_its_card_with_name_type_and_description(
    page, site_url: str, built_site: Path
) -> None:
    page.goto(article_url(built_site, site_url, "002"))
    mention = page.locator('.article-body a.mention[data-entity="Shinzo Abe"]').first
    card = page.locator(f"#{mention.get_attribute('aria-describedby')}")
    assert card.get_attribute("role") == "tooltip"
    assert card.is_hidden()
    mention.hover()
    assert card.is_visible()
    text = card.inner_text()
    assert "Shinzo Abe" in text and "Person" in text
    assert "Prime Minister of Japan" in text  # the registry's description
    # The pointer can move onto the card to read it; away from both, the card goes.
    box = card.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 10, box["y"] + 10, steps=5)
    page.wait_for_timeout(500)
    assert card.is_visible()
    page.mouse.move(1, 1)
    page.wait_for_function(f"() => document.getElementById('{card.get_attribute('id')}').hidden")


def test_a_mention_reached_by_keyboard_shows_its_card_and_escape_hides_it(
    page, site_url: str, built_site: Path
) -> None:
    page.goto(article_url(built_site, site_url, "002"))
    first = page.locator(".article-body a.mention[aria-describedby]").first
    card_id = first.get_attribute("aria-describedby")
    # Tab from the last link before the article body to its first mention.
    page.evaluate(
        "() => { const links = [...document.querySelectorAll('a')];"
        " const body = document.querySelector('.article-body a.mention');"
        " links[links.indexOf(body) - 1].focus(); }"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == card_id
    card = page.locator(f"#{card_id}")
    assert card.is_visible()
    page.keyboard.press("Escape")
    assert card.is_hidden()
    page.keyboard.press("Tab")
    assert page.errors == []


# Phone, dark mode, screenshots -------------------------------------------------------


def main_pages(site_url: str, built_site: Path) -> dict[str, str]:
    return {
        "home": site_url,
        "article": article_url(built_site, site_url, "002"),
        "entity": entity_url(site_url, "taro-kono"),
        "search": site_url + "search/?q=Kono&sort=date-desc",
    }


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_main_pages_fit_the_screen_and_are_photographed(
    browser, site_url: str, built_site: Path, screenshots: Path, width: str
) -> None:
    context = browser.new_context(viewport=DESKTOP if width == "desktop" else PHONE)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    try:
        for name, url in main_pages(site_url, built_site).items():
            tab.goto(url)
            tab.wait_for_load_state("networkidle")
            if name == "search":
                result_links(tab)
            tab.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)
            scroll_width = tab.evaluate("document.documentElement.scrollWidth")
            viewport = DESKTOP["width"] if width == "desktop" else PHONE["width"]
            assert scroll_width <= viewport, f"{name}: {scroll_width}px wide at {viewport}px"
        assert errors == []
    finally:
        context.close()
    for name in ("home", "article", "entity", "search"):
        assert (screenshots / f"{name}-{width}.png").stat().st_size > 1000


def test_dark_mode_follows_the_system_setting(browser, site_url: str, screenshots: Path) -> None:
    context = browser.new_context(color_scheme="dark", viewport=DESKTOP)
    dark = context.new_page()
    try:
        dark.goto(site_url)
        dark.screenshot(path=str(screenshots / "home-dark.png"), full_page=True)
        background = dark.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background != "rgb(251, 250, 247)"  # not the light paper
    finally:
        context.close()


def test_an_article_dropped_in_since_the_last_build_is_found_by_the_search_page(
    page, tmp_path: Path
) -> None:
    """The search page merges the delta index (pagefind-delta/) that drop-in writes."""
    for folder in ("seeds", "content", "layouts"):
        shutil.copytree(PROJECT / folder, tmp_path / folder)
    paths = BuildPaths(
        tmp_path / "seeds", tmp_path / "content", tmp_path / "layouts", tmp_path / "site"
    )
    build(paths, jobs=1)
    new_file = paths.seeds / "fishing-talks.txt"
    new_file.write_text(
        "Fishing talks resume in Reykjavik\n\n"
        "Negotiators from the two fishing nations met again on Monday to settle the quotas"
        " of sprat for the coming season, officials said after the meeting ended.\n",
        encoding="utf-8",
    )
    drop_in(paths, [new_file], load_registry(paths.content))
    with serve_site(paths.out, tmp_path / "served") as url:
        page.goto(url + "search/?q=sprat")
        assert [urlparse(link).path for link in result_links(page)] == ["/articles/fishing-talks/"]
    assert page.errors == []


def test_a_word_inside_chinese_or_japanese_text_is_found_and_shown_unspaced(
    page, tmp_path: Path
) -> None:
    """Written without spaces, a run of Chinese up to the next punctuation mark
    would be one word to the index: a word from its middle must still be found."""
    site = site_with_one_more_article(
        tmp_path,
        "hk.md",
        "---\ntitle: 香港行政长官道歉\noutlet: BBC Chinese\ndate: 2012-12-10\n---\n"
        "香港行政长官梁振英就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。\n\n"
        "他强调承诺将在两周内解决问题。\n",
    )
    with serve_site(site, tmp_path / "served") as url:
        for word in ("违章建筑", "道歉", "两周"):
            page.goto(url + "search/?q=" + word)
            assert [urlparse(link).path for link in result_links(page)] == ["/articles/hk/"], word
        excerpt = page.locator(".teaser-text").first
        assert "两周内解决" in excerpt.inner_text()
        assert excerpt.locator("mark").all_inner_texts() == ["两", "周"]
        # Each character is on the page, but not in this order, or not all.
        for word in ("建筑违章", "议会"):
            page.goto(url + "search/?q=" + word)
            assert result_links(page) == [], word
    assert page.errors == []


def test_an_authors_name_in_the_byline_leads_to_their_articles(page, tmp_path: Path) -> None:
    site = site_with_one_more_article(
        tmp_path,
        "fishing.txt",
        "World | Business\n\nFishing talks resume in Reykjavik\n\n"
        "By Anna Jonsdottir and Piet de Vries, Nordic Wire\n\n"
        "Negotiators from the two fishing nations met again in Reykjavik on Monday to settle "
        "the quotas for the coming season, officials said.\n\n"
        "The talks had broken down in the spring over the share of mackerel each fleet may "
        "land, and both sides said they hoped to agree before the winter.\n",
    )
    with serve_site(site, tmp_path / "served") as url:
        page.goto(url + "articles/fishing/")
        byline = page.locator(".byline")
        assert byline.inner_text() == "By Anna Jonsdottir and Piet de Vries"
        byline.get_by_role("link", name="Piet de Vries").click()
        page.wait_for_url(url + "authors/piet-de-vries/")
        assert page.locator("h1").inner_text() == "Piet de Vries"
        listed = page.locator(".teaser-title a").all()
        assert [urlparse(link.get_attribute("href") or "").path for link in listed] == [
            "/articles/fishing/"
        ]
        page.get_by_role("link", name="Search Piet de Vries’s articles").click()
        page.wait_for_url(re.compile(r"/search/\?author="))
        assert [urlparse(link).path for link in result_links(page)] == ["/articles/fishing/"]
        assert page.get_by_label("Author").input_value() == "Piet de Vries"
        meta = page.locator(".search-results .teaser-meta").first.inner_text()
        assert "By Anna Jonsdottir and Piet de Vries" in meta
    assert page.errors == []


def name_links(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The names offered apart from the results, once both are on the page."""
    result_links(page)
    page.wait_for_function(
        "() => document.getElementById('search-names').getAttribute('aria-busy') === 'false'"
    )
    return [
        urlparse(link.get_attribute("href") or "").path
        for link in page.query_selector_all(".search-name-link")
    ]


def test_search_offers_a_persons_page_apart_and_the_type_filter_keeps_only_people(
    page, site_url: str
) -> None:
    page.goto(site_url + "search/?q=Kono")
    articles = result_links(page)
    assert articles and all("/articles/" in link for link in articles), articles
    assert page.locator("#search-status").inner_text().startswith(f"{len(articles)} articles")
    assert name_links(page)[0].endswith("/entities/taro-kono/")
    assert page.get_by_role("region", name="Names in the archive").is_visible()
    page.goto(site_url + "search/?q=Kono&type=Person")
    assert page.get_by_label("Type").input_value() == "Person"
    people = result_links(page)
    assert people and all("/entities/" in link for link in people), people
    assert name_links(page) == []
    assert page.errors == []


def test_names_holding_the_word_whole_come_before_longer_words(page, site_url: str) -> None:
    """Pagefind puts "Korean Peninsula" (a short page) before "North Korea"."""
    page.goto(site_url + "search/?q=korea")
    names = name_links(page)
    whole = {"/entities/south-korea/", "/entities/north-korea/"}
    assert set(names[:2]) == whole, names
    assert "/entities/korean-peninsula/" in names[2:], names
    page.goto(site_url + "search/?q=Diaoyu+Islands")
    assert name_links(page)[0] == "/entities/senkaku-islands/"
    assert page.errors == []


def test_a_name_with_a_description_is_not_buried_under_short_names(page, tmp_path: Path) -> None:
    """In a bundle of names' pages alone, Pagefind would score "Xi Jinping" (a
    page with a description) below 35 bare "Ximena ..." pages for "xi"."""
    surnames = (
        "Abe Brandt Castillo Dumas Eriksen Fischer Garcia Hoffmann Ito Jansen Kowalski Laurent "
        "Moreau Nakamura Okafor Petrov Quinn Rossi Sato Tanaka Ueda Varga Wagner Becker Costa "
        "Demir Engel Ferreira Gruber Horvat Ivanova Jovanovic Kato Lindqvist Almeida"
    ).split()
    paragraphs = [
        f"Ximena {surname} said on Monday that the talks would go on." for surname in surnames
    ]
    site = site_with_one_more_article(
        tmp_path,
        "voices.md",
        "---\ntitle: Many voices\noutlet: Star Gazette\ndate: 2019-11-18\n---\n"
        + "\n\n".join(paragraphs)
        + "\n\nXi Jinping did not attend.\n",
    )
    search.index(site, jobs=2, shard_pages=1)  # the names' pages in a bundle of their own
    with serve_site(site, tmp_path / "served") as url:
        page.goto(url + "search/?q=xi")
        assert name_links(page)[0] == "/entities/xi-jinping/"
    assert page.errors == []


def test_a_word_found_nowhere_finds_nothing_not_every_page_with_its_first_letter(
    page, site_url: str
) -> None:
    """Pagefind answers "artery", a word of no article, with every page holding "a"."""
    page.goto(site_url + "search/?q=artery")
    assert result_links(page) == []
    assert page.locator("#search-status").inner_text() == "No articles for “artery”."
    page.goto(site_url + "search/?q=artery+Japan")  # every page holds "a" and Japan
    assert result_links(page) == []
    page.goto(site_url + "search/?q=south+korea")
    assert len(result_links(page)) == 3
    page.goto(site_url + "search/?q=ties")  # found as "ties", "tie" and "tied"
    assert len(result_links(page)) == 5
    assert page.errors == []


def test_more_names_are_offered_on_request(page, site_url: str) -> None:
    page.goto(site_url + "search/?q=China")
    first = name_links(page)
    assert len(first) == 5 and all("/entities/" in link for link in first), first
    page.get_by_role("button", name="More names").click()
    page.wait_for_function("() => document.querySelectorAll('.search-name-link').length > 5")
    more = name_links(page)
    assert more[:5] == first and len(set(more)) == len(more)
    assert all("/entities/" in link for link in more), more
    assert page.errors == []


def test_a_name_is_offered_for_a_word_of_it_not_for_a_lone_initial(page, tmp_path: Path) -> None:
    """Pagefind takes a word of the index that begins a word searched for, and
    nothing longer is found: "takoyaki" finds "James T. Kirk" by its "T."."""
    site = site_with_one_more_article(
        tmp_path,
        "kirk.md",
        "---\ntitle: Captain returns\noutlet: Star Gazette\ndate: 2019-11-18\n---\n"
        "James T. Kirk returned to San Francisco on Monday after the talks.\n",
    )
    with serve_site(site, tmp_path / "served") as url:
        page.goto(url + "search/?q=Kirk")
        assert name_links(page) == ["/entities/james-t-kirk/"]
        page.goto(url + "search/?q=takoyaki")
        assert name_links(page) == []
        assert result_links(page) == []  # nor the article, found by the same "T."
    assert page.errors == []


# Timelines -----------------------------------------------------------------------


def test_a_timeline_keeps_a_large_count_on_one_line_and_its_bars_on_one_scale(
    page, site_url: str
) -> None:
    """Counts of thousands ("3,302" at 10,000 articles) once wrapped onto two lines."""
    page.goto(site_url)
    page.evaluate(
        """() => {
          const row = document.querySelector('.timeline li');
          const other = row.cloneNode(true);
          other.querySelector('.timeline-count').firstChild.textContent = '7';
          row.after(other);
          row.querySelector('.timeline-count').firstChild.textContent = '1,234,567';
        }"""
    )
    rows = page.evaluate(
        """() => [...document.querySelectorAll('.timeline a')].map(row => {
          const count = row.querySelector('.timeline-count').getBoundingClientRect();
          const bar = row.querySelector('.timeline-bar').getBoundingClientRect();
          return [count.left, count.height, bar.left];
        })"""
    )
    line = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.timeline-count')).lineHeight)"
    )
    assert len(rows) >= 2
    assert all(height < 1.5 * line for _, height, _ in rows), (rows, line)
    assert len({round(left) for left, _, _ in rows}) == 1, rows  # one count column
    assert len({round(left) for _, _, left in rows}) == 1, rows


# Two years by month, many years by year: spans whose labels once ran into each
# other ("Sep 2018Nov 2018") and were cut at the picture's edges ("n 2018").
TIMELINE_SPANS = {
    "months": [f"{year}-{month:02d}-01" for year in (2018, 2019) for month in range(1, 12)],
    "years": [f"{year}-06-01" for year in range(1990, 2020)],
}


@pytest.mark.parametrize("width", [DESKTOP["width"], PHONE["width"]])
@pytest.mark.parametrize("span", sorted(TIMELINE_SPANS))
def test_a_timelines_labels_stay_apart_and_inside_the_picture(
    browser, site_url: str, span: str, width: int
) -> None:
    bars, _ = date_bars(TIMELINE_SPANS[span])
    picture = timeline_svg(bars, "T", "D", "probe")
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(entity_url(site_url, "taro-kono"))
    page.evaluate(
        "svg => { document.querySelector('.small-chart .chart').outerHTML = svg; }", str(picture)
    )
    boxes = page.evaluate(
        """() => {
          const svg = document.querySelector('.small-chart .chart').getBoundingClientRect();
          return [[svg.left, svg.right], [...document.querySelectorAll('.small-chart .chart-label')]
            .map(label => { const box = label.getBoundingClientRect();
                            return [box.left, box.right, label.textContent]; })];
        }"""
    )
    page.close()
    (left_edge, right_edge), labels = boxes
    assert labels[0][2] == bars[0].label and labels[-1][2] == bars[-1].label
    assert len(labels) >= 6, labels
    assert all(left_edge <= left and right <= right_edge for left, right, _ in labels), boxes
    assert all(before[1] < after[0] for before, after in itertools.pairwise(labels)), labels


# An index in many bundles --------------------------------------------------------

BUNDLE_PROBES = [
    "?q=Japan",
    "?q=Senkaku",
    "?q=Kono&type=Person",
    "?q=Japan&sort=date-desc",
    "?q=Japan&sort=date-asc",
    "?q=China&sort=date-desc&outlet=China+Topix",
    "?sort=date-asc",
    "?sort=date-desc&type=Article",
    "?year=2018",
]


@pytest.fixture(scope="session")
def bundled_site_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory):
    """The built site with its index made again, each article in a bundle of its own."""
    site = tmp_path_factory.mktemp("bundled") / "site"
    shutil.copytree(built_site, site)
    report = search.index(site, jobs=2, shard_pages=1)
    assert report.bundles == 6, report  # 002 and 004 share a date: a block of two
    with serve_site(site, tmp_path_factory.mktemp("served-bundled")) as url:
        yield url


def _what_the_reader_sees(page, url: str) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    """Every result (all pages of them), the status line and the filters' choices."""
    page.goto(url)
    links = result_links(page)
    while page.locator("#search-more").is_visible():
        page.locator("#search-more").click()
        page.wait_for_function(
            f"() => document.querySelectorAll('.search-result-link').length > {len(links)}"
        )
        links = result_links(page)
    links = [urlparse(link).path for link in links]
    status = page.locator("#search-status").inner_text()
    choices = page.locator("#search-options option").all_inner_texts()
    return links, status, choices


@pytest.mark.parametrize("probe", BUNDLE_PROBES)
def test_an_index_in_many_bundles_finds_and_orders_what_one_bundle_does(
    page, site_url: str, bundled_site_url: str, probe: str
) -> None:
    links, status, choices = _what_the_reader_sees(page, site_url + "search/" + probe)
    bundled = _what_the_reader_sees(page, bundled_site_url + "search/" + probe)
    assert links, probe
    if "sort=" in probe:
        assert bundled == (links, status, choices)
    else:  # each bundle scores by its own statistics: the same results, in some order
        assert (sorted(bundled[0]), bundled[1], bundled[2]) == (sorted(links), status, choices)
    assert page.errors == []
