"""Measure the whole privacy gate (PII + lexicon + model [+ taxonomy]): recall and false-block rate per category.

Sets: the labelled spoken-style sentences (tests/data/sensitive_sentences.jsonl, its 'tune' and 'holdout'
halves reported apart), the held-out 20 Newsgroups part of train_sensitive.py (sci.med, religion and politics
groups vs the rest), CLINC150 val (ordinary requests), and the median latency per utterance. Writes
`metrics.json` next to this file.

    python models/privacy/evaluate.py                       # --datasets DIR (default $EDGE_DATASETS)
    python models/privacy/evaluate.py --with-taxonomy       # adds the topic classifier's sensitive branches
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from train_sensitive import datasets_dir, newsgroups, read_jsonl  # noqa: E402

from edge.privacy.gate import PrivacyGate  # noqa: E402

LABELLED = REPO / "tests" / "data" / "sensitive_sentences.jsonl"


def rates(rows: list[tuple[str | None, bool]]) -> dict:
    """rows of (gold category or None, blocked) -> per category recall, and the false-block rate of None rows."""
    by: dict[str, list[bool]] = defaultdict(list)
    for category, blocked in rows:
        by[category or "none"].append(blocked)
    out = {c: {"n": len(v), "recall": round(sum(v) / len(v), 4)} for c, v in sorted(by.items()) if c != "none"}
    positives = [b for c, b in rows if c is not None]
    negatives = by.get("none", [])
    summary = {
        "sensitive_recall": round(sum(positives) / len(positives), 4) if positives else None,
        "false_block_rate": round(sum(negatives) / len(negatives), 4) if negatives else None,
        "n_sensitive": len(positives),
        "n_non_sensitive": len(negatives),
    }
    return {**summary, "per_category": out}


def false_blocks_by_category(verdicts: list) -> dict[str, float]:
    """Which category fired on non-sensitive rows, as a share of all non-sensitive rows."""
    counts: dict[str, int] = defaultdict(int)
    for verdict in verdicts:
        for category in verdict.categories or (("error",) if verdict.blocked else ()):
            counts[category] += 1
    return {c: round(n / max(1, len(verdicts)), 4) for c, n in sorted(counts.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (default $EDGE_DATASETS)")
    parser.add_argument("--with-taxonomy", action="store_true", help="also load the topic classifier's layer")
    parser.add_argument("--out", type=Path, default=HERE / "metrics.json")
    args = parser.parse_args()
    classifier = None
    if args.with_taxonomy:
        from edge.topics.classifier import TopicClassifier

        classifier = TopicClassifier.load()
    gate = PrivacyGate.load(classifier)
    metrics: dict = {"layers": [name for name, _ in gate.layers]}

    labelled = read_jsonl(LABELLED)
    for split in ("tune", "holdout"):
        rows = [r for r in labelled if r["split"] == split]
        verdicts = [gate.check(r["text"]) for r in rows]
        metrics[f"labelled_{split}"] = rates([(r["category"], v.blocked) for r, v in zip(rows, verdicts)])
        metrics[f"labelled_{split}"]["false_blocks"] = [
            r["text"] for r, v in zip(rows, verdicts) if v.blocked and not r["sensitive"]
        ]
        metrics[f"labelled_{split}"]["missed"] = [
            r["text"] for r, v in zip(rows, verdicts) if r["sensitive"] and not v.blocked
        ]

    datasets = datasets_dir(args.datasets)
    if (datasets / "clinc150" / "val.jsonl").is_file():
        texts = [r["text"] for r in read_jsonl(datasets / "clinc150" / "val.jsonl")]
        latencies = []
        verdicts = []
        for text in texts:
            start = time.perf_counter()
            verdicts.append(gate.check(text))
            latencies.append(time.perf_counter() - start)
        metrics["clinc150_val"] = {
            "n": len(texts),
            "false_block_rate": round(sum(v.blocked for v in verdicts) / len(texts), 4),
            "by_category": false_blocks_by_category(verdicts),
        }
        metrics["latency_ms_per_utterance"] = {
            "median": round(statistics.median(latencies) * 1e3, 3),
            "p95": round(sorted(latencies)[int(0.95 * len(latencies))] * 1e3, 3),
            "note": "CLINC150 val, whole gate incl. encoder, 1 thread, no cache hits",
        }
    if (datasets / "20news" / "train.jsonl").is_file():
        posts = newsgroups(datasets, "heldout")
        verdicts = [gate.check(p["text"]) for p in posts]
        metrics["20news_heldout"] = rates([(p["category"], v.blocked) for p, v in zip(posts, verdicts)])
        by_group: dict[str, list[bool]] = defaultdict(list)
        for p, v in zip(posts, verdicts):
            by_group[p["group"]].append(v.blocked)
        metrics["20news_heldout"]["blocked_rate_by_group"] = {
            g: round(sum(b) / len(b), 4) for g, b in sorted(by_group.items())
        }
    args.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in metrics.items()}, indent=1)[:6000])


if __name__ == "__main__":
    main()
