"""The whole product path, as the owner runs it: `edge run` on speech -> on-device profile -> `edge sync --flush`
(seal, outbox, Oblivious HTTP through a relay) -> the collector on 127.0.0.1 -> its aggregate. What reaches the
collector holds no word of what was said and no sensitive topic, and nothing is written outside EDGE_HOME."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from test_privacy_invariants import CANARIES

from tests.conftest import SAMPLE_WAV
from tests.tokenpath import token_stack

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("one_epoch")]  # the real clock: one epoch (conftest)


def edge(env: dict[str, str], *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "edge.cli", *args], capture_output=True, text=True, timeout=600, env=env
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_speech_to_aggregate(edge_home: Path, tmp_path: Path) -> None:
    from edge.topics import Taxonomy

    home = tmp_path / "user-home"  # a fresh HOME: whatever a dependency writes there, we see
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), EDGE_HOME=str(edge_home))

    events = [json.loads(line) for line in edge(env, "run", str(SAMPLE_WAV), "--json").splitlines()]
    utterances = [e for e in events if e["type"] == "utterance"]
    assert any(u["sensitive"]["blocked"] for u in utterances)

    profile = json.loads(edge(env, "profile", "--json"))
    stored = {t["label"] for t in profile["topics"]}
    assert {"Food & Drink", "Automotive", "Travel"} <= stored
    taxonomy = Taxonomy.load()
    assert not any(taxonomy[t["id"]].sensitive for t in profile["topics"])  # the health remark left nothing

    with token_stack(tmp_path) as stack:
        sync = ["sync", "--endpoint", stack.collector_url, "--relay", stack.relay_url, "--flush", "--no-delay"]
        result = json.loads(edge(env, *sync, "--json"))
        assert result["sent"] == 1, result
        epoch = profile["epoch"]["current"]
        with urllib.request.urlopen(f"{stack.collector_url}/v1/aggregate?epoch={epoch}", timeout=10) as response:
            aggregate = json.loads(response.read())
        assert aggregate["released"] and aggregate["reports"] == 1
        assert len(aggregate["topics"]) == 299  # an estimate for every allowed topic, not just the sent one

        # A second sync has nothing new to send: the epoch cannot be reported twice.
        again = json.loads(edge(env, *sync, "--json"))
        assert again["sent"] == 0 and again["queued"] == 0

    # Everything the collector stored, byte by byte: no transcript word, no device identity.
    stored_bytes = b"".join(p.read_bytes() for p in tmp_path.glob("collector.db*"))
    assert not [w for w in CANARIES if w.encode() in stored_bytes.lower()]
    with sqlite3.connect(tmp_path / "collector.db") as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables and not any("device" in t or "user" in t or "addr" in t for t in tables)

    # Nothing persistent outside EDGE_HOME: not onnxruntime's device id or telemetry, not a model cache.
    assert files_under(home) == set(), sorted(str(p) for p in files_under(home))
