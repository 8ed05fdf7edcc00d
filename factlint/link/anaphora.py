"""Within-article anaphora of events: which earlier mention a definite description ("the conference", "the move"),
an event pronoun ("This is the largest drop", "the crisis, which") or an acronym ("Worldwide Developers Conference
(WWDC)") stands for. Kinds come from the event vocabulary (rules/vocabulary, given as a lexicon); a general event noun ("the event",
"the move", "the deal") may stand for any earlier event of a compatible kind."""

from __future__ import annotations

from typing import Callable, Iterator, Mapping

from factlint.extract.morphology import root
from factlint.link.participants import Article, Mention, clash
from factlint.rulebook.lexicon import EventLexicon

# Nouns that name an event of no kind of their own (English hypernyms of events), read as anaphors after "the":
# occasions (what takes place) and actions (what someone did).
OCCASIONS = frozenset("event occasion incident episode affair".split())
ACTIONS = frozenset("move step action deal development situation decision".split())
_DEFINITE = frozenset("the this that these those".split())
# How many sentences back a description or pronoun looks for its antecedent.
REACH = 3


def kinds_of(lexicon: EventLexicon) -> dict[str, str]:
    """The event kind of each root of the vocabulary's words (a phrase's kind goes to its last word)."""
    kinds: dict[str, str] = {}
    for words in (lexicon.nouns, lexicon.verbs):
        for word, kind in sorted(words.items(), key=lambda item: (" " in item[0], item[0])):
            kinds.setdefault(root(word.split()[-1]), kind)
    return kinds


def kind_of(mention: Mention, kinds: Mapping[str, str]) -> str:
    """The event kind a mention names in the vocabulary (`kinds`, from kinds_of), or ''."""
    return kinds.get(mention.root, "")


def is_event(mention: Mention, kinds: Mapping[str, str]) -> bool:
    """Whether a mention reads as naming an event: a verb, a word of the vocabulary, or a noun derived from a verb."""
    return not mention.pronoun and (mention.verb or mention.root in kinds or mention.root != mention.base)


def _main_verb(mentions: list[Mention], weights: list[int] | None = None) -> int | None:
    """The position of a sentence's main event: the event mention whose chain is the longest (the article's running
    event) when one reaches beyond it, else the first verb of its first clause outside an apposition."""
    if weights and max(weights) > 1:
        return max(range(len(mentions)), key=lambda p: (weights[p], -p))
    for position, mention in enumerate(mentions):
        if mention.verb and mention.clause == 0 and not mention.aside:
            return position
    return next((position for position, mention in enumerate(mentions) if mention.verb), None)


def _acronym(mentions: tuple[Mention, ...], index: int) -> int | None:
    """For "(WWDC)" after "Worldwide Developers Conference", the index of "Conference": the capitalized words right
    before the bracket whose initials the acronym spells in order, from its first letter to its last."""
    mention = mentions[index]
    letters = mention.word
    if not (letters.isupper() and 2 <= len(letters) <= 8 and mention.before == "("):
        return None
    for count in range(min(len(letters), index), 1, -1):
        named = mentions[index - count : index]
        if any(m.sentence != mention.sentence or not m.word[:1].isupper() for m in named):
            continue
        initials = "".join(m.word[0] for m in named).upper()
        if initials[0] == letters[0] and initials[-1] == letters[-1] and _spells(letters, initials):
            return index - 1
    return None


def _spells(letters: str, initials: str) -> bool:
    """Whether the initials appear in the acronym in order."""
    at = 0
    for initial in initials:
        at = letters.find(initial, at)
        if at < 0:
            return False
        at += 1
    return True


