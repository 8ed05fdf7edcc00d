"""Check kinds: each module has KIND, FIELDS (message template fields), Options and check(rule, facts, corpus); KINDS lists them."""

from __future__ import annotations

from factlint.check import agreement, name_variants, quote_fidelity

KINDS = {
    agreement.KIND: agreement,
    name_variants.KIND: name_variants,
    quote_fidelity.KIND: quote_fidelity,
}
