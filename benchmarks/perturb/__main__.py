"""Command line: plant changes, run factlint, print recall per family, corpus and half, and the untouched findings."""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections import defaultdict

from benchmarks.perturb.clusters import CORPORA, Cluster, Half, available, load_clusters
from benchmarks.perturb.families import SPECS
from benchmarks.perturb.mention import Family
from benchmarks.perturb.measure import Planted, Runner
from benchmarks.perturb.plant import family_candidates, sample
from factlint.rulebook.rule_files import Rulebook, load_rulebook

HALVES = {"tune": (Half.TUNE,), "held-out": (Half.HELD_OUT,), "both": (Half.TUNE, Half.HELD_OUT)}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.perturb",
                                     description="Recall of factlint measured by changes planted in real clusters.")
    parser.add_argument("--corpus", default=",".join(CORPORA), help=f"comma-separated, of {', '.join(CORPORA)}")
    parser.add_argument("--half", choices=tuple(HALVES), default="both")
    parser.add_argument("--per-family", type=int, default=40, metavar="N",
                        help="changes planted per family, corpus and half (fewer where fewer are found)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--select", default="", metavar="RULES",
                        help="comma-separated ids of rules off by default to run as well (count-agreement)")
    parser.add_argument("--family", default="", metavar="FAMILIES",
                        help=f"comma-separated families to plant (default all: {', '.join(f.value for f in Family)})")
    parser.add_argument("--show-untouched", action="store_true",
                        help="print every finding of the untouched clusters, with the lines it sets side by side")
    parser.add_argument("--show-misses", type=int, default=0, metavar="K",
                        help="print up to K missed changes per family, corpus and half, with their lines")
    args = parser.parse_args(argv)
    args.corpora = [c.strip() for c in args.corpus.split(",") if c.strip()]
    args.selected = frozenset(r.strip() for r in args.select.split(",") if r.strip())
    args.families = [Family(f.strip()) for f in args.family.split(",") if f.strip()] or list(Family)
    unknown = sorted(set(args.corpora) - set(CORPORA))
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)} (expected some of {', '.join(CORPORA)})")
    return args


def with_rules(rulebook: Rulebook, selected: frozenset[str]) -> Rulebook:
    """The rulebook with the selected rules on, whether or not they are on by default."""
    unknown = selected - {rule.id for rule in rulebook.rules}
    if unknown:
        raise SystemExit(f"unknown rule {', '.join(sorted(unknown))}")
    rules = tuple(dataclasses.replace(r, enabled=True) if r.id in selected else r for r in rulebook.rules)
    return dataclasses.replace(rulebook, rules=rules)


def plant_all(runner: Runner, clusters: list[Cluster], corpus: str, half: Half, size: int,
              seed: int, families: list[Family] | None = None) -> dict[Family, list[Planted]]:
    """Plant up to `size` changes of each family (of `families`, all by default) in the clusters (one half of one
    corpus)."""
    results: dict[Family, list[Planted]] = {family: [] for family in Family}
    for family, spec in SPECS.items():
        if families is not None and family not in families:
            continue
        rng = random.Random(f"{seed}:{corpus}:{half.value}:{family.value}")
        results[family] = [runner.plant(c) for c in sample(family_candidates(clusters, spec), size, rng)]
    return results


def cell(planted: list[Planted]) -> str:
    caught = sum(p.caught for p in planted)
    return f"{caught:>4}/{len(planted):<4}{caught / len(planted):5.2f}" if planted else f"{'-':>9}{'':5}"


def print_recall(results: dict[tuple[str, Half], dict[Family, list[Planted]]]) -> None:
    columns = list(results)
    print(f"{'family':10}" + "".join(f"  {f'{corpus} {half.value}':>14}" for corpus, half in columns))
    for family in [f for f in Family if any(results[column][f] for column in columns)]:
        print(f"{family.value:10}" + "".join(f"  {cell(results[column][family]):>14}" for column in columns))
    print(f"{'all':10}" + "".join(f"  {cell([p for ps in results[c].values() for p in ps]):>14}" for c in columns))


