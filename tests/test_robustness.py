"""Hostile input end to end: every bad article or rule file gets a message naming it, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from factlint import __version__
from factlint.cli import check as check_command
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

    monkeypatch.setattr(check_command, "lint", explode)
    result = run(str(tmp_path))
    assert result.exit_code == code
    assert result.output.strip().splitlines() == [result.output.strip()] and expected in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    monkeypatch.setattr(check_command, "lint", lambda *a, **k: 1 / 0)
    result = run(str(tmp_path), "--debug")
    assert result.exit_code == 2  # --debug adds the traceback and keeps an internal error's exit code
    assert "Traceback" in result.output and "ZeroDivisionError: division by zero" in result.output


def test_output_file_is_written_whole(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    target = tmp_path / "out.txt"
    run(str(tmp_path / "a.txt"), "-o", str(target))
    assert "no findings" in target.read_text() and [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# Issue 21, point by point, through the command line.

BOMB = ("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
        + "---\n" + GOOD)


def _read_error(expected: str) -> str:
    """'a.txt:3:8: message' as a read-error finding shows it: 'a.txt:3:8: error [read-error] message'."""
    where, colon, message = expected.partition(": ")
    return f"{where}: error [read-error] {message}" if colon else expected


def _factlint(*args: str, cwd=None, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factlint", *args], capture_output=True, cwd=cwd, timeout=timeout,
                          **kwargs)


@pytest.mark.parametrize("front, expected", [
    (BOMB.split("---\n" + GOOD)[0] + "---\n", "a.txt:3:8: front matter is not read: YAML alias '*a' refused"),
    ("---\nx: &x 1\ny: *x\n---\n", "a.txt:3:4: front matter is not read: YAML alias '*x' refused"),
    ("---\ntitle: " + "x" * 70_000 + "\n---\n", "a.txt:2:1: front matter of 70008 characters is over the limit"),
    ("---\n" + "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 200)) + "---\n", "a.txt:"),
    ("---\nd: " + "[" * 100_000 + "\n---\n", "a.txt:2:1: front matter of 100004 characters is over the limit"),
])
@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_hostile_front_matter_is_a_problem_in_bounded_time(tmp_path, front, expected, cache):
    (tmp_path / "a.txt").write_text(front + GOOD)
    (tmp_path / "b.txt").write_text(GOOD)
    started = time.process_time()
    result = run("--isolated", "--jobs", "1", *cache, "--cache-dir", str(tmp_path / "cache"), str(tmp_path))
    assert time.process_time() - started < 10  # the alias bomb took a minute and 4 GB before failing
    assert result.exit_code == 1 and _read_error(expected) in result.output, result.output
    assert "Found 1 finding (1 error) in 2 articles" in result.output  # the article is checked without it


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices")
def test_a_fifo_in_a_folder_is_skipped_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(GOOD)
    done = _factlint("--isolated", "--no-cache", str(tmp_path), cwd=tmp_path, timeout=30)
    assert _read_error("pipe.txt:1:1: not a regular file but a FIFO (named pipe); skipped") in done.stdout.decode()
    assert done.returncode == 1 and b"1 finding (1 error) in 1 article" in done.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("args, stdin, expected", [
    (["/dev/zero"], None, "/dev/zero:1:1: character device gave more than the size limit of 10000000 bytes"),
    (["/dev/zero", "--max-file-size", "100"], None, "/dev/zero:1:1: character device gave more than the size limit"),
    (["-", "--max-file-size", "100"], b"x" * 101, "-:1:1: standard input gave more than the size limit of 100"),
    (["-", "--max-file-size", "100"], b"caf\xe9", "-:1:4: not valid utf-8 at byte 3"),
])
def test_a_named_stream_is_read_up_to_the_size_limit(tmp_path, args, stdin, expected):
    done = _factlint("--isolated", "--no-cache", *args, cwd=tmp_path, timeout=60, input=stdin or b"")
    assert done.returncode == 1 and _read_error(expected) in done.stdout.decode(), done


def test_stdin_within_the_limit_is_an_article(tmp_path):
    done = _factlint("--isolated", "--no-cache", "-", cwd=tmp_path, input=b"The five-day talks ended.\n\n"
                     b"The talks lasted four days.\n")
    assert done.returncode == 1 and b"-:3:" in done.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="PATH_MAX of 4096 is Linux's")
def test_articles_past_path_max_are_problems_not_a_silent_skip(tmp_path):
    from tests.test_filesystem import _deep_tree

    deep = _deep_tree(tmp_path, 550)
    done = _factlint("--isolated", "--no-cache", str(tmp_path), cwd=tmp_path)
    assert "error [read-error] cannot read: the path of" in done.stdout.decode()
    assert "too long for the system (File name too long); it and anything under it" in done.stdout.decode()
    assert done.returncode == 1
    named = _factlint("--isolated", "--no-cache", deep, cwd=tmp_path)
    assert named.returncode == 1 and "internal error" not in named.stderr.decode()
    assert f"1:1: error [read-error] cannot read: the path of {len(deep)} characters" in named.stdout.decode()


@pytest.mark.skipif(os.name != "posix", reason="shell redirections")
@pytest.mark.parametrize("redirect, code, expected", [
    (">&-", 2, "factlint: cannot write the report: standard output is closed"),
    ("> /dev/full", 2, "factlint: cannot write the report to standard output: No space left on device"),
    ("| head -1 > /dev/null; exit ${PIPESTATUS[0]}", 141, ""),
])
@pytest.mark.parametrize("command", [["check", "--format", "jsonl"], ["facts", "--format", "jsonl"]])
def test_output_faults_have_messages_and_exit_codes(tmp_path, redirect, code, expected, command):
    if "full" in redirect and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    for index in range(40):  # past a pipe's buffer, so the reader is gone before the report is out
        (tmp_path / f"{index:02}.txt").write_text("The five-day talks ended.\n\nThe talks lasted four days.\n" * 40)
    line = " ".join([sys.executable, "-m", "factlint", *command, *(["--no-cache", "--isolated"] if command[0] ==
                     "check" else []), str(tmp_path), redirect])
    done = subprocess.run(["bash", "-c", line], capture_output=True, cwd=tmp_path, timeout=120)
    assert done.returncode == code, done.stderr
    assert done.stderr.decode().strip() == expected


@pytest.mark.skipif(os.name != "posix", reason="shell redirections")
@pytest.mark.parametrize("redirect, code, shown", [
    ("2>&-", 1, "Found 1 finding"),  # problems have nowhere to go; the report still does
    ("<&-", 1, "Found 1 finding"),  # `-` is not named: standard input is not read
    ("0<&- 2>&- >&-", 2, ""),
])
def test_closed_standard_streams(tmp_path, redirect, code, shown):
    (tmp_path / "a.txt").write_text("The five-day talks ended.\n\nThe talks lasted four days.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    line = f"{sys.executable} -m factlint --isolated --no-cache {tmp_path} {redirect}"
    done = subprocess.run(["bash", "-c", line], capture_output=True, cwd=tmp_path, timeout=60)
    assert done.returncode == code and shown.encode() in done.stdout, done


@pytest.mark.parametrize("name, text, expected", [
    ("deep.yaml", "stories: " + "[" * 100_000 + "]" * 100_000 + "\n", "deep.yaml:1:"),
    ("deeper.yaml", "stories:\n" + "".join("  " * i + "- \n" for i in range(60)), "nested deeper than 50 levels"),
    ("latin.yaml", "stories: {s: [caf\xe9.txt]}\n", "latin.yaml:1:1: story manifest not read: not valid UTF-8"),
])
def test_hostile_manifests_are_usage_errors(tmp_path, name, text, expected):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(text.encode("latin-1"))
    result = run(str(tmp_path / "a.txt"), "--isolated", "--no-cache", "--manifest", str(tmp_path / name))
    assert result.exit_code == 2 and expected in result.output and "internal error" not in result.output


@pytest.mark.parametrize("text, expected", [
    ("[tool.factlint]\npaths = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
    ("[tool.factlint]\npaths = ['caf\xe9']\n", "pyproject.toml:2:1: not valid UTF-8 at byte 29"),
])
def test_hostile_configurations_are_usage_errors(tmp_path, text, expected):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "pyproject.toml").write_bytes(text.encode("latin-1"))
    result = run(str(tmp_path / "a.txt"), "--no-cache", "--config", str(tmp_path / "pyproject.toml"))
    assert result.exit_code == 2 and expected in result.output and "internal error" not in result.output


def test_out_of_memory_on_one_article_spares_the_others(monkeypatch, tmp_path):
    import dataclasses

    from factlint import extract, fanout

    (tmp_path / "a.txt").write_text("The five-day talks ended.\n\nThe talks lasted four days.\n")
    (tmp_path / "huge.txt").write_text("The talks lasted four days. HUGE\n")
    durations = next(e for e in extract.EXTRACTORS if e.name == "durations")
    original = durations.run

    def greedy(doc, vocabulary):
        if "HUGE" in doc.text:
            raise MemoryError
        return original(doc, vocabulary)

    greedy_durations = dataclasses.replace(durations, run=greedy)
    monkeypatch.setattr(fanout, "EXTRACTORS", tuple(greedy_durations if e is durations else e for e in extract.EXTRACTORS))
    result = run(str(tmp_path), "--isolated", "--no-cache", "--jobs", "1")
    assert result.exit_code == 1 and "a.txt:3:" in result.output
    assert "huge.txt:1:1: factlint failed to extract its durations facts (MemoryError" in result.output


def test_out_of_memory_while_reading_one_article_spares_the_others(monkeypatch, tmp_path):
    from factlint.read import documents as read

    (tmp_path / "a.txt").write_text("The five-day talks ended.\n\nThe talks lasted four days.\n")
    (tmp_path / "huge.txt").write_text("HUGE\n")
    original = read.make_document

    def greedy(path, text):
        if "HUGE" in text:
            raise MemoryError
        return original(path, text)

    monkeypatch.setattr(read, "make_document", greedy)
    result = run(str(tmp_path), "--isolated", "--no-cache", "--jobs", "1")
    assert result.exit_code == 1 and "a.txt:3:" in result.output
    assert _read_error("huge.txt:1:1: out of memory while reading this article; skipped") in result.output


def test_out_of_memory_elsewhere_is_a_message(monkeypatch, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)

    def greedy(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(check_command, "lint", greedy)
    result = run(str(tmp_path))
    assert result.exit_code == 2 and result.output.startswith("factlint: out of memory")


@pytest.mark.parametrize("first_line", [
    "The" + " " * 30_000 + "talks.", "The" + " " * 100_000 + "talks.", "The" + " - " * 30_000 + "talks.",
    "." * 100_000, "The talks" + "\t" * 50_000 + "| Reuters",
])
def test_a_hostile_first_line_is_checked_in_bounded_time(tmp_path, first_line):
    (tmp_path / "a.txt").write_text(first_line + "\n\nThe five-day talks ended.\n\nThe talks lasted four days.\n")
    (tmp_path / "b.txt").write_text(GOOD)
    started = time.process_time()
    result = run(str(tmp_path), "--isolated", "--no-cache", "--jobs", "1")
    assert time.process_time() - started < 10  # the headline's old pattern took 17 s on 30,000 spaces
    assert result.exit_code == 1 and "a.txt:5:" in result.output


@pytest.mark.parametrize("timeout, expected", [
    ("10", None), ("3600", "option 'timeout' must be a positive number of seconds, at most 10 (not 3600)"),
    (".nan", "option 'timeout' must be a positive number of seconds, at most 10 (not nan)"),
])
def test_a_pattern_rule_timeout_is_capped(tmp_path, timeout, expected):
    (tmp_path / "house.yaml").write_text(
        "id: house\ndescription: House style.\nkind: pattern\nseverity: warning\nmessage: \"avoid '{text}'\"\n"
        f"options:\n  patterns: ['gonna']\n  timeout: {timeout}\n")
    result = run("validate-rules", str(tmp_path / "house.yaml"))
    if expected is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 2 and f"house.yaml:8:3: {expected}" in result.output


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of one child process")
def test_a_large_article_takes_memory_in_proportion(tmp_path):
    """Issue 21, point 8: a 4 MB article took 90 bytes of memory per byte of text. The target is under 20 above the
    start-up footprint (the peak of a small article that loads every vocabulary); 1 MB of news is held to it. (The
    seeds repeated instead are no such news: every line contradicts its copies, and the report grows faster.)"""
    from benchmarks.large_articles import PILE, MAX_BYTES_PER_BYTE, check_command, measured, news_text, small_article

    if not PILE.exists():
        pytest.skip(f"{PILE} is absent")

    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(small_article(), encoding="utf-8")
    large.write_text(news_text(1), encoding="utf-8")
    size = large.stat().st_size
    base, done = measured(check_command(small, size), tmp_path).peak_mb, measured(check_command(large, size), tmp_path)
    assert done.exit_code in (0, 1)
    assert (done.peak_mb - base) * 2**20 / size < MAX_BYTES_PER_BYTE, (base, done.peak_mb)
