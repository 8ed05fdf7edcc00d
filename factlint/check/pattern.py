"""Check kind `pattern`: flag every stretch of a line that one of a rule's regular expressions matches."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

import regex

from factlint.model import Corpus, Document, FactKind, Finding, LinkedFact, Problem, Rule

KIND = "pattern"
FIELDS = frozenset({"text", "pattern"})
NEEDS: frozenset[FactKind] = frozenset()  # reads the articles' text, no facts
FACT_REQUIRED = False  # a pattern rule compares no facts, so `fact:` may be left out
MAX_TIMEOUTS = 3  # articles a pattern may time out on before it is dropped for the rest of the run
# The most a rule may allow one pattern on one article: a rule file is data, and data must not stall a run.
MAX_TIMEOUT = 10.0


@dataclass(frozen=True)
class Options:
    """`patterns`: regular expressions (Python `regex` syntax) matched within each line of an article;
    `ignore_case`: match regardless of case; `timeout`: seconds one pattern may spend on one article
    (at most MAX_TIMEOUT) before it is abandoned for that article and reported (a guard against
    catastrophic backtracking)."""

    patterns: tuple[str, ...] = ()
    ignore_case: bool = False
    timeout: float = 1.0
    # Where each pattern stands in its rule file (line, column): filled in by refine_options, not by users.
    places: tuple[tuple[int, int], ...] = field(default=(), metadata={"internal": True})


class _LineTimeout(Exception):
    """A pattern ran out of time on one line (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@functools.lru_cache(maxsize=256)
def compiled(source: str, ignore_case: bool) -> regex.Pattern:
    """The compiled form of one pattern (validated when the rule was loaded)."""
    return regex.compile(source, regex.IGNORECASE if ignore_case else 0)


def refine_options(options: Options, where: Callable[..., tuple[int, int]],
                   fail: Callable[..., None]) -> Options:
    """Check every pattern compiles and matches something non-empty; record where each stands."""
    if not options.patterns:
        fail("a pattern rule needs 'patterns': a list of regular expressions", "patterns")
    for index, source in enumerate(options.patterns):
        if not isinstance(source, str):
            fail(f"pattern {index + 1} must be a string, not {type(source).__name__}", "patterns", index)
            continue
        try:
            pattern = compiled(source, options.ignore_case)
        except (regex.error, OverflowError, ValueError, RecursionError, MemoryError) as error:
            fail(f"pattern does not compile: {_compile_error(error)}", "patterns", index)
            continue
        if pattern.match(""):
            fail("pattern matches the empty string, so it would flag every line", "patterns", index)
    if not 0 < options.timeout <= MAX_TIMEOUT:  # also refuses nan
        fail(f"option 'timeout' must be a positive number of seconds, at most {MAX_TIMEOUT:g} "
             f"(not {options.timeout:g})", "timeout")
    places = tuple(where("patterns", index) for index in range(len(options.patterns)))
    return Options(options.patterns, options.ignore_case, options.timeout, places)


def _compile_error(error: BaseException) -> str:
    position = getattr(error, "pos", None)
    message = getattr(error, "msg", None) or str(error)
    return f"{message} at character {position + 1}" if isinstance(position, int) else message


def _matches(doc: Document, pattern: regex.Pattern, timeout: float) -> Iterator[tuple[int, int]]:
    """Offsets of the non-empty matches in each line; the regex time over all the lines is bounded by timeout."""
    deadline = time.monotonic() + timeout
    for number in range(1, len(doc.line_starts) + 1):
        line = doc.line_text(number)
        if not line.strip():
            continue
        start = doc.line_starts[number - 1]
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            # Materialized per line, so a timeout never leaves a line half-reported.
            spans = [m.span() for m in pattern.finditer(line, timeout=left) if m.end() > m.start()]
        except TimeoutError:
            raise _LineTimeout(number) from None
        for begin, end in spans:
            yield start + begin, start + end


def _timed_out(rule: Rule, place: tuple[int, int], doc: Document, line: int, dropped: bool, others: int) -> Problem:
    rest = "; dropped for the remaining articles" if dropped else "; skipped for the rest of that article"
    more = f" (and {others} more of its patterns)" if others else ""
    return Problem(rule.path, place[0], place[1],
                   f"pattern of rule '{rule.id}'{more} took over {rule.options.timeout:g} s on {doc.path}:{line}{rest} "
                   "(nested repetition such as '(a+)+' backtracks without end; rewrite it)")


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus) -> Iterator[Finding | Problem]:
    """One finding per distinct matched stretch; a pattern that times out is a Problem, and the run goes on."""
    options: Options = rule.options
    places = options.places or tuple((rule.line, 1) for _ in options.patterns)
    timeouts = [0] * len(options.patterns)
    for path in sorted(corpus.documents):
        doc = corpus.documents[path]
        seen: set[tuple[int, int]] = set()
        found: list[tuple[int, int, str]] = []
        stalled: list[tuple[int, int]] = []  # (pattern index, line): one problem per rule and article
        for index, source in enumerate(options.patterns):
            if timeouts[index] >= MAX_TIMEOUTS:
                continue
            hits: list[tuple[int, int]] = []
            try:
                for span in _matches(doc, compiled(source, options.ignore_case), options.timeout):
                    hits.append(span)
            except _LineTimeout as stop:
                timeouts[index] += 1
                stalled.append((index, stop.line))
            for span in hits:
                if span not in seen:
                    seen.add(span)
                    found.append((*span, source))
        if stalled:
            index, line = stalled[0]
            yield _timed_out(rule, places[index], doc, line, timeouts[index] >= MAX_TIMEOUTS, len(stalled) - 1)
        for start, end, source in sorted(found):
            fields: dict[str, Any] = {"text": doc.text[start:end], "pattern": source}
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), doc.span(start, end))

