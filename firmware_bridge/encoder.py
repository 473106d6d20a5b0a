"""Frame writers: a sequence-numbering encoder and an audio framer that carries the ADPCM state across frames."""

from __future__ import annotations

import time

import numpy as np

from firmware_bridge import adpcm
from firmware_bridge.errors import FrameEncodeError
from firmware_bridge.frames import (
    MAX_ADPCM_SAMPLES,
    MAX_PCM16_SAMPLES,
    SAMPLE_INDEX_MODULO,
    SEQ_MODULO,
    Audio,
    Codec,
    Message,
    encode_frame,
)

DEFAULT_SAMPLES_PER_FRAME = {Codec.PCM16: 80, Codec.ADPCM: 320}  # 5 ms and 20 ms at 16 kHz
MAX_SAMPLES_PER_FRAME = {Codec.PCM16: MAX_PCM16_SAMPLES, Codec.ADPCM: MAX_ADPCM_SAMPLES}


class FrameEncoder:
    """Numbers frames of one direction (seq wraps at 2**16) and stamps them with milliseconds since creation."""

    def __init__(self, *, start_seq: int = 0, clock=time.monotonic) -> None:
        self.seq = start_seq % SEQ_MODULO
        self._clock = clock
        self._t0 = clock()

    def now_ms(self) -> int:
        return int((self._clock() - self._t0) * 1000) % (1 << 32)

    def encode(self, message: Message, timestamp_ms: int | None = None) -> bytes:
        """One frame's bytes; consumes a sequence number even if the caller then drops the frame."""
        frame = encode_frame(message, self.seq, self.now_ms() if timestamp_ms is None else timestamp_ms)
        self.seq = (self.seq + 1) % SEQ_MODULO
        return frame


class AudioFramer:
    """Cuts a continuous int16 stream into AUDIO messages, keeping the stream position and the ADPCM state."""

    def __init__(
        self, codec: Codec = Codec.PCM16, samples_per_frame: int | None = None, *, start_index: int = 0
    ) -> None:
        self.codec = Codec(codec)
        self.samples_per_frame = samples_per_frame or DEFAULT_SAMPLES_PER_FRAME[self.codec]
        if not 1 <= self.samples_per_frame <= MAX_SAMPLES_PER_FRAME[self.codec]:
            raise FrameEncodeError(
                f"{self.samples_per_frame} samples per {self.codec.name} frame do not fit one frame; "
                f"use 1..{MAX_SAMPLES_PER_FRAME[self.codec]}"
            )
        self.sample_index = start_index % SAMPLE_INDEX_MODULO
        self.state = adpcm.AdpcmState()
        self._pending = np.zeros(0, dtype=np.int16)

    def push(self, samples: np.ndarray) -> list[Audio]:
        """Add samples; returns the full frames now available (the remainder waits for more or `flush`)."""
        pcm = np.concatenate([self._pending, np.asarray(samples, dtype=np.int16)])
        whole = len(pcm) - len(pcm) % self.samples_per_frame
        self._pending = pcm[whole:]
        return [self._frame(pcm[i : i + self.samples_per_frame]) for i in range(0, whole, self.samples_per_frame)]

    def flush(self) -> list[Audio]:
        """The last, shorter frame (if any samples are pending)."""
        pending, self._pending = self._pending, np.zeros(0, dtype=np.int16)
        return [self._frame(pending)] if len(pending) else []

    def _frame(self, pcm: np.ndarray) -> Audio:
        if self.codec == Codec.PCM16:
            audio = Audio.from_pcm(pcm, self.sample_index)
        else:
            audio, self.state = Audio.from_adpcm(pcm, self.sample_index, self.state)
        self.sample_index = (self.sample_index + len(pcm)) % SAMPLE_INDEX_MODULO
        return audio
