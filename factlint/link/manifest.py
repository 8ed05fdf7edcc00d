"""Explicit story grouping: a corpus manifest file naming each story's articles, and the `--story-by` choice."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import yaml

from factlint.model import Problem


class StoryBy(enum.Enum):
    """How articles without an explicit story are grouped: by what they say, or by their folder."""

    CONTENT = "content"
    FOLDER = "folder"


@dataclass(frozen=True)
class Grouping:
    """The user's say on stories: a manifest (absolute article path -> story id) and the fallback."""

    by: StoryBy = StoryBy.CONTENT
    manifest: Mapping[str, str] = field(default_factory=dict)

    def story_of(self, path: str) -> str | None:
        """The manifest's story for an article path, if it names one."""
        return self.manifest.get(os.path.abspath(path)) if self.manifest else None


class ManifestError(Exception):
    """The manifest file cannot be used; carries the Problem to show."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def load_manifest(path: str) -> dict[str, str]:
    """Read `stories: {story id: [article paths relative to the manifest]}` into {absolute path: story id}."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(Problem(path, 1, 1, f"cannot read story manifest: {error}")) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ManifestError(Problem(path, line, column, "story manifest is not valid YAML")) from error
    stories = data.get("stories") if isinstance(data, dict) else None
    if not isinstance(stories, dict):
        raise ManifestError(Problem(path, 1, 1, "a story manifest must hold 'stories': a mapping of story ids to article lists"))
    base = Path(path).resolve().parent
    mapping: dict[str, str] = {}
    for story, articles in stories.items():
        if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
            raise ManifestError(Problem(path, 1, 1, f"story '{story}' must list article paths"))
        for article in articles:
            mapping[os.path.abspath(base / article)] = str(story)
    return mapping
