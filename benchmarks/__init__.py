"""Benchmarks of factlint components against external gold data."""
