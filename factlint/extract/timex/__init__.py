"""The temporal tagger: TIMEX3 spans, types and values of news text, anchored to the article's date.

`tagger` finds and resolves expressions with the rule table of `patterns` (normalisers in `rules`,
`rules_dur`, `rules_quarter`, `rules_rel`, vocabulary in `grammar`); `resolve` anchors relative values.
"""

from factlint.extract.timex.resolve import date_interval
from factlint.extract.timex.tagger import Timex, TimexType, find_timexes, infer_dct

__all__ = ["Timex", "TimexType", "date_interval", "find_timexes", "infer_dct"]
