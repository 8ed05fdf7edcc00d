"""JSON text safe to show: controls and surrogates escaped, every other character kept readable, nothing lost."""

from __future__ import annotations

import json
import re

import pytest

from factlint.decide.safe_json import UNSAFE_BEYOND_C0, to_json


@pytest.mark.parametrize("value", [
    {"m": "\x1b]52;c;aGk=\x07 and \x9b2J"}, ["\u2028\u202e", "bad\udcff.txt"], {"plain": "«é»", "n": 7},
])
def test_to_json_escapes_controls_and_stays_lossless(value):
    text = to_json(value, indent=2)
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ud800-\udfff]", text.replace("\n", ""))
    assert json.loads(text) == value
    assert "«é»" in to_json({"a": "«é»"})  # readable, not \u-escaped


@pytest.mark.parametrize("char", ["\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\u202e", "\u2066", "\u2069", "\udcff"])
def test_each_unsafe_character_is_a_json_escape(char):
    assert re.fullmatch(f"[{UNSAFE_BEYOND_C0}]", char)
    assert to_json(char) == f'"\\u{ord(char):04x}"'


@pytest.mark.parametrize("char", ["\t", "é", "«", "\u200b", "\u2065", "\u206a", "\ud7ff", "\ue000"])
def test_other_characters_are_kept_or_escaped_as_json_does(char):
    assert to_json(char) == json.dumps(char, ensure_ascii=False)
