"""rdjson: columns in UTF-8 bytes as reviewdog counts them, related locations and fix suggestions."""

from __future__ import annotations

import json

from factlint.model import Edit, Finding, Related, Report, Severity
from factlint.read.documents import make_document
from factlint.report import rdjson


def test_byte_columns_related_and_suggestions():
    doc = make_document("a.txt", "Le café 𐐀 Zelenksy.\nAutre ligne.\n")[0]
    start = doc.text.index("Zelenksy")
    span = doc.span(start, start + 8)
    other = doc.span(doc.text.index("Autre"), doc.text.index("Autre") + 5)
    finding = Finding("name-variants", Severity.WARNING, "spelt 'Zelensky'", span, (Related(other, "there"),),
                      fixes=(Edit(span, "Zelensky"),))
    data = json.loads(rdjson.render(Report((finding,), {"a.txt": doc}, ())))
    diagnostic = data["diagnostics"][0]
    assert span.column == 11  # "Le café 𐐀 " is 10 code points but 14 bytes (é takes 2, 𐐀 takes 4)
    assert diagnostic["location"]["range"] == {"start": {"line": 1, "column": 15}, "end": {"line": 1, "column": 23}}
    assert diagnostic["severity"] == "WARNING" and diagnostic["code"] == {"value": "name-variants"}
    assert diagnostic["suggestions"] == [{"range": diagnostic["location"]["range"], "text": "Zelensky"}]
    assert diagnostic["related_locations"][0]["location"]["range"]["start"] == {"line": 2, "column": 1}
