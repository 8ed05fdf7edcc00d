"""Shared fixtures: the project root, the seeds, the shipped rulebook, and ../shared when present; hypothesis runs
derandomized (the same examples every run, so CI passes or fails on the code alone), unless
FACTLINT_HYPOTHESIS_EXPLORE=1 asks it to search new examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("factlint", derandomize=not os.environ.get("FACTLINT_HYPOTHESIS_EXPLORE"))
settings.load_profile("factlint")

from factlint.read.documents import make_document
from factlint.rulebook.rule_files import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rulebook():
    return load_rulebook()


@pytest.fixture
def doc():
    """Build a Document from text, as read/documents.py would from a file."""
    def build(text: str, path: str = "a.txt"):
        return make_document(path, text)[0]
    return build


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
