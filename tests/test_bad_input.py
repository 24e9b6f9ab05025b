"""Bad input: every kind of broken, odd or hostile file an archive meets.

For each case the build finishes, the report names the file and the reason,
the five seed articles are still all built, nothing from the file runs (its
text comes out escaped) and no input file is modified.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from project import copy_project

from archive.pipeline import BuildPaths, BuildReport, build

ROOT = Path(__file__).resolve().parents[1]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(
    256
)
ARTICLE = (
    "Ministers meet in Geneva\n\n"
    "The foreign ministers of the two countries met in Geneva on Monday to discuss the "
    "long-running dispute over fishing rights, officials said after the talks ended.\n\n"
    "Both sides agreed to hold a further round of negotiations before the end of the year, "
    "according to a joint statement released by the two delegations in the evening.\n"
)
HOSTILE = (
    "Hostile article <script>alert('title')</script>\n\n"
    "The statement <script>alert('xss')</script> was posted on Tuesday by officials who said "
    "that the <img src=x onerror=alert('img')> talks would resume next week in Geneva.\n\n"
    "Readers were told to click <a href=\"javascript:alert('link')\">here</a> for the full text "
    "of the agreement, and the template marker {{ 7*7 }} and {% raw %} appeared in the copy.\n"
)
MARKDOWN_WITH_HTML = (
    "---\ntitle: Markdown <b>bold</b> title\noutlet: Test Outlet\n---\n\n"
    'A paragraph with <iframe src="https://example.org"></iframe> raw HTML in it and '
    "<script>alert('md')</script> a script, which must show as text and never run.\n"
)
PYTHON_OBJECT = (
    "---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n\n"
    "A body paragraph that is long enough to be taken as the article text here.\n"
)


class _ActiveContent(HTMLParser):
    """Collects what in a page could run: event handlers, script URLs, scripts, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}=javascript:")
        # JSON-LD is data, never run; any other script is code.
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(" in data:
            self.found.append("a script from the article")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def active_content(html: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(html)
    return parser.found


@dataclass(frozen=True)
class Case:
    """A bad file (or files) to drop into a copy of the project."""

    name: str
    files: dict[str, bytes]  # path relative to the project -> bytes
    warning_file: str | None  # the file the report must name, if any
    reason: str | None  # a word the reason must contain
    builds: tuple[str, ...] = ()  # ids of the bad files that must still be built


CASES = [
    Case("empty file", {"seeds/empty.txt": b""}, "seeds/empty.txt", "empty"),
    Case("whitespace only", {"seeds/blank.txt": b"  \n\n\t \n"}, "seeds/blank.txt", "empty"),
    Case("image named .txt", {"seeds/photo.txt": PNG}, "seeds/photo.txt", "binary"),
    Case(
        "invalid UTF-8",
        {"seeds/broken.txt": ARTICLE.encode() + b"\xff\xfe\xfa stray bytes.\n"},
        "seeds/broken.txt",
        "UTF-8",
        builds=("broken",),
    ),
    Case(
        "Windows-1252",
        {"seeds/cp1252.txt": ARTICLE.replace("said", "said “firmly”").encode("cp1252")},
        "seeds/cp1252.txt",
        "Windows-1252",
        builds=("cp1252",),
    ),
    Case(
        "Latin-1",
        {"seeds/latin1.txt": ARTICLE.replace("Geneva", "Zürich").encode("latin-1")},
        "seeds/latin1.txt",
        "Windows-1252",
        builds=("latin1",),
    ),
    Case(
        "UTF-16 with BOM",
        {"seeds/utf16.txt": ARTICLE.encode("utf-16")},
        None,
        None,
        builds=("utf16",),
    ),
    Case(
        "20 MB dump",
        {"seeds/huge.txt": (ARTICLE * 60_000).encode()[:20_000_000]},
        "seeds/huge.txt",
        "too large",
    ),
    Case(
        "all boilerplate",
        {
            "seeds/furniture.txt": b"Home\nNews\nSport\nSubscribe\nLike Us on Facebook\n"
            b"Sign up for our newsletter\nLog in or register\n\xc2\xa9 2024 Outlet\n"
        },
        "seeds/furniture.txt",
        "no article text",
    ),
    Case("hostile text", {"seeds/hostile.txt": HOSTILE.encode()}, None, None, ("hostile",)),
    Case(
        "Markdown with raw HTML",
        {"seeds/raw-html.md": MARKDOWN_WITH_HTML.encode()},
        None,
        None,
        ("raw-html",),
    ),
    Case(
        "front matter with a Python tag",
        {"seeds/pyobject.md": PYTHON_OBJECT.encode()},
        "seeds/pyobject.md",
        "YAML",
    ),
    Case(
        "odd file names",
        {
            "seeds/with spaces.txt": ARTICLE.encode(),
            "seeds/Zürich talks.txt": ARTICLE.replace("Monday", "Friday").encode(),
            "seeds/a..b.txt": ARTICLE.replace("Monday", "Sunday").encode(),
        },
        None,
        None,
        ("with spaces", "Zürich talks", "a..b"),
    ),
    Case(
        "leading dot",
        {"seeds/.hidden.txt": ARTICLE.encode(), "seeds/..dots.txt": ARTICLE.encode()},
        "seeds/.hidden.txt",
        "hidden",
    ),
    Case(
        "identical articles",
        {"seeds/copy-of-000.txt": (ROOT / "seeds/000_afcb08f48ea53a95.txt").read_bytes()},
        "seeds/copy-of-000.txt",
        "duplicate",
    ),
    Case(
        "colliding slugs",
        {
            "seeds/Geneva Talks.txt": ARTICLE.encode(),
            "seeds/geneva-talks.txt": ARTICLE.replace("Monday", "Friday").encode(),
        },
        "seeds/geneva-talks.txt",
        "slug",
        ("Geneva Talks",),
    ),
    Case(
        "registry YAML error",
        {"content/entities/broken.yaml": b"- name: [unclosed\n  type: person\n"},
        "entities/broken.yaml",
        None,
    ),
    Case(
        "two entries claim one alias",
        {
            "content/entities/clash.yaml": b"- name: Alpha Person\n  type: person\n"
            b"  aliases: [Shared Alias]\n- name: Beta Person\n  type: person\n"
            b"  aliases: [Shared Alias]\n"
        },
        "entities/clash.yaml",
        "Shared Alias",
    ),
]


def _fingerprints(folders: list[Path]) -> dict[str, str]:
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@dataclass
class Outcome:
    paths: BuildPaths
    report: BuildReport
    ids: set[str]
    pages: Callable[[], list[tuple[Path, str]]]


def _build_case(tmp_path: Path, case: Case) -> Outcome:
    paths = copy_project(tmp_path)
    for relative, data in case.files.items():
        (tmp_path / relative).write_bytes(data.replace(b"{marker}", str(tmp_path).encode()))
    before = _fingerprints([paths.seeds, paths.content])
    report = build(paths, jobs=1, with_search=False)
    assert _fingerprints([paths.seeds, paths.content]) == before, "no input file is modified"
    records = json.loads((paths.out / "data" / "articles.json").read_text("utf-8"))

    def pages() -> list[tuple[Path, str]]:
        return [(page, page.read_text("utf-8")) for page in sorted(paths.out.rglob("*.html"))]

    return Outcome(paths, report, {record["id"] for record in records}, pages)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_costs_only_itself(case, tmp_path):
    outcome = _build_case(tmp_path, case)
    seed_ids = {path.stem for path in (ROOT / "seeds").iterdir()}
    assert seed_ids <= outcome.ids, "the rest of the site is complete"
    assert set(case.builds) <= outcome.ids
    if case.warning_file:
        named = [w for w in outcome.report.warnings if w.file.endswith(case.warning_file)]
        assert named, f"no warning names {case.warning_file}: {outcome.report.warnings}"
        if case.reason:
            assert any(case.reason.lower() in w.reason.lower() for w in named), named
    for page, html in outcome.pages():
        assert not active_content(html), f"{page}: {active_content(html)}"


def test_active_content_is_detected():
    page = '<p onclick="x()"><a href="javascript:x()">a</a><script>alert(1)</script></p>'
    assert len(active_content(page)) == 3
    assert active_content("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert</p>") == []


def test_hostile_text_shows_escaped(tmp_path):
    case = next(case for case in CASES if case.name == "hostile text")
    outcome = _build_case(tmp_path, case)
    page = (outcome.paths.out / "articles" / "hostile" / "index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page, "template syntax in an article is text, never evaluated"
    assert "{% raw %}" in page


def test_python_tag_in_front_matter_never_runs(tmp_path):
    case = next(case for case in CASES if case.name == "front matter with a Python tag")
    _build_case(tmp_path, case)
    assert not (tmp_path / "touch").exists()
    assert not list(tmp_path.glob("**/pwned*"))


def test_encodings_are_read_correctly(tmp_path):
    cases = [case for case in CASES if case.name in ("Windows-1252", "Latin-1", "UTF-16 with BOM")]
    files = {name: data for case in cases for name, data in case.files.items()}
    outcome = _build_case(tmp_path, Case("encodings", files, None, None))
    records = json.loads((outcome.paths.out / "data" / "articles.json").read_text("utf-8"))
    bodies = {record["id"]: " ".join(record["body"]) for record in records}
    assert "“firmly”" in bodies["cp1252"]
    assert "Zürich" in bodies["latin1"]
    assert "Geneva" in bodies["utf16"]


def test_odd_file_names_stay_inside_the_site(tmp_path):
    case = next(case for case in CASES if case.name == "odd file names")
    outcome = _build_case(tmp_path, case)
    site = outcome.paths.out.resolve()
    for page, _ in outcome.pages():
        assert page.resolve().is_relative_to(site)
    assert (site / "articles" / "zurich-talks" / "index.html").is_file()
    assert (site / "articles" / "with-spaces" / "index.html").is_file()
