"""The Recognizer protocol every speech-to-text backend implements, and helpers shared by the backends."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from edge.errors import AudioError
from edge.types import SAMPLE_RATE, Samples, Transcript


@runtime_checkable
class Recognizer(Protocol):
    """Streaming speech-to-text for one utterance at a time.

    Feed the utterance's audio with `accept` (it returns the new partial text when the hypothesis changed),
    then call `finish` for the final `Transcript` (word times relative to the utterance start); `finish` also
    resets the recognizer for the next utterance. Optional: `prepare()` decodes the final early (speech paused) and
    `forget()` drops whatever the recognizer keeps between utterances (the pipeline calls it when a stream ends).
    """

    name: str

    def accept(self, samples: Samples) -> str | None: ...

    def finish(self) -> Transcript: ...


def check_samples(samples: Samples) -> Samples:
    """Return `samples` if it is 1-D int16 audio, else raise AudioError (recognizers take 16 kHz int16 mono)."""
    if not isinstance(samples, np.ndarray) or samples.dtype != np.int16 or samples.ndim != 1:
        kind = (
            f"{samples.dtype} array of shape {samples.shape}"
            if isinstance(samples, np.ndarray)
            else type(samples).__name__
        )
        raise AudioError(
            f"a recognizer takes 1-D int16 samples at {SAMPLE_RATE} Hz, got a {kind}; "
            "read audio through edge.audio (it converts any WAV layout)"
        )
    return samples


def transcribe(recognizer: Recognizer, samples: Samples, *, chunk_ms: int = 100) -> Transcript:
    """Convenience for one whole utterance: stream `samples` in `chunk_ms` chunks, return the final transcript."""
    step = max(1, SAMPLE_RATE * chunk_ms // 1000)
    for start in range(0, len(samples), step):
        recognizer.accept(samples[start : start + step])
    return recognizer.finish()


def mean_confidence(confidences: list[float]) -> float:
    """Utterance confidence: the mean word confidence (0.0 for an utterance without words)."""
    return float(np.mean(confidences)) if confidences else 0.0
