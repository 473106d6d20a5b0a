"""The whole product path, as the owner runs it: `edge run` on speech → on-device profile → `edge sync --flush`
(anonymize, outbox, HTTP) → the reference collector on 127.0.0.1 → its debiased aggregate. What reaches the
collector holds no word of what was said and no sensitive topic."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from conftest import SAMPLE_WAV
from test_privacy_invariants import CANARIES

pytestmark = pytest.mark.slow


def edge(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "edge.cli", *args], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_speech_to_aggregate(edge_home: Path, tmp_path: Path) -> None:
    from edge.sync.collector import running
    from edge.topics import Taxonomy

    events = [json.loads(line) for line in edge("run", str(SAMPLE_WAV), "--json").splitlines()]
    utterances = [e for e in events if e["type"] == "utterance"]
    assert any(u["sensitive"]["blocked"] for u in utterances)

    profile = json.loads(edge("profile", "--json"))
    stored = {t["label"] for t in profile["topics"]}
    assert {"Food & Drink", "Automotive", "Travel"} <= stored
    taxonomy = Taxonomy.load()
    assert not any(taxonomy.get(t["id"]).sensitive for t in profile["topics"])  # the health remark left nothing

    with running(tmp_path / "collector.db") as collector:
        result = json.loads(edge("sync", "--endpoint", collector.url, "--flush", "--no-delay", "--json"))
        assert result["sent"] == 1, result
        epoch = profile["epoch"]["current"]
        with urllib.request.urlopen(f"{collector.url}/v1/aggregate?epoch={epoch}", timeout=10) as response:
            aggregate = json.loads(response.read())
    assert (aggregate["batches"], aggregate["reports"]) == (1, 5)
    assert len(aggregate["topics"]) > 100  # an estimate for every allowed topic, not just the sent ones

    # Everything the collector stored, byte by byte: no transcript word, no device identity.
    stored_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("collector.db*"))
    assert not [w for w in CANARIES if w.encode() in stored_bytes.lower()]
    with sqlite3.connect(tmp_path / "collector.db") as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables and not any("device" in t or "user" in t for t in tables)

    # A second sync has nothing new to send, and the epoch cannot be reported twice.
    again = json.loads(edge("sync", "--endpoint", "http://127.0.0.1:9", "--flush", "--no-delay", "--json"))
    assert again["sent"] == 0 and again["queued"] == 0
