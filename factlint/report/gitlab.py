"""GitLab Code Quality JSON: description, check_name, unique fingerprint, severity and location."""

from __future__ import annotations

import hashlib

from factlint.decide.fingerprint import fingerprint
from factlint.decide.safe_json import to_json
from factlint.model import Report, Severity

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report) -> str:
    """A JSON array of issues; a repeated fingerprint gets a counter so GitLab keeps every issue."""
    issues = []
    seen: dict[str, int] = {}
    for finding in report.findings:
        base = fingerprint(finding, report.documents)
        count = seen.get(base, 0)
        seen[base] = count + 1
        unique = base if not count else hashlib.sha256(f"{base}#{count}".encode()).hexdigest()[:32]
        issues.append({
            "type": "issue",
            "description": f"[{finding.rule}] {finding.message}",
            "check_name": finding.rule,
            "fingerprint": unique,
            "severity": SEVERITIES[finding.severity],
            "categories": ["Bug Risk"],
            "location": {
                "path": finding.span.path,
                "lines": {"begin": finding.span.line, "end": finding.span.end_line},
            },
        })
    return to_json(issues, indent=2) + "\n"
