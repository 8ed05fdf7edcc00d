"""SARIF 2.1.0: valid against the schema, rules described, both sides placed, fingerprints stable."""

from __future__ import annotations

import json

import pytest

from factlint.pipeline import lint
from factlint.report import sarif

CONFLICT = ["The five-day talks ended on Thursday in Geneva.\n", "The talks which lasted four days ended.\n"]


def _log(rulebook, folder, texts):
    for name, text in zip(("a.txt", "b.txt", "c.txt"), texts):
        (folder / name).write_text(text, encoding="utf-8")
    _, report = lint([str(folder)], rulebook)
    return json.loads(sarif.render(report))


def test_seeds_validate_against_the_schema(shared, rulebook, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    from conftest import SEEDS

    _, report = lint([str(SEEDS)], rulebook)
    log = json.loads(sarif.render(report))
    jsonschema.validate(log, schema)
    assert log["runs"][0]["results"]


def test_rules_results_and_related_locations(rulebook, tmp_path):
    log = _log(rulebook, tmp_path, ["".join(CONFLICT)])
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rule = run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]
    assert rule["id"] == "duration-agreement"
    assert {"shortDescription", "fullDescription", "help"} <= set(rule)
    result = run["results"][0]
    assert (result["ruleId"], result["level"]) == ("duration-agreement", "error")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 17, 33)
    related = result["relatedLocations"][0]["physicalLocation"]
    assert (related["region"]["startLine"], related["region"]["startColumn"]) == (1, 5)
    assert related["artifactLocation"]["uri"].endswith("/a.txt")  # absolute path: a file: URI


def test_fingerprint_survives_lines_moving(rulebook, tmp_path):
    before = _log(rulebook, tmp_path, ["".join(CONFLICT)])["runs"][0]["results"][0]["partialFingerprints"]
    after = _log(rulebook, tmp_path, ["Intro.\n\n" + "".join(CONFLICT)])["runs"][0]["results"][0]["partialFingerprints"]
    assert before == after


@pytest.mark.parametrize("path, expected", [
    ("seeds/a b.txt", {"uri": "seeds/a%20b.txt", "uriBaseId": "SRCROOT"}),
    ("./seeds/x.txt", {"uri": "seeds/x.txt", "uriBaseId": "SRCROOT"}),
    ("/abs/x.txt", {"uri": "file:///abs/x.txt"}),
])
def test_artifact_locations(path, expected):
    assert sarif.artifact(path) == expected


def test_gazetteer_fixes_are_sarif_fixes(shared, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from factlint.rulebook.rule_files import load_rulebook, shipped_rules_dir

    (tmp_path / "rules" / "gazetteer").mkdir(parents=True)
    (tmp_path / "rules" / "gazetteer" / "g.yaml").write_text(
        "entries:\n  - name: Ararat Mirzoyan\n    kind: person\n    misspellings: [Ararat Mirzoian]\n")
    (tmp_path / "news").mkdir()
    rulebook = load_rulebook([shipped_rules_dir(), tmp_path / "rules"])
    log = _log(rulebook, tmp_path / "news", ["Minister Ararat Mirzoian spoke. Mirzoian left.\n"])
    jsonschema.validate(log, json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))
    (result,) = log["runs"][0]["results"]
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    assert result["ruleId"] == "name-variants" and change["artifactLocation"]["uri"].endswith("/a.txt")
    assert [(r["deletedRegion"]["startColumn"], r["insertedContent"]["text"]) for r in change["replacements"]] == [
        (17, "Mirzoyan"), (33, "Mirzoyan")]
