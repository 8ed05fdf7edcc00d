"""`factlint explain RULE`: a rule's description, options, message and examples as plain text."""

from __future__ import annotations

import dataclasses
import textwrap

from factlint.model import Rule


def _block(title: str, lines: list[str]) -> list[str]:
    return [title, *(f"  {line}" for line in lines), ""]


def explain(rule: Rule) -> str:
    """Everything a user needs to understand, tune or silence one rule."""
    out = [f"{rule.id} ({rule.kind}, {rule.severity.value})", ""]
    out += textwrap.wrap(" ".join(rule.description.split()), 88) + [""]
    if rule.path:  # built-in rules (unused-suppression) come from no file and compare no facts
        facts = [f"fact: {rule.fact.value if rule.fact else 'none (reads the text)'}", f"scope: {rule.scope.value}"]
        if rule.subjects:
            facts.append(f"subjects: {', '.join(rule.subjects)}")
        out += _block("Applies to:", [*facts, f"defined in: {rule.path}"])
    out += _block("Message:", [rule.message])
    if dataclasses.is_dataclass(rule.options):
        doc = " ".join((type(rule.options).__doc__ or "").split())
        lines = [f"{f.name} = {getattr(rule.options, f.name)!r} (default {f.default!r})"
                 for f in dataclasses.fields(rule.options) if not f.metadata.get("internal")]
        out += _block("Options:", lines + ([doc] if doc else []))
    else:
        out += _block("Options:", ["none"])
    for fails, title in ((True, "Fails on:"), (False, "Passes on:")):
        examples = [e for e in rule.examples if e.fails == fails]
        lines = []
        for number, example in enumerate(examples, start=1):
            for index, article in enumerate(example.articles, start=1):
                label = f"{number}." if len(example.articles) == 1 else f"{number}.{index}"
                lines += textwrap.wrap(article, 84, initial_indent=f"{label} ", subsequent_indent=" " * (len(label) + 1))
        out += _block(title, lines or ["(no examples)"])
    out.append(f"Silence it on one line with `factlint: ignore[{rule.id}] reason`, or with ignore = [\"{rule.id}\"].")
    return "\n".join(out) + "\n"
