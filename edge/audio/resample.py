"""Streaming band-limited resampling (Kaiser-windowed sinc, polyphase) and float <-> int16 conversion.

Each output sample is a windowed-sinc interpolation of the input at its exact position; the sinc's cutoff sits
just below the lower of the two Nyquist frequencies, so downsampling is anti-aliased. For the usual rates
(8, 11.025, 22.05, 44.1, 48, 96 kHz, ...) the filter phases are exact; for odd rates the fractional position is
quantised to 1/4096 of an input sample (error below -70 dB).
"""

from __future__ import annotations

from math import ceil, gcd

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from edge.types import SAMPLE_RATE

_MAX_PHASES = 4096
_BLOCK_OUTPUTS = 8192  # outputs computed per vectorised step: bounds the temporary (outputs x taps) matrix
_MAX_GROUPS = 1024  # up to this many filter phases, compute each phase's outputs as one strided product


class Resampler:
    """Resample a float32 mono stream from `rate_in` to `rate_out` in pieces of any size.

    `process(x)` returns what can be computed so far (the filter needs `half_width` samples of look-ahead);
    `flush()` returns the rest, so the total output length is ceil(len(input) * rate_out / rate_in).
    """

    def __init__(
        self,
        rate_in: int,
        rate_out: int = SAMPLE_RATE,
        *,
        zero_crossings: int = 24,
        rolloff: float = 0.94,
        kaiser_beta: float = 8.6,
    ) -> None:
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError("sample rates must be positive")
        g = gcd(rate_in, rate_out)
        self.up, self.down = rate_out // g, rate_in // g  # output n sits at input position n * down / up
        self.rate_in, self.rate_out = rate_in, rate_out
        self.passthrough = self.up == self.down
        # Cutoff in cycles per input sample: below the input's Nyquist, and below the output's when downsampling.
        cutoff = 0.5 * min(1.0, rate_out / rate_in) * rolloff
        self.half_width = int(ceil(zero_crossings / (2 * cutoff)))
        self.phases = min(self.up, _MAX_PHASES)
        offsets = np.arange(-self.half_width + 1, self.half_width + 1)  # input taps around floor(position)
        frac = np.arange(self.phases)[:, None] / self.phases
        t = frac - offsets[None, :]  # distance from the output position to each tap, in input samples
        window = np.i0(kaiser_beta * np.sqrt(np.clip(1.0 - (t / self.half_width) ** 2, 0.0, None))) / np.i0(kaiser_beta)
        table = 2 * cutoff * np.sinc(2 * cutoff * t) * window
        table /= table.sum(axis=1, keepdims=True)  # exact unity gain at DC for every phase
        self._table = table.astype(np.float32)
        self._offsets = offsets
        self._buffer = np.zeros(self.half_width, dtype=np.float32)  # zeros stand in for samples before the start
        self._buffer_start = -self.half_width  # input index of _buffer[0]
        self._consumed = 0  # input samples received
        self._produced = 0  # output samples emitted

    def _position(self, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Input sample index (floor) and filter phase of output samples n."""
        num = n * self.down
        base = num // self.up
        rem = num - base * self.up
        row = (rem * self.phases + self.up // 2) // self.up
        carry = row == self.phases  # rounding pushed the phase onto the next input sample
        return base + carry, np.where(carry, 0, row)

    def _emit(self, upto: int) -> np.ndarray:
        """Outputs with index < upto (all of whose taps are in the buffer)."""
        outputs = []
        if self._produced < upto:  # windows[i] = the taps starting at buffer index i
            windows = sliding_window_view(self._buffer, self._offsets.size)
        while self._produced < upto:
            stop = min(upto, self._produced + _BLOCK_OUTPUTS)
            count = stop - self._produced
            base, row = self._position(np.arange(self._produced, stop, dtype=np.int64))
            first = base + int(self._offsets[0]) - self._buffer_start  # window index of each output
            if self.up <= _MAX_GROUPS:
                # Outputs n and n + up share a filter phase and sit `down` input samples apart: one strided
                # matrix-vector product per phase, no gathering.
                y = np.empty(count, dtype=np.float32)
                for k in range(min(self.up, count)):
                    y[k :: self.up] = (
                        windows[first[k] :: self.down][: len(range(k, count, self.up))] @ self._table[row[k]]
                    )
            else:
                y = np.einsum("ij,ij->i", windows[first], self._table[row])
            outputs.append(y)
            self._produced = stop
        keep_from = int(self._position(np.array([self._produced]))[0][0]) - self.half_width + 1
        if keep_from > self._buffer_start:
            self._buffer = self._buffer[keep_from - self._buffer_start :]
            self._buffer_start = keep_from
        return np.concatenate(outputs).astype(np.float32) if outputs else np.zeros(0, np.float32)

    def process(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float32)
        if self.passthrough:
            return x
        self._buffer = np.concatenate([self._buffer, x])
        self._consumed += x.size
        # Output n is computable when its last tap, base + half_width, has arrived.
        available = self._buffer_start + self._buffer.size  # input index one past the last sample
        upto = ((available - self.half_width) * self.up) // self.down  # an underestimate is fine: flush() catches up
        while upto > self._produced and int(self._position(np.array([upto - 1]))[0][0]) + self.half_width >= available:
            upto -= 1
        return self._emit(max(upto, self._produced))

    def flush(self) -> np.ndarray:
        if self.passthrough:
            return np.zeros(0, np.float32)
        total = -(-self._consumed * self.up // self.down)  # ceil
        self._buffer = np.concatenate([self._buffer, np.zeros(self.half_width + 1, np.float32)])
        return self._emit(total)


def resample(x: np.ndarray, rate_in: int, rate_out: int = SAMPLE_RATE) -> np.ndarray:
    """Resample a whole float signal at once."""
    r = Resampler(rate_in, rate_out)
    return np.concatenate([r.process(x), r.flush()])


def to_int16(x: np.ndarray) -> np.ndarray:
    """Float samples in [-1, 1) to int16, clipping anything outside (and zeroing NaN)."""
    x = np.nan_to_num(np.asarray(x, dtype=np.float32), nan=0.0, posinf=1.0, neginf=-1.0)
    return np.clip(np.rint(x * 32768.0), -32768, 32767).astype(np.int16)


def downmix(frames: np.ndarray) -> np.ndarray:
    """(n, channels) float samples to mono by averaging the channels."""
    return frames[:, 0] if frames.shape[1] == 1 else frames.mean(axis=1, dtype=np.float32)
