"""Safe YAML loading that remembers where every key and value stands, for file:line:col errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

MAX_NODES = 100_000
MAX_DEPTH = 50
MAX_FILE_BYTES = 10_000_000
# libyaml's parser where PyYAML was built with it: the same events, many times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


@dataclass(frozen=True)
class Located:
    """A loaded YAML document plus the (line, column) of each key path, both 1-based."""

    data: Any
    marks: dict[tuple, tuple[int, int]]

    def where(self, *path: Any) -> tuple[int, int]:
        """The place of the deepest known prefix of path."""
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.marks:
                return self.marks[path[:cut]]
        return (1, 1)


class YamlError(Exception):
    """The file is not the YAML factlint can read; carries the 1-based place."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class YamlRefused(YamlError):
    """The file is YAML, but uses what factlint does not read (an alias where aliases are refused)."""


def load(text: str) -> Located:
    """Parse one YAML document safely: no object tags, bounded size and nesting."""
    check_depth(text)
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(f"invalid YAML: {error.problem or error}", line, column) from None
    except (yaml.YAMLError, RecursionError) as error:
        raise YamlError(f"invalid YAML: {error}") from None
    if node is None:
        return Located(None, {(): (1, 1)})
    marks: dict[tuple, tuple[int, int]] = {}
    count = [0]
    data = _convert(node, (), marks, count, 0)
    return Located(data, marks)


def _compose(text: str) -> yaml.Node | None:
    """The document's node tree, by libyaml where PyYAML has it; a document libyaml refuses is composed again by
    PyYAML's own parser, whose error messages are the ones reported."""
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except (yaml.YAMLError, RecursionError):
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def check_depth(text: str, limit: int = MAX_DEPTH, aliases: bool = True) -> None:
    """Refuse nesting deeper than limit before composing: PyYAML's composer recurses and can crash the process.

    With aliases=False an alias (`*name`) is refused too, for YAML whose loaded value is serialized whole."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_FAST_LOADER or yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) and not aliases:
                mark = event.start_mark
                raise YamlRefused(f"YAML alias '*{event.anchor}' refused (factlint reads plain values; aliases can "
                                "expand without bound)", mark.line + 1, mark.column + 1)
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > limit:
                    mark = event.start_mark
                    raise YamlError(f"YAML nested deeper than {limit} levels", mark.line + 1, mark.column + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(f"invalid YAML: {error.problem or error}", line, column) from None
    except yaml.YAMLError as error:
        raise YamlError(f"invalid YAML: {error}") from None


def check_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> None:
    """Refuse a YAML file too large, nested too deeply or not UTF-8 before any loader sees it; raises YamlError."""
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise YamlError(f"file is over the size limit of {max_bytes} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise YamlError(f"not valid UTF-8 at byte {error.start}", data.count(b"\n", 0, error.start) + 1) from None
    check_depth(text)


def _convert(node: yaml.Node, path: tuple, marks: dict, count: list[int], depth: int) -> Any:
    count[0] += 1
    if count[0] > MAX_NODES or depth > MAX_DEPTH:
        raise YamlError("YAML document too large or too deeply nested (aliases expand too far?)",
                        node.start_mark.line + 1, node.start_mark.column + 1)
    marks.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    _check_tag(node)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if isinstance(key, (list, dict)):
                raise YamlError("mapping keys must be plain values", key_node.start_mark.line + 1,
                                key_node.start_mark.column + 1)
            if key in result:
                raise YamlError(f"duplicate key '{key}'", key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, path + (key,), marks, count, depth + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), marks, count, depth + 1) for i, item in enumerate(node.value)]
    return _scalar(node)


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


def _check_tag(node: yaml.Node) -> None:
    if node.tag not in _PLAIN_TAGS:
        raise YamlError(f"YAML tag '{node.tag}' is not allowed (factlint reads plain data only)",
                        node.start_mark.line + 1, node.start_mark.column + 1)


def _scalar(node: yaml.Node) -> Any:
    _check_tag(node)
    if not isinstance(node, yaml.ScalarNode):
        return []
    try:
        return yaml.SafeLoader.yaml_constructors[node.tag](yaml.SafeLoader(""), node)
    except (ValueError, OverflowError, yaml.YAMLError) as error:
        # A value YAML resolves but cannot build, such as the timestamp "2023-13-45".
        raise YamlError(f"invalid value '{node.value}': {error}", node.start_mark.line + 1,
                        node.start_mark.column + 1) from None
