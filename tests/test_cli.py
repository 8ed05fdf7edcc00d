"""The command line end to end: golden reports on the seeds, JSON shape, exit codes."""

from __future__ import annotations

import codecs
import json
import os
import re
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
        assert [(Path(r["path"]).name[:3], r["line"]) for r in finding["related"]] == [("001", 4), ("004", 10)]
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
    assert result.exit_code == 1 and result.stdout.startswith("-:2:")


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = run("seeds/", "--format", "json", "-o", str(target))
    assert result.output == "" and json.loads(target.read_text())["findings"]


def test_rules_command_lists_shipped_rules():
    output = run("rules").output
    assert "duration-agreement\tagreement\terror\ton\t" in output
    assert "spelling-convention\tname-variants\tinfo\toff\t" in output  # off by default, as ruff marks preview


def test_facts_command():
    output = run("facts", "seeds/").output
    assert "five-day peace talks" in output
    assert output.splitlines()[0].split()[:4] == ["PLACE", "KIND", "TEXT", "VALUE"]


def test_facts_place_a_sentence_about_another_round_in_that_rounds_story():
    records = [json.loads(line) for line in run("facts", "--format", "jsonl", "seeds/").output.splitlines()]
    # 004's "five-day peace talks ... last month" is the May round: the first episode of the talks' story, where
    # 001's five-day talks are; 004's own three-day talks are the June episode.
    five = next(r for r in records if r["text"] == "five-day peace talks")
    may = next(r for r in records if r["text"] == "five-day talks" and r["path"].startswith("seeds/001"))
    june = next(r for r in records if r["text"] == "three-day peace talks")
    assert (five["path"], five["line"], five["story"], five["instance"]) == (
        "seeds/004_13436aa4976ae56c.txt", 10, may["story"], may["instance"])
    assert (june["story"], june["instance"]) == (may["story"], "2023-06-04")


def test_version():
    assert run("--version").output.startswith("factlint, version ")


def test_python_dash_m_from_another_directory(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "factlint", str(ROOT / "seeds")], cwd=tmp_path,
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1 and "duration-agreement" in result.stdout


def test_facts_jsonl_has_places_and_values():
    records = [json.loads(line) for line in run("facts", "--format", "jsonl", "seeds/").output.splitlines()]
    sunday = next(r for r in records if r["text"] == "Sunday")
    assert (sunday["kind"], sunday["value"], sunday["subject"], sunday["attrs"]["role"]) == ("date", "XXXX-WXX-7", "talks", "start")


def test_date_option_anchors_relative_dates():
    records = [json.loads(line) for line in run("facts", "--format", "jsonl", "--date", "2023-05-04", "seeds/").output.splitlines()]
    assert next(r for r in records if r["text"] == "Sunday")["value"] == "2023-04-30"


def test_bad_date_option_is_a_usage_error():
    assert run("seeds/", "--date", "yesterday").exit_code == 2


def test_stories_command_lists_the_two_rounds_and_the_reference():
    output = run("stories", "seeds/").output
    heads = [line for line in output.splitlines() if line.startswith("story ")]
    assert heads == ["story seeds/000_5439743ecc6be855.txt (5 articles)"]
    assert "  episode main\n    seeds/001_3c1e2b94aa01429f.txt" in output
    assert "  episode 2023-06-04\n    seeds/000_5439743ecc6be855.txt" in output
    assert "refers to episode main as \"last month\" (seeds/004_13436aa4976ae56c.txt:10;" in output
    assert "seeds/002_60e84be2c5a20637.txt\t2023-05-04 (its own date)" in output


def test_stories_command_lists_each_episodes_event_mentions():
    output = run("stories", "seeds/").output
    may, june = output.split("  episode 2023-06-04\n")
    # Each episode's own mentions, most frequent first; then those of other times its articles' clauses name.
    assert "    mentions: talks (6)," in may and "    mentions: met (2)," in june
    assert "    other:1991: tense @1991" in june and "other:1991" not in june.split("mentions:")[0]


def test_story_by_folder_puts_all_seeds_in_one_story():
    output = run("stories", "--story-by", "folder", "seeds/").output
    assert [line for line in output.splitlines() if line.startswith("story ")] == ["story seeds (5 articles)"]


