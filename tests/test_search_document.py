"""What Pagefind is sent of each page (archive.search_document), and that it reads
the same search data from it as from the whole page."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from conftest import PROJECT
from pagefind.index import PagefindIndex

from archive.model import Mention
from archive.render import render
from archive.render_text import _mention_element
from archive.search import CONFIG, SearchIndexError, _run_to_completion, index
from archive.search_bundle import SIGNATURE
from archive.search_document import search_document
from archive.text import CJK_CHARACTERS

ARTICLE = """<!doctype html>
<html lang="en">
<head><title>Ministers meet · Archive</title><script type="application/ld+json">{}</script></head>
<body>
<nav><a href="/">Archive</a></nav>
<main id="content">
  <h1 id="article-title" data-pagefind-meta="title">Ministers meet</h1>
  <span hidden data-pagefind-filter="type:Article"></span>
  <dl data-pagefind-sort="date:2018-01-28"><dt>Published</dt><dd>28 January 2018</dd></dl>
  <div class="article-body" data-pagefind-body>
    <p>Taro Kono met <a href="/entities/wang-yi/">Wang Yi</a>.</p>
    <div class="figure"><div>A nested block</div></div>
  </div>
  <details class="provenance"><table><tr><td>Removed line: Share this</td></tr></table></details>
  <aside><ul><li><a href="/entities/wang-yi/" data-pagefind-filter="person">Wang Yi</a></li></ul>
  </aside>
</main>
</body>
</html>
"""


def document(html: str) -> str:
    return search_document(html.encode("utf-8"))


def test_an_article_is_cut_to_its_body_filters_sort_and_title_in_page_order() -> None:
    assert document(ARTICLE) == (
        '<html lang="en">'
        "<title>Ministers meet · Archive</title>"
        '<h1 id="article-title" data-pagefind-meta="title">Ministers meet</h1>'
        '<span hidden data-pagefind-filter="type:Article"></span>'
        '<dl data-pagefind-sort="date:2018-01-28"><dt>Published</dt><dd>28 January 2018</dd></dl>'
        '<div class="article-body" data-pagefind-body>\n'
        '    <p>Taro Kono met <a href="/entities/wang-yi/">Wang Yi</a>.</p>\n'
        '    <div class="figure"><div>A nested block</div></div>\n'
        "  </div>"
        '<a href="/entities/wang-yi/" data-pagefind-filter="person">Wang Yi</a>'
        "</html>"
    )


def test_the_provenance_table_navigation_and_scripts_are_left_out() -> None:
    kept = document(ARTICLE)
    for furniture in ("Removed line", "<nav>", "ld+json", "<aside>"):
        assert furniture not in kept


def test_the_defaults_pagefind_reads_are_kept_the_first_title_every_h1_and_image() -> None:
    page = (
        '<html lang="fr"><head><title>First</title></head><body>'
        "<svg><title>A drawing</title></svg><h1>Auto title</h1><p>Text</p>"
        '<img src="/a.png" alt="A"><div data-pagefind-body><p>Body</p></div></body></html>'
    )
    assert document(page) == (
        '<html lang="fr"><title>First</title><h1>Auto title</h1><img src="/a.png" alt="A">'
        "<div data-pagefind-body><p>Body</p></div></html>"
    )


def test_text_or_comments_that_mention_data_pagefind_are_not_taken_for_elements() -> None:
    page = (
        "<html><body><!-- data-pagefind-body --><p>Set data-pagefind-filter on it.</p>"
        "<header data-pagefind-body>Name</header></body></html>"
    )
    assert document(page) == "<html><header data-pagefind-body>Name</header></html>"


def test_chinese_and_japanese_text_in_the_body_is_indexed_a_character_a_word() -> None:
    page = (
        '<html lang="en"><title>香港 · Archive</title>'
        '<h1 data-pagefind-meta="title">梁振英道歉</h1>'
        '<div class="article-body" data-pagefind-body><p>梁振英在压力下道歉。</p>'
        "<p>過激派「ボコ・ハラム（Boko Haram）」 12月10日</p><br>"
        '<p>Kono met <a href="/entities/x/" title="梁振英">梁振英</a></p>'
        '<span data-pagefind-meta="place">香港<b>特区</b></span><p>香港</p></div>'
        '<a data-pagefind-filter="person">梁振英</a></html>'
    )
    assert document(page) == (
        '<html lang="en"><title>香港 · Archive</title>'
        '<h1 data-pagefind-meta="title">梁振英道歉</h1>'
        '<div class="article-body" data-pagefind-body><p>梁 振 英 在 压 力 下 道 歉。</p>'
        "<p>過 激 派「ボ コ ・ ハ ラ ム（Boko Haram）」 12月10日</p><br>"
        '<p>Kono met <a href="/entities/x/" title="梁振英">梁 振 英</a></p>'
        '<span data-pagefind-meta="place">香港<b>特区</b></span><p>香 港</p></div>'
        '<a data-pagefind-filter="person">梁振英</a></html>'
    )


def test_a_page_without_chinese_or_japanese_is_sent_as_it_is_written() -> None:
    page = "<html><div data-pagefind-body><p>Ministers meet in Seoul: 서울 · ½ — €</p></div></html>"
    assert document(page) == page


def test_the_search_page_sets_apart_the_same_characters_as_the_index() -> None:
    script = (PROJECT / "layouts" / "static" / "search.js").read_text(encoding="utf-8")
    written = re.search(r'var IDEOGRAPHS = "\[([^\]]*)\]";', script)
    assert written, "search.js no longer names the characters it sets apart"
    assert written.group(1).encode("ascii").decode("unicode_escape") == CJK_CHARACTERS


def test_a_page_with_an_element_left_open_is_sent_whole() -> None:
    page = "<html><body><div data-pagefind-body><div>Never closed</div></body></html>"
    assert document(page) == page


def test_a_page_without_an_html_element_is_sent_whole() -> None:
    page = "<div data-pagefind-body>Text</div>"
    assert document(page) == page


# Pagefind itself: the whole pages, as `add_directory` reads them, against the site's index.

DEFAULTS_PAGE = """<!doctype html>
<html lang="en">
<head><title>A page with defaults</title>
<meta data-pagefind-meta="description[content]" content="Meta from the head"></head>
<body>
<nav><img src="/logo.png" alt="Logo"></nav>
<main id="content">
  <h1>An automatic title</h1>
  <p>Text outside the body is not indexed.</p>
  <img src="/first.png" alt="The first image after the title">
  <div data-pagefind-body>
    <h2 id="part-one">Part one</h2>
    <p>Body text <span data-pagefind-ignore>ignored words</span> and more.</p>
    <img src="/second.png" alt="Second">
  </div>
  <aside data-pagefind-ignore="all"><span data-pagefind-filter="person">Excluded</span></aside>
  <ul><li><a data-pagefind-filter="person" href="/p/">Somebody</a></li></ul>
  <p>A paragraph that mentions data-pagefind-filter as text.</p>
  <div data-pagefind-body><p>A second body.</p></div>
