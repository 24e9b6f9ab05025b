"""What of the registry can reach an article: the registry edits that cannot change its annotation.

The registry changes an article's annotation in three ways only (entities.py):
a name or alias of an entry is found in the text; a name discovery found is a
name or alias of an entry, and joins it; a name discovery found is an ignored
one, and goes. Each time, every word of that name (`names_text.tokenize`) is
a word of the article or of a name found in it: folded, for a name of several
words; as spelled, or in capitals, for a name of one word, since one word
must agree in case ("US" is no "us"; registry.py, `_case_agrees`). An entry
none of whose names is there, or an ignored name likewise, plays no part in
the article's annotation: editing it, adding it or deleting it leaves the
annotation as it was.

Annotation reads an entry's name and type, never its other aliases: a name
found makes a mention of the entry's name and type. So each name of an entry
is a part of its own, with the entry's name and type, and an alias added to
or taken from an entry reaches only the articles that print that alias, not
every article naming the entry by another name ("America" added to the
United States re-annotates the articles printing "America", not those
printing "US").

`Reach(registry).fingerprint(words)` hashes the parts that can reach an
article of these words. The article cache (pipeline.py) keeps a result
annotated with an earlier registry when the fingerprint is the same under
both registries, and annotates again, from the cached clean article, only
the articles an edit can reach.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from .entities import annotated_texts
from .model import Annotation, Article
from .names_text import fold, fold_all, tokenize
from .registry import Registry

# A word in capitals longer than this agrees with any spelling of a one-word name
# ("BEIJING" is Beijing; registry.py, `_case_agrees`).
_CAPITALS_AGREE_AFTER = 3


@dataclass(frozen=True, slots=True)
class ArticleWords:
    """The words through which a registry can reach an article (see the module's docstring)."""

    folded: frozenset[str]  # every word, folded
    spelled: frozenset[str]  # every word as spelled, with one apostrophe
    capitals: frozenset[str]  # the words in capitals long enough to agree with any case, folded


def reach_text(article: Article, annotation: Annotation) -> str:
    """The texts annotated and the names found in them, one per line."""
    mentions = annotation.mentions
    texts = [*annotated_texts(article).values(), *mentions.column("entity")]
    return "\n".join(texts + mentions.column("text"))


def article_words(text: str) -> ArticleWords:
    """The words of a `reach_text`."""
    # each word once: the text holds most of them many times
    distinct = "\n".join(set(tokenize(text))).replace("’", "'")
    capitals = [
        word
        for word in filter(str.isupper, distinct.split("\n"))
        if len(word) > _CAPITALS_AGREE_AFTER
    ]
    return ArticleWords(
        frozenset(distinct.casefold().split("\n")),
        frozenset(distinct.split("\n")),
        frozenset(fold_all(capitals)),
    )


class Reach:
    """A registry, indexed by the words its names need."""

    def __init__(self, registry: Registry) -> None:
        self._parts: list[str] = []
        self._names: list[str] = []  # the name of each part
        # folded first word of a name of several words -> (all its folded words, its part)
        self._by_first_word: dict[str, list[tuple[frozenset[str], int]]] = defaultdict(list)
        # a name of one word, as spelled -> its parts; and folded, for words in capitals
        self._by_spelling: dict[str, list[int]] = defaultdict(list)
        self._by_folded: dict[str, list[int]] = defaultdict(list)
        # In load order: when two entries claim one alias, the first has it.
        for entry in registry.entries.values():
            for name in dict.fromkeys((entry.name, *entry.aliases)):
                self._add(repr((entry.name, entry.type, name)), name)
        for name in sorted(registry.ignored):
            # matched exactly against a discovered name, which may differ from the
            # words printed in case: reached by its folded words
            self._add_folded(self._new_part(repr(("ignored", name)), name), name)

    def _new_part(self, part: str, name: str) -> int:
        self._parts.append(part)
        self._names.append(name)
        return len(self._parts) - 1

    def _add(self, part: str, name: str) -> None:
        number = self._new_part(part, name)
        words = tokenize(name)
        if len(words) == 1:
            self._by_spelling[words[0].replace("’", "'")].append(number)
            self._by_folded[fold(words[0])].append(number)
        else:
            self._add_folded(number, name)

    def _add_folded(self, number: int, name: str) -> None:
        words = fold_all(tokenize(name))
        if words:
            self._by_first_word[words[0]].append((frozenset(words), number))

    def fingerprint(self, words: ArticleWords) -> str:
        """A hash of the registry's names and ignored names that are among `words`, each
        with its entry's name and type."""
        reached = {
            number
            for word in filter(self._by_first_word.__contains__, words.folded)
            for needed, number in self._by_first_word[word]
            if needed <= words.folded
        }
        one_word = ((self._by_spelling, words.spelled), (self._by_folded, words.capitals))
        for index, present in one_word:
            for word in filter(index.__contains__, present):
                reached.update(index[word])
        text = "\0".join(self._parts[number] for number in sorted(reached))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def edited_words(self, earlier: Reach) -> frozenset[str] | None:
        """The longest folded word of each name added, taken away or changed since the
        earlier registry; None when the names both hold are in another order."""
        same = set(self._parts) & set(earlier._parts)
        if [part for part in self._parts if part in same] != [
            part for part in earlier._parts if part in same
        ]:
            return None
        words: set[str] = set()
        for reach in (self, earlier):
            for part, name in zip(reach._parts, reach._names, strict=True):
                if part not in same:
                    words.add(_longest_word(name))
        words.discard("")
        return frozenset(words)


def _longest_word(name: str) -> str:
    return max(fold_all(tokenize(name)), key=len, default="")


# More edited words than this are looked for word by word (article_words), not in the text.
_MAX_WORDS_LOOKED_FOR = 64


class Edit:
    """An edit of the registry: from an earlier registry's reach to this one's."""

    def __init__(self, earlier: Reach, now: Reach) -> None:
        self.earlier = earlier
        self.now = now
        words = now.edited_words(earlier)
        self.words = words if words is not None and len(words) <= _MAX_WORDS_LOOKED_FOR else None

    def leaves(self, article: Article, annotation: Annotation) -> bool:
        """Does the edit leave this article's annotation as it was?

        A word of an edited name that is nowhere in the text, even inside
        another word, says so at once, without splitting the text into words:
        the names of the edit reach nothing there, and the others are the same.
        """
        text = reach_text(article, annotation)
        if self.words is not None:
            folded = fold(text)
            if not any(word in folded for word in self.words):
                return True
        words = article_words(text)
        return self.earlier.fingerprint(words) == self.now.fingerprint(words)
