"""Configuration: discovery upward, every key's type checked, errors naming file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factlint.config import ConfigError, find_config, key_line, load_config
from factlint.model import Severity

GOOD = """\
[project]
name = "newsroom"

[tool.factlint]
paths = ["articles"]
rules = ["house-rules"]
select = ["duration"]
ignore = ["unused-suppression"]
exclude = ["drafts/*"]
fail-on = "warning"
date = "2024-05-01"
story-by = "folder"

[tool.factlint.severity]
duration-agreement = "warning"

[tool.factlint.per-file-ignores]
"wires/*.txt" = ["duration"]
"""


def test_pyproject_values(tmp_path):
    (tmp_path / "pyproject.toml").write_text(GOOD)
    config = load_config(tmp_path / "pyproject.toml")
    assert config.paths == (str(tmp_path / "articles"),)
    assert config.rules == (str(tmp_path / "house-rules"),)
    assert config.select == ("duration",) and config.exclude == ("drafts/*",)
    assert config.severity == {"duration-agreement": Severity.WARNING}
    assert config.per_file_ignores == {"wires/*.txt": ("duration",)}
    assert (config.fail_on, config.date, config.story_by) == (Severity.WARNING, dt.date(2024, 5, 1), "folder")


@pytest.mark.parametrize("name, text, line, message", [
    ("pyproject.toml", "[tool.factlint]\nselect = ['x']\nselct = ['y']\n", 3, "unknown key 'selct' (did you mean 'select'?)"),
    ("pyproject.toml", "[tool]\n\n[tool.factlint]\n\nexclude = 'drafts'\n", 5, "'exclude' must be a list of strings"),
    (".factlint.toml", "paths = ['a']\nfail-on = 'eror'\n", 2, "not 'eror' (did you mean 'error'?)"),
    (".factlint.toml", "\nrespect-gitignore = 'yes'\n", 2, "'respect-gitignore' must be a boolean"),
    (".factlint.toml", "date = 'May 1'\n", 1, "'date' must be a date"),
    (".factlint.toml", "story-by = 'folders'\n", 1, "(did you mean 'folder'?)"),
    (".factlint.toml", "paths = []\n\n[severity]\nduration-agreement = 'fatal'\n", 4, "severity must be one of"),
    (".factlint.toml", "severity = { duration-agreement = 'fatal' }\n", 1, "severity must be one of"),
    (".factlint.toml", "[per-file-ignores]\n'*.md' = 'duration'\n", 1, "'per-file-ignores' must be a table"),
    (".factlint.toml", "paths = [\n", 1, "not valid TOML"),
    (".factlint.toml", "a = 1\nb = = 2\n", 2, "not valid TOML"),
])
def test_errors_name_file_and_line(tmp_path, name, text, line, message):
    (tmp_path / name).write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / name)
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == (str(tmp_path / name), line)
    assert message in problem.message


def test_found_from_a_subfolder_nearest_first(tmp_path):
    (tmp_path / "pyproject.toml").write_text(GOOD)
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / ".factlint.toml").write_text("")
    assert find_config(deep) == tmp_path / "a" / ".factlint.toml"


def test_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(tmp_path) != tmp_path / "pyproject.toml"


@pytest.mark.parametrize("table, key, line", [
    ("tool.factlint", "select", 3), ("tool.factlint.severity", "x", 5), ("tool.factlint", "nope", 2), ("", "top", 1),
])
def test_key_line(table, key, line):
    text = "top = 1\n[tool.factlint]\nselect = []\n[tool.factlint.severity]\n\"x\" = 'info'\n"
    assert key_line(text, table, key) == line


def test_cli_reads_the_config_and_reports_errors(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from factlint.cli import main

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("The five-day talks ended.\nThe talks which lasted four days ended.\n")
    (tmp_path / ".factlint.toml").write_text("paths = ['articles']\nfail-on = 'error'\n[severity]\nduration-agreement = 'warning'\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0 and result.stdout.startswith("articles/a.txt:2:17: warning [duration-agreement]")
    (tmp_path / ".factlint.toml").write_text("paths = ['articles']\nfail_on = 'error'\n")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert f"{tmp_path / '.factlint.toml'}:2:1: unknown key 'fail_on' (did you mean 'fail-on'?)" in result.output


@pytest.mark.parametrize("setting, option, stories", [
    ("story-by = 'folder'\n", (), ["story seeds (5 articles)"]),
    ("story-by = 'content'\n", (), ["story seeds/000_5439743ecc6be855.txt (5 articles)"]),
    ("story-by = 'content'\n", ("--story-by", "folder"), ["story seeds (5 articles)"]),  # the option wins
])
def test_story_by_reaches_the_pipeline(tmp_path, monkeypatch, setting, option, stories):
    from click.testing import CliRunner

    from factlint.cli import main

    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    config = tmp_path / "factlint.toml"
    config.write_text(setting)
    monkeypatch.setattr("factlint.cli.common.find_config", lambda start: config)
    output = CliRunner().invoke(main, ["stories", *option, "seeds/"]).output
    assert [line for line in output.splitlines() if line.startswith("story ")] == stories


def test_date_and_manifest_reach_the_pipeline(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from factlint.cli import main

    (tmp_path / "a.txt").write_text("The five-day talks began on Sunday.\n")
    (tmp_path / "stories.yaml").write_text("stories:\n  round: [a.txt]\n")
    (tmp_path / ".factlint.toml").write_text("date = '2023-05-04'\nmanifest = 'stories.yaml'\n")
    monkeypatch.chdir(tmp_path)
    records = CliRunner().invoke(main, ["facts", "--format", "jsonl", "a.txt"]).output
    assert '"text": "Sunday", "value": "2023-04-30"' in records and '"story": "round"' in records


@pytest.mark.parametrize("data, found", [
    (b'[project]\nname = "caf\xe9"\n', False),  # not UTF-8 and not factlint's: passed over, as before
    (b'[tool.factlint]\npaths = ["caf\xe9"]\n', True),  # factlint's: found, and loading it says what is wrong
])
def test_a_pyproject_that_is_not_utf8_is_no_traceback(tmp_path, data, found):
    (tmp_path / "pyproject.toml").write_bytes(data)
    assert (find_config(tmp_path) == tmp_path / "pyproject.toml") is found
    if found:
        with pytest.raises(ConfigError, match="not valid UTF-8 at byte 29"):
            load_config(tmp_path / "pyproject.toml")


@pytest.mark.parametrize("text, message", [
    ("[tool.factlint]\npaths = " + "[" * 100_000 + "]" * 100_000 + "\n", "not read: arrays or tables nested too deeply"),
    ("[tool.factlint]\n# " + "x" * 4_000_001 + "\n", "configuration not read: file of 4000020 bytes is over the size limit of 4000000$"),
])
def test_hostile_configurations_are_config_errors(tmp_path, text, message):
    (tmp_path / ".factlint.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path / ".factlint.toml")
