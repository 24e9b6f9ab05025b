"""Full names of one person written differently: "Patrick W. Carlineo Jr." in one
article is the "Patrick Carlineo Jr." and the "Pat Carlineo" of others.

Part of the corpus stage (links.py), between the merge of spellings and the
merge of surnames (links_names.py): a surname named alone then joins the one
person its variants make, not one of them.

A person's full name varies in three ways that leave the person the same:
- middle initials: "James P. Kennedy" and "James Kennedy";
- a generational suffix: "Martin Truex Jr" and "Martin Truex";
- a short form of the given name that begins as the name does, as the
  `nicknames` table lists it: "Pat" and "Patrick", "Josh" and "Joshua"
  ("Bill" for William is missed; "Peter", a name of its own, is never Patrick);
  or its initial: "B. U. Nzeribe" and "Benjamin Nzeribe".

Two names typed a person are variants when their surnames agree, their given
names agree (or one is the other's short form or initial), and what both
print agrees: "James P. Kennedy" is no "James F. Kennedy", "Ken Griffey Jr"
no "Ken Griffey Sr". A name that could be either of two names that are no variants of
each other ("John Kennedy", beside "John F. Kennedy" and "John N. Kennedy")
leaves all three apart.

Namesakes exist, so variants are merged only where the archive shows them to
be one person: an article names both, or their articles share a name few
articles print (another person by surname: "Zoghlin", whether written
"Sonya Zoghlin" or "Sonya A. Zoghlin"). Each group is merged into its
registry name if it has one (two registry names in a group: no merge), else
into the spelling most articles use, else the fullest. A name ignore.yaml
lists under `keep_apart:` takes part in no merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from .links_names import Merged, NameArchive, apply_merges, curated_names, without_suffix
from .model import AnnotatedArticle, RegistryEntry
from .names_gazetteer import full_given_names
from .names_signals import HONORIFICS, TITLES
from .names_text import fold
from .union_find import UnionFind

# A short form of a given name begins with the same letters as the name.
SHORT_FORM_SHARED_LETTERS = 2
# A name shared by the articles of two variants tells they are one person only
# if few articles print it: at most this many, or this share of the archive.
MEETING_NAME_MAX_ARTICLES = 3
MEETING_NAME_MAX_SHARE = 0.005


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's full name taken apart, each part folded."""

    given: str
    initials: tuple[str, ...]  # the middle initials' letters: "W." -> "w"
    surname: str
    suffix: str  # "jr", or ""


def name_parts(name: str) -> NameParts | None:
    """The parts of a name of the shape "Given [Initials] Surname [Suffix]", or None.

    The given name may be an initial too ("B. U. Nzeribe"): its part is the letter.
    """
    words, suffix = without_suffix(name.split())
    if len(words) < 2:
        return None
    given, *middle, surname = words
    if not all(_is_initial(word) for word in middle):
        return None  # "John Bel Edwards": a middle name may be a different person's
    if not ((_is_given_name(given) or _is_initial(given)) and _is_name_word(surname)):
        return None
    return NameParts(
        fold(given.rstrip(".")), tuple(fold(word[0]) for word in middle), fold(surname), suffix
    )


def _is_initial(word: str) -> bool:
    return word[0].isupper() and word.rstrip(".") == word[0]


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters ("O'Brien", "Podlipnik-Castillo"), no acronym."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return len(letters) > 1 and letters.isalpha() and word[0].isupper() and not word.isupper()


def _is_given_name(word: str) -> bool:
    folded = fold(word)
    return _is_name_word(word) and folded not in HONORIFICS and folded not in TITLES


def are_variants(first: NameParts, second: NameParts) -> bool:
    """Could the two names be one person's? (Their surnames are taken to agree.)"""
    if first.initials and second.initials and first.initials != second.initials:
        return False
    if first.suffix and second.suffix and first.suffix != second.suffix:
        return False
    return _same_given_name(first.given, second.given)


def _same_given_name(first: str, second: str) -> bool:
    """The same, one's initial ("b", "benjamin") or one's short form ("pat", "patrick")."""
    if first == second:
        return True
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    return is_short_form(first, second)


def is_short_form(first: str, second: str) -> bool:
    """Is one folded given name a short form of the other ("pat", "patrick")?"""
    short, full = sorted((first, second), key=len)
    return (
        len(short) < len(full)
        and short[:SHORT_FORM_SHARED_LETTERS] == full[:SHORT_FORM_SHARED_LETTERS]
        and full in full_given_names(short)
    )


