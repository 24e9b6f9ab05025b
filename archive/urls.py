"""The site's URL scheme, in one place: the pages and the open data link the same URLs."""

from __future__ import annotations


class Urls:
    """The site's URLs: every link on every page is a site path passed through here."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    def __call__(self, path: str) -> str:
        return self.base + "/" + path.lstrip("/")


def article_path(slug: str) -> str:
    return f"/articles/{slug}/"


def entity_path(slug: str) -> str:
    return f"/entities/{slug}/"


def output_path(url_path: str) -> str:
    """The file a site path is served from: "/a/b/" -> "a/b/index.html"."""
    path = url_path.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path
