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
