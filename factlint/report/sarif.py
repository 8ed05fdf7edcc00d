"""SARIF 2.1.0: rules with descriptions and help, the other side of a conflict as relatedLocations."""

from __future__ import annotations

import posixpath
from urllib.parse import quote

from factlint import __version__
from factlint.decide.fingerprint import fingerprint, span_text
from factlint.decide.safe_json import to_json
from factlint.model import Finding, Report, Rule, Severity, Span

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
URI_BASE = "SRCROOT"
FINGERPRINT_KEY = "factlint/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


def _descriptor(rule: Rule) -> dict:
    description = " ".join(rule.description.split())
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": _first_sentence(description)},
        "fullDescription": {"text": description},
        "help": {
            "text": f"{description} Run `factlint explain {rule.id}` for its options and examples.",
            "markdown": f"{description}\n\nRun `factlint explain {rule.id}` for its options and examples.",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind, "scope": getattr(rule.scope, "value", str(rule.scope))},
    }


def artifact(path: str) -> dict:
    """A relative path under SRCROOT (URI-escaped, forward slashes); an absolute one as a file: URI. A name that is
    not UTF-8 keeps its own bytes, percent-encoded."""
    posix = path.replace("\\", "/")
    if posixpath.isabs(posix):
        return {"uri": "file://" + quote(posix, errors="surrogateescape")}
    return {"uri": quote(posixpath.normpath(posix), errors="surrogateescape"), "uriBaseId": URI_BASE}


def _physical(report: Report, span: Span) -> dict:
    region = {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
              "endColumn": span.end_column}
    snippet = span_text(report.documents, span)
    if snippet:
        region["snippet"] = {"text": snippet}
    return {"physicalLocation": {"artifactLocation": artifact(span.path), "region": region}}


def _result(report: Report, finding: Finding, rule_index: dict[str, int]) -> dict:
    result = {"ruleId": finding.rule}
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    result.update({
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_physical(report, finding.span)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, report.documents)},
    })
    if finding.related:
        result["relatedLocations"] = [
            {"id": index, **_physical(report, related.span), "message": {"text": related.message}}
            for index, related in enumerate(finding.related, start=1)
        ]
    if finding.fixes:
        result["fixes"] = [_fix(finding)]
    return result


def _fix(finding: Finding) -> dict:
    """The finding's safe edits as one SARIF fix: replacements grouped by file, in file order."""
    by_path: dict[str, list] = {}
    for edit in sorted(finding.fixes, key=lambda e: e.span):
        span = edit.span
        by_path.setdefault(span.path, []).append({
            "deletedRegion": {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line,
                              "endColumn": span.end_column},
            "insertedContent": {"text": edit.replacement},
        })
    return {
        "description": {"text": f"write {finding.fixes[0].replacement}"},
        "artifactChanges": [{"artifactLocation": artifact(path), "replacements": replacements}
                            for path, replacements in by_path.items()],
    }


def _notification(problem) -> dict:
    return {
        "level": "error",
        "message": {"text": problem.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(problem.path),
                                            "region": {"startLine": problem.line, "startColumn": problem.column}}}],
    }


def render(report: Report) -> str:
    """One SARIF log with one run; columns count code points, paths are relative to SRCROOT."""
    rules = list(report.rules)
    known = {rule.id for rule in rules}
    descriptors = [_descriptor(rule) for rule in rules]
    # A finding from a rule the report does not describe still gets a minimal descriptor.
    for rule_id in sorted({f.rule for f in report.findings} - known):
        descriptors.append({"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id}})
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}
    run = {
        "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                            "rules": descriptors}},
        "originalUriBaseIds": {URI_BASE: {"description": {"text": "The directory factlint ran in."}}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [_notification(p) for p in report.problems],
        }],
        "results": [_result(report, f, rule_index) for f in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return to_json(log, indent=2) + "\n"
