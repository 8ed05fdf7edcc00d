"""Who is named as a person: full names said to be people by a title before them ("Foreign Minister Ararat
Mirzoyan", a role misspelt by one letter included), a byline, an apposition, a speech verb (said of the full name,
or of its last name alone later: "Striker Leo Banks scored. ... Banks said"), or an "X and Y" beside a known person;
and the capitalized titles met before names. Headlines in title case say nothing of names."""

from __future__ import annotations

import functools
from typing import Iterator

import regex

from factlint import lazyre
from factlint.extract.spans import line_matches, folded, matches_at, occurrences
from factlint.extract.venues import HEADS, without_possessive
from factlint.extract.verbs import CLAUSE_WORDS, FUNCTION, MODALS
from factlint.rulebook.spelling import common_english, nearest_within_one_edit

# Words for what a person is, which stand right before the name ("counterpart Jeyhun Bayramov").
ROLES = (
    "prime minister", "foreign minister", "minister", "secretary-general", "secretary", "adviser", "advisor",
    "spokesperson", "spokesman", "spokeswoman", "vice president", "president-elect", "president", "premier",
    "chancellor", "governor", "mayor", "senator", "sen.", "rep.", "representative", "congressman",
    "congresswoman", "ambassador", "envoy", "director", "chief executive", "chief", "commissioner",
    "chairman", "chairwoman", "ceo", "counterpart", "leader", "judge", "justice", "sheriff", "detective",
    "sergeant", "sgt.", "lieutenant", "lt.", "captain", "capt.", "officer", "king", "queen", "prince",
    "princess", "pope", "archbishop", "bishop", "rev.", "dr.", "mr.", "mrs.", "ms.", "coach", "manager",
    "lawyer", "attorney", "prosecutor", "professor", "prof.", "economist", "analyst", "deputy", "founder",
    "candidate", "nominee", "colonel", "col.", "gen.", "general", "admiral", "superintendent", "trooper",
    "inspector", "constable", "official", "aide", "diplomat", "correspondent", "spokesperson", "commander",
    "speaker", "lawmaker", "mp", "councillor", "councilman", "councilwoman", "victim", "suspect", "student",
    "challenger", "incumbent", "gov.",
)
HONORIFICS = frozenset({"dr.", "mr.", "mrs.", "ms.", "dr", "mr", "mrs", "ms", "sir", "dame"})
# Capitalized words that are never part of a person's name.
NOT_NAME = frozenset(
    """the a an in on at by for from with and but or of to as it he she they we i this that these
    those his her their our its if when after before during while read more also who what where
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december state states foreign national security affairs
    defense defence homeland interior justice treasury health finance government united nations
    kingdom republic federal police army press news update breaking photo video later then now
    meanwhile however still yet earlier today yesterday tomorrow so here there although since because
    while once instead moreover finally first last next both neither either each every many some
    fund committee project order post times journal herald tribune gazette chronicle daily weekly reuters associated radio tv""".split()
) | HEADS | frozenset(r.rstrip(".") for r in ROLES if " " not in r)
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stressed|stresses|explained|noted|continued|wrote|writes|asked|"
    "replied|insisted|declared|announced|warned|argued|acknowledged|emphasized|emphasised|indicated|"
    "commented|recalled|urged|insisted|hailed|thanked|expressed|praised|commended|tweeted|posted"
)
# One capitalized word of a name ("Mirzoyan", "O'Brien", "McDonald", "Aponte-Holmes").
TOKEN = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)*"
_PART = rf"(?:{TOKEN}|\p{{Lu}}\.)"
_NAME = rf"(?<![\p{{L}}\d_@#.])(?:{TOKEN})(?:[ \t]+(?:(?:de|da|van|von|der|bin|al|el|di|du)[ \t]+)?{_PART}){{1,3}}(?![\p{{L}}\d_@])"
_ROLE = "|".join(regex.escape(r).replace(r"\ ", r"[ \t]+") for r in sorted(set(ROLES), key=len, reverse=True))
_MODIFIER = r"(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.)+|(?i:former|acting|deputy|vice|senior|assistant|interim))"
ROLE_WORD = lazyre.compile(rf"(?<![\p{{L}}])(?i:{_ROLE})(?P<plural>s)?(?![\p{{L}}])")
# After the role: an optional "of State", then the name ("Secretary of State Antony Blinken").
_AFTER_ROLE = lazyre.compile(
    rf"(?P<of>[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}[\p{{L}}]+(?:[ \t]+\p{{Lu}}[\p{{L}}]+){{0,2}})?[ \t]*,?[ \t]+(?P<name>{_NAME})"
)
_MODIFIERS_BEFORE = lazyre.compile(rf"(?:{_MODIFIER}[ \t]+){{1,4}}$")
_MODIFIER_REACH = 80
_BYLINE = lazyre.compile(rf"(?m)^[ \t]*By[ \t]+(?P<name>{_NAME})")
_APPOSITION = lazyre.compile(rf"(?P<name>{_NAME}),[ \t]+(?:his|her|their|who|aged|\d{{1,3}},"
                             # "Julia Bird, a spokeswoman for the festival": a role in apposition.
                             rf"|(?:a|an|the)[ \t]+(?:\p{{Ll}}[\p{{L}}-]*[ \t]+){{0,2}}?(?i:{_ROLE})s?\b)")
