"""IMA-ADPCM: the vectorised decoder equals the sequential reference, the decoder reproduces exactly what the
encoder reconstructed, and the quality on speech-like signals is what 4-bit ADPCM should give."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from firmware_bridge import adpcm
from firmware_bridge.adpcm import AdpcmState

int16_arrays = st.lists(st.integers(-32768, 32767), max_size=600).map(lambda v: np.array(v, dtype=np.int16))
states = st.builds(AdpcmState, st.integers(-32768, 32767), st.integers(0, 88))


def snr_db(clean: np.ndarray, decoded: np.ndarray) -> float:
    clean, decoded = clean.astype(np.float64), decoded.astype(np.float64)
    return 10 * np.log10(np.sum(clean**2) / max(np.sum((clean - decoded) ** 2), 1e-9))


@settings(max_examples=300, deadline=None)
@given(samples=int16_arrays, state=states)
def test_decoder_reproduces_the_encoders_reconstruction(samples, state):
    data, after = adpcm.encode(samples, state)
    assert len(data) == adpcm.encoded_size(len(samples))
    fast = adpcm.decode(data, len(samples), state)
    reference, reference_after = adpcm.decode_sequential(data, len(samples), state)
    np.testing.assert_array_equal(fast, reference)
    assert reference_after == after  # the state the encoder carries into the next frame is the decoder's state
    if len(samples) % 2:
        assert data[-1] >> 4 == 0  # an unused high nibble is zero


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), state=states)
def test_vectorised_decode_matches_reference_on_any_bytes(data, state):
    count = 2 * len(data)
    np.testing.assert_array_equal(adpcm.decode(data, count, state), adpcm.decode_sequential(data, count, state)[0])


@settings(max_examples=60, deadline=None)
@given(
    frequency=st.floats(60, 3500),
    amplitude=st.floats(500, 20000),
    phase=st.floats(0, 6.28),
)
def test_error_is_bounded_on_tones(frequency, amplitude, phase):
    t = np.arange(4000) / 16000
    x = np.round(amplitude * np.sin(2 * np.pi * frequency * t + phase)).astype(np.int16)
    data, _ = adpcm.encode(x)
    y = adpcm.decode(data, len(x))
    settled = slice(400, None)  # the step size needs a few ms to adapt from index 0
    # 4-bit ADPCM loses about 6 dB per octave: ~50 dB at 60 Hz, ~19 dB at 3.5 kHz.
    assert snr_db(x[settled], y[settled]) > (30 if frequency < 400 else 16)
    # Per-sample error stays a fraction of the signal's largest step between samples (no slope overload runaway).
    slope = 2 * np.pi * frequency * amplitude / 16000
    assert np.max(np.abs(x[settled].astype(int) - y[settled])) <= 0.25 * slope + 32


def test_speech_quality(tmp_path):
    wav = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), "edge keeps every word on the device"], check=True)
    import wave

    with wave.open(str(wav)) as f:
        x = np.frombuffer(f.readframes(f.getnframes()), dtype="<i2").astype(np.int16)
    data, _ = adpcm.encode(x)
    assert len(data) * 4 == pytest.approx(2 * len(x), abs=4)  # 4:1 against PCM16
    assert snr_db(x, adpcm.decode(data, len(x))) > 20


def test_saturating_signal_clamps_like_the_reference():
    x = np.tile(np.array([32767] * 5 + [-32768] * 5, dtype=np.int16), 50)
    state = AdpcmState(32000, 88)
    data, _ = adpcm.encode(x, state)
    fast = adpcm.decode(data, len(x), state)
    np.testing.assert_array_equal(fast, adpcm.decode_sequential(data, len(x), state)[0])
    assert fast.max() == 32767 and fast.min() == -32768


def test_bad_inputs_raise():
    with pytest.raises(ValueError):
        adpcm.encode(np.zeros(4, dtype=np.float32))
    with pytest.raises(ValueError):
        adpcm.decode(b"\x00", 3)
    with pytest.raises(ValueError):
        AdpcmState(0, 89)
