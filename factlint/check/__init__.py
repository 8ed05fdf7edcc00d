"""Check kinds: each module has KIND, an Options dataclass and a check() generator; KINDS lists them."""

from __future__ import annotations

from factlint.check import agreement

KINDS = {
    agreement.KIND: agreement,
}
