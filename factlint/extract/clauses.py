"""The clause a time expression belongs to, read without a parser: its predicate (the lemma of the head verb the
time modifies), its subject (the noun phrase before that verb, a relative pronoun's antecedent, a personal pronoun's
last named person) and its aspect (a repeated or ongoing event, a time that dates a saying). Used to tell which
times of two articles date one event (check/event_time.py)."""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

import regex

from factlint.extract.sentences import sentence_at

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*|\d[\d,.:]*|[,;:()\"“”—–]")
# Past tenses and participles that do not end in -ed, with their lemma (a closed class of English).
_IRREGULAR = {form: lemma for lemma, forms in {
    "be": "was were been being is are am", "have": "had has having", "do": "did done does doing",
    "become": "became becomes becoming", "begin": "began begun begins", "break": "broke broken",
    "bring": "brought", "build": "built", "buy": "bought", "catch": "caught", "choose": "chose chosen",
    "come": "came comes coming", "cut": "cuts cutting", "draw": "drew drawn", "drive": "drove driven",
    "eat": "ate eaten", "fall": "fell fallen", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled",
    "fly": "flew flown", "forget": "forgot forgotten", "freeze": "froze frozen", "get": "got gotten",
    "give": "gave given", "go": "went gone goes", "grow": "grew grown", "hang": "hung", "hear": "heard",
    "hide": "hid hidden", "hit": "hits hitting", "hold": "held", "hurt": "hurts", "keep": "kept", "know": "knew known",
    "lay": "laid", "lead": "led", "leave": "left", "lend": "lent", "lie": "lay lain", "light": "lit", "lose": "lost",
    "make": "made", "mean": "meant", "meet": "met", "pay": "paid", "put": "puts putting", "quit": "quits",
    "ride": "rode ridden", "ring": "rang rung", "rise": "rose risen", "run": "ran", "say": "said", "see": "saw seen",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "sets setting", "shake": "shook shaken",
    "shoot": "shot", "shut": "shuts", "sing": "sang sung", "sink": "sank sunk", "sit": "sat", "sleep": "slept",
    "speak": "spoke spoken", "spend": "spent", "stand": "stood", "steal": "stole stolen", "stick": "stuck",
    "strike": "struck stricken", "swear": "swore sworn", "take": "took taken", "teach": "taught",
    "tear": "tore torn", "tell": "told", "think": "thought", "throw": "threw thrown", "understand": "understood",
    "wake": "woke woken", "wear": "wore worn", "win": "won", "beat": "beaten beats", "write": "wrote written", "withdraw": "withdrew withdrawn",
    "overturn": "overturned", "undergo": "underwent undergone", "uphold": "upheld", "arise": "arose arisen",
    "bear": "bore born borne", "bid": "bids", "bind": "bound", "bleed": "bled", "feed": "fed", "forbid": "forbade",
    "forgive": "forgave forgiven", "hurl": "hurled", "slay": "slew slain", "spread": "spreads", "split": "splits",
}.items() for form in forms.split()}
_AUXILIARIES = frozenset({"be", "have", "do", "get"})
_BASES = frozenset(_IRREGULAR.values())
# Verbs whose past is their base form ("beat Lewis in 2001"), unless a determiner makes them a noun ("a set").
_SAME_PAST = frozenset("beat cut hit put set shut quit spread hurt cost let bid split burst cast".split())
_DETERMINERS = frozenset("a an the this that these those his her its their our my your no each every".split())
# Words after which the next word is a verb's base form ("will vote", "to be voted", "did not").
_MODALS = frozenset("will would shall should can could may might must did does do".split())
# Words ending in -ed, -ing or -s that are rarely a verb of a clause.
_NOT_VERBS = frozenset("""red bed need seed speed feed hundred indeed united related based interested concerned
    supposed limited proceed succeed exceed breed shed wed sled fled bred steed reed weed creed greed deed heed
    morning evening during anything something nothing everything thing things king ring spring string building
    wedding meeting hearing ceiling according including following regarding""".split())
_SPEECH = frozenset("""say tell add stress explain note continue write ask reply insist declare announce warn argue
    acknowledge emphasize emphasise indicate comment recall urge hail thank express praise commend tweet post report
    confirm claim state estimate""".split())
_PRONOUNS = frozenset("he she him her his hers".split())
_RELATIVES = frozenset("who which that whom whose".split())
# Words that end the clause of a time on their side: a new clause starts after them.
_CLAUSE_WORDS = frozenset("""and but or while whereas because although though when where after before as if unless
    since until so yet who which whom whose that""".split())
# Words saying an event repeats or goes on: its times are several, not one.
_REPEATED = frozenset("""since until till throughout every each again daily weekly monthly annually yearly usually
    often regularly sometimes twice thrice repeatedly still continues continued continuing ongoing remain remains
    remained stay stays stayed""".split())
