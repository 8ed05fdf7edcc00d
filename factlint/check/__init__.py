"""Check kinds: each module has KIND, FIELDS (message template fields), Options and check(rule, facts, corpus); KINDS lists them."""

from __future__ import annotations

from factlint.check import agreement, place_of

KINDS = {
    agreement.KIND: agreement,
    place_of.KIND: place_of,
}
