"""The checks on a Dask cluster: rules that compare facts only within one story run per partition of stories on the
workers, while the client runs the rules that read the whole corpus; the results come back in the order of the local
loop over the rules (pipeline.analyse), so the report is the same.

A rule runs per story when its scope is an article, an instance or a story and its kind keeps no state across
groups. Kinds that do are run whole: `place-of` learns what lies in what from every story's places; `pattern`
stops trying a pattern after it timed out on a few articles anywhere; `name-variants` and `stale-relative` have
corpus scope in the shipped rules. A kind not listed here runs whole too, so a new kind is never split by mistake.

Within one rule a partition's results are the whole run's results for its stories in the same relative order, and
findings at one article (the only ones that can tie in pipeline's sort) all come from its story's partition, so the
sorted findings are the same."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from factlint import check
from factlint.engine import scatter_one, submit
from factlint.model import Corpus, Finding, LinkedFact, Problem, Rule, Scope

PER_STORY_KINDS = frozenset({"agreement", "quote-fidelity", "span-arithmetic", "weekday-date"})
PER_STORY_SCOPES = frozenset({Scope.ARTICLE, Scope.INSTANCE, Scope.STORY})
PARTITIONS_PER_WORKER = 4

Result = Finding | Problem


def per_story(rule: Rule) -> bool:
    """Whether a rule can run per partition of stories with the results it gives over the whole corpus."""
    return rule.kind in PER_STORY_KINDS and rule.scope in PER_STORY_SCOPES


def run_rules(rules: Sequence[Rule], linked: Sequence[LinkedFact], corpus: Corpus) -> list[list[Result]]:
    """Each rule's results over some facts, as the local loop gives them."""
    return [list(check.KINDS[rule.kind].check(rule, linked, corpus)) for rule in rules]


def partitions(linked: Sequence[LinkedFact], count: int) -> list[list[str]]:
    """Story ids (sorted) dealt into up to `count` consecutive runs of about as many facts each."""
    sizes: dict[str, int] = defaultdict(int)
    for item in linked:
        sizes[item.story] += 1
    total, out, load = sum(sizes.values()), [[]], 0
    for story in sorted(sizes):
        if load >= total * len(out) / max(1, count) and out[-1]:
            out.append([])
        out[-1].append(story)
        load += sizes[story]
    return [part for part in out if part]


def check_on(client, rules: Sequence[Rule], linked: Sequence[LinkedFact], corpus: Corpus,
             workers: int = 1) -> list[Result]:
    """Every rule's results, in the order of the local loop over the rules; the per-story rules on the cluster
    behind `client` (a dask.distributed.Client), the others here meanwhile."""
    split = [rule for rule in rules if per_story(rule)]
    kinds = {kind for rule in split for kind in (rule.fact, *check.KINDS[rule.kind].NEEDS) if kind is not None}
    wanted = [item for item in linked if item.fact.kind in kinds]
    futures = []
    if split and wanted:
        by_story: dict[str, list[tuple[int, LinkedFact]]] = defaultdict(list)
        for number, item in enumerate(wanted):
            by_story[item.story].append((number, item))
        gazetteer = scatter_one(client, corpus.gazetteer, broadcast=True)
        shipped = scatter_one(client, split, broadcast=True)
        for stories in partitions(wanted, PARTITIONS_PER_WORKER * max(1, workers)):
            # In the order the pipeline gives them (some kinds read facts in that order).
            facts = [item for _, item in sorted(pair for story in stories for pair in by_story[story])]
            paths = {item.fact.span.path for item in facts}
            part = Corpus({p: corpus.documents[p] for p in sorted(paths)},
                          tuple(s for s in corpus.stories if s.id in set(stories)),
                          {p: corpus.times[p] for p in paths if p in corpus.times})
            data = scatter_one(client, (facts, part))
            futures.append(submit(client, _run_part, shipped, data, gazetteer))
    whole = [[] if per_story(rule) else list(check.KINDS[rule.kind].check(rule, linked, corpus)) for rule in rules]
    parts = client.gather(futures) if futures else []
    out: list[Result] = []
    shipped_index = 0
    for rule, results in zip(rules, whole):
        if per_story(rule):
            out.extend(result for part in parts for result in part[shipped_index])
            shipped_index += 1
        else:
            out.extend(results)
    return out


def _run_part(rules: Sequence[Rule], data: tuple[list[LinkedFact], Corpus], gazetteer) -> list[list[Result]]:
    facts, corpus = data
    return run_rules(rules, facts, Corpus(corpus.documents, corpus.stories, corpus.times, gazetteer))
