"""The segmenter on real speech: espeak-ng sentences with pauses and noise, pocketsphinx's librivox recordings,
silence and noise. Utterance counts and boundaries are checked against the known layout of the signal."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from edge.audio import Segmenter, SegmenterConfig, read_wav
from edge.errors import ModelError, UsageError
from edge.types import SpeechAudio, SpeechEnded, SpeechPaused, SpeechStarted
from tests.conftest import LIBRIVOX

SENTENCES = [
    "Turn on the kitchen lights.",
    "What is the weather like in Paris tomorrow, and should I bring an umbrella?",
    "Remind me to call my sister at six.",
    "Play some relaxing jazz music in the living room.",
]


@dataclass
class Utt:
    start: float
    end: float
    audio: np.ndarray
    paused: list[int]  # samples of the utterance handed over at each SpeechPaused


def segment(x: np.ndarray, chunk: int = 480, config: SegmenterConfig | None = None) -> tuple[list[Utt], Segmenter]:
    """Run the segmenter like a pipeline does and check the event grammar on the way."""
    seg = Segmenter(config)
    events = []
    for i in range(0, x.size, chunk):
        events += list(seg.process(x[i : i + chunk]))
    events += list(seg.flush())
    utts: list[Utt] = []
    current: list[np.ndarray] | None = None
    paused_at: list[int] = []
    start = 0.0
    for e in events:
        if isinstance(e, SpeechStarted):
            assert current is None, "SpeechStarted inside an utterance"
            current, start = [], e.start
        elif isinstance(e, SpeechAudio):
            assert current is not None, "SpeechAudio outside an utterance"
            assert e.samples.dtype == np.int16 and e.samples.ndim == 1
            current.append(e.samples)
        elif isinstance(e, SpeechPaused):
            assert current is not None, "SpeechPaused outside an utterance"
            paused_at.append(sum(a.size for a in current))
            assert abs(e.at - (start + paused_at[-1] / 16000)) < 1e-6, "SpeechPaused.at is the end of the audio so far"
        else:
            assert isinstance(e, SpeechEnded) and current is not None
            utts.append(Utt(start, e.end, np.concatenate(current), paused_at))
            current, paused_at = None, []
    assert current is None, "utterance left open after flush"
    return utts, seg


def check_audio_matches_times(utts: list[Utt], x: np.ndarray) -> None:
    """Each utterance's audio is exactly the input between its start and end, and utterances never overlap."""
    previous_end = 0.0
    for u in utts:
        a, b = round(u.start * 16000), round(u.end * 16000)
        assert u.start >= previous_end - 1e-9 and b > a
        assert np.array_equal(u.audio, x[a:b])
        previous_end = u.end


def speak(text: str, path: Path) -> np.ndarray:
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True, capture_output=True)
    x = read_wav(path)
    loud = np.flatnonzero(np.abs(x) > 0.02 * np.abs(x).max())
    return x[loud[0] : loud[-1] + 1]  # speech only: the truth boundaries are its ends


@pytest.fixture(scope="module")
def sentences(tmp_path_factory: pytest.TempPathFactory) -> list[np.ndarray]:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (CI installs it)")
    folder = tmp_path_factory.mktemp("espeak")
    return [speak(text, folder / f"s{i}.wav") for i, text in enumerate(SENTENCES)]


def join(parts: list[np.ndarray], gap_s: float, lead_s: float = 1.0) -> tuple[np.ndarray, list[tuple[float, float]]]:
    out, truth, t = [np.zeros(int(lead_s * 16000), np.int16)], [], lead_s
    for p in parts:
        truth.append((t, t + p.size / 16000))
        out += [p, np.zeros(int(gap_s * 16000), np.int16)]
        t += p.size / 16000 + gap_s
    return np.concatenate(out), truth


