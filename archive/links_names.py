"""Names across the archive: "Noem" alone is the Kristi Noem of other articles,
and the "NEW YORK" of a dateline the New York of other articles.

Part of the corpus stage (links.py): the annotated articles and their entity
index -> the same with the spellings of a name that differ in case merged
into one (`merge_spellings`), then each one-word name merged into the person
it names (`merge_surnames`, below).

The entity stage reads each article alone. "Noem" after "Kristi Noem" is her,
but an article that only ever says "Noem" gets a name of its own, typed from
the little that one article says ("Noem tweeted" reads like a company). With
the whole archive in view, a one-word name is merged into the person it is
the surname of when the archive itself says so (the signals are the
constants below, read by `_merge_target`):

- the person is the surname's person: most likely a person (a given name
  first, or a role or a quote somewhere), and named in MIN_SURNAME_SHARE of
  the articles naming anyone of that surname ("Taylor", with two Taylors
  as often named, stays as it is);
- the archive uses the short name for that person: in some article the
  entity stage read it as the person ("Noem" after "Kristi Noem");
- the short name is nothing else: no ordinary word or acronym, no place
  (typed a place, and a place the gazetteer knows or that no article reads
  as a person: "Jordan", the planet "Mars"), and not named alone far more
  often than the person is named at all ("Apple" beside "Fiona Apple");
- the curator's word first: a registry name or alias is never merged (a
  registry person may take its surname: "Trump" alone into the registry's
  Donald Trump), and a name ignore.yaml lists under `keep_apart:` is never
  merged nor merged into.

A merged article's mentions of the short name name the person, typed a
person; its roles and quotes follow. Its result gets a digest of its own,
of the per-article result and the merges applied: a page made from it is
kept (render_keys) only while the same merges touch it.

Only the articles naming a candidate are read, through the entity index:
the cost grows with them, not with the archive.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import chain

from .entities import one_word_name
from .model import AnnotatedArticle, Annotation, RegistryEntry
from .names_gazetteer import gazetteer
from .names_signals import HONORIFICS, PERSON_HEADS, TITLES
from .names_text import fold, transliterated

# The person must be named in this share of the articles naming anyone of the surname.
MIN_SURNAME_SHARE = 0.8
# Articles in which the entity stage read the short name as the person.
MIN_ARTICLES_READ_AS_PERSON = 1
# A short name named alone in more than this many times the person's articles
# is mostly something else: the person is then only a namesake.
MAX_ALONE_RATIO = 2.0
# A name in capitals this long or shorter may be an acronym, and the way it is written.
MAX_ACRONYM_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Merged:
    """The archive after the merges: what links reads from here on."""

    merges: dict[str, str]  # name -> the name it is merged into, in name order
    articles: list[AnnotatedArticle]  # in the order given
    entity_articles: dict[str, list[str]]  # name -> ids of the articles naming it, in that order
    types: dict[str, str]  # name -> type


@dataclass(frozen=True, slots=True)
class NameArchive:
    """The archive as the merge rules read it: articles by id, the entity index, types."""

    by_id: dict[str, AnnotatedArticle]
    entity_articles: Mapping[str, list[str]]
    types: Mapping[str, str]

    def annotations(self, name: str) -> Iterable[Annotation]:
        return (self.by_id[article_id].annotation for article_id in self.entity_articles[name])

    def count(self, name: str) -> int:
        return len(self.entity_articles[name])


def merge_surnames(
    articles: list[AnnotatedArticle],
    entity_articles: Mapping[str, list[str]],
    types: Mapping[str, str],
    registry: Mapping[str, RegistryEntry],
    keep_apart: Iterable[str] = (),
) -> Merged:
    """Merge each one-word name the archive shows to be a person's surname into that person.

    `entity_articles` is the entity index (links._entity_index) of `articles`,
    `types` each name's type (links._entity_types).
    """
    archive = NameArchive({item.article.id: item for item in articles}, entity_articles, types)
    kept_apart = {fold(name) for name in keep_apart}
    merges = _surname_merges(archive, curated_names(registry) | kept_apart, kept_apart)
    # a person's merged mentions are typed a person: its type stands
    return apply_merges(merges, archive, articles)


def merge_spellings(
    articles: list[AnnotatedArticle],
    entity_articles: Mapping[str, list[str]],
    types: Mapping[str, str],
    registry: Mapping[str, RegistryEntry],
    keep_apart: Iterable[str] = (),
) -> Merged:
    """Merge the spellings of one name that differ in case only: the "NEW YORK" of a
    dateline is the New York of other articles, "Nasa" the NASA of other outlets. A
    group of people or things (type other) is one name in the singular and the
    plural: "Americans" and "American", "Republicans" and "Republican".

    The spellings of one type are merged into the registry's, else into the one
    named in most articles; a name in capitals that is no acronym (a dateline,
    a headline) is never the one kept, and is merged whatever it was typed:
    one line of capitals says little. A name ignore.yaml keeps apart is
    neither merged nor merged into.
    """
    archive = NameArchive({item.article.id: item for item in articles}, entity_articles, types)
    kept_apart = {fold(name) for name in keep_apart}
    curated = {name for entry in registry.values() for name in (entry.name, *entry.aliases)}
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in entity_articles:
        if fold(name) not in kept_apart:
            spellings[spelling_key(name, archive.types[name])].append(name)
    merges: dict[str, str] = {}
    for names in spellings.values():
        if len(names) > 1:
            kept = min(names, key=lambda name: _spelling_rank(name, archive, curated))
            merges |= {
                name: kept for name in names if name != kept and _merges_into(name, kept, archive)
            }
    return apply_merges(dict(sorted(merges.items())), archive, articles)


def spelling_key(name: str, type_: str) -> str:
    """What the spellings of one name share: the name folded, its initials without
    full stops or spaces ("jk rowling" for "J. K. Rowling", "J.K. Rowling" and "JK
    Rowling"; "la auto show" for "L.A. Auto Show"), and for a group of people or
    things (type other) without a plural s ("americans", "american"). Places are
    left as printed: the Americas are not America."""
    key = _INITIALS.sub(_run_together, fold(name))
    if type_ == "person":
        return transliterated(key)
    if type_ == "other" and key.endswith("s"):
        return key[:-1]
    return key


# Two initials or more, each with its full stop: "J. K.", "W.M.", "L.A."
_INITIALS = re.compile(r"\b(?:\w\. ?)+\w\.(?= |$)")


def _run_together(initials: re.Match[str]) -> str:
    return initials.group().replace(".", "").replace(" ", "")


def _spelling_rank(
    name: str, archive: NameArchive, curated: set[str]
) -> tuple[bool, bool, int, str]:
    return (name not in curated, _shouted(name), -archive.count(name), name)


def _merges_into(name: str, kept: str, archive: NameArchive) -> bool:
    return archive.types[name] == archive.types[kept] or _shouted(name)


def _shouted(name: str) -> bool:
    """A name in capitals that is no acronym: "NEW YORK", "SWITZERLAND" (a dateline, a
    headline), never how the name is written. Acronyms are short: "NASA", not "Nasa"."""
    return name.isupper() and (" " in name or len(name) > MAX_ACRONYM_LETTERS)


def apply_merges(
    merges: dict[str, str], archive: NameArchive, articles: list[AnnotatedArticle]
) -> Merged:
    """The archive with each name of `merges` merged into its target, which keeps its type."""
    if not merges:
        return Merged({}, articles, dict(archive.entity_articles), dict(archive.types))
    touched = {
        article_id: _merged(archive.by_id[article_id], merges, archive.types)
        for name in merges
        for article_id in archive.entity_articles[name]
    }
    return Merged(
        merges,
        [touched.get(item.article.id, item) for item in articles],
        _merged_index(articles, archive.entity_articles, merges),
        {name: type_ for name, type_ in archive.types.items() if name not in merges},
    )


def _surname_merges(
    archive: NameArchive, curated: set[str], kept_apart: set[str]
) -> dict[str, str]:
    """The one-word names to merge -> the person each names, in name order.

    `curated`: the folded names never merged; `kept_apart`: those never merged into either.
    """
    short_names = sorted(
        name for name in archive.entity_articles if " " not in name and fold(name) not in curated
    )
    surnames = {name: transliterated(fold(name)) for name in short_names}
    people = _people_by_surname(archive, set(surnames.values()))
    merges = {}
    for name, surname in surnames.items():
        person = _merge_target(name, archive, people.get(surname, []), curated, kept_apart)
        if person is not None:
            merges[name] = person
    return merges


def curated_names(registry: Mapping[str, RegistryEntry]) -> set[str]:
    """The registry's names and aliases, folded."""
    return {fold(name) for entry in registry.values() for name in (entry.name, *entry.aliases)}


def _people_by_surname(archive: NameArchive, surnames: set[str]) -> dict[str, list[str]]:
    """Folded surname -> the names typed a person that end in it (or in it and a suffix:
    "Martin Truex Jr"; or in another transliteration), most named first (then A-Z).

    Only the surnames of `surnames` are gathered.
    """
    people: dict[str, list[str]] = defaultdict(list)
    for name in archive.entity_articles:
        words, _ = without_suffix(name.split())  # "Martin Truex Jr": Truex
        surname = transliterated(fold(words[-1]))
        if len(words) > 1 and surname in surnames and archive.types[name] == "person":
            people[surname].append(name)
    for names in people.values():
        names.sort(key=lambda name: (-archive.count(name), name))
    return people


def without_suffix(words: list[str]) -> tuple[list[str], str]:
    """The words of a person's name without a generational suffix ("Jr", "III"), and
    the suffix, folded, without its full stop ("" for none)."""
    if len(words) > 2 and fold(words[-1]) in PERSON_HEADS:
        return words[:-1], fold(words[-1]).rstrip(".")
    return words, ""


def _merge_target(
    name: str, archive: NameArchive, namesakes: list[str], curated: set[str], kept_apart: set[str]
) -> str | None:
    """The person a one-word name is merged into, or None to keep it apart.

    The cheap signals are read first; the ones that read articles last.
    """
    # a curated person of the surname is a person
    people = [
        person for person in namesakes if fold(person) in curated or _is_person(person, archive)
    ]
    if not people or fold(people[0]) in kept_apart:
        return None
    person = people[0]
    named_any = set(chain.from_iterable(archive.entity_articles[other] for other in people))
    if archive.count(person) < MIN_SURNAME_SHARE * len(named_any):
        return None
    if _is_something_else(name, archive, archive.count(person)):
        return None
    if _articles_reading_as(person, transliterated(fold(name)), archive) < (
        MIN_ARTICLES_READ_AS_PERSON
    ):
        return None
    return person


def _is_person(name: str, archive: NameArchive) -> bool:
    """A person's name by more than its shape: discovery types "New CEO" a person too."""
    if _starts_with_given_name(name):
        return True
    return any(
        any(role.person == name for role in annotation.roles)
        or any(quote.speaker == name for quote in annotation.quotes)
        for annotation in archive.annotations(name)
    )


def _starts_with_given_name(name: str) -> bool:
    """Is the first word, after titles and capitals ("CEO Tim Cook"), a given name?

    A given name that is an ordinary word too ("Star Wars Jedi") does not count.
    """
    places = gazetteer()
    for word in name.split()[:-1]:
        folded = fold(word)
        if folded.rstrip(".") in HONORIFICS or folded in TITLES or word.isupper():
            continue
        given = places.is_given_name(folded)
        return given and word[:1].isupper() and folded not in places.common_words
    return False


def _is_something_else(name: str, archive: NameArchive, person_articles: int) -> bool:
    """Does the archive show the one-word name to be no surname of the person?"""
    places = gazetteer()
    surname = fold(name)
    if name.isupper() or surname in places.common_words:
        return True  # an acronym or an ordinary word
    if archive.types[name] == "place" and (
        places.place_kind(surname) or not _ever_a_person(name, archive)
    ):
        return True  # "Jordan" the country; "Mars" the planet, never read as a person
    return archive.count(name) > MAX_ALONE_RATIO * person_articles


def _ever_a_person(name: str, archive: NameArchive) -> bool:
    return any(
        (name, "person") in annotation.mentions.columns("entity", "type")
        for annotation in archive.annotations(name)
    )


def _articles_reading_as(person: str, surname: str, archive: NameArchive) -> int:
    """In how many articles the entity stage read the surname alone as the person (folded,
    `transliterated`)."""
    return sum(
        any(
            entity == person
            and not misspelt  # "Kano" for Kono is no use of "Kano"
            and transliterated(one_word_name(text) or "") == surname
            for entity, text, misspelt in zip(
                annotation.mentions.column("entity"),
                annotation.mentions.column("text"),
                annotation.mentions.probable_misspellings(),
                strict=True,
            )
        )
        for annotation in archive.annotations(person)
    )


def _merged(
    item: AnnotatedArticle, merges: Mapping[str, str], types: Mapping[str, str]
) -> AnnotatedArticle:
    """The article with the mentions of each merged name naming its target, of `types`' type."""
    annotation = item.annotation
    applied = {name: merges[name] for name in annotation.entity_names() if name in merges}
    mentions = annotation.mentions.renamed(
        {name: (target, types[target]) for name, target in applied.items()}
    )
    roles = (
        replace(role, person=applied.get(role.person, role.person)) for role in annotation.roles
    )
    quotes = (
        replace(quote, speaker=applied.get(quote.speaker, quote.speaker))
        for quote in annotation.quotes
    )
    merged = Annotation(mentions, tuple(dict.fromkeys(roles)), tuple(dict.fromkeys(quotes)))
    return replace(item, annotation=merged, digest=_merged_digest(item.digest, applied))


def _merged_digest(digest: str, applied: Mapping[str, str]) -> str:
    """A digest of the per-article result and the merges applied to it.

    Without one (a result made without `packed`), render_keys hashes the
    merged annotation itself.
    """
    if not digest:
        return ""
    text = digest + "\0" + repr(sorted(applied.items()))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _merged_index(
    articles: list[AnnotatedArticle],
    entity_articles: Mapping[str, list[str]],
    merges: Mapping[str, str],
) -> dict[str, list[str]]:
    """The entity index with each merged name's articles joined to its person's, in order."""
    index = {name: ids for name, ids in entity_articles.items() if name not in merges}
    joined: dict[str, set[str]] = defaultdict(set)
    for name, person in merges.items():
        joined[person].update(entity_articles[person], entity_articles[name])
    position = {item.article.id: number for number, item in enumerate(articles)}
    for person, ids in joined.items():
        index[person] = sorted(ids, key=position.__getitem__)
    return index
