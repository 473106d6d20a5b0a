"""Plain data passed between pipeline stages. Each stage knows only these types, never its neighbours.

Text-bearing types (`Utterance`, `Partial`, `Verdict.redacted_text`) live only in memory: nothing in edge
writes them to disk, logs them or sends them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

SAMPLE_RATE = 16_000
"""Every stage after the audio source works on 16 kHz mono int16 samples."""

Samples = np.ndarray
"""A 1-D int16 numpy array of 16 kHz mono audio."""


# --- audio -> segmenter -> recognizer -------------------------------------------------------------


@dataclass(frozen=True)
class SpeechStarted:
    """The segmenter heard speech begin at `start` seconds from the start of the stream."""

    start: float


@dataclass(frozen=True)
class SpeechAudio:
    """Audio that belongs to the current utterance (includes pre-roll and hang-over)."""

    samples: Samples


@dataclass(frozen=True)
class SpeechEnded:
    """The current utterance ended at `end` seconds (silence for longer than the hang-over).

    `speech_ratio` is the share of the utterance's audio that the voice-activity model called speech."""

    end: float
    speech_ratio: float = 1.0


@dataclass(frozen=True)
class SpeechPaused:
    """Speech paused at `at` seconds: the audio so far is what the utterance holds if this pause is its end."""

    at: float


SegmentEvent = SpeechStarted | SpeechAudio | SpeechPaused | SpeechEnded


# --- recognizer ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One recognized word; times are seconds from the start of the stream."""

    text: str
    start: float
    end: float
    confidence: float


@dataclass(frozen=True)
class Transcript:
    """A recognizer's final result for one utterance. Word times are relative to the utterance start."""

    text: str
    words: tuple[Word, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class Partial:
    """An interim hypothesis while the utterance is still being spoken (for live captions)."""

    start: float
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"type": "partial", "start": round(self.start, 3), "text": self.text}


@dataclass(frozen=True)
class Utterance:
    """One finished utterance: text with times in seconds from the start of the stream."""

    start: float
    end: float
    text: str
    engine: str
    words: tuple[Word, ...] = ()
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "text": self.text,
            "engine": self.engine,
            "confidence": round(self.confidence, 3),
            "words": [
                {
                    "text": w.text,
                    "start": round(w.start, 3),
                    "end": round(w.end, 3),
                    "confidence": round(w.confidence, 3),
                }
                for w in self.words
            ],
        }


# --- privacy gate ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PiiSpan:
    """A piece of personal data found and redacted.

    `start`/`end` index the redacted text (the text an event carries), where the span's token stands;
    `source_start`/`source_end` index the text before redaction.
    """

    type: str
    start: int
    end: int
    source_start: int = 0
    source_end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
        }


@dataclass(frozen=True)
class Verdict:
    """The privacy gate's decision for one text.

    `categories` are the sensitive categories that fired, `layers` which detectors fired
    ("model", "couple", "telltale", "lexicon", "taxonomy", "error"). A blocked text yields no topic and nothing
    derived from it ever leaves the device.
    """

    blocked: bool
    categories: tuple[str, ...] = ()
    layers: tuple[str, ...] = ()
    pii: tuple[PiiSpan, ...] = ()
    redacted_text: str = field(default="", repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"blocked": self.blocked, "categories": list(self.categories), "layers": list(self.layers)}


# --- topics ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """A taxonomy node scored for one text. `tier1` is the tier-1 label spelled as in the taxonomy."""

    id: str
    label: str
    tier1: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "score": round(self.score, 4)}
