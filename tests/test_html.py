"""The HTML report on the seeds: page structure without a browser, then the rendered page in headless Chromium."""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.cli import main
from factlint.model import Problem, Report
from factlint.pipeline import lint
from factlint.report import FORMATS
from factlint.report.html import render
from factlint.rulebook.rule_files import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
VOID = {"meta", "br", "input", "img", "hr", "link", "source", "wbr", "area", "col", "embed", "param", "track"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if ((tag is None or child.tag == tag) and (cls is None or cls in child.classes)
                        and all(child.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())):
                    found.append(child)
                found.extend(child.all(tag, cls, **attrs))
        return found


class TreeBuilder(HTMLParser):
    """Just enough of a DOM to assert on: elements, attributes and text (also checks tags are balanced)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#root", {})

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> is never closed"
    return builder.root


def seeds_page() -> str:
    _, report = lint([str(ROOT / "seeds")], load_rulebook(), all_facts=True)
    return render(report)


@pytest.fixture(scope="module")
def page() -> str:
    return seeds_page()


@pytest.fixture(scope="module")
def dom(page) -> Node:
    return parse(page)


def story_of(dom: Node, article: str) -> Node:
    return next(s for s in dom.all("details", "story") if article in s.attrs["data-articles"].split())


def column_ids(table: Node) -> list[str]:
    return [th.attrs["data-article"] for th in table.all("thead")[0].all("th") if "data-article" in th.attrs]


def test_registered_as_format():
    assert FORMATS["html"] is render


def test_the_story_is_present_and_open(dom):
    # The two rounds are one story in two episodes (May, and the June round a month later).
    stories = dom.all("details", "story")
    assert [s.attrs["data-articles"] for s in stories] == ["a0 a1 a2 a3 a4"]
    assert all("open" in s.attrs for s in stories)
    assert re.search(r"\d+ conflicts", stories[0].all("summary")[0].text)


def test_matrix_row_for_talks_duration_shows_four_and_five_days_in_conflict(dom):
    story = story_of(dom, "a2")
    table = story.all("table", "matrix")[0]
    row = table.all("tr", data_kind="duration", data_subject="talks", data_instance="main")[0]
    assert "duration-agreement" in row.attrs["data-rules"].split() and "disagree" in row.classes
    cells = dict(zip(column_ids(table), row.all("td")))
    assert [s.text for s in cells["a1"].all("span", "shown")] == ["5 days"]
    assert [s.text for s in cells["a2"].all("span", "shown")] == ["4 days"]
    assert "conflict" in cells["a1"].classes and "conflict" in cells["a2"].classes
    assert "empty" in cells["a3"].classes
    assert [a.attrs["href"] for a in cells["a2"].all("a") if "tag" not in a.classes] == ["#a2-L3", "#a2-L13"]
    assert "≠ duration-agreement" in [a.text for a in cells["a2"].all("a", "tag")]
    assert "≠ duration-agreement" in [a.text for a in cells["a1"].all("a", "tag")]


def test_the_june_round_is_a_later_occasion_of_the_story(dom):
    story = story_of(dom, "a4")
    *main, others = story.all("table", "matrix")  # the rows in disagreement, those that agree (folded), others
    rows = [r for table in (*main, others) for r in table.all("tr", data_kind="duration")]
    assert [r.attrs["data-instance"] for r in rows] == ["main", "2023-06-04"]
    # The May round's five days disagree with 002's four (004's "five-day peace talks ... last month" among them);
    # the June round's three days disagree with nothing (its block opens for its quotes and titles).
    assert rows[0].attrs["data-rules"] == "duration-agreement span-arithmetic"
    assert not rows[1].attrs["data-rules"] and not rows[1].all("td", "conflict")
    folded = story.all("details", "others")[0]
    assert others in folded.all("table")
    assert any("later occasion" in tr.text for tr in others.all("tr", "instance"))


@pytest.mark.parametrize("index, path, line, other", [(0, "a2", 3, "a1-L4"), (1, "a2", 13, "a1-L4")])
def test_conflicts_are_listed_with_rule_and_all_places(dom, index, path, line, other):
    item = dom.all("li", data_rule="duration-agreement")[index]
    assert "sev-error" in item.classes
    assert "4 days" in item.text and "5 days" in item.text
    assert [a.attrs["href"] for a in item.all("a")] == [f"#{path}-L{line}", f"#{other}", "#a4-L10"]


def test_conflicting_facts_are_marked_in_the_article_text(dom):
    marks = {m.attrs["id"]: m.text for m in dom.all("mark", "conflict") if "k-duration" in m.classes}
    assert marks == {"a1-L4-C182": "five-day talks", "a2-L3-C139": "four days of dialogue",
                     "a2-L13-C17": "lasted four days", "a4-L10-C39": "five-day peace talks"}
    plain = {m.attrs["id"] for m in dom.all("mark", "fact") if "conflict" not in m.classes and "k-duration" in m.classes}
    assert plain == {"a0-L2-C105", "a0-L5-C150", "a4-L3-C48"}


def test_timeline_draws_each_article_duration(dom):
    svg = story_of(dom, "a2").all("svg", "timeline")[0].all("g", data_section="durations")[0]
    bars = [(g.attrs["data-article"], g.all("rect")[0].attrs["class"], g.all("text", "value")[0].text)
            for g in svg.all("g") if "data-article" in g.attrs]
    assert bars == [("a1", "bar conflict", "5 days · talks ≠"), ("a2", "bar conflict", "4 days · talks ≠"),
                    ("a4", "bar conflict", "5 days · talks ≠"), ("a0", "bar", "3 days · talks"), ("a4", "bar", "3 days · talks")]


def test_every_link_target_exists(dom):
    ids = {node.attrs["id"] for node in dom.all() if "id" in node.attrs}
    targets = {node.attrs["href"][1:] for node in dom.all("a") if node.attrs.get("href", "").startswith("#")}
    assert targets and targets <= ids


def test_self_contained(page, dom):
    assert not dom.all("link") and not [n for n in dom.all() if "src" in n.attrs]
    assert not re.search(r"https?://", page.split("<main")[0]), "no external resources in the head"
    assert all(node.attrs["href"].startswith("#") for node in dom.all("a"))
    assert len(dom.all("script")) == 1 and len(dom.all("style")) == 1


def test_filters_need_the_script_so_start_hidden(dom):
    assert "hidden" in dom.all("form", id="filters")[0].attrs


@pytest.mark.parametrize("text, raw", [
    # (Two sentences: values set side by side in one sentence are contrasted on purpose, not a conflict.)
    ("<script>alert(1)</script> The five-day talks ended. The talks which lasted four days ended. Q & A.", "<script>"),
    ('A "quoted" <b>bold</b> claim: the five-day talks ended.\nThe talks which lasted four days ended.', "<b>bold</b>"),
])
def test_article_text_is_escaped(tmp_path, text, raw):
    (tmp_path / "a<1>.txt").write_text(text)
    _, report = lint([str(tmp_path)], load_rulebook(), all_facts=True)
    dom = parse(render(report))
    assert len(dom.all("script")) == 1 and not dom.all("b")
    assert raw in dom.all("div", "text")[0].text
    assert dom.all("mark", "conflict")


def test_empty_report_and_problems_render():
    report = Report((), {}, (Problem("bad.txt", 1, 1, "not UTF-8 <here>"),))
    dom = parse(render(report))
    assert "0 articles in 0 stories" in dom.all("p", "summary")[0].text
    assert dom.all("section", "problems")[0].all("code")[0].text == "bad.txt:1:1: not UTF-8 <here>"


def test_an_article_that_cannot_be_read_is_listed_before_the_stories(tmp_path):
    (tmp_path / "good.txt").write_text("The five-day talks ended on Thursday.\n")
    (tmp_path / "bad.txt").write_bytes("Caf\xe9 talks.\n".encode("latin-1"))
    target = tmp_path / "report.html"
    result = CliRunner().invoke(main, [str(tmp_path), "--no-cache", "--format", "html", "-o", str(target)])
    assert result.exit_code == 1
    page = target.read_text(encoding="utf-8")
    dom = parse(page)
    (item,) = dom.all("section", "problems")[0].all("li", data_rule="read-error")
    assert "bad.txt:1:4: read-error: not valid utf-8 at byte 3" in item.text
    assert page.index('class="problems"') < page.index('class="story"')


def test_cli_writes_the_page(tmp_path):
    target = tmp_path / "report.html"
    result = CliRunner().invoke(main, [str(ROOT / "seeds"), "--format", "html", "-o", str(target)])
    assert result.exit_code == 1 and result.output == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- in a real browser -------------------------------------------------------------------

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PROBE = (ROOT / "tests" / "html_probe.js").read_text(encoding="utf-8")


def chromium() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        pytest.skip("no headless Chromium found (CI installs Debian's chromium with apt-get; it could not here)")
    return found


def run_chromium(binary: str, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        flags = ["--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}"]
        if os.geteuid() == 0:
            flags.append("--no-sandbox")
        return subprocess.run([binary, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def browser_results(page, tmp_path_factory):
    binary = chromium()
    folder = tmp_path_factory.mktemp("html")
    probe = folder / "probe.html"
    probe.write_text(page.replace("</body>", f"<script>{PROBE}</script></body>"), encoding="utf-8")
    done = run_chromium(binary, "--virtual-time-budget=5000", "--dump-dom", probe.as_uri())
    found = re.findall(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert found, f"the probe wrote nothing: {done.stderr[-2000:]}"
    ARTIFACTS.mkdir(exist_ok=True)
    report = ARTIFACTS / "html-report.html"
    report.write_text(page, encoding="utf-8")
    shot = ARTIFACTS / "html-report.png"
    run_chromium(binary, "--window-size=1200,2400", f"--screenshot={shot}", report.as_uri())
    print(f"\nscreenshot: {shot}")
    return json.loads(htmllib.unescape(found[-1])), shot


def test_browser_shows_four_against_five_days_with_both_articles(browser_results):
    results, _ = browser_results
    assert results["row"]["a1"] == {"text": "5 days", "visible": True, "conflict": True}
    assert results["row"]["a2"] == {"text": "4 days", "visible": True, "conflict": True}
    # Columns are labelled by the article's path (an outlet when it has one), as the findings name it.
    names = [c.rsplit("/", 1)[-1] for c in results["columns"]]
    assert {"001_3c1e2b94aa01429f.txt", "002_60e84be2c5a20637.txt"} <= set(names)


def test_browser_shows_conflicts_visibly(browser_results):
    results, _ = browser_results
    # 001's and 004's five days (004's "five-day peace talks ... last month") against 002's four.
    assert results["visible_findings"] == 2 and results["visible_conflict_bars"] == 3
    assert results["conflict_background"] != results["plain_background"]
    # One story (the two rounds are two episodes of it).
    assert results["stories_visible"] == 1


def test_browser_text_meets_wcag_aa_contrast(browser_results):
    results, _ = browser_results
    assert results["contrast_failures"] == []


def test_browser_script_runs_filters_and_opens_linked_articles(browser_results):
    results, _ = browser_results
    assert results["form_shown"] is True
    # The seeds are one story, which holds both the rule and the article: it stays shown under either filter.
    assert results["filtered_by_rule"] == [True]
    assert results["filtered_by_article"] == [True]
    assert results["article_opened_by_link"] is True


def test_browser_keyboard_focus_is_visible(browser_results):
    results, _ = browser_results
    assert results["focus"] == {"summary": "solid", "link": "solid", "svg_link_focusable": True}


def test_browser_without_script_links_open_the_article(page, tmp_path):
    static = tmp_path / "static.html"
    static.write_text(re.sub(r"<script>.*?</script>", "", page, flags=re.S), encoding="utf-8")
    done = run_chromium(chromium(), "--virtual-time-budget=2000", "--dump-dom", static.as_uri() + "#a2-L13")
    article = re.search(r'<details class="article" id="a2"[^>]*>', done.stdout)
    assert article and "open" in article.group(), "fragment links must reveal collapsed articles natively"
    assert re.search(r'<form id="filters" hidden', done.stdout)


def test_browser_screenshot_saved(browser_results):
    _, shot = browser_results
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_rows_in_agreement_are_folded_and_a_story_opens_on_its_disagreements(dom):
    story = story_of(dom, "a2")
    shown, folded = story.all("table", "matrix")[:2]
    assert shown.all("tr", data_row="") and all("disagree" in r.classes for r in shown.all("tr", data_row=""))
    agree = story.all("details", "agree")[0]
    assert "open" not in agree.attrs and folded in agree.all("table")
    assert not any("disagree" in r.classes for r in folded.all("tr", data_row=""))
    assert all("open" not in a.attrs for a in dom.all("details", "article"))


def test_rows_are_named_as_people_read_them_and_variants_share_a_row(dom):
    subjects = [tr.attrs["data-subject"] for tr in dom.all("tr", data_row="")]
    assert not {"secretari of state", "ararat mirzoian", "white huse", "antoni blinken"} & set(subjects)
    assert {"Secretary of State", "Ararat Mirzoyan", "White House", "Antony Blinken"} <= set(subjects)
    # title-variants reports Adviser/Advisor as one title: one row, named as most articles write it.
    advisers = [s for s in subjects if s.startswith("National Security Advis")]
    assert advisers == ["National Security Adviser"]