_SPEAKS = lazyre.compile(rf"(?P<name>{_NAME})[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+)?(?:{SPEECH_VERBS})\b")
# "… ," said a sobbing Sandra Aponte Holmes / told Jane Doe: the one spoken of after a speech verb.
_SAID_BY = lazyre.compile(rf"\b(?:{SPEECH_VERBS})[ \t]+(?:(?:a|an|the)[ \t]+(?:\p{{Ll}}+[ \t]+){{0,2}})?(?P<name>{_NAME})")
# A last name alone as the one who speaks: "Banks said", "said Banks." (no capitalized word beside it).
_ALONE = r"(?<![\p{L}\d_@#.'’-])(?<!\p{Lu}[\p{L}'’-]*[ \t]+)"
_SURNAME_SPEAKS = lazyre.compile(
    rf"{_ALONE}(?P<surname>{TOKEN})[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+)?(?:{SPEECH_VERBS})\b")
_SAID_BY_SURNAME = lazyre.compile(rf"\b(?:{SPEECH_VERBS})[ \t]+(?P<surname>{TOKEN})(?=[ \t]*[.,;:!?\n])")
# What each pattern holds, found by a plain find so that only the lines (or offsets) holding it are searched.
_SPEECH_VERB_WORDS = tuple(SPEECH_VERBS.split("|"))
_APPOSED = lazyre.compile(r",[ \t]+(?:his|her|their|who|aged|\d|an?[ \t]|the[ \t])")
_ROLE_FIRST_WORDS = tuple(sorted({role.split()[0] for role in ROLES}))
_PAIR = lazyre.compile(rf"(?P<a>{_NAME})[ \t]+and[ \t]+(?P<b>{_NAME})")
_NON_SPACE = lazyre.compile(r"\S+")
_NICKNAMED = lazyre.compile(rf"(?<![\p{{L}}\d_@#.])(?P<given>{TOKEN})[ \t]+(?:\({TOKEN}\)|[\"“]{TOKEN}[\"”])[ \t]+"
                            rf"(?P<surname>{TOKEN})(?![\p{{L}}\d_@])")
