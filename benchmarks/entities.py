"""Precision and recall of killed/injured counts and of victims' names and ages on the GVA corpus.

Run from the project root: `python -m benchmarks.entities [--limit N] [--errors FIELD]`.
Reads ../shared/corpora/gva-clusters.jsonl.gz and gva-gold.jsonl.gz (never copied into the repo).

What is measured, per article:
- counts: every QUANTITY fact whose subject is "killed" or "injured" and that speaks of the
  article's main event instance is a prediction; it is right when its range (qualifiers honoured)
  holds the cluster's gold count, or the count of victims alone (GVA's totals include a suspect
  shot dead, whom articles count apart: "three people were killed before the gunman shot himself"). Recall: the share of (article, role) pairs with a gold count
  above zero for which a right count was extracted. Articles often disagree with the final
  gold count (early reports, other counting), so "p-stated" also accepts a count that another
  article of the same cluster states too: two outlets rarely misread alike, so it bounds how
  much of the shortfall is the articles' rather than the extractor's.
  GVA counts a victim who died of their wounds days later among the killed only, while an
  article written before the death counts them among the injured ("five people were wounded"
  where the gold has one killed and four injured). So an injured count is also right when it
  holds no fewer than the gold's injured and the people it counts as hit are the gold's: with a
  killed count stated in the same sentence, killed + injured equals the gold's total; without
  one, the injured count exceeds the gold's by no more than the victims killed. `--strict`
  turns this off.
- ages: every AGE fact whose person matches a gold participant with an age (by full name, or by
  surname when exactly one participant has it) is judged; right when the ages are equal. Facts
  about people the gold does not list (officers, relatives) are counted apart, not judged.
  Recall: gold participants with a name and age whose surname occurs in the article, found with
  the right age.
- names: judged age facts whose person's first name and surname are spelled as in the gold
  (middle names, initials, ranks and nicknames aside), over judged facts with a full name.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

from factlint import link
from factlint.check.values import interval
from factlint.extract import extract_facts
from factlint.extract.sentences import sentence_at
from factlint.model import FactKind
from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

SHARED = Path("../shared/corpora")
ROLES = ("killed", "injured")


def _load(name: str) -> list[dict]:
    with gzip.open(SHARED / name, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", "").replace(",", " ").split())


def _participants(gold: dict) -> list[tuple[str, int]]:
    people = []
    for person in gold.get("participants", []):
        name, age = _key(person.get("Name", "")), str(person.get("Age", "")).strip()
        if name and age.isdigit():
            people.append((name, int(age)))
    return people


def _match(person: str, people: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The gold participant a written name speaks of: same full name, else same surname and
    first initial, else (for a surname alone) the one participant with that surname."""
    key = _key(person)
    if not key:
        return None
    exact = [p for p in people if p[0] == key]
    if exact:
        return exact[0]
    words = key.split()
    by_surname = [p for p in people if _surname(p[0]) == _surname(key)]
    if len(words) > 1:
        by_surname = [p for p in by_surname if _first(p[0])[:1] == words[0][:1]]
    return by_surname[0] if len(by_surname) == 1 else None


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_RANKS = {"marine", "gunnery", "sgt", "lance", "cpl", "staff", "officer", "deputy", "sheriff’s", "sheriff's",
          "marshal", "petty", "navy", "army", "victims", "victim", "det", "detective", "trooper", "lt"}


def _surname(key: str) -> str:
    words = [w for w in key.split() if w not in _SUFFIXES]
    return words[-1] if words else ""


def _first(key: str) -> str:
    words = [w for w in key.split() if w not in _RANKS]
    return words[0] if words else ""


def _same_name(written: str, gold: str) -> bool:
    """First name and surname spelled alike; middle names, initials, ranks and nicknames aside."""
    return _first(written) == _first(gold) and _surname(written) == _surname(gold)


class Tally:
    """Right, wrong and found counts of one measured field."""

    def __init__(self) -> None:
        self.right = self.wrong = self.found = self.wanted = self.corroborated = 0
        self.errors: list[str] = []

    def row(self, name: str) -> str:
        judged = self.right + self.wrong
        precision = self.right / judged if judged else float("nan")
        recall = self.found / self.wanted if self.wanted else float("nan")
        stated = (self.right + self.corroborated) / judged if judged else float("nan")
        return (f"{name:<10} {judged:>7} {self.right:>6} {precision:>9.3f} {stated:>9.3f} "
                f"{self.wanted:>7} {self.found:>6} {recall:>7.3f}")


