"""Names printed short for a longer one: the article's Found -> the same, renamed.

A reader fills in the words a writer leaves out:
- "North and South Korea", "East and West Germany", "Upper and Lower Saxony":
  a word coordinated with the first word of the name after it stands for that
  name with its own word first ("North" is North Korea), when the gazetteer,
  the article or the registry knows the name so made;
- "the participation of the North": a point of the compass alone after "the",
  in an article naming one country by that point and the country it halves
  ("North Korea"), is that country; where the article names two places by the
  point ("North Korea", "North Carolina"), or none, it stays as printed.
A mention keeps its printed span ("North"); only its entity and type change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .names_gazetteer import COMPASS_POINTS, Gazetteer, gazetteer
from .names_text import View, fold
from .registry import Registry

if TYPE_CHECKING:
    from .entities import Found

# What joins the halves: "North and South Korea", "North or South Dakota".
_COORDINATORS = frozenset(("and", "or", "&"))


def resolve_elided_names(
    found: list[Found], views: dict[str, View], registry: Registry
) -> list[Found]:
    """Each word standing for a longer name of the article takes that name."""
    places = gazetteer()
    resolved = found[:]
    elided = _resolve_coordinated_halves(resolved, views, registry, places)
    _resolve_lone_compass_points(resolved, views, places, elided)
    return resolved


# -- "North and South Korea" ----------------------------------------------------------


def _resolve_coordinated_halves(
    found: list[Found], views: dict[str, View], registry: Registry, places: Gazetteer
) -> set[int]:
    """Rename, in place, each first word of a coordination before one head; gives
    the positions renamed."""
    renamed: set[int] = set()
    named: dict[str, tuple[str, str]] | None = None  # built on the first coordination
    for position in range(len(found) - 1):
        word, name = found[position], found[position + 1]
        view = views[word.field]
        if not _is_coordinated_half(view, word, name):
            continue
        full = f"{word.mention.text} {view.span_text(name.first + 1, name.last)}"
        if named is None:
            named = _names_of_article(found)
        entity = _known_name(full, named, registry, places)
        if entity is not None:
            mention = replace(word.mention, entity=entity[0], type=entity[1])
            found[position] = word.with_mention(mention)
            renamed.add(position)
    return renamed


def _is_coordinated_half(view: View, word: Found, name: Found) -> bool:
    """ "North" before "and South Korea": one capitalised word, a coordinator, then
    a name of two words or more, on one line."""
    between = word.last
    return (
        word.last - word.first == 1
        and not word.in_registry
        and name.field == word.field
        and name.first == between + 1
        and name.last - name.first > 1
        and view.folded[between] in _COORDINATORS
        and view.lines[word.first] == view.lines[name.last - 1]
        and view.words[name.first][:1].isupper()
    )


def _names_of_article(found: list[Found]) -> dict[str, tuple[str, str]]:
    """The names of two words or more the article prints, folded -> (entity, type)."""
    named: dict[str, tuple[str, str]] = {}
    for item in found:
        text = item.mention.text
        if " " in text:
            named.setdefault(fold(" ".join(text.split())), (item.mention.entity, item.mention.type))
    return named


def _known_name(
    full: str, named: dict[str, tuple[str, str]], registry: Registry, places: Gazetteer
) -> tuple[str, str] | None:
    """The entity and type of a name the article, the registry or the gazetteer knows."""
    folded = fold(full)
    if folded in named:
        return named[folded]
    entry = registry.entry_named(full)
    if entry is not None:
        return entry.name, entry.type
    if places.is_place_name(folded):
        return full, "place"
    if places.is_demonym(folded):
        return full, "other"  # "North and South Korean officials"
    return None


# -- "the North" ----------------------------------------------------------------------


def _resolve_lone_compass_points(
    found: list[Found], views: dict[str, View], places: Gazetteer, skipped: set[int]
) -> None:
    """Rename, in place, each "the North" that can only be the article's North Korea."""
    lone = [
        position
        for position, item in enumerate(found)
        if position not in skipped and _is_lone_compass_point(views[item.field], item)
    ]
    if not lone:
        return
    halves = _places_named_by_points(found, places)
    for position in lone:
        item = found[position]
        named = halves.get(fold(item.mention.text), {})
        if len(named) != 1:
            continue  # none, or "North Korea" and "North Carolina": which, nothing says
        [(entity, (type_, halves_a_country))] = named.items()
        if halves_a_country:
            found[position] = item.with_mention(replace(item.mention, entity=entity, type=type_))


def _is_lone_compass_point(view: View, item: Found) -> bool:
    return (
        item.last - item.first == 1
        and not item.in_registry
        and view.folded[item.first] in COMPASS_POINTS
        and item.first > 0
        and view.folded[item.first - 1] == "the"
    )


def _places_named_by_points(
    found: list[Found], places: Gazetteer
) -> dict[str, dict[str, tuple[str, bool]]]:
    """Point of the compass -> the entities of the article's names made of it and a
    known place ("North Korea", "North Carolina"), each with its type and whether
    it is a country halving a country (North Korea; not North America, South Africa)."""
    halves: dict[str, dict[str, tuple[str, bool]]] = {}
    for item in found:
        point, _, rest = item.mention.text.partition(" ")
        point = fold(point)
        if point not in COMPASS_POINTS or not rest:
            continue
        rest = fold(" ".join(rest.split()))
        kind = places.place_kind(rest)
        if kind is None:
            continue  # "the West" beside the West Bank: a bank is no place
        named = halves.setdefault(point, {})
        halves_a_country = (
            kind == "country"
            and places.place_kind(f"{point} {rest}") == "country"
            and item.mention.type == "place"
        )
        if not named.get(item.mention.entity, ("", False))[1]:
            named[item.mention.entity] = (item.mention.type, halves_a_country)
    return halves
