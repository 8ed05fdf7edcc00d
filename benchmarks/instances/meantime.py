"""MEANTIME's cross-document annotation read into articles: text rebuilt from tokens, gold event mentions with offsets."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from benchmarks.instances.split import Half, half_of

# A token written against the word before it, or the word after it; PTB quotes become plain ones.
_GLUED_LEFT = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "...", "''", "”", "’",
                         "'", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"})
_GLUED_RIGHT = frozenset({"(", "[", "$", "US$", "CA$", "#", "``", "“", "‘"})
_SHOWN = {"``": '"', "''": '"'}


@dataclass(frozen=True)
class GoldMention:
    """One annotated event mention: where it is in the rebuilt text, its lemma and its gold instance."""

    id: str  # path#m_id, unique across the corpus
    path: str
    start: int
    end: int
    text: str
    lemma: str  # the annotators' `pred`, or "" where the mention has none
    sentence: int
    instance: str  # the cross-document instance_id, else an id of the chain (or the mention) within its article


@dataclass(frozen=True)
class Article:
    """One MEANTIME article: its rebuilt text (with front matter `date:` when it has a creation time) and mentions."""

    path: str
    corpus: str  # the sub-corpus, e.g. corpus_airbus
    text: str
    created: dt.date | None
    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence's line, by sentence number
    mentions: tuple[GoldMention, ...]


def _creation_date(root: ET.Element) -> dt.date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                return None
    return None


def _rebuild(root: ET.Element, header: str) -> tuple[str, dict[str, tuple[int, int, int]], tuple[tuple[int, int], ...]]:
    """The text, one sentence a line, and each token's (start, end, sentence); sentences numbered as in the XML."""
    by_sentence: dict[int, list[tuple[str, str]]] = {}
    for token in sorted(root.findall("token"), key=lambda t: int(t.get("number", "0"))):
        by_sentence.setdefault(int(token.get("sentence", "0")), []).append((token.get("t_id", ""), token.text or ""))
    text, offsets, sentences = [header], {}, []
    position = len(header)
    for number in range(max(by_sentence, default=-1) + 1):
        line_start, previous = position, None
        for t_id, word in by_sentence.get(number, []):
            shown = _SHOWN.get(word, word)
            if previous is not None and word not in _GLUED_LEFT and previous not in _GLUED_RIGHT:
                text.append(" ")
                position += 1
            offsets[t_id] = (position, position + len(shown), number)
            text.append(shown)
            position += len(shown)
            previous = word
        sentences.append((line_start, position))
        text.append("\n")
        position += 1
    return "".join(text), offsets, tuple(sentences)


def parse_article(xml: str, corpus: str, path: str) -> Article:
    """An article from the text of one MEANTIME XML file; `path` names it in the benchmark's corpus."""
    root = ET.fromstring(xml)
    created = _creation_date(root)
    text, offsets, sentences = _rebuild(root, f"---\ndate: {created.isoformat()}\n---\n" if created else "")
    markables = root.find("Markables")
    relations = root.find("Relations")
    events = {e.get("m_id"): e for e in (markables.findall("EVENT") if markables is not None else [])}
    chain: dict[str, str] = {}
    for refers in relations.findall("REFERS_TO") if relations is not None else []:
        target = refers.find("target")
        event = events.get(target.get("m_id")) if target is not None else None
        if event is None:
            continue  # an entity's chain
        instance = event.get("instance_id") or f"{path}#{event.get('m_id')}"
        for source in refers.findall("source"):
            chain.setdefault(source.get("m_id", ""), instance)
    mentions = []
    for element in markables.findall("EVENT_MENTION") if markables is not None else []:
        spans = [offsets[a.get("t_id", "")] for a in element.findall("token_anchor") if a.get("t_id") in offsets]
        if not spans:
            continue
        spans.sort()
        m_id = element.get("m_id", "")
        mentions.append(GoldMention(
            id=f"{path}#{m_id}", path=path, start=spans[0][0], end=max(end for _, end, _ in spans),
            text=" ".join(text[start:end] for start, end, _ in spans), lemma=(element.get("pred") or "").strip().lower(),
            sentence=spans[0][2], instance=chain.get(m_id, f"{path}#{m_id}")))
    mentions.sort(key=lambda m: (m.start, m.end, m.id))
    return Article(path, corpus, text, created, sentences, tuple(mentions))


def load_meantime(folder: Path, halves: Sequence[Half] = tuple(Half)) -> dict[Half, list[Article]]:
    """Every article of the sub-corpora (corpus_airbus, ...) under folder, by half, in a stable order."""
    articles: dict[Half, list[Article]] = {half: [] for half in halves}
    for corpus in sorted(p for p in folder.iterdir() if p.is_dir()):
        half = half_of(corpus.name)
        if half not in halves:
            continue
        for file in sorted(corpus.glob("*.xml")):
            path = f"meantime/{corpus.name}/{file.stem}.md"
            articles[half].append(parse_article(file.read_text(encoding="utf-8"), corpus.name, path))
    return articles
