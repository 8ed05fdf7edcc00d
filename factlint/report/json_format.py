"""The JSON report: the stable machine contract (findings with 1-based places, related statements, summary)."""

from __future__ import annotations


from factlint import __version__
from factlint.decide.safe_json import to_json
from factlint.model import Finding, Report, Span


def place(span: Span) -> dict:
    """The JSON form of a span: path and 1-based start and end, end column exclusive."""
    return {
        "path": span.path, "line": span.line, "column": span.column,
        "end_line": span.end_line, "end_column": span.end_column,
    }


def finding_record(finding: Finding) -> dict:
    """One finding as a plain dict, the shape every JSON-based format starts from; `fixes` only when it has some."""
    record = {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        **place(finding.span),
        "related": [{**place(r.span), "message": r.message} for r in finding.related],
    }
    if finding.fixes:
        record["fixes"] = [{**place(e.span), "replacement": e.replacement} for e in finding.fixes]
    return record


def render(report: Report) -> str:
    """The whole report as one JSON document."""
    summary = report.summary
    document = {
        "version": __version__,
        "findings": [finding_record(f) for f in report.findings],
        "summary": {
            "articles": summary.articles,
            "findings": summary.findings,
            "by_severity": dict(summary.by_severity),
            "problems": summary.problems,
        },
        "problems": [
            {"path": p.path, "line": p.line, "column": p.column, "message": p.message} for p in report.problems
        ],
    }
    return to_json(document, indent=2) + "\n"
