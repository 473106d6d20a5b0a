"""Smoke tests for the arm64 build: each runs one real component on a tiny input and checks what it does.

`benchmarks/arm64/run.sh smoke` runs this file under qemu-aarch64 (Raspberry Pi 4 class, Cortex-A72) with the
aarch64 wheels of numpy, onnxruntime, vosk and tokenizers; natively it is a quick check of the same things.
Inputs are kept tiny because emulation is 40-100x slower than the host.
"""

from __future__ import annotations

import os
import platform

import numpy as np
import pytest

from benchmarks import speech
from benchmarks.machine import cpu_model
from benchmarks.stats import Unavailable

EMULATED = os.environ.get("EDGE_BENCH_EMULATION")


def synth(text: str, voice: str = "en-us", rate_wpm: int = 160) -> np.ndarray:
    try:
        return speech.trim(speech.synthesize(text, voice, rate_wpm=rate_wpm))
    except Unavailable as err:
        pytest.skip(str(err))


def test_emulated_interpreter_is_arm64_on_a_cortex_a72():
    if not EMULATED:
        pytest.skip("native run; benchmarks/arm64/run.sh smoke runs this under qemu-aarch64")
    assert platform.machine() == "aarch64"
    assert "Cortex-A72" in cpu_model()  # the cpuinfo onnxruntime needs is in place


def test_sentence_encoder_puts_related_utterances_closer():
    from edge.topics import TextEncoder

    encoder = TextEncoder.load(cache_size=0)
    shoes, marathon, mortgage = encoder.encode(
        [
            "I need new running shoes",
            "training for a marathon next spring",
            "the mortgage rate went up again",
        ]
    )
    assert np.allclose(np.linalg.norm([shoes, marathon, mortgage], axis=1), 1.0, atol=1e-3)
    assert float(shoes @ marathon) > float(shoes @ mortgage) + 0.1


def test_sentence_encoder_gives_the_reference_embeddings():
    """The vectors written on x86 come back here (the rule and its figures: tests/encoder_reference.py)."""
    from edge.topics import TextEncoder
    from tests.encoder_reference import reference_distances

    encoder = TextEncoder.load(cache_size=0)
    distances = reference_distances(lambda text: encoder.encode([text])[0])
    assert float(np.median(distances)) < 1e-4, np.round(distances, 5).tolist()


def test_topic_classifier_and_privacy_gate_decide():
    from edge.errors import ModelError

    try:
        from edge.privacy import PrivacyGate
        from edge.topics.classifier import TopicClassifier

        classifier = TopicClassifier.load()
    except (ImportError, ModelError) as err:
        pytest.skip(f"topic classifier or privacy gate not available yet: {err}")
    topics = classifier.classify("who won the football match last night")
    assert topics and topics[0].tier1 == "Sports"
    assert classifier.classify("set a timer for ten minutes") == []
    gate = PrivacyGate.load(classifier=classifier)
    assert gate.check("the chemotherapy sessions start next week at the clinic").blocked
    assert not gate.check("what's a good recipe for vegetarian lasagna tonight").blocked


def test_vad_finds_one_utterance_where_the_speech_is():
    from edge.audio import Segmenter
    from edge.types import SpeechEnded, SpeechStarted

    voice = synth("hello there, how are you")
    audio = speech.with_silence(voice, before_s=0.5, after_s=1.0)
    segmenter = Segmenter()
    events = [e for chunk in speech.chunks(audio) for e in segmenter.process(chunk)] + list(segmenter.flush())
    starts = [e.start for e in events if isinstance(e, SpeechStarted)]
    ends = [e.end for e in events if isinstance(e, SpeechEnded)]
    speech_end = 0.5 + len(voice) / speech.SAMPLE_RATE
    assert len(starts) == len(ends) == 1
    assert 0.2 <= starts[0] <= 0.8
    assert speech_end - 0.2 <= ends[0] <= speech_end + 0.8


def test_vosk_hears_speech_and_not_silence():
    from edge.asr import load_recognizer
    from edge.errors import ModelError

    try:
        recognizer, _ = load_recognizer("vosk")
    except ModelError as err:
        pytest.skip(f"no Vosk model: {err}")
    recognizer.accept(np.zeros(speech.SAMPLE_RATE // 2, dtype=np.int16))
    assert recognizer.finish().text.strip() == ""
    recognizer.accept(speech.with_silence(synth("서울", "ko", rate_wpm=130), before_s=0.1, after_s=0.2))
    assert recognizer.finish().text.strip() != ""


def test_bridge_decoder_rebuilds_an_adpcm_stream_from_odd_chunks():
    from firmware_bridge import AudioAssembler, AudioFramer, Codec, FrameDecoder, FrameEncoder

    t = np.arange(speech.SAMPLE_RATE // 2) / speech.SAMPLE_RATE
    tone = (6000 * np.sin(2 * np.pi * (200 + 400 * t) * t)).astype(np.int16)
    framer, encoder = AudioFramer(Codec.ADPCM), FrameEncoder()
    wire = b"".join(encoder.encode(m) for m in framer.push(tone) + framer.flush())
    decoder, assembler = FrameDecoder(), AudioAssembler()
    frames = [f for i in range(0, len(wire), 37) for f in decoder.feed(wire[i : i + 37])] + decoder.finish()
    out = np.concatenate([assembler.push(f) for f in frames])
    assert len(out) == len(tone)
    noise = (out.astype(np.float64) - tone) ** 2
    snr_db = 10 * np.log10(np.mean(tone.astype(np.float64) ** 2) / max(float(np.mean(noise)), 1e-9))
    assert snr_db > 20
    assert decoder.stats.crc_errors == 0
