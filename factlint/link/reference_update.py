"""A warm run's references back in time (issue 18): what link.references.resolve found before, brought up to date
with the articles that changed, were added or deleted, reading again only their sentences and those of the articles
whose candidates they can touch; None where it cannot follow a change (the caller then resolves every article).

A candidate's result hangs on its own article's sentences, the holders of its word pairs, and its target's
sentences. So it is resolved again when its article changed, when its target changed, or when a pair it holds
gained or lost a holder. A changed article whose candidates hold a pair never looked for makes a whole run (every
article's sentences would have to be read for it)."""

from __future__ import annotations

from typing import Mapping, Sequence

from factlint.link.references import (Found, Reference, Resolved, Spans, _Candidate, _candidates, refer,
                                      references_of, resolve, sentence_pairs, vocabulary_of)
from factlint.model import Document, Story


def update(before: Resolved, documents: Sequence[Document], spans: Mapping[str, Spans] | None,
           old_documents: Mapping[str, Document], changed: frozenset[str]) -> Resolved | None:
    """resolve(documents, spans)'s result, from `before` and the changed, added and deleted articles (`changed`,
    with the documents they were: `old_documents`); None when it cannot be followed."""
    if len(documents) < 2 or not before.whole:
        return None
    by_path = {doc.path: doc for doc in documents}
    wanted = before.wanted
    fresh: dict[str, list[_Candidate]] = {}
    for path in sorted(changed):
        if path in by_path:
            fresh[path] = _candidates(by_path[path], "", (spans or {}).get(path))
            if any(not (c.pairs | c.own_pairs) <= wanted for c in fresh[path]):
                return None  # a pair never looked for: every article's sentences would be read for it
    vocabulary = vocabulary_of(wanted)
    read: dict[str, list[set[str]] | None] = {}

    def sentences_of(path: str) -> list[set[str]] | None:
        if path not in read:
            read[path] = sentence_pairs(by_path[path], wanted, vocabulary) if path in by_path else None
        return read[path]

    holders = dict(before.holders)
    touched: set[str] = set()
    for path in sorted(changed):
        old = old_documents.get(path)
        old_terms = {t for pairs in sentence_pairs(old, wanted, vocabulary) for t in pairs} if old else set()
        new_terms = {t for pairs in sentences_of(path) or () for t in pairs}
        for term in old_terms - new_terms:
            left = tuple(p for p in holders.get(term, ()) if p != path)
            if left:
                holders[term] = left
            else:
                holders.pop(term, None)
        for term in new_terms - old_terms:
            holders[term] = tuple(sorted({*holders.get(term, ()), path}))
        touched |= old_terms ^ new_terms
    found: dict[str, tuple[Found, ...]] = {}
    for path, items in before.found.items():
        if path not in by_path or path in changed:
            continue
        if any(item.target in changed or item.pairs & touched for item in items):
            doc = by_path[path]
            items = tuple(refer(_Candidate(doc, "", i.start, i.end, i.anchor, i.key, set(i.pairs), set(i.own_pairs)),
                                holders, sentences_of(path) or [], sentences_of) for i in items)
        found[path] = items
    for path, candidates in fresh.items():
        if candidates:
            found[path] = tuple(refer(c, holders, sentences_of(path) or [], sentences_of) for c in candidates)
    return Resolved(found, wanted, holders)


class ReferenceCarry:
    """References for a warm run: from the state before where it can be followed, else every article resolved;
    `after` is the state to keep, `followed` whether the state was followed."""

    def __init__(self, before: Resolved | None = None, old_documents: Mapping[str, Document] | None = None,
                 changed: frozenset[str] = frozenset()) -> None:
        self.before, self.old_documents, self.changed = before, dict(old_documents or {}), changed
        self.after: Resolved | None = None
        self.followed = False

    def find(self, documents: Sequence[Document], stories: Sequence[Story],
             spans: Mapping[str, Spans] | None = None) -> tuple[Reference, ...]:
        got = None
        if self.before is not None:
            got = update(self.before, documents, spans, self.old_documents, self.changed)
            self.followed = got is not None
        self.after = got if got is not None else resolve(documents, spans)
        return references_of(self.after, documents, stories)
