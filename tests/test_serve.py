"""serve: the built site on localhost, rebuilt when a file is dropped in, pages reloaded."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from archive.serve import RELOAD_PATH, compare

ROOT = Path(__file__).resolve().parents[1]
PATIENCE_SECONDS = 60  # how long to wait for the server, not a speed target


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def _wait_for(url: str) -> str:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while time.monotonic() < deadline:
        try:
            status, body = _get(url)
        except OSError:
            status, body = 0, ""
        if status == 200:
            return body
        time.sleep(0.2)
    raise AssertionError(f"{url} never came up")


@pytest.fixture
def server(tmp_path):
    for folder in ("seeds", "content", "layouts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "serve", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield tmp_path, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_adds_the_reload_script_to_pages_only(server):
    _, url = server
    home = _wait_for(url)
    assert RELOAD_PATH in home
    assert RELOAD_PATH not in _wait_for(url + "data/articles.json")


def test_a_file_dropped_into_seeds_appears_on_the_site(server):
    project, url = server
    _wait_for(url)
    (project / "seeds" / "fishing-talks.txt").write_text(
        "Fishing talks resume in Reykjavik\n\nNegotiators from the two fishing nations met "
        "again in Reykjavik on Monday to settle quotas for the coming season, officials said.\n",
        encoding="utf-8",
    )
    page = _wait_for(url + "articles/fishing-talks/")
    assert "settle quotas" in page
    assert (project / "seeds" / "fishing-talks.txt").is_file()


def test_a_file_dropped_into_a_new_subfolder_of_seeds_appears_on_the_site(server):
    project, url = server
    _wait_for(url)
    folder = project / "seeds" / "2019" / "november"
    folder.mkdir(parents=True)
    (folder / "whaling-quota.txt").write_text(
        "Whaling quota set in Tromso\n\nThe fisheries ministry set next season's whaling "
        "quota in Tromso on Tuesday after talks with the coastal towns, officials said.\n",
        encoding="utf-8",
    )
    page = _wait_for(url + "articles/whaling-quota/")
    assert "coastal towns" in page


def test_a_draft_dropped_into_a_folder_of_dots_stays_off_the_site(server):
    project, url = server
    _wait_for(url)
    drafts, published = project / "seeds" / ".drafts", project / "seeds" / "2020"
    drafts.mkdir()
    published.mkdir()
    text = (
        "Harbour dues rise\n\nThe port of {} raised its harbour dues on Friday, the council said.\n"
    )
    (drafts / "secret-dues.txt").write_text(text.format("Tromso"), encoding="utf-8")
    (published / "open-dues.txt").write_text(text.format("Bergen"), encoding="utf-8")
    assert "Bergen" in _wait_for(url + "articles/open-dues/")
    assert _get(url + "articles/secret-dues/")[0] == 404


def test_change_lists_added_modified_and_removed_files():
    before = {"a": (1, 1), "b": (1, 1), "c": (1, 1)}
    after = {"a": (1, 1), "b": (2, 1), "d": (1, 1)}
    change = compare(before, after)
    assert [p.name for p in change.added] == ["d"]
    assert [p.name for p in change.modified] == ["b"]
    assert [p.name for p in change.removed] == ["c"]
