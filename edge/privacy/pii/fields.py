"""Redaction of every text-bearing field of a record (an `Utterance`, a `Partial`), the same way for each.

One function walks a record's dataclass fields, so a field added later is redacted too, or refused:
- a `str` field is PII-redacted (`redact_pii`), unless named in `PLAIN_FIELDS` (never what was said);
- a tuple of `Word`s is redacted word by word: the words of a PII span are replaced by one placeholder word,
  the span's token ("[PHONE]") with the span's time range, never dropped;
- numbers and None stay; any other kind of value raises `PrivacyError` (the caller fails closed).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from edge.errors import PrivacyError
from edge.privacy.pii.redact import TOKENS, find_pii, redact_caption, redact_pii
from edge.types import Word

PLAIN_FIELDS = frozenset({"engine"})
"""String fields that never carry what was said (the speech engine's name)."""

Record = TypeVar("Record")


def redact_fields(record: Record, *, caption: bool = False) -> Record:
    """A copy of the dataclass `record` with every text-bearing field redacted.

    `caption=True` is for an utterance still being spoken: digit runs of four or more are masked as well.
    """
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise PrivacyError(f"redact_fields takes a dataclass record, not {type(record).__name__}")
    source = getattr(record, "text", "")
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if value is None or isinstance(value, (bool, int, float)):
            continue
        if isinstance(value, str):
            if field.name not in PLAIN_FIELDS:
                changes[field.name] = redact_caption(value) if caption else redact_pii(value)[0]
        elif isinstance(value, tuple) and all(isinstance(v, Word) for v in value):
            changes[field.name] = redact_words(value, source if isinstance(source, str) else "")
        else:
            raise PrivacyError(
                f"{type(record).__name__}.{field.name} holds a {type(value).__name__}, which edge cannot redact; "
                "teach edge.privacy.pii.fields.redact_fields about it"
            )
    return dataclasses.replace(record, **changes)


def redact_words(words: tuple[Word, ...], text: str) -> tuple[Word, ...]:
    """`words` with the words of every PII span replaced by one word: the span's token, the span's times.

    A word is part of a span when it overlaps one found in `text` (the utterance text the words belong to) or
    in the words joined by spaces (in case the recognizer's word texts differ from its text). A word with a
    digit that cannot be placed in `text` is masked as "[NUMBER]": fail closed.
    """
    if not words:
        return ()
    marks: list[tuple[str, str] | None] = [None] * len(words)
    placed = _place(words, text)
    for k, found in enumerate(find_pii(text)):
        for i, span in enumerate(placed):
            if span is not None and span[0] < found.end and found.start < span[1]:
                marks[i] = (f"t{k}", found.type or "number")
    joined, offsets = _join(words)
    for k, found in enumerate(find_pii(joined)):
        for i, (start, end) in enumerate(offsets):
            if marks[i] is None and start < found.end and found.start < end:
                marks[i] = (f"j{k}", found.type or "number")
    for i, word in enumerate(words):
        if marks[i] is None and placed[i] is None and re.search(r"\d", word.text):
            marks[i] = (f"u{i}", "number")
    out: list[Word] = []
    for i, word in enumerate(words):
        mark = marks[i]
        if mark is None:
            out.append(word)
        elif i > 0 and marks[i - 1] == mark:
            last = out[-1]
            out[-1] = Word(last.text, last.start, word.end, min(last.confidence, word.confidence))
        else:
            out.append(Word(TOKENS[mark[1]], word.start, word.end, word.confidence))
    return tuple(out)


def _place(words: tuple[Word, ...], text: str) -> list[tuple[int, int] | None]:
    """Where each word stands in `text` (searched in order, case-insensitively), None where it is not found."""
    lower = text.lower()
    cursor = 0
    placed: list[tuple[int, int] | None] = []
    for word in words:
        needle = word.text.strip().lower()
        at = lower.find(needle, cursor) if needle else -1
        if at < 0:
            placed.append(None)
            continue
        placed.append((at, at + len(needle)))
        cursor = at + len(needle)
    return placed


def _join(words: tuple[Word, ...]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for word in words:
        piece = word.text.strip()
        offsets.append((length, length + len(piece)))
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts), offsets
