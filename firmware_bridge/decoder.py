"""Incremental frame decoder: feed it any byte chunks, get whole frames back.

It hunts for the sync word, waits for the declared length, checks the CRC and drops what fails, rescanning from
the byte after a false sync so a real frame hidden behind garbage is still found. It tracks sequence numbers
(mod 2**16) to count lost and duplicated frames. Memory is bounded: at most `chunk_size` fed bytes plus one
partial frame are ever buffered. Bad input never raises; it is counted in `stats`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from firmware_bridge.crc import crc16
from firmware_bridge.errors import DecoderUsageError, FrameDecodeError
from firmware_bridge.frames import (
    CRC_SIZE,
    HEADER_SIZE,
    MAX_PAYLOAD_SIZE,
    MESSAGE_TYPES,
    SEQ_MODULO,
    SYNC,
    VERSION,
    Frame,
    FrameType,
    decode_payload,
)

_STALE_BEFORE_RESYNC = 3  # consecutive "old" sequence numbers after which the sender is taken to have restarted


@dataclass
class DecoderStats:
    bytes_in: int = 0
    frames: int = 0  # frames returned
    garbage_bytes: int = 0  # bytes skipped while hunting for a frame
    crc_errors: int = 0  # sync candidates whose CRC did not match (corrupted frames or false syncs)
    truncated: int = 0  # partial frames dropped at `finish()`
    unsupported_version: int = 0
    unknown_type: int = 0
    malformed: int = 0  # valid CRC, payload that does not parse
    seq_gaps: int = 0  # times the sequence number jumped forward
    frames_lost: int = 0  # sequence numbers skipped in those jumps
    duplicates: int = 0  # frames with an already-seen sequence number, dropped
    seq_resets: int = 0  # sender restarted its numbering without a HELLO

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class FrameDecoder:
    """Bytes in, `Frame`s out. `feed()` as data arrives, `finish()` at end of stream."""

    def __init__(self, *, chunk_size: int = 4096) -> None:
        self.chunk_size = max(chunk_size, 1)
        self.stats = DecoderStats()
        self._buffer = bytearray()
        self._expected_seq: int | None = None
        self._stale_run = 0

    @property
    def buffered(self) -> int:
        """Bytes held back waiting for the rest of a frame (always < MAX_FRAME_SIZE between calls)."""
        return len(self._buffer)

    def feed(self, data: bytes | bytearray | memoryview) -> list[Frame]:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise DecoderUsageError(
                f"feed() takes bytes, got {type(data).__name__}; encode text or read the stream in binary mode"
            )
        view = memoryview(data).cast("B")
        self.stats.bytes_in += len(view)
        frames: list[Frame] = []
        for start in range(0, len(view), self.chunk_size):
            self._buffer += view[start : start + self.chunk_size]
            self._parse(frames, final=False)
        return frames

    def finish(self) -> list[Frame]:
        """End of stream: drop a trailing partial frame, but still find whole frames hidden behind a false sync."""
        frames: list[Frame] = []
        self._parse(frames, final=True)
        return frames

    def reset_sequence(self) -> None:
        self._expected_seq = None
        self._stale_run = 0

    def _parse(self, frames: list[Frame], *, final: bool) -> None:
        buf, stats = self._buffer, self.stats
        pos, size = 0, len(buf)
        while pos < size:
            start = buf.find(SYNC, pos)
            if start < 0:
                keep = 1 if buf[size - 1] == SYNC[0] and not final else 0  # maybe the first half of a sync word
                stats.garbage_bytes += size - keep - pos
                pos = size - keep
                break
            stats.garbage_bytes += start - pos
            pos = start
            if size - pos < HEADER_SIZE:
                if not final:
                    break
                stats.truncated += 1
                stats.garbage_bytes += 1
                pos += 1
                continue
            length = buf[pos + HEADER_SIZE - 1]
            if length > MAX_PAYLOAD_SIZE:  # cannot be a frame: skip this sync byte
                stats.garbage_bytes += 1
                pos += 1
                continue
            end = pos + HEADER_SIZE + length + CRC_SIZE
            if end > size:
                if not final:
                    break
                stats.truncated += 1
                stats.garbage_bytes += 1
                pos += 1
                continue
            body = bytes(buf[pos : end - CRC_SIZE])
            if crc16(body) != buf[end - 2] | (buf[end - 1] << 8):
                stats.crc_errors += 1
                stats.garbage_bytes += 1
                pos += 1
                continue
            pos = end
            frame = self._frame(body)
            if frame is not None:
                stats.frames += 1
                frames.append(frame)
        del buf[:pos]

    def _frame(self, body: bytes) -> Frame | None:
        """A CRC-valid frame body -> Frame, or None when it is dropped (and counted)."""
        stats = self.stats
        version, frame_type = body[2], body[3]
        seq = body[4] | (body[5] << 8)
        timestamp = int.from_bytes(body[6:10], "little")
        if version != VERSION:
            stats.unsupported_version += 1
            return None
        if not self._accept_seq(seq, frame_type == FrameType.HELLO):
            return None
        if frame_type not in MESSAGE_TYPES:
            stats.unknown_type += 1
            return None
        try:
            message = decode_payload(frame_type, body[HEADER_SIZE:])
        except FrameDecodeError:
            stats.malformed += 1
            return None
        return Frame(message, seq, timestamp, version)

    def _accept_seq(self, seq: int, is_hello: bool) -> bool:
        expected = self._expected_seq
        if is_hello or expected is None:
            self._expected_seq, self._stale_run = (seq + 1) % SEQ_MODULO, 0
            return True
        ahead = (seq - expected) % SEQ_MODULO
        if ahead < SEQ_MODULO // 2:
            if ahead:
                self.stats.seq_gaps += 1
                self.stats.frames_lost += ahead
            self._expected_seq, self._stale_run = (seq + 1) % SEQ_MODULO, 0
            return True
        self._stale_run += 1
        if self._stale_run >= _STALE_BEFORE_RESYNC:
            self.stats.seq_resets += 1
            self._expected_seq, self._stale_run = (seq + 1) % SEQ_MODULO, 0
            return True
        self.stats.duplicates += 1
        return False
