"""Safe fixes: edits applied atomically with line ends, BOM and permissions kept; unsafe files left alone."""

from __future__ import annotations

import json
import os
import stat

import pytest

from factlint.report.fix import plan_fixes, unified_diff, write_fixed
from factlint.model import Edit, Finding, Severity
from factlint.read.documents import make_document


def _finding(doc, word: str, replacement: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    edit = Edit(doc.span(start, start + len(word)), replacement)
    return Finding("name-variants", Severity.WARNING, f"'{word}' is spelt '{replacement}'", edit.span, fixes=(edit,))


def _setup(tmp_path, raw: bytes):
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    text = raw.decode("utf-8-sig")
    doc = make_document(str(path), text)[0]
    return path, doc


@pytest.mark.parametrize("raw, expected", [
    (b"Mr Zelenksy spoke.\n", b"Mr Zelensky spoke.\n"),
    (b"Intro.\r\nMr Zelenksy spoke.\r\n", b"Intro.\r\nMr Zelensky spoke.\r\n"),
    (b"\xef\xbb\xbfCaf\xc3\xa9 line.\rMr Zelenksy spoke.", b"\xef\xbb\xbfCaf\xc3\xa9 line.\rMr Zelensky spoke."),
    (b"---\ndate: 2024-01-01\n---\nMr Zelenksy spoke.\n", b"---\ndate: 2024-01-01\n---\nMr Zelensky spoke.\n"),
])
def test_applied_keeping_line_ends_and_bom(tmp_path, raw, expected):
    path, doc = _setup(tmp_path, raw)
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc})
    assert plan.skipped == ""
    write_fixed(plan)
    assert path.read_bytes() == expected


def test_permissions_kept_and_no_temporary_left(tmp_path):
    path, doc = _setup(tmp_path, b"Mr Zelenksy spoke.\n")
    os.chmod(path, 0o640)
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc})
    write_fixed(plan)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_two_edits_in_one_file_and_duplicates_once(tmp_path):
    path, doc = _setup(tmp_path, b"Zelenksy met Zelenksy.\n")
    first, second = _finding(doc, "Zelenksy", "Zelensky"), _finding(doc, "Zelenksy", "Zelensky", nth=1)
    [plan] = plan_fixes([first, second, first], {doc.path: doc})
    write_fixed(plan)
    assert path.read_bytes() == b"Zelensky met Zelensky.\n"


@pytest.mark.parametrize("change, reason", [
    (lambda path: path.write_bytes(b"Mr Zelensky spoke.\n"), "changed since it was read"),
    (None, "two fixes overlap"),
])
def test_unsafe_file_left_untouched(tmp_path, change, reason):
    path, doc = _setup(tmp_path, b"Mr Zelenksy spoke.\n")
    findings = [_finding(doc, "Zelenksy", "Zelensky")]
    if change:
        change(path)
    else:
        findings.append(_finding(doc, "Mr Zelenksy", "Mr. Zelensky"))
    before = path.read_bytes()
    [plan] = plan_fixes(findings, {doc.path: doc})
    assert reason in plan.skipped
    assert path.read_bytes() == before


@pytest.mark.parametrize("relative, header", [
    (True, "--- a/a.txt\n+++ b/a.txt\n"),
    (False, "--- {path}\n+++ {path}\n"),
])
def test_diff_preview(tmp_path, monkeypatch, relative, header):
    monkeypatch.chdir(tmp_path)
    raw = b"Intro.\nMr Zelenksy spoke.\n"
    (tmp_path / "a.txt").write_bytes(raw)
    path = "a.txt" if relative else str(tmp_path / "a.txt")
    doc = make_document(path, raw.decode())[0]
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc})
    diff = unified_diff(plan)
    path = tmp_path / "a.txt"
    assert diff.startswith(header.format(path=path))
    assert "-Mr Zelenksy spoke.\n+Mr Zelensky spoke.\n" in diff
    assert path.read_bytes() == b"Intro.\nMr Zelenksy spoke.\n"


def test_run_fixes_reports_what_remains(tmp_path):
    from factlint.report.fix import run_fixes

    path, doc = _setup(tmp_path, b"Mr Zelenksy spoke.\n")
    finding = _finding(doc, "Zelenksy", "Zelensky")
    preview = run_fixes((finding,), {doc.path: doc}, preview=True)
    assert preview.remaining == (finding,) and "+Mr Zelensky spoke." in preview.diff
    applied = run_fixes((finding,), {doc.path: doc}, preview=False)
    assert applied.remaining == () and applied.notes == ("applied 1 fix(es) in 1 file(s)",)


GAZETTEER = """entries:
  - name: Lambeau Field Stadium
    kind: venue
    misspellings: [Lambeau Feild Stadium]
  - name: Ararat Mirzoyan
    kind: person
    misspellings: [Ararat Mirzoian]
"""


