"""The outbox: atomic epoch close, bounded, full disk loses nothing, SIGKILL during sync loses nothing."""

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from edge.errors import SyncError
from edge.sync.collector import CollectorHandler, running
from edge.sync.outbox import Outbox, close_due_epochs
from edge.tokens import Anonymizer, InterestProfile, TokenConfig, TokenDomain
from edge.types import Topic

DOMAIN = TokenDomain.load()
REPO = Path(__file__).resolve().parent.parent
WEEK = 7 * 86_400


def seed_epochs(home: Path, epochs: range) -> None:
    """Record a few topics in each of `epochs` (long past, so every one is due)."""
    clock = [0.0]
    with InterestProfile.open(home, clock=lambda: clock[0]) as p:
        for epoch in epochs:
            clock[0] = epoch * WEEK + 100
            p.record([Topic(DOMAIN.ids[epoch % DOMAIN.size], "x", "x", 1.0), Topic(DOMAIN.ids[7], "x", "x", 1.0)])


def test_closing_an_epoch_spends_budget_queues_and_drops_counts_together(edge_home):
    seed_epochs(edge_home, range(3, 6))
    with InterestProfile.open(edge_home) as p:
        batches = close_due_epochs(p)
        assert [b.epoch for b in batches] == [3, 4, 5]
        assert p.epochs() == [] and [s.epoch for s in p.budget.ledger()] == [3, 4, 5]
        assert [q.batch_id for q in Outbox(p.conn).pending()] == [b.batch_id for b in batches]
        assert close_due_epochs(p) == []


def test_outbox_is_bounded_and_drops_the_oldest_with_a_counted_warning(edge_home, caplog):
    anonymizer = Anonymizer(DOMAIN, TokenConfig(), rng=np.random.default_rng(0))
    with InterestProfile.open(edge_home) as p:
        outbox = Outbox(p.conn, max_batches=3)
        batches = [anonymizer.batch(e, {}) for e in range(10, 15)]
        with caplog.at_level(logging.WARNING, logger="edge.sync"):
            for b in batches:
                outbox.put(b)
        assert [q.epoch for q in outbox.pending()] == [12, 13, 14]
        assert outbox.dropped() == 2
    assert sum("outbox full" in r.message for r in caplog.records) == 2
    assert "dropped so far" in caplog.records[-1].message


def test_full_disk_is_a_one_line_sync_error_and_loses_nothing(edge_home):
    seed_epochs(edge_home, range(20, 21))
    anonymizer = Anonymizer(DOMAIN, TokenConfig(), rng=np.random.default_rng(0))
    with InterestProfile.open(edge_home) as p:
        outbox = Outbox(p.conn, max_batches=1000)
        (pages,) = p.conn.execute("PRAGMA page_count").fetchone()
        p.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the database file may not grow further
        stored = 0
        with pytest.raises(SyncError) as err:
            for epoch in range(1000, 1100):
                outbox.put(anonymizer.batch(epoch, {}))
                stored += 1
        assert str(err.value).startswith("disk full") and "\n" not in str(err.value)
        assert stored > 0 and len(outbox) == stored  # the failed put left nothing half-written
        counts_before = p.counts(20)
        with pytest.raises(SyncError, match="disk full"):
            close_due_epochs(p, max_batches=1000)
        assert p.counts(20) == counts_before and not p.budget.closed(20) and len(outbox) == stored
        p.conn.execute("PRAGMA max_page_count = 1073741823")  # space again: the same epoch goes through
        (batch,) = close_due_epochs(p, max_batches=1000)
        assert batch.epoch == 20 and p.budget.closed(20) and len(outbox) == stored + 1


def test_a_second_process_cannot_report_an_epoch_twice(edge_home):
    seed_epochs(edge_home, range(30, 31))
    with InterestProfile.open(edge_home) as a, InterestProfile.open(edge_home) as b:
        assert [x.epoch for x in close_due_epochs(a)] == [30]
        assert close_due_epochs(b) == []
        assert len(Outbox(b.conn)) == 1


# --- kill -9 during sync ------------------------------------------------------------------------------

CHILD = """
import sys
from edge.sync.client import SyncClient, sync
from edge.sync.config import SyncConfig
url = sys.argv[1]
print("start", flush=True)
result = sync(config=SyncConfig(endpoint=url, send_delay_max_s=0), client=SyncClient(url, attempts=2, backoff_base_s=0.01))
print(result.message(), flush=True)
"""


class Slow(CollectorHandler):
    """A real collector that takes a little time per batch, so kills land mid-sync; counts POSTs."""

    posts = 0
    lock = threading.Lock()

    def do_POST(self) -> None:
        with Slow.lock:
            Slow.posts += 1
        time.sleep(0.02)
        super().do_POST()


@pytest.mark.slow
def test_sigkill_at_random_moments_of_sync_gives_exactly_once_at_the_collector(edge_home, tmp_path):
    epochs = range(100, 140)
    seed_epochs(edge_home, epochs)
    env = {**os.environ, "EDGE_HOME": str(edge_home), "PYTHONPATH": str(REPO)}
    rng = random.Random(5)
    kills = 0
    with running(tmp_path / "collector.db", handler=Slow) as srv:
        for _ in range(8):
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, srv.url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            assert child.stdout.readline() == b"start\n"  # imports done: the kill lands inside sync()
            # Kill once this child has got a few batches through, at a random moment of the next one
            # (while it posts, while the collector stores, while the client deletes the acknowledged row).
            target = Slow.posts + rng.randint(1, 3)
            deadline = time.monotonic() + 30
            while Slow.posts < target and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.03))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            child.wait(timeout=30)
        final = subprocess.run(
            [sys.executable, "-c", CHILD, srv.url], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        assert final.returncode == 0, final.stderr[-2000:]
        rows = srv.store.conn.execute("SELECT epoch, COUNT(*) FROM batches GROUP BY epoch ORDER BY epoch").fetchall()
        assert rows == [(e, 1) for e in epochs]  # every epoch exactly once: nothing lost, nothing twice
        assert srv.store.count() == (40, 200)
    assert kills >= 6, "the kills should land while the client is running"
    assert Slow.posts >= 40
    with InterestProfile.open(edge_home) as p:
        assert [s.epoch for s in p.budget.ledger()] == list(epochs)
        assert p.epochs() == [] and len(Outbox(p.conn)) == 0 and Outbox(p.conn).rejected() == []
