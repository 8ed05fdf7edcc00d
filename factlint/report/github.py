"""GitHub Actions workflow commands: one annotation on each side of every conflict, escaped to the spec."""

from __future__ import annotations

from factlint.model import Finding, Report, Severity, Span
from factlint.report.printable import printable

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message: controls shown escaped (no raw ESC or BEL reaches the log), then %, CR and LF
    as the runner expects (it decodes them back inside the annotation)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """Escape a property value (a path): line ends shown as \\n, then as data, and ':' and ',' which end properties."""
    return escape_data(printable(text)).replace(":", "%3A").replace(",", "%2C")


def command(name: str, span: Span, title: str, message: str) -> str:
    """One `::name file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` line."""
    props = [("file", span.path), ("line", str(span.line)), ("col", str(span.column)),
             ("endLine", str(span.end_line)), ("endColumn", str(span.end_column)), ("title", title)]
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{name} {joined}::{escape_data(message)}"


def _annotations(finding: Finding) -> list[str]:
    name = COMMANDS[finding.severity]
    title = f"factlint ({finding.rule})"
    lines = [command(name, finding.span, title, finding.message)]
    here = finding.span
    for related in finding.related:
        message = f"{related.message}: conflicts with {here.path}:{here.line}:{here.column}: {finding.message}"
        lines.append(command(name, related.span, title, message))
    return lines


def render(report: Report) -> str:
    """Workflow commands for every finding and problem; duplicates (one side backing two findings) once."""
    lines: list[str] = []
    for finding in report.findings:
        lines.extend(_annotations(finding))
    for problem in report.problems:
        lines.append(f"::error file={escape_property(problem.path)},line={problem.line},col={problem.column},"
                     f"title={escape_property('factlint (problem)')}::{escape_data(problem.message)}")
    unique = list(dict.fromkeys(lines))
    return "".join(line + "\n" for line in unique)
