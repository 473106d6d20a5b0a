"""Raw PCM (and WAV) piped in on stdin, through a real pipe into a real process and through the stream API."""

from __future__ import annotations

import io
import logging
import struct
import subprocess
import sys
import textwrap
from typing import BinaryIO, cast

import numpy as np
import pytest

from edge.audio import open_source
from edge.audio.stdin import StdinSource
from edge.errors import AudioError

READER = textwrap.dedent(
    """
    import sys, numpy as np
    from edge.audio import open_source
    from edge.errors import EdgeError
    try:
        with open_source("-", chunk_ms=20) as source:
            chunks = list(source)
    except EdgeError as err:
        print(err, file=sys.stderr)
        sys.exit(err.exit_code)
    x = np.concatenate(chunks)
    sizes = {c.size for c in chunks[:-1]}
    print(source.name, source.realtime, len(chunks), sizes, x.size, int(x.astype(np.int64).sum()))
    """
)


def pcm(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(-32768, 32767, n, dtype=np.int16)


def test_raw_pcm_through_a_real_pipe() -> None:
    x = pcm(16000 * 3 + 123)
    done = subprocess.run(
        [sys.executable, "-c", READER], input=x.astype("<i2").tobytes(), capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    name, realtime, chunks, sizes, total, checksum = done.stdout.decode().split(maxsplit=5)
    assert (name, realtime) == ("stdin", "False")
    assert sizes.strip() == "{320}" and int(total) == x.size
    assert int(checksum.split()[-1]) == int(x.astype(np.int64).sum())


def test_empty_stdin_is_one_clear_line() -> None:
    done = subprocess.run([sys.executable, "-c", READER], input=b"", capture_output=True, timeout=60)
    assert done.returncode == AudioError.exit_code
    message = done.stderr.decode().strip()
    assert "no audio arrived" in message and "\n" not in message and "Traceback" not in message


def test_chunks_are_exact_and_lossless() -> None:
    x = pcm(5000)
    chunks = list(StdinSource(io.BytesIO(x.tobytes()), chunk_size=480))
    assert [c.size for c in chunks] == [480] * 10 + [200]
    assert all(c.dtype == np.int16 for c in chunks)
    assert np.array_equal(np.concatenate(chunks), x)


class Trickle(io.RawIOBase):
    """A pipe that hands over a few bytes per read, at odd boundaries."""

    def __init__(self, data: bytes) -> None:
        self._data, self._pos = data, 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        step = min(n if n >= 0 else 7, 7)
        part = self._data[self._pos : self._pos + step]
        self._pos += len(part)
        return part


def test_short_reads_from_a_pipe_keep_sample_alignment() -> None:
    x = pcm(2001, seed=3)
    got = np.concatenate(list(StdinSource(cast(BinaryIO, Trickle(x.tobytes())), chunk_size=160)))
    assert np.array_equal(got, x)


def test_odd_trailing_byte_is_dropped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    x = pcm(1000)
    source = StdinSource(io.BytesIO(x.tobytes() + b"\x7f"), chunk_size=480)
    with caplog.at_level(logging.WARNING, logger="edge.audio"):
        got = np.concatenate(list(source))
    assert np.array_equal(got, x) and source.dropped_odd_byte
    assert any("odd byte" in r.getMessage() for r in caplog.records)


def test_a_single_byte_is_no_audio() -> None:
    with pytest.raises(AudioError, match="no audio arrived"):
        list(StdinSource(io.BytesIO(b"\x01")))


def test_wav_on_stdin_is_decoded(tmp_path) -> None:
    rate = 44100
    t = np.arange(rate) / rate
    stereo = np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.5 * np.sin(2 * np.pi * 440 * t)], axis=1)
    data = stereo.astype("<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 2, rate, rate * 8, 8, 32)
    wav = b"RIFF" + struct.pack("<I", 0) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt
    wav += b"data" + struct.pack("<I", 0xFFFFFFFF) + data  # as a streaming writer leaves it
    path = tmp_path / "piped.wav"
    path.write_bytes(wav)
    got = np.concatenate(list(StdinSource(io.BytesIO(wav))))
    from edge.audio import read_wav

    assert got.size == 16000 and np.array_equal(got, read_wav(path))
    spectrum = np.abs(np.fft.rfft(got.astype(float)))
    assert abs(np.argmax(spectrum) - 440) <= 1  # 1 s of audio: bin = Hz


def test_open_source_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    x = pcm(960)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(x.tobytes())))
    with open_source("-", chunk_ms=30) as source:
        assert isinstance(source, StdinSource)
        assert np.array_equal(np.concatenate(list(source)), x)
