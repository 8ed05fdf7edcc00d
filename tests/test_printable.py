"""Untrusted text made printable: each escape, and a property over every format that a stranger's text and file
names never put a control into the output nor start a line with a workflow command."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factlint.model import Problem, Report
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.report import FORMATS, github, render
from factlint.report.printable import markup, printable, printable_lines, printable_path, problem_line
from factlint.rulebook.rule_files import load_rulebook

RULEBOOK = load_rulebook()


@pytest.mark.parametrize("text, shown", [
    ("plain text, «quoted», 7.5%", "plain text, «quoted», 7.5%"),
    ("tab\tkept", "tab\tkept"),
    ("\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07"),
    ("\x1b]52;c;aGk=\x07", "\\x1b]52;c;aGk=\\x07"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("x\n::error file=y::owned", "x\\n::error file=y::owned"),
    ("a\rb", "a\\rb"),
    ("\x00\x08\x0b\x0c\x7f", "\\x00\\x08\\x0b\\x0c\\x7f"),
    ("\x9b31m\x9d0;t\x9c", "\\x9b31m\\x9d0;t\\x9c"),  # C1: CSI, OSC and ST in one byte each
    ("\x85next line", "\\x85next line"),
    ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),
    ("abc\u202edcba\u202c", "abc\\u202edcba\\u202c"),  # a right-to-left override
    ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
    ("bad\udcffbyte.txt", "bad\\udcffbyte.txt"),  # a file name that is not UTF-8
    ("é, ß, 日本, 👍🏽, \u200d", "é, ß, 日本, 👍🏽, \u200d"),
])
def test_printable(text, shown):
    assert printable(text) == shown


@pytest.mark.parametrize("path, shown", [
    ("news/a.txt", "news/a.txt"), ("::1.txt", "./::1.txt"), ("::error::x", "./::error::x"), (":a.txt", ":a.txt"),
    ("\n::error::x", "\\n::error::x"), ("/abs/::x", "/abs/::x"),
])
def test_printable_path(path, shown):
    assert printable_path(path) == shown


def test_problem_line():
    problem = Problem("::warning::x\x1b.txt", 2, 3, "not valid utf-8\x07")
    assert problem_line(problem) == "./::warning::x\\x1b.txt:2:3: not valid utf-8\\x07"


@pytest.mark.parametrize("function, text, shown", [
    (printable_lines, "one\ntwo\r\n\x1b", "one\ntwo\\r\n\\x1b"),
    (markup, "<b title=\"x\">\x1b]8;;u\x07</b>\n", "&lt;b title=&quot;x&quot;&gt;\\x1b]8;;u\\x07&lt;/b&gt;&#10;"),
])
def test_variants_keeping_line_ends(function, text, shown):
    assert function(text) == shown


# Article text and file names from anywhere: every character but the few no file system takes in a name.
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
NAME = st.text(st.characters(codec="utf-8", exclude_characters="\x00/"), min_size=1, max_size=30)
CONTROLS = st.text(st.sampled_from("\x1b\x07\n\r\x9b\x9d\x85\u2028\u202e:[]8;=,%"), max_size=12)
HOSTILE = st.one_of(ANY_TEXT, CONTROLS, st.builds("{}\n::error file={}::{}".format, ANY_TEXT, ANY_TEXT, ANY_TEXT))
# Articles that disagree, so the hostile text is quoted in findings: a duration, a quote and a name.
TEMPLATES = (
    'The five-day talks{0} ended. "None of this is {0} easy," Secretary of State Antony Blinken said.\n',
    'The talks which lasted four days{0} ended. "None of this is {0}simple," Secretary of State Antony Blinken said.\n',
)
# What factlint writes itself in the GitHub format: a command name, properties with ':' and ',' escaped, a message.
COMMAND = re.compile(r"::(error|warning|notice) (?:[a-zA-Z]+=[^,:\n]*,)*[a-zA-Z]+=[^,:\n]*::[^\n]*")


def _report(names: list[str], hostile: str):
    documents = []
    for index, (name, template) in enumerate(zip(names, TEMPLATES)):
        document, _ = make_document(f"{name}{index}.txt", "---\ndate: 2023-05-04\nstory: s\n---\n" + template.format(hostile))
        documents.append(document)
    analysis = analyse(documents, RULEBOOK, all_facts=True)
    return Report(findings=analysis.findings, documents={d.path: d for d in analysis.documents},
                  problems=(), rules=RULEBOOK.rules, stories=analysis.stories, facts=analysis.facts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.one_of(NAME, CONTROLS.filter(bool)), min_size=2, max_size=2), hostile=HOSTILE)
def test_no_format_prints_a_control_or_a_command_factlint_did_not_write(names, hostile):
    report = _report(names, hostile)
    for name in FORMATS:
        output = render(name, report)
        raw = output.replace("\n", "").replace("\t", "")
        assert not re.search("[\x00-\x1f\x7f-\x9f]", raw), name
        assert "\x1b" not in output and "\x07" not in output
        output.encode("utf-8")  # no lone surrogate: it could not be written at all
    for line in render("text", report).splitlines():
        assert not line.startswith("::")
    for line in render("github", report).splitlines():
        assert COMMAND.fullmatch(line), line


def test_findings_quote_the_hostile_text_escaped():
    """The property above is not vacuous: these articles give findings that carry the hostile text."""
    report = _report(["a\x1b]8;;x\x07", "b\n::error file=y::z"], "\x1b]52;c;aGk=\x07")
    shown = render("text", report)
    assert {f.rule for f in report.findings} == {"duration-agreement", "quote-fidelity"}
    assert '= a\\x1b]8;;x\\x070.txt:5:40: "None of this is \\x1b]52;c;aGk=\\x07 easy,"' in shown
    assert shown.startswith("b\\n::error file=y::z1.txt:5:17: error [duration-agreement]")
    assert github.escape_property("b\n::x") == "b\\n%3A%3Ax"


@pytest.mark.skipif(sys.platform == "win32", reason="file names with line ends and controls are POSIX only")
@pytest.mark.parametrize("output_format", ["text", "github", "gitlab", "junit", "sarif", "json", "jsonl", "rdjson",
                                           "html"])
def test_through_the_cli_nothing_hostile_reaches_the_output(tmp_path, output_format):
    names = ["x\n::error file=y::owned", "\x1b]8;;https:evil.example\x07b\x1b]8;;\x07", "c\udcff\x9b2J"]
    for name, template in zip(names, (*TEMPLATES, TEMPLATES[0])):
        (tmp_path / f"{name}.txt").write_text("---\ndate: 2023-05-04\nstory: s\n---\n" + template.format("\x1b]52;c;aGk=\x07"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "factlint", "check", "--no-cache", "--jobs", "1", "--isolated",
                           "--format", output_format, str(tmp_path)], capture_output=True, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    for stream in (done.stdout, done.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream
        assert not any(line.startswith(b"::") for line in stream.splitlines()) or output_format == "github"
    if output_format == "github":
        assert all(COMMAND.fullmatch(line) for line in done.stdout.decode().splitlines())
    if output_format == "text":
        assert b"c\\udcff\\x9b2J.txt:" in done.stdout and b"x\\n::error file=y::owned.txt:" in done.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="file names with controls are POSIX only")
@pytest.mark.parametrize("command", [["check"], ["facts"], ["stories"]])
def test_read_errors_are_printable(tmp_path, command):
    """A read error is a finding of `check` on standard output, a problem of `facts` and `stories` on standard error."""
    (tmp_path / "\x1b]52;c;aGk=\x07\n::error::x.txt").write_bytes(b"caf\xe9 talks, not UTF-8")
    (tmp_path / "ok.txt").write_text("The talks lasted four days.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "factlint", *command, str(tmp_path)], capture_output=True,
                          cwd=tmp_path)
    assert b"\\x1b]52;c;aGk=\\x07\\n::error::x.txt:1:4: " in done.stderr + done.stdout
    assert b"\x1b" not in done.stderr + done.stdout and b"\x07" not in done.stderr + done.stdout
