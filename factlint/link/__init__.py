"""Which facts may be compared: stories of articles, event instances within and across them, and their times."""

from __future__ import annotations

from typing import Sequence

from factlint.link.instances import MAIN_INSTANCE, anchor_of, instance_of, link
from factlint.link.references import Reference, find_references
from factlint.link.stories import group_stories
from factlint.link.timeline import Timeline, article_date, place
from factlint.model import Document, Story

__all__ = ["MAIN_INSTANCE", "Reference", "Timeline", "anchor_of", "article_date", "find_references",
           "group_stories", "instance_of", "link", "timeline"]


def timeline(documents: Sequence[Document], stories: Sequence[Story]) -> Timeline:
    """Every article's time, with the cross-story references that placed undated stories."""
    return place(documents, stories, find_references(documents, stories))
