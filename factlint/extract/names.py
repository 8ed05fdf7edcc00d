"""People's names as facts: every mention of a person in an article (the full names full_names finds, where each
stands, then surnames alone) linked by one entity key, and a TITLE fact per title before a name."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable, Iterator

from factlint import lazyre
from factlint.extract.full_names import NOT_NAME, ROLE_WORD, TOKEN, find_full_names
from factlint.extract.spans import Coverage, FixedSpans
from factlint.extract.venues import find_venues, without_possessive
from factlint.rulebook.gazetteer import EntityKind, Gazetteer
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind
from factlint.rulebook.spelling import fold_word, name_key

# A capitalized word standing alone: a surname that may stand for a full name the article gives.
_LONE_TOKEN = lazyre.compile(rf"(?<![\p{{L}}\d_@#]){TOKEN}(?![\p{{L}}\d_@])")


@dataclass(frozen=True)
class Mention:
    """One mention of a person: where, as written, and the key of the person it names."""

    start: int
    end: int
    written: str
    key: str
    full: str
    title: str = ""


def _key(name: str, gazetteer: Gazetteer) -> tuple[str, str]:
    entry = gazetteer.entry(name)
    if entry is not None and entry.kind is EntityKind.PERSON:
        return name_key(entry.name), entry.name
    wrong = _misspelt(name, gazetteer, EntityKind.PERSON)
    # A declared misspelling shares the key of the name it misspells, so the check sees one person.
    return name_key(wrong or name), ""


def _misspelt(name: str, gazetteer: Gazetteer, kind: EntityKind) -> str:
    """The canonical name a declared misspelling stands for, or ''."""
    entry = gazetteer.misspelt(name)
    return entry.name if entry is not None and entry.kind is kind else ""


_GLUED_BEFORE = lazyre.compile(r"[\p{L}\d_@#]")
_GLUED_AFTER = lazyre.compile(r"[\p{L}\d_]")


def standing_alone(text: str, name: str, start: int) -> Iterator[int]:
    """The offsets of `name` in text[start:] with no letter, digit, "_", "@" or "#" right before it (text before
    `start` unseen) and no letter, digit or "_" right after, without overlaps, as a regex search finds them: a plain
    find, where compiling a pattern per name would cost more than the whole article's search."""
    at = text.find(name, start)
    while at >= 0:
        end = at + len(name)
        if (at == start or not _GLUED_BEFORE.match(text, at - 1)) and not _GLUED_AFTER.match(text, end):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


_LETTERS = lazyre.compile(r"\p{L}+")


def word_starts(text: str, start: int, names: Iterable[str]) -> dict[str, list[int]]:
    """Where in text[start:] each name beginning with letters is written at a word's start, ascending: one pass for all
    the names, and at a word that may begin some ("John"), one look per length of those (many Johns, many "John"s)."""
    lengths: dict[str, dict[int, set[str]]] = {}
    for name in names:
        if head := _LETTERS.match(name):
            lengths.setdefault(head.group(), {}).setdefault(len(name), set()).add(name)
    starts: dict[str, list[int]] = {}
    for match in _LETTERS.finditer(text, start):
        at = match.start()
        by_length = lengths.get(match.group())
        if by_length and (at == start or not _GLUED_BEFORE.match(text, at - 1)):
            for length, group in by_length.items():
                if (written := text[at : at + length]) in group:
                    starts.setdefault(written, []).append(at)
    return starts


def standing_alone_at(text: str, name: str, starts: dict[str, list[int]]) -> Iterator[int]:
    """As standing_alone, from the places word_starts found (a name begins with a letter)."""
    after = 0
    for at in starts.get(name, ()):
        end = at + len(name)
        if at >= after and not _GLUED_AFTER.match(text, end):
            yield at
            after = end


_WORD_BEFORE = lazyre.compile(r"(\p{L}[\p{L}.'’-]*)[ \t]+$")
_WORD_AFTER = lazyre.compile(r"[ \t]+(\p{Lu}[\p{L}'’-]*)")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word has a capitalized word right beside it that is no title ("Memorial Hermann", "Winton Hills";
    not "Chief Isaac" or "Sgt. Hils")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1)[0].isupper() and not before.group(1).endswith(".") \
            and not ROLE_WORD.fullmatch(before.group(1)) and not _sentence_start(text, before.start(1)):
        return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and not ROLE_WORD.fullmatch(after.group(1)))


