"""Reading: paths (or standard input) in, Documents out — found, bounded, decoded, with front matter and offset table.

documents turns paths into Documents; filesystem reads files without trusting the file system; vcs asks git which
files changed or are ignored; yamlmarks loads YAML (front matter, rule files) remembering where each value stands.
"""
