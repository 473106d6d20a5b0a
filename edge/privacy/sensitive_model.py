"""The model layer: per-category sensitivity scores from a small int8 ONNX head on the shared sentence encoder.

The head (`models/privacy/sensitive_head.onnx`, trained by `models/privacy/train_sensitive.py`) maps a 384-d
embedding to one sigmoid score per category; `sensitive_head.json` beside it holds the categories and the
recall-first thresholds. A long text is cut into passages (as the topic classifier does) and a category fires
when any passage reaches its threshold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from edge.errors import ModelError
from edge.home import models_dir
from edge.privacy.lexicon import CATEGORIES

HEAD_FILE = "sensitive_head.onnx"
SIDECAR_FILE = "sensitive_head.json"


def privacy_dir() -> Path:
    return models_dir() / "privacy"


@dataclass(frozen=True)
class HeadConfig:
    """What the training script writes beside the head."""

    version: str
    categories: tuple[str, ...]
    thresholds: tuple[float, ...]
    head: str = HEAD_FILE

    @classmethod
    def read(cls, path: Path) -> HeadConfig:
        if not path.is_file():
            raise ModelError(
                f"sensitive model sidecar not found: {path}; reinstall edge or rebuild it with "
                "models/privacy/train_sensitive.py"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            categories = tuple(str(c) for c in data["categories"])
            thresholds = tuple(float(data["thresholds"][c]) for c in categories)
            config = cls(str(data["version"]), categories, thresholds, str(data.get("head", HEAD_FILE)))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ModelError(
                f"sensitive model sidecar {path} is corrupt ({type(err).__name__}); rebuild it with "
                "models/privacy/train_sensitive.py"
            ) from None
        unknown = set(categories) - set(CATEGORIES)
        if unknown:
            raise ModelError(
                f"sensitive model sidecar {path} names unknown categories {sorted(unknown)}; "
                "rebuild it with models/privacy/train_sensitive.py"
            )
        return config


class SensitiveModel:
    """`scores(text)` -> {category: score}; `categories(text)` -> the categories at or above their threshold."""

    def __init__(self, encoder, head_session, config: HeadConfig) -> None:
        self.encoder = encoder
        self.config = config
        self._head = head_session
        self._thresholds = np.asarray(config.thresholds, dtype=np.float32)
        width = head_session.get_outputs()[0].shape[-1]
        if width != len(config.categories):
            raise ModelError(
                f"sensitive head has {width} outputs for {len(config.categories)} categories; "
                "rebuild it with models/privacy/train_sensitive.py"
            )

    @classmethod
    def load(cls, folder: str | Path | None = None, *, encoder=None, threads: int = 1) -> SensitiveModel:
        """The shipped head. Pass `encoder` (the topic classifier's) to share one forward pass per utterance."""
        from edge.topics.encoder import TextEncoder, open_session

        folder = Path(folder) if folder is not None else privacy_dir()
        config = HeadConfig.read(folder / SIDECAR_FILE)
        encoder = encoder or TextEncoder.load(threads=threads)
        return cls(encoder, open_session(folder / config.head, threads), config)

    def head_scores(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, dim) embeddings -> (n, categories) scores in [0, 1]."""
        return self._head.run(None, {"embedding": np.asarray(embeddings, dtype=np.float32)})[0]

    def score_array(self, text: str) -> np.ndarray:
        """Per-category scores of `text`: the maximum over its passages (recall first)."""
        from edge.topics.text import passages

        return self.head_scores(self.encoder.encode(passages(text))).max(axis=0)

    def scores(self, text: str) -> dict[str, float]:
        return {c: float(s) for c, s in zip(self.config.categories, self.score_array(text))}

    def categories(self, text: str) -> tuple[str, ...]:
        fired = self.score_array(text) >= self._thresholds
        return tuple(c for c, hit in zip(self.config.categories, fired) if hit)
