"""WAV reading: every common layout round-trips to the right 16 kHz signal; every bad file is one clear AudioError."""

from __future__ import annotations

import shutil
import struct
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from edge.audio import open_source, read_wav
from edge.audio.wav import WavFileSource
from edge.errors import AudioError

TONES = ((440.0, 0.3), (1000.0, 0.25), (3000.0, 0.2))  # all below 8 kHz input's 4 kHz Nyquist


def signal(rate: int, seconds: float = 0.5, phase: float = 0.0) -> np.ndarray:
    t = np.arange(int(round(rate * seconds))) / rate
    return np.sum([a * np.sin(2 * np.pi * f * t + phase) for f, a in TONES], axis=0)


def snr_db(got: np.ndarray, want: np.ndarray, edge: int = 800) -> float:
    n = min(got.size, want.size)
    got, want = got[edge : n - edge], want[edge : n - edge]
    return float(10 * np.log10(np.sum(want**2) / max(np.sum((got - want) ** 2), 1e-20)))


def encode(x: np.ndarray, kind: str) -> tuple[bytes, int, int]:
    """Float (n, channels) samples to raw little-endian frames; returns (bytes, format code, container bits)."""
    if kind == "pcm8":
        return np.clip(np.rint(x * 128 + 128), 0, 255).astype(np.uint8).tobytes(), 1, 8
    if kind == "pcm16":
        return np.clip(np.rint(x * 32768), -32768, 32767).astype("<i2").tobytes(), 1, 16
    if kind in ("pcm24", "ext-pcm24"):
        v = np.clip(np.rint(x * 8388608), -8388608, 8388607).astype("<i4")
        return v.view(np.uint8).reshape(-1, 4)[:, :3].tobytes(), 1, 24
    if kind == "pcm32":
        return np.clip(np.rint(x * 2147483648.0), -2147483648, 2147483647).astype("<i4").tobytes(), 1, 32
    if kind in ("float32", "ext-float32"):
        return x.astype("<f4").tobytes(), 3, 32
    if kind == "float64":
        return x.astype("<f8").tobytes(), 3, 64
    raise ValueError(kind)


def write_wav(
    path: Path,
    x: np.ndarray,
    rate: int,
    kind: str = "pcm16",
    *,
    extra_chunks: bytes = b"",
    data_size: int | None = None,
    riff: bytes = b"RIFF",
) -> Path:
    """A small independent WAV writer (plain and WAVE_FORMAT_EXTENSIBLE headers)."""
    frames = x.reshape(len(x), -1)
    channels = frames.shape[1]
    data, code, bits = encode(frames, kind)
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", code, channels, rate, rate * block, block, bits)
    if kind.startswith("ext-"):
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt = struct.pack("<HHIIHH", 0xFFFE, channels, rate, rate * block, block, bits)
        fmt += struct.pack("<HHI", 22, bits, (1 << channels) - 1) + struct.pack("<H", code) + guid_tail
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra_chunks
    body += b"data" + struct.pack("<I", len(data) if data_size is None else data_size) + data
    path.write_bytes(riff + struct.pack("<I", len(body)) + body)
    return path


# --- layouts --------------------------------------------------------------------------------------

KINDS = ["pcm8", "pcm16", "pcm24", "pcm32", "float32", "float64", "ext-pcm24", "ext-float32"]
MIN_SNR = {"pcm8": 30.0, "pcm16": 70.0}


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050, 32000, 44100, 48000, 96000])
@pytest.mark.parametrize("kind", KINDS)
def test_mono_layouts_give_the_reference_16k_signal(tmp_path: Path, rate: int, kind: str) -> None:
    path = write_wav(tmp_path / "in.wav", signal(rate), rate, kind)
    got = read_wav(path).astype(np.float64) / 32768
    want = signal(16000)
    assert read_wav(path).dtype == np.int16
    assert got.size == round(signal(rate).size * 16000 / rate)
    assert snr_db(got, want) > MIN_SNR.get(kind, 80.0)


@pytest.mark.parametrize("channels", [2, 3, 6])
@pytest.mark.parametrize("kind", ["pcm16", "pcm24", "float32", "ext-float32"])
def test_multichannel_is_averaged(tmp_path: Path, channels: int, kind: str) -> None:
    rate = 44100
    columns = [signal(rate, phase=0.7 * c) * (1.0 if c % 2 == 0 else 0.5) for c in range(channels)]
    path = write_wav(tmp_path / "multi.wav", np.stack(columns, axis=1) / 1.5, rate, kind)
    mix = [signal(16000, phase=0.7 * c) * (1.0 if c % 2 == 0 else 0.5) for c in range(channels)]
    want = np.sum(mix, axis=0) / channels / 1.5
    assert snr_db(read_wav(path) / 32768, want) > 65.0  # the quieter mix sits closer to int16 quantisation


