"""YAML rule files and vocabularies to validated, compiled, frozen Rules; errors carry file:line:col."""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from factlint.read import yamlmarks
from factlint.check import KINDS
from factlint.rulebook.gazetteer import build_gazetteer, read_entries
from factlint.rulebook.lexicon import Lexicon, build_lexicon
from factlint.model import Example, FactKind, Problem, Rule, Scope, Severity

RULE_KEYS = ("id", "description", "kind", "fact", "subjects", "scope", "severity", "enabled", "message", "options",
             "examples")
REQUIRED_KEYS = ("id", "description", "kind", "fact", "message")
VOCABULARY_FOLDER = "vocabulary"
GAZETTEER_FOLDER = "gazetteer"


@dataclass(frozen=True)
class Rulebook:
    """Every loaded rule and the event vocabulary they share."""

    rules: tuple[Rule, ...]
    lexicon: Lexicon


class RuleError(Exception):
    """One or more rule files are invalid; each problem names the file, line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def shipped_rules_dir() -> Path:
    """The rules shipped with factlint: inside the wheel, or the checkout's top-level rules/."""
    package = Path(__file__).resolve().parents[1]  # factlint/, two up from factlint/rulebook/rule_files.py
    for candidate in (package / "_rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("factlint's shipped rules are missing from this installation")


def _suggest(word: str, choices: Iterable[str]) -> str:
    import difflib  # only for a mistake's suggestion: not at start-up

    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _FileCheck:
    """Collects problems for one rule file, each placed by its key path."""

    def __init__(self, path: str, located: yamlmarks.Located) -> None:
        self.path, self.located, self.problems = path, located, []

    def fail(self, message: str, *key_path: Any) -> None:
        line, column = self.located.where(*key_path)
        self.problems.append(Problem(self.path, line, column, message))


def _enum(check: _FileCheck, data: dict, key: str, enum: type, default: Any) -> Any:
    value = data.get(key, default.value if default is not None else None)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        check.fail(f"'{key}' must be one of {allowed}, not '{value}'{_suggest(value, [m.value for m in enum])}", key)
        return default


def _options(check: _FileCheck, kind: Any, raw: Any) -> Any:
    options_type = kind.Options
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        check.fail("'options' must be a mapping", "options")
        return options_type()
    # Internal fields are filled in by the kind (refine_options), never written by users.
    fields = {f.name: f for f in dataclasses.fields(options_type) if not f.metadata.get("internal")}
    values = {}
    for key, value in raw.items():
        if key not in fields:
            check.fail(f"unknown option '{key}' for kind '{kind.KIND}'{_suggest(key, fields)}", "options", key)
            continue
        expected = type(fields[key].default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if expected is tuple and isinstance(value, list):  # YAML has lists; frozen options hold tuples
            value = tuple(value)
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            wanted = "list" if expected is tuple else expected.__name__
            check.fail(f"option '{key}' must be {wanted}, not {type(value).__name__}", "options", key)
            continue
        values[key] = value
    try:
        options = options_type(**values)
    except (TypeError, ValueError) as error:
        check.fail(f"invalid options: {error}", "options")
        return options_type()
    refine = getattr(kind, "refine_options", None)  # a kind with options that need more than a type check
    if refine is None:
        return options
    return refine(options, lambda *key: check.located.where("options", *key),
                  lambda message, *key: check.fail(message, "options", *key))


def _examples(check: _FileCheck, raw: Any) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or set(raw) - {"fail", "pass"}:
        check.fail("'examples' must be a mapping with 'fail' and 'pass' lists", "examples")
        return ()
    examples = []
    for outcome in ("fail", "pass"):
        cases = raw.get(outcome) or []
        if not isinstance(cases, list):
            check.fail(f"'examples.{outcome}' must be a list", "examples", outcome)
            continue
        for index, case in enumerate(cases):
            articles = case.get("articles") if isinstance(case, dict) else None
            if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
                check.fail("each example needs 'articles': a list of article texts", "examples", outcome, index)
                continue
            line, _ = check.located.where("examples", outcome, index)
            examples.append(Example(tuple(articles), outcome == "fail", line))
    return tuple(examples)


def _rule(path: str, located: yamlmarks.Located) -> tuple[Rule | None, list[Problem]]:
    check = _FileCheck(path, located)
    data = located.data
    if not isinstance(data, dict):
        check.fail("a rule file must be a mapping of keys to values")
        return None, check.problems
    for key in data:
        if key not in RULE_KEYS:
            check.fail(f"unknown key '{key}'{_suggest(key, RULE_KEYS)}", key)
    for key in REQUIRED_KEYS:
        if key == "fact" and not getattr(KINDS.get(str(data.get("kind"))), "FACT_REQUIRED", True):
            continue
        if key not in data:
            check.fail(f"missing required key '{key}'")
    for key in ("id", "description", "message", "kind", "fact"):
        if key in data and not isinstance(data[key], str):
            check.fail(f"'{key}' must be a string", key)
    if not isinstance(data.get("enabled", True), bool):
        check.fail(f"'enabled' must be true or false, not {data['enabled']!r}", "enabled")
    if check.problems:
        return None, check.problems
    stem = Path(path).stem
    if data["id"] != stem:
        check.fail(f"rule id '{data['id']}' must equal the file name '{stem}'", "id")
    kind = KINDS.get(data["kind"])
    kind_needs_fact = getattr(kind, "FACT_REQUIRED", True)
    if kind is None:
        check.fail(f"unknown check kind '{data['kind']}'{_suggest(data['kind'], KINDS)}", "kind")
    subjects = data.get("subjects") or []
    if not isinstance(subjects, list) or not all(isinstance(s, str) for s in subjects):
        check.fail("'subjects' must be a list of strings", "subjects")
        subjects = []
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(data["message"]) if name}
    except ValueError as error:
        check.fail(f"message template is not valid: {error} (write '{{{{' for a literal brace)", "message")
        fields = set()
    unknown = fields - (kind.FIELDS if kind else fields)
    if unknown:
        check.fail(f"unknown field '{{{sorted(unknown)[0]}}}' in message template", "message")
    rule = Rule(
        id=data["id"], kind=data["kind"], description=data["description"],
        fact=_enum(check, data, "fact", FactKind, None) if "fact" in data or kind_needs_fact else None,
        subjects=tuple(subjects),
        scope=_enum(check, data, "scope", Scope, Scope.INSTANCE),
        severity=_enum(check, data, "severity", Severity, Severity.ERROR),
        message=data["message"],
        options=_options(check, kind, data.get("options")) if kind else None,
        examples=_examples(check, data.get("examples")),
        path=path, line=1, enabled=data.get("enabled", True) is not False,
    )
    return (rule if not check.problems else None), check.problems


def _read(path: Path) -> tuple[yamlmarks.Located | None, Problem | None]:
    try:
        return yamlmarks.load(path.read_text(encoding="utf-8")), None
    except yamlmarks.YamlError as error:
        return None, Problem(str(path), error.line, error.column, error.message)
    except (OSError, UnicodeDecodeError) as error:
        return None, Problem(str(path), 1, 1, f"cannot read rule file: {error}")


def _vocabulary(path: Path, located: yamlmarks.Located, events: dict) -> list[Problem]:
    check = _FileCheck(str(path), located)
    data = located.data
    if not isinstance(data, dict) or not isinstance(data.get("events"), dict):
        check.fail("a vocabulary file must hold 'events': a mapping of event kinds")
        return check.problems
    for kind, words in data["events"].items():
        if not isinstance(kind, str):
            check.fail(f"event kind '{kind}' must be a word", "events", kind)
            continue
        if not isinstance(words, dict) or set(words) - {"nouns", "verbs"}:
            check.fail(f"event kind '{kind}' must map to 'nouns' and 'verbs' lists", "events", kind)
            continue
        for part, items in words.items():
            if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
                check.fail(f"'{part}' of '{kind}' must be a list of words", "events", kind, part)
                continue
            merged = events.setdefault(kind, {})
            merged[part] = list(merged.get(part, [])) + items
    return check.problems


def rule_files(folders: Iterable[Path]) -> list[Path]:
    """Rule files (*.yaml, *.yml) directly in each folder, in name order."""
    return [f for folder in folders for f in sorted(folder.glob("*.y*ml")) if f.suffix in {".yaml", ".yml"}]


def load_rulebook(folders: Iterable[Path | str] | None = None) -> Rulebook:
    """Load and validate every rule and vocabulary in the folders; raise RuleError listing all problems."""
    folders = [Path(f) for f in (folders if folders is not None else [shipped_rules_dir()])]
    problems: list[Problem] = []
    rules: dict[str, Rule] = {}
    events: dict = {}
    places: list = []
    place_names: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            problems.append(Problem(str(folder), 1, 1, "rule folder does not exist"))
            continue
        for path in sorted((folder / VOCABULARY_FOLDER).glob("*.y*ml")):
            located, problem = _read(path)
            problems.extend([problem] if problem else _vocabulary(path, located, events))
        for path in sorted((folder / GAZETTEER_FOLDER).glob("*.y*ml")):
            located, problem = _read(path)
            entries, found = read_entries(str(path), located.data, located.where, place_names) if located else ([], [problem])
            places.extend(entries)
            problems.extend(found)
    for path in rule_files(f for f in folders if f.is_dir()):
        located, problem = _read(path)
        if problem:
            problems.append(problem)
            continue
        rule, found = _rule(str(path), located)
        problems.extend(found)
        if rule is None:
            continue
        if rule.id in rules:
            line, column = located.where("id")
            problems.append(Problem(str(path), line, column, f"duplicate rule id '{rule.id}' (also in {rules[rule.id].path})"))
            continue
        rules[rule.id] = rule
    if problems:
        raise RuleError(problems)
    lexicon = Lexicon(events=build_lexicon(events), gazetteer=build_gazetteer(places))
    return Rulebook(tuple(sorted(rules.values(), key=lambda r: r.id)), lexicon)
