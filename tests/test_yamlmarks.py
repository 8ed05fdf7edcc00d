"""Safe YAML loading: places for every key, and hostile documents refused with a place, never a crash."""

from __future__ import annotations

import pytest

from factlint.read import yamlmarks
from factlint.read.yamlmarks import YamlError

# "Billion laughs": nine levels of nine aliases expand to 9**9 nodes from a few hundred bytes.
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@pytest.mark.parametrize("text, message, place", [
    (ALIAS_BOMB, "too large or too deeply nested", None),
    ("[" * 500 + "]" * 500 + "\n", "nested deeper than 50 levels", (1, 51)),
    ("".join("  " * i + f"k{i}:\n" for i in range(80)) + "  " * 80 + "v\n", "nested deeper than", None),
    ("id: !!python/object/apply:os.system [ls]\n", "YAML tag", (1, 5)),
    ("a: 1\na: 2\n", "duplicate key 'a'", (2, 1)),
    ("a: [unclosed\n", "invalid YAML", None),
    ("? [a, b]\n: 1\n", "mapping keys must be plain values", (1, 3)),
])
def test_hostile_documents_are_refused_with_a_place(text, message, place):
    with pytest.raises(YamlError) as caught:
        yamlmarks.load(text)
    assert message in caught.value.message
    if place is not None:
        assert (caught.value.line, caught.value.column) == place


@pytest.mark.parametrize("text, path, place", [
    ("id: x\noptions:\n  tolerance: 0.5\n", ("options", "tolerance"), (3, 3)),
    ("list:\n  - a\n  - b\n", ("list", 1), (3, 5)),
    ("id: x\n", ("missing", "deeper"), (1, 1)),
])
def test_every_key_has_its_place(text, path, place):
    assert yamlmarks.load(text).where(*path) == place


def test_aliases_that_stay_small_load():
    assert yamlmarks.load("a: &a [1, 2]\nb: *a\n").data == {"a": [1, 2], "b": [1, 2]}
