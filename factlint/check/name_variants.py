"""Check kind `name-variants`: one person, title or venue written in different ways (Mirzoyan/Mirzoian), with a fix
for forms the gazetteer declares misspelt."""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, Protocol, Sequence

import regex

from factlint import lazyre
from factlint.check.cite import articles
from factlint.check.name_differences import (own_word, plural_only, pluralizes, possessive_or_adjective, several,
                                             short_form)
from factlint.check.name_matching import GLUE, entities
from factlint.check.name_quotes import Said, joined_by_quotes, one_speaker_of, quotes_said
from factlint.check.scope import scope_key
from factlint.rulebook.conventions import convention
from factlint.rulebook.gazetteer import lookup_key
from factlint.model import Corpus, Edit, FactKind, Finding, LinkedFact, Related, Rule, Span
from factlint.rulebook.spelling import one_edit_apart, plain, similar_words, strip_accents, words

KIND = "name-variants"
FIELDS = frozenset({"variant", "variant_count", "variant_where", "reference", "reference_count",
                    "reference_where", "name", "convention"})
# Fact kinds read besides the rule's own: titles tell people apart, one quote said by two spellings joins them;
# `conventions: only` reads every kind of name.
NEEDS: frozenset[FactKind] = frozenset({FactKind.PERSON, FactKind.TITLE, FactKind.VENUE, FactKind.QUOTE})
NAME_FACTS = (FactKind.PERSON, FactKind.TITLE, FactKind.VENUE)


class Conventions(enum.Enum):
    """What becomes of two spellings that differ only by an accepted convention (Sergei/Sergey, Defence/Defense)."""

    EXCLUDE = "exclude"  # not findings: both spellings are right
    ONLY = "only"        # only they are findings (a house style that wants one of them)


_POSSESSIVE = lazyre.compile(r"(?<=\p{L})'s?\b|'(?=\s|$)", regex.I)  # SHERIFF'S is Sheriff's


@dataclass(frozen=True)
class Options:
    """`per_word`: compare each word (surnames alone count); `min_length`: shortest word an edit may differ in;
    `accents`: report accent-only differences; `max_related`: most other places listed per finding;
    `word_order`: report forms that differ only in the order of their words ("Deputy Police Chief" /
    "Police Deputy Chief": for titles a choice of style, for a proper name often a slip);
    `conventions`: `exclude` leaves out spellings that differ only by a transliteration system, British and
    American spelling or a demonym beside its country; `only` reports just those, for people, titles and venues."""

    per_word: bool = False
    min_length: int = 5
    accents: bool = False
    max_related: int = 3
    word_order: bool = True
    conventions: str = Conventions.EXCLUDE.value


def refine_options(options: Options, where: Callable[..., Any], fail: Callable[..., None]) -> Options:
    """Check that `conventions` names one of its values."""
    allowed = [c.value for c in Conventions]
    if options.conventions not in allowed:
        fail(f"option 'conventions' must be one of {', '.join(allowed)}, not '{options.conventions}'", "conventions")
        return dataclasses.replace(options, conventions=Conventions.EXCLUDE.value)
    return options


@dataclass(frozen=True)
class _Use:
    """One written form of (a word of) a name, where it stands."""

    form: str
    shown: str
    span: Span
    name: str
    declared: bool
    fix: str = ""
    right: str = ""
    roles: frozenset[str] = frozenset()  # the last words of the titles the person holds in this article
    alias: bool = False  # a name the gazetteer declares another name for its entry ("Foreign Service Institute")


def _form(text: str, options: Options) -> str:
    """How a name is compared: case, dots and possessives ("Kosair's Children's") do not count."""
    text = _POSSESSIVE.sub("", text.replace("’", "'"))
    return plain(text if options.accents else strip_accents(text))


def correction(written: str, misspelt: str, canonical: str) -> str:
    """What a declared misspelling `misspelt` of `canonical` makes of `written` (the whole name or one of its
    words, word for word), or '' when `written` is no declared wrong form."""
    if not canonical:
        return ""
    if lookup_key(written) == lookup_key(misspelt):
        return canonical
    wrong, right = misspelt.split(), canonical.split()
    if len(wrong) != len(right):
        return ""
    return {w: r for w, r in zip(wrong, right) if w != r}.get(written, "")


