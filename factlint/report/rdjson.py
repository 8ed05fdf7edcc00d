"""Reviewdog Diagnostic Format (rdjson): diagnostics with related locations and fix suggestions."""

from __future__ import annotations


from factlint.decide.safe_json import to_json
from factlint.model import Finding, Report, Severity, Span

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _position(report: Report, path: str, line: int, column: int) -> dict:
    """rdjson columns count UTF-8 bytes from 1; ours count code points, so convert on the line's text."""
    doc = report.documents.get(path)
    if doc is None or line > len(doc.line_starts):
        return {"line": line, "column": column}
    prefix = doc.shown_line(line)[: column - 1]
    return {"line": line, "column": len(prefix.encode("utf-8")) + 1}


def _range(report: Report, span: Span) -> dict:
    return {"start": _position(report, span.path, span.line, span.column),
            "end": _position(report, span.path, span.end_line, span.end_column)}


def _diagnostic(report: Report, finding: Finding) -> dict:
    diagnostic = {
        "message": finding.message,
        "location": {"path": finding.span.path, "range": _range(report, finding.span)},
        "severity": SEVERITIES[finding.severity],
        "source": {"name": "factlint"},
        "code": {"value": finding.rule},
    }
    if finding.fixes:
        diagnostic["suggestions"] = [{"range": _range(report, e.span), "text": e.replacement} for e in finding.fixes]
    if finding.related:
        diagnostic["related_locations"] = [
            {"message": r.message, "location": {"path": r.span.path, "range": _range(report, r.span)}}
            for r in finding.related
        ]
    return diagnostic


def render(report: Report) -> str:
    """One DiagnosticResult document."""
    result = {"source": {"name": "factlint"}, "diagnostics": [_diagnostic(report, f) for f in report.findings]}
    return to_json(result, indent=2) + "\n"
