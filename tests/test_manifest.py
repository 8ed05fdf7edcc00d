"""The story manifest: story ids to article paths, resolved against the manifest's folder."""

from __future__ import annotations

import os

from factlint.link.manifest import Grouping, load_manifest


def test_paths_are_relative_to_the_manifest(tmp_path):
    (tmp_path / "sub").mkdir()
    manifest = tmp_path / "sub" / "stories.yaml"
    manifest.write_text("stories:\n  s1: [a.md, ../b.md]\n  7: [c.md]\n")
    mapping = load_manifest(str(manifest))
    assert mapping == {os.path.abspath(tmp_path / "sub" / "a.md"): "s1", os.path.abspath(tmp_path / "b.md"): "s1",
                       os.path.abspath(tmp_path / "sub" / "c.md"): "7"}
    assert Grouping(manifest=mapping).story_of(str(tmp_path / "b.md")) == "s1"
    assert Grouping().story_of("a.md") is None