def _uses(item: LinkedFact, corpus: Corpus, options: Options,
          roles: Mapping[tuple[str, str], frozenset[str]] | None = None) -> Iterator[tuple[int, _Use]]:
    """The units of one mention: (position from the end, use) per word, or (0, use) for the whole name."""
    fact = item.fact
    declared = bool(fact.attr("canonical"))
    alias = declared and _form(fact.value, options) != _form(fact.attr("canonical"), options)
    name = fact.attr("name") or fact.value
    right = fact.attr("misspelling_of")
    held = (roles or {}).get((fact.span.path, name), frozenset())
    if not options.per_word:
        fix = correction(fact.text, name, right)
        yield 0, _Use(_form(fact.value, options), fact.value, fact.span, name, declared, fix, right if fix else "",
                      alias=alias)
        return
    doc = corpus.documents.get(fact.span.path)
    cursor = 0
    found = []
    for word in words(fact.value):
        if word[:1] in "\"“‘'(":
            continue  # a nickname ('Susan "Pixie" Gouaux', "Dontay (Tae) Gordon") is no word of the name
        at = fact.text.find(word, cursor)
        cursor = at + len(word) if at >= 0 else cursor
        span = doc.span(fact.span.start + at, fact.span.start + at + len(word)) if doc and at >= 0 else fact.span
        fix = correction(word, name, right) if at >= 0 else ""
        found.append(_Use(_form(word, options), word, span, name, declared, fix, right if fix else "", held, alias))
    for position, use in enumerate(reversed(found)):
        yield position, use


def _suspect(form: str) -> bool:
    """A form that repeats a word is a slip; it is never the reference when another form exists."""
    parts = [w for w in form.split() if w not in GLUE]
    return len(parts) != len(set(parts))


def _other_roles(uses: Sequence[_Use], backing: Sequence[_Use]) -> bool:
    """Whether the two spellings belong to people of different offices (Memphis's Police Director Mike Rallings,
    Dallas's Mayor Mike Rawlings): two people with near names, not one misspelt."""
    mine = frozenset().union(*(u.roles for u in uses))
    theirs = frozenset().union(*(u.roles for u in backing))
    return bool(mine and theirs and not mine & theirs)


def _count(uses: Sequence[_Use]) -> str:
    return "once" if len(uses) == 1 else f"{len(uses)} times"


def _where(uses: Sequence[_Use]) -> str:
    return articles(u.span.path for u in uses)


def attested(form: str) -> float:
    """How often English at large writes a name's rarest word (wordfreq's Zipf scale, 0 when never): between two
    spellings of a person's name given equally often, the one the world writes is the better reference
    (Henderson/Hendarson). Titles are left to the order of use: both spellings of a title are words (Adviser/Advisor)."""
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return min((zipf_frequency(word, "en") for word in form.split()), default=0.0)


def _findings(rule: Rule, forms: dict[str, list[_Use]], options: Options, given: bool = False,
              said: Said | None = None) -> Iterator[Finding]:
    # A name the gazetteer declares for the entry is another name, not a spelling: it is never the reference
    # ("... is named Foreign Service Institute elsewhere") nor a variant.
    forms = {form: uses for form, uses in forms.items() if not all(u.alias and not u.fix for u in uses)}
    if not forms or len(forms) == 1 and not any(u.fix for uses in forms.values() for u in uses):
        return
    # Between spellings given equally often, the one English writes is the reference, for names and venues; both
    # spellings of a title are words (Adviser/Advisor), so titles keep the order of use.
    attest = rule.fact is not FactKind.TITLE

    def rank(form: str) -> tuple:
        uses = forms[form]
        return (not any(u.fix for u in uses), not _suspect(form), any(u.declared for u in uses),
                len({u.span.path for u in uses}), len(uses), attested(form) if attest else 0.0,
                tuple(-x for x in (min(u.span for u in uses).start,)))

    reference = max(sorted(forms), key=rank)
    backing = sorted(forms[reference], key=lambda u: u.span)
    # Only declared misspellings were written: the gazetteer's form is the reference, and nothing is related.
    declared_only = any(u.fix for u in backing)
    for form in sorted(forms):
        uses = sorted(forms[form], key=lambda u: u.span)
        misspelt = any(u.fix for u in uses)
        if form == reference and not declared_only or all(u.declared for u in uses) and any(b.declared for b in backing):
            continue
        one_speaker = one_speaker_of(uses, backing, said or {})
        if not misspelt and options.per_word and not similar_words(form, reference, options.min_length) \
                and not (one_speaker and one_edit_apart(form, reference)):
            continue
        if not misspelt and (plural_only(form, reference) or pluralizes(form, reference) or several(form)
                             or possessive_or_adjective(uses[0].shown, backing[0].shown)
                             or (given and short_form(form, reference))
                             or (rule.fact is not FactKind.TITLE and own_word(uses[0].shown, backing[0].shown)
                                 and not one_speaker)):
            continue
        if not misspelt and not options.word_order and sorted(form.split()) == sorted(reference.split()):
            continue
        if not misspelt and _other_roles(uses, backing):
            continue
        accepted = None if misspelt else convention(uses[0].shown, backing[0].shown)
        if (accepted is not None) != (options.conventions == Conventions.ONLY.value):
            continue
        fields = {
            "variant": uses[0].shown, "variant_count": _count(uses), "variant_where": _where(uses),
            "reference": backing[0].shown, "reference_count": _count(backing), "reference_where": _where(backing),
            "name": backing[0].name, "convention": accepted.value if accepted else "",
        }
        related: tuple[Related, ...] = ()
        if declared_only:
            first_fixed = next(u for u in uses if u.fix)
            fields.update(reference=first_fixed.fix, reference_count="declared", reference_where="the gazetteer",
                          name=first_fixed.right)
        else:
            shown_paths = list(dict.fromkeys(u.span.path for u in backing))
            related_uses = [next(u for u in backing if u.span.path == p) for p in shown_paths][: options.max_related]
            related = tuple(Related(u.span, f'written "{u.shown}" here') for u in related_uses)
        for path in dict.fromkeys(u.span.path for u in uses):
            first = next(u for u in uses if u.span.path == path)
            fixes = tuple(dict.fromkeys(Edit(u.span, u.fix) for u in uses if u.span.path == path and u.fix))
            yield Finding(rule.id, rule.severity, rule.message.format_map(fields), first.span, related, fixes)


