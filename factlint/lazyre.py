"""Regular expressions compiled when first used, not when their module is imported: the `regex` module compiles in
Python, and a run that never reaches an extractor (a cached article, `factlint --version`) should not pay for its
patterns."""

from __future__ import annotations

from typing import Any

import regex


class LazyPattern:
    """A `regex` pattern that compiles itself on the first use of any attribute but `pattern` and `flags` (the
    source and the flags given, so composing patterns or fingerprinting them compiles nothing). Each method looked up
    once is kept on the instance, so later calls cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0, **options: Any) -> None:
        self.pattern = pattern
        self.flags = flags
        self._options = options

    @property
    def compiled(self) -> regex.Pattern:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = regex.compile(self.pattern, self.flags, **self._options)
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple:
        return (_rebuild, (self.pattern, self.flags, self._options))

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self.flags})"


def _rebuild(pattern: str, flags: int, options: dict[str, Any]) -> LazyPattern:
    return LazyPattern(pattern, flags, **options)


def compile(pattern: str, flags: int = 0, **options: Any) -> LazyPattern:  # noqa: A001 - mirrors regex.compile
    """A pattern that compiles (with regex.compile) when first used."""
    return LazyPattern(pattern, flags, **options)
