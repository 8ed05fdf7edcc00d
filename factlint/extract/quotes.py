"""Quotations and who said them: "…," Blinken said; said Blinken, "…"; "…," the statement read; "…," he added."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator, Sequence

import regex

from factlint import lazyre
from factlint.extract.full_names import SPEECH_VERBS
from factlint.extract.names import Mention, find_people
from factlint.extract.quotemarks import Quoted, find_quotes
from factlint.extract.sentences import sentence_at
from factlint.rulebook.lexicon import Lexicon
from factlint.model import Document, Fact, FactKind

STATEMENT = "statement"
_VERB = rf"(?:{SPEECH_VERBS}|read|reads|stated|states|continued|explained|saying|adding|stressing|noting|explaining|insisting)"
_PRONOUN = r"(?:he|she|it|they)"
_DOCUMENT = r"(?:(?:a|the|their|its|joint|written|brief)[ \t]+)+(?:joint[ \t]+)?(?:statements?|communiqu[eé]s?|declarations?|press[ \t]+releases?)"
_REACH = 160  # how far after a closing mark an attribution may run ("…," said X, who …)
# After the closing mark: "…," said Blinken / "…" says Secretary … Antony Blinken / "…," read a statement.
_AFTER_VERB_FIRST = lazyre.compile(rf"[ \t,]*(?:{_VERB})\b[ \t]+(?P<rest>[^.;!?\n]*)", regex.I)
# After the closing mark: "…," Blinken told reporters / "…," he added / "…," the statement said.
_AFTER_SPEAKER_FIRST = lazyre.compile(
    rf"[ \t,]*(?:(?P<pronoun>{_PRONOUN})|(?P<document>{_DOCUMENT})|(?P<other>[^\s,.;!?\"“”«»][^,.;!?\"“”«»\n]{{0,80}}?))"
    rf"[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+)?(?:{_VERB})\b",
    regex.I,
)
_AFTER_ACCORDING = lazyre.compile(r"[ \t,]*according[ \t]+to[ \t]+(?P<rest>[^.;!?\n]*)", regex.I)
# Right before the opening mark: … and said, "… / …, saying "… / … stressed that »… / … said: "…
# Right before the opening mark, or a few words on inside the reported clause: … stressed that the two
# countries »have reached … / … said the talks made "tangible progress".
_BEFORE = lazyre.compile(rf"\b(?P<verb>{_VERB})\b[ \t]*[,:]?(?:[ \t]+[^.!?;:\"“”«»\n]{{0,80}})?[ \t]*$", regex.I)
_LEADING_DOCUMENT = lazyre.compile(rf"[ \t]*{_DOCUMENT}", regex.I)
_FIRST_WORD = lazyre.compile(r"[ \t]*\p{Lu}\p{Ll}+(?=[ \t]*(?:[.,;!?]|$))")
_CLAUSE_BREAK = lazyre.compile(r"[,;(]")
_NEXT_MARK = lazyre.compile(r"[\"“«»]")
_CANDIDATE = lazyre.compile(rf"\b(?P<pronoun>{_PRONOUN})\b|(?P<document>\b{_DOCUMENT})\b", regex.I)


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: an entity key ('statement' for written statements) and how the text names it."""

    key: str
    written: str
    person: bool
    name: str = "The statement"


