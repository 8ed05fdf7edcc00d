"""Extractors that turn raw news text into typed spans (temporal expressions, ...)."""
