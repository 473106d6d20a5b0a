"""Measure the topic model: file sizes, load time, per-utterance latency (median/p95, 1 thread) and peak
memory, int8 vs fp32 (the fp32 export from export_encoder.py, when present). Writes measure.json.

    python models/topics/measure.py [--threads 1] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from edge.topics import TextEncoder, TopicClassifier  # noqa: E402
from edge.topics.encoder import load_tokenizer, open_session  # noqa: E402

FP32 = Path("/tmp/edge-topics-cache/encoder.fp32.onnx")
UTTERANCES = [
    "how much horsepower does the new Mustang have",
    "book a table for two tonight",
    "set a timer for ten minutes",
    "any cheap flights to Lisbon in May",
    "who won the Lakers game",
    "what time is it",
    "hello",
    "what's a good recipe for banana bread",
    "my laptop keeps freezing after the Windows update",
    "should I move my savings into an index fund",
    "play something by Fleetwood Mac",
    "turn the volume up",
]


def latency(classifier: TopicClassifier, repeats: int) -> dict:
    times = []
    for _ in range(repeats):
        for text in UTTERANCES:
            classifier.encoder.clear_cache()
            start = time.perf_counter()
            classifier.classify(text)
            times.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": round(float(np.median(times)), 3),
        "p95_ms": round(float(np.percentile(times, 95)), 3),
        "calls": len(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    result: dict = {"threads": args.threads, "utterances": len(UTTERANCES)}
    start = time.perf_counter()
    classifier = TopicClassifier.load(threads=args.threads)
    result["int8"] = {
        "load_s": round(time.perf_counter() - start, 3),
        "encoder_bytes": (HERE / "encoder.int8.onnx").stat().st_size,
        "head_bytes": (HERE / "head.onnx").stat().st_size,
    }
    classifier.classify("warm up")
    result["int8"].update(latency(classifier, args.repeats))
    result["int8"]["peak_rss_mb_after_int8"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if FP32.exists():
        start = time.perf_counter()
        encoder = TextEncoder(open_session(FP32, args.threads), load_tokenizer(HERE / "tokenizer.json"))
        fp32 = TopicClassifier(encoder, classifier._head, classifier.calibration, classifier.taxonomy)
        result["fp32"] = {"load_s": round(time.perf_counter() - start, 3), "encoder_bytes": FP32.stat().st_size}
        fp32.classify("warm up")
        result["fp32"].update(latency(fp32, args.repeats))
        result["size_ratio_fp32_over_int8"] = round(
            FP32.stat().st_size / (HERE / "encoder.int8.onnx").stat().st_size, 2
        )
        result["speedup_int8"] = round(result["fp32"]["median_ms"] / result["int8"]["median_ms"], 2)
    (HERE / "measure.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
