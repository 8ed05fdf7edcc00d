"""Configuration: `[tool.factlint]` in pyproject.toml or `.factlint.toml`, validated with file and line."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import enum
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from factlint.read.filesystem import read_bytes
from factlint.model import Problem, Severity

DEDICATED_FILE = ".factlint.toml"
PYPROJECT = "pyproject.toml"
# A configuration is a screenful; a pyproject.toml a few pages. Past this, a file is not one to read whole.
MAX_CONFIG_BYTES = 4_000_000
STORY_BY = ("content", "folder")


@dataclass(frozen=True)
class Config:
    """Settings from a config file; paths in it are resolved against the file's folder."""

    source: str = ""
    paths: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    default_rules: bool = True
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    fail_on: Severity | None = None
    date: dt.date | None = None
    story_by: str = "content"
    manifest: str = ""
    baseline: str = ""
    encoding: str = "utf-8"


# Key in the file -> (field name, expected TOML type name, converter).
def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


KEYS: dict[str, tuple[str, str]] = {
    "paths": ("paths", "list of strings"),
    "rules": ("rules", "list of strings"),
    "default-rules": ("default_rules", "boolean"),
    "select": ("select", "list of strings"),
    "ignore": ("ignore", "list of strings"),
    "severity": ("severity", "table of rule id = severity"),
    "per-file-ignores": ("per_file_ignores", "table of glob = list of rule ids"),
    "exclude": ("exclude", "list of strings"),
    "respect-gitignore": ("respect_gitignore", "boolean"),
    "fail-on": ("fail_on", "severity"),
    "date": ("date", "date (YYYY-MM-DD)"),
    "story-by": ("story_by", f"one of {', '.join(STORY_BY)}"),
    "baseline": ("baseline", "string"),
    "manifest": ("manifest", "string"),
    "encoding": ("encoding", "string naming a text encoding"),
}


class ConfigError(Exception):
    """The configuration file is invalid; each problem names the file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


def key_line(text: str, table: str, key: str) -> int:
    """The 1-based line where `key` is set inside `[table]` (tomllib gives no positions), else the table's, else 0."""
    current, table_line = "", 0
    header = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")
    assign = re.compile(r'^\s*(?:"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_.-]+))\s*=')
    for number, line in enumerate(text.splitlines(), start=1):
        found = header.match(line)
        if found:
            current = found.group(1).replace('"', "").replace(" ", "")
            if current == table:
                table_line = number
            elif current == f"{table}.{key}" if table else current == key:
                return number
            continue
        name = assign.match(line)
        if name and current == table and next(g for g in name.groups() if g is not None) == key:
            return number
    return table_line


def find_config(start: Path) -> Path | None:
    """The nearest `.factlint.toml`, or pyproject.toml with a [tool.factlint] table, from start upward."""
    for folder in [start, *start.parents]:
        dedicated = folder / DEDICATED_FILE
        if dedicated.is_file():
            return dedicated
        pyproject = folder / PYPROJECT
        if not pyproject.is_file():
            continue
        # One that cannot be read, or is not UTF-8, is returned: loading it then says why, rather than a traceback.
        data = read_bytes(str(pyproject), MAX_CONFIG_BYTES, named=False)
        if isinstance(data, Problem) or re.search(r"^\s*\[\s*tool\.factlint\b", data.decode("utf-8", "replace"), re.M):
            return pyproject
    return None


