"""Sentence encoder: int8 all-MiniLM-L6-v2 on onnxruntime, shared by the topic classifier and the privacy gate."""

from __future__ import annotations

import functools
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from edge import onnx
from edge.errors import ModelError, UsageError
from edge.home import models_dir
from edge.privacy.ngrams import hashes
from edge.topics.language import language

ENCODER_FILE = "encoder.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 128
"""Utterances are short; longer texts are truncated (the training data was cut to this length too)."""


def topics_dir() -> Path:
    return models_dir() / "topics"


def open_session(path: Path, threads: int = 1) -> Any:
    """An onnxruntime CPU session for `path`, or a ModelError that says how to get a good file."""
    return onnx.open_session(path, threads, fix="reinstall edge or rebuild it with models/topics/export_encoder.py")


@dataclass(frozen=True)
class Encoded:
    """One text's passages and their embeddings: computed once per utterance, read by every head.

    The privacy gate encodes the PII-redacted text and hands this to the topic classifier, so the sensitive
    head and the topic head share one encoder pass. In memory only, like the text.
    """

    text: str
    passages: tuple[str, ...]
    embeddings: np.ndarray
    """(len(passages), dim) float32, unit rows."""
    lead: int | None = None
    """How many of `passages` lead a long text: its subject and first `MAX_PASSAGES` windows, which the topic
    head and the long-text head read (None: all). The privacy gate's passage rules read every passage."""
    own: int | None = None
    """How many of `passages` are the text's own words (subject and windows); the ones after them hold what a long
    text quotes or signs (`edge.topics.text.set_aside`), which only the privacy gate reads (None: all own)."""
    head_outputs: dict[Any, np.ndarray] = field(default_factory=dict, repr=False, compare=False)
    """What a head computed from this text, by the head's owner (`TopicClassifier.encoded_probabilities`), so that
    a second reader does not run the head again: the gate's release (`TopicRelease`) and then the topic classifier
    read the topic head's output once between them. It lives and dies with the text."""

    @property
    def leading(self) -> slice:
        """`passages[leading]`, `embeddings[leading]`: the leading passages (see `lead`)."""
        return slice(None, self.lead)

    @functools.cached_property
    def ngram_hashes(self) -> tuple[np.ndarray, ...]:
        """Each passage's n-gram hashes (`edge.privacy.ngrams.hashes`): computed on first use, then shared by the
        gate's and the topic head's n-gram tables."""
        return tuple(hashes(p) for p in self.passages)

    @functools.cached_property
    def language(self) -> str:
        """`text`'s language of use (`edge.topics.language`), read from `ngram_hashes` when the text is one passage."""
        whole = self.ngram_hashes[0] if self.passages == (self.text,) else None
        return language(self.text, text_hashes=whole)


class TextEncoder:
    """Maps texts to 384-d float32 L2-normalised embeddings.

    Each text runs on its own (batch of one, no padding): dynamic int8 quantization scales activations per
    call, so padding would change a text's embedding. Callers share one pass through `Encoded`
    (`encode_text`); the optional LRU cache (off by default) is for batch scripts that re-encode texts.
    """

    def __init__(self, session, tokenizer, *, cache_size: int = 0) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self.dim = int(session.get_outputs()[0].shape[-1])

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        *,
        model_file: str = ENCODER_FILE,
        threads: int = 1,
        cache_size: int = 0,
    ) -> TextEncoder:
        folder = Path(model_dir) if model_dir is not None else topics_dir()
        session = open_session(folder / model_file, threads)
        names = {i.name for i in session.get_inputs()}
        if names != {"input_ids", "attention_mask"} or session.get_outputs()[0].name != "embedding":
            raise ModelError(
                f"{folder / model_file} is not an edge sentence encoder (inputs {sorted(names)}); "
                "rebuild it with models/topics/export_encoder.py"
            )
        return cls(session, load_tokenizer(folder / TOKENIZER_FILE), cache_size=cache_size)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embeddings of `texts`, shape (len(texts), dim), float32, each row of unit length."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise UsageError("TextEncoder.encode takes a list of strings; wrap a single text in a list")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._encode_one(text)
        return out

    def encode_text(self, text: str) -> Encoded:
        """`text` cut into passages (itself when utterance-sized; see `edge.topics.text`), every one of them, and
        their embeddings. Raises `UsageError` for a text of more than `MAX_READ_PASSAGES` windows."""
        from edge.topics.text import MAX_READ_PASSAGES, MAX_WORDS, passages, read_passages

        if not isinstance(text, str):
            raise UsageError("TextEncoder.encode_text takes a text string")
        own, aside = read_passages(text)
        pieces = tuple(own + aside)
        if len(pieces) > MAX_READ_PASSAGES + 1:  # the windows and a subject
            raise UsageError(
                f"a text of {len(text.split())} words is longer than the {MAX_READ_PASSAGES * MAX_WORDS:,} words "
                "edge reads; split it into parts"
            )
        if len(pieces) == 1:
            return Encoded(text, pieces, self.encode(list(pieces)))
        return Encoded(text, pieces, self.encode(list(pieces)), len(passages(text)), len(own))

    def _encode_one(self, text: str) -> np.ndarray:
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        ids = np.asarray([self._tokenizer.encode(text).ids], dtype=np.int64)
        vector = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
        vector.setflags(write=False)
        if self._cache_size > 0:
            self._cache[text] = vector
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vector

    def clear_cache(self) -> None:
        self._cache.clear()


def load_tokenizer(path: Path, max_tokens: int = MAX_TOKENS):
    from tokenizers import Tokenizer

    if not path.is_file():
        raise ModelError(f"tokenizer file not found: {path}; reinstall edge or point EDGE_MODELS at a models folder")
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as err:  # tokenizers raises a bare Exception on bad JSON
        raise ModelError(f"tokenizer file {path} is corrupt ({type(err).__name__}); reinstall edge") from None
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_tokens)
    return tokenizer
