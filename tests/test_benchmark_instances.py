"""benchmarks/instances: coreference metrics on hand-worked clusterings, the hash split, the MEANTIME reader, responses."""

from __future__ import annotations

import sys
import types

import pytest

from benchmarks.instances import responses
from benchmarks.instances.clusters import bound_rules, crossings
from benchmarks.instances.meantime import load_meantime, parse_article
from benchmarks.instances.metrics import b_cubed, ceaf_e, max_assignment, muc, pairwise, score
from benchmarks.instances.split import Half, group_of, half_of
from factlint.model import Finding, Related, Severity, Span


def labels(*clusters: str) -> dict[str, str]:
    """A labelling from clusters written as strings of one-letter items: labels("abc", "de")."""
    return {item: f"c{number}" for number, cluster in enumerate(clusters) for item in cluster}


# gold, response, then (precision, recall) of pairwise, MUC, B³ and CEAF-e, all worked by hand.
CASES = [
    pytest.param(("abc", "de"), ("ab", "cde"), (1 / 2, 1 / 2), (2 / 3, 2 / 3), (11 / 15, 11 / 15), (4 / 5, 4 / 5),
                 id="one-item-moved"),
    # B³: each item 1 precise, 1/3 recalled. CEAF-e: the best pair scores 2*1/(3+1) = 1/2, over 3 answers and 1 key.
    pytest.param(("abc",), ("a", "b", "c"), (0, 0), (0, 0), (1, 1 / 3), (1 / 6, 1 / 2), id="all-split"),
    # MUC precision: the answer needs 3 links, gold splits it in 2 so 2 are right. CEAF-e: 2*2/(2+4) = 2/3.
    pytest.param(("ab", "cd"), ("abcd",), (1 / 3, 1), (2 / 3, 1), (1 / 2, 1), (2 / 3, 1 / 3), id="all-merged"),
    pytest.param(("ab", "c"), ("ab", "c"), (1, 1), (1, 1), (1, 1), (1, 1), id="identical"),
]


@pytest.mark.parametrize(("gold", "response", "pair", "links", "items", "entities"), CASES)
def test_metrics_on_hand_worked_clusterings(gold, response, pair, links, items, entities):
    gold, response = labels(*gold), labels(*response)
    for metric, expected in ((pairwise, pair), (muc, links), (b_cubed, items), (ceaf_e, entities)):
        found = metric(gold, response)
        assert (found.precision, found.recall) == pytest.approx(expected), metric.__name__


def test_conll_is_the_mean_of_muc_b_cubed_and_ceaf_e():
    scores = score(labels("abc", "de"), labels("ab", "cde"), document=lambda item: item)
    assert scores.conll == pytest.approx((2 / 3 + 11 / 15 + 4 / 5) / 3)


def test_cross_document_pairwise_counts_only_pairs_of_two_articles():
    gold = {"d1#a": 1, "d1#b": 1, "d2#c": 1}
    response = {"d1#a": 1, "d1#b": 1, "d2#c": 2}
    article = lambda item: item.split("#")[0]  # noqa: E731
    assert pairwise(gold, response).precision == 1 and pairwise(gold, response).recall == pytest.approx(1 / 3)
    across = pairwise(gold, response, article)
    assert (across.precision, across.recall, across.f1) == (0, 0, 0)


def test_metrics_refuse_clusterings_of_different_items():
    with pytest.raises(ValueError, match="same items"):
        muc(labels("ab"), labels("abc"))


@pytest.mark.parametrize(("weights", "best"), [
    ([[1, 0], [0, 1]], 2),
    ([[0.9, 0.8], [0.7, 0.0]], 1.5),  # taking the largest weight first would give 0.9
    ([[1, 2, 3]], 3),
    ([[1], [2], [3]], 3),
    ([[3, 2, 1], [3, 2, 1], [3, 2, 1]], 6),
    ([], 0),
])
def test_max_assignment(weights, best):
    assert max_assignment(weights) == pytest.approx(best)


@pytest.mark.parametrize(("cluster", "half"), [
    ("corpus_airbus", Half.HELD_OUT), ("corpus_apple", Half.TUNE), ("corpus_gm", Half.HELD_OUT),
    ("corpus_stock", Half.TUNE), ("ecbplus_t01_a", Half.TUNE), ("ecbplus_t02_a", Half.HELD_OUT),
    ("gva_104543", Half.HELD_OUT), ("allsides_5607", Half.TUNE),
])
def test_the_split_is_stable(cluster, half):
    assert half_of(cluster) is half


