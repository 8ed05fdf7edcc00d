"""Check kinds: each module has KIND, FIELDS (message template fields), Options and check(rule, facts, corpus); KINDS lists them."""

from __future__ import annotations

from factlint.check import agreement, stale_relative

KINDS = {
    agreement.KIND: agreement,
    stale_relative.KIND: stale_relative,
}
