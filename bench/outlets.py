"""How often the cleaner names a page's outlet, on the boilerplate dev set.

The dev set has no gold outlets, but each page dump comes with the saved web
page it was made from, and most pages name their site in their markup:
`og:site_name`. That reference is loose: some sites give their domain
("livescience.com", "usatoday"), a slogan after the name ("LinkNaija |
Nigeria's popular news platform"), or "the Guardian" for The Guardian. So
names are compared after folding those away (case, "www.", a trailing
domain, a leading "The", spaces, a slogan after " | "), and one may begin the other
("BBC" for "BBC News"):

- agree: the outlet found is the site's name so compared;
- none: no outlet found;
- differ: another name, often the publishing company of a copyright line
  ("Vox Media" for The Verge, "Dow Jones" for WSJ); `--errors` lists them.

Pages whose markup names no site are left out.

    python bench/outlets.py [--data PATH] [--errors] [--html]

`--html` cleans each saved page instead of its dump (its metadata is then
read too: a check of the reference, not of the cleaner).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saved_pages import arguments, print_shares, read_page, saved_pages, tally  # noqa: E402

from archive.furniture import learn_furniture  # noqa: E402
from archive.model import Article  # noqa: E402

_SITE_NAME = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:site_name[\"'][^>]*>", re.IGNORECASE)
_CONTENT = re.compile(r"\bcontent=([\"'])(.*?)\1", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_DOMAIN = re.compile(r"\.(?:com|net|org|info|co\.uk|com\.br|ca|in)$")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


def reference_outlet(page_html: str) -> str | None:
    """The site's name as its markup gives it (`og:site_name`), or None."""
    tag = _SITE_NAME.search(page_html)
    content = _CONTENT.search(tag.group()) if tag else None
    name = html.unescape(content.group(2)).strip() if content else ""
    return name or None


def folded(name: str) -> str:
    """ "https://www.newsnation.in" -> "newsnation"; "The Guardian", "TheGuardian" -> "guardian"."""
    name = name.split(" | ")[0].strip().casefold()
    name = _DOMAIN.sub("", _SCHEME.sub("", name))
    return _NOT_ALPHANUMERIC.sub("", name).removeprefix("the")


def agrees(ours: str, reference: str) -> bool:
    ours_folded, reference_folded = folded(ours), folded(reference)
    if not ours_folded or not reference_folded:
        return False
    return ours_folded.startswith(reference_folded) or reference_folded.startswith(ours_folded)


def main() -> None:
    parser = arguments(__doc__, "outlets")
    args = parser.parse_args()
    pages = [
        (read_page(dump, args.html), reference)
        for dump, page in saved_pages(args.data)
        if (reference := reference_outlet(page))
    ]
    # as a build cleans them: with the lines that recur across the folder's dumps
    furniture = learn_furniture([source for source, _ in pages])
    counts = tally(pages, furniture, _judge, args.errors)
    print_shares(counts, ("agree", "differ", "none"), args.data)


def _judge(article: Article, reference: str) -> tuple[str, str]:
    """The verdict on the article's outlet, and a line saying it."""
    outlet = article.outlet
    if not outlet:
        verdict = "none"
    elif agrees(outlet, reference):
        verdict = "agree"
    else:
        verdict = "differ"
    return verdict, f"{verdict:6}  ours: {str(outlet)[:40]!r:44} page: {reference[:50]!r}"


if __name__ == "__main__":
    main()
