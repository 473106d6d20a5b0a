"""Test speech for the ASR tests: espeak-ng synthesis resampled by sox, all in memory (nothing on disk)."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from edge.audio.source import AudioSource
from edge.types import Samples
from tests.conftest import LIBRIVOX


class MemorySource(AudioSource):
    """16 kHz int16 samples from memory, in 30 ms chunks, as a pipeline source."""

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples

    def _chunks(self) -> Iterator[Samples]:
        for start in range(0, self.samples.size, 480):
            yield self.samples[start : start + 480]


def need_tools() -> None:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (apt-get install espeak-ng sox)")


def synthesize(text: str, voice: str = "en-us", speed: int = 160) -> np.ndarray:
    """`text` spoken by espeak-ng as 16 kHz mono int16 samples; the same every time (sox -D: no dither)."""
    need_tools()
    speech = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "--stdout", text], check=True, capture_output=True
    ).stdout
    resampled = subprocess.run(
        ["sox", "-D", "-t", "wav", "-", "-t", "wav", "-r", "16000", "-c", "1", "-b", "16", "-"],
        input=speech,
        check=True,
        capture_output=True,
    ).stdout
    return wav_samples(resampled)


def wav_samples(data: bytes | Path) -> np.ndarray:
    """16 kHz mono 16-bit WAV (bytes or a path) as int16 samples."""
    with wave.open(io.BytesIO(data) if isinstance(data, bytes) else str(data)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2), "want 16 kHz mono s16"
        frames = wav.readframes(wav.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.int16)


def librivox_corpus(folder: Path = LIBRIVOX) -> list[tuple[str, Path]]:
    """(reference text, wav path) pairs from pocketsphinx-testdata's `transcription` file (`<s> TEXT </s> (ID)`)."""
    listing = folder / "transcription"
    if not listing.is_file():
        pytest.skip(f"{listing} not found: apt-get install pocketsphinx-testdata for real speech tests")
    corpus = []
    for line in listing.read_text().splitlines():
        if not line.strip():
            continue
        text, _, file_id = line.rpartition("(")
        text = text.replace("<s>", "").replace("</s>", "").strip()
        corpus.append((text, folder / f"{file_id.strip(' )')}.wav"))
    return corpus
