"""Makers and their products: the article's Found -> the same, some retyped.

A maker's name before its product's has the shape of a given name before a
family name: "Google Stadia", "Nissan Sentra", "Apple Airpods" are two plain
capitalised words. What the article does with the words tells them apart:
- a name only its shape makes a person's (no given name, title or "said"),
  whose first word and the rest the article also names alone ("Google ...
  Stadia ... Google Stadia"), is the maker's product, a thing: a writer calls
  a person by one of their names, seldom by each in turn. Not where a mention
  makes the first word a person's or a place's ("Mr Tolvani", "Tolvani,
  Texas"), nor where it is a town named like people ("Taylor" of "Taylor
  Swift") or a Chinese or Japanese family name ("Wang" of "Wang Donghai");
- such a word alone that starts the article's longer names of bodies and
  things ("Apple" beside "Apple TV" and "the Apple Thunderbolt 2 adapter") is
  the maker's or the body's name: an organisation's, whatever "Apple said"
  makes of it.
The short forms are resolved after this (entities): a maker's name there joins
a person only as a family name, or one the text surely names a person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .names_gazetteer import gazetteer
from .names_signals import PERSON_EVIDENCE
from .names_text import fold
from .names_types import best_type

if TYPE_CHECKING:
    from .entities import Found

# What says a word named alone is no maker's name: a person's evidence but "___ said"
# (a company speaks as often: "Apple said"), or a place's or a nationality's ("Taylor,
# Texas" of "Taylor Swift", "Indiana" of "Indiana Statehouse").
_NO_MAKER_EVIDENCE = (PERSON_EVIDENCE - {"said_after"}) | {"country", "region", "city", "demonym"}
# The types of the longer names whose first word names a maker or a body.
_TYPES_OF_THINGS = frozenset(("organisation", "other"))


def type_makers_and_products(found: list[Found]) -> list[Found]:
    """Products named after their makers retyped as things ("product_of_maker"),
    and makers' names alone marked as organisations' ("makes_things"). A product's
    name is typed a person's by its shape, or a body's by an English word first
    ("Google Stadia")."""
    may_be_makers = _may_be_makers(found)
    if not may_be_makers:
        return found
    products = [
        position
        for position, item in enumerate(found)
        if (item.mention.type == "person" or "english_first_word" in item.evidence)
        and not item.in_registry
        and " " in item.mention.text
        and fold(item.words[0]) in may_be_makers
    ]
    if products:
        found = found[:]
        names = {fold(item.mention.text) for item in found if not item.in_registry}
        for position in products:
            found[position] = _as_product(found[position], names)
    makers = _first_words_of_things(found) & may_be_makers
    if not makers:
        return found
    return [
        replace(item, evidence=(*item.evidence, "makes_things"))
        if _is_word_alone(item) and fold(item.mention.text) in makers
        else item
        for item in found
    ]


def _may_be_makers(found: list[Found]) -> set[str]:
    """The words the article names alone that no mention makes a person's or a
    place's ("Mr Tolvani", "Tolvani, Texas"), and that name no person or place
    wherever they stand: no town named like people ("Taylor" of "Taylor Swift"),
    no Chinese or Japanese family name ("Wang" of "Wang Donghai")."""
    # by the printed word, folded once each: an article names a word alone many times
    printed: set[str] = set()
    not_makers: set[str] = set()
    for item in found:
        text = item.mention.text
        if " " in text or item.in_registry or item.expansion:
            continue
        if _NO_MAKER_EVIDENCE.isdisjoint(item.evidence):
            printed.add(text)
        else:
            not_makers.add(text)
    if not printed:
        return printed
    places = gazetteer()
    return (
        set(map(fold, printed))
        - set(map(fold, not_makers))
        - places.places_named_like_people
        - places.romanized_names
    )


def _is_word_alone(item: Found) -> bool:
    return not (item.in_registry or item.expansion or " " in item.mention.text)


def _as_product(item: Found, names: set[str]) -> Found:
    """ "Google Stadia" beside "Google" and "Stadia": a product, not a person."""
    words = item.words
    if not PERSON_EVIDENCE.isdisjoint(item.evidence) or fold(" ".join(words[1:])) not in names:
        return item
    evidence = (*item.evidence, "product_of_maker")
    type_ = best_type(evidence, len(words))
    return replace(item, mention=replace(item.mention, type=type_), evidence=evidence)


def _first_words_of_things(found: list[Found]) -> set[str]:
    """The first words of the article's longer names of bodies and things: "apple"
    of "Apple TV"."""
    return {
        fold(item.words[0])
        for item in found
        if item.mention.type in _TYPES_OF_THINGS and " " in item.mention.text
    }