class Memo(Protocol):
    """What an earlier run found for one rule's comparison groups (engine/local_names.py): the entities of a set of
    names, and the findings of an entity whose uses did not change."""

    def entities(self, by_subject: Mapping[str, Sequence[LinkedFact]],
                 compute: Callable[[], list[list[str]]]) -> list[list[str]]: ...

    def findings(self, entity: Sequence[str], compute: Callable[[], list[Finding]]) -> list[Finding]: ...


def check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus,
          memo: Callable[[Rule], Memo] | None = None) -> Iterator[Finding]:
    """One finding per article for each minority spelling of a name, against the majority spelling; a form the
    gazetteer declares misspelt is always one, and carries the edits that write the declared name instead. `memo`:
    for a corpus-scope rule, what an earlier run found (by the rule as run: one per kind of name under `only`)."""
    options: Options = rule.options
    if options.conventions == Conventions.ONLY.value:
        # A convention is one choice for every kind of name: people as the rule says, titles and venues whole.
        for kind in NAME_FACTS:
            own = dataclasses.replace(rule, fact=kind)
            yield from _check(own, facts, corpus, options if kind is rule.fact else
                              dataclasses.replace(options, per_word=False), memo(own) if memo else None)
        return
    yield from _check(rule, facts, corpus, options, memo(rule) if memo else None)


def _check(rule: Rule, facts: Sequence[LinkedFact], corpus: Corpus, options: Options,
           memo: Memo | None = None) -> Iterator[Finding]:
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in facts:
        # The office is the title's head: its last word, before any "of" ("Director of National Intelligence").
        head = item.fact.value.lower().split(" of ")[0].split() if item.fact.kind is FactKind.TITLE else []
        if head and item.fact.attr("person"):
            held[(item.fact.span.path, item.fact.attr("person"))].add(head[-1])
    roles = {key: frozenset(words) for key, words in held.items()}
    said = quotes_said(facts)
    scoped: dict[tuple, list[LinkedFact]] = defaultdict(list)
    for item in facts:
        if item.fact.kind is rule.fact and rule.applies_to(item.fact.subject) and item.fact.subject:
            scoped[scope_key(rule.scope, item)].append(item)
    for key in sorted(scoped):
        by_subject: dict[str, list[LinkedFact]] = defaultdict(list)
        for item in scoped[key]:
            by_subject[item.fact.subject].append(item)

        def joined(subjects: list[str] = sorted(by_subject)) -> list[list[str]]:
            return entities(subjects, per_word=options.per_word, min_length=options.min_length)

        found = memo.entities(by_subject, joined) if memo else joined()
        # Joined by quotes after the memo: which spellings say one quote changes with any article's quotes.
        for entity in joined_by_quotes(found, by_subject, said) if options.per_word and said else found:
            def findings_of(entity: list[str] = entity) -> list[Finding]:
                return list(_entity_findings(rule, entity, by_subject, corpus, options, roles, said))

            yield from memo.findings(entity, findings_of) if memo else findings_of()


def _entity_findings(rule: Rule, entity: Sequence[str], by_subject: Mapping[str, Sequence[LinkedFact]],
                     corpus: Corpus, options: Options, roles: Mapping[tuple[str, str], frozenset[str]],
                     said: "Said | None" = None) -> Iterator[Finding]:
    """The findings of one entity: its subjects' uses, word by word (or whole), compared."""
    units: dict[int, dict[str, list[_Use]]] = defaultdict(lambda: defaultdict(list))
    for subject in entity:
        for item in by_subject[subject]:
            for position, use in _uses(item, corpus, options, roles):
                units[position][use.form].append(use)
    for position in sorted(units):
        if len(units[position]) > 1 or any(u.fix for uses in units[position].values() for u in uses):
            # Words before the last of a per-word name are given names (position > 0).
            yield from _findings(rule, units[position], options, given=options.per_word and position > 0,
                                 said=said)
