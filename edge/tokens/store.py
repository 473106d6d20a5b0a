"""The one on-device SQLite file of tokens and sync (profile counts, budget ledger, outbox): owner-only, WAL.

One file, so that closing an epoch (spend the budget, queue the batch, drop the counts) is one transaction:
a `kill -9` at any moment leaves either all of it or none of it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edge.errors import SyncError
from edge.home import edge_home

DB_NAME = "tokens.db"


def db_path(home: Path | None = None) -> Path:
    return Path(home if home is not None else edge_home()) / DB_NAME


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating with mode 0600) the store at `path` in WAL mode with full fsync on commit."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    except (OSError, sqlite3.Error) as err:
        raise storage_error(err, path) from None
    return conn


def storage_error(err: BaseException, path: Path | str | None = None) -> SyncError:
    """A one-line SyncError for a failed store operation; the failed transaction was rolled back."""
    where = f" {path}" if path else ""
    text = str(err).lower()
    if "full" in text or getattr(err, "errno", None) == 28:
        return SyncError(
            f"disk full: could not write the interest store{where}; free some space and try again (nothing was lost)"
        )
    if isinstance(err, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return SyncError(f"the interest store{where} is corrupt; run `edge forget` to start a fresh one")
    if "locked" in text or "busy" in text:
        return SyncError(f"the interest store{where} is busy (another edge process holds it); try again")
    return SyncError(f"the interest store{where} failed ({type(err).__name__}: {err}); try again or run `edge forget`")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; rolls back on any error and turns SQLite errors into SyncError.

    Joins the caller's transaction when one is already open.
    """
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as err:
        raise storage_error(err) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as err:
        _rollback(conn)
        raise storage_error(err) from None
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def read(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Run a read query, turning SQLite errors into SyncError."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as err:
        raise storage_error(err) from None
