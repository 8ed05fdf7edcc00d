"""Hostile input end to end: every bad article or rule file gets a message naming it, never a traceback."""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from factlint import __version__, cli
from factlint.cli import main

GOOD = "The five-day talks ended on Thursday in Geneva.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("name, data, expected", [
    ("latin1.txt", "Caf\xe9 talks lasted four days.".encode("latin-1"),
     "latin1.txt:1:4: error [read-error] not valid utf-8 at byte 3"),
    ("binary.txt", b"\x00\x01\x02ELF", "binary.txt:1:1: error [read-error] binary file skipped"),
])
def test_unreadable_article_is_named_and_the_run_goes_on(tmp_path, name, data, expected):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    result = run(str(tmp_path))
    assert result.exit_code == 1  # an article left unchecked fails the run (read-error), as ruff's E902
    assert any(line.endswith(expected) or expected in line for line in result.output.splitlines()), result.output
    assert "1 article" in result.output or "no findings" in result.output


def test_declared_encoding_is_honoured(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café talks. The five-day talks ended.\n\nThe talks lasted four days.".encode("latin-1"))
    result = run(str(tmp_path), "--encoding", "latin-1")
    assert result.exit_code == 1 and "not valid" not in result.output


def test_unknown_encoding_is_a_usage_error_not_a_crash(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = run(str(tmp_path), "--encoding", "no-such-codec")
    assert result.exit_code == 2 and result.output == "factlint: unknown encoding 'no-such-codec'\n"


@pytest.mark.parametrize("text", [
    "", "\n\n\n", GOOD.rstrip("\n"), "\ufeff" + GOOD, "a\r\nb\rc\nThe five-day talks ended.\r\n",
])
def test_odd_but_valid_files_are_read(tmp_path, text):
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    result = run(str(tmp_path))
    assert result.exit_code == 0 and "Traceback" not in result.output


@pytest.mark.parametrize("front_matter, expected", [
    ("---\ndate: 2023-13-45\n---\n", "a.txt:1:1: error [read-error] front matter is not valid YAML"),
    ("---\n" + "[" * 5000 + "\n---\n", "error [read-error] front matter is not valid YAML"),
])
def test_broken_front_matter_is_placed_and_fails_the_run(tmp_path, front_matter, expected):
    (tmp_path / "a.txt").write_text(front_matter + GOOD)
    result = run(str(tmp_path))
    assert expected in result.output and result.exit_code == 1 and "Traceback" not in result.output


def test_file_over_the_size_limit_is_skipped(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "small.txt").write_text(GOOD)
    result = run(str(tmp_path), "--max-file-size", "1000")
    assert "big.txt:1:1: error [read-error] file of 2000 bytes is over the size limit of 1000; skipped" in result.output
    assert result.exit_code == 1


def _one_long_line(tmp_path, size: int):
    """A single line of `size` characters dense with durations, ending in one that disagrees."""
    sentence = "The talks lasted four days and people met in Geneva while "
    line = (sentence * (size // len(sentence) + 1))[:size]
    (tmp_path / "huge.txt").write_text(line + " The five-day talks ended.")
    return run(str(tmp_path), "--no-cache", "--isolated", "--max-file-size", str(size + 1000), "--format", "jsonl")


def test_a_long_single_line_is_read_and_checked(tmp_path):
    # 300 KB, one line: the overlap checks, sentence scans and agreement once grew quadratically here.
    result = _one_long_line(tmp_path, 300_000)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert '"rule": "duration-agreement"' in result.output and '"line": 1, "column": 300006,' in result.output


@pytest.mark.skipif(not os.environ.get("FACTLINT_SLOW_TESTS"), reason="slow (over a minute of CPU): set FACTLINT_SLOW_TESTS=1, as CI does")
def test_a_five_megabyte_line_is_read(tmp_path):
    result = _one_long_line(tmp_path, 5_000_000)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert '"line": 1, "column": 5000006,' in result.output


def test_thousands_of_files(tmp_path):
    for index in range(2000):
        (tmp_path / f"{index:04}.txt").write_text(f"Article {index} about item {index}.\n")
    (tmp_path / "2000.txt").write_text("The five-day talks ended.\n\nThe talks lasted four days.\n")
    result = run(str(tmp_path), "--no-cache", "--isolated", "--format", "jsonl")
    assert result.exit_code == 1
    assert [line.count('"rule": "duration-agreement"') for line in result.output.splitlines()] == [1]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_symlink_loops_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")
    result = run(str(tmp_path))
    assert "self.txt:1:1: error [read-error] cannot read file" in result.output
    assert result.exit_code == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied_is_a_problem(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    result = run(str(tmp_path))
    assert "secret.txt:1:1: error [read-error] cannot read file: Permission denied" in result.output
    assert result.exit_code == 1


def test_missing_path_exits_2_naming_it(tmp_path):
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and f"path does not exist: {tmp_path / 'nope.txt'}" in result.output


CSV = "\n".join(f"{i},talks,{i % 7} days,lasted {i % 5 + 1} days,2023-0{i % 9 + 1}-01" for i in range(300))
SOURCE = "\n".join(f"def f{i}(days):\n    # the talks lasted {i} days\n    return days * {i}\n" for i in range(200))


@pytest.mark.parametrize("name, text", [("data.txt", CSV), ("code.txt", SOURCE)], ids=["csv", "source"])
def test_non_news_text_does_not_flood(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    result = run(str(tmp_path), "--format", "json")
    import json
    assert len(json.loads(result.stdout)["findings"]) <= 5


@pytest.mark.parametrize("error, code, expected", [
    (RuntimeError("boom"), 2, f"factlint {__version__}: internal error: RuntimeError: boom"),
    (KeyboardInterrupt(), 130, "factlint: interrupted"),
])
def test_internal_errors_are_one_line(monkeypatch, tmp_path, error, code, expected):
    (tmp_path / "a.txt").write_text(GOOD)

    def explode(*args, **kwargs):
        raise error

    monkeypatch.setattr(cli, "lint", explode)
    result = run(str(tmp_path))
    assert result.exit_code == code
    assert result.output.strip().splitlines() == [result.output.strip()] and expected in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.setattr(cli, "lint", lambda *a, **k: 1 / 0)
    result = run(str(tmp_path), "--debug")
    assert isinstance(result.exception, ZeroDivisionError)


def test_output_file_is_written_whole(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    target = tmp_path / "out.txt"
    run(str(tmp_path / "a.txt"), "-o", str(target))
    assert "no findings" in target.read_text() and [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
