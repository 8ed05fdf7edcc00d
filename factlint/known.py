"""Unchanged articles' extraction products carried over from an earlier run (factlint.runstate): a warm run takes
them as they are, extracts only the other articles, and merges both in the order a cold extraction gives."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from factlint.fanout import Extracted, extract_all
from factlint.link.features import LineWords, line_words
from factlint.link.references import Spans, candidate_spans
from factlint.model import Document, Fact, FactKind, Problem
from factlint.rulebook.lexicon import Lexicon


@dataclass(frozen=True)
class Known:
    """One article's extraction products, as extract_all gave them."""

    facts: tuple[Fact, ...]
    lines: tuple[LineWords, ...] | None  # None: not made (a lone article's run groups nothing)
    periods: tuple[tuple[int, int], ...]
    spans: Spans | None  # as lines
    problems: tuple[Problem, ...] = ()


def pack(known: Known) -> bytes:
    """One article's products as the run state keeps them: a pickle of its own, so that a warm run writes the
    unchanged articles' products back as the bytes it read, unpickling and pickling only the changed ones."""
    return pickle.dumps(known, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes) -> Known | None:
    """An article's products back from pack; None when the bytes do not hold them (the article is extracted)."""
    try:
        known = pickle.loads(blob)
    except Exception:  # noqa: BLE001 - bytes that do not load are not trusted, whatever the error
        return None
    return known if isinstance(known, Known) else None


def known_of(extracted: Extracted, paths: Sequence[str]) -> dict[str, Known]:
    """Each article's products out of a run's Extracted, for the articles named."""
    wanted = set(paths)
    facts: dict[str, list[Fact]] = {}
    for fact in extracted.facts:
        if fact.span.path in wanted:
            facts.setdefault(fact.span.path, []).append(fact)
    problems: dict[str, list[Problem]] = {}
    for problem in extracted.problems:
        if problem.path in wanted:
            problems.setdefault(problem.path, []).append(problem)
    return {path: Known(tuple(facts.get(path, ())),
                        tuple(extracted.lines[path]) if path in extracted.lines else None,
                        tuple(extracted.periods.get(path, ())), extracted.spans.get(path),
                        tuple(problems.get(path, ()))) for path in paths}


def extract_with(documents: Sequence[Document], vocabulary: Lexicon, kinds: frozenset[FactKind] | None,
                 known: Mapping[str, Known], **options: Any) -> Extracted:
    """extract_all's result when some articles' products are known: the others extracted (with `options`), the
    whole merged as extract_all orders it (facts sorted by span, problems and products in document order)."""
    rest = [doc for doc in documents if doc.path not in known]
    # The run groups all the documents, though it extracts only the rest: their story products are needed.
    fresh = extract_all(rest, vocabulary, kinds, grouped=len(documents) > 1, **options) if rest else Extracted(())
    fresh_problems: dict[str, list[Problem]] = {}
    for problem in fresh.problems:
        fresh_problems.setdefault(problem.path, []).append(problem)
    facts = list(fresh.facts)
    lines: dict[str, tuple[LineWords, ...]] = {}
    named: dict[str, tuple[tuple[int, int], ...]] = {}
    spans: dict[str, Spans] = {}
    problems: list[Problem] = []
    for doc in documents:
        got = known.get(doc.path)
        if got is None:
            problems.extend(fresh_problems.get(doc.path, ()))
            for into, source in ((lines, fresh.lines), (named, fresh.periods), (spans, fresh.spans)):
                if doc.path in source:
                    into[doc.path] = source[doc.path]  # type: ignore[index]
            continue
        facts.extend(got.facts)
        problems.extend(got.problems)
        named[doc.path] = got.periods
        # Story products a lone article's run did not make are made now, as extraction would have.
        lines[doc.path] = got.lines if got.lines is not None else line_words(doc)
        spans[doc.path] = got.spans if got.spans is not None else candidate_spans(doc)
    facts.sort(key=lambda fact: (*fact.span.order, fact.kind.value))
    return Extracted(tuple(facts), fresh.computed, lines, named, tuple(problems), spans)
