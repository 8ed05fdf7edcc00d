"""Deciding what is reported: the checks' Findings in; the Findings to report, their fingerprints and the exit code out.

policy selects rules and severities, suppress reads inline ignores, baseline keeps only new findings, read_errors
turns unreadable inputs into findings, and reported applies them in order. safe_json writes JSON that escapes what
a terminal may act on: the baseline file is written with it, and so is every JSON-based output format.
"""
