"""Excerpts: the window around a span stays about WIDTH characters, whatever the span's length."""

from __future__ import annotations

import pytest

from factlint.model import Finding, Related, Report, Severity
from factlint.read.documents import make_document
from factlint.report import text
from factlint.report.excerpt import ELLIPSIS, WIDTH, clip, excerpt

QUOTE = '"' + " ".join(f"word{i:02d}" for i in range(60)) + '"'  # 421 characters
LONG_LINE = "Before the talks the minister said " + QUOTE + " and left for the airport at noon."


def _doc(body: str):
    return make_document("a.txt", body)[0]


def _span(doc, needle: str, length: int | None = None):
    start = doc.text.index(needle)
    return doc.span(start, start + (len(needle) if length is None else length))


@pytest.mark.parametrize("body, needle, shown, start, length, continued", [
    # A short line is shown whole.
    ("Talks lasted five days.", "five days", "Talks lasted five days.", 13, 9, False),
    # A short span on a long line: the window is centred on it, with … on each cut side.
    (LONG_LINE, "word30", None, None, 6, False),
    # A whole quote longer than the window: its start, a little of what leads into it, then ….
    (LONG_LINE, QUOTE, "…said " + QUOTE[:95] + ELLIPSIS, 6, 95, True),
    # A quote at the start of the line: no leading ….
    (QUOTE + " he said.", QUOTE, QUOTE[:WIDTH] + ELLIPSIS, 0, WIDTH, True),
    # A span running onto the next line: underlined to the line's end, and marked as going on.
    ("He said “we will\nmeet again” today.", "“we will\nmeet", "He said “we will\nmeet"[:16], 8, 8, True),
])
def test_window_and_underline(body, needle, shown, start, length, continued):
    doc = _doc(body)
    cut = excerpt(doc, _span(doc, needle))
    if shown is not None:
        assert cut.text == shown
    assert len(cut.text) <= WIDTH + 2
    if start is not None:
        assert cut.underline_start == start
    assert (cut.underline_length, cut.continued) == (length, continued)
    underlined = cut.text[cut.underline_start : cut.underline_start + cut.underline_length]
    assert needle.startswith(underlined)


@pytest.mark.parametrize("body, needle, shown, underlined", [
    # Controls before, inside and after the span are shown escaped and the underline stays under the span.
    ("\x1b]8;;http://x\x07five days\x1b]8;;\x07 of talks", "five days",
     "\\x1b]8;;http://x\\x07five days\\x1b]8;;\\x07 of talks", "five days"),
    ("Talks of four\x1b[2J days.", "four\x1b[2J days", "Talks of four\\x1b[2J days.", "four\\x1b[2J days"),
    ("\u202eTalks lasted five days.", "five days", "\\u202eTalks lasted five days.", "five days"),
    ("x" * 150 + "\x9b31m five days", "five days", None, "five days"),
])
def test_controls_are_escaped_and_the_underline_follows(body, needle, shown, underlined):
    doc = _doc(body)
    cut = excerpt(doc, _span(doc, needle))
    if shown is not None:
        assert cut.text == shown
    assert cut.text[cut.underline_start : cut.underline_start + cut.underline_length] == underlined
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in cut.text)


def test_short_span_on_long_line_is_centred():
    doc = _doc(LONG_LINE)
    cut = excerpt(doc, _span(doc, "word30"))
    assert cut.text.startswith(ELLIPSIS) and cut.text.endswith(ELLIPSIS)
    assert cut.text[cut.underline_start : cut.underline_start + 6] == "word30"
    assert abs(cut.underline_start - (len(cut.text) - cut.underline_start - 6)) <= 2


@pytest.mark.parametrize("message, expected", [
    ("written here", "written here"),
    ("x" * WIDTH, "x" * WIDTH),
    ("a " * 60, ("a " * 50).rstrip() + ELLIPSIS),
    ("y" * (WIDTH + 5), "y" * (WIDTH - 1) + ELLIPSIS),
])
def test_clip(message, expected):
    assert clip(message) == expected and len(clip(message)) <= WIDTH


def test_text_report_bounds_quote_findings_and_their_related_lines():
    doc = _doc(LONG_LINE + "\nLater: " + QUOTE + "\n")
    main, other = _span(doc, QUOTE), doc.span(doc.text.rindex(QUOTE), doc.text.rindex(QUOTE) + len(QUOTE))
    finding = Finding("quote-fidelity", Severity.WARNING, "quoted differently", main,
                      (Related(other, QUOTE),))
    rendered = text.render(Report((finding,), {"a.txt": doc}, ()), summary=False)
    lines = rendered.splitlines()
    assert lines[0] == "a.txt:1:36: warning [quote-fidelity] quoted differently"
    assert all(len(line) <= WIDTH + 20 for line in lines[1:])
    assert lines[2].endswith("^" + ELLIPSIS) and lines[5].endswith("^" + ELLIPSIS)
    assert lines[3].startswith("  = a.txt:2:8: " + QUOTE[:20]) and lines[3].endswith(ELLIPSIS)


@pytest.mark.parametrize("text, line, shown", [
    # A problem in front matter is shown at its line as written, though the front matter is blanked for the checks.
    ("---\ndate: 2023-05-04\nb: &x [1]\n---\nTalks ended.\n", 3, "b: &x [1]"),
    ("---\ndate: 2023-05-04\n---\nTalks ended.\n", 4, "Talks ended."),
    ("No front matter here.\n", 1, "No front matter here."),
])
def test_a_front_matter_line_is_shown_as_written(text, line, shown):
    doc = _doc(text)
    assert doc.shown_line(line) == shown
    assert excerpt(doc, doc.span(doc.line_starts[line - 1], doc.line_starts[line - 1] + 1)).text == shown
    assert doc.line_text(line).strip() == ("" if doc.line_starts[line - 1] < doc.body_start else shown)
