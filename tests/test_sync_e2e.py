"""End to end: devices -> relay -> collector -> aggregate, and the owner's commands as the README runs them.

`edge collector serve` and `edge relay serve` run as their own processes; `edge sync`, `edge profile` and
`edge forget` run through the CLI's `main` (the same code as the console script, in this process).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from edge.cli import main
from edge.sync.client import sync
from edge.tokens import InterestProfile, Outbox, SentLedger
from edge.tokens.ledger import LEDGER_NAME
from edge.tokens.randomness import SeededRandomness
from edge.tokens.upload import FIELDS
from edge.types import Topic
from tests.conftest import LISTENING, REPO
from tests.tokenpath import DOMAIN, quick_settings, token_stack

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)

CATS = DOMAIN.ids[DOMAIN.labels.index("Cats")]


def cats(n: int = 1) -> list[Topic]:
    return [Topic(CATS, "Cats", "Pets", 0.9)] * n


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read(), parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_devices_to_aggregate(tmp_path):
    """25 devices; 'Cats' is the only topic of 20 of them, so exactly 20 reports named it before randomization."""
    others = [i for i in DOMAIN.ids if i != CATS]
    pick = SeededRandomness(11)
    with token_stack(tmp_path) as stack:
        settings = quick_settings(stack.collector_url, stack.relay_url)
        for device in range(25):
            home = tmp_path / f"device{device}"
            with InterestProfile.open(home) as profile:
                if device % 5 < 4:
                    profile.record(cats())
                else:
                    profile.record([Topic(others[pick.below(len(others))], "x", "x", 0.8)])
            result = sync(home, settings=settings, flush=True, no_delay=True, rng=SeededRandomness(device))
            assert (result.sent, result.queued) == (1, 0)
        epoch = stack.collector.current_epoch()
        agg = get_json(f"{stack.collector_url}/v1/aggregate?epoch={epoch}")
    assert agg["released"] and agg["reports"] == 25
    (cat,) = [t for t in agg["topics"] if t["id"] == CATS]
    assert 0 < cat["ci95"][0] <= 20 <= cat["ci95"][1]  # found, and the interval holds the truth
    assert cat["share_ci95"][0] <= 0.8 <= cat["share_ci95"][1]
    assert CATS in [t["id"] for t in agg["topics"][:5]]


def test_owner_commands(tmp_path, edge_home, capsys, monkeypatch):
    monkeypatch.delenv("EDGE_SYNC_URL", raising=False)
    monkeypatch.delenv("EDGE_SYNC_RELAY", raising=False)
    with InterestProfile.open(edge_home) as profile:
        for n in range(4):
            profile.record(cats() + ([Topic(DOMAIN.ids[0], "x", "x", 0.5)] if n % 2 else []))
        epoch = profile.current_epoch()

    code, out, _ = run_cli(capsys, "profile", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["topics"][0] == {"id": CATS, "label": "Cats", "count": 4, "tier": 2, "tier1": "Pets"}
    assert summary["next_upload"]["candidates"][:2] == ["Cats", DOMAIN.labels[0]]
    assert summary["reported"] == [] and summary["epoch"]["reported"] is False
    assert "Cats" in run_cli(capsys, "profile")[1]

    code, out, _ = run_cli(capsys, "profile", "block", "cats")
    assert code == 0 and "blocked Cats" in out
    code, _, err = run_cli(capsys, "profile", "block", "no such topic")
    assert code == 64 and err.count("\n") == 1 and "unknown topic" in err
    run_cli(capsys, "profile", "unblock", "cats")

    # No relay: a one-line usage error; uploads never go straight to the collector.
    code, _, err = run_cli(capsys, "sync", "--endpoint", "http://127.0.0.1:9")
    assert code == 64 and err.count("\n") == 1 and "no relay" in err

    with token_stack(tmp_path) as stack:
        where = ("--endpoint", stack.collector_url, "--relay", stack.relay_url)
        code, out, err = run_cli(capsys, "sync", *where, "--flush", "--no-delay")
        assert code == 0, err
        assert out.startswith(f"sealed epoch(s) {epoch}; sent 1 upload(s)")
        code, out, _ = run_cli(capsys, "sync", *where, "--flush", "--no-delay", "--json")
        again = json.loads(out)
        assert code == 0 and (again["sent"], again["sealed_epochs"]) == (0, [])  # the epoch was reported
        assert stack.storage.count(epoch) == 1

    summary = json.loads(run_cli(capsys, "profile", "--json")[1])
    assert summary["epoch"]["reported"] is True and summary["topics"] == []
    assert [r["epoch"] for r in summary["reported"]] == [epoch] and 0 < summary["reported"][0]["epsilon"] <= 2.0
    assert summary["outbox"] == {"queued": 0, "dropped": 0, "rejected": [], "uploads": []}

    code, out, _ = run_cli(capsys, "forget")
    assert code == 0 and "forgot everything" in out and "already reported stays" in out
    assert not list(edge_home.glob("tokens.db*"))
    assert (edge_home / LEDGER_NAME).exists()
    with SentLedger.open(edge_home) as ledger:
        assert [s.epoch for s in ledger.entries()] == [epoch]
    assert run_cli(capsys, "forget")[1].startswith("nothing to forget")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_url(line: str) -> str:
    """The http://127.0.0.1:PORT a server's "listening on" line names."""
    match = LISTENING.search(line)
    assert match, line
    return match.group(1)


