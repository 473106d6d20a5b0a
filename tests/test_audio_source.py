"""`open_source` picks the right source for each spec and rejects nonsense with a usage error."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from edge.audio import AudioSource, open_source
from edge.audio.source import Rechunker
from edge.audio.stdin import StdinSource
from edge.errors import AudioError, UsageError


def test_specs_route_to_their_sources(tmp_path: Path) -> None:
    assert isinstance(open_source("-"), StdinSource)
    bridge = open_source("bridge://127.0.0.1:9", chunk_ms=20)  # connects lazily, on first use
    assert isinstance(bridge, AudioSource) and bridge.realtime
    bridge.close()
    with pytest.raises(AudioError, match="no such file"):
        open_source(str(tmp_path / "mic.wav"))


@pytest.mark.parametrize("chunk_ms", [0, -30, 5000])
def test_bad_chunk_size(chunk_ms: int) -> None:
    with pytest.raises(UsageError, match="chunk size"):
        open_source("-", chunk_ms=chunk_ms)


def test_empty_spec() -> None:
    with pytest.raises(UsageError, match="no audio source given"):
        open_source("")


def test_rechunker_keeps_every_sample_in_order() -> None:
    rng = np.random.default_rng(0)
    x = rng.integers(-32768, 32767, 10_000, dtype=np.int16)
    r = Rechunker(480)
    out, i = [], 0
    for size in rng.integers(0, 2000, 100):
        out += list(r.push(x[i : i + size]))
        i += size
        if i >= x.size:
            break
    out += list(r.push(x[i:])) + list(r.flush())
    assert all(c.size == 480 for c in out[:-1]) and np.array_equal(np.concatenate(out), x)
