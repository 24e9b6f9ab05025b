"""Integrity of the built site: no broken internal link or anchor, nothing unreachable.

The site is crawled from its home page through every internal link, as a
reader (or a search engine) would find it, both at the root of a domain and
under a sub-path.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
import yaml

from archive.pipeline import BuildPaths, build

ROOT = Path(__file__).resolve().parents[1]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.anchors.add(values[name] or "")
        for name in ("href", "src", "action"):
            if values.get(name) and tag in ("a", "link", "script", "img", "form", "use"):
                self.links.append(values[name] or "")


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def _target(site: Path, base_path: str, url: str) -> Path | None:
    """The file an internal URL points to, or None for external and special URLs."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    assert parts.path.startswith(base_path), f"{url} is outside the base path {base_path}"
    relative = unquote(parts.path[len(base_path) :])
    path = site / relative
    return path / "index.html" if relative == "" or relative.endswith("/") else path


def crawl(site: Path, base_path: str) -> tuple[set[Path], list[str]]:
    """Every page reachable from the home page, and every broken link found on the way."""
    seen: set[Path] = set()
    broken: list[str] = []
    parsed: dict[Path, _Page] = {}
    queue = [site / "index.html"]
    while queue:
        page_path = queue.pop()
        if page_path in seen:
            continue
        seen.add(page_path)
        page = parsed.setdefault(page_path, _parse(page_path))
        for link in page.links:
            url, fragment = urldefrag(link)
            target = page_path if url == "" else _target(site, base_path, url)
            if target is None:
                continue
            where = f"{page_path.relative_to(site)} -> {link}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
                continue
            if target.suffix == ".html":
                if fragment:
                    anchors = parsed.setdefault(target, _parse(target)).anchors
                    if fragment not in anchors:
                        broken.append(f"{where}: no anchor #{fragment}")
                queue.append(target)
    return seen, broken


@pytest.fixture(scope="module", params=["/", "/archive/"])
def site(request, tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("links")
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    settings = yaml.safe_load((content / "site.yaml").read_text("utf-8"))
    settings["base_url"] = request.param
    (content / "site.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    out = folder / "site"
    build(BuildPaths(ROOT / "seeds", content, ROOT / "layouts", out), jobs=1)
    return out, request.param


def test_no_broken_internal_link_or_anchor(site):
    out, base_path = site
    _, broken = crawl(out, base_path)
    assert broken == []


def test_search_page_and_its_bundle_are_linked(site):
    out, base_path = site
    reachable, _ = crawl(out, base_path)
    assert out / "search" / "index.html" in reachable
    assert (out / "pagefind" / "pagefind-ui.js").is_file()


def test_every_article_and_entity_page_is_reachable_from_home(site):
    out, base_path = site
    reachable, _ = crawl(out, base_path)
    pages = set(out.glob("articles/*/index.html")) | set(out.glob("entities/*/index.html"))
    assert len(pages) > 20
    assert pages - reachable == set()


def test_crawler_reports_a_broken_link_and_anchor(tmp_path):
    (tmp_path / "index.html").write_text(
        '<a href="/missing/">x</a><a href="/#nowhere">y</a><a href="https://example.org/">z</a>'
    )
    _, broken = crawl(tmp_path, "/")
    assert len(broken) == 2
