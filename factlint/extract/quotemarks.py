"""Quoted spans in text: pairs of quote marks in every common style, nested, across paragraphs, apostrophes left alone."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint import lazyre

# Each family pairs only with itself; "»…»" (seed 003), "«…»" and "»…«" are all one family.
FAMILY = {'"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
          "'": "single", "‘": "single", "’": "single", "‚": "single",
          "«": "angle", "»": "angle", "‹": "small-angle", "›": "small-angle"}
OPEN_ONLY = frozenset("“„‟‘‚")
CLOSE_ONLY = frozenset("”’")
_OPENERS = frozenset("([{—–-/") | frozenset(FAMILY)
_CLOSERS = frozenset(".,;:!?)]}—–-…") | frozenset(FAMILY)
_SENTENCE_END = frozenset(".!?:;…")
_MARK_OR_BREAK = lazyre.compile(f"[{regex.escape(''.join(FAMILY))}\n]")


@dataclass(frozen=True)
class Quoted:
    """One quotation: offsets of its opening and closing marks, its inner pieces and nesting depth."""

    open: int
    close: int
    depth: int
    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def words(self, text: str) -> str:
        """The quoted words, pieces of a quote continued across paragraphs joined by a space."""
        return " ".join(" ".join(text[s:e].split()) for s, e in self.pieces).strip()


def _is_apostrophe(text: str, i: int) -> bool:
    """they've, Blinken’s, O'Brien, ’90s: a single mark between letters or before a digit."""
    if FAMILY.get(text[i]) != "single":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalpha()) or (after.isdigit() and not before.isalnum())


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Whether the mark at i may open (a word follows it) and may close (a word precedes it)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = not after.isspace() and (before.isspace() or before in _OPENERS)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSERS)
    mark = text[i]
    if FAMILY[mark] in {"angle", "small-angle"}:
        # French sets guillemets off with a space inside: « nous sommes proches ».
        can_open = before.isspace() or before in _OPENERS
        can_close = after.isspace() or after in _CLOSERS
    if mark in OPEN_ONLY:
        return True, False
    if mark in CLOSE_ONLY:
        return False, can_close or not can_open
    return can_open, can_close


def _continues(text: str, line_end: int, open_at: int) -> int | None:
    """Where a quote left open at a line end goes on: after a new paragraph's opening mark, or on a wrapped line."""
    nxt = line_end + 1
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    if nxt < len(text) and text[nxt] in FAMILY and FAMILY[text[nxt]] == FAMILY[text[open_at]]:
        return nxt + 1
    blank = nxt >= len(text) or text[nxt] == "\n"
    tail = text[open_at:line_end].rstrip()
    if not blank and tail and tail[-1] not in _SENTENCE_END and not tail[-1] in FAMILY:
        return nxt
    return None


def find_quotes(text: str, start: int = 0) -> list[Quoted]:
    """Every quotation in text[start:], in order of opening; unclosed marks are dropped."""
    found: list[Quoted] = []
    # Open quotes, innermost last: family, offset of the mark, finished pieces, start of the current piece.
    stack: list[tuple[str, int, tuple[tuple[int, int], ...], int]] = []
    i = start
    while i < len(text):
        # Every other character is passed over one by one: skip to the next mark or line break at once.
        mark = _MARK_OR_BREAK.search(text, i)
        if mark is None:
            break
        i = mark.start()
        char = text[i]
        if char == "\n" and stack:
            family, at, done, begin = stack[0]
            resume = _continues(text, i, at)
            stack.clear()
            if resume is not None:
                # Only the outermost quote is carried over; inner ones do not span paragraphs.
                stack.append((family, at, done + ((begin, i),), resume))
                i = resume
                continue
        family = FAMILY.get(char)
        if family is None or _is_apostrophe(text, i):
            i += 1
            continue
        can_open, can_close = _flanks(text, i)
        depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == family), None)
        if depth is not None and (can_close or not can_open):
            _, at, done, begin = stack[depth]
            del stack[depth:]
            pieces = _strip(text, [*done, (begin, i)])
            if pieces:
                found.append(Quoted(at, i, depth, tuple(pieces)))
        elif can_open and char not in CLOSE_ONLY:
            stack.append((family, i, (), i + 1))
        i += 1
    return sorted(found, key=lambda q: q.open)


def _strip(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without surrounding spaces."""
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
