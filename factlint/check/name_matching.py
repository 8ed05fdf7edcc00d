"""Which written names are one name spelt in different ways: the word-list comparison (a changed, doubled or swapped
word), the blocking that keeps a large corpus from comparing every name with every other one, and the joining of
names into entities. Names come in as subjects: folded words joined by spaces."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from factlint.rulebook.spelling import fold_word, similar_words

# Small words that join the words of a name: one of them written twice makes no slip ("University of X of Y").
GLUE = frozenset({"of", "the", "and", "for", "&", "on", "de"})


def _keys(subject: str) -> list[str]:
    return subject.split()


def same_name(a: list[str], b: list[str], *, per_word: bool, min_length: int) -> bool:
    """Whether two folded word lists are one name written differently (a changed, doubled or swapped word).

    per_word: the lists are people's names, compared from the last word; min_length: the shortest word in which
    one edit still makes a variant."""
    if a == b:
        return True
    if len(a) == len(b):
        changed = [(x, y) for x, y in zip(a, b) if x != y]
        if len(changed) == 1 and similar_words(*changed[0], min_length=min_length):
            return True
        return not per_word and len(a) >= 3 and sorted(a) == sorted(b)
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if per_word:
        # A word caught before a full name ("Employee Bralin Henderson") leaves the same person, words compared
        # from the end; a word in the middle ("Dwayne Gene Dillard") may be another person of the family.
        return len(shorter) >= 2 and same_name(longer[1:], shorter, per_word=per_word, min_length=min_length)
    # A word written twice ("National Affairs Foreign Affairs") is a slip, not another name.
    return len(shorter) >= 3 and any(
        longer[:i] + longer[i + 1 :] == shorter and longer[i] in shorter and longer[i] not in GLUE
        for i in range(len(longer))
    )


def candidate_pairs(subjects: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs that could be one name: same words but one, same words in another order, or one word more.

    Blocking keeps a large corpus from comparing every name with every other one.
    """
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for subject in subjects:
        parts = tuple(_keys(subject))
        keys = {("sorted",) + tuple(sorted(parts))}
        if len(parts) == 1:
            # Two one-word names are one name only when their words are (similar_words: one spelling key, or keys one
            # edit apart), and such keys share the key or a form of it with one letter dropped. Without this, the
            # keys below with the word left out would pair every one-word name with every other one.
            folded = fold_word(parts[0])
            keys.update(("one-word", variant) for variant in {folded, *(folded[:i] + folded[i + 1:]
                                                                        for i in range(len(folded)))})
        else:
            keys.update(("one-changed", i) + parts[:i] + parts[i + 1 :] for i in range(len(parts)))
            keys.update(("one-less",) + parts[:i] + parts[i + 1 :] for i in range(len(parts)))
        keys.add(("one-less",) + parts)
        if len(parts) >= 2:
            # The last two words with one letter changed in the last: one edit leaves its first two letters or its
            # last two (for a word of four letters or more), whatever words come before.
            keys.update((("tail-start", parts[-2], parts[-1][:2]), ("tail-end", parts[-2], parts[-1][-2:])))
        for key in keys:
            blocks[key].append(subject)
    pairs = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a != b:
                    pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def entities(subjects: Sequence[str], *, per_word: bool, min_length: int) -> list[list[str]]:
    """Subjects joined into entities when their keys are spellings of one name (see same_name); with per_word, a
    surname met alone joins the one full name that ends in it."""
    parent = {s: s for s in subjects}

    def root(s: str) -> str:
        while parent[s] != s:
            s = parent[s]
        return s

    full = [s for s in subjects if len(_keys(s)) > 1]
    for a, b in candidate_pairs(subjects):
        if same_name(_keys(a), _keys(b), per_word=per_word, min_length=min_length):
            parent[root(a)] = root(b)
    if per_word:
        # A surname met alone in an article joins the one full name that ends in it.
        for s in subjects:
            if len(_keys(s)) == 1:
                owners = {root(f) for f in full if _keys(f)[-1] == s}
                if len(owners) == 1:
                    parent[root(s)] = owners.pop()
    grouped: dict[str, list[str]] = defaultdict(list)
    for s in subjects:
        grouped[root(s)].append(s)
    return [grouped[k] for k in sorted(grouped)]
