"""--format NAME[:FILE] and -o FILE paired into outputs; statistics per rule."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.model import Finding, Severity, Span
from factlint.report.outputs import Output, OutputError, parse_outputs, statistics

ROOT = Path(__file__).resolve().parents[1]
KNOWN = ("text", "json", "sarif", "github")


@pytest.mark.parametrize("formats, files, expected", [
    ((), (), [Output("text")]),
    (("json",), ("out.json",), [Output("json", "out.json")]),
    (("text", "sarif"), ("-", "out.sarif"), [Output("text"), Output("sarif", "out.sarif")]),
    (("text", "sarif:out.sarif"), (), [Output("text"), Output("sarif", "out.sarif")]),
    (("json", "sarif:o.sarif", "github"), ("o.json",), [Output("json", "o.json"), Output("sarif", "o.sarif"), Output("github")]),
    (("sarif:C:/x.sarif",), (), [Output("sarif", "C:/x.sarif")]),
])
def test_pairing(formats, files, expected):
    assert parse_outputs(formats, files, KNOWN) == expected


@pytest.mark.parametrize("formats, files, message", [
    (("yaml",), (), "unknown format 'yaml'"),
    (("sarif:",), (), "a file name must follow"),
    (("json",), ("a", "b"), "2 -o value(s) for 1 format(s)"),
    (("text", "json"), (), "only one format can go to standard output"),
])
def test_mistakes(formats, files, message):
    with pytest.raises(OutputError, match=re.escape(message)):
        parse_outputs(formats, files, KNOWN)


def test_statistics_most_frequent_first():
    span = Span("a.txt", 0, 1, 1, 1, 1, 2)
    findings = [Finding("b-rule", Severity.ERROR, "m", span)] * 2 + [Finding("a-rule", Severity.WARNING, "m", span)]
    assert statistics(findings, ()) == "2\tb-rule\terror\n1\ta-rule\twarning\n"


# -o as a user runs it, through a shell: what reaches each kind of destination, and what is left behind.
ARTICLE = "The five-day talks ended on Thursday.\n\nThe talks, which lasted four days, ended on Thursday.\n"
WRITE_CASES = [
    # (what the shell does first, the -o target, a command whose output must be the report's size, what must hold)
    ("touch real.json && ln -s real.json link.json", "link.json", "wc -c < real.json", "test -L link.json"),
    ("mkfifo fifo && (wc -c < fifo > got &)", "fifo", "sleep 1; cat got", "test -p fifo"),
    ("", ">(wc -c > got)", "sleep 1; cat got", "true"),
    ("", "/dev/stdout", "wc -c < out", "true"),
    ("", "plain.json", "wc -c < plain.json", "! ls -A | grep -q tmp"),
]


@pytest.mark.parametrize("setup, target, measure, holds", WRITE_CASES, ids=["symlink", "fifo", "process-substitution",
                                                                            "dev-stdout", "regular"])
def test_report_reaches_every_kind_of_destination(tmp_path, setup, target, measure, holds):
    (tmp_path / "a.txt").write_text(ARTICLE)
    factlint = f"{sys.executable} -m factlint"
    script = (f"{setup + ' && ' if setup else ''}{factlint} a.txt --no-cache --jobs 1 --format json:expected "
              f"--format json -o {target} > out; {measure} > size; {holds}")
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert int((tmp_path / "size").read_text().split()[0]) == len((tmp_path / "expected").read_bytes())


@pytest.mark.parametrize("target, reason", [
    ("/dev/full", "No space left on device"),
    ("no/such/folder/out.json", "No such file or directory"),
])
def test_a_report_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, target, reason):
    (tmp_path / "a.txt").write_text(ARTICLE)
    done = subprocess.run([sys.executable, "-m", "factlint", "a.txt", "--no-cache", "--format", "json", "-o", target],
                          cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == f"factlint: cannot write report to {target}: {reason}"
    assert "Traceback" not in done.stderr
