"""JSON text that is safe to show: every character kept readable (non-ASCII is not escaped), but those a terminal
or a CI log may act on written as \\u escapes. The baseline file and every JSON-based report format are written
through to_json; report/printable escapes the same characters, and the C0 controls, in plain text."""

from __future__ import annotations

import json
import re
from typing import Any

# Beyond the C0 controls (which json.dumps escapes itself): DEL, C1 controls, line and paragraph separators, bidi
# embeddings, overrides and isolates, and lone surrogates (from file names that are not UTF-8).
UNSAFE_BEYOND_C0 = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_IN_JSON = re.compile(f"[{UNSAFE_BEYOND_C0}]")


def to_json(value: Any, indent: int | None = None) -> str:
    """JSON that keeps every character (non-ASCII stays readable) but writes controls and surrogates as \\u escapes."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
