"""Reports on real corpora held to stored digests: a move of code that changes no behaviour changes none of them.

The seeds are held by their golden reports (test_report.py, test_cli.py). Here the cluster corpora in
../shared/corpora (gva, ecbplus, allsides: every article) and a fixed sample of the pile (200 articles: lines 0,
124, 248, ... of pile.jsonl.gz) are written out as one file each (`date:` front matter when the row has a date,
then the text, as benchmarks/stories.py reads them) and checked from the command line, one corpus a run:
`factlint check --isolated --no-cache -j 1 --format json`, paths relative to the folder holding the corpus. What
is compared is the sha256 of that JSON report with its keys sorted and the version left out (a release is no
change of behaviour). The pile's report holds few findings, so the facts extracted from it (`factlint facts
--format jsonl`) are held too, and those of ecbplus. Only digests are stored (tests/golden/corpora.sha256.json),
never the corpus text; the test skips when ../shared is absent.

The digests are those of the commit that last wrote them, not of every later one: a commit that changed findings
without writing them leaves its successors failing here for a change they never made (28de23b gave 104 GVA findings
against the 105 stored at 165d03f, and a merge of it looked as if it lost one). Before looking for what a branch or a
merge changed, compare it with its parent: `python -m benchmarks.compare --base CHECKOUT_OF_THE_PARENT`.

After a change meant to alter findings, regenerate the digests and say why in the commit:

    FACTLINT_UPDATE_DIGESTS=1 .venv/bin/python -m pytest -q -p no:cacheprovider tests/test_reports_unchanged.py
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DIGESTS = ROOT / "tests" / "golden" / "corpora.sha256.json"
UPDATE = os.environ.get("FACTLINT_UPDATE_DIGESTS") == "1"

PILE_STEP = 124  # every 124th line of the pile's 24,719: 200 articles
PILE_SAMPLE = 200
# (name, corpus file, every how many lines)
CORPUS_FILES = {
    "gva": ("gva-clusters.jsonl.gz", 1),
    "ecbplus": ("ecbplus-clusters.jsonl.gz", 1),
    "allsides": ("allsides-clusters.jsonl.gz", 1),
    "pile": ("pile.jsonl.gz", PILE_STEP),
}
REPORTS = ("gva", "ecbplus", "allsides", "pile")
FACTS = ("ecbplus", "pile")


def write_corpus(name: str, folder: Path) -> int:
    """The corpus's chosen rows as folder/<name>/<line>.md; the number of articles written."""
    filename, step = CORPUS_FILES[name]
    target = folder / name
    target.mkdir(parents=True)
    written = 0
    with gzip.open(CORPORA / filename, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % step:
                continue
            row = json.loads(line)
            head = f"---\ndate: {row['date']}\n---\n" if row.get("date") else ""
            (target / f"{number:05d}.md").write_text(head + row["text"], encoding="utf-8")
            written += 1
    return written


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> Path:
    """A folder holding each corpus written out, one subfolder each."""
    if not all((CORPORA / filename).is_file() for filename, _ in CORPUS_FILES.values()):
        pytest.skip("../shared/corpora is absent")
    folder = tmp_path_factory.mktemp("corpora")
    for name in CORPUS_FILES:
        count = write_corpus(name, folder)
        assert name != "pile" or count == PILE_SAMPLE
    return folder


def run(folder: Path, *args: str) -> str:
    """The command's standard output, run from folder (so that paths in the output are relative to it)."""
    old = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(old)
    assert result.exit_code in (0, 1), result.output
    return result.output


def report_digest(output: str) -> tuple[str, int]:
    """The sha256 of the JSON report with sorted keys and no version, and its number of findings."""
    document = json.loads(output)
    document.pop("version")
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode("utf-8")).hexdigest(), len(document["findings"])


def facts_digest(output: str) -> tuple[str, int]:
    """The sha256 of the facts listing (JSON lines, each with sorted keys), and its number of facts."""
    lines = [json.dumps(json.loads(line), sort_keys=True) for line in output.splitlines() if line.strip()]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest(), len(lines)


def check_digest(key: str, digest: str, count: int, what: str) -> None:
    stored = json.loads(DIGESTS.read_text(encoding="utf-8")) if DIGESTS.is_file() else {}
    if UPDATE:
        stored[key] = {"sha256": digest, what: count}
        DIGESTS.write_text(json.dumps(stored, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip(f"digest of {key} written")
    assert key in stored, f"no digest for {key}: run with FACTLINT_UPDATE_DIGESTS=1"
    assert {"sha256": digest, what: count} == stored[key]


@pytest.mark.parametrize("name", REPORTS)
def test_report_unchanged(corpora, name):
    output = run(corpora, "check", "--isolated", "--no-cache", "-j", "1", "--format", "json", name)
    check_digest(f"{name}.report", *report_digest(output), "findings")


@pytest.mark.parametrize("name", FACTS)
def test_facts_unchanged(corpora, name):
    output = run(corpora, "facts", "--format", "jsonl", name)
    check_digest(f"{name}.facts", *facts_digest(output), "facts")


@pytest.mark.parametrize("first, second, same", [
    ('{"version": "1", "findings": [], "b": 1, "a": 2}', '{"a": 2, "findings": [], "version": "2", "b": 1}', True),
    ('{"version": "1", "findings": [{"line": 1}]}', '{"version": "1", "findings": [{"line": 2}]}', False),
    ('{"version": "1", "findings": [1, 2]}', '{"version": "1", "findings": [2, 1]}', False),
])
def test_report_digest_ignores_key_order_and_version_only(first, second, same):
    assert (report_digest(first) == report_digest(second)) is same