# Role words long enough that one changed letter still says which role is meant ("Cheef", "Commender").
_FUZZY_ROLES = tuple(sorted({r for r in ROLES if " " not in r and "." not in r and len(r) >= 5}))
_ROLE_SET = frozenset(r.rstrip(".") for r in ROLES)
_CAPITALIZED = lazyre.compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}{4,15}(?![\p{L}\d'’-])")


@functools.lru_cache(maxsize=8192)
def misspelt_role(word: str) -> str:
    """The role a capitalized word misspells by one letter ("Cheef" -> "chief"), or '' for a role, an English word
    ("Chef", "Major") or anything else."""
    low = word.lower()
    if low in _ROLE_SET or len(low) < 5:
        return ""
    role = nearest_within_one_edit(low, _FUZZY_ROLES)
    return role if role and not common_english(low) else ""


_AFFILIATION = lazyre.compile(r"^(?:\p{Lu}\.?(?:\p{Lu}\.?)+|\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch)|\p{Lu}\p{L}+['’]s)$")

_INITIAL = lazyre.compile(r"\p{Lu}\.")


def _clean(name: str) -> str:
    """A name without a possessive ending, a leading "Sir" or a trailing initial."""
    name = without_possessive(name)
    parts = name.split()
    while len(parts) > 2 and (parts[0].lower() in HONORIFICS or misspelt_role(parts[0])):
        parts.pop(0)
    while len(parts) > 1 and _INITIAL.fullmatch(parts[-1]):
        parts.pop()
    return " ".join(parts)


def _is_name(name: str) -> bool:
    parts = name.split()
    return len(parts) >= 2 and not any(p.lower().rstrip(".,’'s") in NOT_NAME for p in parts)


def _core_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalized title without leading affiliations ("US", "Armenian") or trailing honorifics ("Dr.")."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    while words and not words[0].group()[:1].isupper():
        words.pop(0)
    while len(words) > 1 and _AFFILIATION.match(words[0].group()) and words[0].group().lower() not in ROLES:
        words.pop(0)
    while words and words[-1].group().lower() in HONORIFICS:
        words.pop()
    if not words or not words[-1].group()[:1].isupper() or words[0].group().lower() in HONORIFICS:
        return None
    return start + words[0].start(), start + words[-1].end()


_HEADLINE_MAX = 300  # characters; no headline is longer


def _headline(text: str, at: int) -> bool:
    """Whether the line holding `at` is set in title case ("Greg Abbott Bans Vaccine Mandates"): its capitals
    say nothing about names."""
    # Looking no further than a headline can reach keeps this O(1) per call on a paragraph of megabytes.
    reach_start = max(0, at - _HEADLINE_MAX)
    line_start = text.rfind("\n", reach_start, at) + 1 or reach_start
    line_end = text.find("\n", at, at + _HEADLINE_MAX + 1)
    line_end = line_end if line_end >= 0 else min(len(text), at + _HEADLINE_MAX + 1)
    if line_start > 0 and text[line_start - 1] != "\n" or line_end - line_start > _HEADLINE_MAX:
        return False
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in ".!?\"”’»:":
        return False  # headlines do not end as sentences do
    alphabetic = [w for w in _NON_SPACE.findall(line) if w[:1].isalpha()]
    return len(alphabetic) >= 4 and sum(w[:1].isupper() for w in alphabetic) >= 0.7 * len(alphabetic)


def find_full_names(text: str, start: int) -> tuple[dict[str, str], list[tuple[int, int, str]]]:
    """Full names said to be people (by a title, byline, apposition, speech verb or nickname), each with the name it
    writes (a form with a nickname stands for the name without it), and the titles met."""
    names: dict[str, str] = {}
    titles: list[tuple[int, int, str]] = []
    lower = folded(text)
    roles = (ROLE_WORD.finditer(text, start) if lower is None
             else matches_at(ROLE_WORD, text, occurrences(lower, _ROLE_FIRST_WORDS, start), start))
    # A role misspelt by one letter ("Police Cheef Mark Gibson") is still a title, so that title-variants sees it.
    misspelt = [m for m in _CAPITALIZED.finditer(text, start) if misspelt_role(m.group())]
    for role_start, role_end, role_text, plural in (
            *((r.start(), r.end(), r.group(), bool(r.group("plural"))) for r in roles),
            *((m.start(), m.end(), m.group(), False) for m in misspelt)):
        match = _AFTER_ROLE.match(text, role_end)
        if not match:
            continue
        name = _clean(match.group("name"))
        if not _is_name(name) or _headline(text, role_start):
            continue
        names.setdefault(name, name)
        modifiers = _MODIFIERS_BEFORE.search(text, max(start, role_start - _MODIFIER_REACH), role_start)
        title_start = modifiers.start() if modifiers else role_start
        title_end = match.end("of") if match.group("of") else role_end
        core = _core_title(text, title_start, title_end)
        if core and role_text[:1].isupper() and not plural:
            titles.append((core[0], core[1], name))
    verbs = occurrences(text, _SPEECH_VERB_WORDS, start)
    found = (line_matches(_BYLINE, text, occurrences(text, ("By",), start), start),
             line_matches(_APPOSITION, text, [m.start() for m in _APPOSED.finditer(text, start)], start),
             line_matches(_SPEAKS, text, verbs, start), matches_at(_SAID_BY, text, verbs, start))
    for matches in found:
        for match in matches:
            name = _clean(match.group("name"))
            if _is_name(name) and not _headline(text, match.start("name")):
                names.setdefault(name, name)
    # A nickname in brackets or quotes between a given name and a surname says a person is named ("Dontay (Tae)
    # Gordon", 'Susan "Pixie" Gouaux'): the name is the given name and surname, the written form stands for it.
    for match in _NICKNAMED.finditer(text, start):
        name = f"{match.group('given')} {match.group('surname')}"
        if _is_name(name) and not _headline(text, match.start()):
            names.setdefault(name, name)
            names.setdefault(match.group(), name)
    # "X and Y" where one of them is known to be a person makes the other one a person too.
    for match in _pairs(text, start, names):
        a, b = _clean(match.group("a")), _clean(match.group("b"))
        if (a in names or b in names) and _is_name(a) and _is_name(b) and not _headline(text, match.start()):
            names.setdefault(a, a)
            names.setdefault(b, b)
    _add_speaking_surnames(text, start, verbs, names)
    return names, titles


# Words that open a sentence before a last name without being a given name ("Had Woodward known").
_NOT_GIVEN = FUNCTION | CLAUSE_WORDS | MODALS


def _add_speaking_surnames(text: str, start: int, verbs: list[int], names: dict[str, str]) -> None:
    """A last name standing alone as the one who speaks ("…," Banks said) makes the given name and last name written
    together before it a person's name ("Striker Leo Banks scored twice": Leo Banks): the nearest such pair, unless
    a name already known ends with that word."""
    known = {name.split()[-1] for name in names}
    written: dict[str, list[regex.Match]] = {}  # each surname's pairs, found once (it may speak many times)
    for match in (*line_matches(_SURNAME_SPEAKS, text, verbs, start), *matches_at(_SAID_BY_SURNAME, text, verbs, start)):
        surname = without_possessive(match.group("surname"))
        if surname in known or surname.lower() in NOT_NAME or _headline(text, match.start()):
            continue
        if surname not in written:
            pattern = regex.compile(rf"(?<![\p{{L}}\d_@#.])(?P<given>{TOKEN})[ \t]+{regex.escape(surname)}(?![\p{{L}}\d_@])")
            written[surname] = [m for m in pattern.finditer(text, start) if not _headline(text, m.start())]
        pairs = [m for m in written[surname] if m.end() <= match.start()]
        for pair in reversed(pairs):
            name = f"{pair.group('given')} {surname}"
            given = pair.group("given").lower()
            if given not in HONORIFICS and given not in _NOT_GIVEN and _is_name(name):
                names.setdefault(name, name)
                known.add(surname)
                break


# Past this many known people every line is searched: asking each line for each name would cost more.
_PAIR_LINE_NAMES = 64


def _pairs(text: str, start: int, names: dict[str, str]) -> Iterator[regex.Match]:
    """The matches of _PAIR, as a search of text[start:] finds them, on the lines that may hold a pair with a known
    name: the lines holding the last word of a name known when they are reached (`names` grows as pairs are taken).
    A pair never crosses a line, and a name in one is written with its last word."""
    while start <= len(text) and names:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(names) > _PAIR_LINE_NAMES or any(name.rsplit(None, 1)[-1] in line for name in names):
            yield from _PAIR.finditer(text, start, end + 1)
        start = end + 1