def test_stereo_with_opposite_channels_cancels(tmp_path: Path) -> None:
    x = signal(48000)
    path = write_wav(tmp_path / "anti.wav", np.stack([x, -x], axis=1), 48000, "pcm16")
    assert np.abs(read_wav(path)).max() <= 1


def test_16k_mono_pcm16_is_bit_exact(tmp_path: Path) -> None:
    x = np.random.default_rng(0).integers(-32768, 32767, 16000, dtype=np.int16)
    path = tmp_path / "exact.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(x.tobytes())
    assert np.array_equal(read_wav(path), x)


def test_float_beyond_full_scale_is_clipped_not_wrapped(tmp_path: Path) -> None:
    x = np.concatenate([np.full(1600, 1.8), np.full(1600, -3.0), [np.nan] * 100, np.zeros(1600)])
    got = read_wav(write_wav(tmp_path / "hot.wav", x, 16000, "float32"))
    assert got[:1600].min() == 32767 and got[1600:3200].max() == -32768 and not got[3200:3300].any()


@pytest.mark.parametrize("rate_in", [44100, 48000, 22050, 8000])
def test_resampled_sine_keeps_its_frequency(tmp_path: Path, rate_in: int) -> None:
    freq = 1234.5 if rate_in > 8000 else 3100.0
    t = np.arange(rate_in * 2) / rate_in
    got = read_wav(write_wav(tmp_path / "sine.wav", 0.5 * np.sin(2 * np.pi * freq * t), rate_in, "pcm24"))
    spectrum = np.abs(np.fft.rfft(got * np.hanning(got.size)))
    peak = np.argmax(spectrum) * 16000 / got.size
    assert abs(peak - freq) < 1.0
    assert 0.49 < np.abs(got[1000:-1000]).max() / 32768 < 0.51  # passband gain is 1


def test_content_above_8khz_is_removed_not_aliased(tmp_path: Path) -> None:
    t = np.arange(48000) / 48000
    got = read_wav(write_wav(tmp_path / "high.wav", 0.8 * np.sin(2 * np.pi * 11000 * t), 48000, "float32"))
    assert np.sqrt(np.mean(got[800:-800].astype(float) ** 2)) < 3  # an 11 kHz tone would alias to 5 kHz


@pytest.mark.parametrize("encoding", ["a-law", "u-law"])
def test_g711_files_from_sox(tmp_path: Path, encoding: str) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (CI installs it)")
    src = write_wav(tmp_path / "src.wav", signal(8000), 8000, "pcm16")
    out = tmp_path / "g711.wav"
    subprocess.run(["sox", str(src), "-e", encoding, str(out)], check=True)
    assert snr_db(read_wav(out) / 32768, signal(16000)) > 30


@pytest.mark.parametrize(
    ("args", "min_snr"),
    [
        (["-b", "24", "-r", "44100", "-c", "2"], 45.0),
        (["-b", "16", "-r", "48000", "-c", "6"], 45.0),
        (["-e", "floating-point", "-b", "32", "-r", "48000"], 45.0),
        (["-e", "floating-point", "-b", "64", "-r", "22050"], 45.0),
        (["-b", "8", "-r", "11025"], 30.0),
    ],
)
def test_files_written_by_sox_match_sox_own_conversion(tmp_path: Path, args: list[str], min_snr: float) -> None:
    """An independent writer: sox writes the layout (extensible headers where it uses them) and also converts it
    to 16 kHz mono itself; both readings must agree."""
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (CI installs it)")
    src = write_wav(tmp_path / "src.wav", signal(16000, seconds=1.0), 16000, "float32")
    layout, ref = tmp_path / "layout.wav", tmp_path / "ref.wav"
    subprocess.run(["sox", str(src), *args, str(layout)], check=True)
    subprocess.run(
        ["sox", str(layout), "-e", "floating-point", "-b", "32", "-r", "16000", "-c", "1", str(ref)], check=True
    )
    ours, theirs = read_wav(layout) / 32768, read_wav(ref) / 32768
    assert abs(ours.size - theirs.size) <= 1
    assert snr_db(ours, theirs) > min_snr  # two different resamplers agree closely


def test_unknown_chunks_and_odd_padding_are_skipped(tmp_path: Path) -> None:
    extra = b"LIST" + struct.pack("<I", 5) + b"INFOx\x00" + b"fact" + struct.pack("<I", 4) + b"\x00" * 4
    path = write_wav(tmp_path / "list.wav", signal(16000), 16000, "pcm16", extra_chunks=extra)
    assert snr_db(read_wav(path) / 32768, signal(16000)) > 70


@pytest.mark.parametrize("size", [0, 0xFFFFFFFF])
def test_streamed_header_without_size_reads_to_the_end(tmp_path: Path, size: int) -> None:
    path = write_wav(tmp_path / "streamed.wav", signal(16000), 16000, "pcm16", data_size=size)
    assert read_wav(path).size == 8000


