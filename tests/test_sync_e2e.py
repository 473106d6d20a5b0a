"""End to end, library and CLI level: profile -> anonymizer -> outbox -> real collector on 127.0.0.1 -> aggregate."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from edge.sync.client import SyncClient, sync
from edge.sync.collector import running
from edge.sync.config import SyncConfig
from edge.sync.outbox import close_due_epochs
from edge.tokens import Anonymizer, InterestProfile, TokenDomain
from edge.types import Topic

DOMAIN = TokenDomain.load()
REPO = Path(__file__).resolve().parent.parent
CATS = DOMAIN.ids[DOMAIN.labels.index("Cats")]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_devices_to_aggregate(tmp_path):
    n_devices, rng = 200, np.random.default_rng(11)
    others = [i for i in DOMAIN.ids if i != CATS]
    cat_people = 0
    with running(tmp_path / "collector.db") as srv:
        for device in range(n_devices):
            with InterestProfile.open(tmp_path / f"device{device}") as profile:
                profile.record([Topic(str(i), "x", "x", 0.8) for i in rng.choice(others, 3, replace=False)])
                if device % 10 < 9:  # 90 % of devices talk about cats a lot
                    cat_people += 1
                    for _ in range(2):
                        profile.record([Topic(CATS, "Cats", "Pets", 0.9)])
                epoch = profile.current_epoch()
                anonymizer = Anonymizer(profile.domain, profile.config, rng=np.random.default_rng(device))
                close_due_epochs(profile, flush=True, anonymizer=anonymizer)
                result = sync(profile=profile, client=SyncClient(srv.url), config=SyncConfig(endpoint=srv.url))
                assert (result.sent, result.queued) == (1, 0)
        agg = get_json(f"{srv.url}/v1/aggregate?epoch={epoch}")
    assert (agg["batches"], agg["reports"]) == (n_devices, 5 * n_devices)
    top = agg["topics"][0]
    assert top["id"] == CATS
    assert top["ci95"][0] <= cat_people <= top["ci95"][1] + 3  # + the odd padding report that drew Cats
    assert top["share_ci95"][0] <= cat_people / n_devices <= top["share_ci95"][1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def edge(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "EDGE_HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop("EDGE_SYNC_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "edge.cli", *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
def test_owner_commands(edge_home, tmp_path):
    with InterestProfile.open(edge_home) as profile:
        for n in range(4):
            profile.record(
                [Topic(CATS, "Cats", "Pets", 0.9)] + ([Topic(DOMAIN.ids[0], "x", "x", 0.5)] if n % 2 else [])
            )
        epoch = profile.current_epoch()

    shown = edge("profile", "--json", home=edge_home)
    assert shown.returncode == 0, shown.stderr
    summary = json.loads(shown.stdout)
    assert summary["topics"][0] == {"id": CATS, "label": "Cats", "count": 4}
    assert summary["next_batch"]["top_topics"][:2] == ["Cats", DOMAIN.labels[0]]
    assert summary["budget"]["spent"] == [] and summary["budget"]["epoch_limit"] == 10.0
    assert "Cats" in edge("profile", home=edge_home).stdout

    blocked = edge("profile", "block", "cats", home=edge_home)
    assert blocked.returncode == 0 and "blocked Cats" in blocked.stdout
    bad = edge("profile", "block", "no such topic", home=edge_home)
    assert bad.returncode == 64 and bad.stderr.count("\n") == 1 and "unknown topic" in bad.stderr

    # offline: the epoch closes into the outbox, the command still succeeds
    (edge_home / "config.toml").write_text("[sync]\nattempts = 1\n")
    offline = edge("sync", "--flush", "--no-delay", "--endpoint", f"http://127.0.0.1:{_free_port()}", home=edge_home)
    assert offline.returncode == 0, offline.stderr
    assert f"closed epoch(s) {epoch}; offline, 1 batches queued" in offline.stdout
    summary = json.loads(edge("profile", "--json", home=edge_home).stdout)
    assert summary["outbox"]["queued"] == 1 and summary["budget"]["spent"][0]["epsilon"] == 10.0
    assert summary["topics"] == [] and summary["epoch"]["reported"] is True

    with running(tmp_path / "collector.db") as srv:
        sent = edge("sync", "--no-delay", "--endpoint", srv.url, home=edge_home)
        assert sent.returncode == 0 and "sent 1 batches" in sent.stdout, sent.stderr
        again = edge("sync", "--flush", "--no-delay", "--endpoint", srv.url, home=edge_home)
        assert again.returncode == 0 and "sent 0 batches" in again.stdout  # the epoch was already reported
        assert srv.store.count(epoch) == (1, 5)

    no_endpoint = edge("sync", home=edge_home)
    assert no_endpoint.returncode == 64 and "no collector endpoint" in no_endpoint.stderr

    forgot = edge("forget", home=edge_home)
    assert forgot.returncode == 0 and "forgot everything" in forgot.stdout
    assert not list(edge_home.glob("tokens.db*"))
    assert json.loads(edge("profile", "--json", home=edge_home).stdout)["blocked"] == []


def test_collector_serve_command(tmp_path, edge_home):
    port = _free_port()
    env = {**os.environ, "EDGE_HOME": str(edge_home), "PYTHONPATH": str(REPO)}
    server = subprocess.Popen(
        [sys.executable, "-m", "edge.cli", "collector", "serve", "--port", str(port), "--db", str(tmp_path / "c.db")],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert f"listening on http://127.0.0.1:{port}" in server.stdout.readline()
        assert get_json(f"http://127.0.0.1:{port}/v1/health")["ok"] is True
        with InterestProfile.open(edge_home) as profile:
            profile.record([Topic(CATS, "Cats", "Pets", 0.9)])
            result = sync(
                profile=profile, flush=True, config=SyncConfig(endpoint=f"http://127.0.0.1:{port}", send_delay_max_s=0)
            )
            epoch = profile.current_epoch()
        assert result.sent == 1
        assert get_json(f"http://127.0.0.1:{port}/v1/aggregate?epoch={epoch}")["batches"] == 1
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_demo_preview_shows_the_batch_without_spending_or_queuing(edge_home, capsys):
    from edge.sync import demo
    from edge.sync.outbox import Outbox
    from edge.tokens.batch import FIELDS

    with InterestProfile.open(edge_home) as profile:
        profile.record([Topic(CATS, "Cats", "Pets", 0.9)])
    assert demo.show(as_json=True) == 0
    preview = json.loads(capsys.readouterr().out)
    assert tuple(preview["batch"]) == FIELDS and len(preview["batch"]["reports"]) == 5
    assert preview["profile"] == [{"id": CATS, "label": "Cats", "count": 1}]
    assert demo.show() == 0 and "preview: not sent" in capsys.readouterr().out
    with InterestProfile.open(edge_home) as profile:
        assert profile.budget.ledger() == [] and len(Outbox(profile.conn)) == 0 and profile.counts() == {CATS: 1}
