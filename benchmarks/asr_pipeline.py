"""The engine alone against the whole pipeline on real human speech: WER, CPU and latency, side by side in one run.

    python -m benchmarks.asr_pipeline            # -> benchmarks/results/<machine>-asr-pipeline.json and .png
    python -m benchmarks.asr_pipeline --runs 5   # more alternating CPU runs (the default is 3)

- Engine alone: faster-whisper's `transcribe` on the whole file (Whisper tiny.en, int8, beam 5, no VAD,
  `cpu_threads=1`), which reads and resamples the file itself.
- Pipeline: what `edge transcribe FILE --engine whisper` runs (WAV reading, soxr resampling, VAD segmentation,
  per-utterance decoding), with the same model, beam 5 and 1 thread.

Accuracy: every real clip (`benchmarks.real_speech`) as a file of its own (`wer_ratio`: pooled WER = all errors /
all reference words, pipeline over engine), and the long "conversation" of all of them with pauses at 48 kHz
(`wer_ratio_conversation`: seed 0, 112 words, so one error moves the ratio by 0.2; `wer_ratio_conversations`: the
same clips in `CONVERSATIONS` conversations with other pauses and room tone, errors pooled). In a conversation the
engine reads each sentence with the text before it as context; the pipeline's Whisper gets the previous
utterance's text likewise (kept in memory for one utterance). Cost: process CPU time (user + system) of each side
on the conversation, alternating runs, medians. Latency: a ~5 s utterance through the full pipeline (gate and
topics included) from the chunk in which the segmenter calls the end of speech to the verdict, against the bare
engine's `transcribe` of the same utterance, on two simulated clocks: wall time (this machine, shared and loaded)
and the process's CPU time (`*_cpu_clock`: what one dedicated core would take, since the simulation never idles).
Profile: where the final's time goes (features, encoder, decoder steps, word alignment, gate and topics) and what
the partial decodes and the VAD cost, in CPU ms. Timings on a shared machine are noisy: re-run on a quiet one.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

from benchmarks import real_speech, speech  # noqa: E402
from benchmarks.stats import Unavailable, summary, value  # noqa: E402
from benchmarks.wer import counts  # noqa: E402
from edge.audio.source import AudioSource  # noqa: E402
from edge.types import Samples  # noqa: E402

BEAM = 5
ENGINE_SEED = 0  # the engine's fallback sampler (see Sides.engine)
THREADS = 1
WER_RATIO_LIMIT = 1.1
CPU_RATIO_LIMIT = 1.25
LATENCY_BUDGET_MS = 300.0
PARTS = ("accuracy", "cost", "latency", "profile")
CONVERSATIONS = 10  # seeds of real_speech.conversation pooled for wer_ratio_conversations
PARTIALS = os.environ.get("EDGE_BENCH_PARTIALS", "1") == "1"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Sides:
    """The bare engine and the pipeline, built once (models load outside every measurement)."""

    def __init__(self) -> None:
        from edge.asr.whisper_engine import WhisperRecognizer, load_whisper_model, whisper_available
        from edge.pipeline import Pipeline, PipelineConfig

        if not whisper_available():
            raise Unavailable("whisper extra not installed (pip install 'edge[whisper]')")
        self.model = load_whisper_model(cpu_threads=THREADS)
        recognizer = WhisperRecognizer(partials=False, beam_size=BEAM, cpu_threads=THREADS)
        config = PipelineConfig(engine="whisper", partials=False, gate=False, topics=False)
        self.pipeline = Pipeline(config, recognizer=recognizer)

    def engine(self, source: str | np.ndarray) -> str:
        """The engine's text for `source`: faster-whisper's `transcribe` with its defaults (beam 5, temperature
        fallback) on a model instance of its own. The fallback samples at higher temperatures when a window's text
        looks wrong, from a generator CTranslate2 seeds once per worker thread: on the shared model the same file
        read 8 or 37 errors depending on the calls before it; a fresh model seeded the same way reads the same."""
        import ctranslate2
        from faster_whisper import WhisperModel

        from edge.asr.whisper_engine import whisper_model_path

        ctranslate2.set_random_seed(ENGINE_SEED)
        model = WhisperModel(str(whisper_model_path()), device="cpu", compute_type="int8", cpu_threads=THREADS)
        return self._transcribe(model, source)

    def engine_timed(self, source: str | np.ndarray) -> str:
        """The engine on the model loaded once, for CPU and latency figures (no model load in them)."""
        return self._transcribe(self.model, source)

    @staticmethod
    def _transcribe(model: Any, source: str | np.ndarray) -> str:
        segments, _ = model.transcribe(source, language="en", beam_size=BEAM, vad_filter=False)
        return " ".join(s.text.strip() for s in segments)

    def edge(self, source: str) -> str:
        from edge.pipeline import UtteranceResult

        return " ".join(e.utterance.text for e in self.pipeline.run(source) if isinstance(e, UtteranceResult))


def accuracy(sides: Sides, conversation_path: str, reference: str, conversations: int) -> dict[str, Any]:
    rows = []
    totals = {"engine": [0, 0], "pipeline": [0, 0]}
    items: list[tuple[str, str, real_speech.Clip | None]] = [(c.name, c.reference, c) for c in real_speech.clips()]
    items.append(("conversation", reference, None))
    for name, ref, clip in items:
        if clip is None:
            engine_text, edge_text = sides.engine(conversation_path), sides.edge(conversation_path)
        elif clip.raw:  # headerless audio: the engine gets the samples, the pipeline a WAV on disk
            samples = clip.samples()
            engine_text = sides.engine(samples.astype(np.float32) / 32768)
            with tempfile.TemporaryDirectory() as tmp:
                wav = Path(tmp) / "clip.wav"
                _write_wav(wav, samples)
                edge_text = sides.edge(str(wav))
        else:
            engine_text, edge_text = sides.engine(str(clip.path)), sides.edge(str(clip.path))
        row: dict[str, Any] = {"clip": name}
        for side, text in (("engine", engine_text), ("pipeline", edge_text)):
            errors, words = counts(ref, text)
            row[f"{side}_errors"], row["words"] = errors, words
            if clip is not None:  # the conversation repeats the clips: pool the clips only once
                totals[side][0] += errors
                totals[side][1] += words
        rows.append(row)
    conv = rows[-1]
    pooled = {side: errors / words for side, (errors, words) in totals.items()}
    conversation_wer = {side: conv[f"{side}_errors"] / conv["words"] for side in ("engine", "pipeline")}
    seeds = [{"seed": 0, **{k: v for k, v in conv.items() if k != "clip"}}]
    seeds += [conversation_errors(sides, seed) for seed in range(1, conversations)]
    all_words = sum(row["words"] for row in seeds)
    conversations_wer = {
        side: sum(row[f"{side}_errors"] for row in seeds) / all_words for side in ("engine", "pipeline")
    }
    return {
        "per_clip": rows,
        "per_conversation": seeds,
        "pooled_clips": pooled,
        "conversation": conversation_wer,
        "conversations": conversations_wer,
        "wer_ratio": _ratio(pooled["pipeline"], pooled["engine"]),
        "wer_ratio_conversation": _ratio(conversation_wer["pipeline"], conversation_wer["engine"]),
        "wer_ratio_conversations": _ratio(conversations_wer["pipeline"], conversations_wer["engine"]),
    }


def conversation_errors(sides: Sides, seed: int) -> dict[str, Any]:
    """Both sides on the conversation with pauses and room tone drawn from `seed`."""
    conv = real_speech.conversation(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "conversation.wav"
        path.write_bytes(conv.wav)
        row: dict[str, Any] = {"seed": seed}
        for side, text in (("engine", sides.engine(str(path))), ("pipeline", sides.edge(str(path)))):
            row[f"{side}_errors"], row["words"] = counts(conv.reference, text)
    return row


def _ratio(a: float, b: float) -> float:
    return a / b if b else (1.0 if a == 0 else float("inf"))


def cost(sides: Sides, path: str, runs: int) -> dict[str, Any]:
    """CPU seconds of each side on the long recording, alternating, after one untimed warm-up of each."""
    sides.engine_timed(path)
    sides.edge(path)
    engine_cpu: list[float] = []
    edge_cpu: list[float] = []
    engine_wall: list[float] = []
    edge_wall: list[float] = []
    for _ in range(runs):
        for run, cpu, wall in ((sides.engine_timed, engine_cpu, engine_wall), (sides.edge, edge_cpu, edge_wall)):
            c, t = _cpu(), time.perf_counter()
            run(path)
            cpu.append(_cpu() - c)
            wall.append(time.perf_counter() - t)
    return {
        "engine_cpu": summary(engine_cpu, "s"),
        "pipeline_cpu": summary(edge_cpu, "s"),
        "engine_wall": summary(engine_wall, "s"),
        "pipeline_wall": summary(edge_wall, "s"),
        "cpu_ratio": float(np.median(edge_cpu) / np.median(engine_cpu)),
    }


class LiveSource(AudioSource):
    """Chunks of a recording as a microphone delivers them, on a simulated clock.

    Chunk i is captured at audio time (i + 1) * 30 ms; the pipeline starts on it then, or when it is done with the
    previous chunks if it is behind. The wall time the pipeline spends between two chunks is its processing time,
    so `clock` is when, in real time, the pipeline finished with the latest chunk: audio that arrives while it
    decodes waits, as it would behind a real microphone."""

    name = "live"
    realtime = True

    def __init__(self, chunks: list[Samples], chunk_ms: int, timer: Callable[[], float] = time.perf_counter) -> None:
        self.chunks, self.chunk_s = chunks, chunk_ms / 1000
        self.timer = timer  # what processing time is: wall time, or the process's CPU time (a dedicated core)
        self.clock = 0.0  # simulated seconds since the first sample: when work on the latest chunk started
        self.index = -1
        self.handed_at = 0.0  # timer reading when the latest chunk was handed over

    def _chunks(self) -> Iterator[Samples]:
        for index, chunk in enumerate(self.chunks):
            self.index = index
            self.clock = max(self.clock, (index + 1) * self.chunk_s)
            self.handed_at = self.timer()
            yield chunk
            self.clock += self.timer() - self.handed_at

    def now(self) -> float:
        """The simulated time now, while the pipeline works on the latest chunk."""
        return self.clock + self.timer() - self.handed_at


CLOCKS: dict[str, Callable[[], float]] = {"": time.perf_counter, "_cpu_clock": time.process_time}
"""Simulated clocks for the live source: wall time, and the process's CPU time (one dedicated core)."""


