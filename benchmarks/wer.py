"""Word error rate for the ASR tests and benchmarks: jiwer on text normalised like Whisper's English normaliser
(lightly).

Normalising makes the comparison about words, not spelling conventions: case, punctuation, "10" vs "ten",
"Mr." vs "mister". It never drops or merges real words, so it cannot hide recognition errors.
"""

from __future__ import annotations

import re

import jiwer

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_ABBREVIATIONS = {"mr": "mister", "mrs": "missus", "dr": "doctor", "st": "saint", "vs": "versus"}
_SYMBOLS = {"%": " percent ", "&": " and ", "+": " plus ", "@": " at "}


def number_to_words(n: int) -> str:
    """0 <= n < 1,000,000 in words, American style without "and": 215 -> "two hundred fifteen"."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"{n} is out of range")
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + number_to_words(rest))
    rest = n % 1000
    return number_to_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + number_to_words(rest))


def _ordinal(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last in _ORDINALS:
        last = _ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head} {last}".strip()


def _spell_number(match: re.Match[str]) -> str:
    digits, suffix = match.group(1).replace(",", ""), match.group(2)
    words = number_to_words(int(digits)) if len(digits) <= 6 else " ".join(_ONES[int(d)] for d in digits)
    return f" {_ordinal(words) if suffix else words} "


def _spell_time(match: re.Match[str]) -> str:
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes == 0:
        return f" {number_to_words(hours)} "
    spoken = number_to_words(minutes) if minutes >= 10 else f"oh {number_to_words(minutes)}"
    return f" {number_to_words(hours)} {spoken} "


def normalize(text: str) -> str:
    """Lower case, spelled-out numbers and abbreviations, no punctuation except in-word apostrophes (any script)."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"\b(\d{1,2}):(\d{2})\b", _spell_time, text)
    for symbol, spoken in _SYMBOLS.items():
        text = text.replace(symbol, spoken)
    text = re.sub(r"\b(\d[\d,]*)(st|nd|rd|th)?\b", _spell_number, text)
    text = re.sub(r"\b([a-z]+)\.", lambda m: _ABBREVIATIONS.get(m.group(1), m.group(1)) + " ", text)
    text = re.sub(r"[^\w' ]+|_", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def counts(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference words) for one pair, after `normalize`."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    if not ref:
        return len(hyp.split()), 0
    out = jiwer.process_words(ref, hyp if hyp else "")
    return out.substitutions + out.deletions + out.insertions, out.hits + out.substitutions + out.deletions


def wer(references: list[str], hypotheses: list[str]) -> float:
    """Corpus word error rate: (substitutions + deletions + insertions) / reference words, after `normalize`."""
    if len(references) != len(hypotheses):
        raise ValueError(f"{len(references)} references but {len(hypotheses)} hypotheses")
    refs = [normalize(r) for r in references]
    if not any(refs):
        raise ValueError("the references hold no words")
    errors = words = 0
    for ref, hyp in zip(references, hypotheses):
        e, w = counts(ref, hyp)
        errors += e
        words += w
    return errors / words
