"""Check kinds: each module has KIND, FIELDS (message fields), NEEDS (other fact kinds), Options and check(); KINDS lists them."""

from __future__ import annotations

from factlint.check import (agreement, event_time, name_variants, place_of, quote_fidelity, restatement, span_arithmetic,
                            stale_relative, weekday_date)
from factlint.check import pattern

KINDS = {
    agreement.KIND: agreement,
    event_time.KIND: event_time,
    name_variants.KIND: name_variants,
    pattern.KIND: pattern,
    place_of.KIND: place_of,
    quote_fidelity.KIND: quote_fidelity,
    restatement.KIND: restatement,
    span_arithmetic.KIND: span_arithmetic,
    stale_relative.KIND: stale_relative,
    weekday_date.KIND: weekday_date,
}
