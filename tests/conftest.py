"""Shared fixtures: a small Corpus built by hand, the real site built from seeds/
and served on 127.0.0.1, and a Chromium browser.

The hand-made corpus holds just enough to exercise every page the renderer
writes: two articles from two outlets that share a story and three entities,
captions with credits, removed lines with reasons, a crosshead, an editor's
note, a hand-edited article, and text that tries to inject markup.
"""

from __future__ import annotations

import contextlib
import functools
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from archive.model import (
    AnnotatedArticle,
    Annotation,
    Article,
    Block,
    Caption,
    Corpus,
    EntityRecord,
    Line,
    Mention,
    Quote,
    Role,
    SiteConfig,
    Story,
)

PROJECT = Path(__file__).resolve().parent.parent
LAYOUTS = PROJECT / "layouts"

# surface form -> (canonical name, type) for the hand-made articles
SURFACES = {
    "Taro Kono": ("Taro Kono", "person"),
    "Kono": ("Taro Kono", "person"),
    "Wang Yi": ("Wang Yi", "person"),
    "Beijing": ("Beijing", "place"),
}


def find_mentions_by_hand(text: str, field: str) -> tuple[Mention, ...]:
    """Every surface form of SURFACES in `text`, longest first, never overlapping."""
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(s) for s in sorted(SURFACES, key=len, reverse=True)) + r")\b"
    )
    return tuple(
        Mention(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            type=SURFACES[match.group(0)][1],
            entity=SURFACES[match.group(0)][0],
            field=field,
        )
        for match in pattern.finditer(text)
    )


def annotate_by_hand(
    article: Article, roles: tuple[Role, ...] = (), quotes: tuple[Quote, ...] = ()
) -> AnnotatedArticle:
    mentions = (
        find_mentions_by_hand(article.title, "title")
        + find_mentions_by_hand(article.standfirst or "", "standfirst")
        + find_mentions_by_hand(article.body_text, "body")
    )
    annotation = Annotation(mentions=mentions, roles=roles, quotes=quotes)
    return AnnotatedArticle(article=article, annotation=annotation)


ALPHA = Article(
    id="alpha",
    slug="alpha",
    source_file="seeds/alpha.txt",
    format="txt",
    title="Ministers meet in Beijing",
    standfirst="Taro Kono makes his first visit to Beijing",
    outlet="Daily Example",
    published="2018-01-28",
    captured=None,
    dateline="BEIJING",
    blocks=(
        Block("paragraph", "Taro Kono met Wang Yi in Beijing on Sunday."),
        Block("paragraph", "A reader wrote <script>alert('x')</script> & left."),
        Block("heading", "Islands <b>dispute</b>"),
        Block("paragraph", "Kono said the Senkaku islands were discussed."),
    ),
    captions=(Caption("Taro Kono and Wang Yi shake hands.", "AFP"),),
    lines=(
        Line(1, "DAILY EXAMPLE | Home | World", "boilerplate", "site navigation menu"),
        Line(3, "Ministers meet in Beijing", "title"),
        Line(5, "Taro Kono makes his first visit to Beijing", "standfirst"),
        Line(7, "Taro Kono and Wang Yi shake hands. (Photo: AFP)", "caption", "photo credit"),
        Line(9, "Taro Kono met Wang Yi in Beijing on Sunday.", "body"),
        Line(11, "A reader wrote <script>alert('x')</script> & left.", "body"),
        Line(13, "Islands <b>dispute</b>", "heading"),
        Line(15, "Kono said the Senkaku islands were discussed.", "body"),
        Line(17, "Like us on Facebook", "boilerplate", "social media prompt"),
    ),
    authors=("Jane Doe", "Li <Wei> & Co"),
    source_url="https://daily.example/2018/01/28/ministers-meet?page=1&ref=a",
)

BETA = Article(
    id="beta",
    slug="beta",
    source_file="seeds/beta.txt",
    format="txt",
    title="Wang Yi urges better ties",
    standfirst=None,
    outlet="Other Outlet",
    published=None,
    captured="2025-01-21T23:27:39",
    dateline=None,
    blocks=(Block("paragraph", "Wang Yi spoke in Beijing. He urged Japan to act."),),
    captions=(),
    lines=(),
    edited_by_hand=True,
)


def _record(name: str, type_: str, article_ids: tuple[str, ...], **extra) -> EntityRecord:
    return EntityRecord(
        name=name,
        type=type_,
        slug=name.lower().replace(" ", "-"),
        aliases=extra.get("aliases", ()),
        description=extra.get("description", ""),
        wikidata=extra.get("wikidata"),
        in_registry=True,
        article_ids=article_ids,
        cooccurring=extra.get("cooccurring", ()),
    )


