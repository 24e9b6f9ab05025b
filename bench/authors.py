"""How often the cleaner names a page's author, on the boilerplate dev set.

The dev set has no gold authors, but most saved pages name their author for
machines: `<meta name="author">`, `article:author`, or JSON-LD's "author".
Those are loose too ("By TOM KRISHER, AP Auto Writer", "Troy L. Smith,
Cleveland.com", "admin", "Reuters"), so each is read as a byline is
(`archive.clean_authors.byline_names`), and a page whose markup names no
person is left out of the shares. Names are compared folded (case, spaces,
full stops), one may begin the other ("Finian Cunningham" for "Finian
Cunningham. Sputnik International"):

- agree: our first author is one the markup names;
- differ: another name (`--errors` lists them);
- none: we name no author.

The pages whose markup names no person are counted apart: `--errors` lists
the authors we give them, to be read by eye (a byline the markup left out, or
a mistake).

    python bench/authors.py [--data PATH] [--errors] [--html]
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saved_pages import arguments, print_shares, read_page, saved_pages, tally  # noqa: E402

from archive.clean_authors import byline_names  # noqa: E402
from archive.furniture import learn_furniture  # noqa: E402
from archive.model import Article  # noqa: E402

_AUTHOR_META = re.compile(
    r"<meta\b[^>]*\b(?:name|property)=[\"'](?:author|article:author|parsely-author)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"\bcontent=([\"'])(.*?)\1", re.IGNORECASE | re.DOTALL)
_JSON_LD = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


def reference_authors(page_html: str) -> list[str]:
    """The people the page's markup names as its authors, read as bylines."""
    said = [
        html.unescape(content.group(2))
        for tag in _AUTHOR_META.finditer(page_html)
        if (content := _CONTENT.search(tag.group())) and not content.group(2).startswith("http")
    ]
    for script in _JSON_LD.finditer(page_html):
        try:
            said += _json_ld_authors(json.loads(script.group(1)))
        except (ValueError, RecursionError):
            continue
    names: list[str] = []
    for text in said:
        for name in byline_names("By " + text.strip().removeprefix("By ").removeprefix("by ")):
            if name not in names:
                names.append(name)
    return names


def _json_ld_authors(data: object) -> list[str]:
    """Every "author" name in a JSON-LD document, however deep."""
    found: list[str] = []
    if isinstance(data, list):
        for item in data:
            found += _json_ld_authors(item)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key == "author":
                for author in value if isinstance(value, list) else [value]:
                    name = author.get("name") if isinstance(author, dict) else author
                    if isinstance(name, str):
                        found.append(name)
            else:
                found += _json_ld_authors(value)
    return found


def folded(name: str) -> str:
    return _NOT_ALPHANUMERIC.sub("", name.casefold())


def main() -> None:
    parser = arguments(__doc__, "authors")
    args = parser.parse_args()
    pages = [
        (read_page(dump, args.html), reference)
        for dump, page in saved_pages(args.data)
        for reference in [reference_authors(page)]
    ]
    furniture = learn_furniture([source for source, _ in pages])
    with_reference = [(source, names) for source, names in pages if names]
    counts = tally(with_reference, furniture, _judge, args.errors)
    print_shares(counts, ("agree", "differ", "none"), args.data)
    without = [(source, names) for source, names in pages if not names]
    named = tally(without, furniture, _judge_unreferenced, args.errors)
    print(
        f"{len(without)} pages whose markup names no person: "
        f"we name an author on {named['named']} (--errors lists them)"
    )


def _judge(article: Article, reference: list[str]) -> tuple[str, str]:
    if not article.authors:
        verdict = "none"
    elif any(
        folded(name).startswith(folded(article.authors[0]))
        or folded(article.authors[0]).startswith(folded(name))
        for name in reference
    ):
        verdict = "agree"
    else:
        verdict = "differ"
    return verdict, f"{verdict:6}  ours: {list(article.authors)!r:50} page: {reference!r}"


def _judge_unreferenced(article: Article, _: list[str]) -> tuple[str, str]:
    if not article.authors:
        return "agree", ""  # (not listed)
    return "named", f"named   ours: {list(article.authors)!r:50} page: none  {article.id[:16]}"


if __name__ == "__main__":
    main()
