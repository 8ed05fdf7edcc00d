"""Per-document work over many documents: read from the cache where it holds it, else computed in worker processes."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence, TypeVar

from factlint import cache as cache_module
from factlint import extract
from factlint.rulebook import lexicon
from factlint.cache import Cache
from factlint.extract import EXTRACTORS, Extractor
from factlint.rulebook.lexicon import Lexicon
from factlint.link import features as features_module
from factlint.link import instances as instances_module
from factlint.link import references as references_module
from factlint.link.features import LineWords, decode_lines, decode_periods, encode_lines, encode_periods, line_words, periods
from factlint.link.references import Spans, candidate_spans, decode_spans, encode_spans
from factlint.model import Document, Fact, FactKind, Problem
from factlint.read.filesystem import FileStamp

# Below this much text, starting processes costs more than it saves.
PARALLEL_MIN_CHARS = 400_000
PARALLEL_MIN_DOCUMENTS = 64
CHUNKS_PER_JOB = 6
# Modules whose source shapes what is cached: every module of factlint.extract is hashed too. (Story grouping
# itself, link/stories.py, only reads the cached line words and periods, so changing it keeps the cache.)
SHAPING_MODULES = (extract, lexicon, cache_module, features_module, instances_module, references_module)
# What story grouping needs of each article alone, cached beside its facts so a warm run skips it.
LINES_PRODUCT = "stories:lines"
# The days and months each article names, which tell a follow-up's event time (link/stories.py).
PERIODS_PRODUCT = "stories:periods"
# The sentences tied to an earlier time ("last month") that may refer to another article (link/references.py).
SPANS_PRODUCT = "references:spans"


@dataclass(frozen=True)
class Extracted:
    """Facts of every document, and how many documents had to be computed (not cached)."""

    facts: tuple[Fact, ...]
    computed: int = 0
    lines: dict[str, tuple[LineWords, ...]] = field(default_factory=dict)
    periods: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    spans: dict[str, Spans] = field(default_factory=dict)


def available_cpus() -> int:
    """CPUs this process may run on (affinity-aware where the platform tells)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def products(kinds: frozenset[FactKind] | None, grouped: bool = True) -> tuple[tuple[str, Extractor | None], ...]:
    """The cached products a run needs: one per wanted extractor, and the line words and periods that group stories
    and date undated articles. A lone article is grouped with none (grouped=False): its line words are not needed."""
    wanted = tuple((f"facts:{e.name}", e) for e in EXTRACTORS if kinds is None or e.kinds & kinds)
    # A lone article is grouped with none and refers to none: its line words and reference spans are not needed.
    return wanted + (((LINES_PRODUCT, None), (SPANS_PRODUCT, None)) if grouped else ()) + ((PERIODS_PRODUCT, None),)


T = TypeVar("T")

# The worker's lexicon: set once per process by _start_worker, not pickled with every chunk.
_WORKER_LEXICON: Lexicon | None = None


def _start_worker(vocabulary: Lexicon) -> None:
    global _WORKER_LEXICON
    _WORKER_LEXICON = vocabulary


@dataclass(frozen=True)
class Failure:
    """A product that could not be computed for one document: a bug in factlint, reported, never cached."""

    error: str


# One product of one document: its facts, line words or periods as computed, or the payload the cache stores.
Product = list[Fact] | tuple[LineWords, ...] | tuple[tuple[int, int], ...] | Spans | str


def computed(doc: Document, vocabulary: Lexicon, wanted: Sequence[str]) -> dict[str, Product | Failure]:
    """Every wanted product of one document as objects (a Failure where one raised)."""
    by_name = {f"facts:{e.name}": e for e in EXTRACTORS}
    products: dict[str, Product | Failure] = {}
    for product in wanted:
        try:
            if product == LINES_PRODUCT:
                products[product] = line_words(doc)
            elif product == PERIODS_PRODUCT:
                products[product] = periods(doc)
            elif product == SPANS_PRODUCT:
                products[product] = candidate_spans(doc)
            else:
                products[product] = list(by_name[product].run(doc, vocabulary))
        except Exception as error:  # noqa: BLE001 - one article's bug must not cost the run the other articles
            products[product] = Failure(f"{type(error).__name__}: {error}")
    extract.forget()
    return products


def encoded(product: str, value: Product) -> str:
    """A product as the payload the cache stores."""
    if isinstance(value, str):
        return value
    if product == LINES_PRODUCT:
        return encode_lines(value)
    if product == PERIODS_PRODUCT:
        return encode_periods(value)
    if product == SPANS_PRODUCT:
        return encode_spans(value)
    return cache_module.encode_facts(value)


def compute(doc: Document, vocabulary: Lexicon, wanted: Sequence[str]) -> dict[str, str | Failure]:
    """Every wanted product of one document, as the payloads the cache stores (a Failure where one raised): what a
    worker process sends back."""
    return {product: value if isinstance(value, Failure) else encoded(product, value)
            for product, value in computed(doc, vocabulary, wanted).items()}


