"""Check kind `pattern`: regexes from YAML flag text; bad regexes are load errors; runaway ones are bounded."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main
from factlint.pipeline import analyse
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import RuleError, load_rulebook

RULE = """\
id: house
description: House style.
kind: pattern
scope: article
message: "avoid '{text}'"
options:
PATTERNS
EXTRA"""


def _rule_folder(tmp_path: Path, patterns: list[str], extra: str = "") -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    lines = "".join(f"\n    - '{p}'" for p in patterns)
    text = RULE.replace("PATTERNS", f"  patterns:{lines or ' []'}").replace("\nEXTRA", "\n" + extra)
    (folder / "house.yaml").write_text(text)
    return folder


def _problems(folder: Path) -> list[str]:
    with pytest.raises(RuleError) as error:
        load_rulebook([folder])
    return [f"{Path(p.path).name}:{p.line}:{p.column}: {p.message}" for p in error.value.problems]


@pytest.mark.parametrize("patterns, extra, text, expected", [
    (["utili[sz]e"], "", "We utilise it.\nThey utilize it.", [(1, 4, "avoid 'utilise'"), (2, 6, "avoid 'utilize'")]),
    (["Whitehouse"], "", "the whitehouse", []),
    (["Whitehouse"], "  ignore_case: true\n", "Near the whitehouse.", [(1, 10, "avoid 'whitehouse'")]),
    # Two patterns matching the same stretch give one finding, not two.
    (["Obama", "Oba\\w+"], "", "Obama spoke.", [(1, 1, "avoid 'Obama'")]),
    # Patterns match within one line: a phrase broken over two lines is not one match.
    (["a b"], "", "a\nb", []),
    (["\\bgonna\\b"], "", "---\ndate: 2024-01-01\n---\nThey are gonna win.", [(4, 10, "avoid 'gonna'")]),
])
def test_findings_at_their_place(tmp_path, patterns, extra, text, expected):
    rulebook = load_rulebook([_rule_folder(tmp_path, patterns, extra)])
    found = analyse([make_document("a.md", text)[0]], rulebook).findings
    assert [(f.rule, f.span.line, f.span.column, f.message) for f in found] == [("house", *e) for e in expected]


@pytest.mark.parametrize("patterns, extra, expected", [
    (["(unclosed"], "", "house.yaml:8:7: pattern does not compile: missing ) at character 10"),
    (["fine", "[z-a]"], "", "house.yaml:9:7: pattern does not compile: bad character range"),
    (["x*"], "", "house.yaml:8:7: pattern matches the empty string"),
    ([], "", "house.yaml:7:3: a pattern rule needs 'patterns'"),
    (["ok"], "  timeout: 0\n", "house.yaml:9:3: option 'timeout' must be a positive number"),
    (["ok"], "  timeout: 10.5\n", "house.yaml:9:3: option 'timeout' must be a positive number of seconds, at most 10 "
                                 "(not 10.5)"),
    (["ok"], "  timeout: 1.0e+9\n", "house.yaml:9:3: option 'timeout' must be a positive number of seconds, at most 10"),
    (["ok"], "  timeout: .nan\n", "house.yaml:9:3: option 'timeout' must be a positive number of seconds, at most 10"),
    (["ok"], "  timeout: .inf\n", "house.yaml:9:3: option 'timeout' must be a positive number of seconds, at most 10"),
    (["ok"], "  places: [[1, 1]]\n", "house.yaml:9:3: unknown option 'places' for kind 'pattern'"),
])
def test_bad_patterns_are_rule_errors_at_the_pattern(tmp_path, patterns, extra, expected):
    problems = _problems(_rule_folder(tmp_path, patterns, extra))
    assert any(p.startswith(expected) for p in problems), problems


def test_a_pattern_that_is_not_a_string_is_a_rule_error(tmp_path):
    folder = _rule_folder(tmp_path, ["ok"])
    (folder / "house.yaml").write_text((folder / "house.yaml").read_text().replace("    - 'ok'", "    - [1, 2]"))
    assert _problems(folder) == ["house.yaml:8:7: pattern 1 must be a string, not list"]


def test_a_runaway_pattern_is_a_problem_and_the_run_goes_on(tmp_path):
    folder = _rule_folder(tmp_path, ["(a+)+$", "gonna"], "  timeout: 0.05\n")
    documents = [make_document("long.md", "gonna go\n" + "a" * 5000 + "!\ngonna")[0],
                 make_document("short.md", "They are gonna win.")[0]]
    analysis = analyse(documents, load_rulebook([folder]))
    assert [(Path(p.path).name, p.line, p.column) for p in analysis.problems] == [("house.yaml", 8, 7)]
    assert "long.md:2" in analysis.problems[0].message
    # The other pattern still ran on every line of both articles.
    assert [(f.span.path, f.span.line) for f in analysis.findings] == [("long.md", 1), ("long.md", 3), ("short.md", 1)]


def test_a_timeout_is_reported_once_per_rule_and_article(tmp_path):
    folder = _rule_folder(tmp_path, ["(a+)+$", "(a|aa)+$", "gonna"], "  timeout: 0.05\n")
    documents = [make_document("long.md", "gonna\n" + ("a" * 5000 + "!\n") * 3)[0],
                 make_document("other.md", "a" * 5000 + "!\n")[0]]
    problems = analyse(documents, load_rulebook([folder])).problems
    assert [p.message.split(" took")[0] for p in problems] == ["pattern of rule 'house' (and 1 more of its patterns)"] * 2
    assert ["long.md:2" in problems[0].message, "other.md:1" in problems[1].message] == [True, True]


def test_the_timeout_bounds_one_pattern_on_a_whole_article(tmp_path):
    # 300 lines that each take the pattern about 8 ms, well under the timeout: seconds when it bounded each line.
    folder = _rule_folder(tmp_path, ["(a+)+$"], "  timeout: 0.1\n")
    started = time.monotonic()
    problems = analyse([make_document("many.md", ("a" * 150 + "!\n") * 300)[0]], load_rulebook([folder])).problems
    assert time.monotonic() - started < 1.5
    assert len(problems) == 1 and "took over 0.1 s on many.md:" in problems[0].message


def test_a_pattern_dropped_after_repeated_timeouts(tmp_path):
    folder = _rule_folder(tmp_path, ["(a+)+$"], "  timeout: 0.02\n")
    documents = [make_document(f"{i}.md", "a" * 5000 + "!")[0] for i in range(5)]
    problems = analyse(documents, load_rulebook([folder])).problems
    assert len(problems) == 3 and "dropped for the remaining articles" in problems[-1].message


def test_cli_bad_regex_exits_2_naming_the_file(tmp_path):
    folder = _rule_folder(tmp_path, ["(unclosed"])
    (tmp_path / "a.md").write_text("text\n")
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", str(tmp_path / "a.md"), "--rules", str(folder)])
    assert result.exit_code == 2
    assert "house.yaml:8:7: pattern does not compile" in result.output


def test_cli_reports_a_timeout_and_still_reports_findings(tmp_path):
    folder = _rule_folder(tmp_path, ["(a+)+$", "gonna"], "  timeout: 0.05\n")
    (tmp_path / "a.md").write_text("a" * 5000 + "!\nThey are gonna win.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", str(tmp_path / "a.md"), "--rules",
                                       str(folder), "--select", "house"])
    assert result.exit_code == 1
    assert "house.yaml:8:7: pattern of rule 'house' took over 0.05 s on" in result.output
    assert "a.md:2:10" in result.output