def make_corpus(base_url: str = "/archive/") -> Corpus:
    articles = [
        annotate_by_hand(
            ALPHA,
            roles=(
                Role("Taro Kono", "Japanese foreign minister"),
                Role("Taro Kono", "Japanese Foreign Minister"),
            ),
            quotes=(Quote("Wang Yi", "We hope for <b>better</b> ties"),),
        ),
        annotate_by_hand(BETA),
    ]
    entities = {
        "Beijing": _record("Beijing", "place", ("alpha", "beta"), cooccurring=(("Wang Yi", 2),)),
        "Taro Kono": _record(
            "Taro Kono",
            "person",
            ("alpha",),
            aliases=("Kono",),
            description="Japan's foreign minister. See [all names](/entities/).",
            wikidata="Q1352014",
            cooccurring=(("Beijing", 1), ("Wang Yi", 1)),
        ),
        "Wang Yi": _record("Wang Yi", "person", ("alpha", "beta"), cooccurring=(("Beijing", 2),)),
    }
    return Corpus(
        config=SiteConfig(title="Test Archive", base_url=base_url, description="A test."),
        articles=articles,
        entities=entities,
        related={"alpha": ["beta"], "beta": ["alpha"]},
        stories=[Story(key="kono-visit-2018", title=ALPHA.title, article_ids=("alpha", "beta"))],
        story_of={"alpha": "kono-visit-2018", "beta": "kono-visit-2018"},
        outlets={"Daily Example": ["alpha"], "Other Outlet": ["beta"]},
    )


@pytest.fixture
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture
def corpus_factory():  # type: ignore[no-untyped-def]
    """make_corpus itself, for tests that need a fresh corpus or another base URL."""
    return make_corpus


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A content folder with one page and one editor's note."""
    folder = tmp_path / "content"
    (folder / "pages").mkdir(parents=True)
    (folder / "notes").mkdir()
    (folder / "pages" / "about.md").write_text(
        "---\ntitle: About this archive\n---\nRead the [articles](/articles/).\n<b>raw</b>\n",
        encoding="utf-8",
    )
    (folder / "notes" / "alpha.md").write_text(
        "The ministers met on *Sunday* 28 January.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def layouts() -> Path:
    return LAYOUTS


# The real site, served, and a browser --------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
BUILD_TIMEOUT_SECONDS = 600


def build_real_site(out: Path) -> None:
    """Run `python build.py build --out OUT` on the project's seeds/, content/ and layouts/."""
    command = [sys.executable, "build.py", "build", "--out", str(out), "--no-cache"]
    result = subprocess.run(
        command,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="session")
def real_site_builder():  # type: ignore[no-untyped-def]
    """build_real_site itself, for a test that needs a second build."""
    return build_real_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `python build.py build` makes from seeds/, built once per session."""
    out = tmp_path_factory.mktemp("built") / "site"
    build_real_site(out)
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served over HTTP on a free port of 127.0.0.1, at its base path."""
    with serve_site(built_site, tmp_path_factory.mktemp("served")) as url:
        yield url


@contextlib.contextmanager
def serve_site(site: Path, scratch: Path) -> Iterator[str]:
    """Serve `site` on 127.0.0.1 at the base path its pages link to; yield its URL.

    For a base path other than "/", `scratch` becomes the server's root with
    the site linked in at that path, as it will be published.
    """
    base_path = _base_path(site)
    root = site
    if base_path != "/":
        root = scratch
        mount = root / base_path.strip("/")
        mount.parent.mkdir(parents=True, exist_ok=True)
        mount.symlink_to(site.resolve(), target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{base_path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _base_path(site: Path) -> str:
    """The site's base path, read from the home page's canonical link."""
    home = (site / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<link rel="canonical" href="([^"]*)"', home)
    path = urlparse(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's Chromium, driven by Playwright. A missing browser fails the tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.errors = errors
    try:
        yield tab
    finally:
        context.close()


SCREENSHOTS = PROJECT / "test-output" / "screenshots"  # git-ignored


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where browser tests leave screenshots, for a person to look at: test-output/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def sub_path_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The hand-made corpus rendered and indexed for /archive/, served at /archive/."""
    from archive.render import render
    from archive.search import index

    folder = tmp_path_factory.mktemp("sub-path")
    site = folder / "site"
    render(make_corpus("/archive/"), LAYOUTS, folder / "no-content", site)
    index(site)
    with serve_site(site, folder / "served") as url:
        yield url
