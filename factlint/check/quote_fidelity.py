"""Check kind `quote-fidelity`: one speaker's quote given in different words in two places, shown as a word diff."""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence


from factlint import lazyre
from factlint.check.cite import place
from factlint.check.scope import scope_key
from factlint.extract.numbers import format_number, parse_number
from factlint.model import Corpus, FactKind, Finding, LinkedFact, Related, Rule

KIND = "quote-fidelity"
FIELDS = frozenset({"speaker", "diff", "quote", "other_quote", "other_place", "changes"})
NEEDS: frozenset[FactKind] = frozenset()  # fact kinds read besides the rule's own
_EDITORIAL = lazyre.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORD = lazyre.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")


@dataclass(frozen=True)
class Options:
    """`min_words`: shortest quote compared; `min_shared`: words two versions must share; `min_ratio`:
    share of their overlapping words that must agree; `max_related`: most other places listed."""

    min_words: int = 6
    min_shared: int = 5
    min_ratio: float = 0.7
    max_related: int = 3


@dataclass(frozen=True)
class Version:
    """A quote as compared: its linked fact, its words (lower case) and the words as written."""

    item: LinkedFact
    words: tuple[str, ...]
    shown: tuple[str, ...]


def version(item: LinkedFact) -> Version:
    """The words of a quote: case, punctuation, quote marks and ellipses do not count."""
    # Words in brackets inside a quote are the editor's ("a (peace) agreement", "[of the conflict]").
    spoken = _EDITORIAL.sub(" ", item.fact.value)
    shown = tuple(m.group().replace("’", "'") for m in _WORD.finditer(spoken))
    return Version(item, tuple(w.lower() for w in shown), shown)


def same_speaker(a: str, b: str) -> bool:
    """Speaker keys match when equal or when one is the other's last words ('blinken' in 'antoni blinken')."""
    if not a or not b:
        return False
    x, y = a.split(), b.split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long[len(long) - len(short):] == short