# Words that deny the event: a clause saying what did not happen dates nothing ("no one answered the door Monday").
_NEGATIONS = frozenset("no not never nobody none nothing n't cannot".split())
# The most words between a verb and the time it dates ("was sentenced to life in a Texas prison on Tuesday").
_MAX_GAP = 8
# Words right before a time that make it a bound of a span, not the time of the event: "from Monday", "by Friday".
_BOUND = frozenset("from between by through till until since to and or".split())
_FUNCTION = frozenset("""a an the of in on at to for and or but by with from as is was were be been being has had
    have that this these those which who whom whose it its their his her they he she him them we our us i me my you
    your there here not no also just then than into onto over under about after before during while when where
    what why how early late last next this first second around near across against among along some any all
    more most other another such only own same so very mr mrs ms dr said says will would could should may might
    must can shall did do does via amid despite following outside inside within without toward towards upon
    per except like through throughout up down off out back""".split())
_WEEKDAY_OR_MONTH = regex.compile(
    r"(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|"
    r"yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|midnight|weekend|week|month|year|years|day|"
    r"days|gmt|bst|edt|est|am|pm)\.?$")
_BE = frozenset("is are was were be been being am".split())


class Aspect(enum.Enum):
    """What a clause says of its event's time: one occurrence, a repeated or ongoing event, or a saying."""

    ONCE = "once"
    REPEATED = "repeated"
    NEGATED = "negated"
    SAYING = "saying"


@dataclass(frozen=True)
class ClauseEvent:
    """The event a time expression dates: the lemma of its predicate (`verb` as written), the words, names and head
    of its subject, the words between the verb and the time (its objects and places) and its aspect."""

    predicate: str
    verb: str
    subject: frozenset[str]
    names: frozenset[str]
    head: str
    objects: frozenset[str]
    aspect: Aspect


def lemma(word: str) -> str:
    """A verb's lemma, or near enough that two forms of one verb meet: irregular forms by table, else without
    -ed, -ing, -s (a doubled last consonant undone, a final e dropped on both sides)."""
    word = word.lower().replace("’", "'")
    if word in _IRREGULAR:
        word = _IRREGULAR[word]
    else:
        for suffix in ("ied", "ies"):
            if word.endswith(suffix):
                return word[:-3] + "y" if len(word) > 4 else word[:-2]  # "carried"; "died", "lies"
        for suffix in ("ed", "ing", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]
                break
    return word[:-1] if word.endswith("e") and len(word) >= 3 else word


_SPEECH_LEMMAS = frozenset(lemma(word) for word in _SPEECH)