class _Checker:
    """Turns raw TOML values into Config fields, collecting problems placed by key."""

    def __init__(self, path: Path, text: str, table: str) -> None:
        self.path, self.text, self.table, self.problems = path, text, table, []

    def fail(self, key: str, message: str, sub: str = "") -> None:
        line = key_line(self.text, self.table, key)
        inner = f"{self.table}.{key}".lstrip(".")
        if sub and key_line(self.text, inner, ""):
            # A sub-table ([tool.factlint.severity]) rather than an inline table on the key's own line.
            line = key_line(self.text, inner, sub)
        self.problems.append(Problem(str(self.path), max(1, line), 1, message))

    def convert(self, key: str, value: Any) -> Any:
        expected = KEYS[key][1]
        base = self.path.parent
        wrong = f"'{key}' must be a {expected}, not {type(value).__name__} {value!r}"
        if expected == "list of strings":
            if not _strings(value):
                return self.fail(key, wrong)
            if key in ("paths", "rules"):
                return tuple(str(base / v) for v in value)
            return tuple(value)
        if expected in ("boolean", "string"):
            if not isinstance(value, bool if expected == "boolean" else str):
                return self.fail(key, wrong)
            return str(base / value) if key in ("baseline", "manifest") else value
        if key == "encoding":
            if not isinstance(value, str):
                return self.fail(key, wrong)
            if not known_encoding(value):
                return self.fail(key, f"'encoding' names no text encoding Python knows: {value!r}")
            return value
        if key == "fail-on":
            return self._severity(key, value)
        if key == "severity":
            if not isinstance(value, dict):
                return self.fail(key, wrong)
            levels = {rule: self._severity(key, level, rule) for rule, level in value.items()}
            return {rule: level for rule, level in levels.items() if level is not None}
        if key == "per-file-ignores":
            if not isinstance(value, dict) or not all(_strings(v) for v in value.values()):
                return self.fail(key, wrong)
            return {glob: tuple(ids) for glob, ids in value.items()}
        if key == "date":
            if isinstance(value, str):
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return self.fail(key, wrong)
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return value
            return self.fail(key, wrong)
        if key == "story-by":
            if value not in STORY_BY:
                return self.fail(key, wrong + _suggest(str(value), STORY_BY))
            return value
        raise AssertionError(f"no converter for {key}")  # KEYS and convert() are kept in step

    def _severity(self, key: str, value: Any, sub: str = "") -> Severity | None:
        try:
            return Severity(value)
        except ValueError:
            levels = [s.value for s in Severity]
            self.fail(key, f"severity must be one of {', '.join(levels)}, not {value!r}{_suggest(str(value), levels)}", sub)
            return None


def known_encoding(name: str) -> bool:
    """Whether Python can decode text in the named encoding ("utf-8", "latin-1", "cp1252", ...)."""
    try:
        return codecs.lookup(name)._is_text_encoding  # "rot13" or "zip" are codecs but no text encodings
    except LookupError:
        return False


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _toml_value(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return '""'
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(_toml_value(v) for v in value) + "]"


def render_settings(settings: Mapping[str, Any]) -> str:
    """Resolved settings as `key = value` lines in TOML syntax, keys spelt as in the configuration file."""
    return "".join(f"{key.replace('_', '-')} = {_toml_value(value)}\n" for key, value in settings.items())


def _suggest(word: str, choices: Any) -> str:
    import difflib  # only for a mistake's suggestion: not at start-up

    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def load_config(path: Path) -> Config:
    """Read and validate one config file; raise ConfigError naming the file and line of each problem."""
    data = read_bytes(str(path), MAX_CONFIG_BYTES, named=True)
    if isinstance(data, Problem):  # what reading an article says, less its "skipped"
        raise ConfigError([Problem(str(path), 1, 1, f"configuration not read: {data.message.split('; ')[0]}")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError([Problem(str(path), data.count(b"\n", 0, error.start) + 1, 1,
                                   f"not valid UTF-8 at byte {error.start}")]) from None
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses into nested tables and arrays
        raise ConfigError([Problem(str(path), 1, 1, "not read: arrays or tables nested too deeply")]) from None
    except tomllib.TOMLDecodeError as error:
        # tomllib puts the place in its message: "(at line 3, column 7)" or "(at end of document)".
        place = re.search(r"line (\d+), column (\d+)", str(error))
        line, column = (int(place.group(1)), int(place.group(2))) if place else (max(1, len(text.splitlines())), 1)
        raise ConfigError([Problem(str(path), line, column, f"not valid TOML: {error}")]) from None
    table = "tool.factlint" if path.name == PYPROJECT else ""
    if table:
        data = data.get("tool", {}).get("factlint", {})
    checker = _Checker(path, text, table)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in KEYS:
            checker.fail(key, f"unknown key '{key}'{_suggest(key, KEYS)}")
            continue
        converted = checker.convert(key, value)
        if converted is not None:
            values[KEYS[key][0]] = converted
    if checker.problems:
        raise ConfigError(checker.problems)
    return dataclasses.replace(Config(source=str(path)), **values)
