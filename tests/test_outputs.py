"""--format NAME[:FILE] and -o FILE paired into outputs; statistics per rule."""

from __future__ import annotations

import re

import pytest

from factlint.model import Finding, Severity, Span
from factlint.outputs import Output, OutputError, parse_outputs, statistics

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
