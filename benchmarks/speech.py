"""Test speech made at run time with espeak-ng (resampled to 16 kHz int16 by sox), kept in memory only."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np

from benchmarks.stats import Unavailable

SAMPLE_RATE = 16_000

# About five seconds (5.3 s English, 5.8 s Korean) of speech each at espeak-ng's default rate; topical on purpose so the classifier has work.
ENGLISH = "I am looking for a light pair of running shoes for the marathon next spring, with extra cushioning."
KOREAN = "다음 주말에 친구들과 제주도로 여행을 가서 바다에서 수영할 계획입니다."
"""Korean for "Next weekend I plan to travel to Jeju island with friends and swim in the sea"."""


def synthesize(text: str, voice: str = "en-us", *, rate_wpm: int = 160) -> np.ndarray:
    """16 kHz mono int16 speech for `text` (espeak-ng voice `voice`)."""
    for tool, package in (("espeak-ng", "espeak-ng"), ("sox", "sox")):
        if shutil.which(tool) is None:
            raise Unavailable(f"{tool} not installed (Debian: apt-get install {package})")
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(rate_wpm), "--stdout", text], check=True, capture_output=True
    ).stdout
    raw = subprocess.run(
        ["sox", "-t", "wav", "-", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", "-e", "signed", "-t", "raw", "-"],
        input=wav,
        check=True,
        capture_output=True,
    ).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.int16)


def trim(samples: np.ndarray, threshold: int = 300) -> np.ndarray:
    """Cut leading and trailing near-silence, so "end of speech" is the last voiced sample."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > threshold)
    return samples[loud[0] : loud[-1] + 1] if loud.size else samples


def with_silence(speech: np.ndarray, before_s: float = 0.5, after_s: float = 1.5) -> np.ndarray:
    """Speech padded with digital silence, as a microphone stream around one utterance would look."""
    pad = lambda s: np.zeros(int(s * SAMPLE_RATE), dtype=np.int16)  # noqa: E731
    return np.concatenate([pad(before_s), speech, pad(after_s)])


def chunks(samples: np.ndarray, chunk_ms: int = 30) -> list[np.ndarray]:
    step = SAMPLE_RATE * chunk_ms // 1000
    return [samples[i : i + step] for i in range(0, len(samples), step)]
