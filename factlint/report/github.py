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


# GitHub shows at most this many annotations of each kind (error, warning, notice) per step, in the order printed.
SHOWN_PER_KIND = 10


def _problem_command(path: str, line: int, column: int, message: str) -> str:
    return (f"::error file={escape_property(path)},line={line},col={column},"
            f"title={escape_property('factlint (problem)')}::{escape_data(message)}")


def render(report: Report) -> str:
    """Workflow commands for every finding and problem, errors first (GitHub shows only the first 10 of each kind
    per step); duplicates (one side backing two findings) once; a notice saying how many are not shown."""
    by_kind: dict[str, list[str]] = {name: [] for name in ("error", "warning", "notice")}
    for problem in report.problems:
        by_kind["error"].append(_problem_command(problem.path, problem.line, problem.column, problem.message))
    for finding in sorted(report.findings, key=lambda f: -f.severity.rank):  # stable: in path order within a kind
        by_kind[COMMANDS[finding.severity]].extend(_annotations(finding))
    unique = {name: list(dict.fromkeys(lines)) for name, lines in by_kind.items()}
    hidden = {name: len(lines) - SHOWN_PER_KIND for name, lines in unique.items() if len(lines) > SHOWN_PER_KIND}
    if hidden:
        counts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in hidden.items())
        unique["notice"].insert(0, f"::notice title={escape_property('factlint')}::"
                                   + escape_data(f"GitHub shows {SHOWN_PER_KIND} annotations of each kind per step: "
                                                 f"{counts} more are in the log and the job summary"))
    return "".join(line + "\n" for name in ("error", "warning", "notice") for line in unique[name])


# GitHub uploads no step summary over 1 MiB; the list is cut to leave room for what other steps wrote.
SUMMARY_LIMIT = 1024 * 1024


def _cell(text: str) -> str:
    """Text safe in a Markdown table cell: one line, pipes and HTML escaped."""
    return (" ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|"))


def step_summary(report: Report, budget: int = SUMMARY_LIMIT) -> str:
    """A Markdown job summary: the counts, then every finding (errors first) as a table row, within budget bytes."""
    totals = report.summary
    counts = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for name, n in reversed(totals.by_severity) if n)
    articles = f"{totals.articles} article{'s' if totals.articles != 1 else ''}"
    head = ["## factlint", ""]
    if not totals.findings:
        head.append(f"All checks passed: {articles}, no findings." if totals.articles else "Nothing checked: no article was read.")
        return "\n".join(head) + "\n\n"
    head += [f"{totals.findings} finding{'s' if totals.findings != 1 else ''} ({counts}) in {articles}.", "",
             "| Severity | Rule | Place | Message |", "| --- | --- | --- | --- |"]
    text = "\n".join(head) + "\n"
    findings = sorted(report.findings, key=lambda f: -f.severity.rank)
    for index, finding in enumerate(findings):
        span = finding.span
        row = (f"| {finding.severity.value} | `{finding.rule}` | `{_cell(span.path)}:{span.line}:{span.column}` "
               f"| {_cell(finding.message)} |\n")
        rest = len(findings) - index
        tail = f"\n{rest} more not listed: GitHub keeps at most 1 MiB of summary per step.\n"
        if len((text + row).encode("utf-8")) + len(tail.encode("utf-8")) + 64 > budget:
            return text + tail + "\n"
        text += row
    return text + "\n"
