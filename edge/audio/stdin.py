"""Audio piped in on stdin: raw s16le 16 kHz mono (`arecord -f S16_LE -r 16000 -c 1 | edge run -`), or a WAV stream."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import BinaryIO

import numpy as np

from edge.audio.source import AudioSource, Rechunker
from edge.audio.wav import iter_wav_samples, read_header
from edge.errors import AudioError
from edge.types import Samples

log = logging.getLogger("edge.audio")


class StdinSource(AudioSource):
    """Raw little-endian int16 16 kHz mono from a pipe. A stream that starts with a RIFF header is read as WAV
    (any layout), so `sox in.flac -t wav - | edge run -` works too."""

    name = "stdin"
    realtime = False

    def __init__(self, stream: BinaryIO | None = None, *, chunk_size: int = 480) -> None:
        self._stream = stream if stream is not None else sys.stdin.buffer
        self.chunk_size = chunk_size
        self.dropped_odd_byte = False

    def _chunks(self) -> Iterator[Samples]:
        head = self._stream.read(4)
        if head in (b"RIFF", b"RF64"):
            fmt = read_header(self._stream, self.name, prefix=head)
            rechunk = Rechunker(self.chunk_size)
            for block in iter_wav_samples(self._stream, fmt, self.name):
                yield from rechunk.push(block)
            yield from rechunk.flush()
            return
        yield from self._raw(head)

    def _raw(self, pending: bytes) -> Iterator[Samples]:
        want = 2 * self.chunk_size
        delivered = False
        while True:
            data = _read_up_to(self._stream, want - len(pending))
            pending += data
            if len(pending) >= want or (not data and pending):
                usable = len(pending) - len(pending) % 2
                if usable:
                    delivered = True
                    yield np.frombuffer(pending[:usable], dtype="<i2").astype(np.int16)
                pending = pending[usable:]
            if not data:
                break
        if pending:
            self.dropped_odd_byte = True
            log.warning("stdin ended with an odd byte; dropped it (raw input must be 16-bit s16le samples)")
        if not delivered:
            raise AudioError(
                "stdin: no audio arrived; pipe raw s16le 16 kHz mono into '-', e.g. "
                "`sox IN.wav -t raw -r 16000 -c 1 -b 16 -e signed - | edge run -`"
            )


def _read_up_to(stream: BinaryIO, n: int) -> bytes:
    """Up to n bytes, fewer only at the end of the stream (pipes hand over short reads)."""
    parts, got = [], 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)
