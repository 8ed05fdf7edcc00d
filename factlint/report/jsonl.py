"""JSON Lines: one finding per line, the JSON report's finding record plus its stable fingerprint."""

from __future__ import annotations


from factlint.decide.fingerprint import fingerprint
from factlint.decide.safe_json import to_json
from factlint.model import Report
from factlint.report.json_format import finding_record


def render(report: Report) -> str:
    """One compact JSON object per finding, in report order; nothing at all when there are none."""
    lines = [
        to_json({**finding_record(f), "fingerprint": fingerprint(f, report.documents)})
        for f in report.findings
    ]
    return "".join(line + "\n" for line in lines)
