"""Hashed word and character n-grams: the language-independent half of the sensitive model's input.

The sentence encoder is English; these features let the gate learn cues in German, Spanish, French and Italian
("schwanger", "embarazada", "enceinte", "incinta") and spelling variants it has not seen as whole words. Word
unigrams and bigrams plus character 3-5-grams of each word (with boundary marks) are hashed with CRC-32 into a
fixed number of buckets, so the runtime table is one small array and no vocabulary ships.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

import numpy as np

from edge.errors import ModelError

BUCKETS = 1 << 17
CHAR_SIZES = (3, 4, 5)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased words; apostrophes kept inside a word ("don't", "l'hôpital")."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower().replace("’", "'"))


def features(text: str) -> list[str]:
    """The n-gram strings of `text` (before hashing)."""
    tokens = words(text)
    out = [f"w:{w}" for w in tokens]
    out += [f"b:{a} {b}" for a, b in zip(tokens, tokens[1:])]
    for w in tokens:
        padded = f"<{w}>"
        for n in CHAR_SIZES:
            out += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return out


def hashes(text: str) -> np.ndarray:
    """CRC-32 of each of `text`'s n-grams (int64, may repeat; empty for a text without words). Any table's bucket
    ids follow by a remainder, so one utterance is hashed once for every table that reads it."""
    return np.fromiter((zlib.crc32(f.encode("utf-8")) for f in features(text)), dtype=np.int64, count=-1)


def ngram_ids(text: str, buckets: int = BUCKETS) -> np.ndarray:
    """Bucket ids of `text`'s n-grams in a table of `buckets` rows."""
    return hashes(text) % buckets


def pooled(table: np.ndarray, text_hashes: np.ndarray) -> np.ndarray:
    """Sum of `table` rows over a text's n-gram `hashes`, divided by the square root of their count
    (length-neutral)."""
    if text_hashes.size == 0:
        return np.zeros(table.shape[1], dtype=np.float32)
    rows = table[text_hashes % table.shape[0]]
    return rows.astype(np.float32).sum(axis=0) / np.float32(np.sqrt(text_hashes.size))


def read_table(path: Path, what: str, columns: int, fix: str) -> np.ndarray:
    """A (buckets, `columns`) table over hashed n-grams, read from an .npy file, or a ModelError that names `what`
    and ends with `fix`."""
    if not path.is_file():
        raise ModelError(f"{what} not found: {path}; {fix}")
    try:
        table = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as err:
        raise ModelError(f"{what} {path} is corrupt ({type(err).__name__}); {fix}") from None
    if table.ndim != 2 or table.shape[1] != columns:
        raise ModelError(f"{what} {path} has shape {table.shape}; {fix}")
    return table
