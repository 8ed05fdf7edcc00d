"""What an article's lead says of its event beside the words: where it happened and who took part. Two articles whose
leads name places or people neither names are of two occasions, however alike their words."""

from __future__ import annotations


from factlint import lazyre
from factlint.link.features import title_case
from factlint.link.specificity import zipf
from factlint.model import Document

# Where the lead says the event happened: a capitalized name after in, at, near or outside ("a Waitrose store in
# Banstead"), among the headline and the first lines.
_LEAD_PLACE = lazyre.compile(r"\b(?:in|at|near|outside)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})")
_LEAD_LINES = 3
_NOT_PLACES = frozenset("""january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday the a an his her their its this that""".split())


def lead_places(doc: Document) -> frozenset[str]:
    """The places the lead names as where the event happened, lowercased."""
    lines = [line for line in doc.body.split("\n") if line.strip()][:_LEAD_LINES]
    found = set()
    for line in lines:
        if title_case(line):
            continue  # a headline's capitals mark no names
        for match in _LEAD_PLACE.finditer(line):
            name = match.group(1).rstrip(".").lower()
            if name.split()[0] not in _NOT_PLACES:
                found.add(name)
    return frozenset(found)


# Who the lead says took part: two capitalized words in a row ("Hasim Rahman", "Tony Thompson") inside a line.
_LEAD_PERSON = lazyre.compile(r"(?<=[\p{Ll},;]\s+)\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+")


# A person's surname is no common English word ("Thompson", "Rahman"; not "Training Center", "Foreign Service",
# "White House", "Prime Minister"): a Zipf frequency under this.
_SURNAME_ZIPF = 4.5


def lead_people(doc: Document) -> frozenset[str]:
    """The people (two capitalized words, the second no common English word) the lead names, lowercased."""
    lines = [line for line in doc.body.split("\n") if line.strip()][:_LEAD_LINES]
    found = set()
    for line in lines:
        if title_case(line):
            continue
        for match in _LEAD_PERSON.finditer(line):
            first, second = match.group().lower().split()
            if first not in _NOT_PLACES and zipf(second) < _SURNAME_ZIPF:
                found.add(f"{first} {second}")
    return frozenset(found)


def apart(text_a: str, text_b: str, named_a: frozenset[str], named_b: frozenset[str]) -> bool:
    """Whether each article's lead names places (or people) the other's lowercased text never names: two occasions."""
    if not named_a or not named_b:
        return False
    return not any(name in text_b for name in named_a) and not any(name in text_a for name in named_b)