def latency(sides: Sides, runs: int) -> dict[str, Any]:
    """A ~5 s utterance through the full pipeline (gate and topics included) as live audio: from the moment the
    segmenter has heard enough silence to call the end of speech to the verdict, and from the last voiced sample to
    the verdict, in simulated real time on each clock; against the bare engine's `transcribe` of the same
    utterance (wall and CPU time)."""
    from benchmarks.pipeline import AFTER_S, BEFORE_S, CHUNK_MS
    from edge.asr.whisper_engine import WhisperRecognizer
    from edge.pipeline import Pipeline, PipelineConfig, UtteranceResult

    voice = speech.trim(speech.synthesize(speech.ENGLISH))
    audio = speech.with_silence(voice, BEFORE_S, AFTER_S)
    last_word = BEFORE_S + voice.size / speech.SAMPLE_RATE
    pipeline = Pipeline(
        PipelineConfig(engine="whisper", partials=PARTIALS),
        recognizer=WhisperRecognizer(beam_size=BEAM, cpu_threads=THREADS, partials=PARTIALS),
    )
    after_eos: dict[str, list[float]] = {clock: [] for clock in CLOCKS}
    after_word: dict[str, list[float]] = {clock: [] for clock in CLOCKS}
    bare: dict[str, list[float]] = {"": [], "_cpu": []}
    for i in range(runs + 1):  # the first of each is a warm-up
        for clock, timer in CLOCKS.items():
            source = LiveSource(speech.chunks(audio, CHUNK_MS), CHUNK_MS, timer)
            done = []
            for event in pipeline.run(source):
                if isinstance(event, UtteranceResult):
                    verdict = source.now()
                    heard = (source.index + 1) * CHUNK_MS / 1000  # audio time when the segmenter called the end
                    done.append((verdict - heard, verdict - last_word))
            if len(done) != 1:
                raise RuntimeError(f"expected one utterance from the pipeline, got {len(done)}")
            if i:
                after_eos[clock].append(done[0][0] * 1000)
                after_word[clock].append(done[0][1] * 1000)
        start, cpu = time.perf_counter(), time.process_time()
        sides.engine_timed(voice.astype(np.float32) / 32768)
        if i:
            bare[""].append((time.perf_counter() - start) * 1000)
            bare["_cpu"].append((time.process_time() - cpu) * 1000)
    out: dict[str, Any] = {"utterance_s": round(voice.size / speech.SAMPLE_RATE, 2)}
    for clock in CLOCKS:
        out[f"verdict_after_eos_pipeline{clock}"] = summary(after_eos[clock], "ms")
        out[f"verdict_after_last_word_pipeline{clock}"] = summary(after_word[clock], "ms")
    out["transcribe_engine"] = summary(bare[""], "ms")
    out["transcribe_engine_cpu"] = summary(bare["_cpu"], "ms")
    return out


