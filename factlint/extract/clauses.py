"""The clause a time expression belongs to, read without a parser: its predicate (the lemma of the head verb the
time modifies), its subject (the noun phrase before that verb, a relative pronoun's antecedent, a personal pronoun's
last named person) and its aspect (a repeated or ongoing event, a time that dates a saying). Used to tell which
times of two articles date one event (check/event_time.py)."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

import regex

from factlint.extract.numbers import parse_number
from factlint.extract.sentences import sentence_at
from factlint.extract.verbs import (AUXILIARIES as _AUXILIARIES, BE as _BE, CLAUSE_WORDS as _CLAUSE_WORDS,
    DETERMINERS as _DETERMINERS, FUNCTION as _FUNCTION, IRREGULAR as _IRREGULAR, SPEECH_LEMMAS as _SPEECH_LEMMAS,
    WEEKDAY_OR_MONTH as _WEEKDAY_OR_MONTH, is_verb as _is_verb, lemma)

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.:]*|[,;:()\"“”—–]")
_RELATIVES = frozenset("who which that whom whose".split())
_PRONOUNS = frozenset("he she him her his hers".split())
# Words saying an event repeats or goes on: its times are several, not one.
_REPEATED = frozenset("""throughout every each again daily weekly monthly annually yearly usually
    often regularly sometimes twice thrice repeatedly still continues continued continuing ongoing remain remains
    remained stay stays stayed""".split())
# Words that deny the event: a clause saying what did not happen dates nothing ("no one answered the door Monday").
_NEGATIONS = frozenset("no not never nobody none nothing n't cannot".split())
# The most words between a verb and the time it dates ("was sentenced to life in a Texas prison on Tuesday").
_MAX_GAP = 8
# How many words after a saying are read as what was said.
_SAID_WORDS = 15
# Words right before a time that make it a bound of a span, not the time of the event: "from Monday", "by Friday".
_BOUND = frozenset("from between by through till until since".split())
# Of those, the ones that make the time one bound of the event (a deadline, a start, an end), compared only with the
# same bound of it: "must decide by Friday", "has not won since 2005", "stays open until Sunday".
_ONE_BOUND = frozenset("by through till until since".split())
_UNTIL = frozenset("through till until".split())  # after a time: "Monday through Friday"


class Aspect(enum.Enum):
    """What a clause says of its event's time: one occurrence, a repeated or ongoing event, or a saying."""

    ONCE = "once"
    REPEATED = "repeated"
    NEGATED = "negated"
    SAYING = "saying"


@dataclass(frozen=True)
class ClauseEvent:
    """The event a time expression dates: the lemma of its predicate (`verb` as written), the words, names and head
    of its subject, the words between the verb and the time (its objects and places), its aspect, and for a saying
    the common words of what was said (names left out: two sayings about one person say different things); `bound`
    is the word that makes the time a bound of the event ("by", "since", "until"), or ""; `counts` the numbers written
    in the subject ("four men")."""

    predicate: str
    verb: str
    subject: frozenset[str]
    names: frozenset[str]
    given: frozenset[tuple[str, str]]
    head: str
    counts: frozenset[float]
    objects: frozenset[str]
    said: frozenset[str]
    bound: str
    aspect: Aspect


def _content(tokens: list[str]) -> frozenset[str]:
    """The lemmas of the words that name something (not function words, times or adverbs in -ly)."""
    return frozenset(lemma(t) for t in tokens if t[:1].isalpha() and t.lower() not in _FUNCTION
                     and not (t.islower() and t.endswith("ly")) and not any(c.isdigit() for c in t)
                     and "-old" not in t.lower() and len(t) > 1 and parse_number(t) is None
                     and not _WEEKDAY_OR_MONTH.match(t) and t.lower() not in _CLAUSE_WORDS)


def _names(tokens: list[str]) -> frozenset[str]:
    """The capitalized words (a sentence's first word too, unless a function word)."""
    return frozenset(t.lower() for t in tokens if t[:1].isupper() and t.lower() not in _FUNCTION
                     and parse_number(t) is None
                     and t.lower() not in _CLAUSE_WORDS and not _WEEKDAY_OR_MONTH.match(t))


