"""The command: measure each asked corpus and half, print a section for each and a compact table at the end."""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from collections import defaultdict
from dataclasses import dataclass

from benchmarks.instances import responses
from benchmarks.instances.ablation import variants
from benchmarks.instances.clusters import ClusterResult, bound_rules, run_corpus
from benchmarks.instances.meantime import Article, load_meantime
from benchmarks.instances.metrics import Scores, score
from benchmarks.instances.seeds import CALM, GOLDEN, ROOT, SeedResult, run_seeds
from benchmarks.instances.split import Half
from benchmarks.stories import SHARED
from factlint.cache import DEFAULT_DIR, Cache
from factlint.rulebook.rule_files import load_rulebook

MEANTIME = SHARED.parent / "temporal" / "meantime_en" / "intra_cross-doc_annotation"
CORPORA = ("meantime", "ecbplus", "gva", "allsides", "seeds")
TITLES = {"meantime": "MEANTIME", "ecbplus": "ECB+", "gva": "GVA", "allsides": "AllSides"}
CROSSING_TARGET = {"ecbplus": "0", "gva": "<= 3"}
STORY_TARGET = {"ecbplus": ">= 0.92", "gva": ">= 0.92"}
MISSING = "not available (factlint.link.mentions missing)"


@dataclass(frozen=True)
class MeantimeRow:
    half: Half
    response: str
    scores: Scores | None  # None: the response is not available
    covered: float | None = None  # factlint's: the share of gold mentions it has a mention for


def _document(mention_id: str) -> str:
    return mention_id.split("#", 1)[0]


def run_meantime(halves: list[Half], ablation: bool = False) -> tuple[dict[Half, list[Article]], list[MeantimeRow]]:
    """Score the baselines and factlint's instances on each half's gold event mentions; with `ablation`, also the
    model with each of its components turned off."""
    articles = load_meantime(MEANTIME, halves)
    mention_instances = responses.with_vocabulary(responses.load_mention_instances())
    rows = []
    for half in halves:
        chosen = articles[half]
        docs = responses.documents(chosen)
        gold = {m.id: m.instance for article in chosen for m in article.mentions}
        rows.append(MeantimeRow(half, "lemma", score(gold, responses.by_lemma(chosen), _document)))
        rows.append(MeantimeRow(half, "lemma+time", score(gold, responses.by_lemma_and_time(chosen, docs), _document)))
        if mention_instances is None:
            rows.append(MeantimeRow(half, "factlint", None))
            continue
        for label, response in variants(mention_instances) if ablation else [("factlint", mention_instances)]:
            found = responses.by_factlint(chosen, docs, response)
            covered = sum(not label.startswith(responses.ALONE) for label in found.values()) / max(len(found), 1)
            rows.append(MeantimeRow(half, label, score(gold, found, _document), covered))
    return articles, rows


def print_meantime(articles: dict[Half, list[Article]], rows: list[MeantimeRow]) -> None:
    print("MEANTIME: event-mention clusters against gold cross-document instances "
          "(../shared/temporal/meantime_en/intra_cross-doc_annotation)")
    for half, chosen in articles.items():
        instances: dict[str, set[str]] = defaultdict(set)
        for mention in (m for a in chosen for m in a.mentions):
            instances[mention.instance].add(mention.path)
        print(f"  {half.value:9} {', '.join(sorted({a.corpus for a in chosen}))}: {len(chosen)} articles, "
              f"{sum(len(a.mentions) for a in chosen)} event mentions, {len(instances)} gold instances "
              f"({sum(len(paths) > 1 for paths in instances.values())} across articles)")
    print(f"  {'half':9} {'response':14} {'pair P':>6} {'pair R':>6} {'pairF1':>6} {'xdocF1':>6} "
          f"{'MUC':>6} {'B3':>6} {'CEAF-e':>6} {'CoNLL':>6} {'covered':>7}")
    for row in rows:
        s = row.scores
        figures = MISSING if s is None else " ".join(f"{x:6.3f}" for x in (
            s.pairwise.precision, s.pairwise.recall, s.pairwise.f1, s.cross_document.f1,
            s.muc.f1, s.b_cubed.f1, s.ceaf_e.f1, s.conll)) + ("" if row.covered is None else f" {row.covered:7.1%}")
        print(f"  {row.half.value:9} {row.response:14} {figures}")
    print("  (xdocF1: pairwise F1 over pairs of mentions in different articles only; covered: gold mentions the\n"
          "  response has a mention for, the others counting as instances of their own)\n")


def print_clusters_note(rules: tuple[str, ...]) -> None:
    note = (f"across: findings of the instance-bound rules ({', '.join(rules)}) whose other side lies in another "
            f"gold cluster than their own article; any rule: the same over all rules.")
    print("Cluster corpora: each half's articles flattened into one corpus, no `story:` given (stories inferred).")
    print(textwrap.fill(note, 110, initial_indent="  ", subsequent_indent="  ") + "\n")


