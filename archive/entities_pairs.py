"""Two names joined by a hyphen: the article's Found -> the same, some split in two.

"several Alito-Prelogar moments", "the Israel-Hamas war", "US-China talks": a
capitalised word, a hyphen and another, each a name the article gives apart,
are two mentions (Samuel Alito and Elizabeth Prelogar, Israel and Hamas),
resolved afterwards as names alone are (entities). Left whole: a pair the
article does not name apart ("Mercedes-Benz", "Nagorno-Karabakh"), two
nationalities ("German-Israeli", as the agencies write them) and two firms
(more often the one they made: "UWP-Hachette").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import Found

# Two names joined by a hyphen, each a word: "Alito-Prelogar", "Israel-Hamas".
_PAIRED_NAMES = re.compile(r"([A-Z][\w'’]+)-([A-Z][\w'’]+)")


def split_paired_names(found: list[Found]) -> list[Found]:
    """Each pair of names the article gives apart, split into its two names."""
    pairs = [
        (position, match)
        for position, item in enumerate(found)
        if not item.in_registry and (match := _PAIRED_NAMES.fullmatch(item.mention.text))
    ]
    if not pairs:
        return found
    named_apart: dict[str, str] = {}  # a name, or a person's name's word -> its type
    for item in found:
        if "-" in item.mention.text:
            continue
        named_apart.setdefault(item.mention.entity, item.mention.type)
        if item.mention.type == "person":
            for word in item.mention.entity.split():
                named_apart.setdefault(word, "person")
    split: dict[int, list[Found]] = {}
    for position, match in pairs:
        types = [named_apart.get(match[half]) for half in (1, 2)]
        # two nationalities stay one ("German-Israeli relations"), as the agencies write,
        # and two firms are more often the one they made ("UWP-Hachette")
        if (
            None not in types
            and "other" not in types
            and types != ["organisation", "organisation"]
            and match[1] != match[2]
        ):
            item = found[position]
            split[position] = [
                item.with_mention(
                    replace(
                        item.mention,
                        start=item.mention.start + match.start(half),
                        end=item.mention.start + match.end(half),
                        text=match[half],
                        entity=match[half],
                        type=named_apart[match[half]],
                    )
                )
                for half in (1, 2)
            ]
    if not split:
        return found
    return [part for position, item in enumerate(found) for part in split.get(position, [item])]