def _sentence_start(text: str, at: int) -> bool:
    """Whether a word opens its sentence or line (so its capital says nothing)."""
    head = text[max(0, at - 3) : at].rstrip(" \t")
    return not head or head[-1] in ".!?\n\"“‘'(:"


@functools.lru_cache(maxsize=16)
def find_people(doc: Document, gazetteer: Gazetteer) -> tuple[tuple[Mention, ...], tuple[tuple[int, int, str], ...]]:
    """Every mention of a person in the body (full names, then surnames alone) and the titles before names."""
    text = doc.text
    names, titles = find_full_names(text, doc.body_start)
    blocked = FixedSpans((v.start, v.end) for v in find_venues(text, doc.body_start))
    if not names:
        return (), tuple(titles)  # no person named in full: no surname stands for one either
    mentions: list[Mention] = []
    taken = Coverage(len(text))
    name_keys = {name: _key(full, gazetteer)[0] for name, full in names.items()}
    starts = word_starts(text, doc.body_start, names)
    for name in sorted(names, key=len, reverse=True):
        key = name_keys[name]
        found = standing_alone_at(text, name, starts) if _LETTERS.match(name) else standing_alone(text, name,
                                                                                                    doc.body_start)
        for s in found:
            e = s + len(name)
            if not taken.overlaps(s, e) and not blocked.overlaps(s, e):
                taken.add(s, e)
                mentions.append(Mention(s, e, name, key, names[name]))
    surnames: dict[str, set[str]] = {}
    for name in names:
        surnames.setdefault(fold_word(name.split()[-1]), set()).add(name_keys[name])
    written = {name.split()[-1] for name in names}
    by_key = {name_keys[n]: full for n, full in names.items()}
    for match in _LONE_TOKEN.finditer(text, doc.body_start):
        s, e = match.start(), match.end()
        word = without_possessive(match.group())
        keys = surnames.get(fold_word(word), set())
        if len(keys) != 1 or word.lower() in NOT_NAME or taken.overlaps(s, e) or blocked.overlaps(s, e):
            continue
        # A word in angle brackets is a code, such as a stock ticker ("Bell Atlantic <Bel>"), not a person.
        if text[s - 1 : s] == "<" and text[e : e + 1] == ">":
            continue
        # A word spelt otherwise than the surname ("Hills" for Hils) inside a run of capitalized words is part of
        # another name ("Winton Hills", "Memorial Hermann"), not a slip in this person's name.
        if word not in written and _in_capitals(text, s, s + len(word)):
            continue
        key = next(iter(keys))
        mentions.append(Mention(s, s + len(word), word, key, by_key[key]))
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions), tuple(titles)


def extract(doc: Document, lexicon: Lexicon) -> Iterator[Fact]:
    """A PERSON fact per mention (subject: the person's key) and a TITLE fact per capitalized title before a name."""
    mentions, titles = find_people(doc, lexicon.gazetteer)
    attributes: dict[str, tuple[tuple[str, str], ...]] = {}  # an article names few people, each many times
    for mention in mentions:
        attrs = attributes.get(mention.full)
        if attrs is None:
            _, canonical = _key(mention.full, lexicon.gazetteer)
            wrong = _misspelt(mention.full, lexicon.gazetteer, EntityKind.PERSON)
            attrs = attributes[mention.full] = (("name", mention.full),) + (
                (("canonical", canonical),) if canonical else ()) + ((("misspelling_of", wrong),) if wrong else ())
        yield Fact(FactKind.PERSON, doc.span(mention.start, mention.end), doc.text[mention.start:mention.end],
                   mention.written, mention.key, attrs=attrs)
    for start, end, person in titles:
        title = doc.text[start:end]
        wrong = _misspelt(title, lexicon.gazetteer, EntityKind.TITLE)
        yield Fact(FactKind.TITLE, doc.span(start, end), title, title, name_key(wrong or title),
                   attrs=(("person", person),) + ((("misspelling_of", wrong),) if wrong else ()))
