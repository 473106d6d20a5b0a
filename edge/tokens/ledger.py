"""The sent ledger: which epochs this device has reported, so that it never reports one twice.

A file of its own (`EDGE_HOME/ledger.db`), apart from the token store, so that `edge forget` (or deleting
tokens.db) does not reopen an epoch already reported. It holds epoch numbers, their length, how many reports
and the local epsilon they spent: no topic, no report id, nothing that links it to what was sent.

An epoch is claimed here, and committed, before its uploads are queued: a crash in between loses that epoch's
report (fail closed), it never allows a second one. A claim is refused when its time range overlaps any epoch
already claimed, whatever the epoch length a collector announces.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from edge.errors import PrivacyError
from edge.home import edge_home
from edge.tokens import store

LEDGER_NAME = "ledger.db"

_DDL = """CREATE TABLE IF NOT EXISTS sent (
    epoch INTEGER NOT NULL, epoch_seconds INTEGER NOT NULL, reports INTEGER NOT NULL, epsilon REAL NOT NULL,
    PRIMARY KEY (epoch_seconds, epoch)) WITHOUT ROWID"""


class AlreadyReported(PrivacyError):
    """This epoch (or time overlapping it) was reported before; no second report is ever made."""


@dataclass(frozen=True)
class Sent:
    epoch: int
    epoch_seconds: int
    reports: int
    epsilon: float


def ledger_path(home: Path | None = None) -> Path:
    return Path(home if home is not None else edge_home()) / LEDGER_NAME


class SentLedger:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        with store.transaction(conn):
            conn.execute(_DDL)

    @classmethod
    def open(cls, home: Path | None = None) -> SentLedger:
        path = ledger_path(home)
        return cls(store.connect(path), path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SentLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def covers(self, epoch: int, epoch_seconds: int) -> bool:
        """True when any claimed epoch overlaps [epoch, epoch + 1) * epoch_seconds."""
        start, end = epoch * epoch_seconds, (epoch + 1) * epoch_seconds
        rows = store.read(
            self.conn,
            "SELECT 1 FROM sent WHERE epoch * epoch_seconds < ? AND ? < (epoch + 1) * epoch_seconds LIMIT 1",
            (end, start),
        )
        return bool(rows)

    def claim(self, epoch: int, epoch_seconds: int, reports: int, epsilon: float) -> None:
        """Record the epoch as reported (committed on return); AlreadyReported when it overlaps a claim."""
        with store.transaction(self.conn):
            if self.covers(epoch, epoch_seconds):
                raise AlreadyReported(f"epoch {epoch} was already reported; an epoch is reported once, never again")
            self.conn.execute(
                "INSERT INTO sent (epoch, epoch_seconds, reports, epsilon) VALUES (?, ?, ?, ?)",
                (epoch, epoch_seconds, reports, float(epsilon)),
            )

    def entries(self) -> list[Sent]:
        rows = store.read(self.conn, "SELECT epoch, epoch_seconds, reports, epsilon FROM sent ORDER BY epoch")
        return [Sent(int(e), int(s), int(r), float(x)) for e, s, r, x in rows]
