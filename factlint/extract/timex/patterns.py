"""The rule table of the temporal tagger: compiled patterns paired with their normalisers."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from factlint import lazyre
from factlint.extract.timex import rules as D
from factlint.extract.timex import rules_dur as U
from factlint.extract.timex import rules_quarter as Q
from factlint.extract.timex import rules_rel as L
from factlint.extract.timex.grammar import (
    APPROX, DAY, DAYNUM, MOD_PREFIX, MONTH, MONTH_D, MONTH_FULL, NUM, ORD_DAY, POD, PUBLICATION, SEASON,
    SPELLED_YEAR, TZ, UNIT, WEEKDAY, YEAR4, compile_case, compile_rule,
)
from factlint.extract.numbers import NUMBER_WORD_PATTERN
from factlint.extract.timex.rules import Handler


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: regex.Pattern[str]
    handler: Handler
    priority: int  # breaks ties between equally long overlapping matches (lower wins)
    triggers: frozenset[str]  # token classes (see trigger_tokens) one of which every match contains
    before: int = 60  # how far a match may start before its trigger token
    after: int = 40  # how far a match may end after its trigger token
    needs: regex.Pattern[str] | None = None  # a pattern every match holds a match of: windows without one are skipped


_YR = rf"(?P<year>{YEAR4})"
_MOD = rf"(?:(?P<mod>{MOD_PREFIX})\s*)"
# "Black Monday", "Super Tuesday": named days, not the nearest weekday.
NAMED_DAY = r"Black|Cyber|Super|Bloody|Good|Easter|Palm|Ash|Holy|Maundy|Shrove|Blue|Whit"
_NOT_AMOUNT = r"(?!\s*(?:%|percent|per\s+cent|million|billion|thousand|[.,]\d))"

_DAY_RANGE = r"(?:and|to|through|or|–)"
# "March 3 to 5, 2024": the first day takes the year written after the second.
_RANGE_YEAR = rf"(?=\s*{_DAY_RANGE}\s*{DAYNUM}\s*,?\s*(?P<ryear>{YEAR4}))"
# Words that may follow a date ("April 24 and 25 in Washington"), unlike a counted noun ("5 goals").
_AFTER_DATE = r"(?:in|at|on|to|for|and|or|when|with|as|the|a|an|of|after|before|until|by|during|that|which|but|while)"

# Words between a count and its unit: "two more days", "five straight weeks", "ten trading days".
_COUNT_MOD = (r"(?:more|additional|consecutive|straight|full|long|trading|business|calendar|working|successive|"
              r"further|extra|fiscal)")

_SPECS: list[tuple[str, str, Handler]] = [
    ("month_day", rf"(?:(?:this\s+coming|this\s+past|last|next)\s+(?={WEEKDAY}))?(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
                  rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?"
                  rf"(?:(?P<mod>early|late|mid)[-\s]+)?"
                  rf"(?P<mon>{MONTH_D})\s*(?P<day>{DAY}){_NOT_AMOUNT}(?:\s*,?\s*{_YR}|{_RANGE_YEAR})?", D.h_month_day),
    ("day_month", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<rel>)(?P<mod>)(?P<day>{DAY})(?:\s+of)?\s+"
                  rf"(?P<mon>{MONTH})(?:\s*,?\s*{_YR})?", D.h_month_day),
    # "April 24 and 25": the second day, in the first one's month
    ("day_after", rf"(?<=(?P<mon>{MONTH_D})\s*{DAYNUM}\s*{_DAY_RANGE}\s*)(?P<wd>)(?P<rel>)(?P<mod>)"
                  rf"(?P<day>{DAYNUM}){_NOT_AMOUNT}(?:\s*,?\s*{_YR})?(?!\s+(?!{_AFTER_DATE}\b)[a-z])", D.h_month_day),
    ("iso_date", r"(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
     D.h_numeric_date),
    ("us_date", r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>(?:19|20)?\d\d)(?![\d/])",
     D.h_numeric_date),
    # "the last week of March": the ISO week holding most of that week of the month
    ("week_of_month", rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH})"
                      rf"(?:\s*,?\s*{_YR})?", D.h_week_of_month),
    ("month_year", rf"{_MOD}?(?P<mon>{MONTH})(?:\s*,?\s*(?:of\s+)?{_YR}|\s+(?P<rel>last|this|next)\s+year"
                   rf"|\s+(?P<sp>{SPELLED_YEAR}))", D.h_month_year),
    ("month", rf"(?:{_MOD}|(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following)\s+)?"
              rf"(?P<mon>{MONTH})", D.h_month),
    ("year", rf"(?:(?P<mod>{MOD_PREFIX}|fiscal(?:\s+year)?|calendar|the\s+year|FY)\s*-?\s*)?{_YR}"
             rf"|(?P<yr>the\s+year\s+)?(?P<sp>{SPELLED_YEAR})|(?<=\b(?:in|since|of|until|from)\s)'(?P<yy>\d\d)(?![\ds])",
     D.h_year),
    ("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late|last\s+half\s+of\s+the|first\s+half\s+of\s+the)[-\s]*)?"
               r"(?P<dec>(?:1[5-9]|20)\d0'?s|'\d0s|\d0s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)",
     D.h_decade),
    ("century", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|"
                r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                r"twenty[- ]first))[-\s]century", D.h_century),
    ("quarter", rf"(?:(?:the|this|a|(?P<relp>last|this|next)\s+year's|(?:the\s+)?(?P<yp>{YEAR4})(?:'s)?|"
                rf"fiscal\s+(?P<fy>{YEAR4})(?:'s)?)\s+)?(?:(?P<ago>year-earlier|year-ago)\s+|"
                rf"(?:fiscal|calendar|comparable|same|flat|latest|current|fiscal-)[-\s]*)*"
                rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+(?:fiscal\s+)?"
                rf"(?P<unit>quarter|half)(?:(?<=half)[-\s]year)?(?:\s+of\s+(?:(?P<yr>{YEAR4})|fiscal\s+(?P<fy2>{YEAR4})|"
                rf"(?P<rel>last|this|next)\s+year|the\s+(?P<rel2>previous|current)\s+year))?", Q.h_quarter),
    ("quarter_abbr", rf"(?-i:(?P<letter>Q|H)(?P<n>[1-4]))(?:\s+{_YR}|\s+'(?P<yy>\d\d))?"
                     rf"|{_YR}\s+(?-i:(?P<letter>Q|H)(?P<n>[1-4]))", Q.h_quarter_abbr),
    ("quarter_ref", r"(?:the|this|last|next|that)\s+(?:(?P<rel>latest|current|past|previous|recent|most\s+recent|"
                    r"prior|preceding|coming|following|same|comparable|just-ended|just\s+ended|fiscal|"
                    r"(?P<ago>year-ago|year-earlier))\s+)*quarter(?!s)"
                    r"|(?<=\b(?P<rel>last|next|this)\s)quarter(?!s)", Q.h_quarter_ref),
    ("same_period", r"the\s+(?:same|corresponding|comparable)\s+(?P<noun>period|month|quarter|week|day|time)\s+"
                    r"(?:(?:of\s+)?(?:the\s+)?last\s+year|a\s+year\s+(?:ago|earlier)|(?:of\s+)?the\s+previous\s+year|"
                    r"the\s+year\s+before)|the\s+(?P<noun>quarter)\s+a\s+year\s+(?:ago|earlier)", Q.h_same_period),
    ("latest_period", r"the\s+(?:latest|most\s+recent|current|just-ended)\s+period", Q.h_latest_period),
    ("year_period", rf"the\s+{_YR}\s+(?:period|quarter)", Q.h_year_period),
    ("year_ago", r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<adj>year-ago|year-earlier|year\s+ago|"
                 r"year\s+earlier|prior-year|year-before)(?:\s+(?P<noun>period|quarter|level))?", Q.h_year_ago),
    ("season", rf"{_MOD}?(?:(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|this|last|next|the|that)\s+)?"
               rf"(?:(?P<mod2>early|late|mid)[-\s]+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?"
               rf"(?P<year>{YEAR4}|{SPELLED_YEAR}))?", L.h_season),
    ("weekday", rf"(?:(?P<pre>early|late|earlier|later|this\s+past|this\s+coming|last|next|this|the\s+previous|"
                rf"the\s+following|past|coming)\s+)?(?<!(?-i:{NAMED_DAY})\s)(?P<wd>{WEEKDAY})(?P<pl>s)?(?:,?\s+(?P<pod>{POD})(?P<pl2>s)?)?"
                rf"(?!\s+(?-i:{PUBLICATION})\b)", L.h_weekday),
    ("set", rf"(?:every|each|per(?=\s+(?:year|month|week|day|quarter)))\s+(?:(?P<other>other|single)\s+)?(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH_FULL})|"
            rf"(?<=\bevery\s)(?P<n>{NUM})[-\s]+(?P<unitn>{UNIT})s|"
            rf"(?P<season>{SEASON})|(?P<pod>{POD})|(?P<unit>(?:business\s+|trading\s+)?{UNIT}))(?!s)", U.h_set),
    ("set_adv", r"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually|"
                r"(?:once|twice|three\s+times)\s+(?:a|per|an)\s+(?:year|month|week|day|hour))", U.h_set),
    ("set_rate", r"(?<=(?:\d|million|billion|trillion|percent|%|dollars|cents|times|tons|barrels)\s+)"
                 r"(?P<adv>(?:a|per|an)\s+(?:year|month|week|day|hour|quarter))(?![\w-])", U.h_set),
    ("rel_day", rf"(?:(?P<mod>early|late|earlier|later|mid)[-\s]+)?(?:the\s+day\s+(?P<ba>before|after)\s+)?"
                rf"(?P<w>today|tomorrow|yesterday|tonight)(?:[-\s]+(?P<pod>{POD}))?", L.h_rel_day),
    ("pod", rf"(?:(?P<mod>early|late|later|earlier)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>{POD})"
            rf"|(?P<pod>mid-?\s?(?:morning|afternoon))(?:\s+(?P<rel>yesterday|today|tomorrow))?", L.h_pod),
    # "placed buy orders in the morning", "in morning trading": that part of the day last named
    ("pod_ref", r"(?<=\b(?:in|during|through|throughout)\s)(?:the\s+)?(?P<pod>morning|afternoon|evening)(?!\s+of\b)",
     L.h_pod_ref),
    ("clock", rf"(?:(?P<approx>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
              rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
              rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*{TZ})"
              rf"|(?P<nm>(?<!\bhigh\s)noon|midday|midnight)|(?P<h4>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+(?:o['’]clock(?:\s+(?:in\s+the|this)\s+(?P<pod3>morning|afternoon|evening))?|in\s+the\s+"
              rf"(?P<pod2>morning|afternoon|evening|night)))(?:\s*(?P<tz>{TZ}))?(?:\s*\(\s*(?:\d{{3,4}}\s*)?{TZ}[^)]{{0,8}}\))?"
              rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rd>today|yesterday|tomorrow|tonight)|"
              rf"(?P<mon>{MONTH_D})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?))?", L.h_clock),
    ("duration", rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the|those|these|another|an\s+additional|an\s+extra|"
                 rf"a\s+further|all|each\s+of\s+the|a)\s+)?(?:(?P<rel>past|last|next|first|final|latest|coming|"
                 rf"previous|following|remaining|initial|ensuing|preceding|same)\s+)?(?P<num>{NUM})"
                 rf"(?:\s*(?:-|to|or)\s*(?P<num2>{NUM}))?(?:[-\s]+{_COUNT_MOD})?[-\s]+(?P<unit>{UNIT})"
                 rf"(?P<pl>s)?(?P<half>\s+and\s+a\s+half)?(?:[-\s]+(?P<tail>old|long|period|term))?(?P<orso>\s+or\s+so)?",
     U.h_duration),
    # "between 60 and 90 days": the first bound is a duration of its own, in the unit of the second.
    ("range_low", rf"(?<=\bbetween\s+)(?P<num>{NUM})(?=\s*(?:and|to|-)\s*{NUM}(?:[-\s]+(?:more|full|long|"
                  rf"consecutive|straight|trading|business|calendar|working))?[-\s]+(?P<unit>{UNIT})s?\b)",
     U.h_range_low),
    ("vague_duration", rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the|those|these)\s+)?(?:(?P<rel>past|last|next|"
                       rf"coming|previous|following|recent|first|early|ensuing|final)\s+)?(?P<q>several|a\s+few|"
                       rf"few|many|a\s+number\s+of)?\s*(?P<unit>{UNIT})s(?:\s+or\s+{UNIT}s)?(?:\s+ahead)?",
     U.h_vague_duration),
    ("quarter_century", rf"(?:(?P<approx>{APPROX})\s+)?a\s+quarter(?:[-\s]+|\s+of\s+a\s+)century", U.h_quarter_century),
    ("half_year", r"(?:the|a|an?\s+entire|the\s+(?:whole|full))\s+half[-\s]year(?!s)", U.h_half_year),
    ("unit_long", rf"(?P<unit>{UNIT})(?P<pl>s)?-long|(?P<unit>{UNIT})(?P<pl>s)-old", U.h_unit_long),
    # "a several-year tenure", "a multi-year deal": some number of units
    ("vague_adjective", rf"(?:several|multi)-(?P<unit>{UNIT})(?!s)", U.h_vague_adjective),
    ("ago", rf"(?:(?P<approx>{APPROX}|just|only)\s+)?(?P<num>{NUM}|several|a\s+few|few|many|some|"
            rf"(?P<qc>a\s+quarter(?:\s+of\s+a)?))?[-\s]*(?P<unit>{UNIT})(?P<pl>s)?(?P<half>\s+and\s+a\s+half)?"
            rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence|back)",
     U.h_ago),
    ("rel_unit", rf"(?:(?P<mod>{MOD_PREFIX}|earlier|later)\s*)?(?P<rel>this|last|next|the\s+past|the\s+previous|"
                 r"the\s+current|the\s+latest|this\s+past|this\s+coming|the\s+coming|the\s+last|"
                 r"the\s+next(?=\s+(?:decade|century))|the)\s+"
                 r"(?P<unit>week|weekend|month|year|decade|century|fiscal\s+year)(?!-)", L.h_rel_unit),
    # "the eighth day of Desert Shield", "for a fourth straight week": the current day or week
    # (not "his first day in office": a possessive's day is its owner's, not the article's)
    ("ordinal_unit", rf"(?<!\b(?:his|her|its|their|our|my|your)\s+)(?:(?:the|a)\s+)?(?P<ord>{ORD_DAY}|[1-9]\d?(?:st|nd|rd|th))\s+"
                     rf"(?:(?:straight|consecutive|successive|full)\s+)?(?P<unit>day|week)(?!s)",
     L.h_ordinal_unit),
    ("that_unit", r"(?:(?P<el>earlier|later)\s+(?:in\s+)?)?that\s+(?:(?P<same>same)\s+)?(?P<unit>day|week|month|year)",
     L.h_that_unit),
    # "late in the day", "the start of the day": a part of the day last named
    ("the_unit", r"(?:(?P<mod>(?:early|late|mid)\s+in|the\s+(?:very\s+)?(?:middle|end|beginning|start|close)\s+of)\s+)?"
                 r"the\s+(?P<unit>day)"
                 r"|(?:the|that|this)\s+(?:fiscal\s+)?(?P<unit>weekend|year)|the\s+(?P<unit>same\s+day)"
                 r"|the\s+(?:full|entire|whole)\s+(?P<unit>year)|(?:the\s+)?(?P<unit>year)(?:'s)?[-\s]end",
     L.h_the_unit),
    ("rel_span", r"the\s+(?P<rel>previous|following|next|prior|preceding)\s+(?P<unit>day|week|month|year)"
                 r"(?P<orso>\s+or\s+so)?"
                 r"|the\s+(?P<unit2>week|month|year)\s+(?P<rel2>before|after|earlier|later|previous|prior)(?P<orso>)",
     L.h_rel_span),
    ("ref", r"now|currently|nowadays|these\s+days|current|(?:more\s+|most\s+|very\s+)?recently|"
            r"recent|lately|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
            r"the\s+(?:near|short|long|medium)\s+term|the\s+time\s+being|(?<=\bat\s)present", L.h_ref),
    ("holiday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:Christmas(?:\s+Eve|\s+Day)?|New\s+Year's(?:\s+Eve|\s+Day)|Independence\s+Day|"
                rf"Valentine's\s+Day|Halloween|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|"
                rf"Veterans\s+Day|Columbus\s+Day|Presidents['’]?\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|"
                rf"Mother['’]s\s+Day|Father['’]s\s+Day|Election\s+Day|Good\s+Friday|Easter(?:\s+Sunday|\s+Monday|\s+week|(?!\s+(?:[A-Z]|eggs?\b|bunn|lil|island)))))"
                rf"(?:,?\s+{_YR})?", L.h_holiday),
]

# Rule -> (trigger token classes, reach before the token, reach after it).
_TRIGGERS = {
    "month_day": ("MON", 25, 25), "day_month": ("MON", 35, 12), "day_after": ("MON", 1, 30), "iso_date": ("DIG4", 1, 12),
    "us_date": ("SLASH", 1, 10), "month_year": ("MON", 30, 30), "week_of_month": ("MON", 30, 12), "month": ("MON", 30, 2),
    "year": ("DIG4 SPY", 30, 30), "decade": ("DEC", 35, 2), "century": ("CEN", 30, 1),
    "quarter": ("QUA", 50, 30), "quarter_ref": ("QUA", 50, 1), "quarter_abbr": ("QABBR", 6, 10), "year_ago": ("UNIT", 30, 15),
    "year_period": ("DIG4", 5, 10), "same_period": ("UNIT", 45, 40), "latest_period": ("PER", 30, 1), "season": ("SEA", 35, 25), "weekday": ("WD", 20, 12),
    "set": ("SET", 2, 25), "set_adv": ("SET", 20, 20), "set_rate": ("UNIT", 10, 1),
    "rel_day": ("RDAY", 30, 12), "pod": ("POD", 25, 12), "pod_ref": ("POD", 16, 6), "clock": ("CLK", 25, 45),
    "duration": ("UNIT", 50, 25), "range_low": ("BETWEEN", 1, 45), "vague_duration": ("UNIT", 40, 10), "unit_long": ("UNIT", 1, 6), "vague_adjective": ("UNIT", 10, 1), "half_year": ("UNIT", 25, 6), "quarter_century": ("CEN", 50, 6), "ago": ("AGO", 60, 2),
    "rel_unit": ("UNIT", 45, 2), "that_unit": ("UNIT", 30, 6), "ordinal_unit": ("ORD", 20, 40), "the_unit": ("UNIT", 25, 6), "rel_span": ("UNIT", 25, 12),
    "ref": ("REF", 20, 12), "holiday": ("HOL", 20, 20),
}


# The words a spelled number is made of ("twenty", "one", "a", "dozen"), read off its pattern.
_NUMBER_WORDS = "|".join(sorted(set(regex.findall(r"(?<!\\)\b[a-z]+", NUMBER_WORD_PATTERN)), key=len, reverse=True))
# Rule -> what every match holds, for rules whose trigger tokens are common and their matches rare: a count
# or "a" right before a unit ("two more days"), a plural unit, "year", an ordinal's unit, a compound's "-long",
# a day number or ordinal (ending in a digit, "st", "nd", "rd" or "th") before a month, a year after one, a unit
# before "ago", a relative word before a unit.
_NEEDS = {
    "day_month": rf"(?:\d|st|nd|rd|th)(?:\s+of)?\s+{MONTH}",
    "month_year": rf"{MONTH}(?:\s*,?\s*(?:of\s+)?\d|\s+(?:last|this|next)\s+year|\s+(?:nineteen|eighteen|two))",
    "ago": rf"{UNIT}s?(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?:ago|earlier|from\s+now|hence|back)",
    "rel_unit": r"(?:this|last|next|past|previous|current|latest|coming|the)\s+(?:week|month|year|decade|century|fiscal)",
    "duration": rf"(?:\d|\b(?:{_NUMBER_WORDS}))[-\s]+(?:{_COUNT_MOD}[-\s]+)?{UNIT}",
    "vague_duration": rf"{UNIT}s", "year_ago": "year", "ordinal_unit": "day|week", "unit_long": "-long|-old",
    "amounts": "[$£€%]|per",
}


# Compiled on first use, not at import: a run that finds every article's dates in its cache never needs them.
@functools.cache
def rules(full: bool = False) -> tuple[Rule, ...]:
    """The rules, compiled once per process; full=True for texts that need full case folding (see full_case)."""
    return tuple(Rule(n, compile_rule(p, full), h, i, frozenset(_TRIGGERS[n][0].split()), _TRIGGERS[n][1],
                      _TRIGGERS[n][2], _needs(n, full)) for i, (n, p, h) in enumerate(_SPECS))


def _needs(name: str, full: bool) -> regex.Pattern[str] | None:
    """The compiled needs pattern of a rule (see _NEEDS), or None."""
    return compile_case(_NEEDS[name], full) if name in _NEEDS else None

_CLASS_WORDS = {
    "UNIT": "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights "
            "month months quarter quarters year years decade decades century centuries weekend weekends",
    "QUA": "quarter quarters half", "PER": "period", "CEN": "century", "SPY": "nineteen eighteen thousand",
    "DEC": "twenties thirties forties fifties sixties seventies eighties nineties",
    "SEA": "spring summer fall autumn winter",
    "SET": "daily weekly monthly annually yearly hourly nightly biweekly semiannually every each per once twice times",
    "RDAY": "today tomorrow yesterday tonight",
    "POD": "morning afternoon evening night noon midnight tonight",
    "AGO": "ago earlier later now hence back",
    "REF": "now currently nowadays current recently recent lately past future term being present days",
    "CLK": "m am pm clock noon midday midnight utc gmt est edt cst cdt pst pdt bst cet morning afternoon evening night",
    "OLD": "old",
    "BETWEEN": "between",
    # ordinal words, and the suffix tokens of "8th", "21st" (the scan splits digits from letters)
    "ORD": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
           "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth st nd rd th",
}
# Names are case-sensitive triggers (lower-case "may", "march" are not months).
_CLASS_NAMES = {
    "MON": "January February March April May June July August September October November December "
           "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    "WD": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays "
          "Fridays Saturdays Sundays",
    "HOL": "Christmas Year Independence Valentine Halloween Boxing Thanksgiving Labor Memorial Veterans Columbus "
           "Presidents Luther Mother Father Election Good Easter",
    "QABBR": "Q H",
}


def _token_classes() -> dict[str, tuple[str, ...]]:
    """Token (in each spelling it may appear in) -> the trigger classes it belongs to."""
    table: dict[str, set[str]] = {}
    for cls, words in _CLASS_WORDS.items():
        for w in words.split():
            for v in (w, w.capitalize(), w.upper()):
                table.setdefault(v, set()).add(cls)
    for cls, words in _CLASS_NAMES.items():
        for w in words.split():
            for v in (w, w.upper()):
                table.setdefault(v, set()).add(cls)
    return {k: tuple(sorted(v)) for k, v in table.items()}


_TOKEN_CLASSES = _token_classes()
_TRIGGER_WORDS = frozenset(_TOKEN_CLASSES)
_WORD = lazyre.compile(r"[A-Za-z]+")
# A run of digits with the "s", ":" or "/" that may end it ("1990s", "10:", "5/").
_DIGIT_TOKEN = lazyre.compile(r"\d+(?:s\b)?[:/]?")


def _digit_classes(tok: str) -> tuple[str, ...]:
    if tok.endswith(":"):
        return ("DIG", "CLK")
    if tok.endswith("/"):
        return ("DIG", "SLASH")
    if tok.endswith("s"):
        return ("DIG", "DEC")
    return ("DIG", "DIG4") if len(tok) == 4 else ("DIG",)


def trigger_tokens(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per token class, the offsets of its tokens in text, in text order.

    Tokens are runs of ASCII letters (a trigger word) and runs of digits. One pass over the words keeps the places of
    the trigger words alone (a list of every word of the text took ten bytes a character or more); a search per
    trigger word held cost one more pass over the text for each."""
    spans: dict[str, list[tuple[int, int]]] = {}
    by_word: dict[str, list[tuple[int, int]]] = {}
    triggers = _TRIGGER_WORDS
    for match in _WORD.finditer(text):
        if (word := match.group()) in triggers:
            by_word.setdefault(word, []).append(match.span())
    for word, found in by_word.items():
        for cls in _TOKEN_CLASSES[word]:
            spans.setdefault(cls, []).extend(found)
    for m in _DIGIT_TOKEN.finditer(text):
        span = m.span()
        for cls in _digit_classes(m.group()):
            spans.setdefault(cls, []).append(span)
    for found in spans.values():
        found.sort()
    return spans