def profile(runs: int) -> dict[str, Any]:
    """Where the time of the latency utterance goes, in CPU ms (medians): the final's parts, a partial decode, the
    gate and topics, and the VAD per second of audio."""
    from edge.asr.whisper_decode import WhisperDecoder, window_seconds
    from edge.asr.whisper_engine import PARTIAL_MIN_WINDOW_S, WhisperRecognizer, load_whisper_model
    from edge.audio import Segmenter
    from edge.pipeline import TextAnalyzer

    voice = speech.trim(speech.synthesize(speech.ENGLISH))
    utterance = np.concatenate([voice, np.zeros(int(0.3 * speech.SAMPLE_RATE), np.int16)])  # with the hang-over
    audio = utterance.astype(np.float32) / 32768
    model = load_whisper_model(cpu_threads=THREADS)
    recognizer = WhisperRecognizer(beam_size=BEAM, cpu_threads=THREADS, partials=False)
    decoder = WhisperDecoder(model)
    analyzer = TextAnalyzer.load()
    encoded, frames = decoder.encode(audio)
    tokens = [t for t in decoder.generate(encoded, beam_size=BEAM, max_new_tokens=64).sequences_ids[0]]
    tokens = [t for t in tokens if t < decoder.tokenizer.eot]
    partial_audio = audio[: int(4.5 * speech.SAMPLE_RATE)]
    seconds = audio.size / speech.SAMPLE_RATE

    def final() -> None:
        recognizer.accept(utterance)
        recognizer.finish()
        recognizer.forget()

    def vad() -> None:
        segmenter = Segmenter()
        padded = speech.with_silence(voice, 0.5, 1.0)
        for chunk in speech.chunks(padded, 30):
            list(segmenter.process(chunk))
        list(segmenter.flush())

    stages: dict[str, Callable[[], object]] = {
        "features": lambda: model.feature_extractor(audio),
        "encoder": lambda: decoder.encode(audio),
        f"decoder_beam{BEAM}": lambda: decoder.generate(encoded, beam_size=BEAM, max_new_tokens=64),
        "decoder_beam1": lambda: decoder.generate(encoded, beam_size=1, max_new_tokens=64),
        "word_alignment": lambda: decoder.align(tokens, encoded, frames),
        "final_whole": final,
        "partial_decode_4_5s": lambda: decoder.decode(
            partial_audio, beam_size=1, max_new_tokens=52, words=False, min_window_s=PARTIAL_MIN_WINDOW_S
        ),
        "gate_and_topics": lambda: analyzer.analyze(speech.ENGLISH),
        "vad_whole_stream": vad,
    }
    out: dict[str, Any] = {}
    for name, call in stages.items():
        call()  # warm-up
        spent = []
        for _ in range(runs):
            cpu = time.process_time()
            call()
            spent.append((time.process_time() - cpu) * 1000)
        out[f"profile_{name}"] = summary(spent, "CPU ms")
    out["profile_window_s"] = value(window_seconds(audio.size, decoder.pad_s, decoder.min_window_s), "s")
    out["profile_tokens"] = value(len(tokens), "tokens")
    out["profile_audio_s"] = value(round(seconds, 2), "s")
    return out


