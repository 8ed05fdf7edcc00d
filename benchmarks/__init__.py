"""Benchmarks run against the material in ../shared (never shipped, never committed)."""
