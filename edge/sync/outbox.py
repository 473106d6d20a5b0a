"""The outbox: token batches waiting for the collector's acknowledgement, in the token store (SQLite, WAL).

A batch is written here (in the same transaction that spends its epoch's privacy budget and drops the
epoch's counts) before anything is sent, and deleted only after the collector acknowledged its batch_id.
Resending after a crash is safe: the collector deduplicates batch ids. So `kill -9` at any moment loses
nothing and stores nothing twice.

Bounded: at most `max_batches` (100 by default: about two years of weekly epochs offline). When full, the
oldest batch is dropped with a warning and counted (`dropped()`), because a stale epoch is worth less than
a fresh one and refusing would stop the profile from ever reporting again.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from edge.tokens import store
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.batch import TokenBatch
from edge.tokens.profile import InterestProfile

log = logging.getLogger("edge.sync")

DEFAULT_MAX_BATCHES = 100

_DDL = (
    """CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id TEXT UNIQUE NOT NULL,
        epoch INTEGER NOT NULL,
        body BLOB NOT NULL,
        rejected TEXT)""",
    "CREATE TABLE IF NOT EXISTS outbox_stats (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
)


@dataclass(frozen=True)
class QueuedBatch:
    batch_id: str
    epoch: int
    body: bytes
    rejected: str | None = None


class Outbox:
    def __init__(self, conn: sqlite3.Connection, max_batches: int = DEFAULT_MAX_BATCHES) -> None:
        if max_batches < 1:
            raise ValueError("max_batches must be at least 1")
        self.conn = conn
        self.max_batches = max_batches
        with store.transaction(conn):
            for ddl in _DDL:
                conn.execute(ddl)

    @classmethod
    def open(cls, home: Path | None = None, max_batches: int = DEFAULT_MAX_BATCHES) -> Outbox:
        return cls(store.connect(store.db_path(home)), max_batches)

    def close(self) -> None:
        self.conn.close()

    def put(self, batch: TokenBatch) -> None:
        """Queue a batch (joins the caller's transaction); drops the oldest when the outbox is full."""
        with store.transaction(self.conn):
            (size,) = self.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()
            excess = size + 1 - self.max_batches
            if excess > 0:
                old = self.conn.execute("SELECT seq, epoch FROM outbox ORDER BY seq LIMIT ?", (excess,)).fetchall()
                self.conn.executemany("DELETE FROM outbox WHERE seq = ?", [(s,) for s, _ in old])
                self.conn.execute(
                    "INSERT INTO outbox_stats (key, value) VALUES ('dropped', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = value + excluded.value",
                    (len(old),),
                )
                log.warning(
                    "outbox full (%d batches): dropped the oldest batch (epoch %s); %d dropped so far",
                    self.max_batches,
                    ", ".join(str(e) for _, e in old),
                    self.dropped(),
                )
            self.conn.execute(
                "INSERT INTO outbox (batch_id, epoch, body) VALUES (?, ?, ?)",
                (batch.batch_id, batch.epoch, batch.encode()),
            )

    def pending(self) -> list[QueuedBatch]:
        """Batches to send, oldest first (rejected ones are kept but not resent)."""
        rows = store.read(self.conn, "SELECT batch_id, epoch, body FROM outbox WHERE rejected IS NULL ORDER BY seq")
        return [QueuedBatch(str(b), int(e), bytes(body)) for b, e, body in rows]

    def rejected(self) -> list[QueuedBatch]:
        rows = store.read(
            self.conn, "SELECT batch_id, epoch, body, rejected FROM outbox WHERE rejected IS NOT NULL ORDER BY seq"
        )
        return [QueuedBatch(str(b), int(e), bytes(body), str(r)) for b, e, body, r in rows]

    def ack(self, batch_id: str) -> None:
        """The collector stored (or already had) this batch: forget it."""
        with store.transaction(self.conn):
            self.conn.execute("DELETE FROM outbox WHERE batch_id = ?", (batch_id,))

    def reject(self, batch_id: str, reason: str) -> None:
        """The collector refused this batch for good: keep it for the owner to see, never resend it."""
        with store.transaction(self.conn):
            self.conn.execute("UPDATE outbox SET rejected = ? WHERE batch_id = ?", (reason[:200], batch_id))

    def dropped(self) -> int:
        rows = store.read(self.conn, "SELECT value FROM outbox_stats WHERE key = 'dropped'")
        return int(rows[0][0]) if rows else 0

    def __len__(self) -> int:
        return int(store.read(self.conn, "SELECT COUNT(*) FROM outbox WHERE rejected IS NULL")[0][0])


def close_due_epochs(
    profile: InterestProfile,
    *,
    flush: bool = False,
    anonymizer: Anonymizer | None = None,
    max_batches: int = DEFAULT_MAX_BATCHES,
) -> list[TokenBatch]:
    """Report every finished epoch that holds counts (and the current one when `flush`): one batch each.

    Per epoch, one transaction: check and spend the privacy budget, queue the batch, drop the counts.
    """
    anonymizer = anonymizer if anonymizer is not None else Anonymizer(profile.domain, profile.config)
    outbox = Outbox(profile.conn, max_batches)
    current = profile.current_epoch()
    made = []
    for epoch in profile.epochs():
        if epoch > current or (epoch == current and not flush):
            continue
        with store.transaction(profile.conn):
            if profile.budget.closed(epoch):  # reported by another process meanwhile; counts are stale
                profile.drop_epoch(epoch)
                continue
            batch = anonymizer.batch(epoch, profile.counts(epoch), profile.blocked_ids())
            profile.budget.spend(epoch, profile.config.report_epsilon_total, len(batch.reports))
            outbox.put(batch)
            profile.drop_epoch(epoch)
        made.append(batch)
    return made
