"""Import contracts: model imports nothing of factlint; only cli imports click; renderers stay pure; no stage imports
a later stage; no import circle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "factlint"
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_model_imports_nothing_from_factlint():
    assert not {n for n in imports(PACKAGE / "model.py") if n.startswith("factlint")}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_cli_imports_click(path):
    if path.relative_to(PACKAGE).parts[0] != "cli":
        assert "click" not in imports(path)


@pytest.mark.parametrize("path", sorted((PACKAGE / "report").glob("*.py")), ids=lambda p: p.name)
def test_renderers_do_not_print_or_read_the_environment(path):
    source = path.read_text(encoding="utf-8")
    # \b so that calls such as fingerprint( are not taken for print(
    assert not re.search(r"\bprint\(", source) and "os.environ" not in source


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_has_a_docstring(path):
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports(path: Path, known: set[str]) -> set[str]:
    """The factlint modules a module imports when it is loaded: its top-level imports, not those under
    `if TYPE_CHECKING:` nor inside functions; `from pkg import mod` names the module mod."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("factlint"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factlint"):
            for alias in node.names:
                found.add(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known else node.module)
    return found


def test_no_import_circle():
    known = {_module_name(path) for path in MODULES}
    graph = {_module_name(path): _load_time_imports(path, known) & known for path in MODULES}
    # A package's __init__ gathering its own modules is no circle: its modules never need it at load time.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not (name.startswith(t + ".") and t in known)}
    state: dict[str, int] = {}
    circles = []

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(trail[trail.index(target):] + [target] if target in trail else [name, target])
            elif target not in state:
                visit(target, trail + [target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not circles


# The pipeline's stages, earliest first: a module may import its own stage and earlier ones, never a later one.
# rulebook's vocabularies come before extract (extract, link and check look words up in them); its rule_files
# compiles each rule's options against the check kinds, so it comes after check. The application at the root
# (cli, config, pipeline, fanout, cache) joins the stages and may import any of them.
STAGES = ("factlint.model", "factlint.read", "factlint.rulebook", "factlint.extract", "factlint.link", "factlint.check",
          "factlint.rulebook.rule_files", "factlint.decide", "factlint.report")


def stage_of(module: str) -> int | None:
    """The index in STAGES of the longest stage prefix of module; None for the application."""
    matches = [i for i, stage in enumerate(STAGES) if module == stage or module.startswith(stage + ".")]
    return max(matches, key=lambda i: len(STAGES[i]), default=None)


def later_stage_imports(module: str, imported: set[str]) -> list[str]:
    """The factlint modules among imported that belong to a later stage than module's. There is no exception."""
    own = stage_of(module)
    if own is None:
        return []
    return sorted(name for name in imported if (stage_of(name) or -1) > own)


def imported_names(path: Path) -> set[str]:
    """Every import of a module, anywhere in it; `from factlint import link` names factlint.link too."""
    names = imports(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_a_later_stage(path):
    assert later_stage_imports(_module_name(path), imported_names(path)) == []


@pytest.mark.parametrize("module, imported, later", [
    ("factlint.extract.dates", {"factlint.link.stories"}, ["factlint.link.stories"]),
    ("factlint.check.values", {"factlint.decide.policy", "factlint.model"}, ["factlint.decide.policy"]),
    ("factlint.rulebook.lexicon", {"factlint.rulebook.rule_files"}, ["factlint.rulebook.rule_files"]),
    ("factlint.report.sarif", {"factlint.decide.fingerprint", "factlint.read.documents"}, []),
    ("factlint.pipeline", {"factlint.report", "factlint.check"}, []),
    ("factlint.read.documents", {"factlint", "factlint.extract", "factlint.model"}, ["factlint.extract"]),
    ("factlint.decide.baseline", {"factlint.report.printable", "factlint.decide.safe_json"}, ["factlint.report.printable"]),
    ("factlint.report.printable", {"factlint.decide.safe_json", "factlint.model"}, []),
])
def test_later_stage_imports_are_found(module, imported, later):
    assert later_stage_imports(module, imported) == later


@pytest.mark.parametrize("relative, source, later", [
    # The test over the package fails for a module like these: a stage importing a later one, at the top or
    # inside a function, by module or by name.
    ("decide/baseline.py", "from factlint.report.printable import to_json\n",
     ["factlint.report.printable", "factlint.report.printable.to_json"]),
    ("extract/names.py", "def f():\n    from factlint import link\n", ["factlint.link"]),
    ("rulebook/lexicon.py", "import factlint.rulebook.rule_files\n", ["factlint.rulebook.rule_files"]),
    ("check/values.py", "from factlint.decide import policy\n", ["factlint.decide", "factlint.decide.policy"]),
    ("report/sarif.py", "from factlint.decide.safe_json import to_json\n", []),
])
def test_a_module_importing_a_later_stage_is_caught(tmp_path, relative, source, later):
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert later_stage_imports(_module_name(PACKAGE / relative), imported_names(path)) == later
