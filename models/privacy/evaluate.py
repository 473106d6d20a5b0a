"""Measure the shipped gate and classifier: the figures of the model cards, written to `metrics.json`.

- the untouched `test` half of tests/data/gate_sentences.jsonl: sensitive recall per kind (paraphrase /
  explicit), per category and per language; false blocks per kind (trap / command / interest / chat) and per
  language; commands that get a topic; interest requests whose top topic has the right tier-1 branch;
- CLINC150 val (ordinary assistant requests): false-block rate;
- the 20 Newsgroups posts held out from training (long posts): recall and false blocks, and how many of the
  ordinary ones are blocked with one sensitive sentence of the test half put inside (`train_posts.embedded`),
  after their end (`train_posts.appended`), under a signature marker (`signed`) or in a quoted reply (`quoted`).

    python models/privacy/evaluate.py              # or --datasets /work/shared/datasets; --quick skips the datasets
    python models/privacy/evaluate.py --keep-posts # after a topic head retrain: the long posts' figures are kept

Long texts never meet the topic head (its second opinions are for one-passage utterances only), so a new topic head
changes the labelled and CLINC150 figures but not the 20 Newsgroups ones, which take most of the 40 minutes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from corpus import clinc, datasets_dir, newsgroups, read_jsonl  # noqa: E402
from train_posts import appended, disclosures, embedded, quoted, signed  # noqa: E402

from edge.pipeline import TextAnalyzer  # noqa: E402
from edge.privacy import PrivacyGate  # noqa: E402

LABELLED = REPO / "tests" / "data" / "gate_sentences.jsonl"


def share(flags: list[bool]) -> dict:
    return {"n": len(flags), "rate": round(float(np.mean(flags)), 4) if flags else None}


def labelled_figures(analyzer: TextAnalyzer) -> dict:
    rows = [r for r in read_jsonl(LABELLED) if r["split"] == "test"]
    groups: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    misses: list[str] = []
    for r in rows:
        result = analyzer.analyze(r["text"])
        blocked = result.verdict.blocked
        if r["sensitive"]:
            groups["recall_by_kind"][r["kind"]].append(blocked)
            groups["recall_by_category"][r["category"]].append(blocked)
            groups["recall_by_language"][r["lang"]].append(blocked)
            groups["recall_by_language_and_kind"][f"{r['lang']}-{r['kind']}"].append(blocked)
            groups["recall_all"]["sensitive"].append(blocked)
            groups["sensitive_with_topic"][r["lang"]].append(bool(result.topics))  # passed the gate and kept one
            if not blocked:
                misses.append(r["text"])
        else:
            groups["false_block_by_kind"][r["kind"]].append(blocked)
            groups["false_block_by_language"][r["lang"]].append(blocked)
            groups["false_block_by_language_and_kind"][f"{r['lang']}-{r['kind']}"].append(blocked)
            if r["kind"] in ("command", "chat"):
                groups["commands"]["no_topic"].append(not result.topics)
                groups["commands_no_topic_by_language"][r["lang"]].append(not result.topics)
            if r["kind"] == "interest":
                right = bool(result.topics) and result.topics[0].tier1 == r["tier1"]
                groups["interests_right_tier1"][r["lang"]].append(right)
    out: dict[str, object] = {name: {k: share(v) for k, v in sorted(g.items())} for name, g in groups.items()}
    out["missed_sensitive_examples"] = misses[:15]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (default $EDGE_DATASETS)")
    parser.add_argument("--quick", action="store_true", help="the labelled test half only")
    parser.add_argument("--keep-posts", action="store_true", help="keep the long-post figures of metrics.json")
    args = parser.parse_args()
    analyzer = TextAnalyzer.load()
    assert analyzer.gate is not None
    metrics: dict = {"labelled_test_half": labelled_figures(analyzer)}
    if not args.quick:
        datasets = datasets_dir(args.datasets)
        requests = [r["text"] for r in clinc(datasets, "report")]
        start = time.perf_counter()
        metrics["clinc150_val_false_block"] = share([analyzer.gate.check(t).blocked for t in requests])
        metrics["clinc150_val_ms_per_request"] = round(1000 * (time.perf_counter() - start) / len(requests), 2)
        if args.keep_posts:
            kept = json.loads((HERE / "metrics.json").read_text(encoding="utf-8"))
            metrics["20news_heldout_long_posts"] = kept["20news_heldout_long_posts"]
        else:
            metrics["20news_heldout_long_posts"] = long_post_figures(analyzer.gate, datasets)
    write(metrics, HERE / ("metrics_quick.json" if args.quick else "metrics.json"))


def long_post_figures(gate: PrivacyGate, datasets: Path) -> dict:
    """The held-out 20 Newsgroups posts: recall, false blocks, and one disclosure put inside, after, under a
    signature of or quoted in an ordinary post."""
    posts = newsgroups(datasets, "heldout")
    disclosed = disclosures("test")
    blocked = [gate.check(p["text"]).blocked for p in posts]
    return {
        "recall": share([b for b, p in zip(blocked, posts) if p["category"]]),
        "false_block": share([b for b, p in zip(blocked, posts) if not p["category"]]),
        "recall_by_category": {
            c: share([b for b, p in zip(blocked, posts) if p["category"] == c])
            for c in ("health", "religion", "political")
        },
        # the ordinary posts with one English sensitive sentence of the test half after their first sentence
        "embedded_disclosure_recall": share([gate.check(p["text"]).blocked for p in embedded(posts, disclosed)]),
        # the same, the sentence after the post's end (a long post's last window)
        "appended_disclosure_recall": share([gate.check(p["text"]).blocked for p in appended(posts, disclosed)]),
        # the same, the sentence under a signature marker, and quoted from another poster
        "signed_disclosure_recall": share([gate.check(p["text"]).blocked for p in signed(posts, disclosed)]),
        "quoted_disclosure_recall": share([gate.check(p["text"]).blocked for p in quoted(posts, disclosed)]),
    }


def write(metrics: dict, out: Path) -> None:
    out.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
