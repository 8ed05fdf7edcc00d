"""Rule files and vocabularies: the YAML under rules/ in; validated Rules and a compiled Lexicon out.

The vocabularies (lexicon, gazetteer, geography, spelling, conventions) are what extract, link and check look words
and names up in; rule_files compiles rules against the check kinds' Options, so only the application loads it.
"""
