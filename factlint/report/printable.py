"""Untrusted text made safe to print: what a stranger wrote never reaches a terminal or a CI log as a control.

Article text, quotes, names and file names may hold C0 and C1 controls (ESC starts CSI and OSC sequences:
colours, hyperlinks, clipboard writes; BEL ends them), line breaks (a new line can start a GitHub workflow
command), bidirectional overrides (text shown in another order than it reads) and, in file names that are
not UTF-8, lone surrogates (which cannot even be encoded for output). Each is shown escaped, the way Python
writes it (``\\x1b``, ``\\n``, ``\\u202e``, ``\\udcff``); tab is kept. Every renderer passes what it did not
write itself through one of these functions, or writes JSON through decide/safe_json.to_json.
"""

from __future__ import annotations

import html
import re

from factlint.decide.safe_json import UNSAFE_BEYOND_C0
from factlint.model import Problem

# C0 controls but tab, and what the JSON writer escapes too (DEL, C1 controls, line and paragraph separators, bidi
# embeddings, overrides and isolates, and lone surrogates).
_UNSAFE_TEXT = re.compile(f"[\x00-\x08\x0a-\x1f{UNSAFE_BEYOND_C0}]")
_UNSAFE_KEEPING_LINES = re.compile(f"[\x00-\x08\x0b-\x1f{UNSAFE_BEYOND_C0}]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """The text on one line with every control but tab shown escaped (ESC as \\x1b, a newline as \\n)."""
    return _UNSAFE_TEXT.sub(_escaped, text)


def printable_path(path: str) -> str:
    """A path as printable() shows it, with ./ before one that begins with '::', so that a line it begins is no
    workflow command for a CI runner ("::error::x.txt" is a file name like any other)."""
    shown = printable(path)
    return f"./{shown}" if shown.startswith("::") else shown


def problem_line(problem: Problem) -> str:
    """A problem as one printable line: path:line:column: message."""
    return f"{printable_path(problem.path)}:{problem.line}:{problem.column}: {printable(problem.message)}"


def printable_lines(text: str) -> str:
    """As printable(), but newlines are kept: for text meant to run over several lines (an HTML tooltip)."""
    return _UNSAFE_KEEPING_LINES.sub(_escaped, text)


def markup(text: str) -> str:
    """Text for HTML, in an element or a quoted attribute: escaped as HTML, its controls shown escaped, a newline
    as a character reference (a tooltip keeps it; the page's source gets no line that a stranger began)."""
    return html.escape(printable_lines(text)).replace("\n", "&#10;")
