"""Train the long-text head (`edge.privacy.post_head`): one decision per post from all of its passages.

Run it after `train_sensitive.py` (it reads the shipped encoder, sensitive head and n-gram table, as the runtime
does: PII redaction, passages, per-passage scores). Data, from `corpus.py`: the 20 Newsgroups train-split posts'
`train` part fits a multinomial logistic regression (classes: health, religion, political, none); on its `dev`
tenth, first the threshold is chosen (the highest that keeps RECALL_TARGET of the dev sensitive posts), then the
passage margin (the lowest of MARGINS at which the dev ordinary posts stay within FALSE_BLOCK_BUDGET), with the
passage rule deciding the other categories throughout. The held-out fifth (`report`) is only measured, as are
*embedded disclosures*: ordinary posts with one sensitive sentence of the labelled set put after their first
sentence (`embedded`; dev posts take the labelled train half's dev third, report posts its test half). Needs the
`train` extra (scikit-learn). About 8 minutes on 2 cores.

    python models/privacy/train_posts.py --datasets DATASETS
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from corpus import datasets_dir, labelled, newsgroups  # noqa: E402

from edge.privacy.lexicon import CATEGORIES  # noqa: E402
from edge.privacy.pii import redact_pii  # noqa: E402
from edge.privacy.post_head import POST_HEAD_FILE, PostHead, features  # noqa: E402
from edge.privacy.sensitive_model import SensitiveModel  # noqa: E402
from edge.topics.text import split_headers  # noqa: E402

VERSION = "sensitive-posts/2"
CLASSES = ("health", "religion", "political", "none")
RECALL_TARGET = 0.98
FALSE_BLOCK_BUDGET = 0.05
"""Dev ordinary posts; the issue's target is 0.08 on posts we do not hold, newer than these."""
MARGINS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 1e9)
C = 4.0
"""Inverse L2 strength of the regression; 0.5 to 16 measured within a point of each other on dev."""


@dataclass
class Posts:
    features: np.ndarray
    labels: np.ndarray
    """A post's category, or "none"."""
    ratio: np.ndarray
    """The best passage score over its bar, for the categories the head decides."""
    others: np.ndarray
    """The passage rule fired for a category the head does not decide."""


def read_posts(model: SensitiveModel, posts: list[dict]) -> Posts:
    decided = np.array([c in CLASSES for c in CATEGORIES])
    rows, labels, ratio, others = [], [], [], []
    for post in posts:
        redacted, _ = redact_pii(post["text"])
        encoded = model.encoder.encode_text(redacted)
        scored = model.passage_scores(post["text"], encoded)
        lead = encoded.leading  # what the long-text head reads at run time; the passage rules read every passage
        rows.append(features(scored.scores[lead], encoded.embeddings[lead]))
        labels.append(post["category"] or "none")
        ratio.append(float((scored.scores / scored.bar)[:, decided].max()))
        others.append(bool((scored.scores >= scored.bar)[:, ~decided].any()))
    return Posts(np.asarray(rows), np.asarray(labels), np.asarray(ratio), np.asarray(others))


def embedded(posts: list[dict], sentences: list[str]) -> list[dict]:
    """Each ordinary post with one of `sentences` after the first sentence of its body (category "embedded")."""
    out = []
    for i, post in enumerate(p for p in posts if p["category"] is None):
        _, body = split_headers(post["text"])
        head = post["text"][: len(post["text"]) - len(body)]
        first, *rest = re.split(r"(?<=[.!?])\s+", body.strip(), maxsplit=1)
        sentence = sentences[i % len(sentences)].rstrip(".!? ") + "."
        out.append({"text": f"{head}{first} {sentence} {' '.join(rest)}", "category": "embedded"})
    return out


def appended(posts: list[dict], sentences: list[str]) -> list[dict]:
    """Each ordinary post with one of `sentences` after the end of its body (category "appended"): the last
    window of a long post, which the gate once did not read."""
    return _after_body(posts, sentences, "appended", "\n\n{}\n")


def signed(posts: list[dict], sentences: list[str]) -> list[dict]:
    """Each ordinary post with one of `sentences` under a signature marker after its body (category "signed"):
    text the topic head leaves out, which the gate reads at `ASIDE_MARGIN`."""
    return _after_body(posts, sentences, "signed", "\n\n-- \n{}\n")


