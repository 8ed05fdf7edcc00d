"""GitLab Code Quality: the fields GitLab reads, severities mapped, fingerprints unique per issue."""

from __future__ import annotations

import json

import pytest

from factlint.model import Finding, Report, Severity
from factlint.read.documents import make_document
from factlint.report import gitlab


@pytest.mark.parametrize("severity, expected", [
    (Severity.ERROR, "major"), (Severity.WARNING, "minor"), (Severity.INFO, "info"),
])
def test_issue_fields(severity, expected):
    doc = make_document("news/a.txt", "One.\nTwo days.\n")[0]
    finding = Finding("duration-agreement", severity, "m", doc.span(5, 13))
    [issue] = json.loads(gitlab.render(Report((finding,), {doc.path: doc}, ())))
    assert issue["severity"] == expected and issue["check_name"] == "duration-agreement"
    assert issue["location"] == {"path": "news/a.txt", "lines": {"begin": 2, "end": 2}}
    assert issue["description"] == "[duration-agreement] m" and len(issue["fingerprint"]) == 32


def test_identical_findings_get_distinct_fingerprints():
    doc = make_document("a.txt", "x\n")[0]
    finding = Finding("r", Severity.ERROR, "m", doc.span(0, 1))
    issues = json.loads(gitlab.render(Report((finding, finding), {doc.path: doc}, ())))
    assert len({i["fingerprint"] for i in issues}) == 2