def test_an_ecbplus_topic_stays_in_one_half():
    assert group_of("ecbplus_t07_b") == "ecbplus_t07" and group_of("gva_1_a") == "gva_1_a"
    for topic in range(1, 46):
        assert half_of(f"ecbplus_t{topic:02d}_a") is half_of(f"ecbplus_t{topic:02d}_b")


def test_every_shared_corpus_has_both_halves(shared):
    from benchmarks.stories import load

    for name in ("ecbplus", "gva", "allsides"):
        assert {half_of(cluster) for cluster in load(name)[1].values()} == set(Half), name
    articles = load_meantime(shared / "temporal" / "meantime_en" / "intra_cross-doc_annotation")
    assert all(articles[half] for half in Half)
    for article in (a for chosen in articles.values() for a in chosen):
        for mention in (m for m in article.mentions if " " not in m.text):  # one token each
            assert article.text[mention.start:mention.end] == mention.text


def xml(date: str = "2010-03-04", extra_sentence: str = "") -> str:
    """A small MEANTIME-style document written for these tests: a title, a date line and a sentence."""
    words = [("Firm", 0), ("buys", 0), ("rival", 0), ("March", 1), ("4", 1), (",", 1), ("2010", 1),
             ("The", 2), ("firm", 2), ("said", 2), ("``", 2), ("the", 2), ("purchase", 2), ("''", 2),
             ("would", 2), ("close", 2), ("in", 2), ("2011", 2), (".", 2)]
    tokens = "\n".join(f'<token number="{n}" sentence="{s}" t_id="{n + 1}">{w}</token>' for n, (w, s) in enumerate(words))
    return f"""<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Firm_buys_rival" lang="en">
{tokens}
<Markables>
<EVENT_MENTION m_id="10" pred="buy" pos="VERB"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="11" pred="say" pos="VERB"><token_anchor t_id="10"/></EVENT_MENTION>
<EVENT_MENTION m_id="12"><token_anchor t_id="13"/></EVENT_MENTION>
<EVENT_MENTION m_id="13" pred="close" pos="VERB"><token_anchor t_id="16"/></EVENT_MENTION>
<ENTITY_MENTION m_id="20"><token_anchor t_id="9"/></ENTITY_MENTION>
<TIMEX3 m_id="30" functionInDocument="CREATION_TIME" type="DATE" value="{date}"><token_anchor t_id="4"/></TIMEX3>
<EVENT m_id="40" class="OTHER" instance_id="OTH1" TAG_DESCRIPTOR="the purchase"/>
<EVENT m_id="41" class="SPEECH_COGNITIVE" TAG_DESCRIPTOR="said"/>
<ENTITY m_id="42" ent_type="ORG" instance_id="ORG1" TAG_DESCRIPTOR="the firm"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="10"/><source m_id="12"/><target m_id="40"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="11"/><target m_id="41"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="20"/><target m_id="42"/></REFERS_TO>
</Relations>
</Document>"""


def test_meantime_article_text_offsets_lemmas_and_instances():
    article = parse_article(xml(), "corpus_test", "meantime/corpus_test/1.md")
    assert article.text == ('---\ndate: 2010-03-04\n---\nFirm buys rival\nMarch 4, 2010\n'
                            'The firm said "the purchase" would close in 2011.\n')
    assert str(article.created) == "2010-03-04"
    found = [(m.text, article.text[m.start:m.end], m.lemma, m.sentence, m.instance) for m in article.mentions]
    assert found == [
        ("buys", "buys", "buy", 0, "OTH1"),  # a cross-document instance
        ("said", "said", "say", 2, "meantime/corpus_test/1.md#41"),  # a chain within the article alone
        ("purchase", "purchase", "", 2, "OTH1"),  # no pred: its lemma is left to the responses
        ("close", "close", "close", 2, "meantime/corpus_test/1.md#13"),  # in no chain: an instance of its own
    ]
    start, end = article.sentences[2]
    assert article.text[start:end].startswith("The firm") and article.text[end] == "\n"


def test_an_article_without_creation_time_has_no_front_matter():
    article = parse_article(xml(date="XXXX"), "corpus_test", "t.md")
    assert article.created is None and article.text.startswith("Firm buys rival\n")


