"""WAV reading for every common layout, streamed: RIFF/RF64 chunks parsed here (Python's `wave` reads neither
float nor WAVE_FORMAT_EXTENSIBLE files), samples decoded to float, downmixed, resampled to 16 kHz int16.

Supported: integer PCM 8/16/24/32-bit, IEEE float 32/64-bit, G.711 A-law and mu-law, any channel count,
4-384 kHz, plain or WAVE_FORMAT_EXTENSIBLE headers.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from edge.audio.resample import Resampler, downmix, to_int16
from edge.audio.source import AudioSource, Rechunker
from edge.errors import AudioError
from edge.types import SAMPLE_RATE, Samples

log = logging.getLogger("edge.audio")

MIN_RATE, MAX_RATE = 4_000, 384_000
PCM, IEEE_FLOAT, ALAW, MULAW, EXTENSIBLE = 0x0001, 0x0003, 0x0006, 0x0007, 0xFFFE
_FORMAT_NAMES = {0x0002: "MS ADPCM", 0x0011: "IMA ADPCM", 0x0055: "MP3", 0x0031: "GSM 6.10", 0x0050: "MPEG"}
_STREAMED_SIZES = (0, 0xFFFFFFFF)  # data sizes written by recorders that could not seek back to fix the header
_READ_FRAMES = 16_384  # frames decoded per step: bounded memory for any file size
_FIX = "re-export it as 16-bit PCM WAV, e.g. `sox IN -b 16 OUT.wav`"
_AGAIN = "the file is incomplete (an interrupted copy or recording?); copy or record it again"


@dataclass(frozen=True)
class WavFormat:
    """What the header says about the samples."""

    encoding: int  # PCM, IEEE_FLOAT, ALAW or MULAW (the sub-format for extensible files)
    channels: int
    rate: int
    bits: int  # container bits per sample (8, 16, 24, 32, 64)
    block_align: int  # bytes per frame (all channels)
    data_bytes: int | None  # None: unknown, read to the end of the stream

    @property
    def frames(self) -> int | None:
        return None if self.data_bytes is None else self.data_bytes // self.block_align

    @property
    def duration(self) -> float | None:
        return None if self.frames is None else self.frames / self.rate


def _read_exact(stream: BinaryIO, n: int, what: str, name: str) -> bytes:
    data = stream.read(n)
    if len(data) < n:
        raise AudioError(f"{name}: truncated WAV ({what} cut short); {_AGAIN}")
    return data


def read_header(stream: BinaryIO, name: str = "input", prefix: bytes = b"") -> WavFormat:
    """Parse the RIFF header up to the start of the sample data; the stream is left positioned there."""
    head = prefix + stream.read(12 - len(prefix))
    if not head:
        raise AudioError(f"{name}: the file is empty; record or pick a WAV file with audio in it")
    riff = head[:4]
    if riff in (b"RIFF", b"RF64") and len(head) < 12:
        raise AudioError(f"{name}: truncated WAV (header cut short); {_AGAIN}")
    if riff not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        if riff == b"RIFX":
            raise AudioError(f"{name}: big-endian RIFX WAV is not supported; {_FIX}")
        raise AudioError(
            f"{name}: not a WAV file ({_sniff(head)}); convert it first, e.g. `ffmpeg -i IN -ar 16000 -ac 1 OUT.wav`"
        )
    fmt: tuple[int, int, int, int, int] | None = None
    rf64_data_size: int | None = None
    while True:
        chunk_head = stream.read(8)
        if len(chunk_head) < 8:
            if fmt is None:
                raise AudioError(f"{name}: truncated WAV (no 'fmt ' chunk before the end); {_AGAIN}")
            raise AudioError(f"{name}: WAV has no 'data' chunk (no samples); {_AGAIN}")
        chunk_id, size = chunk_head[:4], struct.unpack("<I", chunk_head[4:])[0]
        if chunk_id == b"fmt ":
            fmt = _parse_fmt(_read_exact(stream, size + (size & 1), "'fmt ' chunk", name)[:size], name)
        elif chunk_id == b"ds64":
            body = _read_exact(stream, size + (size & 1), "'ds64' chunk", name)
            if size < 16:
                raise AudioError(f"{name}: corrupt RF64 'ds64' chunk; {_FIX}")
            rf64_data_size = struct.unpack("<Q", body[8:16])[0]
        elif chunk_id == b"data":
            if fmt is None:
                raise AudioError(f"{name}: WAV 'data' chunk comes before its 'fmt ' chunk; {_FIX}")
            if riff == b"RF64" and size == 0xFFFFFFFF and rf64_data_size is not None:
                data_bytes: int | None = rf64_data_size
            else:
                data_bytes = None if size in _STREAMED_SIZES else size
            encoding, channels, rate, bits, block_align = fmt
            return WavFormat(encoding, channels, rate, bits, block_align, data_bytes)
        else:  # LIST, fact, cue, bext, JUNK, ...: skip
            _skip(stream, size + (size & 1), name)


def _skip(stream: BinaryIO, n: int, name: str) -> None:
    try:
        if stream.seekable():
            here = stream.tell()
            stream.seek(n, 1)
            if stream.tell() == here + n:
                return
    except (OSError, ValueError):
        pass
    while n > 0:
        got = stream.read(min(n, 1 << 16))
        if not got:
            raise AudioError(f"{name}: truncated WAV (a chunk runs past the end of the file); {_AGAIN}")
        n -= len(got)


def _parse_fmt(body: bytes, name: str) -> tuple[int, int, int, int, int]:
    if len(body) < 16:
        raise AudioError(f"{name}: corrupt WAV 'fmt ' chunk ({len(body)} bytes, needs 16); {_FIX}")
    tag, channels, rate, _byte_rate, block_align, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == EXTENSIBLE:
        if len(body) < 40:
            raise AudioError(f"{name}: corrupt WAVE_FORMAT_EXTENSIBLE header ({len(body)} bytes, needs 40); {_FIX}")
        tag = struct.unpack("<H", body[24:26])[0]  # the sub-format GUID starts with the format code
    if channels == 0:
        raise AudioError(f"{name}: WAV header says 0 channels; the file is corrupt, {_FIX}")
    if not MIN_RATE <= rate <= MAX_RATE:
        raise AudioError(
            f"{name}: absurd sample rate {rate} Hz in the WAV header (expected {MIN_RATE}-{MAX_RATE}); "
            f"the header is corrupt or the rate was mislabelled, {_FIX}"
        )
    supported = {PCM: (8, 16, 24, 32), IEEE_FLOAT: (32, 64), ALAW: (8,), MULAW: (8,)}
    if tag not in supported:
        what = _FORMAT_NAMES.get(tag, f"format code 0x{tag:04x}")
        raise AudioError(f"{name}: unsupported WAV encoding ({what}); {_FIX}")
    container = 8 * (block_align // channels) if block_align % channels == 0 else 0
    if container not in supported[tag] or bits > container or bits == 0:
        kind = {PCM: "integer", IEEE_FLOAT: "float", ALAW: "A-law", MULAW: "mu-law"}[tag]
        raise AudioError(
            f"{name}: unsupported sample format ({bits}-bit {kind} in {block_align}-byte frames of "
            f"{channels} channel(s)); {_FIX}"
        )
    return tag, channels, rate, container, block_align


def _sniff(head: bytes) -> str:
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "looks like MP3"
    for magic, kind in ((b"OggS", "Ogg"), (b"fLaC", "FLAC"), (b"FORM", "AIFF"), (b"\x1aE\xdf\xa3", "WebM/Matroska")):
        if head.startswith(magic):
            return f"looks like {kind}"
    if head[4:8] == b"ftyp":
        return "looks like MP4/M4A"
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return "looks like text"
    return "no RIFF/WAVE header"


def _alaw_table() -> np.ndarray:
    codes = np.arange(256, dtype=np.int32) ^ 0x55
    exponent, mantissa = (codes >> 4) & 7, codes & 15
    magnitude = np.where(exponent == 0, (mantissa << 4) + 8, ((mantissa << 4) + 0x108) << np.maximum(exponent - 1, 0))
    return (np.where(codes & 0x80, magnitude, -magnitude) / 32768.0).astype(np.float32)


def _mulaw_table() -> np.ndarray:
    codes = ~np.arange(256, dtype=np.int32) & 0xFF
    exponent, mantissa = (codes >> 4) & 7, codes & 15
    magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84
    return (np.where(codes & 0x80, -magnitude, magnitude) / 32768.0).astype(np.float32)


def decode_frames(raw: bytes, fmt: WavFormat) -> np.ndarray:
    """Raw little-endian frames to float32 (n, channels) in [-1, 1]."""
    width = fmt.bits // 8
    if fmt.encoding == IEEE_FLOAT:
        x = np.frombuffer(raw, dtype="<f4" if width == 4 else "<f8").astype(np.float32)
    elif fmt.encoding in (ALAW, MULAW):
        x = (_alaw_table() if fmt.encoding == ALAW else _mulaw_table())[np.frombuffer(raw, dtype=np.uint8)]
    elif width == 1:  # 8-bit PCM is unsigned
        x = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        x = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        x = ((b[:, 0] << 8 | b[:, 1] << 16 | b[:, 2] << 24) >> 8).astype(np.float32) / 8388608.0
    else:
        x = (np.frombuffer(raw, dtype="<i4").astype(np.float64) / 2147483648.0).astype(np.float32)
    return x.reshape(-1, fmt.channels)


def iter_wav_samples(stream: BinaryIO, fmt: WavFormat, name: str = "input") -> Iterator[Samples]:
    """Decode, downmix, resample and convert the data of a stream positioned at its samples, block by block."""
    resampler = Resampler(fmt.rate, SAMPLE_RATE)
    remaining = fmt.data_bytes
    tail = b""
    while remaining is None or remaining > 0:
        want = _READ_FRAMES * fmt.block_align
        if remaining is not None:
            want = min(want, remaining)
        raw = stream.read(want)
        if not raw:
            break
        if remaining is not None:
            remaining -= len(raw)
        raw = tail + raw
        usable = len(raw) - len(raw) % fmt.block_align
        raw, tail = raw[:usable], raw[usable:]
        if raw:
            yield to_int16(resampler.process(downmix(decode_frames(raw, fmt))))
    if remaining:
        raise AudioError(f"{name}: truncated WAV ({remaining} bytes of audio missing at the end); {_AGAIN}")
    if tail:
        log.warning("%s: dropped %d stray bytes after the last whole audio frame", name, len(tail))
    yield to_int16(resampler.flush())


class WavFileSource(AudioSource):
    """A WAV file read in blocks (never loaded whole) and delivered as 16 kHz mono int16 chunks."""

    realtime = False

    def __init__(self, path: Path | str, *, chunk_size: int = 480) -> None:
        self.path = Path(path)
        self.name = str(path)
        self.chunk_size = chunk_size
        if not self.path.exists():
            raise AudioError(f"{path}: no such file; check the path (or use 'mic' or '-' for stdin)")
        if self.path.is_dir():
            raise AudioError(f"{path}: is a directory, not a WAV file; pass one .wav file")
        try:
            self._file: BinaryIO | None = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except OSError as err:
            raise AudioError(f"{path}: cannot open ({err.strerror}); check its permissions") from None
        try:
            self.format = read_header(self._file, self.name)
            self._check_size()
        except BaseException:
            self.close()
            raise

    def _check_size(self) -> None:
        assert self._file is not None
        fmt = self.format
        available = self.path.stat().st_size - self._file.tell()
        if fmt.data_bytes is None:  # streamed header: the data runs to the end of the file
            self.format = fmt = WavFormat(fmt.encoding, fmt.channels, fmt.rate, fmt.bits, fmt.block_align, available)
        elif fmt.data_bytes > available:
            raise AudioError(
                f"{self.name}: truncated WAV (header promises {fmt.data_bytes} bytes of audio, file holds "
                f"{available}); {_AGAIN}"
            )
        if (fmt.data_bytes or 0) < fmt.block_align:
            raise AudioError(f"{self.name}: WAV holds no samples; record or pick a file with audio in it")

    def _chunks(self) -> Iterator[Samples]:
        if self._file is None:
            raise AudioError(f"{self.name}: the source was closed; open it again")
        rechunk = Rechunker(self.chunk_size)
        try:
            for block in iter_wav_samples(self._file, self.format, self.name):
                yield from rechunk.push(block)
            yield from rechunk.flush()
        finally:
            self.close()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def read_wav(path: Path | str) -> Samples:
    """A whole WAV file as one 16 kHz mono int16 array."""
    with WavFileSource(path, chunk_size=SAMPLE_RATE) as source:
        blocks = list(source)
    return np.concatenate(blocks) if blocks else np.zeros(0, np.int16)