def _compute_chunk(chunk: list[tuple[Document, tuple[str, ...]]]) -> list[dict[str, str | Failure]]:
    return [compute(doc, _WORKER_LEXICON, wanted) for doc, wanted in chunk]


def _chunks(items: list, jobs: int) -> list[list]:
    size = max(16, -(-len(items) // (jobs * CHUNKS_PER_JOB)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_all(todo: list[tuple[Document, tuple[str, ...]]], vocabulary: Lexicon, jobs: int,
            progress: Callable[[int], None] | None = None) -> list[dict[str, Product | Failure]]:
    """Compute the products, in order; over processes when the input is big enough to pay for them. Computed here,
    they are objects; by workers, payloads."""
    chars = sum(len(doc.text) for doc, _ in todo)
    if jobs <= 1 or len(todo) < PARALLEL_MIN_DOCUMENTS or chars < PARALLEL_MIN_CHARS:
        results: list[dict[str, Product | Failure]] = []
        for doc, wanted in todo:
            # Objects, not payloads: the facts of one large article were held as JSON text and then as objects.
            results.append(computed(doc, vocabulary, wanted))
            if progress:
                progress(1)
        return results
    # Imported here: processes (and multiprocessing's imports) are for large inputs only, not for start-up.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results = []
    chunks = _chunks(todo, jobs)
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(vocabulary,)) as pool:
            for chunk, done in zip(chunks, pool.map(_compute_chunk, chunks)):
                results.extend(done)
                if progress:
                    progress(len(chunk))
    except BrokenProcessPool:
        # A worker died (the kernel's out-of-memory killer, a crash): each article not done yet runs in a process of
        # its own, so that one article costs only itself.
        for doc, wanted in todo[len(results) :]:
            results.append(_alone(doc, vocabulary, wanted))
            if progress:
                progress(1)
    return results


# How the documents the cache does not hold are computed: run_all's signature.
Runner = Callable[[list[tuple[Document, tuple[str, ...]]], Lexicon, int, Callable[[int], None] | None],
                  list[dict[str, str | Failure]]]


