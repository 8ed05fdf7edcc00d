"""The clause a time expression belongs to, read without a parser: its predicate (the lemma of the head verb the
time modifies, or of an event noun in -ing), its subject (the noun phrase before that verb, a relative pronoun's
antecedent, the person a personal pronoun names in its sentence or the one before) and its aspect (a repeated or
ongoing event, a time that dates a saying). Used to tell which times of two articles date one event
(check/event_time.py)."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from factlint import lazyre

from factlint.extract.numbers import parse_number
from factlint.extract.clause_words import open_sentence, present_before_figure
from factlint.extract.sentences import sentence_at
from factlint.extract.subjects import (antecedent, before_verb, content, given_name, head_of, modifiers, names_of,
                                      nearby_person,
                                      segments)
from factlint.extract.verbs import (AUXILIARIES as _AUXILIARIES, BE as _BE, CLAUSE_WORDS as _CLAUSE_WORDS,
    DETERMINERS as _DETERMINERS, FUNCTION as _FUNCTION, IRREGULAR as _IRREGULAR, NOT_VERBS as _NOT_VERBS,
    SPEECH_LEMMAS as _SPEECH_LEMMAS, WEEKDAY_OR_MONTH as _WEEKDAY_OR_MONTH, is_verb as _is_verb, lemma)

# A hyphen, bar or bullet between spaces is a dash: it parts fields of a line ("Copyright 2016 by KSAT - All rights
# reserved", "Posted 6:10 PM | Updated"), as it parts clauses.
_TOKEN = lazyre.compile(r"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.:]*|[,;:()\"“”—–]|(?<=\s)[-|•](?=\s)")
_DASHES = frozenset("— – - | •".split())
# Ordinals that, before "time", say which occurrence a clause tells ("hosted for a second time"): one of several.
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
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
    object_names: frozenset[str] = frozenset()  # the names among `objects` ("placed Smith on injured reserve")
    modifiers: frozenset[str] = frozenset()  # the words beside the subject's head in its noun phrase


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
    open_sentence(text, tokens, at)
    # "On Saturday, ...": the time opens the sentence, the clause it dates follows the comma.
    opening = all(t.lower() in _FUNCTION for t in tokens[:at]) and tokens[at + 1 : at + 2] == [","]
    # The verb: the nearest before the time within its clause, else the nearest after it.
    bound = tokens[at - 1].lower() if at and tokens[at - 1].lower() in _ONE_BOUND else ""
    if not figure and at + 1 < len(tokens) and _event_noun(tokens, at + 1, at - 1):
        return _nominal(tokens, at + 1, at, bound)  # "the Wednesday shooting": the time dates the noun's event
    verb, index = None, at - 1 if bound else at
    while index > 0:
        index -= 1
        low = tokens[index].lower()
        opening_comma = _apposition(tokens, index) if low == "," else None
        if opening_comma is not None:
            index = opening_comma  # "shot by his friend, Cody Throneberry, 20, around 5 p.m. Thursday": dates "shot"
            continue
        if low in (",", ";", ":", "(", ")") or low in _DASHES or low in _CLAUSE_WORDS:
            break
        if not figure and _event_noun(tokens, index):
            return _nominal(tokens, index, at, bound)  # "after a shooting Sunday night", "in a fatal shooting on May 3"
        if (_is_verb(tokens, index) or (figure and index == at - 1 and present_before_figure(tokens, index))) \
                and _IRREGULAR.get(low, lemma(low)) not in _AUXILIARIES:
            verb = index
            break
    said_before = figure and verb is not None and lemma(tokens[verb]) in _SPEECH_LEMMAS and \
        not (verb == at - 1 and lemma(tokens[verb]) not in ("say", "tell"))
    if verb is None or said_before:
        # "Firefighters said 18 fire engines attended": a figure in what was said belongs to the verb after it.
        saying, verb = verb, None
        for index in range(at + 1, len(tokens)):
            low = tokens[index].lower()
            if low in (";", ":", "-", "|", "•") or (low == "," and not opening) or \
                    (low in _CLAUSE_WORDS and not opening):
                break
            if _is_verb(tokens, index) and _IRREGULAR.get(low, lemma(low)) not in _AUXILIARIES:
                verb = index
                break
        verb = saying if verb is None else verb
    if verb is None or (abs(verb - at) > _MAX_GAP + 1 and not opening):
        return None
    if figure and any(t in ("(", ")") for t in tokens[min(verb, at) : max(verb, at)]):
        return None  # a figure in brackets is no argument of the clause: "Klitschko (52-3, 46 knockouts) retained"
    if not figure and at + 1 < len(tokens) and _modified(tokens[at + 1], tokens[at - 1].lower() in _DETERMINERS if at else True):
        return None  # the time modifies a noun: "the 2020 census", "a 2016 Ford", "the Memorial Day holiday"
    predicate = lemma(tokens[verb]) + _manner(tokens, verb)
    # The clause's words around the verb and the time, for its aspect.
    first = min(verb, at - 1 if bound else at)
    while first > 0 and tokens[first - 1] not in (",", ";", ":") and tokens[first - 1].lower() not in _CLAUSE_WORDS:
        first -= 1
    last = max(verb, at)
    while last + 1 < len(tokens) and tokens[last + 1] not in (",", ";", ":") and \
            tokens[last + 1].lower() not in _CLAUSE_WORDS:
        last += 1
    window = [t.lower() for t in tokens[max(0, first - 1) : max(verb, at) + 1]]
    # A verb of saying right before a figure takes it as its object: "the US added 559,000 jobs", "posted a loss".
    takes_figure = figure and verb == at - 1 and predicate not in ("say", "tell")
    if predicate in _SPEECH_LEMMAS and not takes_figure:
        # One class of predicate: "said Wednesday he is considering ..." and "confirmed Wednesday that he is
        # considering ..." tell one saying (what was said decides, see `said`).
        aspect, predicate = Aspect.SAYING, "say"
    elif any(t.lower() in _NEGATIONS or t.lower().endswith("n't") for t in tokens[first : last + 1]):
        aspect = Aspect.NEGATED
    elif any(w in _REPEATED for w in window) or tokens[verb].lower().endswith("ing") or _state(tokens, verb, bound) or \
            _occurrence(tokens[first : last + 1]) or \
            (at > 0 and tokens[at - 1].lower() in _BOUND - _ONE_BOUND) or _range_end(tokens, first, at) or \
            (at + 1 < len(tokens) and tokens[at + 1].lower() in _UNTIL):
        aspect = Aspect.REPEATED
    else:
        aspect = Aspect.ONCE
    # The subject: the words of the clause before the verb up to another verb; else, walking back over commas and
    # relative pronouns, the nearest phrase that names something ("LaRue, who ..., died"; "his father, Rulon
    # Jeffs, died"; "Fekede, 53, who came").
    subject_tokens = [t for t in tokens[first:verb] if t != "@TIME"]
    subject_tokens = before_verb(subject_tokens)
    if not content(subject_tokens) and first > 0 and tokens[first - 1].lower() in _RELATIVES:
        subject_tokens = antecedent(tokens[: first - 1])
    elif not content(subject_tokens) and first > 0 and tokens[first - 1] == ",":
        # "LaRue, a top Nixon aide who ..., died", "his father, Rulon Jeffs, died": the sentence's opening noun
        # phrase, with the names of the phrases in commas after it that hold no verb (appositions).
        runs = [run for run in segments(tokens[:first]) if run and not any(_is_verb(run, i) for i in range(len(run)))]
        if runs:
            subject_tokens = runs[0] + [t for run in runs[1:] for t in [","] + run if t[:1].isupper() or t == ","]
    subject = content(subject_tokens)
    names = names_of(subject_tokens)
    extra_given: frozenset[tuple[str, str]] = frozenset()
    if not subject and any(t.lower() in _PRONOUNS for t in subject_tokens):
        extra_given = nearby_person(text, lo, left[0][1] if left else start)
        names = subject = frozenset(name for pair in extra_given for name in pair)
    elif len(names) == 1:
        extra_given = given_name(text, next(iter(names)), left[0][1] if left else start)
        names = names | {first_name for first_name, _ in extra_given}
    head = head_of(subject_tokens)
    between = tokens[verb + 1 : at] if verb < at else tokens[verb + 1 : last + 1]
    given = frozenset((first_name, last_name) for first_name, last_name in zip(subject_tokens, subject_tokens[1:])
                      if first_name[:1].isupper() and last_name[:1].isupper() and first_name.lower() in names)
    given = frozenset((a.lower(), b.lower()) for a, b in given) | extra_given
    said = content([t for t in tokens[max(verb, at) + 1 : max(verb, at) + 1 + _SAID_WORDS] if t.islower()]) \
        if aspect is Aspect.SAYING else frozenset()
    counts = frozenset(parse_number(t) for t in subject_tokens if parse_number(t) is not None)
    return ClauseEvent(predicate, tokens[verb], subject | names, names, given, head, counts, content(between), said,
                       bound, aspect, names_of([t for t in between if t != "@TIME"]), modifiers(subject_tokens))


def _event_noun(tokens: list[str], index: int, determiner: int | None = None) -> bool:
    """Whether tokens[index] is an event told by a noun in -ing after a determiner, with at most one word between
    ("a shooting", "the fatal shooting"; `determiner`: where the determiner must stand, "the Wednesday shooting")."""
    word = tokens[index]
    if not (word.islower() and word.isalpha() and word.endswith("ing") and len(word) > 5 and word not in _NOT_VERBS):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if following.islower() and following.isalpha() and following not in _FUNCTION and following not in _CLAUSE_WORDS:
        return False  # a modifier of the noun after it: "his racketeering trial", "a shooting victim"
    if determiner is not None:
        return determiner >= 0 and tokens[determiner].lower() in _DETERMINERS
    before = [t.lower() for t in tokens[max(0, index - 2) : index]]
    return bool(before) and (before[-1] in _DETERMINERS or (len(before) == 2 and before[0] in _DETERMINERS
                                                            and before[1].isalpha() and before[1] not in _FUNCTION))


def _nominal(tokens: list[str], noun: int, at: int, bound: str) -> ClauseEvent:
    """The event a noun tells ("a shooting Sunday"): its lemma is predicate and subject, marked apart from the verb's
    ("the shoot"), so that it meets only the same noun; the words between noun and time are its objects, the names
    in its clause after them its object names too."""
    between = [t for t in (tokens[noun + 1 : at] if noun < at else []) if t != "@TIME"]
    after = []  # the names after the time in its clause: "a shooting Sunday at Douglass Park"
    for token in tokens[max(noun, at) + 1 :]:
        if token in (",", ";", ":", "(", ")") or token in _DASHES or token.lower() in _CLAUSE_WORDS:
            break
        after.append(token)
    head = lemma(tokens[noun])
    window = [t.lower() for t in tokens[min(noun, at) : max(noun, at) + 1]]
    repeated = any(w in _REPEATED for w in window) or _occurrence(window) or \
        any(w in _NEGATIONS for w in window) or (at > 0 and tokens[at - 1].lower() in _BOUND - _ONE_BOUND) or \
        _range_end(tokens, min(noun, at), at) or (at + 1 < len(tokens) and tokens[at + 1].lower() in _UNTIL)
    adjective = tokens[noun - 1] if noun and tokens[noun - 1].islower() and tokens[noun - 1] not in _DETERMINERS else ""
    return ClauseEvent("the " + head, tokens[noun], frozenset({head}), frozenset(), frozenset(), head, frozenset(),
                       content(between), frozenset(), bound, Aspect.REPEATED if repeated else Aspect.ONCE,
                       names_of(between + after), content([adjective]) if adjective else frozenset())


def _occurrence(tokens: list[str]) -> bool:
    """Whether the clause says which of several occurrences it tells: an ordinal before "time" ("for a second time",
    "the first time"), so that its time dates one of several."""
    return any(a.lower() in _ORDINALS and b.lower() in ("time", "times") for a, b in zip(tokens, tokens[1:]))


def _manner(tokens: list[str], verb: int) -> str:
    """What narrows a passive verb to another event: an adverb in -ly beside it ("were fatally shot") or the word
    that completes it ("were shot dead", "was found dead"). "Three people were shot dead" and "four people were
    shot" count two things (the killed, everyone hit); "will finally hold" is one event."""
    before = tokens[verb - 1].lower() if verb else ""
    after = tokens[verb + 1].lower() if verb + 1 < len(tokens) else ""
    adverb = before.endswith("ly") and before.isalpha()
    auxiliary = tokens[verb - 2 if adverb else verb - 1].lower() if verb > (1 if adverb else 0) else ""
    if auxiliary not in _BE | {"got"}:
        return ""
    if adverb and before not in _FUNCTION:
        return " " + before
    if after.endswith("ly") and after.isalpha() and after not in _FUNCTION:
        return " " + after
    if after.isalpha() and after.islower() and after not in _FUNCTION and after not in _CLAUSE_WORDS \
            and not _WEEKDAY_OR_MONTH.match(after):
        return " " + after
    return ""


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


def _modified(word: str, determined: bool) -> bool:
    """Whether a word after a time makes the time a modifier of a noun: a lowercase content word, not a participle
    ("exploded late Friday killing two") unless a determiner stands before the time ("the Dec. 6 killing")."""
    low = word.lower()
    if low.endswith(("ing", "ed")) and not determined:
        return False
    return word[:1].isalpha() and word.islower() and low not in _FUNCTION and low not in _CLAUSE_WORDS \
        and not _WEEKDAY_OR_MONTH.match(word) and low not in _BOUND and not low.endswith("ly")


