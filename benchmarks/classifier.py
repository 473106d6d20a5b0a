"""Per-utterance latency of the sentence encoder, topic classifier and privacy gate: int8 vs fp32, one run.

The fp32 encoder is the topics export script's by-product (`models/topics/export_encoder.py --fp32 PATH`, default
/tmp/edge-topics-cache/encoder.fp32.onnx, or $EDGE_FP32_ENCODER); it is never shipped. When it is absent the fp32
column is recorded as unavailable and the int8 figures still run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.stats import Unavailable, summary, time_calls
from benchmarks.texts import UTTERANCES

FP32_DEFAULT = Path("/tmp/edge-topics-cache/encoder.fp32.onnx")


def fp32_path() -> Path | None:
    path = Path(os.environ.get("EDGE_FP32_ENCODER", FP32_DEFAULT))
    return path if path.is_file() else None


def runs_for(quick: bool, runs: int | None) -> int:
    return runs or (8 if quick else 200)


def load_encoders(threads: int = 1) -> dict[str, Any]:
    """{"int8": TextEncoder, "fp32": TextEncoder (if the fp32 export exists)}, caches off."""
    try:
        from edge.topics.encoder import TOKENIZER_FILE, TextEncoder, load_tokenizer, open_session, topics_dir
    except ImportError as err:
        raise Unavailable(f"edge.topics.encoder not importable ({err})") from None
    out = {"int8": TextEncoder.load(threads=threads, cache_size=0)}
    fp32 = fp32_path()
    if fp32 is not None:
        out["fp32"] = TextEncoder(
            open_session(fp32, threads), load_tokenizer(topics_dir() / TOKENIZER_FILE), cache_size=0
        )
    return out


def _encode_call(encoder: Any, texts: tuple[str, ...]) -> Callable[[int], Any]:
    return lambda i: encoder.encode([texts[i % len(texts)]])


def _text_call(func: Callable[[str], Any], texts: tuple[str, ...]) -> Callable[[int], Any]:
    return lambda i: func(texts[i % len(texts)])


def fp32_note() -> str:
    return (
        f"fp32 encoder not found at {os.environ.get('EDGE_FP32_ENCODER', FP32_DEFAULT)}; rebuild it with "
        "`python models/topics/export_encoder.py` (needs the train extra) or set EDGE_FP32_ENCODER"
    )


def run_encoder(quick: bool, runs: int | None = None) -> dict[str, Any]:
    """The bare int8 vs fp32 sentence encoder: one forward pass per utterance, 1 thread, no cache."""
    encoders = load_encoders()
    n = runs_for(quick, runs)
    texts = UTTERANCES
    metrics: dict[str, Any] = {}
    for kind, enc in encoders.items():
        metrics[f"encode_{kind}"] = summary(time_calls(_encode_call(enc, texts), n), "ms")
    result: dict[str, Any] = {"metrics": metrics, "threads": 1, "texts": len(texts)}
    if "fp32" in encoders:
        a, b = encoders["int8"].encode(list(texts)), encoders["fp32"].encode(list(texts))
        cos = np.sum(a * b, axis=1)
        result["int8_fp32_cosine"] = {"mean": round(float(cos.mean()), 4), "min": round(float(cos.min()), 4)}
        result["ratios"] = {
            "int8/fp32 encode median": _ratio(metrics, "encode_int8", "encode_fp32", "median"),
            "int8/fp32 encode p95": _ratio(metrics, "encode_int8", "encode_fp32", "p95"),
        }
    else:
        result["notes"] = [fp32_note()]
    return result


def _ratio(metrics: dict[str, Any], a: str, b: str, stat: str) -> float:
    return round(metrics[a][stat] / metrics[b][stat], 3)


def load_stages(kind: str):
    """(classifier, gate, analyzer) on the `kind` encoder. The analyzer is what the pipeline runs per utterance: the
    gate encodes the redacted text once and the topic head reads that `Encoded` (no second encoder pass)."""
    try:
        from edge.pipeline import TextAnalyzer
        from edge.privacy import PrivacyGate
        from edge.topics.classifier import TopicClassifier
        from edge.topics.encoder import TOKENIZER_FILE, TextEncoder, load_tokenizer, open_session, topics_dir
    except ImportError as err:
        raise Unavailable(f"classifier or privacy gate not importable ({err})") from None
    if kind == "int8":
        classifier = TopicClassifier.load()
    else:
        fp32 = fp32_path()
        if fp32 is None:
            raise Unavailable(fp32_note())
        encoder = TextEncoder(open_session(fp32, 1), load_tokenizer(topics_dir() / TOKENIZER_FILE))
        classifier = TopicClassifier.load(encoder=encoder)
    gate = PrivacyGate.load(classifier=classifier)
    return classifier, gate, TextAnalyzer(gate, classifier)


def run_classifier(quick: bool, runs: int | None = None) -> dict[str, Any]:
    """Topic classifier, privacy gate, and the two together (what each utterance costs), int8 vs fp32."""
    kinds = ["int8"] + (["fp32"] if fp32_path() else [])
    n = runs_for(quick, runs)
    texts = UTTERANCES
    metrics: dict[str, Any] = {}
    notes: list[str] = []
    for kind in kinds:
        try:
            classifier, gate, analyzer = load_stages(kind)
        except Unavailable as err:
            if kind == "int8":
                raise
            notes.append(f"fp32: {err}")
            continue
        metrics[f"classify_{kind}"] = summary(time_calls(_text_call(classifier.classify, texts), n), "ms")
        metrics[f"gate_{kind}"] = summary(time_calls(_text_call(gate.check, texts), n), "ms")
        metrics[f"gate_and_classify_{kind}"] = summary(time_calls(_text_call(analyzer.analyze, texts), n), "ms")
    if "fp32" not in kinds:
        notes.append(fp32_note())
    result: dict[str, Any] = {"metrics": metrics, "threads": 1, "texts": len(texts), "notes": notes}
    if "gate_and_classify_fp32" in metrics:
        result["ratios"] = {
            "int8/fp32 gate+classify median": _ratio(
                metrics, "gate_and_classify_int8", "gate_and_classify_fp32", "median"
            ),
            "int8/fp32 gate+classify p95": _ratio(metrics, "gate_and_classify_int8", "gate_and_classify_fp32", "p95"),
        }
    return result
