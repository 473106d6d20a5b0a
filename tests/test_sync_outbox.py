"""The outbox under sealing and sync: sealing is atomic, a full disk loses nothing, SIGKILL during sync loses nothing.

The crash test runs `sync()` in a child process against a real collector and relay and kills it with SIGKILL at
random moments chosen by its progress (how many uploads the collector has seen), never by guessed sleeps.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from edge.errors import SyncError
from edge.sync.client import sync
from edge.tokens import InterestProfile, Outbox, SentLedger
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.seal import seal_due_epochs
from tests.tokenpath import DOMAIN, quick_settings, token_stack, topics

REPO = Path(__file__).resolve().parent.parent
NOW = 1_800_000_000.0
PARAMS = replace(default_parameters(DOMAIN.version), reports_per_epoch=4, min_reports=1)
CURRENT = PARAMS.epoch_of(NOW)


def fixed(t: float) -> Callable[[], float]:
    return lambda: t


def record_epochs(home: Path, epochs: list[int]) -> None:
    for epoch in epochs:
        with InterestProfile.open(home, clock=fixed(epoch * PARAMS.epoch_seconds + 100.0)) as profile:
            profile.record(topics(epoch % DOMAIN.size, 7))


def fill_disk(outbox: Outbox) -> int:
    """Let the token store grow no further, then queue uploads until it is full; how many fitted."""
    (pages,) = outbox.conn.execute("PRAGMA page_count").fetchone()
    outbox.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    anonymizer = Anonymizer(DOMAIN, PARAMS, SeededRandomness(0))
    stored = 0
    with pytest.raises(SyncError) as caught:
        for _ in range(2000):
            for upload in anonymizer.uploads(CURRENT, {}):
                outbox.put(upload, not_before=0.0)
                stored += 1
    message = str(caught.value)
    assert message.startswith("disk full") and "nothing was lost" in message and "\n" not in message
    return stored


def free_disk(outbox: Outbox) -> None:
    outbox.conn.execute("PRAGMA max_page_count = 1073741823")


def test_sealing_claims_queues_and_drops_the_counts_together(edge_home):
    epochs = [CURRENT - 2, CURRENT - 1, CURRENT]
    record_epochs(edge_home, epochs)
    with InterestProfile.open(edge_home, clock=lambda: NOW) as profile, SentLedger.open(edge_home) as ledger:
        outbox = Outbox(profile.conn)
        sealed = seal_due_epochs(profile, outbox, ledger, PARAMS, CURRENT, rng=SeededRandomness(1), clock=lambda: NOW)
        assert sealed.epochs == epochs[:2] and sealed.uploads == 8  # the current epoch is not over
        assert profile.epochs() == [CURRENT]
        assert [e.epoch for e in ledger.entries()] == epochs[:2]
        assert sorted(q.epoch for q in outbox.pending()) == [CURRENT - 2] * 4 + [CURRENT - 1] * 4
        again = seal_due_epochs(profile, outbox, ledger, PARAMS, CURRENT, flush=True, clock=lambda: NOW)
        assert again.epochs == [CURRENT] and len(outbox) == 12 and profile.epochs() == []
        assert seal_due_epochs(profile, outbox, ledger, PARAMS, CURRENT, flush=True).epochs == []


def test_a_full_disk_is_a_one_line_sync_error_and_leaves_nothing_half_written(edge_home):
    with InterestProfile.open(edge_home) as profile:
        outbox = Outbox(profile.conn, max_uploads=100_000)
        stored = fill_disk(outbox)
        assert stored > 0 and len(outbox) == stored  # the failed put left nothing behind
        free_disk(outbox)
        (upload, *_) = Anonymizer(DOMAIN, PARAMS, SeededRandomness(1)).uploads(5000, {})
        outbox.put(upload, not_before=0.0)  # space again: the outbox works on
        assert len(outbox) == stored + 1


def test_sealing_on_a_full_disk_never_reports_an_epoch_twice(edge_home):
    record_epochs(edge_home, [CURRENT - 1])
    with InterestProfile.open(edge_home, clock=lambda: NOW) as profile, SentLedger.open(edge_home) as ledger:
        outbox = Outbox(profile.conn, max_uploads=100_000)
        stored = fill_disk(outbox)
        with pytest.raises(SyncError, match="disk full"):
            seal_due_epochs(profile, outbox, ledger, PARAMS, CURRENT)
        assert len(outbox) == stored and profile.epochs() == [CURRENT - 1]  # the transaction rolled back
        free_disk(outbox)
        again = seal_due_epochs(profile, outbox, ledger, PARAMS, CURRENT)
        assert again.epochs == [] and again.already_reported == [CURRENT - 1]  # claimed first: lost, not doubled
        assert len(outbox) == stored and profile.epochs() == []


def test_two_processes_sealing_at_once_report_an_epoch_once(edge_home):
    record_epochs(edge_home, [CURRENT - 1])
    with (
        InterestProfile.open(edge_home, clock=lambda: NOW) as a,
        InterestProfile.open(edge_home, clock=lambda: NOW) as b,
        SentLedger.open(edge_home) as ledger_a,
        SentLedger.open(edge_home) as ledger_b,
    ):
        first = seal_due_epochs(a, Outbox(a.conn), ledger_a, PARAMS, CURRENT)
        second = seal_due_epochs(b, Outbox(b.conn), ledger_b, PARAMS, CURRENT)
        assert first.epochs == [CURRENT - 1] and second.epochs == []
        assert len(Outbox(b.conn)) == 4


# --- kill -9 during sync ------------------------------------------------------------------------------

CHILD = """
import sys
from edge.settings import SyncSettings
from edge.sync.client import sync
settings = SyncSettings(endpoint=sys.argv[1], relay=sys.argv[2], attempts=2, timeout_s=10.0)
print("start", flush=True)
result = sync(settings=settings, no_delay=True)
print(result.message(), flush=True)
"""


class Progress:
    """How many uploads the collector has been handed (resends included)."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def seen(self) -> None:
        with self.lock:
            self.count += 1


