"""benchmarks/compare: two reports or facts listings are the same only when nothing but the version differs, and the
findings one side alone reports are named."""

from __future__ import annotations

import json

import pytest

from benchmarks.compare import compare_facts, compare_reports

A = {"path": "a.md", "line": 1, "rule": "count-agreement", "message": "3 here but 4 there"}
B = {"path": "b.md", "line": 2, "rule": "date-agreement", "message": "Monday here but Tuesday there"}


def report(findings, version="1", **fields):
    return json.dumps({"version": version, "findings": findings, **fields})


@pytest.mark.parametrize("base, here, same, shown", [
    (report([A, B]), report([A, B], version="2"), True, []),
    (report([A, B]), report([A]), False, ["only in base: b.md:2 date-agreement"]),
    (report([A]), report([A, B]), False, ["only here: b.md:2 date-agreement"]),
    (report([A, B]), report([B, A]), False, []),  # order is part of the report
    (report([A], summary={"errors": 1}), report([A], summary={"errors": 2}), False, ["field 'summary' differs"]),
])
def test_compare_reports(capsys, base, here, same, shown):
    assert compare_reports("gva", base, here) is same
    printed = capsys.readouterr().out
    assert ("same report" in printed) is same
    for text in shown:
        assert text in printed


@pytest.mark.parametrize("base, here, same", [
    ('{"b": 1, "a": 2}\n{"c": 3}\n', '{"a": 2, "b": 1}\n\n{"c": 3}\n', True),
    ('{"a": 1}\n', '{"a": 2}\n', False),
    ('{"a": 1}\n{"b": 1}\n', '{"b": 1}\n{"a": 1}\n', False),
])
def test_compare_facts(capsys, base, here, same):
    assert compare_facts("pile", base, here) is same
    assert ("DIFFERENT" in capsys.readouterr().out) is not same
