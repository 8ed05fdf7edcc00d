"""The registry of families of planted changes: each family's patterns (the benchmark's own, never factlint's), its
change, and what counts as another article making the same statement."""

from __future__ import annotations

from benchmarks.perturb.mention import Family, Spec, own_witnesses
from benchmarks.perturb.names import find_names, find_places, find_titles, name_witnesses
from benchmarks.perturb.quantities import find_ages, find_counts, find_durations, find_money, find_percents
from benchmarks.perturb.quotes import find_quote_words, quote_witnesses
from benchmarks.perturb.times import find_dates, find_weekdays, find_years

SPECS: dict[Family, Spec] = {
    Family.COUNT: Spec(Family.COUNT, find_counts, own_witnesses(find_counts)),
    Family.MONEY: Spec(Family.MONEY, find_money, own_witnesses(find_money)),
    Family.PERCENT: Spec(Family.PERCENT, find_percents, own_witnesses(find_percents)),
    Family.AGE: Spec(Family.AGE, find_ages, own_witnesses(find_ages)),
    Family.DURATION: Spec(Family.DURATION, find_durations, own_witnesses(find_durations)),
    Family.DATE: Spec(Family.DATE, find_dates, own_witnesses(find_dates)),
    Family.WEEKDAY: Spec(Family.WEEKDAY, find_weekdays, own_witnesses(find_weekdays), shared_words=3),
    Family.YEAR: Spec(Family.YEAR, find_years, own_witnesses(find_years), shared_words=2),
    Family.NAME: Spec(Family.NAME, find_names, name_witnesses),
    Family.TITLE: Spec(Family.TITLE, find_titles, own_witnesses(find_titles)),
    Family.PLACE: Spec(Family.PLACE, find_places, own_witnesses(find_places)),
    Family.QUOTE: Spec(Family.QUOTE, find_quote_words, quote_witnesses),
}
