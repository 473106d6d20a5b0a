"""When uploads leave (issue 10, item 2): a backlog trickles out, each message on its own connection, all one size.

The device's clock and sleep are fake (time is what these tests are about, and they must not take it); the
collector, the relay and every connection between them are real.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_sync_oblivious import requests_of

from edge.sync.client import sync
from edge.sync.oblivious import ObliviousClient
from edge.tokens import InterestProfile, Outbox
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.wire import INNER_REQUEST_SIZE, REPORTS_PATH
from tests.tokenpath import Stack, quick_settings, token_stack, topics

NOW = 1_800_000_000.0
PARAMS = default_parameters()
CURRENT = PARAMS.epoch_of(NOW)
GAP_MIN, GAP_MAX, SPREAD = 30.0, 300.0, 3600.0


@dataclass
class FakeTime:
    now: float = NOW
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds


class RecordingClient(ObliviousClient):
    """The real Oblivious HTTP client, noting when (by the fake clock) each message left and what it carried."""

    def __init__(self, stack: Stack, home: Path, time: FakeTime) -> None:
        super().__init__(stack.collector_url, stack.relay_url, home=home)
        self.time = time
        self.sent: list[tuple[float, str, str | None]] = []  # (when, path, report_id)

    def request(self, method: str, path: str, body: bytes = b"", headers: Any = ()) -> Any:
        report_id = json.loads(body)["report_id"] if path == REPORTS_PATH else None
        self.sent.append((self.time.now, path, report_id))
        return super().request(method, path, body, headers)

    def uploads(self) -> list[tuple[float, str]]:
        return [(t, r) for t, p, r in self.sent if p == REPORTS_PATH and r is not None]


@pytest.fixture()
def stack(tmp_path: Path) -> Iterator[Stack]:
    with token_stack(tmp_path, clock=lambda: NOW, tap=True) as running:
        yield running


def backlog(home: Path, epochs: int = 3) -> None:
    """Topics recorded in the collector's last `epochs` epochs (the current one included)."""
    for back in range(epochs):
        when = NOW - back * PARAMS.epoch_seconds
        with InterestProfile.open(home, clock=FakeTime(when)) as profile:
            profile.record(topics(back, back + 10))


def pending(home: Path) -> dict[str, float]:
    with InterestProfile.open(home) as profile:
        return {q.report_id: q.not_before for q in Outbox(profile.conn).pending()}


def run(stack: Stack, home: Path, time: FakeTime, client: RecordingClient, **options: Any) -> Any:
    settings = quick_settings(
        stack.collector_url, stack.relay_url, send_spread_s=SPREAD, send_gap_min_s=GAP_MIN, send_gap_max_s=GAP_MAX
    )
    return sync(
        home, settings=settings, client=client, clock=time, sleep=time.sleep, rng=SeededRandomness(3), **options
    )


def assert_spread_out(sent: list[tuple[float, str]], not_before: dict[str, float]) -> None:
    times = sorted(t for t, _ in sent)
    assert all(b - a >= GAP_MIN for a, b in zip(times, times[1:])), times
    for when, report_id in sent:
        assert when >= not_before[report_id]


def test_a_backlog_is_sealed_then_leaves_one_by_one_at_its_own_moments(stack, edge_home):
    time = FakeTime()
    client = RecordingClient(stack, edge_home, time)
    backlog(edge_home)
    first = run(stack, edge_home, time, client, flush=True)
    assert first.sealed_epochs == [CURRENT - 2, CURRENT - 1, CURRENT]
    assert (first.sent, first.queued) == (0, 3)  # each waits for its own random moment
    not_before = pending(edge_home)
    assert all(NOW < t <= NOW + SPREAD for t in not_before.values())
    assert len(set(not_before.values())) == 3
    assert first.next_due_in_s == pytest.approx(min(not_before.values()) - NOW)
    assert "the next leaves in" in first.message()

    second = run(stack, edge_home, time, client, wait=True)
    assert (second.sent, second.queued, second.next_due_in_s) == (3, 0, None)
    assert_spread_out(client.uploads(), not_before)
    assert sum(time.sleeps) == pytest.approx(time.now - NOW)  # it slept, it did not busy-wait
    assert time.sleeps and all(s > 0 for s in time.sleeps)
    assert {e: stack.storage.count(e) for e in stack.storage.epochs()} == {CURRENT - 2: 1, CURRENT - 1: 1, CURRENT: 1}


def test_without_wait_each_run_sends_only_what_is_due_and_says_when_the_next_is(stack, edge_home):
    time = FakeTime()
    client = RecordingClient(stack, edge_home, time)
    backlog(edge_home)
    run(stack, edge_home, time, client, flush=True)
    not_before = pending(edge_home)
    sent_per_run = []
    for _ in range(10):
        result = run(stack, edge_home, time, client)
        sent_per_run.append(result.sent)
        if result.queued == 0:
            assert result.next_due_in_s is None
            break
        assert result.next_due_in_s is not None and result.next_due_in_s > 0
        time.now += result.next_due_in_s  # the owner runs `edge sync` again when told
    assert sum(sent_per_run) == 3 and max(sent_per_run) == 1
    assert time.sleeps == []  # without --wait nothing sleeps
    assert_spread_out(client.uploads(), not_before)


def test_running_sync_again_soon_never_sends_two_uploads_within_the_gap(stack, edge_home):
    """A scheduler that runs `edge sync` every 10 s must not undo the gap between two uploads."""
    time = FakeTime()
    client = RecordingClient(stack, edge_home, time)
    backlog(edge_home)
    settings_spread = 20.0  # every upload is due within 20 s: only the gap keeps them apart
    settings = quick_settings(
        stack.collector_url,
        stack.relay_url,
        send_spread_s=settings_spread,
        send_gap_min_s=GAP_MIN,
        send_gap_max_s=GAP_MAX,
    )
    sync(edge_home, settings=settings, client=client, clock=time, sleep=time.sleep, flush=True)
    for _ in range(200):
        time.now += 10
        result = sync(edge_home, settings=settings, client=client, clock=time, sleep=time.sleep)
        if result.queued == 0:
            break
    times = sorted(t for t, _ in client.uploads())
    assert len(times) == 3
    assert all(b - a >= GAP_MIN for a, b in zip(times, times[1:])), times


def test_no_delay_sends_everything_now_each_message_on_its_own_connection_all_one_size(stack, edge_home):
    time = FakeTime()
    client = RecordingClient(stack, edge_home, time)
    backlog(edge_home)
    result = run(stack, edge_home, time, client, flush=True, no_delay=True)
    assert (result.sent, result.queued) == (3, 0) and time.sleeps == []
    assert [p for _, p, _ in client.sent] == ["/v1/config", REPORTS_PATH, REPORTS_PATH, REPORTS_PATH]

    connections = stack.device_hop.connections
    per_connection = [requests_of(c.upstream) for c in connections]
    assert all(len(requests) == 1 for requests in per_connection)  # one message, one connection
    posts = [r for requests in per_connection for r in requests if r[0].startswith(b"POST")]
    gets = [r for requests in per_connection for r in requests if r[0].startswith(b"GET")]
    assert len(posts) == 4 and len(gets) == 1  # config + 3 uploads; one key fetch
    assert len(connections) == 5
    assert {len(body) for _, body in posts} == {INNER_REQUEST_SIZE + 55}  # one size: config fetch or upload
    relay_posts = [r for c in stack.relay_hop.connections for r in requests_of(c.upstream) if r[0].startswith(b"POST")]
    assert len(relay_posts) == 4  # forwarded on connections the relay keeps open (its clients share them)
