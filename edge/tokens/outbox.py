"""The outbox: sealed uploads waiting for the collector's acknowledgement, in the token store (SQLite, WAL).

An upload is written here (in the transaction that drops its epoch's counts) before anything is sent, each
with its own random moment to leave (`not_before`, local time, never sent), and deleted only after the
collector acknowledged its report_id. Resending after a crash is safe: the collector stores a report_id once.
So `kill -9` at any moment loses nothing and stores nothing twice. A `token` column is kept for the anonymous
rate-limit token that goes with an upload.

Bounded: at most `max_uploads` (100 by default). When full, the oldest is dropped with a warning and counted
(`dropped()`): a stale epoch is worth less than a fresh one, and the collector refuses epochs older than two
anyway.

Acknowledged uploads move to the sent log (`sent()`, the newest `max_sent` of them): each upload exactly as the
collector received it, for the owner to see (`edge profile`, `edge dashboard`), with no time finer than its
epoch. It holds the randomized bits, never the topics they came from; `edge forget` deletes it with the store.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from edge.tokens import store
from edge.tokens.upload import Upload

log = logging.getLogger("edge.tokens")

DEFAULT_MAX_UPLOADS = 100
DEFAULT_MAX_SENT = 100  # about two years of weekly uploads

_DDL = (
    """CREATE TABLE IF NOT EXISTS uploads (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        report_id TEXT UNIQUE NOT NULL,
        epoch INTEGER NOT NULL,
        body BLOB NOT NULL,
        not_before REAL NOT NULL,
        token BLOB,
        rejected TEXT)""",
    "CREATE TABLE IF NOT EXISTS outbox_stats (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS sent (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT UNIQUE NOT NULL, epoch INTEGER NOT NULL,
        body BLOB NOT NULL)""",
    "DROP TABLE IF EXISTS outbox",  # edge 0.1's batches: the v2 collector no longer takes them
)


@dataclass(frozen=True)
class QueuedUpload:
    report_id: str
    epoch: int
    body: bytes
    not_before: float
    token: bytes | None = None
    rejected: str | None = None


class Outbox:
    def __init__(
        self, conn: sqlite3.Connection, max_uploads: int = DEFAULT_MAX_UPLOADS, max_sent: int = DEFAULT_MAX_SENT
    ) -> None:
        if max_uploads < 1 or max_sent < 0:
            raise ValueError("max_uploads must be at least 1 and max_sent at least 0")
        self.conn = conn
        self.max_uploads = max_uploads
        self.max_sent = max_sent
        with store.transaction(conn):
            for ddl in _DDL:
                conn.execute(ddl)

    @classmethod
    def open(cls, home: Path | None = None, max_uploads: int = DEFAULT_MAX_UPLOADS) -> Outbox:
        return cls(store.connect(store.db_path(home)), max_uploads)

    def close(self) -> None:
        self.conn.close()

    def put(self, upload: Upload, not_before: float, token: bytes | None = None) -> None:
        """Queue an upload (joins the caller's transaction); drops the oldest when the outbox is full."""
        with store.transaction(self.conn):
            (size,) = self.conn.execute("SELECT COUNT(*) FROM uploads").fetchone()
            excess = size + 1 - self.max_uploads
            if excess > 0:
                old = self.conn.execute("SELECT seq, epoch FROM uploads ORDER BY seq LIMIT ?", (excess,)).fetchall()
                self.conn.executemany("DELETE FROM uploads WHERE seq = ?", [(s,) for s, _ in old])
                self.conn.execute(
                    "INSERT INTO outbox_stats (key, value) VALUES ('dropped', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = value + excluded.value",
                    (len(old),),
                )
                log.warning(
                    "outbox full (%d uploads): dropped the oldest (epoch %s); %d dropped so far",
                    self.max_uploads,
                    ", ".join(str(e) for _, e in old),
                    self.dropped(),
                )
            self.conn.execute(
                "INSERT INTO uploads (report_id, epoch, body, not_before, token) VALUES (?, ?, ?, ?, ?)",
                (upload.report_id, upload.epoch, upload.encode(), float(not_before), token),
            )

    def pending(self) -> list[QueuedUpload]:
        """Uploads to send, earliest moment first (rejected ones are kept for the owner but never resent)."""
        rows = store.read(
            self.conn,
            "SELECT report_id, epoch, body, not_before, token FROM uploads WHERE rejected IS NULL "
            "ORDER BY not_before, seq",
        )
        return [
            QueuedUpload(str(r), int(e), bytes(b), float(t), None if k is None else bytes(k)) for r, e, b, t, k in rows
        ]

    def rejected(self) -> list[QueuedUpload]:
        rows = store.read(
            self.conn,
            "SELECT report_id, epoch, body, not_before, rejected FROM uploads WHERE rejected IS NOT NULL ORDER BY seq",
        )
        return [QueuedUpload(str(r), int(e), bytes(b), float(t), None, str(x)) for r, e, b, t, x in rows]

    def ack(self, report_id: str) -> None:
        """The collector stored (or already had) this upload: move it to the sent log (the newest `max_sent`)."""
        with store.transaction(self.conn):
            self.conn.execute(
                "INSERT OR IGNORE INTO sent (report_id, epoch, body) SELECT report_id, epoch, body FROM uploads "
                "WHERE report_id = ?",
                (report_id,),
            )
            self.conn.execute("DELETE FROM uploads WHERE report_id = ?", (report_id,))
            self.conn.execute(
                "DELETE FROM sent WHERE seq NOT IN (SELECT seq FROM sent ORDER BY seq DESC LIMIT ?)", (self.max_sent,)
            )

    def sent(self) -> list[QueuedUpload]:
        """Uploads the collector acknowledged, oldest first (body as sent; `not_before` is not kept: 0)."""
        rows = store.read(self.conn, "SELECT report_id, epoch, body FROM sent ORDER BY seq")
        return [QueuedUpload(str(r), int(e), bytes(b), 0.0) for r, e, b in rows]

    def reject(self, report_id: str, reason: str) -> None:
        """The collector refused this upload for good: keep it for the owner to see, never resend it."""
        with store.transaction(self.conn):
            self.conn.execute("UPDATE uploads SET rejected = ? WHERE report_id = ?", (reason[:200], report_id))

    def defer(self, until: float) -> None:
        """No queued upload leaves before `until` (local time): the gap after a send outlives this process."""
        with store.transaction(self.conn):
            self.conn.execute(
                "UPDATE uploads SET not_before = ? WHERE not_before < ? AND rejected IS NULL", (until, until)
            )

    def drop_expired(self, oldest_epoch: int) -> int:
        """Delete queued uploads of epochs before `oldest_epoch` (the collector would refuse them); how many."""
        with store.transaction(self.conn):
            cur = self.conn.execute("DELETE FROM uploads WHERE epoch < ? AND rejected IS NULL", (oldest_epoch,))
        return int(cur.rowcount)

    def dropped(self) -> int:
        rows = store.read(self.conn, "SELECT value FROM outbox_stats WHERE key = 'dropped'")
        return int(rows[0][0]) if rows else 0

    def __len__(self) -> int:
        return int(store.read(self.conn, "SELECT COUNT(*) FROM uploads WHERE rejected IS NULL")[0][0])
