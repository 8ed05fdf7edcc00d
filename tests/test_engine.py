"""The Dask engine (factlint.engine): on a 2-worker LocalCluster its report equals the local engine's, on the seeds
and on a generated corpus; without Dask, or without a usable cluster, `--engine dask` exits 2 saying what to do."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from generated import corpus as generated_corpus

from factlint.cli import main
from factlint.engine import EngineKind, EngineUnavailable, INSTALL_HINT, open_engine
from factlint.link.stories import infer
from factlint.pipeline import lint
from factlint.read.documents import make_document
from factlint.report import render

from conftest import SEEDS

cluster = pytest.importorskip("factlint.engine.cluster", reason="Dask is in the test extra: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def engine():
    """Two worker processes, as a LocalCluster on a 2-CPU machine starts them."""
    started = cluster.DaskEngine.start(None, 2)
    yield started
    started.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    for name, text in generated_corpus().items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _reports(paths, rulebook, engine, **options):
    _, local = lint(paths, rulebook, **options)
    _, dask = lint(paths, rulebook, engine=engine, **options)
    return local, dask


@pytest.fixture(scope="module")
def seeds(engine, rulebook):
    return _reports([str(SEEDS)], rulebook, engine)


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_the_seeds_report_is_the_local_engines(seeds, fmt):
    local, dask = seeds
    assert local.findings and render(fmt, dask) == render(fmt, local)


def test_a_generated_corpus_gives_the_local_engines_stories_facts_and_findings(engine, rulebook, generated):
    local, dask = _reports([str(generated)], rulebook, engine, all_facts=True)
    assert len(local.stories) < len(local.documents) and len(local.findings) > 20
    assert dask.stories == local.stories
    assert dask.facts == local.facts
    assert dask.findings == local.findings
    assert render("json", dask) == render("json", local)


@pytest.mark.parametrize("window_articles", [9])
def test_stories_are_infers_however_many_windows(engine, generated, monkeypatch, window_articles):
    from factlint.engine import stories

    monkeypatch.setattr(stories, "WINDOW_ARTICLES", window_articles)
    documents = [make_document(str(p), p.read_text(encoding="utf-8"))[0] for p in sorted(generated.iterdir())]
    assert engine.infer(documents) == infer(documents)


@pytest.mark.parametrize("texts", [[], ["One lone article about the talks in Geneva."]])
def test_fewer_than_two_articles_make_no_work_for_the_cluster(engine, texts):
    documents = [make_document(f"{i}.md", t)[0] for i, t in enumerate(texts)]
    assert engine.infer(documents) == infer(documents)


def test_extraction_keeps_the_order_of_the_articles(engine, rulebook, generated):
    from factlint.fanout import compute, products

    documents = [make_document(str(p), p.read_text(encoding="utf-8"))[0] for p in sorted(generated.iterdir())][:30]
    wanted = tuple(product for product, _ in products(None))
    todo = [(doc, wanted) for doc in documents]
    assert engine.extract(todo, rulebook.lexicon, 2) == [compute(doc, rulebook.lexicon, wanted) for doc in documents]


def test_a_worker_running_other_code_is_refused(engine, monkeypatch):
    monkeypatch.setattr(cluster, "__version__", "0.0.0-other")
    with pytest.raises(EngineUnavailable, match="install the same factlint on every worker"):
        engine._check_workers("tcp://example:8786")


def test_without_dask_the_dask_engine_exits_2_naming_the_extra(monkeypatch):
    for name in [n for n in sys.modules if n == "factlint.engine.cluster" or n.split(".")[0] in ("dask", "distributed")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)
    result = CliRunner().invoke(main, ["check", "--engine", "dask", str(SEEDS)])
    assert result.exit_code == 2
    assert "--engine dask needs Dask" in result.output and INSTALL_HINT in result.output


def test_an_unreachable_scheduler_exits_2(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(main, ["check", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", str(SEEDS)])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_a_scheduler_without_the_dask_engine_is_a_usage_error():
    result = CliRunner().invoke(main, ["check", "--scheduler", "tcp://127.0.0.1:9", str(SEEDS)])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output


def test_the_local_engine_is_the_pipelines_own_code():
    with open_engine(EngineKind.LOCAL) as engine:
        assert engine is None


class _Scheduler:
    """A client whose scatter fails on an empty list, as dask.distributed's scheduler does."""

    def scatter(self, values, hash=True):
        if not values:
            raise ValueError("not enough values to unpack (expected 2, got 0)")
        return [f"future-{value}" for value in values]


@pytest.mark.parametrize("values, futures", [([], []), ([1, 2], ["future-1", "future-2"]), ([()], ["future-()"])])
def test_scatter_each_sends_nothing_for_no_values(values, futures):
    from factlint.engine import scatter_each

    assert scatter_each(_Scheduler(), values) == futures