def test_manifest_option(tmp_path):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text(f"stories:\n  may: [{ROOT / 'seeds' / '002_60e84be2c5a20637.txt'}]\n")
    output = run("stories", "--manifest", str(manifest), "seeds/").output
    assert "story may (1 article)\n  seeds/002_60e84be2c5a20637.txt" in output
    # 002 now stands alone, so its "four days" is compared with nothing.
    assert "seeds/002_60e84be2c5a20637.txt:3:139:" not in run("check", "--manifest", str(manifest), "seeds/").output


def test_bad_manifest_exits_2(tmp_path):
    manifest = tmp_path / "stories.yaml"
    manifest.write_text("- a\n")
    result = run("check", "--manifest", str(manifest), "seeds/")
    assert result.exit_code == 2 and "story manifest" in result.output


def test_text_and_sarif_in_one_run(tmp_path):
    target = tmp_path / "out.sarif"
    result = run("seeds/", "--format", "text", "--format", "sarif", "-o", "-", "-o", str(target))
    assert result.output == (GOLDEN / "seeds.txt").read_text(encoding="utf-8")
    assert json.loads(target.read_text())["runs"][0]["results"]
    colon = run("seeds/", "--format", f"sarif:{tmp_path / 'b.sarif'}")
    assert colon.output == "" and (tmp_path / "b.sarif").exists()


def test_two_formats_to_stdout_is_a_usage_error():
    result = run("seeds/", "--format", "text", "--format", "json")
    assert result.exit_code == 2 and "only one format can go to standard output" in result.output


def test_statistics():
    result = run("seeds/", "--statistics")
    assert result.output.splitlines()[:2] == ["5\tquote-fidelity\twarning", "2\tduration-agreement\terror"]
    assert "1\tname-variants\twarning" in result.output.splitlines() and result.exit_code == 1


def test_quiet():
    golden = (GOLDEN / "seeds.txt").read_text(encoding="utf-8")
    assert run("seeds/", "--quiet").output == golden[: golden.rindex("Found")].rstrip("\n") + "\n"


def test_color_always_and_never():
    assert "\x1b[" in run("seeds/", "--color", "always").output
    assert "\x1b[" not in run("seeds/", "--color", "never").output


@pytest.mark.parametrize("tty, no_color, expected", [(True, "", True), (True, "1", False), (False, "", False)])
def test_colour_only_on_a_terminal_without_no_color(monkeypatch, tty, no_color, expected):
    from factlint.cli import common

    monkeypatch.setattr(common.sys.stdout, "isatty", lambda: tty, raising=False)
    monkeypatch.setenv("NO_COLOR", no_color)
    assert common._use_color("auto") is expected


def test_validate_rules(tmp_path):
    assert run("validate-rules", "rules/").exit_code == 0
    assert run("validate-rules", "rules/duration-agreement.yaml", "rules/vocabulary/events.yaml").exit_code == 0
    (tmp_path / "bad.yaml").write_text("id: bad\ndescription: x\nkind: agreement\nfact: duration\nmessage: m\ntolerence: 1\n")
    result = run("validate-rules", str(tmp_path / "bad.yaml"))
    assert result.exit_code == 2 and f"{tmp_path / 'bad.yaml'}:6:1: unknown key 'tolerence'" in result.output


def test_only_touching_reads_the_folder_but_reports_on_the_named_file():
    assert run("check", "--only-touching", "seeds/002_60e84be2c5a20637.txt").exit_code == 1
    result = run("check", "--only-touching", "seeds/000_5439743ecc6be855.txt")
    assert result.exit_code == 0 and "5 articles" in result.output


def test_fix_and_diff_from_the_command_line(tmp_path, monkeypatch):
    """A fake finding with a fix wraps the pipeline, so the wiring is tested apart from any rule."""
    import dataclasses

    from factlint.cli import check as check_command
    from factlint.model import Edit, Finding, Severity

    real_lint = check_command.lint

    def lint_with_fix(*args, **kwargs):
        analysis, report = real_lint(*args, **kwargs)
        doc = next(iter(report.documents.values()))
        start = doc.text.index("Zelenksy")
        edit = Edit(doc.span(start, start + 8), "Zelensky")
        fake = Finding("duration-agreement", Severity.WARNING, "spelt 'Zelensky'", edit.span, fixes=(edit,))
        return analysis, dataclasses.replace(report, findings=(fake,))

    monkeypatch.setattr(check_command, "lint", lint_with_fix)
    (tmp_path / "a.txt").write_text("Mr Zelenksy spoke.\n")
    preview = run("check", str(tmp_path), "--diff")
    assert preview.exit_code == 1 and "+Mr Zelensky spoke." in preview.output
    assert (tmp_path / "a.txt").read_text() == "Mr Zelenksy spoke.\n"
    fixed = run("check", str(tmp_path), "--fix", "--fail-on", "warning")
    assert fixed.exit_code == 0 and (tmp_path / "a.txt").read_text() == "Mr Zelensky spoke.\n"


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


