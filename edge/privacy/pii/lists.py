"""The PII word lists shipped under models/privacy/pii/ (first names, street types, stop words, common words, TLDs)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from edge.errors import ModelError
from edge.home import models_dir


def pii_dir() -> Path:
    return models_dir() / "privacy" / "pii"


def _lines(name: str) -> list[str]:
    path = pii_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ModelError(
            f"PII word list {path} cannot be read ({err.strerror or type(err).__name__}); "
            "reinstall edge or point EDGE_MODELS at a complete models folder"
        ) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated lowercase entry of list `name` (e.g. "tlds.txt")."""
    return frozenset(word.lower() for line in _lines(name) for word in line.split())


@cache
def entries(name: str) -> tuple[str, ...]:
    """The lines of list `name`, lowercase, in file order (for lists whose entries contain spaces)."""
    return tuple(line.lower() for line in _lines(name))


@lru_cache(maxsize=1)
def street_types() -> dict[str, tuple[str, ...]]:
    """Street-type words by where they stand: "after" the name, "before" it, or a German compound "suffix"."""
    out: dict[str, tuple[str, ...]] = {"after": (), "before": (), "suffix": ()}
    for line in _lines("street_types.txt"):
        word, kind = line.lower().rsplit(None, 1)
        if kind not in out:
            raise ModelError(f"street_types.txt: unknown kind {kind!r} for {word!r}; use after, before or suffix")
        if word not in out[kind]:
            out[kind] += (word,)
    return out


WORD_RANKS_FILE = "word_ranks.txt"
RANK_BUCKETS = (("r2k", 2000), ("r5k", 5000), ("r12k", 12000), ("r30k", 1 << 30))
"""How common an English word is: the bucket of its rank in a word-piece vocabulary (BERT's, frequency order)."""


@lru_cache(maxsize=1)
def word_buckets() -> dict[str, str]:
    """Each listed English word's rank bucket (`RANK_BUCKETS`); a word not listed is rarer than all of them."""
    out: dict[str, str] = {}
    for line in _lines(WORD_RANKS_FILE):
        bucket, *members = line.split()
        if bucket not in dict(RANK_BUCKETS):
            raise ModelError(f"{WORD_RANKS_FILE}: unknown bucket {bucket!r}; rebuild it with train_tagger.py")
        out |= dict.fromkeys(members, bucket)
    return out


class FirstNames(frozenset[str]):
    """Listed first names that a name matches with or without its accents: the lists write "theo", "chloe", "lea",
    people write "Théo", "Chloé", "Léa" (stop 54)."""

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (isinstance(word, str) and super().__contains__(unaccented(word)))

    def as_written(self, word: str) -> bool:
        """Listed with its accents as written: the tagger's feature, as it was trained."""
        return super().__contains__(word)


def unaccented(word: str) -> str:
    """`word` without its combining marks: "théo" -> "theo", "ayşe" -> "ayse"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def first_names() -> FirstNames:
    """US census first names, those of edge's other locales and of the rest of the world (first_names.txt,
    first_names_intl.txt, first_names_world.txt)."""
    return FirstNames(words("first_names.txt") | words("first_names_intl.txt") | words("first_names_world.txt"))


def common_words() -> frozenset[str]:
    """The commonest words of the five languages of use that are no listed first name and no surname
    (`common_words.txt`, `build_common_words.py`): "saying", "scheduled", "que", "dass", "demain"."""
    return words("common_words.txt")