def _alone(doc: Document, vocabulary: Lexicon, wanted: Sequence[str]) -> dict[str, str | Failure]:
    """One document's products computed in a process of its own; Failures if that process dies too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, initializer=_start_worker, initargs=(vocabulary,)) as pool:
            return pool.submit(_compute_chunk, [(doc, tuple(wanted))]).result()[0]
    except BrokenProcessPool:
        return {product: Failure("its process died (out of memory?)") for product in wanted}


def extract_all(documents: Sequence[Document], vocabulary: Lexicon, kinds: frozenset[FactKind] | None,
                *, cache: Cache | None = None, jobs: int = 1,
                progress: Callable[[int, int], None] | None = None, runner: Runner | None = None,
                stamps: Mapping[str, tuple[FileStamp, str]] | None = None, grouped: bool | None = None) -> Extracted:
    """Facts (sorted by span) of the documents, reusing cached entries.

    `grouped`: whether the run groups articles into stories, so that their line words and reference spans are
    needed (by default, when there is more than one document; a warm run extracting one changed article of many
    says so).

    `progress(advance, total)` is told how many more documents are done, out of how many. `runner` computes what
    the cache does not hold, as run_all does (another engine's, factlint.engine). `stamps`: each file's stamp and
    the encoding it was read with (read.documents.read_paths), by which the cache knows unchanged files.
    """
    step = (lambda advance: progress(advance, len(documents))) if progress else None
    wanted = products(kinds, grouped=len(documents) > 1 if grouped is None else grouped)
    salt = cache_module.fingerprint(vocabulary, SHAPING_MODULES + tuple(_extractor_modules()))
    if cache is not None:
        cache.use(salt)
    keys = _keys(documents, salt, cache, stamps or {})
    needed = [tuple(p for p, _ in wanted) for _ in documents]
    stored: dict[str, dict[str, str]] = {}
    if cache is not None:
        for product, _ in wanted:
            stored[product] = cache.get_many(keys, product)
    facts: list[Fact] = []
    todo: list[tuple[Document, tuple[str, ...]]] = []
    todo_at: list[int] = []
    found: list[dict[str, Product | Failure]] = []
    for index, (doc, key) in enumerate(zip(documents, keys)):
        payloads = {p: stored[p][key] for p in needed[index] if key in stored.get(p, {})}
        missing = tuple(p for p in needed[index] if p not in payloads)
        found.append(payloads)
        if missing:
            todo.append((doc, missing))
            todo_at.append(index)
    del stored  # the payloads live on in `found`; the per-product maps would only add to the peak
    if step and len(documents) > len(todo):
        step(len(documents) - len(todo))
    fresh = (runner or run_all)(todo, vocabulary, jobs, step)
    if cache is not None:
        _store(cache, [(keys[index], made) for index, made in zip(todo_at, fresh)])
        cache.misses += len(todo)
        cache.hits += len(documents) - len(todo)
    for index, made in zip(todo_at, fresh):
        found[index].update(made)
    del fresh
    lines: dict[str, tuple[LineWords, ...]] = {}
    named: dict[str, tuple[tuple[int, int], ...]] = {}
    spans: dict[str, Spans] = {}
    problems: list[Problem] = []
    pool: dict = {}  # one copy of each repeated value and attribute, for all the facts of the run
    for index, doc in enumerate(documents):
        # Each document's products are let go once absorbed, so payloads and objects are never all held at once.
        payloads, found[index] = found[index], {}
        for product in list(payloads):
            payload = payloads.pop(product)
            if isinstance(payload, Failure):
                problems.append(_failed(doc, product, payload))
                if product == LINES_PRODUCT:
                    lines[doc.path] = ()
                elif product == PERIODS_PRODUCT:
                    named[doc.path] = ()
                elif product == SPANS_PRODUCT:
                    spans[doc.path] = ()
                continue
            if product == LINES_PRODUCT:
                lines[doc.path] = _decoded(payload, decode_lines, line_words, doc)
                continue
            if product == PERIODS_PRODUCT:
                named[doc.path] = _decoded(payload, decode_periods, periods, doc)
                continue
            if product == SPANS_PRODUCT:
                spans[doc.path] = _decoded(payload, decode_spans, candidate_spans, doc)
                continue
            try:
                _absorb(doc, product, payload, kinds, facts, pool)
            except ValueError:
                # An entry that does not decode is not trusted: compute it again.
                again = computed(doc, vocabulary, (product,))[product]
                if isinstance(again, Failure):
                    problems.append(_failed(doc, product, again))
                else:
                    _absorb(doc, product, again, kinds, facts, pool)
    facts.sort(key=lambda fact: (*fact.span.order, fact.kind.value))
    return Extracted(tuple(facts), len(todo), lines, named, tuple(problems), spans)


def _keys(documents: Sequence[Document], salt: str, cache: Cache | None,
          stamps: Mapping[str, tuple[FileStamp, str]]) -> list[str]:
    """Each document's cache key: read from the cache's index of files where the file's stamp (with the encoding and
    date its key hangs on besides its bytes) is the one recorded, hashed from its content otherwise (and recorded)."""
    if cache is None:
        return [cache_module.document_key(doc, salt) for doc in documents]
    stamped = {doc.path: (f"{stamps[doc.path][0].text}:{stamps[doc.path][1]}:{doc.date}", stamps[doc.path][0])
               for doc in documents if doc.path in stamps}
    known = cache.stamped_keys({path: (text, stamp.changed_ns) for path, (text, stamp) in stamped.items()})
    keys, rows = [], []
    for doc in documents:
        key = known.get(doc.path)
        if key is None:
            key = cache_module.document_key(doc, salt)
            if doc.path in stamped:
                text, stamp = stamped[doc.path]
                rows.append((doc.path, text, stamp.seen_ns, key))
        keys.append(key)
    cache.stamp_many(rows)
    return keys


def _failed(doc: Document, product: str, failure: Failure) -> Problem:
    """What a user is told when factlint itself failed on one article: the rest of it and the others are checked."""
    what = product.removeprefix("facts:") + (" facts" if product.startswith("facts:") else "")
    return Problem(doc.path, 1, 1, f"factlint failed to extract its {what} ({failure.error}); the rest of this "
                                   "article and the other articles were checked; please report it")


# Payloads of this many characters are stored before more are encoded: a large article's are never all held at once.
STORE_CHARS = 1 << 22


def _store(cache: Cache, computed_now: Sequence[tuple[str, dict[str, Product | Failure]]]) -> None:
    """Store each document's products under its key, encoded one at a time (a Failure is never stored)."""
    rows: list[tuple[str, str, str]] = []
    held = 0
    for key, products in computed_now:
        for product, value in products.items():
            if isinstance(value, Failure):
                continue
            payload = encoded(product, value)
            rows.append((key, product, payload))
            held += len(payload)
            if held >= STORE_CHARS:
                cache.put_many(rows)
                rows, held = [], 0
    cache.put_many(rows)


def _decoded(payload: T | str, decode: Callable[[str], T], make: Callable[[Document], T], doc: Document) -> T:
    """A story product computed in this process, or a cached one decoded, or made again when the entry does not
    decode (it is not trusted)."""
    if not isinstance(payload, str):
        return payload
    try:
        return decode(payload)
    except ValueError:
        return make(doc)


def _absorb(doc: Document, product: str, payload: Product, kinds: frozenset[FactKind] | None,
            facts: list[Fact], pool: dict | None = None) -> None:
    """Facts computed in this process, or a payload decoded, into the run's facts; ValueError if it is malformed."""
    found = (cache_module.decode_facts(payload, doc.path, pool) if isinstance(payload, str)
             else cache_module.pooled_facts(payload, pool))
    facts.extend(f for f in found if kinds is None or f.kind in kinds)


def _extractor_modules() -> list:
    """Every loaded module of the factlint.extract package (the grammar modules shape facts too)."""
    return [module for name, module in sorted(sys.modules.items())
            if name.startswith("factlint.extract.") and module is not None]
