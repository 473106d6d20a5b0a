"""Voice activity segmentation: cuts a 16 kHz stream into utterances with pre-roll and hang-over.

Two stages per 32 ms frame. A cheap energy gate compares the frame with the recent noise floor (the 10th
percentile of the frame energies of the last few seconds, so it follows the input's gain and the noise level):
frames near the floor are silence and cost one dot product. Frames that rise above it go to Silero VAD (MIT,
`models/vad/`, run with onnxruntime), which tells speech from noise at any level. A hysteresis state machine
turns the speech probabilities into SpeechStarted / SpeechAudio / SpeechEnded events.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from edge import onnx
from edge.errors import UsageError
from edge.home import models_dir
from edge.types import SAMPLE_RATE, Samples, SegmentEvent, SpeechAudio, SpeechEnded, SpeechPaused, SpeechStarted

FRAME = 512  # samples per decision (32 ms): Silero's window at 16 kHz
_CONTEXT = 64  # samples of the previous frame Silero sees with each window
_SILENCE_DB = -80.0  # frames quieter than this (about 3 LSB of int16) are silence whatever the floor
MODEL_FILE = "vad/silero_vad_v6.onnx"


@dataclass(frozen=True)
class SegmenterConfig:
    """Segmentation settings; seconds throughout. The defaults split sentences separated by >= 0.5 s pauses."""

    threshold: float = 0.5  # speech probability that starts (or continues) speech
    neg_threshold: float = 0.35  # below this a frame counts as silence; in between keeps the current state
    min_speech_s: float = 0.25  # speech needed before an utterance starts (drops clicks and coughs)
    min_silence_s: float = 0.5  # silence that ends an utterance
    pre_roll_s: float = 0.25  # audio kept before the detected start
    hangover_s: float = 0.3  # audio kept after the last speech frame
    max_utterance_s: float = 15.0  # longer speech is split; after 3/4 of it a 0.1 s pause already splits
    gate_margin_db: float = 6.0  # frames within this of the noise floor skip the model
    noise_window_s: float = 3.0  # how far back the noise floor looks
    model_path: str | None = None  # default: models_dir()/vad/silero_vad_v6.onnx

    def __post_init__(self) -> None:
        if not 0.0 < self.neg_threshold <= self.threshold < 1.0:
            raise UsageError("VAD thresholds must satisfy 0 < neg_threshold <= threshold < 1")
        if self.hangover_s > self.min_silence_s:
            raise UsageError("VAD hangover_s must not exceed min_silence_s")
        if self.max_utterance_s < 1.0 or min(self.min_speech_s, self.min_silence_s, self.pre_roll_s) < 0:
            raise UsageError("VAD durations must be positive and max_utterance_s at least 1 s")


def _frames(seconds: float) -> int:
    return max(0, int(round(seconds * SAMPLE_RATE / FRAME)))


@lru_cache(maxsize=4)
def _session(path: str) -> Any:
    return onnx.open_session(Path(path), 1, fix="the Silero VAD model ships in models/vad/: reinstall edge")


class SileroVad:
    """Speech probability for consecutive 512-sample frames; keeps Silero's recurrent state between calls."""

    def __init__(self, path: str | Path | None = None) -> None:
        self._session = _session(str(path or models_dir() / MODEL_FILE))
        self.reset()

    def reset(self) -> None:
        self._state = np.zeros((2, 1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)
        self.fresh = True

    def __call__(self, frame: np.ndarray) -> float:
        window = np.concatenate([self._context, frame])[None, :]
        prob, h, c = self._session.run(None, {"input": window, "h": self._state[0], "c": self._state[1]})
        self._state[0], self._state[1] = h, c
        self._context = frame[-_CONTEXT:]
        self.fresh = False
        return float(np.asarray(prob).ravel()[0])


class NoiseGate:
    """Energy gate: a frame within `margin_db` of the noise floor (the 10th percentile of the recent frame
    energies) is silence. The floor is refreshed every few frames; a fraction of a second of lag is harmless."""

    _REFRESH = 8  # frames between floor updates

    def __init__(self, margin_db: float, window_frames: int, warmup_frames: int) -> None:
        self.margin_db = margin_db
        self._history = np.full(max(self._REFRESH, window_frames), np.nan)
        self._seen = 0
        self._warmup = warmup_frames
        self.floor_db = _SILENCE_DB

    def is_silence(self, frame: np.ndarray) -> bool:
        energy = 10.0 * np.log10(float(np.dot(frame, frame)) / frame.size + 1e-12)
        self._history[self._seen % self._history.size] = energy
        self._seen += 1
        if self._seen % self._REFRESH == 0 or self._seen == self._warmup:
            filled = self._history[: min(self._seen, self._history.size)]
            k = filled.size // 10
            self.floor_db = float(np.partition(filled, k)[k])
        if energy < _SILENCE_DB:
            return True
        if self._seen < self._warmup:  # no floor yet: let the model decide
            return False
        return energy < self.floor_db + self.margin_db


class Segmenter:
    """Feed 16 kHz int16 samples with `process`; call `flush` at the end of the stream.

    Events: SpeechStarted(start), SpeechAudio(samples)..., SpeechEnded(end), and SpeechPaused(at) when the speech
    has paused for the hang-over (the utterance's audio so far is then exactly what it will hold if the pause turns
    out to be its end; speech may also resume). `start` is the time of the first
    sample of the utterance's audio (pre-roll included) and `end` of the sample after its last, both in seconds
    since the stream start, so the SpeechAudio between them covers exactly [start, end).
    """

    def __init__(self, config: SegmenterConfig | None = None) -> None:
        self.config = config or SegmenterConfig()
        self._vad = SileroVad(self.config.model_path)
        self._lock = threading.Lock()
        self.model_frames = 0  # frames that went to the model (for cost accounting)
        self.gated_frames = 0  # frames the energy gate settled alone
        self._reset()

    def _reset(self) -> None:
        c = self.config
        self._gate = NoiseGate(c.gate_margin_db, _frames(c.noise_window_s), warmup_frames=_frames(0.5))
        self._vad.reset()
        self._pending = np.zeros(0, dtype=np.int16)  # samples not yet a whole frame
        self._frame_index = 0  # frames decided so far
        self._state = "silence"  # silence | candidate | speech
        self._pre_roll: deque[np.ndarray] = deque(maxlen=max(1, _frames(c.pre_roll_s)))
        self._candidate: list[np.ndarray] = []
        self._candidate_speech = 0  # frames above threshold in the candidate
        self._candidate_silence = 0  # trailing silent frames in the candidate
        self._trailing: list[np.ndarray] = []  # silent frames after speech, held back until we know they belong
        self._paused = 0  # silent frames after speech already emitted at a SpeechPaused
        self._start_sample = 0
        self._emitted = 0  # samples of the current utterance emitted so far
        self._speech_frames = 0  # frames of the current utterance the model called speech

    # --- public -----------------------------------------------------------------------------------

    def process(self, samples: Samples) -> Iterator[SegmentEvent]:
        """Consume samples (any length) and yield the events they complete."""
        samples = np.asarray(samples)
        if samples.dtype != np.int16 or samples.ndim != 1:
            raise UsageError("Segmenter.process takes 1-D int16 16 kHz samples (see edge.types.Samples)")
        with self._lock:
            events: list[SegmentEvent] = []
            data = np.concatenate([self._pending, samples])  # a copy: held frames never alias the caller's buffer
            whole = data.size - data.size % FRAME
            for start in range(0, whole, FRAME):
                self._step(data[start : start + FRAME], events)
            self._pending = data[whole:].copy()
        return _merge_audio(events)

    def flush(self) -> Iterator[SegmentEvent]:
        """End of stream: close the open utterance (if any) and reset for a new stream."""
        with self._lock:
            events: list[SegmentEvent] = []
            tail = self._pending
            if self._state == "speech":
                if self._trailing or self._paused:
                    self._end(events)
                else:
                    if tail.size:
                        self._emit(tail, events)
                    events.append(SpeechEnded(self._time(self._start_sample + self._emitted), self._ratio()))
            self._reset()
        return _merge_audio(events)

    # --- state machine ----------------------------------------------------------------------------

    def _time(self, sample: int) -> float:
        return sample / SAMPLE_RATE

    def _step(self, frame: np.ndarray, events: list[SegmentEvent]) -> None:
        c = self.config
        x = frame.astype(np.float32) / 32768.0
        quiet = self._gate.is_silence(x)
        if self._state == "silence" and quiet:
            self.gated_frames += 1
            if not self._vad.fresh:
                self._vad.reset()
            prob = 0.0
        else:
            self.model_frames += 1
            prob = self._vad(x)
            if quiet and prob < c.threshold:
                # Silero's memory makes its probability fall slowly after speech in noise; a frame at the noise
                # floor is silence now, which keeps short pauses between sentences visible.
                prob = 0.0
        index = self._frame_index
        self._frame_index += 1

        if self._state == "silence":
            if prob >= c.threshold:
                self._state = "candidate"
                self._start_sample = (index - len(self._pre_roll)) * FRAME
                self._candidate = [*self._pre_roll, frame]
                self._pre_roll.clear()
                self._candidate_speech, self._candidate_silence = 1, 0
                self._maybe_confirm(events)
            else:
                self._pre_roll.append(frame)
        elif self._state == "candidate":
            self._candidate.append(frame)
            if len(self._candidate) > _frames(c.max_utterance_s):  # undecided for too long: not speech
                self._state = "silence"
                self._pre_roll.extend(self._candidate)
                self._candidate = []
                return
            if prob >= c.threshold:
                self._candidate_speech += 1
                self._candidate_silence = 0
                self._maybe_confirm(events)
            elif prob < c.neg_threshold:
                self._candidate_silence += 1
                if self._candidate_silence >= max(1, _frames(c.min_silence_s)):  # a blip, not speech
                    self._state = "silence"
                    self._pre_roll.extend(self._candidate)
                    self._candidate = []
        else:  # speech
            self._speech_frames += prob >= c.threshold
            if prob >= c.neg_threshold:
                for held in self._trailing:
                    self._emit(held, events)
                self._trailing, self._paused = [], 0
                self._emit(frame, events)
            else:
                self._trailing.append(frame)
            length = self._time(self._emitted + FRAME * len(self._trailing))
            needed = max(1, _frames(c.min_silence_s) if length < 0.75 * c.max_utterance_s else _frames(0.1))
            silent = self._paused + len(self._trailing)
            keep = _frames(c.hangover_s)
            if self._trailing and silent >= needed:
                self._end(events)
            elif self._trailing and not self._paused and silent == keep < needed:
                # The audio so far, hang-over included, is exactly what this utterance will hold if the silence
                # lasts: hand it over now, so a recognizer can start on its final while the end is confirmed.
                for held in self._trailing:
                    self._emit(held, events)
                self._trailing, self._paused = [], keep
                events.append(SpeechPaused(self._time(self._start_sample + self._emitted)))
            elif length >= c.max_utterance_s:  # no pause at all: hard split
                for held in self._trailing:
                    self._emit(held, events)
                self._trailing, self._paused = [], 0
                end = self._start_sample + self._emitted
                events.append(SpeechEnded(self._time(end), self._ratio()))
                events.append(SpeechStarted(self._time(end)))
                self._start_sample, self._emitted, self._speech_frames = end, 0, 0

    def _maybe_confirm(self, events: list[SegmentEvent]) -> None:
        if self._candidate_speech < max(1, _frames(self.config.min_speech_s)):
            return
        self._state = "speech"
        self._emitted = 0
        self._speech_frames = self._candidate_speech
        events.append(SpeechStarted(self._time(self._start_sample)))
        for frame in self._candidate:
            self._emit(frame, events)
        self._candidate = []

    def _emit(self, samples: np.ndarray, events: list[SegmentEvent]) -> None:
        events.append(SpeechAudio(samples))
        self._emitted += samples.size

    def _ratio(self) -> float:
        """Share of the current utterance's audio that the model called speech (pre-roll and hang-over count)."""
        return min(1.0, self._speech_frames * FRAME / self._emitted) if self._emitted else 0.0

    def _end(self, events: list[SegmentEvent]) -> None:
        keep = max(0, min(self._paused + len(self._trailing), _frames(self.config.hangover_s)) - self._paused)
        for held in self._trailing[:keep]:
            self._emit(held, events)
        events.append(SpeechEnded(self._time(self._start_sample + self._emitted), self._ratio()))
        self._pre_roll.clear()
        for rest in self._trailing[keep:]:
            self._pre_roll.append(rest)
        self._trailing, self._paused = [], 0
        self._state = "silence"


def _merge_audio(events: list[SegmentEvent]) -> Iterator[SegmentEvent]:
    """Join runs of SpeechAudio into one event so consumers see few, larger pieces."""
    run: list[np.ndarray] = []
    for event in events:
        if isinstance(event, SpeechAudio):
            run.append(event.samples)
            continue
        if run:
            yield SpeechAudio(np.concatenate(run) if len(run) > 1 else run[0].copy())
            run = []
        yield event
    if run:
        yield SpeechAudio(np.concatenate(run) if len(run) > 1 else run[0].copy())
