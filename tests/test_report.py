"""Every output format on the seeds against its golden file, and the one FORMATS table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main
from factlint.report import FORMATS, HUMAN_FORMATS, render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
# text keeps its historical name, seeds.txt.
GOLDEN_NAME = {"text": "seeds.txt"}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_golden_output_per_format(name):
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["check", "--isolated", "seeds/", "--format", name])
    finally:
        os.chdir(old)
    expected = (GOLDEN / GOLDEN_NAME.get(name, f"seeds.{name}")).read_text(encoding="utf-8")
    assert result.output == expected
    assert result.exit_code == 1


def test_every_format_has_a_golden_file():
    names = {GOLDEN_NAME.get(name, f"seeds.{name}") for name in FORMATS}
    assert names <= {p.name for p in GOLDEN.iterdir()}


def test_only_human_formats_take_colour(rulebook):
    from factlint.pipeline import lint

    _, report = lint([str(ROOT / "seeds")], rulebook)
    assert "\x1b[" in render("text", report, color=True)
    assert "\x1b[" not in render("text", report, color=False)
    for name in set(FORMATS) - HUMAN_FORMATS:
        assert "\x1b[" not in render(name, report, color=True)


def test_quiet_text_has_no_summary(rulebook):
    from factlint.pipeline import lint

    _, report = lint([str(ROOT / "seeds")], rulebook)
    quiet = render("text", report, quiet=True)
    assert "Found 2 findings" not in quiet and "[duration-agreement]" in quiet


@pytest.mark.parametrize("with_fix", [True, False])
def test_json_records_carry_fixes_only_when_there_are_some(with_fix):
    import json

    from factlint.model import Edit, Finding, Report, Severity
    from factlint.read.documents import make_document

    doc = make_document("a.txt", "Ararat Mirzoian spoke.\n")[0]
    span = doc.span(7, 15)
    fixes = (Edit(span, "Mirzoyan"),) if with_fix else ()
    report = Report((Finding("name-variants", Severity.WARNING, "spelt Mirzoyan", span, (), fixes),), {"a.txt": doc}, ())
    for name in ("json", "jsonl"):
        out = render(name, report)
        record = json.loads(out)["findings"][0] if name == "json" else json.loads(out.splitlines()[0])
        expected = [{"path": "a.txt", "line": 1, "column": 8, "end_line": 1, "end_column": 16, "replacement": "Mirzoyan"}]
        assert record.get("fixes") == (expected if with_fix else None)
