"""Cost of the VAD segmenter (energy gate + Silero) per second of audio, on the shipped conversation sample."""

from __future__ import annotations

import time
from typing import Any

from benchmarks import speech
from benchmarks.stats import Unavailable, summary


def sample_audio():
    from edge.audio import read_wav
    from edge.home import models_dir

    path = models_dir() / "samples" / "conversation.wav"
    if not path.is_file():
        raise Unavailable(f"{path} missing")
    return read_wav(path)


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    try:
        from edge.audio import Segmenter
    except ImportError as err:
        raise Unavailable(f"edge.audio.Segmenter not importable ({err})") from None
    audio = sample_audio()
    seconds = len(audio) / speech.SAMPLE_RATE
    chunks = speech.chunks(audio)
    Segmenter()  # load the model once, outside the timing (cold start is measured on its own)
    per_second, utterances = [], 0
    for _ in range(runs or (1 if quick else 5)):
        segmenter = Segmenter()
        start = time.perf_counter()
        events = [e for chunk in chunks for e in segmenter.process(chunk)] + list(segmenter.flush())
        per_second.append((time.perf_counter() - start) * 1000 / seconds)
        utterances = sum(type(e).__name__ == "SpeechEnded" for e in events)
    return {
        "metrics": {"segmenter_per_audio_second": summary(per_second, "ms per s of audio")},
        "audio": {
            "file": "models/samples/conversation.wav",
            "seconds": round(seconds, 2),
            "utterances_found": utterances,
        },
        "chunk_ms": 30,
    }