def test_default_cache_is_next_to_the_configuration(tmp_path):
    (tmp_path / ".factlint.toml").write_text("paths = ['articles']\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("The five-day talks ended on Thursday.")
    run(cwd=tmp_path / "articles")
    assert (tmp_path / ".factlint_cache" / "extract.sqlite3").is_file()
    assert not (tmp_path / "articles" / ".factlint_cache").exists()


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


@pytest.mark.parametrize("command", [["stories"], ["facts"], ["check", "--no-cache"]])
def test_a_reader_that_went_away_ends_the_run_quietly(command):
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already stopped reading
    try:
        done = subprocess.run([sys.executable, "-m", "factlint", *command, "seeds/"], cwd=ROOT, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""


# Issue 20: trust at the edges, each point as a user runs it.
FIVE_DAYS = "The five-day talks ended on Thursday.\n"
FOUR_DAYS = "The talks, which lasted four days, ended on Thursday.\n"


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def _files(folder: Path, files: dict[str, bytes | str]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


LATIN = "Caf\xe9 talks lasted four days.\n".encode("latin-1")


@pytest.mark.parametrize("files, args, code, stdout_has, stderr_has", [
    # An article that cannot be read fails the run, as ruff's E902, unless the user ignores it.
    ({"a.txt": FIVE_DAYS, "b.txt": LATIN}, (), 1, "b.txt:1:4: error [read-error] not valid utf-8", ""),
    ({"a.txt": FIVE_DAYS, "b.txt": LATIN}, ("--ignore", "read-error"), 0, "All checks passed: 1 article", ""),
    ({"a.txt": FIVE_DAYS, "b.txt": LATIN}, ("--select", "duration-agreement"), 1, "[read-error]", ""),
    ({"a.txt": FIVE_DAYS, "b.txt": LATIN, ".factlint.toml": "[per-file-ignores]\n'b.txt' = ['read-error']\n"},
     (), 0, "All checks passed", ""),
    ({"a.txt": FIVE_DAYS, "b.txt": "---\ntitle: [unclosed\n---\n" + FOUR_DAYS}, (), 1,
     "b.txt:3:1: error [read-error] front matter is not valid YAML", ""),
    # --exit-zero: the findings are printed, the exit code is 0.
    ({"a.txt": FIVE_DAYS + "\n" + FOUR_DAYS}, ("--exit-zero",), 0, "[duration-agreement]", ""),
    # Nothing read: a warning that says why, never "All checks passed".
    ({"notes.csv": "a,b\n"}, (), 0, "Nothing checked: no article was read.",
     "factlint: warning: no article files found (*.txt, *.md, *.markdown); nothing was checked"),
    # One article: only within-article checks could run.
    ({"a.txt": FIVE_DAYS}, (), 0, "All checks passed: 1 article",
     "factlint: note: only 1 article was read, so only within-article checks ran"),
    ({"a.txt": FIVE_DAYS}, ("--quiet",), 0, "", ""),
])
def test_no_silent_pass(tmp_path, files, args, code, stdout_has, stderr_has):
    _files(tmp_path, files)
    result = run(".", "--no-cache", *args, cwd=tmp_path)
    assert result.exit_code == code, result.output
    assert stdout_has in result.stdout and stderr_has in result.stderr
    assert "All checks passed" not in result.stdout or code == 0 and not stderr_has.startswith("factlint: warning")
    if not stderr_has:
        assert "note:" not in result.stderr or "--quiet" not in args


def test_a_folder_git_ignores_is_named_and_can_be_read(tmp_path):
    _files(tmp_path, {".gitignore": "build/\n", "build/a.txt": FIVE_DAYS, "build/b.txt": FOUR_DAYS})
    _git(tmp_path, "init", "-q")
    result = run("build", "--no-cache", "--story-by", "folder", cwd=tmp_path)
    assert result.exit_code == 0 and "All checks passed" not in result.stdout
    assert result.stderr == ("factlint: warning: no article read: every article file found was left out "
                             "(2 ignored by .gitignore (--no-respect-gitignore reads them)); nothing was checked\n")
    included = run("build", "--no-cache", "--story-by", "folder", "--no-respect-gitignore", cwd=tmp_path)
    assert included.exit_code == 1 and "[duration-agreement]" in included.stdout


def test_write_baseline_says_what_it_wrote(tmp_path):
    _files(tmp_path, {"a.txt": FIVE_DAYS, "b.txt": FOUR_DAYS})
    result = run(".", "--no-cache", "--story-by", "folder", "--write-baseline", "fl.json", cwd=tmp_path)
    assert result.exit_code == 0 and "All checks passed" not in result.output
    assert result.stdout == ("Wrote 1 finding from 2 articles to fl.json; with --baseline fl.json, only new findings "
                             "are reported.\n")
    assert json.loads((tmp_path / "fl.json").read_text())["findings"]


BOM = b"\xef\xbb\xbf"
# A rule that shows how a name was decoded.
NAME_SEEN = """id: name-seen
description: A name, as read.
kind: pattern
scope: article
severity: warning
message: "seen: '{text}'"
options:
  patterns: ['Ren\\S+']
"""
RENE_UTF8, RENE_LATIN = "René said so.\n".encode("utf-8"), "René said so.\n".encode("latin-1")


@pytest.mark.parametrize("files, args, code, expected", [
    # A byte order mark wins over --encoding and over the configuration.
    ({"a.txt": BOM + RENE_UTF8}, ("--encoding", "latin-1"), 0, "seen: 'René'"),
    ({"a.txt": BOM + RENE_UTF8, ".factlint.toml": "encoding = 'latin-1'\n"}, (), 0, "seen: 'René'"),
    ({"a.txt": codecs.BOM_UTF16_LE + "René said so.\n".encode("utf-16-le")}, (), 0, "seen: 'René'"),
    # `encoding` in the configuration reads a Latin-1 article; the option wins over it.
    ({"a.txt": RENE_LATIN, ".factlint.toml": "encoding = 'latin-1'\n"}, (), 0, "seen: 'René'"),
    ({"a.txt": RENE_LATIN, ".factlint.toml": "encoding = 'latin-1'\n"}, ("--encoding", "utf-8"), 1,
     "not valid utf-8 at byte 3; file skipped (--encoding or 'encoding' in the configuration reads it)"),
    ({"a.txt": "x\n", ".factlint.toml": "encoding = 'klingon'\n"}, (), 2,
     "'encoding' names no text encoding Python knows: 'klingon'"),
    ({"a.txt": "x\n"}, ("--encoding", "klingon"), 2, "factlint: unknown encoding 'klingon'"),
])
def test_encoding(tmp_path, files, args, code, expected):
    _files(tmp_path, {**files, "rules/name-seen.yaml": NAME_SEEN})
    result = run("a.txt", "--no-cache", "--rules", "rules", "--select", "name-seen,read-error", *args, cwd=tmp_path)
    assert result.exit_code == code and expected in result.output, result.output


def test_stdin_filename_names_the_article(tmp_path):
    _files(tmp_path, {".factlint.toml": "[per-file-ignores]\n'wire/*.txt' = ['repeated-word']\n"})
    text = "The the talks ended.\n" + FIVE_DAYS + FOUR_DAYS
    named = run("--no-cache", "--stdin-filename", "reuters/a.txt", cwd=tmp_path, input=text)
    assert named.exit_code == 1 and named.stdout.startswith("reuters/a.txt:1:1: warning [repeated-word]")
    ignored = run("--no-cache", "--stdin-filename", "wire/a.txt", "-", cwd=tmp_path, input=text)
    assert "repeated-word" not in ignored.stdout and "wire/a.txt:3:" in ignored.stdout


@pytest.mark.parametrize("args, rules", [
    (("--select", "duration-agreement,repeated-word"), {"duration-agreement", "repeated-word"}),
    (("--select", "duration-agreement, repeated-word"), {"duration-agreement", "repeated-word"}),
    (("--select", "duration-agreement", "--select", "repeated-word"), {"duration-agreement", "repeated-word"}),
    (("--ignore", "duration,repeated"), {"span-arithmetic"}),
])
def test_comma_separated_selectors(tmp_path, args, rules):
    _files(tmp_path, {"a.txt": "The the talks began on Monday.\n" + FIVE_DAYS + "\n" + FOUR_DAYS})
    result = run(".", "--no-cache", "--format", "json", *args, cwd=tmp_path)
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == rules


def test_show_settings_prints_what_is_in_force(tmp_path):
    _files(tmp_path, {"a.txt": FIVE_DAYS, "b.md": FOUR_DAYS,
                      ".factlint.toml": "encoding = 'latin-1'\nignore = ['repeated-word']\nfail-on = 'warning'\n"})
    result = run("--show-settings", ".", "--select", "duration,date", "--no-respect-gitignore", cwd=tmp_path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for expected in ('encoding = "latin-1"', 'ignore = ["repeated-word"]', 'select = ["duration", "date"]',
                     'fail-on = "warning"', "respect-gitignore = false", 'articles = ["./a.txt", "./b.md"]',
                     'rules-run = ["date-agreement", "duration-agreement"]', 'outputs = ["text:-"]'):
        assert expected in lines, result.stdout
    assert lines[0] == f'config-file = "{tmp_path / ".factlint.toml"}"'


@pytest.mark.parametrize("environment, args, colored", [
    ({}, (), False),
    ({"FORCE_COLOR": "1"}, (), True),
    ({"FORCE_COLOR": ""}, (), False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, (), False),
    ({"FORCE_COLOR": "1"}, ("--color", "never"), False),
    ({"NO_COLOR": "1"}, ("--color", "always"), True),
])
def test_force_color(tmp_path, monkeypatch, environment, args, colored):
    _files(tmp_path, {"a.txt": FIVE_DAYS + "\n" + FOUR_DAYS})
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    result = run(".", "--no-cache", *args, cwd=tmp_path)
    assert ("\x1b[" in result.stdout) == colored


def test_top_level_help_says_paths_mean_check():
    output = run("--help").output
    assert "factlint PATHS is short for factlint check PATHS" in " ".join(output.split())


# The seeds under one file name in five folders: a message that names another article by file name alone is caught.
AGREEMENT_RULES = ("age-agreement", "date-agreement", "duration-agreement", "quantity-agreement", "stale-relative-date")
BARE_NAME = re.compile(r"(?<![\w/.-])story\.txt")


def _same_names(tmp_path: Path) -> Path:
    for index, seed in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        _files(tmp_path, {f"{'abcde'[index]}/story.txt": seed.read_bytes()})
    return tmp_path


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github", "gitlab", "junit", "rdjson", "html"])
def test_other_articles_are_named_by_their_path(tmp_path, output_format):
    folder = _same_names(tmp_path)
    result = run(".", "--no-cache", "--format", output_format, "--fail-on", "info", cwd=folder)
    assert result.exit_code == 1 and "b/story.txt" in result.stdout
    assert not BARE_NAME.findall(result.stdout), result.stdout


def test_agreement_and_time_sources_name_other_articles_by_their_path(tmp_path):
    folder = _same_names(tmp_path)
    result = run(".", "--no-cache", "--format", "json", "--select", ",".join(AGREEMENT_RULES), cwd=folder)
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]]
    assert messages and not any(BARE_NAME.search(m) for m in messages)


def test_a_gazetteer_alias_is_not_reported_as_the_other_spelling():
    result = run("seeds/001_3c1e2b94aa01429f.txt", "seeds/002_60e84be2c5a20637.txt", "--no-cache")
    assert "Foreign Service Institute elsewhere" not in result.stdout
    # ... and the pair's four against five days is found.
    assert 'error [duration-agreement] talks lasted 4 days here ("four days of dialogue") but 5 days' in result.stdout
    assert "Foreign Service Institute elsewhere" not in run("seeds/", "--no-cache").stdout


def test_stories_show_the_evidence_as_the_articles_write_it():
    output = run("stories", "seeds/").stdout
    assert "grouped by: Armenia Azerbaijan; Antony Blinken;" in output and "shared: Affairs Foreign," in output
    assert "antony blinken" not in output and "bayramov mirzoyan" not in output


@pytest.mark.parametrize("formats, summary_written", [(("github",), True), (("text",), False)])
def test_github_step_summary_is_appended_when_the_runner_sets_it(tmp_path, monkeypatch, formats, summary_written):
    summary = tmp_path / "step_summary.md"
    summary.write_text("## an earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("seeds/", "--no-cache", *(f for name in formats for f in ("--format", name)))
    assert result.exit_code == 1
    text = summary.read_text()
    assert text.startswith("## an earlier step\n")
    assert ("## factlint\n\n15 findings (2 errors, 12 warnings, 1 info) in 5 articles." in text) is summary_written
    if summary_written:
        rows = [line for line in text.splitlines() if line.startswith("| error") or line.startswith("| warning")
                or line.startswith("| info")]
        assert len(rows) == 15 and rows[0].startswith("| error | `duration-agreement`")
        assert "::" not in text
