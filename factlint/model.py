"""Every record that flows between factlint's stages: documents, spans, facts, stories, rules, findings."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, Sequence


class Severity(enum.Enum):
    """How serious a finding is; ordered from least to most severe."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class ExitCode(enum.IntEnum):
    """Process exit codes, as ruff and yamllint use them."""

    CLEAN = 0
    FINDINGS = 1
    USAGE = 2


class FactKind(enum.Enum):
    """The closed set of fact kinds that extractors produce."""

    DURATION = "duration"
    DATE = "date"
    TIME = "time"
    SET = "set"
    PERSON = "person"
    TITLE = "title"
    AGE = "age"
    VENUE = "venue"
    PLACE = "place"
    QUANTITY = "quantity"
    QUOTE = "quote"


class Scope(enum.Enum):
    """Where a rule compares facts: within one article, one event instance, one story or the corpus."""

    ARTICLE = "article"
    INSTANCE = "instance"
    STORY = "story"
    CORPUS = "corpus"


# slots: a corpus holds millions of spans and facts; without them each carries a dict of its own.
@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A stretch of one document: 0-based offsets, 1-based lines and columns (end exclusive)."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    @property
    def order(self) -> tuple[str, int, int, int, int, int, int]:
        """The fields as a plain tuple, which orders as spans do: a sort key compared without Python calls."""
        return (self.path, self.start, self.end, self.line, self.column, self.end_line, self.end_column)

    def __reduce__(self) -> tuple:
        # Pickled as a call with the fields: a frozen slotted dataclass's default state setter looks its fields up
        # for every object (a warm run unpickles every article's facts from the run state).
        return (Span, self.order)


@dataclass(frozen=True)
class Document:
    """One article: its text with front matter blanked out (so offsets and lines match the file)."""

    path: str
    text: str
    line_starts: Sequence[int] = field(hash=False)  # ascending; read.documents makes an array of machine integers
    body_start: int = 0
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    date: dt.date | None = None
    # The front matter as written (text[:body_start] before it was blanked), shown under a finding about it.
    front_matter: str = field(default="", compare=False, hash=False, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset."""
        import bisect

        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """The Span of text[start:end]; the single place offsets become lines and columns."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(self.path, start, end, line, column, end_line, end_column)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line end."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def shown_line(self, line: int) -> str:
        """The text of a 1-based line as the file has it: a front matter line as written, not blanked."""
        start = self.line_starts[line - 1]
        if start < self.body_start and start < len(self.front_matter):
            end = self.front_matter.find("\n", start)
            return self.front_matter[start : end if end >= 0 else len(self.front_matter)]
        return self.line_text(line)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def body_lines(self) -> Iterator[tuple[int, str]]:
        """(offset, text) of each line of the body, as body.split("\n") gives them, one at a time: a reader of the
        first lines never copies a whole large article."""
        text, at = self.text, self.body_start
        while at <= len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            yield at, text[at:end]
            at = end + 1


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable statement: what kind, where, its normalized value and what it is about."""

    kind: FactKind
    span: Span
    text: str
    value: str
    subject: str = ""
    display: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    @property
    def shown(self) -> str:
        """The value as a reader would write it ("5 days" for P5D)."""
        return self.display or self.value

    def __reduce__(self) -> tuple:
        # As Span's: a call with the fields.
        return (Fact, (self.kind, self.span, self.text, self.value, self.subject, self.display, self.attrs))

    def attr(self, key: str, default: str = "") -> str:
        for name, value in self.attrs:
            if name == key:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Anchor:
    """What ties a fact to an event instance: the time expression in its own clause, if any."""

    text: str
    key: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """The event word a fact's clause is about (link/fact_mentions.py): its word and root ("lasted", "last"), offsets,
    vocabulary kind (or ""), the time written beside it (value and text), and its clause's names and cities."""

    word: str
    root: str
    start: int
    end: int
    kind: str
    time: str | None
    time_text: str | None
    names: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LinkedFact:
    """A fact placed in its story and event instance."""

    fact: Fact
    story: str
    instance: str
    anchor: Anchor | None = None
    # The day its own clause names ("2017-02-15" for "on Wednesday"), if one: statements of one instance for two
    # different days speak of two states of it (a toll on Wednesday, another on Thursday).
    day: str | None = None
    # The event mention of its clause, which decided its instance (None: a clause without a content word).
    mention: EventMention | None = None


@dataclass(frozen=True)
class Story:
    """A group of articles about the same event, with the evidence that grouped them."""

    id: str
    paths: tuple[str, ...]
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """A rule's own example: a few article texts and whether the rule must fire on them."""

    articles: tuple[str, ...]
    fails: bool
    line: int


@dataclass(frozen=True)
class Rule:
    """A validated, compiled rule: what it compares, where, how, and how it reports."""

    id: str
    kind: str
    description: str
    fact: FactKind | None  # None for kinds that read text, not facts (pattern)
    subjects: tuple[str, ...]
    scope: Scope
    severity: Severity
    message: str
    options: Any
    examples: tuple[Example, ...]
    path: str
    line: int
    enabled: bool = True  # False: off by default, run only when `select` names it (ruff's preview, Vale's off rules)

    def applies_to(self, subject: str) -> bool:
        return not self.subjects or subject in self.subjects


@dataclass(frozen=True)
class ArticleTime:
    """When an article was written: a calendar date, or a date relative to other articles in one frame.

    Times in the same frame can be compared; `frame` is "calendar" for real dates, else the story
    whose undated time the others are placed against (its pseudo date is arbitrary but consistent).
    """

    date: dt.date
    frame: str
    source: str


@dataclass(frozen=True)
class Corpus:
    """The articles being checked and their stories: context a check kind may consult."""

    documents: Mapping[str, Document]
    stories: tuple[Story, ...] = ()
    times: Mapping[str, ArticleTime] = field(default_factory=dict, compare=False, hash=False)
    # The gazetteer (factlint.rulebook.gazetteer.Gazetteer; typed loosely so the model imports nothing of factlint).
    gazetteer: Any = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Related:
    """The other side of a conflict: where it is and what it says."""

    span: Span
    message: str


@dataclass(frozen=True)
class Edit:
    """A safe fix: replace the text under a span by its canonical form (a known misspelling, say)."""

    span: Span
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One reported problem, complete when created."""

    rule: str
    severity: Severity
    message: str
    span: Span
    related: tuple[Related, ...] = ()
    fixes: tuple[Edit, ...] = ()

    @property
    def sort_key(self) -> tuple:
        return (self.span.path, self.span.line, self.span.column, self.rule, self.message)


@dataclass(frozen=True)
class Problem:
    """A user-facing error in an input file (article, rule or config): path, place and message."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


@dataclass(frozen=True)
class Summary:
    """Counts for the end of a report."""

    articles: int
    findings: int
    by_severity: tuple[tuple[str, int], ...]
    problems: int


@dataclass(frozen=True)
class Report:
    """Everything a renderer needs: the findings, the articles they point into, problems met."""

    findings: tuple[Finding, ...]
    documents: Mapping[str, Document]
    problems: tuple[Problem, ...]
    rules: tuple[Rule, ...] = ()
    stories: tuple[Story, ...] = ()
    facts: tuple[LinkedFact, ...] = ()

    @property
    def summary(self) -> Summary:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return Summary(len(self.documents), len(self.findings), tuple(counts.items()), len(self.problems))
