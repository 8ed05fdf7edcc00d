"""The text report: a finding with safe fixes says what --fix would write, and the summary counts them."""

from __future__ import annotations

import pytest

from factlint.model import Edit, Finding, Report, Severity
from factlint.read.documents import make_document
from factlint.report import text

DOC = make_document("a.txt", "Minister Ararat Mirzoian spoke. Mirzoian left.\n")[0]


def _finding(words: list[str], replacement: str) -> Finding:
    spans = [DOC.span(DOC.text.index(w, i), DOC.text.index(w, i) + len(w)) for w, i in words]
    fixes = tuple(Edit(s, replacement) for s in spans)
    return Finding("name-variants", Severity.WARNING, "Mirzoian is spelt Mirzoyan", spans[0] if spans else DOC.span(0, 1), (), fixes)


@pytest.mark.parametrize("words, replacement, fix_line, summary", [
    ([("Ararat Mirzoian", 0)], "Ararat Mirzoyan", "  + fix: Ararat Mirzoian → Ararat Mirzoyan (--fix)",
     "1 fixable with `factlint check --fix` (preview with --diff)."),
    ([("Mirzoian", 0), ("Mirzoian", 25)], "Mirzoyan", "  + fix: Mirzoian → Mirzoyan, 2 places (--fix)",
     "1 fixable with `factlint check --fix` (preview with --diff)."),
    ([], "", None, None),
])
def test_fixes_are_announced(words, replacement, fix_line, summary):
    finding = _finding(words, replacement)
    lines = text.render(Report((finding,), {"a.txt": DOC}, ())).splitlines()
    assert lines[0].startswith("a.txt:1:") and "[name-variants]" in lines[0]
    assert (lines[3] if fix_line else lines[3:4]) == (fix_line or [""])
    assert (lines[-1] == summary) if summary else lines[-1].startswith("Found 1 finding")
