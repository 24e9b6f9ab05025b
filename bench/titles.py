"""How often the cleaner finds a page's headline, on the boilerplate dev set.

The dev set has no gold titles, but each page dump comes with the saved web
page it was made from, and the page names its own headline: its
`og:title` (or `twitter:title`), else its `<title>`. That reference is
close, not exact: sites add their name ("... | ZDNet"), and some word the
social title apart from the printed headline. So the score is a word
overlap, not an exact match:

- agree: the words of our title and of the reference overlap with F1 >= 0.6;
- none: no headline found (the title fell back to the file name);
- differ: anything else; `--errors` lists them beside the reference.

    python bench/titles.py [--data PATH] [--errors] [--html | --furniture]

`--html` cleans each saved page instead of its dump. `--furniture` first learns
the template lines that recur across the folder's dumps, as a build does
(`archive.furniture.learn_furniture`), and cleans each dump with its share.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saved_pages import arguments, print_shares, read_page, saved_pages, tally  # noqa: E402

from archive.furniture import Furniture, learn_furniture  # noqa: E402
from archive.model import Article  # noqa: E402

AGREE_F1 = 0.6
_WORD = re.compile(r"\w+")
_META_TITLE = re.compile(
    r"<meta\b[^>]*\b(?:property|name)=[\"'](?:og|twitter):title[\"'][^>]*>", re.IGNORECASE
)
_CONTENT = re.compile(r"\bcontent=([\"'])(.*?)\1", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def reference_title(page_html: str) -> str:
    """The headline the saved page gives itself: og:title, twitter:title, else <title>."""
    for tag in _META_TITLE.finditer(page_html):
        content = _CONTENT.search(tag.group())
        if content and content.group(2).strip():
            return html.unescape(content.group(2)).strip()
    title = _TITLE.search(page_html)
    return html.unescape(title.group(1)).strip() if title else ""


def word_f1(ours: str, reference: str) -> float:
    ours_words = Counter(_WORD.findall(ours.casefold()))
    reference_words = Counter(_WORD.findall(reference.casefold()))
    shared = sum((ours_words & reference_words).values())
    if not shared:
        return 0.0
    precision = shared / sum(ours_words.values())
    recall = shared / sum(reference_words.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = arguments(__doc__, "titles")
    parser.add_argument(
        "--furniture", action="store_true", help="learn template lines across the dumps first"
    )
    args = parser.parse_args()
    if args.html and args.furniture:
        parser.error("--furniture is learned from the page dumps: not with --html")
    pages = [(read_page(dump, args.html), page) for dump, page in saved_pages(args.data)]
    furniture = learn_furniture([source for source, _ in pages]) if args.furniture else Furniture()
    counts = tally(pages, furniture, _judge, args.errors)
    print_shares(counts, ("agree", "differ", "none"), args.data)


def _judge(article: Article, page: str) -> tuple[str, str]:
    """The verdict on the article's title, and the lines saying it."""
    reference, title = reference_title(page), article.title
    if title == article.id:
        verdict = "none"
    elif word_f1(title, reference) >= AGREE_F1:
        verdict = "agree"
    else:
        verdict = "differ"
    return verdict, f"{verdict:6}  ours: {title[:70]!r}\n        page: {reference[:70]!r}"


if __name__ == "__main__":
    main()