def differences(a: Version, b: Version, options: Options) -> list[tuple[str, int, int, int, int]] | None:
    """The word changes from a to b where they overlap, or None when they are not versions of one utterance.

    Words one side has before the other's first or after its last word are a shorter partial quote, not a change.
    """
    matcher = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False)
    codes = matcher.get_opcodes()
    # Only where one side stops is the rest a partial quote; where both go on differently, they differ.
    if codes and codes[0][0] in {"insert", "delete"}:
        codes.pop(0)
    if codes and codes[-1][0] in {"insert", "delete"}:
        codes.pop()
    if not any(code[0] == "equal" for code in codes):
        return None
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
    longest = max(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
    span_a = codes[-1][2] - codes[0][1]
    span_b = codes[-1][4] - codes[0][3]
    if shared < options.min_shared or longest < 3 or 2 * shared / (span_a + span_b) < options.min_ratio:
        return None
    # "stead fast" and "steadfast", "long standing" and "long-standing" are one word spaced two ways; "11 o'clock"
    # and "11:00", "five" and "5" are one spoken word written two ways.
    return [code for code in codes if code[0] != "equal"
            and not (code[0] == "replace" and _spoken(a.words[code[1]:code[2]]) == _spoken(b.words[code[3]:code[4]]))]


def _spoken(words: Sequence[str]) -> str:
    """What a run of quoted words says aloud, whatever the notation: spacing, digits or number words, o'clock."""
    said = [("00" if word == "o'clock" else word) for word in words]
    value = parse_number(" ".join(said))
    return format_number(value) if value is not None else "".join(said)


def describe(reference: Version, here: Version, changes: Sequence[tuple[str, int, int, int, int]]) -> str:
    """A word diff from the reference to this version: 'mile → kilometer, any → the, +word, -word'."""
    parts = []
    for tag, i1, i2, j1, j2 in changes:
        old, new = " ".join(reference.shown[i1:i2]), " ".join(here.shown[j1:j2])
        parts.append(f"{old} → {new}" if tag == "replace" else f"+{new}" if tag == "insert" else f"-{old}")
    return ", ".join(parts)


class _Pairs:
    """The differences between versions, computed once per two distinct wordings that may be one utterance.

    Versions with the same speaker and words form one group; only groups that share a run of three words (the
    least `differences` accepts) are compared, so unrelated quotes and repeated copies cost nothing extra."""

    def __init__(self, versions: Sequence[Version], options: Options) -> None:
        self.versions = versions
        keys: dict[tuple, int] = {}
        self.group_of = [keys.setdefault((v.item.fact.subject, v.words), len(keys)) for v in versions]
        self.members: list[list[int]] = [[] for _ in keys]
        for i, group in enumerate(self.group_of):
            self.members[group].append(i)
        holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for group, members in enumerate(self.members):
            words = versions[members[0]].words
            for trigram in dict.fromkeys(words[k : k + 3] for k in range(len(words) - 2)):
                holders[trigram].append(group)
        candidates = {(a, b) for groups in holders.values() for x, a in enumerate(groups) for b in groups[x + 1 :]}
        self.found: dict[tuple[int, int], list | None] = {}
        for group, members in enumerate(self.members):
            self.found[(group, group)] = differences(versions[members[0]], versions[members[0]], options)
        for a, b in sorted(candidates):
            first, second = versions[self.members[a][0]], versions[self.members[b][0]]
            if same_speaker(first.item.fact.subject, second.item.fact.subject):
                self.found[(a, b)] = differences(first, second, options)
        self._agreeing: dict[int, list[int]] = {}
        self._support: dict[int, tuple[int, int]] = {}
        self.neighbours: dict[int, list[int]] = defaultdict(list)
        for (a, b), found in self.found.items():
            if found is not None:
                self.neighbours[a].append(b)
                if a != b:
                    self.neighbours[b].append(a)

    def diff(self, i: int, j: int) -> list | None:
        """The word changes from version i to version j, or None when they are not versions of one utterance."""
        a, b = self.group_of[i], self.group_of[j]
        found = self.found.get((min(a, b), max(a, b)))
        if found and _same_line(self.versions[i].item, self.versions[j].item):
            # Two quotes that differ within one paragraph are two utterances set side by side
            # ("asked, 'What to the slave is your Fourth of July?' ... 'What to the Fourth of July were ...?'").
            return None
        if found is None or a <= b:
            return found
        return [(t, j1, j2, i1, i2) if t == "replace" else ("delete" if t == "insert" else "insert", j1, j2, i1, i2)
                for t, i1, i2, j1, j2 in found]

    def agreeing(self, i: int) -> list[int]:
        """Version i and the versions that say the same in other words (or in the same), in order."""
        group = self.group_of[i]
        if group not in self._agreeing:
            same = [h for h in self.neighbours[group] if self.found[(min(group, h), max(group, h))] == []]
            self._agreeing[group] = sorted(j for h in same for j in self.members[h])
        found = self._agreeing[group]
        return found if self.found[(group, group)] == [] else sorted({i, *found})

    def support(self, i: int) -> tuple[int, int, int]:
        """How well version i is backed: by how many articles, by how many versions, then the earliest first."""
        group = self.group_of[i]
        if self.found[(group, group)] != []:
            backers = self.agreeing(i)
            return len({self.versions[j].item.fact.span.path for j in backers}), len(backers), -i
        if group not in self._support:
            backers = self.agreeing(i)
            self._support[group] = (len({self.versions[j].item.fact.span.path for j in backers}), len(backers))
        return (*self._support[group], -i)

    def rival_groups(self, i: int) -> list[int]:
        """The other wordings version i differs from in words, as one utterance."""
        group = self.group_of[i]
        return [h for h in self.neighbours[group] if h != group and self.found[(min(group, h), max(group, h))]]


def _same_line(a: LinkedFact, b: LinkedFact) -> bool:
    return a.fact.span.path == b.fact.span.path and a.fact.span.line == b.fact.span.line


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding]:
    """One finding per quote that differs in words from the version most articles give."""
    options: Options = rule.options
    scoped: dict[tuple, list[LinkedFact]] = defaultdict(list)
    for item in facts:
        if item.fact.kind is rule.fact and item.fact.subject and rule.applies_to(item.fact.subject):
            scoped[scope_key(rule.scope, item)].append(item)
    for key in sorted(scoped):
        versions = [v for v in map(version, sorted(scoped[key], key=lambda i: i.fact.span))
                    if len(v.words) >= options.min_words]
        pairs = _Pairs(versions, options)
        diff = pairs.diff
        for i, here in enumerate(versions):
            # Measure against the best-supported version this one departs from, if it is better supported.
            mine = pairs.support(i)
            reference = None
            for group in pairs.rival_groups(i):
                # Within one wording the earliest version is the best supported; one in this paragraph is no rival.
                j = next((j for j in pairs.members[group] if not _same_line(versions[j].item, here.item)), None)
                if j is not None and pairs.support(j) > mine and (reference is None or pairs.support(j) > pairs.support(reference)):
                    reference = j
            if reference is None:
                continue
            changes = diff(reference, i)
            backers = [versions[j] for j in pairs.agreeing(reference) if diff(j, i)]
            fields = {
                "speaker": here.item.fact.attr("speaker_name") or here.item.fact.subject,
                "diff": describe(versions[reference], here, changes),
                "quote": here.item.fact.value,
                "other_quote": versions[reference].item.fact.value,
                "other_place": ", ".join(dict.fromkeys(place(b.item, here.item) for b in backers)),
                "changes": str(len(changes)),
            }
            related = tuple(Related(b.item.fact.span, f'"{b.item.fact.value}"') for b in backers[: options.max_related])
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), here.item.fact.span, related)