def with_noise(x: np.ndarray, snr_db: float, *, gain_db: float = 0.0, pink: bool = False, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    speech = x.astype(np.float64)
    noise = rng.normal(size=x.size)
    if pink:  # -3 dB/octave-ish: integrate white noise and remove the drift
        noise = np.cumsum(noise)
        noise -= np.convolve(noise, np.ones(256) / 256, mode="same")
        noise /= noise.std()
    level = np.sqrt(np.mean(speech[np.abs(speech) > 100] ** 2))
    mixed = (speech + noise * level / 10 ** (snr_db / 20)) * 10 ** (gain_db / 20)
    return np.clip(np.rint(mixed), -32768, 32767).astype(np.int16)


def assert_boundaries(utts: list[Utt], truth: list[tuple[float, float]]) -> None:
    assert len(utts) == len(truth), f"{len(utts)} utterances for {len(truth)} sentences"
    for u, (start, end) in zip(utts, truth):
        assert start - 0.5 <= u.start <= start + 0.1, (u.start, start)
        assert end - 0.1 <= u.end <= end + 0.6, (u.end, end)


@pytest.mark.parametrize(
    ("snr_db", "gain_db", "pink"),
    [(None, 0.0, False), (20.0, 0.0, False), (10.0, 0.0, True), (15.0, -35.0, False), (5.0, 0.0, False)],
)
def test_one_utterance_per_sentence(
    sentences: list[np.ndarray], snr_db: float | None, gain_db: float, pink: bool
) -> None:
    x, truth = join(sentences, gap_s=1.0)
    if snr_db is not None:
        x = with_noise(x, snr_db, gain_db=gain_db, pink=pink)
    utts, _ = segment(x)
    assert_boundaries(utts, truth)
    check_audio_matches_times(utts, x)


def test_pauses_between_sentences_split(sentences: list[np.ndarray]) -> None:
    x, truth = join(sentences, gap_s=0.8)
    for seed, pink in ((1, False), (2, True)):
        utts, _ = segment(with_noise(x, 20.0, pink=pink, seed=seed))
        assert_boundaries(utts, truth)


def test_short_pauses_inside_a_sentence_do_not_split(sentences: list[np.ndarray]) -> None:
    """A speaker hesitating for 0.35 s mid-sentence stays in one utterance (a split there cuts words)."""
    halves = []
    for s in sentences[1:3]:
        quiet = np.flatnonzero(np.abs(s[s.size // 3 : 2 * s.size // 3]) < 300) + s.size // 3
        cut = int(quiet[quiet.size // 2]) if quiet.size else s.size // 2
        halves.append(np.concatenate([s[:cut], np.zeros(int(0.35 * 16000), np.int16), s[cut:]]))
    x, truth = join(halves, gap_s=1.0)
    utts, _ = segment(with_noise(x, 25.0, seed=3))
    assert_boundaries(utts, truth)


def test_a_pause_hands_over_exactly_the_audio_the_utterance_ends_with(sentences: list[np.ndarray]) -> None:
    """SpeechPaused lets a recognizer start on the final early; that is only right if, when the pause turns out to
    be the end, no audio follows it; when speech resumes the utterance simply goes on."""
    x, truth = join(sentences, gap_s=1.0)
    utts, _ = segment(with_noise(x, 20.0, seed=4))
    assert_boundaries(utts, truth)
    assert all(u.paused and u.paused[-1] == u.audio.size for u in utts)
    hesitant, _ = join([np.concatenate([sentences[0], np.zeros(int(0.35 * 16000), np.int16), sentences[2]])], 1.0)
    (one,) = segment(with_noise(hesitant, 25.0, seed=5))[0]
    assert len(one.paused) == 2 and one.paused[0] < one.paused[1] == one.audio.size


def test_chunk_size_does_not_change_the_result(sentences: list[np.ndarray]) -> None:
    x, _ = join(sentences[:2], gap_s=0.8)
    x = with_noise(x, 15.0)
    small, _ = segment(x, chunk=480)
    odd, _ = segment(x, chunk=7919)
    assert [(u.start, u.end) for u in small] == [(u.start, u.end) for u in odd]
    assert all(np.array_equal(a.audio, b.audio) for a, b in zip(small, odd))


def test_silence_costs_no_model_call() -> None:
    utts, seg = segment(np.zeros(16000 * 120, np.int16), chunk=1600)
    assert utts == [] and seg.model_frames == 0 and seg.gated_frames == 120 * 16000 // 512


@pytest.mark.parametrize("pink", [False, True])
def test_steady_noise_is_not_speech_and_mostly_skips_the_model(pink: bool) -> None:
    rng = np.random.default_rng(7)
    noise = rng.normal(size=16000 * 60)
    if pink:
        noise = np.cumsum(noise)
        noise -= np.convolve(noise, np.ones(256) / 256, mode="same")
        noise /= noise.std()
    x = np.clip(np.rint(noise * 300), -32768, 32767).astype(np.int16)
    utts, seg = segment(x, chunk=1600)
    assert utts == []
    assert seg.model_frames < 0.1 * (seg.model_frames + seg.gated_frames)


def test_speech_without_pauses_is_split_at_the_length_cap(sentences: list[np.ndarray]) -> None:
    x, _ = join(sentences + sentences, gap_s=0.0, lead_s=0.5)
    x = with_noise(x, 25.0)
    utts, _ = segment(x, config=SegmenterConfig(max_utterance_s=4.0))
    assert len(utts) >= x.size / 16000 / 4.0 - 1
    assert all(u.end - u.start <= 4.0 + 0.04 for u in utts)
    check_audio_matches_times(utts, x)
    covered = sum(u.end - u.start for u in utts)
    assert covered >= (x.size / 16000 - 0.5) * 0.9  # nothing of the speech is lost


def test_flush_closes_an_open_utterance(sentences: list[np.ndarray]) -> None:
    x = np.concatenate([np.zeros(8000, np.int16), sentences[1][: sentences[1].size // 2]])
    utts, _ = segment(x)
    assert len(utts) == 1 and abs(utts[0].end - x.size / 16000) < 0.001
    check_audio_matches_times(utts, x)


def test_segmenter_is_reusable_after_flush(sentences: list[np.ndarray]) -> None:
    x, _ = join(sentences[:1], gap_s=0.5)
    seg = Segmenter()
    first = list(seg.process(x)) + list(seg.flush())
    second = list(seg.process(x)) + list(seg.flush())
    assert [type(e) for e in first] == [type(e) for e in second]
    assert first[0] == second[0] and first[-1] == second[-1]


def librivox_files() -> list[Path]:
    files = sorted(LIBRIVOX.glob("*.wav"))
    if not files:
        pytest.skip(f"no recordings in {LIBRIVOX} (install Debian's pocketsphinx-testdata)")
    return files


def test_real_recordings_are_one_utterance_each() -> None:
    for path in librivox_files():
        x = read_wav(path)
        utts, _ = segment(x)
        assert len(utts) == 1, path.name
        loud = np.flatnonzero(np.abs(x) > 0.05 * np.abs(x).max())
        assert utts[0].start <= loud[0] / 16000 + 0.05 and utts[0].end >= loud[-1] / 16000 - 0.05


def test_real_two_word_phrases_with_a_pause_are_one_utterance() -> None:
    """alsa-utils' recorded channel names ("front ... center", 48 kHz): the pause between the words is no split."""
    from benchmarks.real_speech import ALSA_NAMES, ALSA_SOUNDS

    files = [ALSA_SOUNDS / f"{name}.wav" for name in ALSA_NAMES if (ALSA_SOUNDS / f"{name}.wav").is_file()]
    if not files:
        pytest.skip(f"no recordings in {ALSA_SOUNDS} (install Debian's alsa-utils)")
    for path in files:
        utts, _ = segment(read_wav(path))
        assert len(utts) == 1, path.name


def test_real_recordings_joined_with_pauses() -> None:
    parts = [read_wav(p) for p in librivox_files()]
    x = np.concatenate([np.concatenate([p, np.zeros(16000, np.int16)]) for p in parts])
    utts, _ = segment(x)
    assert len(utts) == len(parts)
    offsets = np.cumsum([0] + [p.size + 16000 for p in parts[:-1]]) / 16000
    for u, offset, p in zip(utts, offsets, parts):
        assert offset - 0.05 <= u.start and u.end <= offset + p.size / 16000 + 0.35  # up to the 0.3 s hang-over
    check_audio_matches_times(utts, x)


def test_bad_input_and_config() -> None:
    seg = Segmenter()
    with pytest.raises(UsageError, match="int16"):
        list(seg.process(np.zeros(512, np.float32)))
    with pytest.raises(UsageError):
        SegmenterConfig(threshold=0.3, neg_threshold=0.5)
    with pytest.raises(UsageError):
        SegmenterConfig(hangover_s=1.0, min_silence_s=0.3)


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model file not found.*Silero VAD"):
        Segmenter(SegmenterConfig(model_path=str(tmp_path / "nope.onnx")))