def _last_person(text: str, before: int) -> frozenset[tuple[str, str]]:
    """Whom "he" or "she" most likely names: of the two-word names written before, the one whose last name the
    article has written most often so far (its protagonist), with its given name."""
    names = {match.group(2): match.group(1) for match in _FULL_NAME.finditer(text, 0, before)
             if match.group(1).lower() not in _FUNCTION and not _WEEKDAY_OR_MONTH.match(match.group(1))}
    if not names:
        return frozenset()
    counts = {last: len(regex.findall(rf"\b{regex.escape(last)}\b", text[:before])) for last in names}
    best = max(sorted(counts), key=counts.__getitem__)
    return frozenset({(names[best].lower(), best.lower())})


_FULL_NAME = regex.compile(r"\b(\p{Lu}[\p{Ll}\p{M}]+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+)\b")


def clause_event(text: str, start: int, end: int, figure: bool = False) -> ClauseEvent | None:
    """The event of the clause that text[start:end] dates (a time expression) or measures (`figure`: a count, sum or
    percentage, which may stand before the noun it counts: "three men were wounded"); None when no verb is found."""
    return _clause_event(text, start, end, figure)


@functools.lru_cache(maxsize=4096)
def _clause_event(text: str, start: int, end: int, figure: bool) -> ClauseEvent | None:
    lo, hi = sentence_at(text, start)
    left = [(m.group(), m.start()) for m in _TOKEN.finditer(text, lo, start)]
    right = [(m.group(), m.start()) for m in _TOKEN.finditer(text, end, hi)]
    tokens = [t for t, _ in left] + ["@TIME"] + [t for t, _ in right]
    at = len(left)
    # "On Saturday, ...": the time opens the sentence, the clause it dates follows the comma.
    opening = all(t.lower() in _FUNCTION for t in tokens[:at]) and tokens[at + 1 : at + 2] == [","]
    # The verb: the nearest before the time within its clause, else the nearest after it.
    bound = tokens[at - 1].lower() if at and tokens[at - 1].lower() in _ONE_BOUND else ""
    verb, index = None, at - 1 if bound else at
    while index > 0:
        index -= 1
        low = tokens[index].lower()
        opening_comma = _apposition(tokens, index) if low == "," else None
        if opening_comma is not None:
            index = opening_comma  # "shot by his friend, Cody Throneberry, 20, around 5 p.m. Thursday": dates "shot"
            continue
        if low in (",", ";", ":", "(", ")", "—", "–") or low in _CLAUSE_WORDS:
            break
        if _is_verb(tokens, index) and _IRREGULAR.get(low, lemma(low)) not in _AUXILIARIES:
            verb = index
            break
    if verb is None:
        for index in range(at + 1, len(tokens)):
            low = tokens[index].lower()
            if low in (";", ":") or (low == "," and not opening) or (low in _CLAUSE_WORDS and not opening):
                break
            if _is_verb(tokens, index) and _IRREGULAR.get(low, lemma(low)) not in _AUXILIARIES:
                verb = index
                break
    if verb is None or (abs(verb - at) > _MAX_GAP + 1 and not opening):
        return None
    if figure and any(t in ("(", ")") for t in tokens[min(verb, at) : max(verb, at)]):
        return None  # a figure in brackets is no argument of the clause: "Klitschko (52-3, 46 knockouts) retained"
    if not figure and at + 1 < len(tokens) and _modified(tokens[at + 1], tokens[at - 1].lower() in _DETERMINERS if at else True):
        return None  # the time modifies a noun: "the 2020 census", "a 2016 Ford", "the Memorial Day holiday"
    predicate = lemma(tokens[verb])
    # The clause's words around the verb and the time, for its aspect.
    first = min(verb, at - 1 if bound else at)
    while first > 0 and tokens[first - 1] not in (",", ";", ":") and tokens[first - 1].lower() not in _CLAUSE_WORDS:
        first -= 1
    last = max(verb, at)
    while last + 1 < len(tokens) and tokens[last + 1] not in (",", ";", ":") and \
            tokens[last + 1].lower() not in _CLAUSE_WORDS:
        last += 1
    window = [t.lower() for t in tokens[max(0, first - 1) : max(verb, at) + 1]]
    if predicate in _SPEECH_LEMMAS:
        # One class of predicate: "said Wednesday he is considering ..." and "confirmed Wednesday that he is
        # considering ..." tell one saying (what was said decides, see `said`).
        aspect, predicate = Aspect.SAYING, "say"
    elif any(t.lower() in _NEGATIONS or t.lower().endswith("n't") for t in tokens[first : last + 1]):
        aspect = Aspect.NEGATED
    elif any(w in _REPEATED for w in window) or tokens[verb].lower().endswith("ing") or _state(tokens, verb, bound) or \
            (at > 0 and tokens[at - 1].lower() in _BOUND - _ONE_BOUND) or _range_end(tokens, first, at) or \
            (at + 1 < len(tokens) and tokens[at + 1].lower() in _UNTIL):
        aspect = Aspect.REPEATED
    else:
        aspect = Aspect.ONCE
    # The subject: the words of the clause before the verb up to another verb; else, walking back over commas and
    # relative pronouns, the nearest phrase that names something ("LaRue, who ..., died"; "his father, Rulon
    # Jeffs, died"; "Fekede, 53, who came").
    subject_tokens = [t for t in tokens[first:verb] if t != "@TIME"]
    subject_tokens = _before_verb(subject_tokens)
    if not _content(subject_tokens) and first > 0 and tokens[first - 1].lower() in _RELATIVES:
        subject_tokens = _antecedent(tokens[: first - 1])
    elif not _content(subject_tokens) and first > 0 and tokens[first - 1] == ",":
        # "LaRue, a top Nixon aide who ..., died", "his father, Rulon Jeffs, died": the sentence's opening noun
        # phrase, with the names of the phrases in commas after it that hold no verb (appositions).
        segments = [seg for seg in _segments(tokens[:first]) if seg and not any(_is_verb(seg, i) for i in range(len(seg)))]
        if segments:
            subject_tokens = segments[0] + [t for seg in segments[1:] for t in [","] + seg if t[:1].isupper() or t == ","]
    subject = _content(subject_tokens)
    names = _names(subject_tokens)
    extra_given: frozenset[tuple[str, str]] = frozenset()
    if not subject and any(t.lower() in _PRONOUNS for t in subject_tokens):
        extra_given = _last_person(text, left[0][1] if left else start)
        names = subject = frozenset(name for pair in extra_given for name in pair)
    elif len(names) == 1:
        extra_given = _given_name(text, next(iter(names)), left[0][1] if left else start)
        names = names | {first_name for first_name, _ in extra_given}
    head = _head(subject_tokens)
    between = tokens[verb + 1 : at] if verb < at else tokens[verb + 1 : last + 1]
    given = frozenset((first_name, last_name) for first_name, last_name in zip(subject_tokens, subject_tokens[1:])
                      if first_name[:1].isupper() and last_name[:1].isupper() and first_name.lower() in names)
    given = frozenset((a.lower(), b.lower()) for a, b in given) | extra_given
    said = _content([t for t in tokens[max(verb, at) + 1 : max(verb, at) + 1 + _SAID_WORDS] if t.islower()]) \
        if aspect is Aspect.SAYING else frozenset()
    counts = frozenset(parse_number(t) for t in subject_tokens if parse_number(t) is not None)
    return ClauseEvent(predicate, tokens[verb], subject | names, names, given, head, counts, _content(between), said,
                       bound, aspect)