</main>
</body>
</html>
"""


def _mentions_page() -> str:
    """A body naming people as the article template writes them: linked, unlinked, misspelt."""
    linked = _mention_element(Mention(0, 7, "Wang Yi", "person", "Wang Yi"), "/entities/wang-yi/")
    unlinked = _mention_element(Mention(0, 4, "Kono", "person", "Taro Kono"), None, repeat=True)
    misspelt = _mention_element(
        Mention(0, 8, "Wang Yee", "person", "Wang Yi", probable_misspelling=True),
        "/entities/wang-yi/",
        card="about-wang-yi",
    )
    return (
        '<!doctype html>\n<html lang="en"><head><title>Names</title></head><body>'
        f"<div data-pagefind-body><p>{linked} met {unlinked}; {misspelt} spoke.</p></div>"
        "</body></html>"
    )


def test_the_names_in_the_body_are_sent_as_their_text() -> None:
    document = search_document(_mentions_page().encode())
    assert '<p>Wang Yi met Kono; Wang Yee<span class="sic" data-pagefind-ignore>' in document
    assert "mention" not in document


UNTITLED_PAGE = """<!doctype html>
<html lang="en"><head><title>Only a page title</title></head>
<body><div data-pagefind-body><p>No heading here.</p></div></body></html>
"""


def whole_page_fragments(site: Path, bundle: Path) -> dict[str, dict]:
    async def index_whole_pages() -> None:
        config = {**CONFIG, "output_path": str(bundle)}
        async with PagefindIndex(config=config) as search_index:  # type: ignore[arg-type]
            await search_index.add_directory(str(site), glob="{articles,entities}/*/index.html")

    _run_to_completion(index_whole_pages())  # also under a test that runs an event loop
    return fragments(bundle)


def fragments(bundle: Path) -> dict[str, dict]:
    pages = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        page = json.loads(gzip.decompress(path.read_bytes()).removeprefix(SIGNATURE))
        pages[page["url"]] = page
    return pages


@pytest.fixture
def site(tmp_path: Path, corpus, layouts: Path, content: Path) -> Path:
    out = tmp_path / "site"
    render(corpus, layouts, content, out)
    pages = (("defaults", DEFAULTS_PAGE), ("untitled", UNTITLED_PAGE), ("names", _mentions_page()))
    for name, html in pages:
        (out / "articles" / name).mkdir()
        (out / "articles" / name / "index.html").write_text(html, encoding="utf-8")
    return out


def test_pagefind_reads_the_same_from_the_search_documents_as_from_the_pages(
    site: Path, tmp_path: Path
) -> None:
    expected = whole_page_fragments(site, tmp_path / "whole-pages")
    index(site)
    found = fragments(site / "pagefind")
    assert sorted(found) == sorted(expected)
    for url, page in expected.items():
        assert found[url] == page, url
    defaults = found["/articles/defaults/"]
    assert defaults["meta"]["title"] == "An automatic title"
    assert defaults["meta"]["image"] == "/first.png"
    assert defaults["filters"] == {"person": ["Somebody"]}
    assert found["/articles/untitled/"]["meta"]["title"] == "Only a page title"


def test_a_page_without_a_body_to_index_is_named_in_the_error(site: Path) -> None:
    (site / "articles" / "bodiless").mkdir()
    (site / "articles" / "bodiless" / "index.html").write_text(
        "<html><body><p>Nothing marked</p></body></html>", encoding="utf-8"
    )
    with pytest.raises(SearchIndexError, match="bodiless"):
        index(site)
