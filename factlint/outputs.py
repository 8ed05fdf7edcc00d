"""Where each output format goes: `--format NAME[:FILE]` and `-o FILE` paired into a list of Outputs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from factlint.model import Finding, Rule

STDOUT = "-"


@dataclass(frozen=True)
class Output:
    """One report to produce: the format's name and its destination ('-' for standard output)."""

    format: str
    destination: str = STDOUT


class OutputError(ValueError):
    """The --format and -o options do not fit together."""


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


def statistics(findings: Sequence[Finding], rules: Sequence[Rule]) -> str:
    """Counts per rule, most frequent first, as ruff's --statistics shows them."""
    counts = Counter(f.rule for f in findings)
    severity = {f.rule: f.severity.value for f in findings}
    width = max((len(str(n)) for n in counts.values()), default=1)
    lines = [f"{str(n).rjust(width)}\t{rule}\t{severity[rule]}" for rule, n in
             sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "".join(line + "\n" for line in lines)