def run(limit: int | None, strict: bool = False) -> dict[str, Tally]:
    """Measure every article of the corpus (or the first `limit` clusters)."""
    articles = _load("gva-clusters.jsonl.gz")
    gold = {g["cluster"]: g for g in _load("gva-gold.jsonl.gz")}
    lexicon = load_rulebook().lexicon
    wanted_kinds = frozenset({FactKind.QUANTITY, FactKind.AGE})
    tallies = {name: Tally() for name in (*ROLES, "ages", "names")}
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    wrong_counts: list[tuple[str, str, str, str]] = []
    clusters = list(dict.fromkeys(a["cluster"] for a in articles))[:limit]
    chosen = set(clusters)
    for article in articles:
        if article["cluster"] not in chosen or article["cluster"] not in gold:
            continue
        truth = gold[article["cluster"]]
        text = f"---\ndate: {article.get('date', '')}\n---\n{article['text']}"
        doc, _ = make_document(article["id"], text)
        facts = [f for f in extract_facts(doc, lexicon, wanted_kinds)
                 if link.instance_of(doc, f)[0] == link.MAIN_INSTANCE]
        _score_counts(article, doc, facts, truth, tallies, wrong_counts, strict)
        _score_ages(article, facts, truth, tallies)
        for fact in facts:
            if fact.kind is FactKind.QUANTITY and fact.subject in ROLES:
                stated[(article["cluster"], fact.subject, fact.value)].add(article["id"])
    for cluster, role, value, article_id in wrong_counts:
        tallies[role].corroborated += bool(stated[(cluster, role, value)] - {article_id})
    return tallies


def _victims(truth: dict, role: str) -> int:
    """The count of victims alone: GVA's totals include a suspect shot dead, which articles often count apart."""
    status = role.capitalize()
    return sum(1 for p in truth.get("participants", [])
               if status in p.get("Status", "") and "Victim" in p.get("Type", ""))


def _hurt_before_dying(doc, fact, facts, truth) -> bool:
    """Whether an injured count that exceeds the gold's counts victims who died of their wounds later."""
    injured, killed = int(truth.get("injured", 0) or 0), int(truth.get("killed", 0) or 0)
    value = float(fact.value)
    if value <= injured:
        return False
    sentence = sentence_at(doc.text, fact.span.start)
    beside = [float(f.value) for f in facts if f.kind is FactKind.QUANTITY and f.subject == "killed"
              and sentence_at(doc.text, f.span.start) == sentence]
    if beside:
        return any(k + value in {killed + injured, _victims(truth, "killed") + injured} for k in beside)
    return value <= injured + _victims(truth, "killed")


def _score_counts(article, doc, facts, truth, tallies, wrong_counts, strict=False) -> None:
    for role in ROLES:
        tally, expected = tallies[role], int(truth.get(role, 0) or 0)
        accepted = {expected, _victims(truth, role)}
        # "A man was killed" says at least one: not a statement of the toll, so not judged.
        hits = [f for f in facts if f.kind is FactKind.QUANTITY and f.subject == role and not f.attr("form")]
        right = False
        for fact in hits:
            # The gunman's death widens a toll by one for comparison; judge the number as written.
            exact = fact.attr("qualifier") in ("including the gunman", "the gunman died")
            low, high = (float(fact.value),) * 2 if exact else (interval(fact, approximate_share=0.0) or (None, None))
            ok = low is not None and any(low <= count <= high for count in accepted)
            if not ok and role == "injured" and not strict and low == high:
                ok = _hurt_before_dying(doc, fact, facts, truth)
            tally.right += ok
            tally.wrong += not ok
            right = right or ok
            if not ok:
                wrong_counts.append((article["cluster"], role, fact.value, article["id"]))
                tally.errors.append(f"{article['cluster']} {article['id'][:8]} gold {expected}: "
                                    f"{fact.text!r} ({fact.value}) in line {fact.span.line}")
        if expected > 0:
            tally.wanted += 1
            tally.found += right


def _score_ages(article, facts, truth, tallies) -> None:
    people = _participants(truth)
    ages, names = tallies["ages"], tallies["names"]
    found = set()
    for fact in facts:
        if fact.kind is not FactKind.AGE:
            continue
        match = _match(fact.attr("person"), people)
        if match is None:
            continue
        ok = int(float(fact.value)) == match[1]
        ages.right += ok
        ages.wrong += not ok
        if ok:
            found.add(match)
        else:
            ages.errors.append(f"{article['cluster']} {article['id'][:8]} gold {match}: {fact.text!r}")
        written = _key(fact.attr("person"))
        if " " in written:
            same = _same_name(written, match[0])
            names.right += same
            names.wrong += not same
            if not same:
                names.errors.append(f"{article['cluster']} {article['id'][:8]} gold {match[0]!r}: {written!r}")
    text = _key(article["text"])
    for person in people:
        if person[0].split()[-1] in text.split():
            ages.wanted += 1
            ages.found += person in found
            if " " in person[0]:
                names.wanted += 1
                names.found += person in found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters")
    parser.add_argument("--strict", action="store_true",
                        help="judge injured counts against the final gold only (no victims who died later)")
    parser.add_argument("--errors", choices=[*ROLES, "ages", "names"], help="list this field's wrong extractions")
    options = parser.parse_args(argv)
    if not (SHARED / "gva-clusters.jsonl.gz").exists():
        print(f"skipped: {SHARED} is absent", file=sys.stderr)
        return 0
    tallies = run(options.limit, options.strict)
    print(f"{'field':<10} {'judged':>7} {'right':>6} {'precision':>9} {'p-stated':>9} {'wanted':>7} {'found':>6} {'recall':>7}")
    for name, tally in tallies.items():
        print(tally.row(name))
    if options.errors:
        print()
        print("\n".join(tallies[options.errors].errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
