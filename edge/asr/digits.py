"""Spoken digit runs as one number: "five five five two one two four three six seven" and "5, 5, 5, 2, 1, 2, 4, 3,
6, 7." both become "5552124367", in a transcript's text and in its words alike.

A dictated number reaches the recognizer one digit at a time, and the engines write it one digit at a time too
(Whisper with commas, Vosk as words), so the PII recognizers downstream would see ten one-digit numbers instead of
one phone number. A run is four or more single digits in a row (as digits or the words zero/oh/one..nine, "oh"
not first, each optionally followed by a comma, a period or a hyphen, or joined by hyphens in one token):
fewer is an ordinary phrase ("five five", "3 eggs", "level seven", "one or two"), and numbers written with
several digits ("2019", "555-212-4367", "1,600") are left as the engine wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from edge.types import Transcript, Word

MIN_RUN = 4
"""Digits needed for a run: four covers PINs and every phone-number group; "five five" stays two words."""

DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_ZERO_LETTERS = ("oh", "o")  # zero only after another digit: "oh, five five five one" starts with an interjection
_TOKEN = re.compile(r"^(?P<lead>[\"'(\[]*)(?P<core>.*?)(?P<trail>[-.,;:!?\"')\]]*)$", re.S)
_INSIDE_A_RUN = {"", ",", ".", "-"}  # what may follow a digit when the run goes on


def _digits(core: str) -> str | None:
    """The digits one token says ("5", "five", "5-5-5", "five-five"), or None when it is not spoken digits."""
    parts = core.lower().split("-")
    if any(not part for part in parts):
        return None
    digits = []
    for part in parts:
        if len(part) == 1 and part.isdigit():
            digits.append(part)
        elif part in DIGIT_WORDS:
            digits.append(DIGIT_WORDS[part])
        else:
            return None
    return "".join(digits)


def digit_runs(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans `[start, end)` of `tokens` that form a digit run, each with the one token that replaces it (the
    digits, with the first token's leading and the last token's trailing punctuation)."""
    parsed = []
    for token in tokens:
        match = _TOKEN.match(token)
        assert match is not None  # the pattern matches any string
        parsed.append((match["lead"], _digits(match["core"]), match["trail"], match["core"].lower()))
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(parsed):
        lead, digits, trail, core = parsed[i]
        if digits is None or core in _ZERO_LETTERS:
            i += 1
            continue
        j, joined = i + 1, digits
        while j < len(parsed) and parsed[j - 1][2] in _INSIDE_A_RUN and parsed[j][1] is not None and not parsed[j][0]:
            joined += parsed[j][1] or ""
            j += 1
        if len(joined) >= MIN_RUN:
            runs.append((i, j, f"{lead}{joined}{parsed[j - 1][2]}"))
        i = j
    return runs


def join_text(text: str) -> str:
    """`text` with every digit run written as one number; the spacing between other tokens is kept."""
    pieces = re.split(r"(\s+)", text)
    tokens, spaces = pieces[0::2], [*pieces[1::2], ""]
    runs = {start: (end, joined) for start, end, joined in digit_runs(tokens)}
    if not runs:
        return text
    out: list[str] = []
    i = 0
    while i < len(tokens):
        end, joined = runs.get(i, (i + 1, tokens[i]))
        out.append(joined + spaces[end - 1])
        i = end
    return "".join(out)


def join_words(words: Sequence[Word]) -> tuple[Word, ...]:
    """`words` with the words of each digit run merged into one word spanning their times (confidence: their
    mean)."""
    runs = digit_runs([w.text for w in words])
    if not runs:
        return tuple(words)
    out: list[Word] = []
    k = 0
    for start, end, joined in runs:
        out.extend(words[k:start])
        run = words[start:end]
        confidence = sum(w.confidence for w in run) / len(run)
        out.append(Word(joined, run[0].start, run[-1].end, confidence))
        k = end
    out.extend(words[k:])
    return tuple(out)


def join_transcript(transcript: Transcript) -> Transcript:
    """A transcript whose text and words both write each digit run as one number."""
    text = join_text(transcript.text)
    if text == transcript.text:
        return transcript
    return replace(transcript, text=text, words=join_words(transcript.words))
