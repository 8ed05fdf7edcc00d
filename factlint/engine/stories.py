"""Story inference on a Dask cluster, per time window, merged into the stories link.stories.infer finds.

The articles are cut into windows of consecutive time. Each window's vectors are weighed on a worker; the inverted
index is built as a shuffle (engine/index.py); each window then computes the similarity rows of its own articles
against every later article (by position) that shares an indexed feature with them: its overlap with the other
windows is not a fixed number of days but exactly the articles its rows need, so a follow-up, or an article joined to
it by a reference back, is paired however far apart in time, and every pair is computed once, in the window of its
first article, with link.stories' arithmetic. The time rule (link.stories._timed) is applied there too; where only
the other article's text can tell whether two leads place the event apart, its window is asked. The merge clusters
each connected component alone (engine/components.py says why that equals clustering the whole) and ranks each
story's evidence as infer does. The result equals infer's on the same input: tests/test_engine.py holds it to that."""

from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Sequence

from factlint.engine import components as merge
from factlint.engine import index, scatter_each, scatter_one, submit, windows
from factlint.link.features import LineWords, boilerplate, line_words, periods
from factlint.link.stories import STORY_THRESHOLD, Periods, evidence, infer
from factlint.model import Document, Story

# A window holds about this many articles, and there are at least two per worker, so each worker has work.
WINDOW_ARTICLES = 4000
WINDOWS_PER_WORKER = 2
# The index is shuffled into this many buckets per worker, whatever the number of windows (tasks grow as
# windows times buckets).
BUCKETS_PER_WORKER = 2