def _range_end(tokens: list[str], first: int, at: int) -> bool:
    """Whether the time ends a span opened in its clause: "from Sunday to early Monday", "between May and June"."""
    return at > 0 and tokens[at - 1].lower() in ("to", "and", "-", "through") and \
        any(t.lower() in ("from", "between") for t in tokens[first:at])


def _state(tokens: list[str], verb: int, bound: str) -> bool:
    """Whether the predicate is a state ("was calm", "will be available") with no bound to its time: a state holds
    over a period, so two times need not be one ("available for preorder April 29", "available in June"); with a
    bound it has one ("will be eligible by April 19")."""
    word = tokens[verb].lower()
    return not bound and verb > 0 and tokens[verb - 1].lower() in _BE and not word.endswith(("ed", "en")) \
        and word not in _IRREGULAR


def _apposition(tokens: list[str], comma: int) -> int | None:
    """Where the run in commas that the comma at tokens[comma] closes opens, when the run names someone or gives an
    age (at most four words, each capitalized or a number, no clause word; "his friend, Cody Throneberry, 20,"):
    the clause goes on past it. Runs in a row are passed together."""
    begin = comma - 1
    while begin >= 0 and tokens[begin] != ",":
        begin -= 1
    run = tokens[begin + 1 : comma]
    if begin < 0 or not 0 < len(run) <= 4 or not all(t[:1].isupper() or t[:1].isdigit() for t in run) \
            or any(t.lower() in _CLAUSE_WORDS for t in run):
        return None
    return _apposition(tokens, begin) if begin > 0 and _apposition(tokens, begin) is not None else begin