def print_clusters(results: list[ClusterResult]) -> None:
    name = results[0].corpus
    print(f"{TITLES[name]}: story pairwise P/R/F1 against the gold clusters; target for 'across': "
          f"{CROSSING_TARGET.get(name, 'none set')}")
    print(f"  {'half':9} {'articles':>8} {'clusters':>8} {'stories':>7} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'findings':>8} {'across':>6} {'any rule':>8}")
    for r in results:
        print(f"  {r.half.value:9} {r.articles:8} {r.clusters:8} {r.stories:7} {r.story.precision:6.3f} "
              f"{r.story.recall:6.3f} {r.story.f1:6.3f} {r.findings:8} {len(r.crossings):6} {r.crossings_any:8}")
        for crossing in r.crossings[:10]:
            span, finding = crossing.finding.span, crossing.finding
            message = finding.message if len(finding.message) <= 140 else finding.message[:139] + "…"
            print(f"    {span.path}:{span.line} [{finding.rule}] {message}\n"
                  f"      {crossing.own} against {', '.join(crossing.others)}")
    print()


def print_seeds(result: SeedResult) -> None:
    print(f"Seeds: golden report {GOLDEN.relative_to(ROOT)}: {'holds' if result.golden_holds else 'DOES NOT HOLD'}")
    print(f"  seeds alone: {result.findings} findings (other.md says {CALM.strip()!r}, empty.md nothing)")
    for variant in result.variants:
        print(f"  {variant.label}: {variant.findings} findings, the seeds' own "
              f"{'unchanged' if variant.unchanged else 'changed'} (target: {result.findings}, unchanged)")
    print()


def print_summary(rows: list[MeantimeRow], clusters: list[ClusterResult], seeds: SeedResult | None) -> None:
    print("Summary")
    print(f"  {'corpus':9} {'half':9} {'figure':34} {'value':>13}  target")
    baseline = {row.half: row.scores.pairwise.f1 for row in rows if row.response == "lemma+time" and row.scores}
    for row in (r for r in rows if not r.response.startswith(" -")):
        value = "n/a" if row.scores is None else f"{row.scores.pairwise.f1:.3f} / {row.scores.conll:.3f}"
        target = ""
        if row.response == "factlint" and row.half in baseline:
            target = f">= {baseline[row.half] + 0.10:.3f} pairwise"
        print(f"  {'MEANTIME':9} {row.half.value:9} {row.response + ' pairwise F1 / CoNLL F1':34} {value:>13}  {target}".rstrip())
    for r in clusters:
        title = TITLES[r.corpus]
        print(f"  {title:9} {r.half.value:9} {'story pairwise F1':34} {r.story.f1:13.3f}  "
              f"{STORY_TARGET.get(r.corpus, '')}".rstrip())
        print(f"  {title:9} {r.half.value:9} {'instance-bound findings across':34} {len(r.crossings):13}  "
              f"{CROSSING_TARGET.get(r.corpus, '')}".rstrip())
    if seeds is not None:
        print(f"  {'seeds':9} {'':9} {'golden report holds':34} {'yes' if seeds.golden_holds else 'no':>13}  yes")
        for variant in seeds.variants:
            print(f"  {'seeds':9} {'':9} {'findings ' + variant.label:34} {variant.findings:13}  {seeds.findings}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instances", description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--ablation", action="store_true",
                        help="MEANTIME: also score factlint's model with each component turned off")
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA), help="the corpora to measure")
    args = parser.parse_args(argv)
    halves = list(Half) if args.half == "both" else [Half(args.half)]
    started = time.perf_counter()
    print("Each corpus is split in two by a hash of its clusters (ECB+ topics, MEANTIME sub-corpora):\n"
          "'tune' is the half choices may be made on, 'held-out' the half reported untouched.\n")
    rows: list[MeantimeRow] = []
    results: list[ClusterResult] = []
    seeds = None
    shared = SHARED.is_dir()
    if "meantime" in args.corpus:
        if MEANTIME.is_dir():
            articles, rows = run_meantime(halves, args.ablation)
            print_meantime(articles, rows)
        else:
            print(f"MEANTIME: skipped, {MEANTIME} is absent\n")
    rulebook = load_rulebook()
    cache = Cache(ROOT / DEFAULT_DIR)
    names = [name for name in ("ecbplus", "gva", "allsides") if name in args.corpus]
    if names and not shared:
        print(f"{', '.join(TITLES[name] for name in names)}: skipped, {SHARED} is absent\n")
    elif names:
        print_clusters_note(bound_rules(rulebook))
        for name in names:
            found = run_corpus(name, halves, rulebook, cache)
            print_clusters(found)
            results.extend(found)
    if "seeds" in args.corpus:
        seeds = run_seeds()
        print_seeds(seeds)
    print_summary(rows, results, seeds)
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)  # on stderr: stdout stays the same run to run
    return 0


if __name__ == "__main__":
    sys.exit(main())