def window_count(articles: int, workers: int) -> int:
    """How many time windows a corpus is cut into."""
    return max(WINDOWS_PER_WORKER * max(1, workers), -(-articles // WINDOW_ARTICLES))


def infer_on(client, documents: Sequence[Document], lines: Sequence[Sequence[LineWords]] | None = None,
             named: Sequence[Periods] | None = None, workers: int = 1) -> list[Story]:
    """link.stories.infer run on the cluster behind `client` (a dask.distributed.Client)."""
    if len(documents) < 2:
        return infer(documents, lines, named)  # nothing to share: no words weighed
    lines = [line_words(doc) for doc in documents] if lines is None else lines
    named = [periods(doc) for doc in documents] if named is None else named
    days = [doc.date.toordinal() if doc.date else None for doc in documents]
    cut = windows.time_windows(days, window_count(len(documents), workers))
    window_of = array("l", [0] * len(documents))
    for number, positions in enumerate(cut):
        for position in positions:
            window_of[position] = number
    skip = scatter_one(client, boilerplate(lines), broadcast=True)
    parts = scatter_each(client, [[(p, documents[p], lines[p]) for p in positions] for positions in cut])
    vectors = [submit(client, windows.vectors, part, skip) for part in parts]
    postings, too_common = _index(client, vectors, BUCKETS_PER_WORKER * max(1, workers))
    places = [frozenset()] * len(documents)
    for window, found in zip(cut, client.gather([submit(client, _places, window) for window in vectors])):
        for position, names in zip(window, found):
            places[position] = names
    context = scatter_one(client, (days, list(named), places), broadcast=True)
    rows = client.gather([submit(client, _rows, window, part, postings, context) for window, part in zip(vectors, parts)])
    _settle(client, vectors, parts, rows, places, window_of)
    first, second, timed, raw = array("l"), array("l"), array("d"), array("d")
    for part in rows:
        first.extend(part.first)
        second.extend(part.second)
        timed.extend(part.timed)
        raw.extend(part.raw)
    del rows
    found = merge.components(len(documents), first, second, timed, raw, STORY_THRESHOLD)
    del first, second, timed, raw
    batches = merge.batches(found, WINDOWS_PER_WORKER * max(1, workers))
    clustered = client.gather([submit(client, merge.cluster_all, batch, STORY_THRESHOLD)
                               for batch in scatter_each(client, batches)])
    groups: list[tuple[tuple[int, ...], tuple[tuple[int, int], ...]]] = []
    for result in (c for batch in clustered for c in batch):
        groups.extend(zip(result.clusters, result.linked))
    grouped = {position for members, _ in groups for position in members}
    groups.extend(((p,), ()) for p in range(len(documents)) if p not in grouped)
    groups.sort(key=lambda group: group[0][0])
    terms = _evidence(client, vectors, too_common, [pair for _, linked in groups for pair in linked], window_of)
    stories = []
    for members, linked in groups:
        paths = tuple(documents[m].path for m in members)
        shared = [t for pair in linked for t in terms[pair]]
        stories.append(Story(paths[0], paths, tuple(dict.fromkeys(shared))[:8]))
    return stories


def _index(client, vectors: list, buckets: int) -> tuple[list, object]:
    """The postings of each bucket (futures) and the features too common to index (a future), in two rounds: the
    hashes that more than one article holds, then those features with their holders (engine/index.py)."""
    hashed = [submit(client, index.hashes, window, buckets) for window in vectors]
    shared = [submit(client, index.shared_hashes, *[submit(client, index.share_of, part, j) for part in hashed])
              for j in range(buckets)]
    splits = [submit(client, index.split, window, buckets, shared) for window in vectors]
    built = [submit(client, index.build, *[submit(client, index.share_of, shares, j) for shares in splits])
             for j in range(buckets)]
    postings = [submit(client, index.postings_of, part) for part in built]
    too_common = submit(client, index.union, [submit(client, index.too_common_of, part) for part in built])
    return postings, too_common


def _places(window: windows.WindowVectors) -> tuple[frozenset[str], ...]:
    return window.places


def _rows(window: windows.WindowVectors, part: list, postings: list, context: tuple) -> windows.Rows:
    days, named, places = context
    return windows.rows(window, [doc for _, doc, _ in part], [index.located(p) for p in postings], days, named,
                        places)


def _mentions(window: windows.WindowVectors, part: list, asked: list) -> list[bool]:
    return windows.mentions(window, [doc for _, doc, _ in part], asked)


def _settle(client, vectors: list, parts: list, rows: list[windows.Rows], places: list[frozenset[str]],
            window_of: array) -> None:
    """Zero the pairs whose leads place the event apart (neither text names a place of the other's lead): each
    window has checked its own articles' texts; the second article's window is asked for the rest. The rows' value
    arrays, gathered here, are set in place."""
    asked: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # window -> (rows part, pair index, second)
    for part, found in enumerate(rows):
        for at in found.asks:
            asked[window_of[found.second[at]]].append((part, at, found.second[at]))
    if not asked:
        return
    numbers = sorted(asked)
    answers = client.gather([
        submit(client, _mentions, vectors[w], parts[w],
               scatter_one(client, [(b, places[rows[part].first[at]]) for part, at, b in asked[w]]))
        for w in numbers])
    for w, said in zip(numbers, answers):
        for (part, at, _), named in zip(asked[w], said):
            if not named:
                rows[part].timed[at] = 0.0


def _evidence(client, vectors: list, too_common, pairs: list[tuple[int, int]], window_of: array
              ) -> dict[tuple[int, int], list[str]]:
    """The shared word pairs of each pair of articles (link.stories.evidence), computed in the window of the
    first article with the second's features fetched from its own window."""
    wanted: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for x, y in pairs:
        wanted[window_of[x]].append((x, y))
    tasks = {}
    for w, asked in wanted.items():
        from_window: dict[int, list[int]] = defaultdict(list)
        for x, y in asked:
            from_window[window_of[x]].append(x)
            from_window[window_of[y]].append(y)
        picks = [submit(client, windows.pick, vectors[v], scatter_one(client, sorted(set(ps))), too_common)
                 for v, ps in sorted(from_window.items())]
        tasks[w] = submit(client, _shared, scatter_one(client, asked), picks)
    out: dict[tuple[int, int], list[str]] = {}
    for found in client.gather(list(tasks.values())):
        out.update(found)
    return out


def _shared(pairs: list[tuple[int, int]], picks: list[dict[int, dict[str, float]]]
            ) -> dict[tuple[int, int], list[str]]:
    features: dict[int, dict[str, float]] = {}
    for picked in picks:
        features.update(picked)
    return {(x, y): evidence(features[x], features[y]) for x, y in pairs}
