"""JSON Lines: one finding per line, the JSON report's finding record plus its stable fingerprint."""

from __future__ import annotations

import json

from factlint.fingerprint import fingerprint
from factlint.model import Report
from factlint.report.json_format import finding_record


def render(report: Report) -> str:
    """One compact JSON object per finding, in report order; nothing at all when there are none."""
    lines = [
        json.dumps({**finding_record(f), "fingerprint": fingerprint(f, report.documents)}, ensure_ascii=False)
        for f in report.findings
    ]
    return "".join(line + "\n" for line in lines)
