"""GitHub workflow commands: escaping to the spec, and an annotation on each side of a conflict."""

from __future__ import annotations

import pytest

from factlint.model import Finding, Related, Report, Severity, Span
from factlint.report import github

HERE = Span("news/a.txt", 0, 5, 3, 7, 3, 12)
THERE = Span("news/b,c.txt", 0, 5, 9, 1, 9, 6)


@pytest.mark.parametrize("message, escaped", [
    ("plain", "plain"),
    ("7.5%, not 6.5%", "7.5%25, not 6.5%25"),
    ("a: b, c", "a: b, c"),
    ("line one\nline two\r\n", "line one%0Aline two%0D%0A"),
    ("%0A is not a newline", "%250A is not a newline"),
    ("\x1b[31mred\x1b]52;c;aGk=\x07", "\\x1b[31mred\\x1b]52;c;aGk=\\x07"),
])
def test_escape_data(message, escaped):
    assert github.escape_data(message) == escaped


@pytest.mark.parametrize("value, escaped", [
    ("a: b, c", "a%3A b%2C c"),
    ("50%\n", "50%25\\n"),  # a line end in a path is shown, not decoded back into the annotation
    ("dir/file.txt", "dir/file.txt"),
    ("a\x1b]8;;x\x07.txt", "a\\x1b]8;;x\\x07.txt"),
])
def test_escape_property(value, escaped):
    assert github.escape_property(value) == escaped


def _decode(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _parse(line: str) -> tuple[str, dict, str]:
    """Read a workflow command back as the runner does: properties split on ',' and '=', then unescaped."""
    assert line.startswith("::")
    head, _, message = line[2:].partition("::")
    name, _, props = head.partition(" ")
    fields = dict(item.split("=", 1) for item in props.split(","))
    return name, {k: _decode(v) for k, v in fields.items()}, _decode(message)


@pytest.mark.parametrize("severity, command", [
    (Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "notice"),
])
def test_message_with_percent_commas_colons_and_newlines_survives(severity, command):
    message = "rate: 7.5%, not 6.5%\nsecond line, too"
    finding = Finding("rate-agreement", severity, message, HERE, (Related(THERE, 'said "6.5%": here'),))
    lines = github.render(Report((finding,), {}, ())).splitlines()
    assert len(lines) == 2  # one annotation on each side
    name, props, text = _parse(lines[0])
    assert (name, props["file"], props["line"], props["col"], props["endLine"], props["endColumn"]) == (
        command, "news/a.txt", "3", "7", "3", "12")
    assert props["title"] == "factlint (rate-agreement)" and text == message
    name, props, text = _parse(lines[1])
    assert (props["file"], props["line"]) == ("news/b,c.txt", "9")
    assert text.startswith('said "6.5%": here: conflicts with news/a.txt:3:7: rate: 7.5%, not 6.5%\nsecond')


def _finding(severity: Severity, line: int, message: str = "m") -> Finding:
    return Finding("r", severity, message, Span("a.txt", 0, 1, line, 1, line, 2))


@pytest.mark.parametrize("severities, names", [
    # GitHub shows the first 10 annotations of each kind per step, in the order printed: errors come first.
    ([Severity.INFO, Severity.WARNING, Severity.ERROR], ["error", "warning", "notice"]),
    ([Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.ERROR], ["error", "error", "warning", "warning"]),
])
def test_errors_come_first(severities, names):
    findings = tuple(_finding(severity, line) for line, severity in enumerate(severities, 1))
    lines = github.render(Report(findings, {}, ())).splitlines()
    assert [_parse(line)[0] for line in lines] == names


@pytest.mark.parametrize("errors, warnings, notice", [
    (10, 10, None),
    (12, 3, "GitHub shows 10 annotations of each kind per step: 2 errors more are in the log and the job summary"),
    (11, 25, "GitHub shows 10 annotations of each kind per step: 1 error, 15 warnings more are in the log and the "
             "job summary"),
])
def test_a_notice_counts_the_annotations_github_will_not_show(errors, warnings, notice):
    findings = tuple(_finding(Severity.ERROR, line) for line in range(1, errors + 1))
    findings += tuple(_finding(Severity.WARNING, line) for line in range(100, 100 + warnings))
    lines = github.render(Report(findings, {}, ())).splitlines()
    notices = [_parse(line)[2] for line in lines if line.startswith("::notice")]
    assert notices == ([notice] if notice else [])


@pytest.mark.parametrize("budget, listed, cut", [(github.SUMMARY_LIMIT, 30, False), (1000, None, True)])
def test_step_summary_lists_every_finding_within_the_budget(budget, listed, cut):
    findings = tuple(_finding(Severity.WARNING if i % 2 else Severity.ERROR, i, f"value | {i}%") for i in range(30))
    summary = github.step_summary(Report(findings, {}, ()), budget=budget)
    rows = [line for line in summary.splitlines() if line.startswith("| error") or line.startswith("| warning")]
    assert len(summary.encode("utf-8")) <= budget
    assert rows[0].startswith("| error") and rows[-1].startswith("| warning" if not cut else "| ")
    assert ("more not listed" in summary) is cut and (len(rows) == listed if listed else len(rows) < 30)
    assert "value \\| 1%" in summary  # a pipe in a message does not break the table
