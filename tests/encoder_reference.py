"""The reference embeddings (`data/encoder_reference.json`), shared by tests/test_int8_exact.py and the arm64 smoke
tests, which run without onnx under emulation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

REFERENCE = Path(__file__).parent / "data" / "encoder_reference.json"


def reference_distances(encode: Callable[[str], np.ndarray]) -> list[float]:
    """Per reference sentence: the cosine distance between `encode(text)` and the vector stored for it.

    The vectors were written on a CPU that multiplies exactly. Another CPU's float kernels (softmax, GELU) now and
    then round an activation onto the neighbouring int8 step, which moves that sentence's vector (an emulated
    Cortex-A72: 4 of 14 sentences, by cosine distances up to 0.0023, the rest to the last digit); a saturating
    integer kernel moves every sentence's (0.0025-0.019). So the median sentence must come back unchanged."""
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    distances = []
    for text, stored in reference.items():
        got, vector = np.asarray(encode(text), dtype=np.float64), np.asarray(stored)
        distances.append(1.0 - float(got @ vector / (np.linalg.norm(got) * np.linalg.norm(vector))))
    return distances
