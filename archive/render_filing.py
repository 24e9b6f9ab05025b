"""Where the names index files a name: people under their family name.

A library catalogue, an encyclopedia's categories and a newspaper's own index
file "Shinzo Abe" under A and "Barack Obama" under O, while printing the name
as it is written. Most names in an English-language archive give the family
name last; Chinese and Korean names give it first ("Wang Yi", "Moon Jae-in"),
and are filed under it. Anything else is filed as written, but for an article
opening it: "The Hill" under H, as catalogues file titles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .names_signals import KOREAN_FAMILY_NAMES

# Articles that open a name and are passed over in filing it: "The Hill", "An Post".
_ARTICLES = frozenset(("the", "a", "an"))
# Words after a family name that are no part of it: "Martin Truex Jr", "Henry VIII".
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii"))
# Particles that, written with a capital, open an English-speaker's family name and
# are filed with it: "Robert De Niro" under D, "James Van Der Beek" under V; in small
# letters they are filed after the name: "Ludwig van Beethoven" under B (as the
# Chicago Manual of Style files them).
_CAPITAL_PARTICLES = frozenset(
    "Van Von De Der Den Du Da Di Del Della Des Dos Das La Le Ten Ter".split()
)
# A Korean or Wade-Giles given name of two syllables joined by a hyphen, the second
# in small letters: "Jae-in", "Ing-wen", "Shui-bian"; never a Western double-barrelled
# family name ("Ocasio-Cortez").
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
# A syllable of pinyin, by its initial: "jin", "ping", "qiang", "yi"; not the
# syllables of most Japanese family names ("Sato", "Ito", "Abe": no "to", no "i"
# alone, no "be" in pinyin).
_PINYIN_SYLLABLE = (
    r"(?:[jqx](?:iong|iang|iao|ian|ing|ia|ie|iu|in|i|uan|ue|un|u)"
    r"|[gkh](?:uang|uai|uan|ang|eng|ong|ua|uo|ui|un|ai|ei|ao|ou|an|en|a|e|u)"
    r"|y(?:ang|ing|ong|ao|an|in|ou|ue|uan|un|a|e|i|o|u)"
    r"|w(?:ang|eng|ai|an|ei|en|a|o|u)"
    r"|[bpmf](?:iang|iao|ian|ing|ang|eng|ai|ei|ao|ou|an|en|in|ie|iu|a|o|i|u)"
    r"|(?:zh|ch|sh|[dtnlrzcs])(?:iang|iong|uang|uai|uan|iao|ian|ang|eng|ing|ong|ai|ei|ao"
    r"|ou|an|en|in|ia|ie|iu|ua|uo|ui|un|ue|a|e|i|u)"
    r"|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))"
)
# A given name in pinyin: one to three syllables ("Yi", "Keqiang", "Jinping").
_PINYIN_GIVEN_NAME = re.compile(rf"{_PINYIN_SYLLABLE}{{1,3}}")
# Family names of national leaders that Faker's list of common Chinese family
# names lacks.
_MORE_CHINESE_FAMILY_NAMES = frozenset(("xi", "bo", "ai", "mo", "qi", "ji", "zhai", "geng"))
_KOREAN_SYLLABLE_MAX = 4  # letters: "Jong", "Un", "Jae", "In"


def filing_name(name: str, type_: str, sort: str | None = None) -> str:
    """The name as the index files it, in small letters without accents: the
    registry's `sort` where it has one, a person's family name first ("abe shinzo"),
    any other name as written but for an opening article ("hill" of "The Hill")."""
    if sort:
        return _unaccented(sort)
    words = name.split()
    if type_ != "person":
        if len(words) > 1 and words[0].casefold() in _ARTICLES:
            words = words[1:]
        return _unaccented(" ".join(words))
    while len(words) > 2 and words[-1].casefold() in _SUFFIXES:
        words = words[:-1]
    # "Henry VIII" is filed as written
    if len(words) > 1 and words[-1].casefold() not in _SUFFIXES and not _family_name_first(words):
        family = len(words) - 1
        while family > 1 and words[family - 1] in _CAPITAL_PARTICLES:
            family -= 1
        words = [*words[family:], *words[:family]]
    return _unaccented(" ".join(words))


def _family_name_first(words: list[str]) -> bool:
    """ "Moon Jae-in", "Tsai Ing-wen", "Wang Yi", "Xi Jinping", "Kim Jong Un": a
    Chinese or Korean name."""
    family, given = words[0].casefold(), words[1:]
    if len(given) == 1:
        if _HYPHENED_GIVEN_NAME.fullmatch(given[0]):
            return True
        return (
            family in _chinese_family_names()
            and given[0][:1].isupper()
            and _PINYIN_GIVEN_NAME.fullmatch(given[0].casefold()) is not None
        )
    return (
        len(given) == 2
        and family in KOREAN_FAMILY_NAMES
        and all(word.istitle() and len(word) <= _KOREAN_SYLLABLE_MAX for word in given)
    )


@cache
def _chinese_family_names() -> frozenset[str]:
    """Faker's common Chinese family names in pinyin, in small letters, and a few more."""
    from faker.providers.person.zh_CN import Provider

    return frozenset(name.casefold() for name in Provider.last_romanized_names) | (
        _MORE_CHINESE_FAMILY_NAMES
    )


def filing_letter(filed: str) -> str:
    """The letter of the index a name filed as `filed` (filing_name) is under; "#" for
    a digit or a sign."""
    first = filed[:1]
    return first.upper() if first.isalpha() else "#"


def _unaccented(text: str) -> str:
    """The text in small letters without accents: "Émile" is filed as "emile"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))