def _write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> None:
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.astype("<i2").tobytes())


def run(quick: bool, runs: int | None = None, parts: tuple[str, ...] = PARTS) -> dict[str, Any]:
    try:
        conv = real_speech.conversation()
    except real_speech.NoRealSpeech as err:
        raise Unavailable(str(err)) from None
    sides = Sides()
    repeats = runs or (1 if quick else 3)
    metrics: dict[str, Any] = {}
    result: dict[str, Any] = {"metrics": metrics}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "conversation.wav")
        Path(path).write_bytes(conv.wav)
        if "accuracy" in parts:
            acc = accuracy(sides, path, conv.reference, 2 if quick else CONVERSATIONS)
            metrics["wer_pooled_clips_engine"] = value(acc["pooled_clips"]["engine"], "WER")
            metrics["wer_pooled_clips_pipeline"] = value(acc["pooled_clips"]["pipeline"], "WER")
            metrics["wer_conversation_engine"] = value(acc["conversation"]["engine"], "WER")
            metrics["wer_conversation_pipeline"] = value(acc["conversation"]["pipeline"], "WER")
            metrics["wer_ratio"] = value(acc["wer_ratio"], "pipeline / engine, pooled over the clips")
            metrics["wer_ratio_conversation"] = value(acc["wer_ratio_conversation"], "pipeline / engine")
            metrics["wer_conversations_engine"] = value(acc["conversations"]["engine"], "WER")
            metrics["wer_conversations_pipeline"] = value(acc["conversations"]["pipeline"], "WER")
            metrics["wer_ratio_conversations"] = value(
                acc["wer_ratio_conversations"], f"pipeline / engine, pooled over {len(acc['per_conversation'])}"
            )
            result["per_clip"] = acc["per_clip"]
            result["per_conversation"] = acc["per_conversation"]
        if "cost" in parts:
            spent = cost(sides, path, repeats)
            metrics["cpu_engine"] = spent["engine_cpu"]
            metrics["cpu_pipeline"] = spent["pipeline_cpu"]
            metrics["cpu_ratio"] = value(spent["cpu_ratio"], "pipeline / engine")
            result["wall"] = {"engine": spent["engine_wall"], "pipeline": spent["pipeline_wall"]}
    if "latency" in parts:
        lat = latency(sides, max(5, repeats * 3) if not quick else 2)
        result["utterance_s"] = lat.pop("utterance_s")
        metrics.update(lat)
    if "profile" in parts:
        metrics.update(profile(2 if quick else 5))
    result["conversation"] = {"seconds": round(conv.seconds, 1), "clips": conv.clips, "rate": 48_000}
    result["limits"] = {"wer_ratio": WER_RATIO_LIMIT, "cpu_ratio": CPU_RATIO_LIMIT, "latency_p95_ms": LATENCY_BUDGET_MS}
    result["settings"] = {"model": "Whisper tiny.en int8", "beam_size": BEAM, "threads": THREADS}
    return result


