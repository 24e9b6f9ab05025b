"""What the search page costs a reader: time to the first results, bytes, requests.

    python bench/search_page.py SITE_DIR [--query WORD ...] [--one-bundle]

Serves a built site on 127.0.0.1 and opens its search page in Chromium
(Debian's /usr/bin/chromium, through Playwright) with an empty browser cache
for each query: the figures are a reader's first search. For each query it
prints the time from navigation to the first result shown, the bytes and
requests that took, then the time of a second query typed into the same page
(index files already loaded, as a reader refining a search).

A site of more than 2,000 pages has its index in several bundles
(archive/search_shards.py), each loaded by its own Pagefind script. With
--one-bundle the same site is also indexed as one bundle, in a copy, and
measured side by side: the price a reader pays for bundles that rebuild fast.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import search  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
QUERIES = ("minister", "trade agreement", "island", "bank")
SECOND_QUERY = "election"
RESULTS_SHOWN = (
    "() => document.querySelector('.search-result-link') !== null"
    " || /^No /.test(document.getElementById('search-status').textContent)"
)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def bundles_of(site: Path) -> int:
    manifest = site / "pagefind" / "shards.json"
    if not manifest.is_file():
        return 1
    return len(json.loads(manifest.read_text(encoding="utf-8"))["bundles"])


def first_search(browser, url: str, term: str) -> tuple[float, int, int, float]:  # type: ignore[no-untyped-def]
    """Seconds to the first result, bytes and requests, then seconds for a second query."""
    context = browser.new_context()  # an empty cache: a reader's first visit
    page = context.new_page()
    sizes: list[int] = []
    page.on("requestfinished", lambda request: sizes.append(request.sizes()["responseBodySize"]))
    started = time.perf_counter()
    page.goto(f"{url}search/?q={quote(term)}")
    page.wait_for_function(RESULTS_SHOWN, timeout=120_000)
    first = time.perf_counter() - started
    loaded, requests = sum(sizes), len(sizes)
    page.evaluate("document.querySelectorAll('.search-result-link').forEach(e => e.remove())")
    started = time.perf_counter()
    page.fill("#search-input", SECOND_QUERY)
    page.press("#search-input", "Enter")
    page.wait_for_function(RESULTS_SHOWN, timeout=120_000)
    second = time.perf_counter() - started
    context.close()
    return first, loaded, requests, second


def measure(browser, site: Path, label: str, queries: list[str]) -> None:  # type: ignore[no-untyped-def]
    with served(site) as url:
        runs = [first_search(browser, url, term) for term in queries]
    print(f"{label} ({bundles_of(site)} bundles)")
    for term, (first, loaded, requests, second) in zip(queries, runs, strict=True):
        print(
            f"  {term!r:22} first results {first:5.2f} s, {loaded / 1024:7.0f} KiB in "
            f"{requests:3} requests; next query {second:5.2f} s"
        )
    median = statistics.median(run[0] for run in runs)
    print(f"  median time to first results: {median:.2f} s")


def one_bundle_copy(site: Path, folder: Path) -> Path:
    """The site with its index made again as one bundle (its pages hard-linked)."""
    copy = folder / "site"
    shutil.copytree(site, copy, copy_function=_link_or_copy, ignore=_no_index)
    search.index(copy, jobs=2, shard_pages=10**9)
    return copy


def _link_or_copy(source: str, target: str) -> None:
    try:
        Path(target).hardlink_to(source)
    except OSError:
        shutil.copy2(source, target)


def _no_index(folder: str, names: list[str]) -> list[str]:
    return ["pagefind"] if "pagefind" in names and Path(folder, "index.html").exists() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", action="append", dest="queries")
    parser.add_argument("--one-bundle", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    queries = args.queries or list(QUERIES)
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        measure(browser, args.site, "as built", queries)
        if args.one_bundle:
            started = time.perf_counter()
            copy = one_bundle_copy(args.site, Path(folder))
            print(f"(indexed as one bundle in {time.perf_counter() - started:.1f} s)")
            measure(browser, copy, "one bundle", queries)
        browser.close()


if __name__ == "__main__":
    main()
