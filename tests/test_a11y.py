"""Accessibility: axe-core finds no violation on the main pages, light and dark.

axe-core comes from npm (tests/package.json, installed by `npm ci --prefix
tests`) and is injected into the real built site in Chromium. Without it the
tests fail and say how to install it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# The results and the names offered apart from them are on the page.
RESULTS_SHOWN = """() => /^(No (results|articles)|\\d+ (results?|articles?))/.test(
  document.getElementById('search-status')?.textContent || '')
  && document.querySelectorAll('.search-name-link').length > 0"""


def pages(site_url: str, built_site: Path) -> dict[str, str]:
    article = sorted(built_site.glob("articles/002*/index.html"))[0].parent.name
    return {
        "home": site_url,
        "article": f"{site_url}articles/{article}/",
        "entity": f"{site_url}entities/taro-kono/",
        "search": f"{site_url}search/?q=Kono&sort=date-desc",
    }


def violations(tab) -> list[dict]:  # type: ignore[no-untyped-def]
    assert AXE.is_file(), f"{AXE} is missing: run `npm ci --prefix tests`"
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "where": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["home", "article", "entity", "search"])
def test_axe_finds_no_violations(
    browser, site_url: str, built_site: Path, name: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(pages(site_url, built_site)[name])
        tab.wait_for_load_state("networkidle")
        if name == "search":
            tab.wait_for_function(RESULTS_SHOWN)
        if name == "article":
            # A hover card on show is checked too.
            tab.locator(".article-body a.mention[aria-describedby]").first.hover()
        found = violations(tab)
        assert found == [], json.dumps(found, indent=1)
    finally:
        context.close()
