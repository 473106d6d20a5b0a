"""Delivery (issue 10): retries with backoff and jitter, offline is normal, 4xx kept as rejected, 5xx stays queued.

A real collector and relay on loopback; the device's sleep is recorded instead of slept (time is not what these
tests measure).
"""

from __future__ import annotations

import logging
import random
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from edge.cli import main
from edge.collector.storage import open_storage
from edge.errors import UsageError
from edge.settings import SyncSettings
from edge.sync.client import Sender, sync
from edge.sync.oblivious import ObliviousClient
from edge.sync.transport import Endpoint, Transient
from edge.tokens import InterestProfile, Outbox
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.outbox import QueuedUpload
from edge.tokens.params import Parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.upload import Upload
from tests.tokenpath import DOMAIN, Stack, quick_settings, token_stack, topics

NOW = 1_800_000_000.0


class Sleeps(list):
    """Records the backoff sleeps instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        assert seconds >= 0
        self.append(seconds)


@pytest.fixture()
def stack(tmp_path: Path) -> Iterator[Stack]:
    with token_stack(tmp_path, clock=lambda: NOW) as running:
        yield running


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queue(home: Path, params: Parameters, n: int, seed: int = 0) -> list[str]:
    """n uploads of the collector's current epoch in the outbox under `home`; their report ids, in order."""
    anonymizer = Anonymizer(DOMAIN, params, SeededRandomness(seed))
    uploads = [u for i in range(n) for u in anonymizer.uploads(params.epoch_of(NOW), {DOMAIN.ids[i]: 1})]
    with InterestProfile.open(home) as profile:
        outbox = Outbox(profile.conn)
        for i, upload in enumerate(uploads):
            outbox.put(upload, not_before=NOW + i)
    return [u.report_id for u in uploads]


def outbox_state(home: Path) -> tuple[list[str], list[QueuedUpload]]:
    with InterestProfile.open(home) as profile:
        outbox = Outbox(profile.conn)
        return [q.report_id for q in outbox.pending()], outbox.rejected()


def stored(stack: Stack) -> int:
    return sum(stack.storage.count(e) for e in stack.storage.epochs())


def test_transient_failures_are_retried_with_exponential_backoff_and_full_jitter(edge_home):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: connection refused
    sleeps = Sleeps()
    settings = SyncSettings(endpoint=url, relay=url, attempts=6)
    sender = Sender(
        ObliviousClient(url, url, home=edge_home),
        settings,
        sleep=sleeps,
        jitter=random.Random(1),
        backoff_base_s=1.0,
        backoff_cap_s=8.0,
    )
    with pytest.raises(Transient) as caught:
        sender.send(QueuedUpload("0" * 32, 1, b"{}", 0.0))
    assert caught.value.offline is True
    caps = [min(8.0, 1.0 * 2**attempt) for attempt in range(1, 6)]
    assert len(sleeps) == 5 and all(0 <= s <= cap for s, cap in zip(sleeps, caps))
    assert len(set(sleeps)) == 5  # drawn, not a fixed schedule
    assert sleeps[-1] > 2.0  # the cap grows: the last one may reach 8 s, and with this seed goes past 2


def test_offline_keeps_everything_queued_and_is_not_an_error(edge_home):
    url = f"http://127.0.0.1:{free_port()}"
    queued = queue(edge_home, Parameters(taxonomy=DOMAIN.version), 2)
    result = sync(settings=quick_settings(url, url, attempts=3), sleep=Sleeps(), no_delay=True)
    assert (result.status, result.sent, result.queued) == ("offline", 0, 2)
    assert result.message().startswith("offline, 2 upload(s) queued")
    assert outbox_state(edge_home) == (queued, [])