def print_misses(runner: Runner, results: dict[tuple[str, Half], dict[Family, list[Planted]]], size: int) -> None:
    """Some missed changes, each with its line and what factlint extracted at the changed words."""
    for (corpus, half), by_family in results.items():
        for family, planted in by_family.items():
            for miss in [p for p in planted if not p.caught][:size]:
                candidate = miss.candidate
                mention, line = candidate.mention, candidate.document.line_text(candidate.line)
                column = mention.start - candidate.document.line_starts[candidate.line - 1]
                excerpt = line[max(0, column - 90) : column + 90].replace("\n", " ")
                print(f"\nmissed {family.value} ({corpus} {half.value}) {candidate.document.path}:{candidate.line}: "
                      f"{mention.original!r} -> {mention.replacement!r}\n   > …{excerpt}…")
                facts = runner.facts_at(candidate)
                for linked in facts:
                    fact = linked.fact
                    print(f"   fact {fact.kind.value} {fact.text[:80]!r} = {fact.shown[:80]!r}"
                          + (f" of {fact.subject!r}" if fact.subject else "") + f", instance {linked.instance}")
                if not facts:
                    print("   no fact extracted at the changed words")


def print_untouched(runner: Runner, clusters: dict[str, list[Cluster]]) -> None:
    """Every finding of the untouched clusters measured, with its line and the lines of its other side."""
    for corpus, members in clusters.items():
        for cluster in members:
            documents = {doc.path: doc for doc in cluster.documents}
            for finding in runner.untouched(cluster):
                print(f"\nuntouched {corpus} {cluster.id} {finding.span.path}:{finding.span.line}: "
                      f"[{finding.rule}] {finding.message}")
                for span in (finding.span, *(r.span for r in finding.related)):
                    line = documents[span.path].line_text(span.line)
                    column = span.column - 1
                    print(f"   {span.path}:{span.line} …{line[max(0, column - 100) : column + 100]}…")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.perf_counter()
    runner = Runner(with_rules(load_rulebook(), args.selected))
    results: dict[tuple[str, Half], dict[Family, list[Planted]]] = {}
    untouched: dict[tuple[str, Half], tuple[int, int, int]] = {}
    by_corpus: dict[str, list[Cluster]] = defaultdict(list)
    for corpus in args.corpora:
        if not available(corpus):
            print(f"skipped {corpus}: its corpus is absent (../shared/corpora)")
            continue
        by_half: dict[Half, list[Cluster]] = defaultdict(list)
        for cluster in load_clusters(corpus):
            by_half[cluster.half].append(cluster)
        for half in HALVES[args.half]:
            clusters = by_half[half]
            by_corpus[corpus].extend(clusters)
            results[(corpus, half)] = plant_all(runner, clusters, corpus, half, args.per_family, args.seed,
                                                args.families)
            untouched[(corpus, half)] = (len(clusters), sum(len(c.documents) for c in clusters),
                                         sum(len(runner.untouched(c)) for c in clusters))
    if not results:
        return 0
    print(f"Planted changes caught (seed {args.seed}, up to {args.per_family} per family, corpus and half; caught = a "
          f"new finding at the changed line): caught/planted recall")
    print_recall(results)
    print("\nFindings of the untouched clusters (each run alone as one story)")
    print(f"{'corpus':10} {'half':9} {'clusters':>8} {'articles':>8} {'findings':>8} {'per 100':>8}")
    for (corpus, half), (clusters, articles, findings) in untouched.items():
        per_100 = f"{100 * findings / articles:8.1f}" if articles else f"{'-':>8}"
        print(f"{corpus:10} {half.value:9} {clusters:8} {articles:8} {findings:8} {per_100}")
    if args.show_untouched:
        print_untouched(runner, by_corpus)
    if args.show_misses:
        print_misses(runner, results, args.show_misses)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