@contextmanager
def serving(args: list[str], home: Path) -> Iterator[str]:
    """`edge ARGS` in its own process until the block ends; yields the line that says where it listens."""
    env = {**os.environ, "EDGE_HOME": str(home), "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "edge.cli", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:  # the collector says first that it runs without an issuer (pilot mode)
            if "listening on" in line:
                yield line
                break
        else:
            pytest.fail(f"`edge {' '.join(args)}` did not start: {process.stderr.read() if process.stderr else ''}")
    finally:
        process.terminate()
        process.wait(timeout=20)
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


def test_the_readme_flow_with_collector_and_relay_processes(tmp_path, edge_home, capsys):
    with ExitStack() as stack:  # port 0: each server picks a free port and says which
        line = stack.enter_context(
            serving(
                ["collector", "serve", "--port", "0", "--db", str(tmp_path / "c.db"), "--min-reports", "1"],
                tmp_path / "collector-home",
            )
        )
        collector = listening_url(line)
        line = stack.enter_context(
            serving(["relay", "serve", "--port", "0", "--gateway", collector], tmp_path / "relay-home")
        )
        relay = listening_url(line)
        assert get_json(f"{collector}/healthz")["ok"] is True

        with InterestProfile.open(edge_home) as profile:
            profile.record(cats())
            epoch = profile.current_epoch()
        code, out, err = run_cli(capsys, "sync", "--endpoint", collector, "--relay", relay, "--flush", "--no-delay")
        assert code == 0 and "sent 1 upload(s)" in out, err
        agg = get_json(f"{collector}/v1/aggregate?epoch={epoch}")
        assert agg["released"] is True and agg["reports"] == 1 and len(agg["topics"]) == DOMAIN.size
    assert not (tmp_path / "relay-home").exists()  # the relay keeps nothing


def test_collector_serve_refuses_min_reports_0_in_one_line(capsys):
    code, out, err = run_cli(capsys, "collector", "serve", "--min-reports", "0", "--port", str(free_port()))
    assert code == 64 and err == "edge: error: --min-reports must be at least 1\n" and out == ""


def test_a_busy_port_is_one_line(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = str(busy.getsockname()[1])
        code, _, err = run_cli(capsys, "relay", "serve", "--port", port, "--gateway", "http://127.0.0.1:9")
    assert code == 64 and err.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in err


def test_demo_preview_shows_the_upload_without_claiming_or_queuing(edge_home, capsys):
    from edge.tokens import preview

    with InterestProfile.open(edge_home) as profile:
        profile.record(cats())
    assert preview.show(as_json=True) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["type"] == "upload_preview" and len(shown["uploads"]) == 1
    assert tuple(shown["uploads"][0]) == FIELDS and shown["bytes"] == [
        len(json.dumps(shown["uploads"][0], separators=(",", ":")))
    ]
    assert shown["profile"] == [{"id": CATS, "label": "Cats", "count": 1}]
    assert preview.show() == 0 and "preview, not sent" in capsys.readouterr().out
    with InterestProfile.open(edge_home) as profile, SentLedger.open(edge_home) as ledger:
        assert ledger.entries() == [] and len(Outbox(profile.conn)) == 0 and profile.counts() == {CATS: 1}
