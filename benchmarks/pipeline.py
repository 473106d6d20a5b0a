"""End of speech to topic verdict, through `edge.pipeline.Pipeline`, for one ~5 s utterance per engine.

The audio (0.5 s silence, the utterance, 1.5 s silence) is fed as fast as the pipeline takes it, in 30 ms
chunks, from an AudioSource that notes when it hands out each chunk. Two figures per engine:

- `verdict_after_eos_<engine>`: from handing over the chunk in which the segmenter decides speech ended to the
  utterance's verdict (segmenter + recognizer `finish()` + privacy gate + topic classifier). The budget applies.
- `verdict_after_last_word_<engine>`: what a listener waits after the last voiced sample in real time: the audio
  the segmenter must hear before it calls the end (its `min_silence_s` of silence, counted at real-time speed)
  plus the figure above.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import numpy as np

from benchmarks import engines, speech
from benchmarks.stats import Unavailable, summary
from edge.audio import AudioSource

CHUNK_MS = 30
BEFORE_S, AFTER_S = 0.5, 1.5


class TimedSource(AudioSource):
    """An in-memory AudioSource that remembers when it handed out its latest chunk, and which one."""

    name = "benchmark"
    realtime = False

    def __init__(self, chunks: list[np.ndarray]) -> None:
        self.chunks = chunks
        self.handed_at = 0.0
        self.index = -1

    def _chunks(self) -> Iterator[np.ndarray]:
        for index, chunk in enumerate(self.chunks):
            self.index = index
            self.handed_at = time.perf_counter()
            yield chunk


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    try:
        from edge.pipeline import Pipeline, PipelineConfig, UtteranceResult
    except ImportError as err:
        raise Unavailable(f"edge.pipeline not importable ({err})") from None
    repeats = runs or (1 if quick else 5)
    metrics: dict[str, Any] = {}
    detail: dict[str, Any] = {}
    notes: list[str] = []
    for name in engines.ENGINES:
        try:
            engine = engines.find(name)
            pipeline = Pipeline(PipelineConfig(engine=name), recognizer=engines.load(engine))
        except Unavailable as err:
            notes.append(f"{name}: unavailable: {err}")
            continue
        except ImportError as err:
            raise Unavailable(f"a pipeline stage is not importable ({err})") from None
        voice = engine.speech()
        audio = speech.with_silence(voice, BEFORE_S, AFTER_S)
        speech_end = BEFORE_S + len(voice) / speech.SAMPLE_RATE
        after_eos, after_last_word, results = [], [], 0
        for _ in range(repeats):
            source = TimedSource(speech.chunks(audio, CHUNK_MS))
            verdicts = []
            for event in pipeline.run(source):
                if isinstance(event, UtteranceResult):
                    latency = time.perf_counter() - source.handed_at
                    heard = (source.index + 1) * CHUNK_MS / 1000  # audio time when the segmenter called the end
                    verdicts.append((latency, heard, event.analysis is not None))
            if len(verdicts) != 1:
                raise RuntimeError(f"{name}: expected one utterance from the pipeline, got {len(verdicts)}")
            latency, heard, analysed = verdicts[0]
            after_eos.append(latency * 1000)
            after_last_word.append((max(0.0, heard - speech_end) + latency) * 1000)
            results += analysed
        metrics[f"verdict_after_eos_{name}"] = summary(after_eos, "ms")
        metrics[f"verdict_after_last_word_{name}"] = summary(after_last_word, "ms")
        detail[name] = {
            **engine.describe(),
            "utterance_s": round(len(voice) / speech.SAMPLE_RATE, 2),
            "analysed": results == repeats,
        }
    if not metrics:
        raise Unavailable("; ".join(notes))
    return {"metrics": metrics, "engines": detail, "chunk_ms": CHUNK_MS, "threads": 1, "notes": notes}
