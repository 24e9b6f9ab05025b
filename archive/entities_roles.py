"""Roles and quotes: who is what, and who said what, in one field of an article.

A role is the title printed with a person's name, before it ("Chinese
Foreign Minister Wang Yi", "Japan's foreign minister Taro Kono") or after it
as an apposition ("Qin Gang, China's Foreign Ministry spokesperson,").
A quote is text in quotation marks attributed by a verb of saying to a
person or organisation next to it ('"...," Wang added', '"..." Mr Kono
said', '"...," said the ministry'), or to a role named before ("the Japanese
foreign minister said" -> the person who holds that role in the article).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .model import Quote, Role
from .names_gazetteer import gazetteer
from .names_signals import ROLE_WORDS, SAYING_VERBS, TITLE_HEADS
from .names_text import View, fold

if TYPE_CHECKING:
    from .entities import Found

# A quotation ends at its paragraph: a quote running on opens again there.
_QUOTED = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
_MIN_QUOTE_WORDS = 4  # shorter quoted text is a scare quote: "martyrs"
_MAX_APPOSITION_WORDS = 8
_ARTICLES = frozenset(("the", "a", "an"))
_SPEAKER_TYPES = frozenset(("person", "organisation"))


def find_roles(view: View, found: list[Found]) -> list[Role]:
    by_token = _mentions_by_token(found)
    roles = []
    for item in found:
        if item.mention.type != "person":
            continue
        for role in (_role_before(view, by_token, item), _role_after(view, by_token, item)):
            if role:
                roles.append(Role(item.mention.entity, role))
    return roles


def find_quotes(view: View, found: list[Found], roles: list[Role]) -> list[Quote]:
    quotes = []
    for match in _QUOTED.finditer(view.text):
        said = (match.group(1) or match.group(2)).strip().rstrip(",").strip()
        if len(said.split()) < _MIN_QUOTE_WORDS:
            continue
        speaker = _speaker_after(view, found, roles, match.end()) or _speaker_before(
            view, found, match.start()
        )
        if speaker:
            quotes.append(Quote(speaker, said))
    return quotes


# -- roles --------------------------------------------------------------------


def _mentions_by_token(found: list[Found]) -> dict[int, Found]:
    return {index: item for item in found for index in range(item.first, item.last)}


def _role_before(view: View, by_token: dict[int, Found], item: Found) -> str:
    """The title words right before a name, with their owner ("Japan's", "Chinese")."""
    places = gazetteer()
    start = None
    has_head = False
    index = item.first - 1
    while index >= 0 and _joined(view, index, index + 1):
        word = view.folded[index]
        if word in ROLE_WORDS:
            start, has_head = index, has_head or word in TITLE_HEADS
            index -= 1
        elif index in by_token and by_token[index].mention.type == "organisation":
            start = index = by_token[index].first
            index -= 1
        elif places.is_demonym(word) and start is not None:
            start = index
            break
        elif word == "'s" and start is not None and index > 0 and index - 1 in by_token:
            start = by_token[index - 1].first
            break
        else:
            break
    if start is None or not has_head:
        return ""
    return view.span_text(start, item.first)


def _role_after(view: View, by_token: dict[int, Found], item: Found) -> str:
    """An apposition: "Qin Gang, China's Foreign Ministry spokesperson,"."""
    words = view.words
    index = item.last
    if index >= len(words) or words[index] != ",":
        return ""
    first = index + 1
    if first < len(words) and view.folded[first] in _ARTICLES:
        first += 1
    last = first
    while last < len(words) and last - first < _MAX_APPOSITION_WORDS:
        text = words[last]
        if text in (",", ".", ";") or view.lines[last] != view.lines[item.first]:
            break
        word = view.folded[last]
        if not (word in ROLE_WORDS or word == "'s" or text[0].isupper() or last in by_token):
            return ""
        last += 1
    if last == first or last >= len(words) or words[last] not in (",", "."):
        return ""
    if view.folded[last - 1] not in TITLE_HEADS:
        return ""
    return view.span_text(first, last)


def _joined(view: View, left: int, right: int) -> bool:
    return view.adjacent(left, right) or view.attached(left, right)


# -- quotes -------------------------------------------------------------------


def _speaker_after(view: View, found: list[Found], roles: list[Role], offset: int) -> str:
    """'"...," Wang added' / '"...," said Mr Wang' / '"...," the minister said'."""
    folded = view.folded
    index = _first_token_at(view, offset)
    if index < len(folded) and folded[index] == ",":
        index += 1
    if index >= len(folded):
        return ""
    speaker = _mention_at(found, index)
    if speaker is not None:
        after = speaker.last
        if after < len(folded) and folded[after] in SAYING_VERBS:
            return speaker.mention.entity
        return ""
    if folded[index] in SAYING_VERBS:
        speaker = _mention_at(found, index + 1)
        return speaker.mention.entity if speaker is not None else ""
    if folded[index] == "the":
        return _speaker_by_role(view, roles, index + 1)
    return ""


def _speaker_by_role(view: View, roles: list[Role], index: int) -> str:
    """ "the Japanese foreign minister said": whoever holds that role here."""
    folded = view.folded
    last = index
    while last < len(folded) and folded[last] not in SAYING_VERBS:
        if last - index >= _MAX_APPOSITION_WORDS or view.words[last] in ",.;":
            return ""
        last += 1
    if last == index or last >= len(folded):
        return ""
    described = " ".join(folded[index:last])
    holders = {role.person for role in roles if _same_role(fold(role.role), described)}
    return holders.pop() if len(holders) == 1 else ""


def _same_role(role: str, described: str) -> bool:
    words = role.replace("'s", " 's").split()
    return " ".join(words) == described or " ".join(words).endswith(" " + described)


def _speaker_before(view: View, found: list[Found], offset: int) -> str:
    """'Mr Wang said: "..."' -- a speaker and a verb right before the quote."""
    index = _first_token_at(view, offset) - 1
    if index >= 0 and view.words[index] in (",", ":"):
        index -= 1
    if index < 1 or view.folded[index] not in SAYING_VERBS:
        return ""
    speaker = next((item for item in found if item.last == index), None)
    if speaker is None or speaker.mention.type not in _SPEAKER_TYPES:
        return ""
    return speaker.mention.entity


def _first_token_at(view: View, offset: int) -> int:
    return bisect.bisect_left(view.starts, offset)


def _mention_at(found: list[Found], index: int) -> Found | None:
    for item in found:
        if item.first == index and item.mention.type in _SPEAKER_TYPES:
            return item
    return None
