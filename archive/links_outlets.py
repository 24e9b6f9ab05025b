"""The archive's outlets, each filed under one name whatever its pages call it.

The pages of one site name it in several ways: "The Hill" on one, "TheHill"
on another, "THE GUARDIAN" and "the Guardian". Names that differ only in
case, spaces and punctuation, a leading "The" or a domain's ending ("Space"
and "Space.com") are one outlet, filed under the spelling most of its
articles give (the one not in capitals, then the first A-Z, on a tie).

The editor names the others in `site.yaml`, where the pages give a
publisher or a short form for the site:

    outlets:
      The Wall Street Journal: [WSJ, Dow Jones]

Every spelling of a name listed there is filed under the editor's name.

An outlet is often an entity of the archive too: Sputnik, the agency other
articles name ("BEIJING (Sputnik) - ..."), runs Sputnik International. Its
page links the entity's, the articles by it to those about it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .clean_outlet_mentions import folded
from .model import AnnotatedArticle, EntityRecord, SiteConfig


@dataclass(frozen=True, slots=True)
class Outlets:
    """The filed outlets and their articles, and the name each spelling is filed under."""

    articles: dict[str, list[str]]  # filed name -> article ids, in the archive's order
    filed: dict[str, str]  # a name as an article gives it -> the name it is filed under


def file_outlets(articles: Iterable[AnnotatedArticle], config: SiteConfig) -> Outlets:
    """File the outlets the `articles` give (in the archive's order)."""
    given: list[tuple[str, str]] = [
        (item.article.outlet, item.article.id) for item in articles if item.article.outlet
    ]
    counts = Counter(name for name, _ in given)
    chosen = {outlet_key(other): name for name, others in config.outlets for other in others}
    chosen.update({outlet_key(name): name for name, _ in config.outlets})
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        spellings[outlet_key(name)].append(name)
    filed = {}
    for key, names in spellings.items():
        name = chosen.get(key) or max(names, key=lambda name: (counts[name], not name.isupper()))
        filed.update(dict.fromkeys(names, name))
    outlets: dict[str, list[str]] = defaultdict(list)
    for name, article_id in given:
        outlets[filed[name]].append(article_id)
    return Outlets(dict(sorted(outlets.items())), filed)


def outlet_key(name: str) -> str:
    """ "The Hill", "TheHill", "THE HILL", "thehill.com" -> "hill"."""
    key = folded(name.strip())  # as the cleaner compares the names a page gives its site
    return key[3:] if key.startswith("the") and len(key) > 3 else key


# The kinds of entity a publication is read as; an organisation may also be
# named by the first words of its outlet's name ("Sputnik" for Sputnik International).
_PUBLICATION_TYPES = ("organisation", "other")


def outlet_entities(outlets: Iterable[str], entities: Mapping[str, EntityRecord]) -> dict[str, str]:
    """The entity each outlet is, where the archive names it: outlet -> entity name.

    The entity's name or an alias is the outlet's (as outlet_key compares
    them), or an organisation's is the outlet's first words; the longest
    such name is taken, then the organisation, then the entity most articles
    name. Never a person, a place or an event ("New York" is no part of the
    New York Post).
    """
    by_key: dict[str, list[EntityRecord]] = defaultdict(list)
    for record in entities.values():
        if record.type in _PUBLICATION_TYPES:
            for name in (record.name, *record.aliases):
                by_key[outlet_key(name)].append(record)
    found = {}
    for outlet in outlets:
        words = outlet.split()
        for count in range(len(words), 0, -1):
            candidates = [
                record
                for record in by_key.get(outlet_key(" ".join(words[:count])), [])
                if count == len(words) or record.type == "organisation"
            ]
            if candidates:
                best = max(
                    candidates,
                    key=lambda r: (r.type == "organisation", len(r.article_ids), r.name),
                )
                found[outlet] = best.name
                break
    return found