class _People:
    """The article's person mentions, indexed by where they start and end and by first name."""

    def __init__(self, people: Sequence[Mention]) -> None:
        self.mentions = sorted(people, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.by_end: dict[int, list[Mention]] = {}
        self.by_first: dict[str, dict[str, Mention]] = {}
        for mention in people:
            self.by_end.setdefault(mention.end, []).append(mention)
            words = mention.full.split()
            if len(words) > 1:
                self.by_first.setdefault(words[0], {})[mention.key] = mention

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in text[start:end], in order."""
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def first(self, start: int, end: int) -> Mention | None:
        """The first person mentioned in text[start:end]."""
        at = bisect.bisect_left(self.starts, start)
        return self.mentions[at] if at < len(self.mentions) and self.mentions[at].start < end else None


_CAPITALISED = lazyre.compile(r"\p{Lu}\p{Ll}+")


def _by_first_name(text: str, start: int, end: int, people: _People) -> Speaker | None:
    """A speaker named by first name alone ("…," Nathan said), when one person in the article has it."""
    word = text[start:end].strip()
    if not _CAPITALISED.fullmatch(word):
        return None
    owners = people.by_first.get(word, {})
    if len(owners) != 1:
        return None
    person = next(iter(owners.values()))
    return Speaker(person.key, word, True, person.full)


def _resolve(word: str, history: Sequence[Speaker], text: str = "", at: int = 0,
             people: _People | None = None) -> Speaker | None:
    """A pronoun's speaker: he/she the last person quoted, it/they the last statement quoted; before any person is
    quoted, he/she the person the sentence before names as its subject (see _previous_subject); else none."""
    wanted_person = word.lower() in {"he", "she"}
    for speaker in reversed(history):
        if speaker.person == wanted_person:
            return Speaker(speaker.key, word, speaker.person, speaker.name)
    if wanted_person and people is not None:
        person = _previous_subject(text, at, people)
        if person is not None:
            return Speaker(person.key, word, True, person.full)
    return None


# How far into its sentence a subject may start: a title or a word or two before the name ("Challenger Ilse Varga",
# "Former Prime Minister Jane Doe"), not a clause.
_SUBJECT_REACH = 40


def _previous_subject(text: str, at: int, people: _People) -> Mention | None:
    """The person who opens the sentence before the one at `at`, in the same paragraph ('Ilse Varga conceded on
    Sunday. "The people have spoken," she told supporters'), with no clause before the name."""
    start = sentence_at(text, at)[0]
    if start <= 0 or "\n" in text[max(0, start - 2) : start]:
        return None  # the sentence opens its paragraph
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    before_start = sentence_at(text, end - 1)[0]
    person = people.first(before_start, min(start, before_start + _SUBJECT_REACH))
    if person is None or _CLAUSE_BREAK.search(text, before_start, person.start):
        return None
    return person


def _after(text: str, quote: Quoted, people: _People, history: Sequence[Speaker]) -> Speaker | None:
    """The speaker named right after the closing mark, if any."""
    at = quote.close + 1
    window_end = min(len(text), at + _REACH, sentence_at(text, at)[1] if at < len(text) else at)
    next_mark = _NEXT_MARK.search(text, at, window_end)
    window_end = next_mark.start() if next_mark else window_end
    for pattern in (_AFTER_VERB_FIRST, _AFTER_ACCORDING):
        match = pattern.match(text, at, window_end)
        if match:
            rest_start, rest_end = match.start("rest"), match.end("rest")
            first_person = people.first(rest_start, rest_end)
            document = _LEADING_DOCUMENT.match(text[rest_start:rest_end])
            if document and (first_person is None or first_person.start > rest_start + document.end()):
                return Speaker(STATEMENT, document.group().strip(), False)
            if first_person is not None:
                return Speaker(first_person.key, first_person.written, True, first_person.full)
            first_word = _FIRST_WORD.match(text, rest_start, rest_end)
            if first_word and (found := _by_first_name(text, first_word.start(), first_word.end(), people)):
                return found
    match = _AFTER_SPEAKER_FIRST.match(text, at, window_end)
    if match:
        if match.group("pronoun"):
            return _resolve(match.group("pronoun"), history, text, quote.open, people)
        if match.group("document"):
            return Speaker(STATEMENT, match.group("document"), False)
        # The person right before the verb, perhaps after a title: "…," US Secretary of State Antony Blinken said.
        person = next((m for m in people.by_end.get(match.end("other"), ()) if m.start >= match.start("other")), None)
        if person is not None:
            return Speaker(person.key, person.written, True, person.full)
        return _by_first_name(text, match.start("other"), match.end("other"), people)
    return None


def _before(text: str, quote: Quoted, quotes: _Quotes, people: _People,
            history: Sequence[Speaker], earlier: dict[int, Speaker]) -> Speaker | None:
    """The speaker of "X said, '…'": the first speaker named in the sentence before the speech verb."""
    start = sentence_at(text, quote.open)[0]
    lead = text[start:quote.open]
    verb = _BEFORE.search(lead)
    if not verb:
        return None
    verb_at = start + verb.start()
    inside = [(q.open, q.close) for q in quotes.reaching(start, quote.open)]
    for q in quotes.opening(start, verb_at):
        if q.close < verb_at and q.open in earlier:
            return earlier[q.open]
    candidates: list[tuple[int, int, str, Speaker | None]] = []
    for person in people.between(start, verb_at):
        candidates.append((person.start, person.end, "person", Speaker(person.key, person.written, True, person.full)))
    for match in _CANDIDATE.finditer(text, start, verb_at):
        if any(a <= match.start() <= b for a, b in inside):
            continue
        if match.group("pronoun"):
            candidates.append((match.start(), match.end(), match.group().lower(),
                               _resolve(match.group(), history, text, quote.open, people)))
        else:
            candidates.append((match.start(), match.end(), "document", Speaker(STATEMENT, match.group(), False)))
    return _subject(text, sorted(candidates, key=lambda c: c[0]), verb_at)


def _subject(text: str, candidates: list[tuple[int, int, str, Speaker | None]], verb_at: int) -> Speaker | None:
    """The speech verb's subject: the speaker right before it in one clause ("Blinken commended"), else the
    sentence's first ("Blinken, who met X and Y, stressed"); "they" after "a statement" is the statement."""
    if not candidates:
        return None
    same_clause = [c for c in candidates if not _CLAUSE_BREAK.search(text, c[1], verb_at)]
    chosen = same_clause[-1] if same_clause else candidates[0]
    if chosen[2] in {"it", "they"}:
        document = [c for c in candidates if c[2] == "document" and c[0] < chosen[0]]
        if document:
            return document[-1][3]
    return chosen[3]


class _Quotes:
    """The article's outermost quotes (in order, never overlapping), indexed by where they open and close."""

    def __init__(self, quotes: Sequence[Quoted]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.open)
        self.opens = [q.open for q in self.quotes]

    def opening(self, start: int, end: int) -> list[Quoted]:
        """The quotes that open in text[start:end]."""
        return self.quotes[bisect.bisect_left(self.opens, start) : bisect.bisect_left(self.opens, end)]

    def reaching(self, start: int, before: int) -> list[Quoted]:
        """The quotes that close before offset `before` and reach offset `start` or beyond."""
        # A quote opening before `start` can reach past it only if it is the last to open there.
        first = max(0, bisect.bisect_left(self.opens, start) - 1)
        return [q for q in self.quotes[first : bisect.bisect_left(self.opens, before)] if start <= q.close < before]


def attribute(doc: Document, quotes: Sequence[Quoted], people: Sequence[Mention]) -> list[Speaker | None]:
    """The speaker of each quote, in order; a quote with none named takes its paragraph's last speaker."""
    text = doc.text
    indexed_quotes, indexed_people = _Quotes(quotes), _People(people)
    history: list[Speaker] = []
    by_open: dict[int, Speaker] = {}
    speakers: list[Speaker | None] = []
    for index, quote in enumerate(quotes):
        speaker = (_after(text, quote, indexed_people, history)
                   or _before(text, quote, indexed_quotes, indexed_people, history, by_open))
        if speaker is None and index and quote.depth == 0:
            previous = quotes[index - 1]
            same_paragraph = "\n" not in text[previous.close:quote.open]
            if same_paragraph and speakers[-1] is not None:
                speaker = speakers[-1]
        if speaker is not None:
            history.append(speaker)
            by_open[quote.open] = speaker
        speakers.append(speaker)
    return speakers


def extract(doc: Document, lexicon: Lexicon) -> Iterator[Fact]:
    """A QUOTE fact per outermost quotation: value the quoted words, subject the speaker's key (empty if unknown)."""
    quotes = [q for q in find_quotes(doc.text, doc.body_start) if q.depth == 0]
    people, _ = find_people(doc, lexicon.gazetteer)
    for quote, speaker in zip(quotes, attribute(doc, quotes, people)):
        attrs = (("speaker", speaker.written), ("speaker_name", speaker.name)) if speaker else ()
        yield Fact(FactKind.QUOTE, doc.span(quote.start, quote.end), doc.text[quote.start:quote.end],
                   quote.words(doc.text), speaker.key if speaker else "", attrs=attrs)
