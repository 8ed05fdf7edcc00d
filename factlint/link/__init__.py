"""Which facts may be compared: stories of articles, event instances within and across them, and their times."""

from __future__ import annotations

from factlint.link.instances import MAIN_INSTANCE, anchor_of, instance_of, link
from factlint.link.stories import group_stories

__all__ = ["MAIN_INSTANCE", "anchor_of", "group_stories", "instance_of", "link"]