def test_offline_through_the_cli_exits_0_with_one_line(edge_home, capsys, monkeypatch):
    monkeypatch.delenv("EDGE_SYNC_URL", raising=False)
    monkeypatch.delenv("EDGE_SYNC_RELAY", raising=False)
    url = f"http://127.0.0.1:{free_port()}"
    edge_home.mkdir(parents=True)
    (edge_home / "config.toml").write_text("[sync]\nattempts = 1\n")
    assert main(["sync", "--endpoint", url, "--relay", url, "--flush", "--no-delay"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("offline, 0 upload(s) queued (cannot reach 127.0.0.1") and out.count("\n") == 1
    assert err == ""


def test_a_relay_that_accepts_but_never_answers_times_out_as_offline(edge_home):
    queue(edge_home, Parameters(taxonomy=DOMAIN.version), 1)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        result = sync(settings=quick_settings(url, url, timeout_s=0.3), sleep=Sleeps())
    assert result.status == "offline" and "timed out" in result.detail and result.queued == 1


def test_collector_storage_down_is_retried_then_delivered(stack, edge_home, tmp_path):
    queue(edge_home, stack.collector.params, 2)
    working = stack.storage
    down = open_storage(tmp_path / "down.db")
    down.close()  # every write now fails: the collector answers 503
    stack.collector.storage = down
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        if len(sleeps) == 3:
            stack.collector.storage = working  # the database is back after the third backoff

    settings = quick_settings(stack.collector_url, stack.relay_url, attempts=5)
    result = sync(settings=settings, sleep=sleep, no_delay=True)
    assert (result.status, result.sent, result.queued) == ("ok", 2, 0)
    assert len(sleeps) == 3 and stored(stack) == 2
    assert outbox_state(edge_home) == ([], [])


def test_collector_storage_down_past_every_retry_leaves_the_uploads_queued(stack, edge_home, tmp_path):
    queued = queue(edge_home, stack.collector.params, 2)
    down = open_storage(tmp_path / "down.db")
    down.close()
    working, stack.collector.storage = stack.storage, down
    sleeps = Sleeps()
    settings = quick_settings(stack.collector_url, stack.relay_url, attempts=2)
    result = sync(settings=settings, sleep=sleeps, no_delay=True)
    stack.collector.storage = working
    assert (result.status, result.sent, result.queued) == ("unavailable", 0, 2)
    assert "503" in result.detail and len(sleeps) == 1
    assert result.message().startswith("collector unavailable, 2 upload(s) queued")
    assert outbox_state(edge_home) == (queued, []) and stored(stack) == 0
    again = sync(settings=quick_settings(stack.collector_url, stack.relay_url), sleep=sleeps, no_delay=True)
    assert again.sent == 2 and stored(stack) == 2


def test_a_rejected_upload_is_kept_but_never_resent_and_the_rest_go_through(stack, edge_home):
    queue(edge_home, stack.collector.params, 3)
    with InterestProfile.open(edge_home) as profile:  # one upload made for another collector's epsilon
        bad = Upload.make(replace(stack.collector.params, epsilon=1.0), stack.collector.current_epoch(), bytes(38))
        Outbox(profile.conn).put(bad, not_before=NOW + 1.5)
    settings = quick_settings(stack.collector_url, stack.relay_url)
    result = sync(settings=settings, no_delay=True)
    assert (result.sent, result.rejected, result.queued) == (3, 1, 0)
    assert "epsilon differs from this collector's parameters" in result.detail
    again = sync(settings=settings, no_delay=True)
    assert (again.sent, again.rejected) == (0, 0)
    pending, rejected = outbox_state(edge_home)
    assert pending == [] and [r.report_id for r in rejected] == [bad.report_id]
    assert rejected[0].rejected is not None and rejected[0].rejected.startswith("HTTP 422")
    assert stored(stack) == 3 and stack.storage.rejections() == {"parameters": 1}


def test_a_rejection_through_the_cli_is_one_line_and_exit_7(stack, edge_home, capsys):
    with InterestProfile.open(edge_home) as profile:
        bad = Upload.make(replace(stack.collector.params, p_replace=0.1), stack.collector.current_epoch(), bytes(38))
        Outbox(profile.conn).put(bad, not_before=0.0)
    code = main(["sync", "--endpoint", stack.collector_url, "--relay", stack.relay_url, "--no-delay"])
    out, err = capsys.readouterr()
    assert code == 7
    assert err.count("\n") == 1 and "the collector rejected 1 upload(s)" in err and "p_replace differs" in err
    assert "sent 0 upload(s)" in out


def test_the_outbox_is_bounded_and_drops_the_oldest_with_a_counted_warning(edge_home, caplog):
    anonymizer = Anonymizer(DOMAIN, Parameters(taxonomy=DOMAIN.version), SeededRandomness(0))
    with InterestProfile.open(edge_home) as profile:
        outbox = Outbox(profile.conn, max_uploads=3)
        with caplog.at_level(logging.WARNING, logger="edge.tokens"):
            for epoch in range(10, 15):
                (upload,) = anonymizer.uploads(epoch, {})
                outbox.put(upload, not_before=float(epoch))
        assert [q.epoch for q in outbox.pending()] == [12, 13, 14]
        assert outbox.dropped() == 2 and len(outbox) == 3
    warnings = [r.getMessage() for r in caplog.records if "outbox full" in r.getMessage()]
    assert len(warnings) == 2 and "epoch 11" in warnings[-1] and "2 dropped so far" in warnings[-1]
    with InterestProfile.open(edge_home) as profile, pytest.raises(ValueError, match="at least 1"):
        Outbox(profile.conn, max_uploads=0)


def test_the_outbox_bound_comes_from_the_settings(stack, edge_home):
    queue(edge_home, stack.collector.params, 4)
    (edge_home / "config.toml").write_text("[sync]\noutbox_max = 2\n")
    with InterestProfile.open(edge_home, clock=lambda: NOW) as profile:
        profile.record(topics(1))
    result = sync(endpoint=stack.collector_url, relay=stack.relay_url, flush=True, clock=lambda: NOW)
    assert result.sealed_epochs == [stack.collector.current_epoch()]
    assert (result.sent, result.queued) == (0, 2)  # the new upload and the newest queued one; none due yet
    with InterestProfile.open(edge_home) as profile:
        assert Outbox(profile.conn).dropped() == 3


# --- where to send ------------------------------------------------------------------------------------


def test_endpoint_validation() -> None:
    with pytest.raises(UsageError, match="refusing plain http"):
        Endpoint.parse("http://collector.example.org", "collector")
    with pytest.raises(UsageError, match="bad relay URL"):
        Endpoint.parse("ftp://127.0.0.1/", "relay")
    with pytest.raises(UsageError, match="no credentials"):
        Endpoint.parse("https://user:pw@collector.example.org", "collector")
    with pytest.raises(UsageError, match="no credentials, query"):
        Endpoint.parse("https://c.example.org/?device=1", "collector")
    with pytest.raises(UsageError, match="bad port"):
        Endpoint.parse("https://c.example.org:99999", "collector")
    assert Endpoint.parse("https://c.example.org/edge/", "collector").path == "/edge"
    assert Endpoint.parse("http://[::1]:8750", "relay").authority == "[::1]:8750"
    assert Endpoint.parse("http://localhost:8750", "relay").https is False


def test_sync_needs_a_collector_and_a_relay(edge_home, monkeypatch):
    monkeypatch.delenv("EDGE_SYNC_URL", raising=False)
    monkeypatch.delenv("EDGE_SYNC_RELAY", raising=False)
    with pytest.raises(UsageError, match="no collector"):
        sync()
    with pytest.raises(UsageError, match="no relay.*only ever travel through an Oblivious HTTP relay"):
        sync(endpoint="https://collector.example.org")


def test_settings_come_from_flag_then_env_then_config(edge_home, monkeypatch):
    monkeypatch.delenv("EDGE_SYNC_URL", raising=False)
    monkeypatch.delenv("EDGE_SYNC_RELAY", raising=False)
    edge_home.mkdir(parents=True, exist_ok=True)
    (edge_home / "config.toml").write_text(
        '[sync]\nendpoint = "https://from-config.example"\nrelay = "https://relay-config.example"\nattempts = 2\n'
    )
    loaded = SyncSettings.load()
    assert (loaded.endpoint, loaded.relay, loaded.attempts) == (
        "https://from-config.example",
        "https://relay-config.example",
        2,
    )
    monkeypatch.setenv("EDGE_SYNC_URL", "https://from-env.example")
    monkeypatch.setenv("EDGE_SYNC_RELAY", "https://relay-env.example")
    assert (SyncSettings.load().endpoint, SyncSettings.load().relay) == (
        "https://from-env.example",
        "https://relay-env.example",
    )
    flagged = SyncSettings.load(endpoint="https://from-flag.example", relay="https://relay-flag.example")
    assert (flagged.endpoint, flagged.relay) == ("https://from-flag.example", "https://relay-flag.example")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("attempts = 0", "attempts must be an integer >= 1"),
        ("attempts = true", "attempts must be an integer"),
        ("outbox_max = 1.5", "outbox_max must be an integer"),
        ("send_gap_min_s = -1", "send_gap_min_s must be a number >= 0"),
        ("send_gap_min_s = 60\nsend_gap_max_s = 30", "send_gap_max_s must be at least send_gap_min_s"),
        ("timeout_s = 'soon'", "timeout_s must be a number"),
        ("endpoiint = 'x'", "unknown setting"),
    ],
)
def test_bad_sync_settings_are_one_line_usage_errors(edge_home, table, message):
    edge_home.mkdir(parents=True, exist_ok=True)
    (edge_home / "config.toml").write_text(f"[sync]\n{table}\n")
    with pytest.raises(UsageError, match=message) as caught:
        SyncSettings.load()
    assert "\n" not in str(caught.value)