def test_source_streams_fixed_chunks_without_loading_the_file(tmp_path: Path) -> None:
    x = signal(44100, seconds=30.0)
    path = write_wav(tmp_path / "long.wav", x, 44100, "pcm16")
    with open_source(str(path), chunk_ms=30) as source:
        assert isinstance(source, WavFileSource) and not source.realtime and source.name == str(path)
        chunks = iter(source)
        first = next(chunks)
        assert source._file is not None and source._file.tell() < path.stat().st_size / 4  # read lazily
        sizes = [first.size] + [c.size for c in chunks]
    assert set(sizes[:-1]) == {480} and 0 < sizes[-1] <= 480
    assert sum(sizes) == int(np.ceil(x.size * 16000 / 44100))


# --- bad input ------------------------------------------------------------------------------------


def good_bytes(tmp_path: Path) -> bytes:
    return write_wav(tmp_path / "good.wav", signal(16000), 16000, "pcm16").read_bytes()


def patch(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    return data[:offset] + struct.pack(fmt, value) + data[offset + struct.calcsize(fmt) :]


BAD_FILES = {
    "empty": (lambda d: b"", "empty"),
    "text": (lambda d: b"hello, this is just a text file\n", "not a WAV file (looks like text)"),
    "mp3": (lambda d: b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(400), "looks like MP3"),
    "riff-only": (lambda d: b"RIFF\x24\x00", "truncated"),
    "cut-in-fmt": (lambda d: d[:30], "truncated"),
    "cut-in-data": (lambda d: d[: len(d) // 2], "truncated"),
    "no-samples": (lambda d: patch(d[:44], 40, "<I", 0), "no samples"),
    "zero-channels": (lambda d: patch(d, 22, "<H", 0), "0 channels"),
    "rate-too-low": (lambda d: patch(d, 24, "<I", 1000), "absurd sample rate 1000 Hz"),
    "rate-too-high": (lambda d: patch(d, 24, "<I", 2_000_000), "absurd sample rate 2000000 Hz"),
    "adpcm": (lambda d: patch(d, 20, "<H", 2), "unsupported WAV encoding (MS ADPCM)"),
    "16-bit-float": (lambda d: patch(patch(d, 20, "<H", 3), 34, "<H", 16), "unsupported sample format"),
    "data-before-fmt": (lambda d: d[:12] + d[36:44] + d[12:36], "before its 'fmt ' chunk"),
    "no-data-chunk": (lambda d: d[:36], "no 'data' chunk"),
    "big-endian": (lambda d: b"RIFX" + d[4:], "RIFX"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_raise_one_clear_line(tmp_path: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.wav"
    path.write_bytes(make(good_bytes(tmp_path)))
    with pytest.raises(AudioError) as info:
        read_wav(path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and message.startswith(str(path))
    assert any(fix in message for fix in ("sox", "ffmpeg", "record")), message  # says how to fix it
    with pytest.raises(AudioError):  # the same through the source API, at open time
        list(open_source(str(path)))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="no such file"):
        open_source(str(tmp_path / "nope.wav"))
    with pytest.raises(AudioError, match="is a directory"):
        read_wav(tmp_path)


def test_real_non_wav_audio_file_is_named(tmp_path: Path) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (CI installs it)")
    src = write_wav(tmp_path / "src.wav", signal(16000), 16000, "pcm16")
    flac = tmp_path / "speech.wav"  # a FLAC file with a misleading name
    subprocess.run(["sox", str(src), "-t", "flac", str(flac)], check=True)
    with pytest.raises(AudioError, match="not a WAV file .looks like FLAC"):
        read_wav(flac)


def test_unsupported_codec_written_by_sox(tmp_path: Path) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (CI installs it)")
    src = write_wav(tmp_path / "src.wav", signal(16000), 16000, "pcm16")
    adpcm = tmp_path / "adpcm.wav"
    subprocess.run(["sox", str(src), "-e", "ima-adpcm", str(adpcm)], check=True)
    with pytest.raises(AudioError, match="unsupported WAV encoding .IMA ADPCM"):
        read_wav(adpcm)


def test_rf64_reads_the_size_from_ds64(tmp_path: Path) -> None:
    x = signal(16000)
    data = encode(x.reshape(-1, 1), "pcm16")[0]
    ds64 = b"ds64" + struct.pack("<IQQQI", 28, 0, len(data), len(x), 0)
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    body = b"WAVE" + ds64 + fmt + b"data" + struct.pack("<I", 0xFFFFFFFF) + data + b"JUNKtrailing"
    path = tmp_path / "rf64.wav"
    path.write_bytes(b"RF64" + struct.pack("<I", 0xFFFFFFFF) + body)
    assert np.array_equal(read_wav(path), np.clip(np.rint(x * 32768), -32768, 32767).astype(np.int16))