def merge_variants(
    articles: list[AnnotatedArticle],
    entity_articles: Mapping[str, list[str]],
    types: Mapping[str, str],
    registry: Mapping[str, RegistryEntry],
    keep_apart: Iterable[str] = (),
) -> Merged:
    """Merge the variants of each person's full name that the archive shows to be one person.

    `entity_articles` is the entity index (links._entity_index) of `articles`,
    `types` each name's type (links._entity_types).
    """
    archive = NameArchive({item.article.id: item for item in articles}, entity_articles, types)
    kept_apart = {fold(name) for name in keep_apart}
    curated = curated_names(registry)
    meeting = _MeetingNames(archive)
    merges: dict[str, str] = {}
    for names in _people_by_surname(archive, kept_apart).values():
        for group in _unambiguous_groups(names):
            for together in meeting.groups(group):
                merges |= _merges_into_target(together, archive, curated)
    return apply_merges(dict(sorted(merges.items())), archive, articles)


def _people_by_surname(
    archive: NameArchive, kept_apart: set[str]
) -> dict[str, list[tuple[str, NameParts]]]:
    """Folded surname -> the person names of that surname with their parts, A-Z;
    only the surnames more than one name has."""
    people: dict[str, list[tuple[str, NameParts]]] = defaultdict(list)
    for name in sorted(archive.entity_articles):
        if archive.types[name] != "person" or fold(name) in kept_apart:
            continue
        parts = name_parts(name)
        if parts is not None:
            people[parts.surname].append((name, parts))
    return {surname: names for surname, names in people.items() if len(names) > 1}


def _unambiguous_groups(names: list[tuple[str, NameParts]]) -> list[list[str]]:
    """The groups of names linked by being variants, each of names all variants of
    each other; a group where two are not (a name between two people) is left out."""
    groups = UnionFind([name for name, _ in names])
    for (first, first_parts), (second, second_parts) in combinations(names, 2):
        if are_variants(first_parts, second_parts):
            groups.union(first, second)
    parts = dict(names)
    return [
        group
        for group in groups.groups()
        if len(group) > 1
        and all(are_variants(parts[a], parts[b]) for a, b in combinations(group, 2))
    ]


class _MeetingNames:
    """What tells that two variants are one person: an article naming both, or a
    name few articles print named in the articles of each."""

    def __init__(self, archive: NameArchive) -> None:
        self._archive = archive
        total = len(archive.by_id)
        self._max_articles = max(MEETING_NAME_MAX_ARTICLES, int(MEETING_NAME_MAX_SHARE * total))
        self._rare_keys_of: dict[str, frozenset[str]] = {}
        # each name's key, and how many articles print a name of each key: made when
        # first needed, as most groups meet in one article
        self._keys: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def groups(self, names: list[str]) -> list[list[str]]:
        """`names` in groups of two or more that meet, directly or through another."""
        groups = UnionFind(names)
        own: set[str] | None = None  # the group's own keys, which tell nothing
        articles = self._archive.entity_articles
        for first, second in combinations(names, 2):
            if set(articles[first]).isdisjoint(articles[second]):
                if own is None:
                    own = {self._key_of()[name] for name in names}
                if self._rare_keys(first) & self._rare_keys(second) <= own:
                    continue
            groups.union(first, second)
        return [group for group in groups.groups() if len(group) > 1]

    def _rare_keys(self, name: str) -> frozenset[str]:
        """The keys of the names few articles print, in the articles naming `name`."""
        keys = self._rare_keys_of.get(name)
        if keys is None:
            key_of = self._key_of()
            keys = self._rare_keys_of[name] = frozenset(
                key
                for article_id in self._archive.entity_articles[name]
                for other in self._archive.by_id[article_id].annotation.entity_names()
                if self._counts[key := key_of[other]] <= self._max_articles
            )
        return keys

    def _key_of(self) -> dict[str, str]:
        """Name -> its key; and, made with it, key -> how many articles print a name of it."""
        if not self._keys:
            articles: dict[str, set[str]] = defaultdict(set)
            for name, ids in self._archive.entity_articles.items():
                key = self._keys[name] = self._key(name)
                articles[key].update(ids)
            self._counts = {key: len(ids) for key, ids in articles.items()}
        return self._keys

    def _key(self, name: str) -> str:
        """A person by surname ("Sonya A. Zoghlin" and "Sonya Zoghlin" meet as "zoghlin");
        anything else by its whole name."""
        if self._archive.types.get(name) == "person":
            parts = name_parts(name)
            if parts is not None:
                return parts.surname
        return fold(name)


def _merges_into_target(
    names: list[str], archive: NameArchive, curated: set[str]
) -> dict[str, str]:
    """Each name of a group -> the one it is merged into; none if two are curated."""
    registered = [name for name in names if fold(name) in curated]
    if len(registered) > 1:
        return {}
    target = registered[0] if registered else min(names, key=lambda name: _rank(name, archive))
    return {name: target for name in names if name != target}


def _rank(name: str, archive: NameArchive) -> tuple[int, int, int, str]:
    """Most articles first, then the full given name before its short form, then the fullest."""
    parts = name_parts(name)
    assert parts is not None  # a variant has parts
    return (-archive.count(name), -len(parts.given), -len(name.split()), name)