def test_sigkill_at_random_moments_of_sync_stores_every_sealed_upload_exactly_once(tmp_path, edge_home):
    epochs = [CURRENT - 2, CURRENT - 1, CURRENT]
    record_epochs(edge_home, epochs)
    env = {**os.environ, "EDGE_HOME": str(edge_home), "PYTHONPATH": str(REPO)}
    rng = random.Random(5)
    progress = Progress()
    kills = 0
    with token_stack(tmp_path, params=PARAMS, clock=lambda: NOW) as stack:
        # Seal the three epochs (12 uploads) first; none is due yet, so nothing leaves.
        settings = quick_settings(stack.collector_url, stack.relay_url, send_spread_s=3600.0)
        sealed = sync(edge_home, settings=settings, flush=True, clock=lambda: NOW)
        assert sealed.sealed_epochs == epochs and (sealed.sent, sealed.queued) == (0, 12)

        add_async = stack.storage.add_async

        async def slow_add(*args: Any) -> bool:
            progress.seen()
            await asyncio.sleep(0.005)  # widens the window in which a kill finds the upload in flight
            return await add_async(*args)

        stack.storage.add_async = slow_add  # type: ignore[method-assign,assignment]
        for _ in range(6):
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, stack.collector_url, stack.relay_url],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            assert child.stdout is not None and child.stdout.readline() == b"start\n"  # the kill lands in sync()
            # Once this child got one or two more uploads through, kill it at a random moment of the next:
            # while it posts, while the collector stores, while it deletes the acknowledged row.
            target = progress.count + rng.randint(1, 2)
            deadline = time.monotonic() + 30
            while progress.count < target and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(rng.uniform(0.0, 0.012))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            child.wait(timeout=30)
            child.stdout.close()
            assert child.stderr is not None
            child.stderr.close()
        final = subprocess.run(
            [sys.executable, "-c", CHILD, stack.collector_url, stack.relay_url],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert final.returncode == 0, final.stderr[-2000:]
        assert {e: stack.storage.count(e) for e in stack.storage.epochs()} == {e: 4 for e in epochs}
        assert stack.storage.rejections() == {}  # no conflict: every resend repeated its upload exactly
    assert kills >= 3, "the kills should land while the child is sending"
    assert progress.count >= 12
    with InterestProfile.open(edge_home) as profile, SentLedger.open(edge_home) as ledger:
        outbox = Outbox(profile.conn)
        assert len(outbox) == 0 and outbox.rejected() == [] and profile.epochs() == []
        assert [e.epoch for e in ledger.entries()] == epochs  # and no epoch was sealed again
