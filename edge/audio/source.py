"""The common audio source: an iterable of 16 kHz mono int16 chunks (concrete sources: `edge.audio.sources`)."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import TypeVar

import numpy as np

from edge.errors import UsageError
from edge.types import SAMPLE_RATE, Samples

_Source = TypeVar("_Source", bound="AudioSource")


class AudioSource:
    """Base of every source. Subclasses implement `_chunks()` (and `close()` if they hold a resource).

    `realtime` is True when audio arrives at wall-clock pace (microphone, glasses link): a slow consumer then
    loses audio, so it should keep up. File and pipe sources are read as fast as the consumer asks.
    """

    name: str = "audio"
    realtime: bool = False

    def __iter__(self) -> Iterator[Samples]:
        return self._chunks()

    def _chunks(self) -> Iterator[Samples]:  # pragma: no cover - abstract
        raise NotImplementedError

    def indicate_capture(self, active: bool) -> None:
        """Tell the capture device whether speech is being captured (the glasses' LED). No-op by default."""

    def close(self) -> None:
        """Release the device or file. Safe to call twice."""

    def __enter__(self: _Source) -> _Source:  # a subclass keeps its own type in `with ... as source`
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Rechunker:
    """Turns int16 blocks of any length into chunks of exactly `size` samples (the last one may be shorter)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pending: list[np.ndarray] = []
        self._count = 0

    def push(self, block: np.ndarray) -> Iterator[Samples]:
        if block.size:
            self._pending.append(block)
            self._count += block.size
        if self._count < self.size:
            return
        joined = np.concatenate(self._pending) if len(self._pending) > 1 else self._pending[0]
        full = (joined.size // self.size) * self.size
        for start in range(0, full, self.size):
            yield joined[start : start + self.size].copy()
        rest = joined[full:]
        self._pending = [rest] if rest.size else []
        self._count = rest.size

    def flush(self) -> Iterator[Samples]:
        if self._count:
            yield np.concatenate(self._pending).astype(np.int16, copy=False)
        self._pending, self._count = [], 0


def chunk_samples(chunk_ms: int) -> int:
    """Samples per chunk at 16 kHz; rejects sizes that make no sense for streaming."""
    if not 1 <= chunk_ms <= 1000:
        raise UsageError(f"chunk size {chunk_ms} ms is out of range; use 1 to 1000 ms (30 is a good default)")
    return SAMPLE_RATE * chunk_ms // 1000
