"""The reader's site in real Chromium, built from seeds/ and served on 127.0.0.1.

These tests never skip: without Chromium at /usr/bin/chromium they fail.
Screenshots of the main pages go to the pytest temporary folder
(`screenshots*`), for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

PHONE_WIDTH = 390
SEARCH_TIMEOUT_MS = 15_000

# Pagefind's UI shows "N results for X" and then fills the result links in one by
# one; the search is done when there are as many links as the message promises.
SEARCH_FINISHED = """() => {
  const message = document.querySelector('.pagefind-ui__message');
  if (!message) return false;
  const match = message.textContent.match(/^(\\d+) results? for/);
  if (message.textContent.startsWith('No results')) return true;
  if (!match) return false;
  const links = document.querySelectorAll('.pagefind-ui__result-link');
  return links.length === Math.min(Number(match[1]), 10);
}"""


def article_url(built_site: Path, site_url: str, prefix: str) -> str:
    """The URL of the article whose file name starts with `prefix` ("002")."""
    folders = sorted(built_site.glob(f"articles/{prefix}*/index.html"))
    assert folders, f"no article page for seed {prefix} in {built_site}"
    return site_url + f"articles/{folders[0].parent.name}/"


def result_links(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.wait_for_function(SEARCH_FINISHED, timeout=SEARCH_TIMEOUT_MS)
    return [
        link.get_attribute("href") or ""
        for link in page.query_selector_all(".pagefind-ui__result-link")
    ]


def test_typing_senkaku_on_the_home_page_lists_articles_002_and_003_not_000(
    page, site_url: str, screenshots: Path
) -> None:
    page.goto(site_url)
    page.get_by_role("searchbox", name="Search the archive").fill("Senkaku")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Senkaku"))
    links = result_links(page)
    page.screenshot(path=str(screenshots / "search-senkaku.png"), full_page=True)
    found = sorted(link.split("/articles/")[1][:3] for link in links)
    assert "002" in found and "003" in found, links
    assert "000" not in found, links
    assert page.errors == []


def test_search_results_link_to_article_pages_under_the_base_url(
    page, site_url: str, built_site: Path
) -> None:
    page.goto(site_url + "search/?q=Senkaku")
    links = result_links(page)
    assert links
    page.click(".pagefind-ui__result-link")
    page.wait_for_load_state()
    assert page.url.startswith(site_url + "articles/")
    assert page.locator("h1").count() == 1


def test_mention_link_reaches_the_entity_page_which_links_back(
    page, site_url: str, built_site: Path, screenshots: Path
) -> None:
    url = article_url(built_site, site_url, "002")
    page.goto(url)
    page.screenshot(path=str(screenshots / "article-002.png"), full_page=True)
    mention = page.locator(".article-body a.mention").first
    entity = mention.get_attribute("data-entity")
    assert entity
    mention.click()
    page.wait_for_load_state()
    assert "/entities/" in page.url
    assert page.locator("h1").inner_text() == entity
    page.screenshot(path=str(screenshots / "entity.png"), full_page=True)
    back = page.locator(f'.appearances a[href="{urlparse(url).path}"]')
    assert back.count() >= 1
    back.first.click()
    page.wait_for_load_state()
    assert page.url == url


def test_pages_fit_a_phone_screen_without_sideways_scrolling(
    browser, site_url: str, built_site: Path, screenshots: Path
) -> None:
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 844})
    phone = context.new_page()
    try:
        pages = {
            "home": site_url,
            "article": article_url(built_site, site_url, "004"),
            "entities": site_url + "entities/",
            "search": site_url + "search/?q=Kono",
        }
        for name, url in pages.items():
            phone.goto(url)
            phone.wait_for_load_state("networkidle")
            phone.screenshot(path=str(screenshots / f"phone-{name}.png"), full_page=True)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE_WIDTH, f"{name}: {width}px wide"
    finally:
        context.close()


def test_dark_mode_follows_the_system_setting(browser, site_url: str, screenshots: Path) -> None:
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    dark = context.new_page()
    try:
        dark.goto(site_url)
        dark.screenshot(path=str(screenshots / "home-dark.png"), full_page=True)
        background = dark.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background != "rgb(251, 250, 247)"  # not the light paper
    finally:
        context.close()


def test_skip_link_is_the_first_thing_a_keyboard_reaches(page, site_url: str) -> None:
    page.goto(site_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    page.keyboard.press("Enter")
    assert page.url.endswith("#content")


def test_search_and_styles_work_when_the_site_lives_under_a_sub_path(
    page, sub_path_site_url: str, screenshots: Path
) -> None:
    assert sub_path_site_url.endswith("/archive/")
    page.goto(sub_path_site_url)
    page.get_by_role("searchbox", name="Search the archive").fill("Senkaku")
    page.keyboard.press("Enter")
    links = result_links(page)
    assert [urlparse(link).path for link in links] == ["/archive/articles/alpha/"]
    page.click(".pagefind-ui__result-link")
    page.wait_for_load_state()
    page.screenshot(path=str(screenshots / "sub-path-article.png"), full_page=True)
    assert page.locator("h1").inner_text() == "Ministers meet in Beijing"
    # The stylesheet loaded: the page is not the browser's default white.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    assert page.errors == []


def test_search_results_can_be_narrowed_to_one_outlet(page, site_url: str) -> None:
    page.goto(site_url + "search/?q=Kono")
    assert len(result_links(page)) == 3
    page.locator(".pagefind-ui__filter-name", has_text="Outlet").click()
    page.get_by_label(re.compile(r"^Press TV")).check()
    page.wait_for_function(
        "() => document.querySelector('.pagefind-ui__message')?.textContent.startsWith('1 result')"
    )
    links = result_links(page)
    assert len(links) == 1 and "/articles/002" in links[0]