def _segments(tokens: list[str]) -> list[list[str]]:
    """The runs of tokens between commas, brackets and relative pronouns."""
    out, begin = [], 0
    for index, token in enumerate(tokens + [","]):
        if token in (",", ";", ":", "(", ")") or token.lower() in _RELATIVES:
            out.append(tokens[begin:index])
            begin = index + 1
    return out


def _antecedent(tokens: list[str]) -> list[str]:
    """What a relative pronoun after these tokens stands for: the nearest run naming something ("Fekede, 53, who"),
    without the verb and what comes before it ("identified the shooter as Getachew Fekede")."""
    for segment in reversed(_segments(tokens)):
        if _content(segment):
            verbs = [i for i in range(len(segment)) if _is_verb(segment, i)]
            return segment[verbs[-1] + 1 :] if verbs else segment
    return []


def _modified(word: str, determined: bool) -> bool:
    """Whether a word after a time makes the time a modifier of a noun: a lowercase content word, not a participle
    ("exploded late Friday killing two") unless a determiner stands before the time ("the Dec. 6 killing")."""
    low = word.lower()
    if low.endswith(("ing", "ed")) and not determined:
        return False
    return word[:1].isalpha() and word.islower() and low not in _FUNCTION and low not in _CLAUSE_WORDS \
        and not _WEEKDAY_OR_MONTH.match(word) and low not in _BOUND and not low.endswith("ly")


def _before_verb(tokens: list[str]) -> list[str]:
    """The subject among the words before a clause's verb: those after a verb of saying ("Biden says 90% of adults
    will be", "the union said dock workers"), else those before the first verb ("Rahman famously beat Lennox Lewis to become")."""
    said = [i for i, t in enumerate(tokens) if t.islower() and lemma(t) in _SPEECH_LEMMAS]
    if said:
        return tokens[said[-1] + 1 :]
    inner = next((i for i in range(len(tokens)) if _is_verb(tokens, i)), None)
    return tokens if inner is None else tokens[:inner]


def _head(tokens: list[str]) -> str:
    """The head of a noun phrase: its last word that names something before "of" (names left out), or after it
    when what comes before is a share or number ("90% of adults", "ninety percent of adults": adults)."""
    if "of" in tokens:
        at = tokens.index("of")
        share = all(t in ("%", "percent", "per", "cent") or parse_number(t) is not None or t.lower() in _FUNCTION
                    for t in tokens[:at])
        tokens = tokens[at + 1 :] if share else tokens[:at]
    words = [t for t in tokens if t[:1].islower()]
    content = _content(words)
    return next((lemma(t) for t in reversed(words) if lemma(t) in content), "")


def _given_name(text: str, surname: str, before: int) -> frozenset[tuple[str, str]]:
    """The given name written before a surname earlier in the article ("Mark Felt" for a later "Felt")."""
    pattern = regex.compile(rf"\b(\p{{Lu}}[\p{{Ll}}\p{{M}}]+)\s+(?:\p{{Lu}}\.\s+)?{regex.escape(surname)}\b", regex.I)
    for match in reversed(list(pattern.finditer(text, 0, before))):
        given = match.group(1)
        if given[:1].isupper() and given.lower() not in _FUNCTION and not _WEEKDAY_OR_MONTH.match(given):
            return frozenset({(given.lower(), surname)})
    return frozenset()
