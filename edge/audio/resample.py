"""Streaming resampling with libsoxr (the SoX resampler) and float <-> int16 conversion.

soxr's "HQ" setting is a linear-phase, band-limited filter (20-bit precision): the passband runs flat to 95 % of
the lower Nyquist frequency and everything above it is removed, so downsampling is anti-aliased. One stream keeps
the filter's state between pieces, so chunking never changes the output.
"""

from __future__ import annotations

import numpy as np
import soxr

from edge.types import SAMPLE_RATE

QUALITY = "HQ"


class Resampler:
    """Resample a float32 mono stream from `rate_in` to `rate_out` in pieces of any size.

    `process(x)` returns what can be computed so far (the filter needs some look-ahead); `flush()` returns the
    rest, so the total output length is round(len(input) * rate_out / rate_in).
    """

    def __init__(self, rate_in: int, rate_out: int = SAMPLE_RATE) -> None:
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError("sample rates must be positive")
        self.rate_in, self.rate_out = rate_in, rate_out
        self.passthrough = rate_in == rate_out
        self._stream = None if self.passthrough else soxr.ResampleStream(rate_in, rate_out, 1, "float32", QUALITY)

    def process(self, x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=np.float32)
        if self._stream is None:
            return x
        return self._stream.resample_chunk(x)

    def flush(self) -> np.ndarray:
        if self._stream is None:
            return np.zeros(0, np.float32)
        return self._stream.resample_chunk(np.zeros(0, np.float32), last=True)


def resample(x: np.ndarray, rate_in: int, rate_out: int = SAMPLE_RATE) -> np.ndarray:
    """Resample a whole float signal at once."""
    if rate_in == rate_out:
        return np.asarray(x, dtype=np.float32)
    return soxr.resample(np.ascontiguousarray(x, dtype=np.float32), rate_in, rate_out, QUALITY)


def to_int16(x: np.ndarray) -> np.ndarray:
    """Float samples in [-1, 1) to int16, clipping anything outside (and zeroing NaN)."""
    x = np.nan_to_num(np.asarray(x, dtype=np.float32), nan=0.0, posinf=1.0, neginf=-1.0)
    return np.clip(np.rint(x * 32768.0), -32768, 32767).astype(np.int16)


def downmix(frames: np.ndarray) -> np.ndarray:
    """(n, channels) float samples to mono by averaging the channels."""
    return frames[:, 0] if frames.shape[1] == 1 else frames.mean(axis=1, dtype=np.float32)
