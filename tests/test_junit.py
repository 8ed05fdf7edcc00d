"""JUnit XML: well-formed, one suite per article, counts that add up."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factlint.model import Finding, Report, Severity
from factlint.read.documents import make_document
from factlint.report import junit


def test_suites_cases_and_counts():
    a = make_document("a.txt", 'He said "50% & <more>".\n')[0]
    b = make_document("b.txt", "Clean.\n")[0]
    finding = Finding("quote-fidelity", Severity.ERROR, 'quote "50% & <more>" differs', a.span(0, 2))
    root = ET.fromstring(junit.render(Report((finding,), {"a.txt": a, "b.txt": b}, ())))
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert suites["b.txt"].get("failures") == "0" and suites["b.txt"].find("testcase") is not None
    failure = suites["a.txt"].find("testcase/failure")
    assert failure.get("type") == "quote-fidelity" and failure.get("message") == 'quote "50% & <more>" differs'
    assert suites["a.txt"].find("testcase").get("line") == "1"
