"""Turns decoded frames back into a gap-free int16 stream: lost audio becomes silence of exactly the lost length.

Every AUDIO frame says where its first sample sits in the stream (`sample_index`, mod 2**32), so the length of a
gap is known exactly however many frames went missing; END_OF_SPEECH closes a gap at the very end.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from firmware_bridge.frames import SAMPLE_INDEX_MODULO, Audio, EndOfSpeech, Frame, Hello

_EMPTY = np.zeros(0, dtype=np.int16)


@dataclass
class AssemblerStats:
    samples_out: int = 0  # received + concealed
    samples_received: int = 0
    concealed_samples: int = 0
    gaps: int = 0
    overlap_samples: int = 0  # samples dropped because they repeated audio already output
    discontinuities: int = 0  # jumps larger than `max_conceal` (only `max_conceal` of silence inserted)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class AudioAssembler:
    """`push(frame)` returns the samples to append to the output stream (possibly none)."""

    def __init__(self, *, max_conceal: int = 16_000) -> None:
        self.max_conceal = max_conceal
        self.stats = AssemblerStats()
        self._next_index: int | None = None

    def push(self, frame: Frame) -> np.ndarray:
        message = frame.message
        if isinstance(message, Hello):
            self._next_index = None  # a new session: the stream position starts over
            return _EMPTY
        if isinstance(message, Audio):
            return self._audio(message)
        if isinstance(message, EndOfSpeech) and self._next_index is not None:
            silence = self._silence_until(message.sample_index)
            if len(silence):
                self._next_index = message.sample_index
            self.stats.samples_out += len(silence)
            return silence
        return _EMPTY

    def _audio(self, audio: Audio) -> np.ndarray:
        if self._next_index is None:
            self._next_index = audio.sample_index
        pcm = audio.samples()
        behind = (self._next_index - audio.sample_index) % SAMPLE_INDEX_MODULO
        if 0 < behind < SAMPLE_INDEX_MODULO // 2:  # starts before what was already output: keep only the new tail
            skip = min(behind, len(pcm))
            self.stats.overlap_samples += skip
            pcm = pcm[skip:]
            if not len(pcm):
                return _EMPTY
            silence = _EMPTY
        else:
            silence = self._silence_until(audio.sample_index)
        self._next_index = (audio.sample_index + audio.sample_count) % SAMPLE_INDEX_MODULO
        self.stats.samples_received += len(pcm)
        self.stats.samples_out += len(silence) + len(pcm)
        return np.concatenate([silence, pcm]) if len(silence) else pcm

    def _silence_until(self, index: int) -> np.ndarray:
        if self._next_index is None:  # no audio yet: nothing to conceal
            return _EMPTY
        gap = (index - self._next_index) % SAMPLE_INDEX_MODULO
        if gap == 0 or gap >= SAMPLE_INDEX_MODULO // 2:
            return _EMPTY
        self.stats.gaps += 1
        if gap > self.max_conceal:
            self.stats.discontinuities += 1
            gap = self.max_conceal
        self.stats.concealed_samples += gap
        return np.zeros(gap, dtype=np.int16)