@pytest.mark.parametrize("encoding, raw, expected", [
    ("utf-8", "Fans met at Lambeau Feild Stadium.\r\nMinister Ararat Mirzoian spoke. Mirzoian left.\r\n",
     "Fans met at Lambeau Field Stadium.\r\nMinister Ararat Mirzoyan spoke. Mirzoyan left.\r\n"),
    ("utf-8", "\ufeffCafé crowds at Lambeau Feild Stadium.\rThey cheered.",
     "\ufeffCafé crowds at Lambeau Field Stadium.\rThey cheered."),
    ("latin-1", "Café owners near Lambeau Feild Stadium cheered.\n",
     "Café owners near Lambeau Field Stadium cheered.\n"),
])
def test_gazetteer_misspelling_diffed_fixed_then_clean(tmp_path, encoding, raw, expected):
    from click.testing import CliRunner

    from factlint.cli import main

    (tmp_path / "rules" / "gazetteer").mkdir(parents=True)
    (tmp_path / "rules" / "gazetteer" / "mine.yaml").write_text(GAZETTEER)
    (tmp_path / "news").mkdir()
    article = tmp_path / "news" / "a.txt"
    article.write_bytes(raw.encode(encoding))
    base = ["check", "--isolated", "--no-cache", "--encoding", encoding, "--rules", str(tmp_path / "rules"),
            "--fail-on", "info", str(tmp_path / "news")]

    before = CliRunner().invoke(main, base + ["--format", "json"])
    rules = sorted({f["rule"] for f in json.loads(before.stdout)["findings"]})
    assert before.exit_code == 1 and rules and set(rules) <= {"name-variants", "venue-variants"}
    preview = CliRunner().invoke(main, base + ["--diff"])
    assert preview.exit_code == 1 and "-" + raw.lstrip("\ufeff").splitlines()[0] in preview.stdout
    assert "+" + expected.lstrip("\ufeff").splitlines()[0] in preview.stdout
    assert article.read_bytes() == raw.encode(encoding)
    fixed = CliRunner().invoke(main, base + ["--fix"])
    assert fixed.exit_code == 0 and article.read_bytes() == expected.encode(encoding)
    assert [p.name for p in article.parent.iterdir()] == ["a.txt"]
    again = CliRunner().invoke(main, base)
    assert again.exit_code == 0 and "no findings" in again.stdout


def test_mixed_line_ends_are_kept(tmp_path):
    path, doc = _setup(tmp_path, b"One.\r\nTwo.\nThree.\rMr Zelenksy spoke.\r\nEnd.\n")
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc})
    write_fixed(plan)
    assert path.read_bytes() == b"One.\r\nTwo.\nThree.\rMr Zelensky spoke.\r\nEnd.\n"


def test_a_declared_encoding_is_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\xe9. Mr Zelenksy spoke.\n".encode("latin-1"))
    doc = make_document(str(path), path.read_bytes().decode("latin-1"))[0]
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc}, encoding="latin-1")
    write_fixed(plan, encoding="latin-1")
    assert path.read_bytes() == "Caf\xe9. Mr Zelensky spoke.\n".encode("latin-1")


def test_a_fix_the_encoding_cannot_hold_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Mr Zelenksy spoke.\n")
    doc = make_document(str(path), "Mr Zelenksy spoke.\n")[0]
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelenskyž")], {doc.path: doc}, encoding="ascii")
    assert "cannot be written in the file's encoding (ascii)" in plan.skipped
    assert path.read_bytes() == b"Mr Zelenksy spoke.\n"


def test_a_failed_write_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    from factlint.report.fix import run_fixes

    path, doc = _setup(tmp_path, b"Mr Zelenksy spoke.\n")
    finding = _finding(doc, "Zelenksy", "Zelensky")

    def no_room(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_room)
    outcome = run_fixes((finding,), {doc.path: doc}, preview=False)
    assert outcome.remaining == (finding,)
    assert outcome.notes == (f"{path}: fixes not applied: cannot write: No space left on device",)
    assert path.read_bytes() == b"Mr Zelenksy spoke.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_symlinked_article_is_fixed_in_its_target_and_stays_a_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_bytes(b"Mr Zelenksy spoke.\n")
    os.chmod(target, 0o600)
    link = tmp_path / "a.txt"
    os.symlink(target, link)
    doc = make_document(str(link), "Mr Zelenksy spoke.\n")[0]
    [plan] = plan_fixes([_finding(doc, "Zelenksy", "Zelensky")], {doc.path: doc})
    write_fixed(plan)
    assert link.is_symlink() and target.read_bytes() == b"Mr Zelensky spoke.\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "real.txt"]