def test_lemma_baselines():
    one = parse_article(xml(), "c", "one.md")
    two = parse_article(xml(date="2011-05-06").replace("purchase", "buys"), "c", "two.md")
    lemma = responses.by_lemma([one, two])
    # "buys" without pred borrows the annotated lemma of the same word elsewhere.
    assert lemma["two.md#12"] == lemma["one.md#10"] == lemma["two.md#10"] == "buy"
    timed = responses.by_lemma_and_time([one, two], responses.documents([one, two]))
    # The titles' "buys" have no date in their sentence: each takes its article's, 2010-03-04 and 2011-05-06.
    assert timed["one.md#10"] != timed["two.md#10"]
    # The third sentence's "buys" has 2011 beside it, a year that holds two.md's day: it joins that instance.
    assert timed["two.md#12"] == timed["two.md#10"]
    assert timed["one.md#13"] == timed["two.md#13"]  # "close in 2011" twice: one year, one instance


def test_factlint_adapter_maps_gold_mentions_to_overlapping_mentions(monkeypatch):
    articles = [parse_article(xml(), "c", "one.md"), parse_article(xml(), "c", "two.md")]
    seen = []

    def mention_instances(documents):
        seen.extend((doc.path, doc.date) for doc in documents)
        spans = {}
        for doc in documents:
            buys, said = doc.text.index("buys"), doc.text.index("said")
            spans[doc.path] = [(buys - 2, buys + 2, "purchase-2010"), (said, said + 4, f"said-{doc.path}")]
        return spans

    fake = types.ModuleType("factlint.link.mentions")
    fake.mention_instances = mention_instances
    monkeypatch.setitem(sys.modules, "factlint.link.mentions", fake)
    loaded = responses.load_mention_instances()
    assert loaded is mention_instances
    found = responses.by_factlint(articles, responses.documents(articles), loaded)
    assert [str(date) for _, date in seen] == ["2010-03-04", "2010-03-04"]
    assert found["one.md#10"] == found["two.md#10"] == "factlint|purchase-2010"
    assert found["one.md#11"] != found["two.md#11"]
    assert found["one.md#12"] == f"{responses.ALONE}one.md#12"  # no factlint mention covers it


def test_a_missing_mentions_module_is_reported_not_raised(monkeypatch):
    monkeypatch.setitem(sys.modules, "factlint.link.mentions", None)
    assert responses.load_mention_instances() is None


def span(path: str, line: int = 1) -> Span:
    return Span(path, 0, 1, line, 1, line, 2)


def test_crossings_are_bound_findings_whose_other_side_is_another_cluster(rulebook):
    gold = {"a.md": "t1_a", "b.md": "t1_a", "c.md": "t1_b"}
    finding = lambda rule, *others: Finding(rule, Severity.ERROR, "m", span("a.md"),  # noqa: E731
                                            tuple(Related(span(o), "r") for o in others))
    found = crossings([finding("quantity-agreement", "b.md"), finding("quantity-agreement", "b.md", "c.md"),
                       finding("name-variants", "c.md"), finding("age-agreement", "a.md")], gold, bound_rules(rulebook))
    assert [(c.finding.rule, c.own, c.others) for c in found] == [("quantity-agreement", "t1_a", ("t1_b",))]
    assert "name-variants" not in bound_rules(rulebook) and "duration-agreement" in bound_rules(rulebook)


def test_the_ablation_turns_each_component_off_once():
    from benchmarks.instances.ablation import variants
    from factlint.link.mentions import Components, mention_instances

    found = variants(mention_instances)
    labels = [label for label, _ in found]
    assert labels[0] == "factlint" and found[0][1] is mention_instances
    assert labels[1:] == [f" -{name}" for name in Components.__dataclass_fields__]
    assert all(getattr(response.keywords["components"], label[2:]) is False for label, response in found[1:])


def test_the_ablation_of_a_model_without_components_is_the_model_alone():
    from benchmarks.instances.ablation import variants

    def mention_instances(documents):
        return {}

    assert variants(mention_instances) == [("factlint", mention_instances)]


def test_the_model_is_given_the_rulebooks_vocabulary_when_it_takes_one():
    def takes(documents, lexicon=None):
        return lexicon

    def does_not(documents):
        return {}

    given = responses.with_vocabulary(takes)
    assert "talks" in given([]).nouns.values()
    assert responses.with_vocabulary(does_not) is does_not and responses.with_vocabulary(None) is None
