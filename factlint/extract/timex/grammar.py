"""Regular-expression vocabulary of the temporal tagger: names, numbers, units and modifiers."""
from __future__ import annotations

import regex

from factlint import lazyre
from factlint.extract.numbers import NUMBER_WORD_PATTERN

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "midday": "MI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
# Duration unit -> (TIMEX3 letter, multiplier, needs the "T" time designator).
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "centurie": ("Y", 100, False), "weekend": ("WE", 1, False),
}

# Month and weekday names are case-sensitive: lower-case "may"/"march" are verbs or nouns.
MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.|(?-i:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
# Abbreviations without the dot only before a day number ("Aug 7").
MONTH_D = rf"(?:{MONTH}|{MONTH_ABBR}(?=\s+\d))"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
ORD_DAY = r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" \
          + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
DAY = rf"(?:{DAYNUM}|{ORD_DAY})"
YEAR4 = r"(?<![\d$£€#.,/:])(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent)\b)"
SPELLED_YEAR = (r"(?:(?:nineteen|eighteen)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
                r"(?:thir|four|fif|six|seven|eigh|nine)teen|hundred|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
                r"|two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?)")
NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD_PATTERN}"
       rf"(?:\s+and\s+a\s+half)?|half\s+an?|a\s+half)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night)"
# Hedges that TimeML keeps inside the timex span and records in the mod attribute.
# Hedges that TimeML keeps inside the timex span (and records in the mod attribute);
# "over", "within", "about", "just" stay outside in TimeBank/AQUAINT.
APPROX = (r"(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|"
          r"no\s+more\s+than|no\s+less\s+than|approximately|well\s+over|close\s+to|upwards\s+of)")
# "early", "the end of", "mid-": position inside a period (the TIMEX3 mod attribute).
MOD_PREFIX = (r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:\s+in(?:\s+the)?)?|"
              r"the\s+(?:very\s+)?(?:middle|end|beginning|start|close|rest|remainder)\s+of(?:\s+the)?|"
              r"mid-|early-|late-|post-|pre-)")
PUBLICATION = (r"(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Independent|Star|Sport|"
               r"Business|Review|Magazine|Journal|Observer|Age|Sun|Bloody|Night\s+Football|School)")
TZ = r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time)"

_F = regex.IGNORECASE | regex.VERSION1
_DIGITS = lazyre.compile(r"\d+")
_COMPOUND_ORDINAL = lazyre.compile(r"(twenty|thirty)[- ](\w+)")


def single_line(pattern: str) -> str:
    r"""Make every \s of pattern stop at line breaks: a timex never spans two lines."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            pair = pattern[i:i + 2]
            out.append((r" \t\xa0" if in_class else r"[^\S\n]") if pair == r"\s" else pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class and pattern[i - 1] != "[":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


_FOLD_PIECE = 1 << 16


def full_case(text: str) -> bool:
    """Whether case-insensitive matching in text needs full case folding: only where a character folds to
    several ("ß" -> "ss", "ﬁ" -> "fi") can it differ from simple folding, which is much the faster.

    Folded a piece at a time (folding is character by character), never a copy of the whole text."""
    for at in range(0, len(text), _FOLD_PIECE):
        piece = text[at : at + _FOLD_PIECE]
        if len(piece.casefold()) != len(piece):
            return True
    return False


def compile_case(pattern: str, full: bool) -> regex.Pattern[str]:
    """Compile case-insensitively, with full case folding (the VERSION1 default) or simple folding (see full_case)."""
    return lazyre.compile(pattern if full else "(?-f)" + pattern, _F)


def compile_rule(pattern: str, full: bool) -> regex.Pattern[str]:
    """Compile a rule with word boundaries on both sides, folding case fully or simply (see full_case)."""
    return compile_case(single_line(rf"(?<![\w'’-])(?:{pattern})(?!\w|’(?!s\b)|-\w)"), full)


def month_number(token: str) -> int:
    return MONTHS[token.strip(".").lower()[:3]]


def weekday_number(token: str) -> int:
    return WEEKDAYS[token.lower()[:3]]


def ordinal_value(token: str) -> int | None:
    """'3rd' -> 3, 'eighth' -> 8, 'twenty-first' -> 21."""
    t = token.lower().strip()
    digits = _DIGITS.match(t)
    if digits:
        return int(digits.group())
    if t in ORDINALS:
        return ORDINALS[t]
    m = _COMPOUND_ORDINAL.match(t)
    if m and m.group(2) in ORDINALS:
        return (20 if m.group(1) == "twenty" else 30) + ORDINALS[m.group(2)]
    return None


def spelled_year_value(s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000."""
    from factlint.extract.numbers import parse_number_word

    t = s.lower().replace("-", " ").split()
    if t[:2] == ["two", "thousand"]:
        rest = [w for w in t[2:] if w != "and"]
        return 2000 + (parse_number_word(" ".join(rest)) or 0 if rest else 0)
    century = parse_number_word(t[0])
    if century is None:
        return None
    rest = t[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    n = parse_number_word(" ".join(rest))
    return century * 100 + n if n is not None else None
