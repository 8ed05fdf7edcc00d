"""Import contracts: model imports nothing of factlint; only cli imports click; renderers stay pure."""

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
    if path.name != "cli.py":
        assert "click" not in imports(path)


@pytest.mark.parametrize("path", sorted((PACKAGE / "report").glob("*.py")), ids=lambda p: p.name)
def test_renderers_do_not_print_or_read_the_environment(path):
    source = path.read_text(encoding="utf-8")
    # \b so that calls such as fingerprint( are not taken for print(
    assert not re.search(r"\bprint\(", source) and "os.environ" not in source


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_has_a_docstring(path):
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
