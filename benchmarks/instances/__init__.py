"""Event identity measured on gold data (issue 16): MEANTIME instances, real clusters flattened per half, the seeds.

Run from the project root with ../shared beside it: `python -m benchmarks.instances [--half tune|held-out|both]
[--corpus meantime ecbplus gva allsides seeds]`. Every corpus is split in two by a hash of its clusters
(ECB+ topics, MEANTIME sub-corpora): choices are made looking at `tune` only; `held-out` is reported untouched.
"""
