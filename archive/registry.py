"""The entity registry: content/entities/*.yaml -> Registry.

Each file holds a YAML list of entries {name, type, aliases, description,
wikidata, sort}. A broken file or entry never stops the build: it becomes a
Warning_ naming the file and the reason, and the rest of the registry loads.

content/entities/ignore.yaml is not an entity file: it lists the false names
discovery must drop (a YAML list of names, or {ignore: [...]}), matched
exactly, case and all, against a discovered name and its printed form; and,
under `keep_apart:`, the names the corpus stage must not merge (a surname
alone into the one person of that surname, see links_names.py).

The registry is matched by words, not characters: every name and alias is
split into the same tokens as the text (see `names.tokenize`), and an index
maps each alias's first word to the word counts it may span. A text is then
read once, left to right, trying the longest alias at each word first, so the
cost grows with the text, not with the size of the registry, and a match
always ends on a word boundary ("Diaoyutai" never matches "Diaoyu").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import compress, count
from pathlib import Path

import yaml

from .model import ENTITY_TYPES, RegistryEntry, Warning_
from .names_text import first_token, fold, fold_key, tokenize


@dataclass(frozen=True, slots=True)
class RegistryMatch:
    """A registry name found in a text: tokens [first, last) of it."""

    first: int
    last: int
    entry: RegistryEntry


@dataclass(slots=True)
class Registry:
    """The curated entities and the word index that finds them in a text.

    Plain dicts and tuples only, so it pickles cheaply for worker processes.
    """

    entries: dict[str, RegistryEntry] = field(default_factory=dict)
    warnings: list[Warning_] = field(default_factory=list)
    # false names discovery drops (content/entities/ignore.yaml)
    ignored: frozenset[str] = frozenset()
    # names in no merge of the corpus stage (ignore.yaml, keep_apart:); annotation never reads them
    keep_apart: frozenset[str] = frozenset()
    # folded word tuple -> (canonical name, the alias spellings that fold to it)
    _by_key: dict[tuple[str, ...], tuple[str, tuple[tuple[str, ...], ...]]] = field(
        default_factory=dict
    )
    # folded first word -> the word counts of aliases starting with it, longest first
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: RegistryEntry, source: str = "") -> list[Warning_]:
        """Add one entry; returns warnings for names another entry already claims."""
        warnings = []
        if entry.name in self.entries:
            return [Warning_(source, f"the entity {entry.name!r} is defined twice; kept the first")]
        self.entries[entry.name] = entry
        for alias in (entry.name, *entry.aliases):
            words = tuple(tokenize(alias))
            if not words:
                continue
            key = fold_key(words)
            owner = self._by_key.get(key)
            if owner is not None and owner[0] != entry.name:
                warnings.append(
                    Warning_(
                        source,
                        f"the alias {alias!r} of {entry.name!r} is already taken by "
                        f"{owner[0]!r}; ignored",
                    )
                )
                continue
            spellings = owner[1] if owner is not None else ()
            self._by_key[key] = (entry.name, (*spellings, _normal(words)))
            lengths = set(self._lengths.get(key[0], ())) | {len(key)}
            self._lengths[key[0]] = tuple(sorted(lengths, reverse=True))
        return warnings

    def entry_named(self, name: str) -> RegistryEntry | None:
        """The entry whose name or alias is `name`, as discovery spelled it.

        A name of two words or more may differ in case alone ("KONO Taro" is
        the alias "Kono Taro"); a one-word name must agree as the text match
        requires, so "Us" never becomes the United States.
        """
        # most names discovery asks about are in no entry: the first word, found
        # alone, tells, before all words are split out and folded
        first_word = first_token(name)
        if first_word is None or fold(first_word) not in self._lengths:
            return None
        words = _normal(tokenize(name))
        hit = self._by_key.get(fold_key(words))
        if hit is None:
            return None
        owner, spellings = hit
        if len(words) > 1 or any(_case_agrees(words, spelling) for spelling in spellings):
            return self.entries[owner]
        return None

    def is_ignored(self, name: str, text: str) -> bool:
        """Is a discovered name, or the words that print it, a listed false name?"""
        return name in self.ignored or text in self.ignored

    def match(
        self, words: list[str], folded: list[str] | None = None, lines: list[int] | None = None
    ) -> list[RegistryMatch]:
        """Every registry name in a list of tokens (`names.tokenize`), longest first,
        never overlapping.

        `folded` is the words' `names.fold` forms, if the caller has them; `lines`
        their line numbers, if the text has more than one line.
        """
        matches: list[RegistryMatch] = []
        if not self._lengths:
            return matches
        if folded is None:
            folded = [fold(word) for word in words]
        if lines is None:
            lines = [0] * len(words)
        # only a word some alias starts with can start a match: found in one pass (C, not
        # a Python call per word), then tried from left to right
        starts = compress(count(), map(self._lengths.__contains__, folded))
        free = 0  # the first token no earlier match holds
        for position in starts:
            if position < free:
                continue
            found = self._match_at(words, folded, lines, position)
            if found is not None:
                matches.append(found)
                free = found.last
        return matches

    def _match_at(self, words: list[str], folded: list[str], lines: list[int], position: int):
        for length in self._lengths[folded[position]]:
            last = position + length
            if last > len(words) or not _is_one_phrase(lines, position, last):
                continue
            hit = self._by_key.get(tuple(folded[position:last]))
            if hit is None:
                continue
            name, spellings = hit
            found = _normal(words[position:last])
            if any(_case_agrees(found, spelling) for spelling in spellings):
                return RegistryMatch(position, last, self.entries[name])
        return None


def _is_one_phrase(lines: list[int], first: int, last: int) -> bool:
    """A name never runs across a line break."""
    return lines[first] == lines[last - 1]


def _normal(words) -> tuple[str, ...]:
    """Words with one apostrophe: "China’s" and "China's" are one spelling."""
    return tuple(word.replace("’", "'") for word in words)


def _case_agrees(texts: tuple[str, ...], alias_words: tuple[str, ...]) -> bool:
    """Does the text's casing allow this alias?

    The exact spelling always does. So does a headline in capitals
    ("BEIJING"), unless the alias is a short word that is also an ordinary
    one in capitals. A many-word alias may also start with a small letter
    ("second World War"): sentence case moves only the first capital.
    """
    if texts == alias_words:
        return True
    letters = "".join(texts)
    if letters.isupper() and len(letters) > 3:
        return True
    if len(texts) > 1 and texts[1:] == alias_words[1:]:
        return texts[0][1:] == alias_words[0][1:]
    return False


IGNORE_FILES = ("ignore.yaml", "ignore.yml")


def load_registry(content_dir: Path) -> Registry:
    """Load content_dir/entities/*.yaml and ignore.yaml; problems become `registry.warnings`."""
    registry = Registry()
    folder = Path(content_dir) / "entities"
    if not folder.is_dir():
        return registry
    paths = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    for path in paths:
        if path.name in IGNORE_FILES:
            continue
        source = _display(path, Path(content_dir))
        entries, warnings = read_registry_file(path, source)
        registry.warnings.extend(warnings)
        for entry in entries:
            registry.warnings.extend(registry.add(entry, source))
    ignored: set[str] = set()
    keep_apart: set[str] = set()
    for path in paths:
        if path.name not in IGNORE_FILES:
            continue
        source = _display(path, Path(content_dir))
        lists, warnings = read_ignore_file(path, source)
        registry.warnings.extend(warnings)
        keep_apart.update(lists.get("keep_apart", ()))
        for name in lists.get("ignore", ()):
            # The registry wins: ignoring drops discovered names only.
            known = registry.entry_named(name)
            if known is not None:
                reason = f"{name!r} is a name of the entity {known.name!r}; not ignored"
                registry.warnings.append(Warning_(source, reason))
            else:
                ignored.add(name)
    return replace(registry, ignored=frozenset(ignored), keep_apart=frozenset(keep_apart))


# The lists an ignore file may hold: false names, and names never merged.
IGNORE_LISTS = ("ignore", "keep_apart")


def read_ignore_file(path: Path, source: str) -> tuple[dict[str, list[str]], list[Warning_]]:
    """The lists of an ignore file, by key, and a warning per problem.

    The file is a list of names to ignore, or a mapping of IGNORE_LISTS:
    {ignore: [...], keep_apart: [...]}.
    """
    data, warnings = _read_yaml(path, source)
    if isinstance(data, list):
        data = {"ignore": data}
    if data is None:
        return {}, warnings
    if not isinstance(data, dict) or not set(data) <= set(IGNORE_LISTS):
        reason = "should be a list of names to ignore (lines starting '- '), or the lists " + (
            " and ".join(f"'{key}:'" for key in IGNORE_LISTS)
        )
        return {}, [Warning_(source, reason)]
    lists = {}
    for key, items in data.items():
        lists[key], problems = _names_of(items, source, "" if key == "ignore" else f"{key}: ")
        warnings.extend(problems)
    return lists, warnings


def _names_of(items: object, source: str, where: str) -> tuple[list[str], list[Warning_]]:
    """The names of one list of an ignore file; a warning per item that is no name."""
    if items is None:
        return [], []
    if not isinstance(items, list):
        return [], [Warning_(source, f"{where}should be a list of names (lines starting '- ')")]
    names, warnings = [], []
    for number, item in enumerate(items, start=1):
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
        else:
            reason = f"{where}entry {number}: {item!r} is not a name; skipped"
            warnings.append(Warning_(source, reason))
    return names, warnings


def read_registry_file(path: Path, source: str) -> tuple[list[RegistryEntry], list[Warning_]]:
    """The valid entries of one file and a warning for each problem."""
    data, warnings = _read_yaml(path, source)
    if data is None:
        return [], warnings
    if not isinstance(data, list):
        return [], [Warning_(source, "should be a list of entities (lines starting with '- ')")]
    entries = []
    for number, item in enumerate(data, start=1):
        entry, reason = parse_entry(item)
        if entry is None:
            warnings.append(Warning_(source, f"entry {number}: {reason}; skipped"))
        else:
            entries.append(entry)
    return entries, warnings


def _read_yaml(path: Path, source: str) -> tuple[object, list[Warning_]]:
    """A file's YAML data, or None and the reason it could not be read."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")), []
    except (OSError, UnicodeDecodeError) as error:
        return None, [Warning_(source, f"cannot be read ({error})")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        return None, [Warning_(source, f"is not valid YAML{at}; the file was skipped")]


def parse_entry(item: object) -> tuple[RegistryEntry | None, str]:
    """One YAML item -> (entry, "") or (None, why it is not an entry)."""
    if not isinstance(item, dict):
        return None, "is not a mapping with a name and a type"
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, "has no name"
    type_ = item.get("type")
    if type_ is None:
        return None, f"{name!r} has no type (use one of {', '.join(ENTITY_TYPES)})"
    if type_ not in ENTITY_TYPES:
        return (
            None,
            f"{name!r} has the unknown type {type_!r} (use one of {', '.join(ENTITY_TYPES)})",
        )
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        return None, f"{name!r} has aliases that are not a list of names"
    description = item.get("description") or ""
    wikidata = item.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and wikidata[:1] == "Q"):
        return None, f"{name!r} has a Wikidata id {wikidata!r} that does not look like Q123"
    sort = item.get("sort") or ""
    if not isinstance(sort, str):
        return (
            None,
            f"{name!r} has a sort {sort!r} that is not text (write it as the index files it)",
        )
    entry = RegistryEntry(
        name=name.strip(),
        type=type_,
        aliases=tuple(alias.strip() for alias in aliases if alias.strip()),
        description=str(description).strip(),
        wikidata=wikidata,
        sort=sort.strip(),
    )
    return entry, ""


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()
