"""The renderer on the real site: `python build.py build` from seeds/ (see conftest.py)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import urlparse

import yaml

PAGE_BUDGET_BYTES = 60 * 1024


def test_every_article_page_of_the_real_site_is_small(built_site: Path) -> None:
    css = sum(path.stat().st_size for path in (built_site / "static").glob("*.css"))
    pages = sorted(built_site.glob("articles/*/index.html"))
    assert len(pages) == 5
    for path in pages:
        assert path.stat().st_size + css < PAGE_BUDGET_BYTES, path.parent.name


def _entity_pages_by_name(site: Path) -> dict[str, str]:
    pages = {}
    for path in sorted(site.glob("entities/*/index.html")):
        html = path.read_text(encoding="utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html)
        assert heading is not None, path
        pages[unescape(heading.group(1))] = html
    return pages


def _own_path(html: str) -> str:
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    assert canonical is not None
    return urlparse(canonical.group(1)).path


def test_each_gold_entity_page_lists_exactly_its_articles(built_site: Path) -> None:
    gold = yaml.safe_load((Path(__file__).parent / "seed_gold.yaml").read_text(encoding="utf-8"))
    pages = _entity_pages_by_name(built_site)
    for name, expected in gold["cross_links"].items():
        assert name in pages, f"no entity page for {name}"
        appearances = pages[name].split('class="appearances"', 1)[1].split("</ol>", 1)[0]
        slugs = re.findall(r'href="[^"]*/articles/([^/"]+)/"', appearances)
        assert sorted({slug[:3] for slug in slugs}) == sorted(expected), name


def test_each_gold_article_links_to_the_entities_it_shares(built_site: Path) -> None:
    gold = yaml.safe_load((Path(__file__).parent / "seed_gold.yaml").read_text(encoding="utf-8"))
    pages = _entity_pages_by_name(built_site)
    for name, prefixes in gold["cross_links"].items():
        for prefix in prefixes:
            article = next(built_site.glob(f"articles/{prefix}*/index.html"))
            html = article.read_text(encoding="utf-8")
            assert f'href="{_own_path(pages[name])}"' in html, (name, prefix)


def test_building_twice_gives_the_same_bytes_search_index_included(
    built_site: Path, real_site_builder, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    real_site_builder(again)
    first = sorted(path.relative_to(built_site) for path in built_site.rglob("*") if path.is_file())
    second = sorted(path.relative_to(again) for path in again.rglob("*") if path.is_file())
    assert first == second
    for relative in first:
        assert (built_site / relative).read_bytes() == (again / relative).read_bytes(), relative


def test_the_misspelt_kano_of_article_002_is_flagged_on_its_page(built_site: Path) -> None:
    html = next(built_site.glob("articles/002*/index.html")).read_text(encoding="utf-8")
    assert re.search(
        r'class="mention mention-person[^"]* mention-misspelt" data-entity="Taro Kono"'
        r'[^>]*>Kano</a><span class="sic" data-pagefind-ignore> \(probable misspelling of'
        r" Taro Kono\)</span>",
        html,
    )
    assert "“Kano”: probable misspelling of Taro Kono" in html


def test_article_pages_say_their_language(built_site: Path) -> None:
    for path in sorted(built_site.rglob("*.html")):
        assert '<html lang="en">' in path.read_text(encoding="utf-8"), path