def plot(result: dict[str, Any], path: Path, title: str) -> Path:
    from benchmarks.plot import FAIL, PASS, _pyplot, bars

    plt = _pyplot()
    m = result["metrics"]
    fig, axes = plt.subplots(4, 1, figsize=(9, 11))
    fig.suptitle(f"{title}\nengine alone vs edge pipeline, same model (Whisper tiny.en), beam 5, 1 thread", fontsize=10)

    def verdict(key: str, limit: float) -> str:
        return PASS if m[key]["value"] <= limit else FAIL

    n = len(result.get("per_conversation", []))
    bars(
        axes[0],
        [
            ("engine, clips", m["wer_pooled_clips_engine"]),
            ("pipeline, clips", m["wer_pooled_clips_pipeline"]),
            ("engine, conversation", m["wer_conversation_engine"]),
            ("pipeline, conversation", m["wer_conversation_pipeline"]),
            (f"engine, {n} conversations", m["wer_conversations_engine"]),
            (f"pipeline, {n} conversations", m["wer_conversations_pipeline"]),
        ],
        f"WER on real speech\npipeline / engine: clips {m['wer_ratio']['value']:.2f}, conversation "
        f"{m['wer_ratio_conversation']['value']:.2f}, {n} conversations {m['wer_ratio_conversations']['value']:.2f} "
        f"(limit {WER_RATIO_LIMIT})",
        colors=[
            "#90a4ae",
            verdict("wer_ratio", WER_RATIO_LIMIT),
            "#90a4ae",
            verdict("wer_ratio_conversation", WER_RATIO_LIMIT),
            "#90a4ae",
            verdict("wer_ratio_conversations", WER_RATIO_LIMIT),
        ],
    )
    bars(
        axes[1],
        [("engine", m["cpu_engine"]), ("pipeline", m["cpu_pipeline"])],
        f"CPU s for the {result['conversation']['seconds']} s conversation "
        f"(ratio {m['cpu_ratio']['value']:.2f}, limit {CPU_RATIO_LIMIT})",
        colors=["#90a4ae", verdict("cpu_ratio", CPU_RATIO_LIMIT)],
    )
    bars(
        axes[2],
        [
            ("engine transcribe, wall", m["transcribe_engine"]),
            ("engine transcribe, CPU", m["transcribe_engine_cpu"]),
            ("pipeline: end of speech -> verdict, wall", m["verdict_after_eos_pipeline"]),
            ("... on one dedicated core (CPU clock)", m["verdict_after_eos_pipeline_cpu_clock"]),
        ],
        f"ms for a {result['utterance_s']} s utterance, p95 (load average {result.get('load_average', '?')})",
        budget=LATENCY_BUDGET_MS,
    )
    stages = ("features", "encoder", f"decoder_beam{BEAM}", "word_alignment", "gate_and_topics", "partial_decode_4_5s")
    bars(
        axes[3],
        [(stage.replace("_4_5s", " (4.5 s)").replace("_", " "), m[f"profile_{stage}"]) for stage in stages],
        f"where the final goes: CPU ms ({m['profile_window_s']['value']} s encoder window, "
        f"{m['profile_tokens']['value']} tokens)",
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    from benchmarks import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, help="alternating CPU runs (default 3)")
    parser.add_argument("--quick", action="store_true", help="one run each: checks the harness, not the figures")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated subset of {','.join(PARTS)}")
    args = parser.parse_args(argv)
    name = f"{machine.slug(machine.describe())}-asr-pipeline"
    parts = tuple(p.strip() for p in args.parts.split(",") if p.strip())
    result = run(args.quick, args.runs, parts)
    result["load_average"] = round(os.getloadavg()[0], 2)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    png = plot(result, args.out / f"{name}.png", name) if set(parts) == set(PARTS) else None
    for key, metric in result["metrics"].items():
        shown = metric.get("value", metric.get("median"))
        spread = f" (p95 {metric['p95']:.4g})" if "p95" in metric else ""
        print(f"{key:32} {shown:.4g}{spread} {metric['unit']}", file=sys.stderr)
    if png:
        print(f"wrote {png}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
