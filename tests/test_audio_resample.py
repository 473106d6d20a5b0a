"""The streaming resampler: chunking never changes the output, lengths are exact, the passband is flat and
everything above the new Nyquist frequency is removed."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edge.audio.resample import Resampler, downmix, resample, to_int16


def tone(freq: float, rate: int, seconds: float = 1.0, amp: float = 0.5) -> np.ndarray:
    return (amp * np.sin(2 * np.pi * freq * np.arange(int(rate * seconds)) / rate)).astype(np.float32)


@settings(max_examples=25, deadline=None)
@given(
    rate=st.sampled_from([8000, 11025, 22050, 44100, 48000, 96000, 12345]),
    cuts=st.lists(st.integers(min_value=0, max_value=20000), max_size=6),
)
def test_chunking_does_not_change_the_output(rate: int, cuts: list[int]) -> None:
    x = np.random.default_rng(rate).normal(0, 0.2, 20000).astype(np.float32)
    r = Resampler(rate)
    bounds = [0, *sorted(cuts), x.size]
    pieces = [r.process(x[a:b]) for a, b in zip(bounds[:-1], bounds[1:])] + [r.flush()]
    streamed = np.concatenate(pieces)
    assert streamed.size == round(x.size * 16000 / rate)
    assert np.allclose(streamed, resample(x, rate), atol=1e-6)


@pytest.mark.parametrize("rate", [8000, 11025, 22050, 44100, 48000, 96000, 192000, 44101])
def test_passband_is_flat_and_in_tune(rate: int) -> None:
    for freq in (200.0, 1000.0, min(3500.0, 0.4 * rate), 6500.0 if rate >= 16000 else 3000.0):
        y = resample(tone(freq, rate), rate)[400:-400]
        ref = 0.5 * np.sin(2 * np.pi * freq * (np.arange(y.size) + 400) / 16000)
        err = y - ref
        assert 10 * np.log10(np.sum(ref**2) / np.sum(err**2)) > 60, (rate, freq)


@pytest.mark.parametrize("rate", [22050, 44100, 48000, 96000])
@pytest.mark.parametrize("freq", [8600.0, 10000.0, 11000.0])
def test_above_nyquist_is_suppressed(rate: int, freq: float) -> None:
    y = resample(tone(freq, rate), rate)[400:-400]
    assert 20 * np.log10(np.sqrt(np.mean(y**2)) / (0.5 / np.sqrt(2))) < -60  # no alias at 16000 - freq


def test_16k_is_a_passthrough() -> None:
    x = tone(440, 16000)
    r = Resampler(16000)
    assert np.array_equal(r.process(x), x) and r.flush().size == 0


def test_int16_conversion_clips_and_rounds() -> None:
    got = to_int16(np.array([0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, np.nan, np.inf, 1 / 32768], dtype=np.float32))
    assert got.tolist() == [0, 16384, -16384, 32767, -32768, 32767, -32768, 0, 32767, 1]


def test_downmix_averages_channels() -> None:
    frames = np.array([[1.0, 0.0, -0.4], [0.3, 0.3, 0.3]], dtype=np.float32)
    assert np.allclose(downmix(frames), [0.2, 0.3])
