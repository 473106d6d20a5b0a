"""Shared fixtures: every test gets its own EDGE_HOME; paths to the bundled sample and real test data."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_WAV = REPO / "models" / "samples" / "conversation.wav"
SAMPLE_LINES = [
    line.split("|", 1)[1] for line in (REPO / "models" / "samples" / "conversation.txt").read_text().splitlines()
]
# The recording's sentences. The segmenter keeps a turn's sentences (0.4 s apart) together and splits at the 1.2 s
# pauses between turns, so each line of SAMPLE_LINES becomes one utterance.
SAMPLE_SENTENCES = [s.strip() for line in SAMPLE_LINES for s in re.split(r"(?<=[.?!])\s+", line) if s.strip()]
# Training/validation data: $EDGE_DATASETS, else the shared folder beside the repository.
DATASETS = Path(os.environ.get("EDGE_DATASETS", REPO.parent / "shared" / "datasets"))
LABELLED = REPO / "tests" / "data" / "gate_sentences.jsonl"
"""The labelled gate sentences (`models/privacy/build_sentences.py`); their `test` half is never trained on."""
INTEREST_PROBE = REPO / "tests" / "data" / "interest_probe.jsonl"
"""Fresh interest requests and wishes (stop 32), kept out of training like the test half (`corpus.protected_texts`)."""
PROBE = REPO / "tests" / "data" / "gate_probe.jsonl"
"""Fresh sentences for the gate, in batches written after the labelled set, kept out of training likewise."""


def read_rows(path: Path) -> list[dict]:
    """The rows of a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def labelled(split: str) -> list[dict]:
    """The labelled gate sentences of one split ("train" or "test")."""
    return [r for r in read_rows(LABELLED) if r["split"] == split]


LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")


@pytest.fixture
def ctrl_c_interrupts() -> Iterator[None]:
    """Ctrl-C (SIGINT) raises KeyboardInterrupt, as in an `edge` process, whatever this process inherited: a shell
    that starts pytest in the background leaves SIGINT ignored."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
"""The URL in the line `edge collector serve` and `edge relay serve` print once they listen (`--port 0` included)."""

EPOCH_TURN_MARGIN_S = 180.0  # longer than any test that uses `one_epoch` runs


@pytest.fixture
def one_epoch() -> None:
    """For tests on the real clock that read the epoch at one moment and rely on it later (devices, collector and
    relay processes all on `time.time`): when the weekly epoch turns within the next few minutes, wait until it has
    turned, so the whole test runs inside one epoch. Costs nothing except in those minutes once a week."""
    from edge.tokens.params import default_parameters

    epoch_s = default_parameters().epoch_seconds  # a week
    left = epoch_s - time.time() % epoch_s
    if left < EPOCH_TURN_MARGIN_S:
        time.sleep(left + 1.0)


@pytest.fixture(autouse=True)
def edge_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private EDGE_HOME per test, so no test sees another's profile, outbox or models."""
    home = tmp_path / "edge-home"
    monkeypatch.setenv("EDGE_HOME", str(home))
    return home
