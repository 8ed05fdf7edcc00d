"""Spelling keys for names: case, accent and transliteration folding, and how close two spellings are."""

from __future__ import annotations

import functools
import unicodedata
from typing import Any


from factlint import lazyre

# Romanizations of one sound that news outlets mix (Mirzoyan/Mirzoian, Dzhokhar/Jokhar,
# Aleksandr/Alexander, Khan/Han is *not* folded away: kh -> h only inside a word).
_TRANSLITERATION = (
    ("dzh", "j"), ("zh", "j"), ("ks", "x"), ("ph", "f"), ("ck", "k"), ("ou", "u"),
)
# "y" next to a vowel or at a word's end is the i-sound (Mirzoyan, Dmitry); between
# consonants (Smyth, Lynn) it is part of a different spelling and is kept.
_Y_AS_I = lazyre.compile(r"(?<=[aeiou])y|y(?=[aeiou])|(?<=\p{L})y$")
_INNER_KH = lazyre.compile(r"(?<=\p{L})kh")
_DOUBLE = lazyre.compile(r"(\p{L})\1+")
_NOT_LETTER = lazyre.compile(r"[^\p{L}\d]+")


def strip_accents(text: str) -> str:
    """The text without combining accents (Erdoğan -> Erdogan)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plain(text: str) -> str:
    """Lower case, accents kept, apostrophes unified, dots dropped, spaces collapsed: the 'as written' form."""
    text = text.replace("’", "'").replace("‘", "'").replace(".", "")
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=8192)
def fold_word(word: str) -> str:
    """One word's spelling key: no case, accents, punctuation, doubled letters or romanization choices."""
    word = _NOT_LETTER.sub("", strip_accents(word).casefold())
    for old, new in _TRANSLITERATION:
        word = word.replace(old, new)
    word = _INNER_KH.sub("h", word)
    word = _Y_AS_I.sub("i", word)
    return _DOUBLE.sub(r"\1", word)


_POSSESSIVE_S = lazyre.compile(r"['’]s\b")
_SPACES = lazyre.compile(r"[\s]+")


def words(name: str) -> list[str]:
    """The words of a name, possessive endings dropped ("Blinken’s" -> "Blinken")."""
    cleaned = _POSSESSIVE_S.sub("", name)
    return [w for w in _SPACES.split(cleaned.strip()) if _NOT_LETTER.sub("", w)]


def name_key(name: str) -> str:
    """The key all spellings of one name share: its folded words joined by spaces (hyphens join words)."""
    return " ".join(fold_word(part) for w in words(name) for part in w.split("-") if fold_word(part))


@functools.cache
def _osa() -> Any:
    """rapidfuzz's optimal string alignment (binary wheels for every supported Python; 3x faster for one edit, 90x
    for a full distance), imported on first use (20 ms of start-up otherwise), or None: the pure-Python code below
    gives the same answers."""
    try:
        from rapidfuzz.distance import OSA
    except ImportError:  # pragma: no cover
        return None
    return OSA


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    if _osa() is not None:
        return int(_osa().distance(a, b))
    return _distance(a, b)


def _distance(a: str, b: str) -> int:
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def similar_words(a: str, b: str, min_length: int = 5) -> bool:
    """Whether two words are spellings of one word: same key, or one edit apart in a long enough word (not two known
    names differing in their first letter), or in a shorter word one edit from a common English word that English
    at large never writes ("Cesh" for "Cash")."""
    fa, fb = fold_word(a), fold_word(b)
    if fa == fb:
        return True
    if fa[:1] != fb[:1] and _zipf(a) > 0 and _zipf(b) > 0:
        # A slip seldom falls on a word's first letter: two forms that differ there and that English at large both
        # writes are two names (Harris/Barris, O'Brien/Bryen); a romanization English has never seen is not
        # (Kurbanguly/Gurbanguly).
        return False
    if min(len(fa), len(fb)) >= min_length:
        return one_edit_apart(fa, fb)
    written = min(len(_NOT_LETTER.sub("", a)), len(_NOT_LETTER.sub("", b)))
    return written >= _SHORTEST and one_edit_apart(fa, fb) and _slip_of_common(a, b)


# Below min_length, two words one edit apart are most often two words (Ryan/Bryan, Mark/Marc): only a form wordfreq
# hardly knows beside one it knows well is taken for a slip.
_SHORTEST = 4
_RARE_ZIPF, _COMMON_ZIPF = 2.0, 2.5


def _slip_of_common(a: str, b: str) -> bool:
    rarer, commoner = sorted((_zipf(a), _zipf(b)))
    return rarer < _RARE_ZIPF and commoner >= _COMMON_ZIPF


@functools.lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return zipf_frequency(word, "en")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether distance(a, b) <= 1 (name checks ask this of many pairs)."""
    if _osa() is not None:
        return _osa().distance(a, b, score_cutoff=1) <= 1
    return _one_edit_apart(a, b)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether distance(a, b) <= 1, in one pass instead of the full table."""
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(differ) <= 1:
            return True
        first = differ[0]
        return differ == [first, first + 1] and a[first] == b[first + 1] and a[first + 1] == b[first]
    if abs(len(a) - len(b)) != 1:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    first = next((i for i, (x, y) in enumerate(zip(longer, shorter)) if x != y), len(shorter))
    return longer[first + 1 :] == shorter[first:]


def nearest_within_one_edit(word: str, choices: tuple[str, ...]) -> str:
    """The first of `choices` one edit from `word` (an edit being a changed, added, dropped or swapped letter), or ''."""
    if _osa() is not None:
        from rapidfuzz import process

        hit = process.extractOne(word, choices, scorer=_osa().distance, score_cutoff=1)
        return hit[0] if hit else ""
    return next((choice for choice in choices if _one_edit_apart(word, choice)), "")


@functools.lru_cache(maxsize=8192)
def common_english(word: str, min_zipf: float = 2.5) -> bool:
    """Whether a word is common in English at large (wordfreq's Zipf scale): such a variant is no misspelling."""
    from wordfreq import zipf_frequency  # imported on first use: its tables take a while to load

    return zipf_frequency(word, "en") >= min_zipf
