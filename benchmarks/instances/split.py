"""The two halves of every corpus: `tune`, where choices may be made, and `held-out`, reported untouched."""

from __future__ import annotations

import enum
import hashlib
import re


class Half(enum.Enum):
    TUNE = "tune"
    HELD_OUT = "held-out"


_TOPIC = re.compile(r"^(ecbplus_t\d+)_[ab]$")


def group_of(cluster: str) -> str:
    """What is split as one: an ECB+ topic (its `_a` and `_b` clusters together), else the cluster itself."""
    match = _TOPIC.match(cluster)
    return match.group(1) if match else cluster


def half_of(cluster: str) -> Half:
    """The half a cluster (or MEANTIME sub-corpus) falls in, from a hash that no run, machine or Python changes."""
    digest = hashlib.sha256(group_of(cluster).encode("utf-8")).digest()
    return Half.TUNE if digest[0] < 128 else Half.HELD_OUT
