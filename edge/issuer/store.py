"""The issuer's SQLite state: enrolled devices and per-epoch token counts. Counts only: no token, nonce,
blinded message or signature is ever stored, and counts of epochs that can no longer be issued are deleted."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from edge.issuer.errors import IssuerError

_DDL = (
    """CREATE TABLE IF NOT EXISTS devices (
        device_id TEXT PRIMARY KEY, secret_sha256 BLOB NOT NULL, enrolled_epoch INTEGER NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS issued (
        device_id TEXT NOT NULL REFERENCES devices (device_id), epoch INTEGER NOT NULL, tokens INTEGER NOT NULL,
        PRIMARY KEY (device_id, epoch)) WITHOUT ROWID""",
)


@dataclass(frozen=True)
class Enrolment:
    """A new device credential: the issuer keeps only SHA-256(secret)."""

    device_id: str
    secret: str


class IssuerStore:
    """Devices and counters in one SQLite file; thread-safe through one lock."""

    def __init__(self, path: str | Path) -> None:
        self.lock = threading.Lock()
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # owner-only; SQLite's WAL files follow suit
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            with self._tx():
                for ddl in _DDL:
                    self.conn.execute(ddl)
        except (OSError, sqlite3.DatabaseError) as err:
            raise IssuerError(f"cannot open the issuer database {path} ({err}); check --state") from None

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def enrol(self, epoch: int) -> Enrolment:
        enrolment = Enrolment(secrets.token_hex(16), secrets.token_hex(32))
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO devices VALUES (?, ?, ?)", (enrolment.device_id, _digest(enrolment.secret), epoch)
            )
        return enrolment

    def authenticate(self, device_id: str, secret: str) -> bool:
        with self.lock:
            row = self.conn.execute("SELECT secret_sha256 FROM devices WHERE device_id = ?", (device_id,)).fetchone()
        # Compare digests even for an unknown id, so the answer takes the same time either way.
        return hmac.compare_digest(row[0] if row else bytes(32), _digest(secret)) and row is not None

    def take(self, device_id: str, epoch: int, limit: int) -> bool:
        """Count one token for (device, epoch) if fewer than `limit` were issued; False when the limit is reached."""
        with self._tx() as conn:
            row = conn.execute("SELECT tokens FROM issued WHERE device_id = ? AND epoch = ?", (device_id, epoch))
            issued = (row.fetchone() or (0,))[0]
            if issued >= limit:
                return False
            conn.execute(
                "INSERT INTO issued VALUES (?, ?, 1) ON CONFLICT (device_id, epoch) DO UPDATE SET tokens = tokens + 1",
                (device_id, epoch),
            )
        return True

    def give_back(self, device_id: str, epoch: int) -> None:
        """Undo a `take` whose signing failed, so the device can ask again."""
        with self._tx() as conn:
            conn.execute(
                "UPDATE issued SET tokens = tokens - 1 WHERE device_id = ? AND epoch = ? AND tokens > 0",
                (device_id, epoch),
            )

    def issued(self, device_id: str, epoch: int) -> int:
        with self.lock:
            row = self.conn.execute(
                "SELECT tokens FROM issued WHERE device_id = ? AND epoch = ?", (device_id, epoch)
            ).fetchone()
        return int(row[0]) if row else 0

    def forget_before(self, epoch: int) -> int:
        """Delete the counts of epochs before `epoch` (no key can sign for them any more); returns rows deleted."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM issued WHERE epoch < ?", (epoch,)).rowcount

    def close(self) -> None:
        self.conn.close()


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode()).digest()
