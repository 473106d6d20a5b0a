"""The lexicon: curated terms per sensitive category (English, German, Spanish, French, Italian), matched as
whole words with their inflections.

The lexicon proposes, context decides: its hits are an input of the sensitive model (`vector`), which weighs
them against the rest of the sentence; a term alone never blocks. Each category's terms compile to one
case-insensitive regex; guards (narrow harmless phrases such as "church street" or "computer virus") drop a
match that lies entirely inside them. The file syntax is described in `models/privacy/lexicon/README.md`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from edge.errors import ModelError
from edge.home import models_dir

CATEGORIES = (
    "health",
    "religion",
    "political",
    "sexual_orientation",
    "sex_life",
    "ethnicity",
    "trade_union",
    "genetic_biometric",
    "criminal",
)
"""The sensitive categories: GDPR art. 9 special categories of personal data plus criminal offences (art. 10)."""

_BEFORE = r"(?<![\w])"
_AFTER = r"(?![\w])"


def default_dir() -> Path:
    return models_dir() / "privacy" / "lexicon"


def _inflected(word: str) -> str:
    """A regex for `word` and its common English inflections (plural, possessive, -ed, -ing, -er)."""
    w = re.escape(word)
    if not word[-1:].isalpha():
        return w
    if word.endswith("e"):
        return rf"{w[:-1]}(?:e(?:s|'s|d|r|rs)?|ing)"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return rf"{w[:-1]}(?:y|y's|ies|ied|ier|iers|ying)"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return rf"{w}(?:es|'s|ed|ing|er|ers)?"
    return rf"{w}(?:s|'s|ed|ing|er|ers)?"


def term_pattern(term: str) -> str:
    """The regex for one lexicon line (see the README's syntax)."""
    if term.startswith("re:"):
        return f"(?:{term[3:]})"
    words = term.split()
    parts = [re.escape(w) for w in words[:-1]]
    last = words[-1]
    parts.append(re.escape(last[:-1]) + r"[\w'’-]*" if last.endswith("*") else _inflected(last))
    return r"[\s-]+".join(parts)


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ModelError(
            f"cannot read the privacy lexicon {path}: {err.strerror}; reinstall edge or set EDGE_MODELS"
        ) from err
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _compile(patterns: list[str], path: Path) -> re.Pattern[str]:
    # Longest first, so a phrase wins over a word it starts with.
    body = "|".join(sorted(patterns, key=len, reverse=True))
    try:
        return re.compile(f"{_BEFORE}(?:{body}){_AFTER}", re.IGNORECASE)
    except re.error as err:
        raise ModelError(f"the privacy lexicon {path} has a bad pattern ({err}); fix the line and retry") from err


@dataclass(frozen=True)
class LexiconHit:
    """One term found in a text; offsets index that text (kept in memory only, like the text)."""

    category: str
    start: int
    end: int


# Texts longer than this many words (far beyond a spoken request) need repeated evidence per category.
LONG_TEXT_WORDS = 60
LONG_TEXT_MIN_HITS = 2


class Lexicon:
    """Per-category compiled term and guard regexes."""

    def __init__(self, terms: dict[str, re.Pattern[str]], guards: dict[str, re.Pattern[str]]) -> None:
        self.terms = terms
        self.guards = guards

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        folder = folder or default_dir()
        terms: dict[str, re.Pattern[str]] = {}
        for category in CATEGORIES:
            path = folder / f"{category}.txt"
            terms[category] = _compile([term_pattern(t) for t in _read_lines(path)], path)
        guard_lines: dict[str, list[str]] = {}
        guards_path = folder / "guards.txt"
        for line in _read_lines(guards_path):
            category, sep, pattern = line.partition(":")
            category = category.strip()
            if not sep or category not in CATEGORIES:
                raise ModelError(f"{guards_path}: '{category}' is not a sensitive category; write 'category: PATTERN'")
            guard_lines.setdefault(category, []).append(f"(?:{pattern.strip()})")
        guards = {c: _compile(p, guards_path) for c, p in guard_lines.items()}
        return cls(terms, guards)

    def hits(self, text: str) -> list[LexiconHit]:
        """Every unguarded term match, in category order."""
        found: list[LexiconHit] = []
        for category, pattern in self.terms.items():
            matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
            if not matches:
                continue
            guard = self.guards.get(category)
            guarded = [(g.start(), g.end()) for g in guard.finditer(text)] if guard else []
            for start, end in matches:
                if not any(gs <= start and end <= ge for gs, ge in guarded):
                    found.append(LexiconHit(category, start, end))
        return found

    def vector(self, text: str) -> np.ndarray:
        """One float per category in `CATEGORIES` order: 1.0 where an unguarded term matched (the model's input)."""
        out = np.zeros(len(CATEGORIES), dtype=np.float32)
        for hit in self.hits(text):
            out[CATEGORIES.index(hit.category)] = 1.0
        return out

    def categories(self, text: str) -> tuple[str, ...]:
        """The categories with an unguarded match, in `CATEGORIES` order.

        One match is enough in anything as short as an utterance. In a long text (a post, a message thread) a
        single passing word ("the government", "god knows") is no evidence of its subject, so a category needs
        `LONG_TEXT_MIN_HITS` matches there; the model layer still reads every long text.
        """
        hits = self.hits(text)
        if len(text.split()) <= LONG_TEXT_WORDS:
            return tuple(dict.fromkeys(hit.category for hit in hits))
        counts = Counter(hit.category for hit in hits)
        return tuple(c for c in dict.fromkeys(hit.category for hit in hits) if counts[c] >= LONG_TEXT_MIN_HITS)


@cache
def shipped() -> Lexicon:
    """The shipped lexicon, loaded once per process, for the rules that read it beside the model (a name taken with
    no cue, a vote's other terms); the model keeps the one it was built with."""
    return Lexicon.load()
