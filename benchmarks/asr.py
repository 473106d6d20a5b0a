"""ASR real-time factor and end-of-speech-to-final latency per engine (Vosk/Korean, Whisper tiny.en/English).

Audio is fed in 30 ms chunks, as the segmenter would; RTF = (time in `accept` + time in `finish`) / audio length;
"final latency" = time in `finish()`, i.e. from the last audio of the utterance to the final transcript.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks import engines, speech
from benchmarks.stats import Unavailable, summary


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    repeats = runs or (1 if quick else 5)
    metrics: dict[str, Any] = {}
    detail: dict[str, Any] = {}
    notes: list[str] = []
    for name in engines.ENGINES:
        try:
            engine = engines.find(name)
        except Unavailable as err:
            notes.append(f"{name}: unavailable: {err}")
            continue
        audio = engine.speech()
        seconds = len(audio) / speech.SAMPLE_RATE
        recognizer = engines.load(engine)
        rtf, final_ms, words = [], [], []
        for _ in range(repeats):
            busy = 0.0
            for chunk in speech.chunks(audio):
                start = time.perf_counter()
                recognizer.accept(chunk)
                busy += time.perf_counter() - start
            start = time.perf_counter()
            transcript = recognizer.finish()
            finish = time.perf_counter() - start
            rtf.append((busy + finish) / seconds)
            final_ms.append(finish * 1000)
            words.append(len(transcript.text.split()))  # a count only: the text stays in memory
        metrics[f"rtf_{name}"] = summary(rtf, "x real time")
        metrics[f"final_latency_{name}"] = summary(final_ms, "ms")
        detail[name] = {**engine.describe(), "audio_s": round(seconds, 2), "words_out": max(words)}
    if not metrics:
        raise Unavailable("; ".join(notes))
    result: dict[str, Any] = {"metrics": metrics, "engines": detail, "threads": 1, "chunk_ms": 30, "notes": notes}
    if "rtf_vosk" in metrics and "rtf_whisper" in metrics:
        result["ratios"] = {
            "vosk/whisper RTF median": round(metrics["rtf_vosk"]["median"] / metrics["rtf_whisper"]["median"], 3)
        }
    return result
