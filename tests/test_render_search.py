"""The Pagefind index of the rendered site (archive.search), on the hand-made corpus."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive.render import render
from archive.search import index
from archive.search_bundle import SIGNATURE, _decode, _encode, canonicalise_bundle


@pytest.fixture
def indexed_site(tmp_path: Path, corpus, layouts: Path, content: Path) -> Path:
    out = tmp_path / "site"
    render(corpus, layouts, content, out)
    index(out)
    return out


def bundle_digest(site: Path) -> dict[str, str]:
    bundle = site / "pagefind"
    return {
        path.relative_to(bundle).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(bundle.rglob("*"))
        if path.is_file()
    }


def fragments(site: Path) -> list[dict]:
    pages = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        pages.append(json.loads(raw.removeprefix(SIGNATURE)))
    return sorted(pages, key=lambda page: page["url"])


def test_the_bundle_ships_the_search_ui(indexed_site: Path) -> None:
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"):
        assert (indexed_site / "pagefind" / name).is_file(), name


def test_article_and_entity_pages_are_indexed_and_nothing_else(indexed_site: Path) -> None:
    urls = [page["url"] for page in fragments(indexed_site)]
    assert [url for url in urls if url.startswith("/articles/")] == [
        "/articles/alpha/",
        "/articles/beta/",
    ]
    entity_urls = [url for url in urls if url.startswith("/entities/")]
    assert "/entities/wang-yi/" in entity_urls
    assert len(urls) == 2 + len(entity_urls), urls


def test_an_entity_page_is_indexed_by_its_name_with_its_type(indexed_site: Path) -> None:
    wang = next(page for page in fragments(indexed_site) if page["url"] == "/entities/wang-yi/")
    assert wang["meta"]["title"] == "Wang Yi"
    assert wang["filters"] == {"type": ["Person"]}


def test_an_article_is_indexed_by_its_body_with_filters_and_title(indexed_site: Path) -> None:
    alpha = fragments(indexed_site)[0]
    assert alpha["meta"]["title"] == "Ministers meet in Beijing"
    assert alpha["content"].startswith("Taro Kono met Wang Yi in Beijing on Sunday.")
    assert "Provenance" not in alpha["content"]  # the provenance table is not article text
    assert "Named in this article" not in alpha["content"]
    assert alpha["filters"] == {
        "type": ["Article"],
        "outlet": ["Daily Example"],
        "author": ["Jane Doe", "Li <Wei> & Co"],
        "person": ["Taro Kono", "Wang Yi"],
        "place": ["Beijing"],
        "year": ["2018"],
    }


def test_same_site_gives_the_same_index_bytes(indexed_site: Path) -> None:
    first = bundle_digest(indexed_site)
    for _ in range(2):  # Pagefind's own order changes from run to run
        index(indexed_site)
        assert bundle_digest(indexed_site) == first


def test_index_replaces_an_older_bundle_without_leaving_stale_files(indexed_site: Path) -> None:
    before = bundle_digest(indexed_site)
    stale = indexed_site / "pagefind" / "fragment" / "en_0000000.pf_fragment"
    stale.write_bytes(b"from an older build")
    index(indexed_site)
    assert not stale.exists()
    assert bundle_digest(indexed_site) == before


def test_a_bundle_it_cannot_read_is_left_as_it_is(tmp_path: Path) -> None:
    bundle = tmp_path / "pagefind"
    bundle.mkdir()
    entry = {"version": "9", "languages": {"en": {"hash": "en_1", "page_count": 1}}}
    (bundle / "pagefind-entry.json").write_text(json.dumps(entry), encoding="utf-8")
    (bundle / "pagefind.en_1.pf_meta").write_bytes(b"not gzip")
    canonicalise_bundle(bundle)
    assert (bundle / "pagefind.en_1.pf_meta").read_bytes() == b"not gzip"
    assert json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8")) == entry


cbor_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text() | st.binary(),
    lambda children: st.lists(children, max_size=5),
    max_leaves=20,
)


@given(cbor_values)
def test_cbor_reads_back_what_it_writes(value) -> None:
    encoded = _encode(value)
    decoded, end = _decode(encoded, 0)
    assert end == len(encoded)
    assert decoded == value


def test_scratch_left_by_a_killed_build_is_removed_and_a_running_ones_kept(tmp_path, monkeypatch):
    import subprocess

    from archive import search

    monkeypatch.setattr(search, "_scratch_root", lambda: tmp_path)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f"{search.SCRATCH_PREFIX}{dead.pid}-abc"
    alive = tmp_path / f"{search.SCRATCH_PREFIX}{os.getpid()}-def"
    for folder in (stale, alive):
        (folder / "articles").mkdir(parents=True)
    search.index(tmp_path / "empty-site")
    assert not stale.exists()
    assert alive.exists()
