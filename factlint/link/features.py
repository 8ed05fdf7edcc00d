"""Article features for story inference: the words and word pairs that can name one event, from per-line words
that depend on one article alone (so they can be cached)."""

from __future__ import annotations

import bisect
import hashlib
import json
import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

import regex

from factlint import lazyre
from factlint.extract.relative_dates import relative_time
from factlint.extract.sentences import sentence_at
from factlint.extract.timex import TimexType, date_interval, find_timexes
from factlint.link.episodes import Episode
from factlint.link.instances import names_other_time
from factlint.model import Document

_WORD = lazyre.compile(r"\p{L}[\p{L}\p{M}'’-]*\p{L}|\d[\d,.]*\d|\d")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our out over own same she should
    so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    said says say told added according news reported report reporters statement statements
    mr mrs ms one two new year years week weeks day days month months time people""".split()
)
LEAD_SHARE = 0.5
TAIL_WEIGHT = 0.25
# Single words weigh as much as word pairs: names and places are single words more often than not.
WORD_WEIGHT = 1.0
# The headline names the event more plainly than any other line.
TITLE_WEIGHT = 2.0
# A line found verbatim in this many articles is site furniture (menus, copyright, widgets),
# not news: too common for a single story's wire copy in any real corpus we measured.
# Counted on lines reduced to their letters, so a widget line that differs only in a link or a
# time stamp counts as the same line.
BOILERPLATE_LINES = 3
# A headline ends in the site's name ("... - WAFB 9 News Baton Rouge"): cut up to two such tails.
# The separator before a site name that a headline ends with ("Talks end - Reuters"): spaces on both sides.
# Searched for on its own, not as one pattern with the spaces and the name around it, which backtracks
# quadratically over a long run of spaces ("The", 30,000 spaces, "talks.").
_TITLE_SUFFIX = lazyre.compile(r"(?<=\s)(?:[-|–—•]|::)(?=\s)")
# Names (capitalized words inside a sentence) and numbers tell one local incident from the next;
# more than this and shared city and politician names start merging different events.
NAME_WEIGHT = 1.5
_LETTERS = lazyre.compile(r"\p{L}+")
# A capital after one of these (or at the line's start) is a sentence's or a quote's first word.
_SENTENCE_END = frozenset(".!?:;\"“”'‘’«»([—–-")


# Marks a name or number among a line's words ("^mardis"); no word holds it.
_NAMED = "^"
# Only the first lines can be the headline; the site-name cut is looked for there alone.
_HEADLINE_LINES = 3


def _lines(doc: Document) -> Iterator[tuple[int, str]]:
    """(offset, text) of each non-empty body line."""
    return ((position, line) for position, line in doc.body_lines() if line.strip())


def _normal(line: str) -> str:
    """The line as lowercase letters only, so furniture that differs in a link, a count or spacing still matches."""
    return " ".join(_LETTERS.findall(line.lower()))


def _digest(normal: str) -> str:
    return hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class LineWords:
    """One non-empty body line as story features need it: where it starts, a digest of its letters, its content
    words (names and numbers marked with a leading ^) and how many of them stand before a site name it may end in."""

    base: int
    digest: str
    # Space-separated (no content word holds a space): one string per line keeps a cached corpus small.
    words: str
    headline: int


def headline(line: str) -> str:
    """The headline without the site name that many sites append to it: a separator with spaces around it,
    then 1 to 80 characters to the line's end that hold no other such separator (one may open them)."""
    for _ in range(2):
        separators = list(_TITLE_SUFFIX.finditer(line))[-2:]
        cut = line
        for index, separator in enumerate(separators):
            # The name starts after the spaces that follow the separator (one of them at least; the last character
            # at most); a separator after this one may only stand at that start.
            start = min(regex.match(r"\s*", line, pos=separator.end()).end(), len(line) - 1)
            later = separators[index + 1 :]
            if start <= separator.end() or (later and later[0].start() != start):
                continue
            if len(line) - start <= 80 and "\n" not in line[start:]:
                cut = line[: separator.start()].rstrip()
                break
        if cut is line or len(cut.split()) < 3:
            break
        line = cut
    return line


