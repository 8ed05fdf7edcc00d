"""Event instances: which event a statement speaks of, from the time expression in its own clause."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

import regex

from factlint.extract.sentences import sentence_at
from factlint.model import Anchor, Document, Fact, LinkedFact, Story

if TYPE_CHECKING:
    from factlint.link.references import Reference

MAIN_INSTANCE = "main"

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A time expression in a statement's own sentence that points away from the reported event:
# "last month", "in 2016", "last year's", "two years ago", "the first round", "In March".
DISTANT = regex.compile(
    rf"""\b(?:
        (?:last|previous|past)\s+(?:month|year|spring|summer|autumn|fall|winter|decade)(?:'s)?
      | (?:earlier|later)\s+this\s+(?:year|month)
      | (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:months?|years?|decades?)\s+(?:ago|earlier|before)
      | (?:in|since|during|of|by)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d
      | (?:in|since|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?-i:(?:{_MONTHS.title().replace('|', '|')}))\b
      | (?:the\s+)?(?:first|previous|earlier|prior|last|initial)\s+round
      | (?:19|20)\d\d(?:'s)?\s+(?:talks|round|strike|summit|edition|festival|war)
    )\b""",
    regex.I | regex.X,
)


def anchor_of(doc: Document, fact: Fact) -> Anchor | None:
    """The time expression in the fact's own sentence that ties it to another instance, if any."""
    start, end = sentence_at(doc.text, fact.span.start)
    for match in DISTANT.finditer(doc.text, start, end):
        if match.start() >= fact.span.start and match.end() <= fact.span.end:
            continue
        words = " ".join(match.group().lower().split())
        return Anchor(text=match.group(), key=words.removesuffix("'s"))
    return None


def instance_of(doc: Document, fact: Fact) -> tuple[str, Anchor | None]:
    """The event instance a fact speaks of: the article's main one unless its sentence says otherwise."""
    anchor = anchor_of(doc, fact)
    return (MAIN_INSTANCE, None) if anchor is None else (f"other:{anchor.key}", anchor)


def link(documents: Sequence[Document], facts: Iterable[Fact], stories: Sequence[Story],
         references: Sequence["Reference"] = ()) -> list[LinkedFact]:
    """Place each fact in its story and event instance; a sentence about another story's event joins that story."""
    story_of = {path: story.id for story in stories for path in story.paths}
    by_path = {doc.path: doc for doc in documents}
    pointing = {}
    for reference in references:
        pointing.setdefault(reference.path, []).append(reference)
    linked = []
    for fact in facts:
        doc = by_path[fact.span.path]
        matched = [r for r in pointing.get(fact.span.path, []) if r.start <= fact.span.start < r.end]
        if matched:
            ref = matched[0]
            anchor = Anchor(ref.anchor, " ".join(ref.anchor.lower().split()))
            linked.append(LinkedFact(fact, ref.target, MAIN_INSTANCE, anchor))
            continue
        instance, anchor = instance_of(doc, fact)
        linked.append(LinkedFact(fact, story_of.get(fact.span.path, fact.span.path), instance, anchor))
    return linked