def _is_verb(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] reads as a verb: a past form (irregular or -ed), or a word after a modal or "to"."""
    word = tokens[index]
    low = word.lower()
    if not word[:1].isalpha() or low in _NOT_VERBS or _WEEKDAY_OR_MONTH.match(word):
        return False
    if word[:1].isupper():
        return False  # a name ("Fred"), or a heading's first word ("Published May 5")
    if low in _IRREGULAR and not low.endswith("s"):
        return True
    previous = tokens[index - 1].lower() if index else ""
    if low in _SAME_PAST and previous not in _DETERMINERS:
        return True
    if low.endswith("ed") and len(low) >= 4:
        return True
    if low.endswith("ing") and previous in _BE:
        return True  # a progressive: "were marching"
    if previous == "to":  # "to become", "to be": a verb's base form, not "to life", "to America"
        return low in _BASES
    return previous in _MODALS and low not in _FUNCTION


def _content(tokens: list[str]) -> frozenset[str]:
    """The lemmas of the words that name something (not function words, times or adverbs in -ly)."""
    return frozenset(lemma(t) for t in tokens if t[:1].isalpha() and t.lower() not in _FUNCTION
                     and not (t.islower() and t.endswith("ly")) and not any(c.isdigit() for c in t)
                     and "-old" not in t.lower()
                     and not _WEEKDAY_OR_MONTH.match(t) and t.lower() not in _CLAUSE_WORDS)


def _names(tokens: list[str]) -> frozenset[str]:
    """The capitalized words (a sentence's first word too, unless a function word)."""
    return frozenset(t.lower() for t in tokens if t[:1].isupper() and t.lower() not in _FUNCTION
                     and t.lower() not in _CLAUSE_WORDS and not _WEEKDAY_OR_MONTH.match(t))


def _last_person(text: str, before: int) -> frozenset[str]:
    """The last name of the last two-word capitalized name written before an offset (what "he" or "she" most
    likely names), within the 600 characters before."""
    found = list(_FULL_NAME.finditer(text, max(0, before - 600), before))
    return frozenset({found[-1].group(2).lower()}) if found else frozenset()


_FULL_NAME = regex.compile(r"\b(\p{Lu}[\p{Ll}\p{M}]+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+)\b")


def clause_event(text: str, start: int, end: int) -> ClauseEvent | None:
    """The event of the clause that text[start:end] (a time expression) dates; None when no verb is found."""
    return _clause_event(text, start, end)


@functools.lru_cache(maxsize=4096)
def _clause_event(text: str, start: int, end: int) -> ClauseEvent | None:
    lo, hi = sentence_at(text, start)
    left = [(m.group(), m.start()) for m in _TOKEN.finditer(text, lo, start)]
    right = [(m.group(), m.start()) for m in _TOKEN.finditer(text, end, hi)]
    tokens = [t for t, _ in left] + ["@TIME"] + [t for t, _ in right]
    at = len(left)
    opening = all(t.lower() in _FUNCTION for t in tokens[:at])  # "On Saturday, ...": the time opens the sentence
    # The verb: the nearest before the time within its clause, else the nearest after it.
    verb = None
    for index in range(at - 1, -1, -1):
        low = tokens[index].lower()
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
    if at + 1 < len(tokens) and _modified(tokens[at + 1]):
        return None  # the time modifies a noun: "the 2020 census", "a 2016 Ford", "the Memorial Day holiday"
    predicate = lemma(tokens[verb])
    # The clause's words around the verb and the time, for its aspect.
    first = min(verb, at)
    while first > 0 and tokens[first - 1] not in (",", ";", ":") and tokens[first - 1].lower() not in _CLAUSE_WORDS:
        first -= 1
    last = max(verb, at)
    while last + 1 < len(tokens) and tokens[last + 1] not in (",", ";", ":") and \
            tokens[last + 1].lower() not in _CLAUSE_WORDS:
        last += 1
    window = [t.lower() for t in tokens[max(0, first - 1) : max(verb, at) + 1]]
    if predicate in _SPEECH_LEMMAS:
        aspect = Aspect.SAYING
    elif any(t.lower() in _NEGATIONS or t.lower().endswith("n't") for t in tokens[first : last + 1]):
        aspect = Aspect.NEGATED
    elif any(w in _REPEATED for w in window) or tokens[verb].lower().endswith("ing") or \
            (at > 0 and tokens[at - 1].lower() in _BOUND) or (at + 1 < len(tokens) and tokens[at + 1].lower() in _BOUND):
        aspect = Aspect.REPEATED
    else:
        aspect = Aspect.ONCE
    # The subject: the words of the clause before the verb up to another verb; else, walking back over commas and
    # relative pronouns, the nearest phrase that names something ("LaRue, who ..., died"; "his father, Rulon
    # Jeffs, died"; "Fekede, 53, who came").
    subject_tokens = [t for t in tokens[first:verb] if t != "@TIME"]
    inner = next((i for i in range(len(subject_tokens)) if _is_verb(subject_tokens, i)), None)
    if inner is not None:
        subject_tokens = subject_tokens[:inner]
    stop = first - 1
    for _ in range(5):
        if _content(subject_tokens) or stop < 0 or tokens[stop] not in (",", "(") and \
                tokens[stop].lower() not in _RELATIVES:
            break
        begin = stop
        while begin > 0 and tokens[begin - 1] not in (",", ";", ":", "(") and \
                tokens[begin - 1].lower() not in _CLAUSE_WORDS:
            begin -= 1
        subject_tokens = [t for t in tokens[begin:stop] if t != "@TIME"]
        inner = next((i for i in range(len(subject_tokens)) if _is_verb(subject_tokens, i)), None)
        if inner is not None:
            subject_tokens = subject_tokens[:inner]
        stop = begin - 1
    subject = _content(subject_tokens)
    names = _names(subject_tokens)
    if not subject and any(t.lower() in _PRONOUNS for t in subject_tokens):
        names = _last_person(text, left[0][1] if left else start)
        subject = names
    elif len(names) == 1:
        names = names | _given_name(text, next(iter(names)), left[0][1] if left else start)
    head = _head(subject_tokens) or (min(names) if len(names) == 1 else "")
    between = tokens[verb + 1 : at] if verb < at else tokens[verb + 1 : last + 1]
    return ClauseEvent(predicate, tokens[verb], subject | names, names, head, _content(between), aspect)


def _modified(word: str) -> bool:
    """Whether a word after a time makes the time a modifier of a noun: a lowercase content word."""
    low = word.lower()
    return word[:1].isalpha() and word.islower() and low not in _FUNCTION and low not in _CLAUSE_WORDS \
        and not _WEEKDAY_OR_MONTH.match(word) and low not in _BOUND and not low.endswith("ly")


def _head(tokens: list[str]) -> str:
    """The head of a noun phrase: its last word that names something before "of" (names left out)."""
    if "of" in tokens:
        tokens = tokens[: tokens.index("of")]
    words = [t for t in tokens if t[:1].islower()]
    content = _content(words)
    return next((lemma(t) for t in reversed(words) if lemma(t) in content), "")


def _given_name(text: str, surname: str, before: int) -> frozenset[str]:
    """The given name written before a surname earlier in the article ("Mark Felt" for a later "Felt")."""
    pattern = regex.compile(rf"\b(\p{{Lu}}[\p{{Ll}}\p{{M}}]+)\s+(?:\p{{Lu}}\.\s+)?{regex.escape(surname)}\b", regex.I)
    for match in reversed(list(pattern.finditer(text, 0, before))):
        given = match.group(1)
        if given[:1].isupper() and given.lower() not in _FUNCTION and not _WEEKDAY_OR_MONTH.match(given):
            return frozenset({given.lower()})
    return frozenset()
