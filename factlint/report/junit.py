"""JUnit XML: one test suite per article, one failing test case per finding, a passing one when clean."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factlint.model import Finding, Report
from factlint.report.printable import printable


def _failure_text(finding: Finding) -> str:
    span = finding.span
    lines = [f"{printable(span.path)}:{span.line}:{span.column}: {printable(finding.message)}"]
    lines += [f"  = {printable(r.span.path)}:{r.span.line}:{r.span.column}: {printable(r.message)}"
              for r in finding.related]
    return "\n".join(lines)


def render(report: Report) -> str:
    """A <testsuites> document; the counts add up so CI summaries read right."""
    by_path: dict[str, list[Finding]] = {path: [] for path in sorted(report.documents)}
    for finding in report.findings:
        by_path.setdefault(finding.span.path, []).append(finding)
    tests = sum(max(1, len(found)) for found in by_path.values())
    root = ET.Element("testsuites", name="factlint", tests=str(tests), failures=str(len(report.findings)),
                      errors="0")
    for raw_path, found in by_path.items():
        path = printable(raw_path)  # XML 1.0 cannot hold most controls at all; a terminal must not get them
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(max(1, len(found))),
                              failures=str(len(found)), errors="0", skipped="0")
        if not found:
            ET.SubElement(suite, "testcase", classname=path, name="factlint", file=path)
        for finding in found:
            span = finding.span
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{finding.rule} at {span.line}:{span.column}", file=path, line=str(span.line))
            failure = ET.SubElement(case, "failure", type=finding.rule, message=printable(finding.message))
            failure.text = _failure_text(finding)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