def rule_windows(rule: Rule, text: str, tokens: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Merged windows of text around rule's trigger tokens that hold what it needs: the only places it can match."""
    spans: list[tuple[int, int]] | None = None
    for cls in rule.triggers:
        found = tokens.get(cls)
        if found:  # one class's tokens come in text order; several classes' are merged
            spans = found if spans is None else sorted(spans + found)
    if spans is None:
        return []
    before, after, n = rule.before, rule.after, len(text)
    out: list[tuple[int, int]] = []
    last_s, last_e = -1, -1
    for s, e in spans:
        s = s - before if s > before else 0
        e = e + after if e + after < n else n
        if last_e >= s and out:
            if e > last_e:
                last_e = e
                out[-1] = (last_s, e)
        else:
            last_s, last_e = s, e
            out.append((s, e))
    if rule.needs is not None:
        search = rule.needs.search
        return [(s, e) for s, e in out if search(text, s, e)]
    return out


# Spans that look temporal but are not: ages, money, percentages, newspaper names.
_BLOCK_SPECS = (
    ("ages", rf"(?<![\w-])(?:{NUM})[-\s]+(?:year|month|week|day)s?[-\s]+old(?!\w)", "OLD", 45, 1),
    ("amounts", r"[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b)", "DIG", 3, 12),
    ("papers", rf"(?<!\w){WEEKDAY}\s+(?-i:{PUBLICATION})\b", "WD", 1, 22),
)
@functools.cache
def blockers(full: bool = False) -> tuple[Rule, ...]:
    """Patterns whose matches are no timex (ages, amounts, newspapers named for a day), compiled once."""
    return tuple(Rule(n, compile_case(p, full), lambda m, c: None, -1, frozenset({t}), b, a, _needs(n, full))
                 for n, p, t, b, a in _BLOCK_SPECS)