def antecedents(article: Article, participants: bool = True, times: bool = True,
                kinds: Mapping[str, str] | None = None,
                weight: Callable[[int], int] | None = None, derivation: bool = True) -> Iterator[tuple[int, int]]:
    """(anaphor index, antecedent index) pairs of an article's mentions; `weight` tells how many mentions an index's
    chain holds so far (an event pronoun stands for the running event of the sentence before); `derivation`: a
    definite noun derived from a verb stands for that verb's event (an ablation turns it off)."""
    kinds = {} if kinds is None else kinds
    mentions = article.mentions
    sentence_of: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        sentence_of.setdefault(mention.sentence, []).append(index)

    def fits(anaphor: Mention, candidate: Mention) -> bool:
        return not clash(anaphor, candidate, article.date, article.date, participants, times)

    for index, mention in enumerate(mentions):
        acronym = _acronym(mentions, index)
        if acronym is not None:
            yield index, acronym
            continue
        if mention.pronoun:
            target = _pronoun(mention, index, mentions, sentence_of, kinds, weight)
            if target is not None:
                yield index, target
            continue
        if mention.verb or mention.before not in _DEFINITE:
            continue
        target = _description(mention, index, mentions, sentence_of, kinds, fits, weight, derivation)
        if target is not None:
            yield index, target


def _description(mention: Mention, index: int, mentions: tuple[Mention, ...], sentence_of: Mapping[int, list[int]],
                 kinds: Mapping[str, str], fits: Callable[[Mention, Mention], bool],
                 weight: Callable[[int], int] | None, derivation: bool = True) -> int | None:
    """What a definite description stands for: a word of its kind (or root) within reach; for an occasion ("the
    event"), the nearest noun of any kind of the vocabulary, else a noun derived from a verb; for an action ("the
    move"), the main event of the sentence before; for a noun derived from a verb, the nearest mention of its root."""
    kind = kind_of(mention, kinds)
    if kind:
        wanted: list[Callable[[Mention], bool]] = [lambda c: kind_of(c, kinds) == kind or c.root == mention.root]
    elif mention.base in OCCASIONS:
        wanted = [lambda c: bool(kind_of(c, kinds)) and not c.verb, lambda c: is_event(c, kinds) and not c.verb]
    elif mention.base in ACTIONS:
        if mention.sentence - 1 in sentence_of:
            indices = [i for i in sentence_of[mention.sentence - 1] if is_event(mentions[i], kinds)]
            main = _main_verb([mentions[i] for i in indices], [weight(i) for i in indices] if weight else None)
            if main is not None and fits(mention, mentions[indices[main]]):
                return indices[main]
        return None
    elif derivation and mention.root != mention.base:
        # A noun derived from a verb ("the announcement", "the resignation") names the event of an earlier mention of
        # its root ("announced", "resigned"), a saying's too.
        wanted = [lambda c: c.root == mention.root]
    else:
        return None
    for test in wanted:
        for other in range(index - 1, -1, -1):
            candidate = mentions[other]
            if mention.sentence - candidate.sentence > REACH:
                break
            if test(candidate) and fits(mention, candidate):
                return other
    return None


def _pronoun(mention: Mention, index: int, mentions: tuple[Mention, ...], sentence_of: Mapping[int, list[int]],
             kinds: Mapping[str, str], weight: Callable[[int], int] | None = None) -> int | None:
    """What an event pronoun stands for: a relative "which"/"that" the noun right before it; a demonstrative
    or "it" opening a sentence before a verb, the main event of the sentence before; "this" standing alone inside a
    sentence, the event verb before it."""
    if mention.word.lower() in ("which", "that") and mention.before:
        if index and mentions[index - 1].sentence == mention.sentence:
            previous = mentions[index - 1]
            gap = mention.start - previous.end
            if gap <= 3 and not previous.verb and not previous.pronoun and not previous.word[:1].isupper():
                return index - 1
        return None
    if mention.before == "" and mention.verb_next and mention.sentence - 1 in sentence_of:
        indices = [i for i in sentence_of[mention.sentence - 1] if is_event(mentions[i], kinds)]
        previous = [mentions[i] for i in indices]
        main = _main_verb(previous, [weight(i) for i in indices] if weight else None)
        return None if main is None else indices[main]
    if mention.word.lower() == "this" and mention.verb_next:
        # "this" standing alone inside a sentence: the nearest event verb before it in the sentence.
        for other in range(index - 1, -1, -1):
            if mentions[other].sentence != mention.sentence:
                break
            if mentions[other].verb:
                return other
    return None
