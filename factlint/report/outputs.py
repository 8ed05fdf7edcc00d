"""Where each output format goes: `--format NAME[:FILE]` and `-o FILE` paired into a list of Outputs, and how a
report reaches its file (atomically to a regular file, straight through to a pipe or device)."""

from __future__ import annotations

import os
import stat
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from factlint.model import Finding, Report, Rule

STDOUT = "-"


@dataclass(frozen=True)
class Output:
    """One report to produce: the format's name and its destination ('-' for standard output)."""

    format: str
    destination: str = STDOUT


class OutputError(ValueError):
    """The --format and -o options do not fit together."""


class WriteError(Exception):
    """A report could not be written to its destination; the message names the file and the reason."""


# Names that stand for an open stream of this process, whatever they resolve to: replacing them would replace
# the terminal or the file the shell redirected to.
_STREAM_FOLDERS = ("/dev/", "/proc/")


def _straight_through(path: str) -> bool:
    """Whether a destination is written in place: anything but a regular file (or one not yet made)."""
    if os.path.abspath(path).startswith(_STREAM_FOLDERS):
        return True
    try:
        mode = os.stat(path).st_mode  # follows symlinks: a link to a FIFO is a FIFO
    except FileNotFoundError:
        return False
    except OSError:
        return True  # let opening it report why it cannot be written
    return not stat.S_ISREG(mode)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def write_report(destination: str, text: str) -> None:
    """Write a report to a file: through a temporary file and a rename when it is (or will be) a regular file, so
    an interrupted run never leaves half a report; straight into pipes, FIFOs and devices; a symlink is followed,
    so the link stays and its target is written. Raise WriteError naming the file and the reason."""
    data = text.encode("utf-8")
    try:
        if _straight_through(destination):
            with open(destination, "ab") as handle:  # append: /dev/stdout redirected to a file keeps what it holds
                handle.write(data)
            return
        target = os.path.realpath(destination)
        folder = os.path.dirname(target) or "."
        import tempfile  # only to write a file: not at start-up (it loads random)

        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            if os.path.exists(target):
                os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as error:
        raise WriteError(f"cannot write report to {destination}: {_reason(error)}") from None


def parse_outputs(formats: Sequence[str], files: Sequence[str], known: Iterable[str],
                  default: str = "text") -> list[Output]:
    """Pair formats with destinations: `NAME:FILE` carries its own; the rest take the -o values in order."""
    known = set(known)
    specs: list[tuple[str, str | None]] = []
    for spec in formats or [default]:
        name, colon, target = spec.partition(":")
        if name not in known:
            raise OutputError(f"unknown format '{name}' (choose from {', '.join(sorted(known))})")
        if colon and not target:
            raise OutputError(f"'{spec}': a file name must follow the colon")
        specs.append((name, target if colon else None))
    open_slots = [i for i, (_, target) in enumerate(specs) if target is None]
    if len(files) > len(open_slots):
        raise OutputError(f"{len(files)} -o value(s) for {len(open_slots)} format(s) without a file")
    resolved = [target for _, target in specs]
    for slot, target in zip(open_slots, files):
        resolved[slot] = target
    outputs = [Output(name, target or STDOUT) for (name, _), target in zip(specs, resolved)]
    if sum(o.destination == STDOUT for o in outputs) > 1:
        raise OutputError("only one format can go to standard output; give the others a file")
    return outputs


def append_step_summary(path: str, report: Report) -> None:
    """Append the Markdown summary of a report to a GitHub step summary file ($GITHUB_STEP_SUMMARY), within what
    GitHub accepts per step given what the step wrote there already; raise WriteError naming the file."""
    from factlint.report import github  # only in a GitHub Actions step: not at start-up

    try:
        used = os.path.getsize(path) if os.path.exists(path) else 0
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(github.step_summary(report, budget=github.SUMMARY_LIMIT - used))
    except OSError as error:
        raise WriteError(f"cannot write the step summary to {path}: {_reason(error)}") from None


def statistics(findings: Sequence[Finding], rules: Sequence[Rule]) -> str:
    """Counts per rule, most frequent first, as ruff's --statistics shows them."""
    counts = Counter(f.rule for f in findings)
    severity = {f.rule: f.severity.value for f in findings}
    width = max((len(str(n)) for n in counts.values()), default=1)
    lines = [f"{str(n).rjust(width)}\t{rule}\t{severity[rule]}" for rule, n in
             sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "".join(line + "\n" for line in lines)