def quoted(posts: list[dict], sentences: list[str]) -> list[dict]:
    """Each ordinary post with one of `sentences` quoted from another poster after its body (category "quoted")."""
    return _after_body(
        posts, sentences, "quoted", "\n\nIn article <1993Apr20.1@news.example.edu> someone writes:\n> {}\n"
    )


def _after_body(posts: list[dict], sentences: list[str], category: str, tail: str) -> list[dict]:
    """Each ordinary post, its trailing whitespace cut, then `tail` with one of `sentences` in it."""
    out = []
    for i, post in enumerate(p for p in posts if p["category"] is None):
        sentence = sentences[i % len(sentences)].rstrip(".!? ") + "."
        out.append({"text": post["text"].rstrip() + tail.format(sentence), "category": category})
    return out


def disclosures(part: str) -> list[str]:
    """The English sensitive sentences of one part of the labelled set (`corpus.labelled`)."""
    return [r["text"] for r in labelled(part) if r["category"] and r["lang"] == "en"]


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", help="folder with 20news/ (default $EDGE_DATASETS)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder of the sensitive model (default models/privacy)")
    args = parser.parse_args()
    datasets = datasets_dir(args.datasets)
    model = SensitiveModel.load(args.out, post_head=False, threads=2)

    news = {part: newsgroups(datasets, part) for part in ("train", "dev", "report")}
    parts = {part: read_posts(model, posts) for part, posts in news.items()}
    parts["dev_embedded"] = read_posts(model, embedded(news["dev"], disclosures("dev")))
    parts["report_embedded"] = read_posts(model, embedded(news["report"], disclosures("test")))
    print({part: len(p.labels) for part, p in parts.items()}, flush=True)

    train = parts["train"]
    regression = LogisticRegression(C=C, max_iter=5000).fit(train.features, train.labels)
    order = [list(regression.classes_).index(c) for c in CLASSES]
    weights, bias = regression.coef_[order], regression.intercept_[order]
    head = PostHead(CLASSES, CATEGORIES, weights, bias, threshold=1.0, passage_margin=MARGINS[-1])

    def blocked(part: str, threshold: float, margin: float) -> np.ndarray:
        p = parts[part]
        sensitive_mass = 1.0 - head.class_probabilities(p.features)[:, -1]
        return (sensitive_mass >= threshold) | (p.ratio >= margin) | p.others

    dev = parts["dev"].labels != "none"
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    keeps = [t for t in grid if blocked("dev", t, MARGINS[-1])[dev].mean() >= RECALL_TARGET]
    threshold = float(max(keeps)) if keeps else float(grid[0])
    within = [m for m in MARGINS if blocked("dev", threshold, m)[~dev].mean() <= FALSE_BLOCK_BUDGET]
    margin = min(within) if within else MARGINS[-1]

    measured: dict = {}
    for part in ("dev", "report"):
        hit, labels = blocked(part, threshold, margin), parts[part].labels
        measured[part] = {
            "recall": round(float(hit[labels != "none"].mean()), 4),
            "false_block": round(float(hit[labels == "none"].mean()), 4),
            **{f"recall_{c}": round(float(hit[labels == c].mean()), 4) for c in CLASSES[:-1]},
            "embedded_recall": round(float(blocked(f"{part}_embedded", threshold, margin).mean()), 4),
            "n": int(len(labels)),
        }
        measured[part]["by_margin"] = {
            str(m): [
                round(float(blocked(part, threshold, m)[labels != "none"].mean()), 4),
                round(float(blocked(part, threshold, m)[labels == "none"].mean()), 4),
                round(float(blocked(f"{part}_embedded", threshold, m).mean()), 4),
            ]
            for m in MARGINS
        }
    print(f"threshold {threshold}, passage margin {margin}: {json.dumps(measured)}", flush=True)

    sidecar = {
        "version": VERSION,
        "categories": list(CATEGORIES),
        "classes": list(CLASSES),
        "threshold": threshold,
        "passage_margin": margin,
        "features": "log-odds of each category's best passage score / 4, then the mean passage embedding",
        "weights": [[float(f"{w:.6g}") for w in row] for row in weights],
        "bias": [float(f"{b:.6g}") for b in bias],
        "measured": measured,
    }
    (args.out / POST_HEAD_FILE).write_text(json.dumps(sidecar) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
