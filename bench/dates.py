"""How often the cleaner finds a page's publication date, on the boilerplate dev set.

The dev set has no gold dates, but each page dump comes with the saved web
page it was made from, and most pages state their publication date in
their markup: `article:published_time`, `itemprop="datePublished"`, a
JSON-LD `"datePublished"` or `sailthru.date`. That date is the reference (its day, as the page
wrote it; a story filed late in the evening in one time zone may be dated
the next day in another, so an answer one day off counts apart):

- agree: our date is the page's;
- near: one day off;
- differ: another date (`--errors` lists them);
- none: we state no date where the page has one (we never guess, so this is
  the cost of not guessing);
- no reference: the page states none in its markup.

A last line counts the same for the date each article is filed under (its
publication date, else the date of its latest update: `Article.filed`),
which places it on the timeline.

    python bench/dates.py [--data PATH] [--errors] [--html]

`--html` cleans each saved page instead of its dump.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saved_pages import arguments, print_shares, read_page, saved_pages  # noqa: E402

from archive.clean import clean  # noqa: E402

_DAY = r"((?:19|20)\d\d-\d\d-\d\d)"
_PUBLISHED = r"(?:article:published(?:_time)?|datePublished|sailthru\.date|pubdate)\b"
_REFERENCES = (
    re.compile(r'"datePublished"\s*:\s*"' + _DAY),
    re.compile(r"<meta\b[^>]*" + _PUBLISHED + r"[^>]*content=[\"']" + _DAY, re.IGNORECASE),
    re.compile(r"<meta\b[^>]*content=[\"']" + _DAY + r"[^>]*" + _PUBLISHED, re.IGNORECASE),
    re.compile(r"<time\b[^>]*datetime=[\"']" + _DAY + r"[^>]*datePublished", re.IGNORECASE),
)


def reference_date(page_html: str) -> str | None:
    """The publication day the saved page states in its markup, or None."""
    for pattern in _REFERENCES:
        found = pattern.search(page_html)
        if found:
            return found.group(1)
    return None


def verdict(ours: str | None, reference: str | None) -> str:
    if reference is None:
        return "no reference"
    if ours is None:
        return "none"
    if ours == reference:
        return "agree"
    days = abs((date.fromisoformat(ours) - date.fromisoformat(reference)).days)
    return "near" if days == 1 else "differ"


def main() -> None:
    parser = arguments(__doc__, "dates")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    filed: Counter[str] = Counter()
    for dump, page in saved_pages(args.data):
        reference = reference_date(page)
        article = clean(read_page(dump, args.html))
        published = article.published
        found = verdict(published, reference)
        counts[found] += 1
        filed[verdict(article.filed, reference)] += 1
        if args.errors and found in ("differ", "none"):
            print(f"{found:6}  ours: {published}  page: {reference}  {dump.name[:16]}")
    print_shares(counts, ("agree", "near", "differ", "none", "no reference"), args.data)
    shares = ", ".join(f"{key} {filed[key]}" for key in ("agree", "near", "differ", "none"))
    print(f"filed under: {shares}")


if __name__ == "__main__":
    main()
