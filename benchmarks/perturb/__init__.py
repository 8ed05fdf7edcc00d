"""Recall by planted changes (in the manner of FactCC): one fact changed in one article of a real cluster, where
another article of the cluster states it, and factlint run before and after.

Run from the project root: `python -m benchmarks.perturb [--corpus gva,ecbplus,allsides,seeds]
[--half tune|held-out|both] [--per-family N] [--seed S] [--show-misses K]`.
"""
