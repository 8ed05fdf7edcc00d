"""Check kinds: each module has KIND, FIELDS (message fields), NEEDS (other fact kinds), Options and check(); KINDS lists them."""

from __future__ import annotations

from factlint.check import agreement, span_arithmetic, weekday_date

KINDS = {
    agreement.KIND: agreement,
    span_arithmetic.KIND: span_arithmetic,
    weekday_date.KIND: weekday_date,
}
