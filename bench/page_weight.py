"""Print the HTML + CSS weight of every article page of a built site.

    python bench/page_weight.py [SITE_DIR] [--budget KB]

The weight of a page is its HTML plus every stylesheet it links (the site's
own and, where linked, Pagefind's), uncompressed, as a first visit downloads
them. Exits with status 1 when a page is over the budget (60 KB by default).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_BUDGET_KB = 60


class StylesheetLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "stylesheet" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def stylesheet_files(site: Path, html: str) -> list[Path]:
    """The files behind a page's stylesheet links, whatever the site's base path is."""
    parser = StylesheetLinks()
    parser.feed(html)
    files = []
    for href in parser.hrefs:
        parts = urlparse(href).path.strip("/").split("/")
        # Drop leading parts of the base path until the rest names a file in the site.
        for start in range(len(parts)):
            candidate = site.joinpath(*parts[start:])
            if candidate.is_file():
                files.append(candidate)
                break
    return files


def page_weights(site: Path) -> list[tuple[str, int, int]]:
    """(page, HTML bytes, CSS bytes) for every article page, sorted by page."""
    rows = []
    for page in sorted(site.glob("articles/*/index.html")):
        html = page.read_text(encoding="utf-8")
        css = sum(path.stat().st_size for path in stylesheet_files(site, html))
        rows.append((page.relative_to(site).as_posix(), len(html.encode("utf-8")), css))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_KB, help="KB per page")
    args = parser.parse_args(argv)
    rows = page_weights(args.site)
    if not rows:
        print(f"no article pages in {args.site}/articles/", file=sys.stderr)
        return 2
    budget = args.budget * 1024
    print(f"{'page':<60} {'HTML KB':>8} {'CSS KB':>7} {'total KB':>9}")
    for path, html, css in rows:
        flag = "  over budget" if html + css > budget else ""
        print(f"{path:<60} {html / 1024:8.1f} {css / 1024:7.1f} {(html + css) / 1024:9.1f}{flag}")
    totals = [html + css for _, html, css in rows]
    print(
        f"{len(rows)} article pages: median {statistics.median(totals) / 1024:.1f} KB, "
        f"largest {max(totals) / 1024:.1f} KB, budget {args.budget:g} KB"
    )
    return 1 if max(totals) > budget else 0


if __name__ == "__main__":
    sys.exit(main())
