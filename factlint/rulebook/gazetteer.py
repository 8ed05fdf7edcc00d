"""The gazetteer: canonical names, their aliases and misspellings, their kind and where each is, from rules/gazetteer/*.yaml."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


from factlint import lazyre
from factlint.model import Problem

ENTRY_KEYS = ("name", "aliases", "misspellings", "kind", "located_in", "note")
NAME_LISTS = ("aliases", "misspellings", "located_in")


class EntityKind(enum.Enum):
    """What a gazetteer entry names."""

    PERSON = "person"
    VENUE = "venue"
    PLACE = "place"
    ORG = "org"
    TITLE = "title"


@dataclass(frozen=True)
class Entry:
    """One named thing: its canonical name, other names for it, its kind, what it lies in and its known misspellings.

    Aliases are legitimate other names (never reported); misspellings are wrong forms that --fix may
    replace by `name`.
    """

    name: str
    aliases: tuple[str, ...] = ()
    kind: EntityKind = EntityKind.PLACE
    located_in: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()


_DOTS_APOSTROPHES = lazyre.compile(r"[.’']")
_NOT_NAME_CHARS = lazyre.compile(r"[^\p{L}\d&]+")


def lookup_key(name: str) -> str:
    """How names are matched: case, dots, apostrophes, a leading 'the' and spacing do not matter."""
    text = _DOTS_APOSTROPHES.sub("", name.casefold())
    text = " ".join(_NOT_NAME_CHARS.sub(" ", text).split())
    return text.removeprefix("the ")


@dataclass(frozen=True)
class Gazetteer:
    """Entries indexed by every name they go by; answers canonical, located_in, is_alias and misspelt."""

    entries: tuple[Entry, ...] = ()
    index: Mapping[str, Entry] = field(default=None, compare=False, hash=False)  # type: ignore[assignment]
    wrong: Mapping[str, Entry] = field(default=None, compare=False, hash=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.index is None:
            index: dict[str, Entry] = {}
            for entry in self.entries:
                for name in (entry.name, *entry.aliases):
                    index.setdefault(lookup_key(name), entry)
            object.__setattr__(self, "index", index)
        if self.wrong is None:
            # A misspelling is kept apart from the names: it is never a name of the entry, only a form to correct.
            wrong: dict[str, Entry] = {}
            for entry in self.entries:
                for name in entry.misspellings:
                    if lookup_key(name) not in self.index:
                        wrong.setdefault(lookup_key(name), entry)
            object.__setattr__(self, "wrong", wrong)

    def entry(self, name: str) -> Entry | None:
        """The entry a name (canonical or alias) belongs to, if any."""
        return self.index.get(lookup_key(name))

    def canonical(self, name: str) -> str | None:
        """The canonical name for a name or alias, or None when the gazetteer does not know it."""
        entry = self.entry(name)
        return entry.name if entry else None

    def located_in(self, name: str) -> tuple[str, ...]:
        """Where the named thing is, nearest first (empty when unknown)."""
        entry = self.entry(name)
        return entry.located_in if entry else ()

    def is_alias(self, a: str, b: str) -> bool:
        """Whether two names are declared names of one entry."""
        first, second = self.entry(a), self.entry(b)
        return first is not None and first is second

    def misspelt(self, name: str) -> Entry | None:
        """The entry whose declared misspelling `name` is, if any (canonical names and aliases are not)."""
        return self.wrong.get(lookup_key(name))


EMPTY_GAZETTEER = Gazetteer()


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def read_entries(path: str, data: Any, where: Any, seen: dict[str, str] | None = None) -> tuple[list[Entry], list[Problem]]:
    """Validate one gazetteer file's data ({'entries': [...]}); `where(*key_path)` gives (line, column).

    `seen` maps each name already declared (in this or earlier files) to its entry, so that one name
    given to two entries is an error rather than a silent choice.
    """
    problems: list[Problem] = []
    seen = {} if seen is None else seen

    def fail(message: str, *key_path: Any) -> None:
        line, column = where(*key_path)
        problems.append(Problem(path, line, column, message))

    if not isinstance(data, dict) or set(data) != {"entries"} or not isinstance(data["entries"], list):
        fail("a gazetteer file must hold 'entries': a list of names")
        return [], problems
    entries = []
    for index, raw in enumerate(data["entries"]):
        if not isinstance(raw, dict):
            fail("each gazetteer entry must be a mapping with at least 'name'", "entries", index)
            continue
        unknown = [key for key in raw if key not in ENTRY_KEYS]
        for key in unknown:
            fail(f"unknown key '{key}' in gazetteer entry (expected one of {', '.join(ENTRY_KEYS)})", "entries", index, key)
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            fail("gazetteer entry needs 'name': a non-empty string", "entries", index)
            continue
        for key in NAME_LISTS:
            if key in raw and not _strings(raw[key]):
                fail(f"'{key}' of '{name}' must be a list of names", "entries", index, key)
        try:
            kind = EntityKind(raw.get("kind", "place"))
        except ValueError:
            allowed = ", ".join(k.value for k in EntityKind)
            fail(f"'kind' of '{name}' must be one of {allowed}, not '{raw.get('kind')}'", "entries", index, "kind")
            continue
        if unknown or any(key in raw and not _strings(raw[key]) for key in NAME_LISTS):
            continue
        entry = Entry(name, tuple(raw.get("aliases", [])), kind, tuple(raw.get("located_in", [])),
                      tuple(raw.get("misspellings", [])))
        forms = (name, *entry.aliases, *entry.misspellings)
        own = [n for n in entry.misspellings if lookup_key(n) in {lookup_key(m) for m in (name, *entry.aliases)}]
        if own:
            fail(f"'{own[0]}' is both a name and a misspelling of '{name}'", "entries", index, "misspellings")
            continue
        clash = next((seen[lookup_key(n)] for n in forms if seen.get(lookup_key(n), name) != name), None)
        if clash:
            fail(f"'{name}' shares a name with the entry '{clash}'", "entries", index)
            continue
        seen.update({lookup_key(n): name for n in forms})
        entries.append(entry)
    return entries, problems


def build_gazetteer(entries: Iterable[Entry]) -> Gazetteer:
    """A gazetteer of the entries; an alias declared twice keeps its first entry."""
    return Gazetteer(tuple(entries))
