"""The command line end to end: golden reports on the seeds, JSON shape, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def run(*args: str, cwd: Path = ROOT, input: str | None = None):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), input=input)
    finally:
        os.chdir(old)


def test_golden_text_report_on_seeds():
    result = run("seeds/")
    expected = (GOLDEN / "seeds.txt").read_text(encoding="utf-8")
    assert result.output == expected
    assert result.exit_code == 1


def test_seeds_report_four_against_five_days_and_not_three():
    data = json.loads(run("seeds/", "--format", "json").output)
    durations = [f for f in data["findings"] if f["rule"] == "duration-agreement"]
    places = sorted((Path(f["path"]).name[:3], f["line"]) for f in durations)
    assert places == [("002", 3), ("002", 13)]
    for finding in durations:
        assert [(Path(r["path"]).name[:3], r["line"]) for r in finding["related"]] == [("001", 4)]
    assert not any("3 days" in f["message"] for f in data["findings"])


def test_json_shape():
    data = json.loads(run("seeds/", "--format", "json").output)
    assert set(data) >= {"findings", "summary"}
    finding = data["findings"][0]
    assert set(finding) >= {"rule", "severity", "message", "path", "line", "column", "end_line", "end_column", "related"}
    assert set(finding["related"][0]) == {"path", "line", "column", "end_line", "end_column", "message"}
    assert finding["line"] >= 1 and finding["column"] >= 1
    assert data["summary"]["findings"] == len(data["findings"])


def test_exit_0_when_clean(tmp_path):
    (tmp_path / "a.txt").write_text("The five-day talks ended on Thursday.")
    result = run(str(tmp_path))
    assert result.exit_code == 0
    assert "no findings" in result.output


def test_exit_2_on_missing_path(tmp_path):
    result = run(str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "nope" in result.output


def test_exit_2_on_bad_rule_file(tmp_path):
    (tmp_path / "bad.yaml").write_text("id: bad\nkind: nope\n")
    result = run("seeds/", "--rules", str(tmp_path))
    assert result.exit_code == 2
    assert "bad.yaml:1:1: missing required key" in result.output


def test_exit_2_on_unknown_option():
    assert run("seeds/", "--no-such-option").exit_code == 2


def test_exit_2_on_unknown_selector():
    result = run("seeds/", "--select", "no-such-rule")
    assert result.exit_code == 2 and "no-such-rule" in result.output


def test_ignore_removes_findings():
    assert run("seeds/", "--ignore", "duration").exit_code == 0


def test_conflict_within_one_article(tmp_path):
    (tmp_path / "a.txt").write_text("The five-day talks ended.\n\nThe talks which lasted four days ended.")
    assert run(str(tmp_path)).exit_code == 1


def test_stdin():
    result = run("-", input="The five-day talks ended.\nThe talks which lasted four days ended.\n")
    assert result.exit_code == 1 and result.output.startswith("-:2:")


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = run("seeds/", "--format", "json", "-o", str(target))
    assert result.output == "" and json.loads(target.read_text())["findings"]


def test_rules_command_lists_shipped_rules():
    assert "duration-agreement\tagreement\terror" in run("rules").output


def test_facts_command():
    output = run("facts", "seeds/").output
    assert "five-day peace talks\tP5D\ttalks\tother:last month" in output


def test_version():
    assert run("--version").output.startswith("factlint, version ")


def test_python_dash_m_from_another_directory(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "factlint", str(ROOT / "seeds")], cwd=tmp_path,
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1 and "duration-agreement" in result.stdout


def _corpus(folder: Path, copies: int = 12) -> Path:
    """Copies of the seeds, each copy a story of its own, enough articles to fan out."""
    for index in range(copies):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            text = f"---\nstory: s{index}\n---\n" + seed.read_text(encoding="utf-8")
            (folder / f"{index:02}-{seed.name}").write_text(text, encoding="utf-8")
    return folder


def test_jobs_2_output_equals_jobs_1(tmp_path, monkeypatch):
    from factlint import fanout

    monkeypatch.setattr(fanout, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(fanout, "PARALLEL_MIN_DOCUMENTS", 2)
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    serial = run(str(corpus), "--jobs", "1", "--no-cache", "--format", "json")
    parallel = run(str(corpus), "--jobs", "2", "--no-cache", "--format", "json")
    assert serial.exit_code == parallel.exit_code == 1
    assert json.loads(parallel.output)["findings"] and parallel.output == serial.output


def test_cache_dir_is_written_and_reused(tmp_path):
    cache = tmp_path / "cache"
    first = run("seeds/", "--cache-dir", str(cache))
    assert (cache / "extract.sqlite3").is_file()
    second = run("seeds/", "--cache-dir", str(cache))
    assert second.output == first.output == (GOLDEN / "seeds.txt").read_text(encoding="utf-8")


def test_no_cache_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("The five-day talks ended on Thursday.")
    result = run(str(tmp_path / "a.txt"), "--no-cache", cwd=tmp_path)
    assert result.exit_code == 0 and not (tmp_path / ".factlint_cache").exists()


def test_default_cache_is_in_the_working_directory(tmp_path):
    (tmp_path / "a.txt").write_text("The five-day talks ended on Thursday.")
    run(str(tmp_path / "a.txt"), cwd=tmp_path)
    assert (tmp_path / ".factlint_cache" / "extract.sqlite3").is_file()


@pytest.mark.parametrize("jobs", ["0", "-1", "many"])
def test_bad_jobs_is_a_usage_error(jobs):
    assert run("seeds/", "--jobs", jobs).exit_code == 2


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(320):
        (corpus / f"{index:03}.txt").write_text(f"Article {index} about the five-day talks.", encoding="utf-8")
    result = CliRunner().invoke(main, [str(corpus), "--no-cache", "--jobs", "1"])
    assert "extracting" not in result.output
