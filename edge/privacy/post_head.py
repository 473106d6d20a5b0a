"""The long-text head: one decision per post, from all of its passages at once.

The sensitive model scores a long text (a forum post, an e-mail) passage by passage. Firing when any passage
reaches its bar blocks an ordinary post as soon as one of its passages reads like a disclosure, and misses a
post whose subject is clear only from all of its passages together. This head reads the post as a whole: a
multinomial logistic regression over the passages' mean embedding and the log-odds of each category's best
passage score, with one class per category that long texts train it on (20 Newsgroups: health, religion,
political) and "none". A post is blocked for those categories when the classes other than "none" hold at least
`threshold` of the probability (the most likely of them is named), or when one passage alone scores
`passage_margin` times its long-text threshold (a clear disclosure inside an otherwise ordinary post); the other
categories, which no long training text covers, keep the passage rule. Trained by `models/privacy/train_posts.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from edge.errors import ModelError

POST_HEAD_FILE = "sensitive_posts.json"
_FIX = "reinstall edge or rebuild it with models/privacy/train_posts.py"
LOGIT_SCALE = 4.0
"""Best passage scores enter as log-odds divided by this, so that they span about the embedding's range."""


@dataclass(frozen=True)
class PostHead:
    classes: tuple[str, ...]
    """The sensitive categories it decides, then "none" (the last class)."""
    categories: tuple[str, ...]
    """The model's categories, in the order of the passage scores it reads."""
    weights: np.ndarray
    """(len(classes), len(categories) + embedding dim)."""
    bias: np.ndarray
    threshold: float
    passage_margin: float
    """A passage that scores this many times its long-text threshold fires its category by itself."""

    @classmethod
    def read(cls, path: Path, categories: tuple[str, ...]) -> PostHead:
        if not path.is_file():
            raise ModelError(f"long-text head not found: {path}; {_FIX}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            classes = tuple(str(c) for c in data["classes"])
            weights = np.asarray(data["weights"], dtype=np.float32)
            bias = np.asarray(data["bias"], dtype=np.float32)
            threshold = float(data["threshold"])
            passage_margin = float(data["passage_margin"])
            read_categories = tuple(str(c) for c in data["categories"])
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ModelError(f"long-text head {path} is corrupt ({type(err).__name__}); {_FIX}") from None
        if (
            read_categories != categories
            or not classes
            or classes[-1] != "none"
            or not set(classes[:-1]) <= set(categories)
            or weights.ndim != 2
            or weights.shape[0] != len(classes)
            or weights.shape[1] <= len(categories)
            or bias.shape != (len(classes),)
        ):
            raise ModelError(f"long-text head {path} does not fit the sensitive model's categories; {_FIX}")
        return cls(classes, categories, weights, bias, threshold, passage_margin)

    @property
    def decided(self) -> tuple[str, ...]:
        """The categories this head decides for long texts (the passage rule decides the others)."""
        return self.classes[:-1]

    def probabilities(self, passage_scores: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        """(passages, categories) scores and (passages, dim) embeddings -> one probability per class."""
        return self.class_probabilities(features(passage_scores, embeddings))

    def class_probabilities(self, post_features: np.ndarray) -> np.ndarray:
        """`features` of one post, (dim,), or of many, (posts, dim) -> probabilities per class, in the last axis."""
        logits = post_features @ self.weights.T + self.bias
        exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
        return exp / exp.sum(axis=-1, keepdims=True)

    def fired(self, passage_scores: np.ndarray, embeddings: np.ndarray) -> tuple[str, ...]:
        probabilities = self.probabilities(passage_scores, embeddings)
        if 1.0 - float(probabilities[-1]) < self.threshold:
            return ()
        return (self.classes[int(np.argmax(probabilities[:-1]))],)


def features(passage_scores: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
    """A post's features: each category's best passage score as scaled log-odds, then the mean embedding."""
    best = np.clip(np.asarray(passage_scores, dtype=np.float32).max(axis=0), 1e-4, 1 - 1e-4)
    return np.concatenate([np.log(best / (1 - best)) / LOGIT_SCALE, np.asarray(embeddings, np.float32).mean(axis=0)])
