"""Which of the five languages of use a short text is in: a naive Bayes model over hashed character and word
n-grams (`models/topics/language.npy`, built by `models/topics/train_language.py`; no download).

The topic classifier's encoder is English: on German, Spanish, French or Italian it guesses, so the classifier
asks for more confidence there before it names an interest; the privacy gate holds each language to its own
thresholds. Both need the language of one short utterance ("baisse le son", "No, grazie."), where counting
function words was wrong for one Spanish, French or Italian sentence in seven.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from edge.errors import ModelError
from edge.home import models_dir
from edge.privacy.ngrams import hashes, read_table

LANGUAGES = ("en", "de", "es", "fr", "it")
TABLE_FILE = "language.npy"
_FIX = "reinstall edge or rebuild it with models/topics/train_language.py"


def table_path() -> Path:
    return models_dir() / "topics" / TABLE_FILE


def load_table(path: Path | None = None) -> np.ndarray:
    """(buckets, 5) log-probabilities of an n-gram bucket per language (read once per file), or a ModelError."""
    return _read(path or table_path())


@functools.cache
def _read(path: Path) -> np.ndarray:
    table = read_table(path, "language table", len(LANGUAGES), _FIX)
    if not np.isfinite(table).all():
        raise ModelError(f"language table {path} holds values that are not finite; {_FIX}")
    return table.astype(np.float32)


def language(text: str, table: np.ndarray | None = None, text_hashes: np.ndarray | None = None) -> str:
    """ "en", "de", "es", "fr" or "it": the most likely language of `text`; English for a text without letters.
    `text_hashes`, when given, are `text`'s n-gram hashes, already computed."""
    if not any(ch.isalpha() for ch in text):
        return "en"
    table = load_table() if table is None else table
    ids = (hashes(text) if text_hashes is None else text_hashes) % table.shape[0]
    return LANGUAGES[int(np.argmax(table[ids].sum(axis=0)))]
