"""The int8 sentence encoder: real embeddings on real sentences, the cache, and clear errors for bad files."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from edge.errors import ModelError, UsageError
from edge.topics.encoder import ENCODER_FILE, TOKENIZER_FILE, TextEncoder, topics_dir


@pytest.fixture(scope="module")
def encoder() -> TextEncoder:
    return TextEncoder.load()


def test_embeddings_are_unit_float32_rows(encoder: TextEncoder) -> None:
    vectors = encoder.encode(["book a table for two tonight", "hi", ""])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_paraphrases_are_closer_than_unrelated_requests(encoder: TextEncoder) -> None:
    a, b, c, d = encoder.encode(
        [
            "any cheap flights to Lisbon in May",
            "find me an inexpensive plane ticket to Portugal next spring",
            "how much horsepower does the new Mustang have",
            "what's the engine power of the latest Ford sports car",
        ]
    )
    assert a @ b > 0.5 and c @ d > 0.5
    assert a @ b > a @ c + 0.25 and c @ d > b @ d + 0.25


def test_a_text_gets_the_same_embedding_alone_or_in_a_list(encoder: TextEncoder) -> None:
    encoder.clear_cache()
    alone = encoder.encode(["who won the Lakers game"])[0]
    encoder.clear_cache()
    listed = encoder.encode(["set a timer", "who won the Lakers game"])[1]
    assert np.array_equal(alone, listed)


def test_cache_returns_the_same_vector_and_is_bounded() -> None:
    encoder = TextEncoder.load(cache_size=2)
    first = encoder.encode(["turn the volume up"])[0]
    again = encoder.encode(["turn the volume up"])[0]
    assert again is first or np.array_equal(again, first)
    encoder.encode(["one", "two", "three"])
    assert len(encoder._cache) == 2


def test_a_single_string_is_a_usage_error(encoder: TextEncoder) -> None:
    with pytest.raises(UsageError, match="list of strings"):
        encoder.encode("hello")  # type: ignore[arg-type]


def test_missing_model_is_a_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="not found"):
        TextEncoder.load(tmp_path)


def test_corrupt_model_is_a_model_error(tmp_path) -> None:
    (tmp_path / ENCODER_FILE).write_bytes(b"not an onnx model")
    shutil.copyfile(topics_dir() / TOKENIZER_FILE, tmp_path / TOKENIZER_FILE)
    with pytest.raises(ModelError, match="corrupt"):
        TextEncoder.load(tmp_path)


def test_corrupt_tokenizer_is_a_model_error(tmp_path) -> None:
    shutil.copyfile(topics_dir() / ENCODER_FILE, tmp_path / ENCODER_FILE)
    (tmp_path / TOKENIZER_FILE).write_text("{ nope")
    with pytest.raises(ModelError, match="tokenizer"):
        TextEncoder.load(tmp_path)
