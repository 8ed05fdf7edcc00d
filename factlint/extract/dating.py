"""The article's own date (document creation time): front matter, a default, or a dateline; never the wall clock."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factlint.extract.timex import infer_dct
from factlint.model import Document


def with_date(doc: Document, default: dt.date | None = None) -> Document:
    """The document with its date set: front matter `date:` wins, then `default`, then its dateline."""
    if doc.date is not None:
        return doc
    date = default or infer_dct(doc.body)
    return dataclasses.replace(doc, date=date) if date else doc