def title_case(line: str) -> bool:
    """Whether most longer words are capitalized, as in a headline, so capitals mark no names."""
    words = [w for w in _LETTERS.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _named(line: str, match: regex.Match) -> bool:
    """Whether a word is a name or a number: capitalized inside a sentence, or made of digits."""
    word = match.group()
    if word[0].isdigit():
        return True
    if not word[0].isupper():
        return False
    # Only the character before the spaces before the word decides, so a long line costs no more per word.
    at = match.start()
    while at > 0 and line[at - 1].isspace():
        at -= 1
    return at > 0 and line[at - 1] not in _SENTENCE_END


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_DAY = lazyre.compile(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|W\d\d-\d|XX-\d\d|WXX-\d)")


def distant_sentences(doc: Document) -> list[tuple[int, int]]:
    """The sentences (start, end, sorted and disjoint) that name another month or year than the article's own:
    background, not the event ("last month", "in 2016", "since 1991"), as the temporal tagger resolves them. A day
    named is left in: a follow-up names the day of the event it follows ("the Feb. 3 shooting")."""
    if doc.date is not None:
        own = Episode("main", doc.path, (doc.path,), doc.date, doc.date, "calendar")
    else:
        own = None
    found = []
    for timex in find_timexes(doc.text, doc.date):
        if timex.type is not TimexType.DATE or timex.start < doc.body_start:
            continue
        relative = relative_time(doc.text, timex.start, timex.end) if timex.anchored and own is None else None
        if not _DAY.match(timex.value) and names_other_time(timex.value, relative, own):
            found.append(sentence_at(doc.text, timex.start))
    return _merged(found)


def _line_words(doc: Document, rank: int, base: int, line: str, background: Sequence[tuple[int, int]]) -> LineWords:
    # Sentences about another time ("last month", "in 2016") describe background, not the event.
    first = bisect.bisect_right(background, base, key=lambda span: span[1])
    # Up to the line's end, by index: islice stepped over every distant sentence before the line, for every line.
    last = first
    while last < len(background) and background[last][0] < base + len(line):
        last += 1
    distant = background[first:last]
    next_distant = 0
    cut = len(headline(line)) if rank < _HEADLINE_LINES else len(line)
    names = not title_case(line[:cut])
    words, before_cut = [], 0
    for m in _WORD.finditer(line):
        written = m.group()
        word = written.lower()
        if len(word) < 3 or word in _STOPWORDS:
            continue
        start = m.start()
        if distant:
            # Words come in order, so one pass over the (sorted, disjoint) distant sentences finds each word's.
            at = base + start
            while next_distant < len(distant) and distant[next_distant][1] <= at:
                next_distant += 1
            if next_distant < len(distant) and distant[next_distant][0] <= at:
                continue
        # A lowercase word is never a name: _named is asked only of the others.
        named = names and (written[0].isdigit() or written[0].isupper() and _named(line, m))
        words.append(_NAMED + word if named else word)
        before_cut += start < cut
    return LineWords(base, _digest(_normal(line)), " ".join(words), before_cut)


def line_words(doc: Document) -> tuple[LineWords, ...]:
    """Everything story features need from one article alone, so it can be cached per document."""
    background = distant_sentences(doc)
    return tuple(_line_words(doc, rank, base, line, background) for rank, (base, line) in enumerate(_lines(doc)))


def encode_lines(lines: Sequence[LineWords]) -> str:
    """Line words as compact JSON, for the cache."""
    return json.dumps([[line.base, line.digest, line.words, line.headline] for line in lines],
                      ensure_ascii=False, separators=(",", ":"))


def decode_lines(payload: str) -> tuple[LineWords, ...]:
    """Line words back from encode_lines; ValueError if the payload is malformed."""
    try:
        return tuple(LineWords(int(base), str(digest), str(words), int(cut))
                     for base, digest, words, cut in json.loads(payload))
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed cached line words: {error}") from error


def boilerplate(lines: Sequence[Sequence[LineWords]]) -> frozenset[str]:
    """Digests of lines repeated across so many articles that they cannot be one story's news."""
    counts = Counter(digest for doc_lines in lines for digest in {line.digest for line in doc_lines})
    return frozenset(digest for digest, count in counts.items() if count >= BOILERPLATE_LINES)


def features(doc: Document, lines: Sequence[LineWords] | None = None,
             skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Word pairs and words of the article, weighted by place (the lead counts fully, background less) and by names."""
    seen: set[str] = set()
    kept: list[LineWords] = []
    for line in line_words(doc) if lines is None else lines:
        if line.digest not in skip and line.digest not in seen:
            seen.add(line.digest)
            kept.append(line)
    found: dict[str, float] = {}
    lead = max(3, math.ceil(len(kept) * LEAD_SHARE))
    get = found.get  # a loop over every word of a corpus: kept plain
    for rank, line in enumerate(kept):
        weight = TITLE_WEIGHT if rank == 0 else 1.0 if rank < lead else TAIL_WEIGHT
        named_weight = weight * NAME_WEIGHT
        words = line.words.split()
        if rank == 0:
            words = words[: line.headline]
        names = [w[0] == _NAMED for w in words]
        plain = [w[1:] if name else w for w, name in zip(words, names)]
        for index in range(len(plain) - 1):
            key = f"{plain[index]} {plain[index + 1]}"
            # A pair weighs as a name only when both words are names ("Jeremy Mardis", "224 Vantana").
            value = named_weight if names[index] and names[index + 1] else weight
            old = get(key)
            if old is None or value > old:
                found[key] = value
        for word, name in zip(plain, names):
            value = (named_weight if name else weight) * WORD_WEIGHT
            old = get(word)
            if old is None or value > old:
                found[word] = value
    return found


# A day ("2014-06-29") or a month ("2014-06") the article names: when its event may have happened.
_DAY_OR_MONTH = lazyre.compile(r"\d{4}-\d\d(?:-\d\d)?")


def periods(doc: Document) -> tuple[tuple[int, int], ...]:
    """The days and months an article names, as (first, last) day ordinals: a follow-up written months later
    names the day of the event it follows ("the Feb. 3 shooting"), which ties it to the first reports. An undated
    article names only the days and months it gives with their year ("July 11, 2013"): they tell its time."""
    found = set()
    for timex in find_timexes(doc.text, doc.date):
        if timex.type is TimexType.DATE and timex.start >= doc.body_start and _DAY_OR_MONTH.fullmatch(timex.value):
            days = date_interval(timex.value)
            if days:
                found.add((int(days[0]), int(days[1])))
    return tuple(sorted(found))


def encode_periods(found: Sequence[tuple[int, int]]) -> str:
    """Periods as compact JSON, for the cache."""
    return json.dumps([list(period) for period in found], separators=(",", ":"))


def decode_periods(payload: str) -> tuple[tuple[int, int], ...]:
    """Periods back from encode_periods; ValueError if the payload is malformed."""
    try:
        out = tuple((int(first), int(last)) for first, last in json.loads(payload))
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed cached periods: {error}") from error
    if any(first > last for first, last in out):
        raise ValueError("malformed cached periods: a period ends before it starts")
    return out
