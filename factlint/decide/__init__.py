"""Deciding what is reported: the checks' Findings in; the Findings to report, their fingerprints and the exit code out.

policy selects rules and severities, suppress reads inline ignores, baseline keeps only new findings, read_errors
turns unreadable inputs into findings, and reported applies them in order.
"""
