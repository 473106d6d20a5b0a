"""SQLite storage, the embedded default: WAL, a full fsync per commit, files 0600, group commit.

A commit costs one fsync (about 2 ms on a cloud disk), which would cap one writer near 500 uploads/s. So every
write goes to one writer thread that commits whatever has queued up meanwhile in one transaction, and each
caller returns only after the transaction holding its write is on disk: many concurrent uploads share one fsync
(`add_async` lets an event loop await that without holding a thread). Reads open their own short-lived
connection (WAL readers never wait for the writer). Several processes may share the file (`edge collector serve
--workers N`): their writer threads take turns on a lock file beside the database (`<db>-lock`, see
`_writers_turn`), and SQLite's own lock still serialises any other writer (`BEGIN IMMEDIATE` waits up to
`busy_timeout_s`).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from edge.collector.storage import (
    Conflict,
    StorageError,
    TokenSpent,
    check_epoch,
    check_reason,
    check_report,
    count_bits,
    write_shards,
)

# Each entry moves the schema one version up; the table schema_migrations records the versions applied.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE reports (
            report_id TEXT PRIMARY KEY, epoch INTEGER NOT NULL, report BLOB NOT NULL, body_sha256 TEXT NOT NULL
        ) WITHOUT ROWID""",
        "CREATE INDEX reports_by_epoch ON reports (epoch)",  # (epoch, report_id): shards come out in id order
        "CREATE TABLE rejections (reason TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID",
        """CREATE TABLE spent_tokens (
            epoch INTEGER NOT NULL, nonce BLOB NOT NULL, PRIMARY KEY (epoch, nonce)
        ) WITHOUT ROWID""",
    ),
)
FETCH_ROWS = 65_536
CACHE_KIB = 32 * 1024  # page cache per connection (SQLite's default is 2 MiB)


@dataclass
class _Write:
    """One queued write: `apply(conn)` runs inside the group's transaction and returns a result or an error, which
    goes to `answer`: a Future a blocking caller waits on, or an asyncio future an event loop's caller awaits
    (settled on its own loop)."""

    apply: Callable[[sqlite3.Connection], Any]
    answer: Future[Any] | asyncio.Future[Any]


class SQLiteStorage:
    """The Storage interface on one SQLite file (see the module docstring)."""

    backend = "sqlite"

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0, max_group: int = 1024) -> None:
        self.path = Path(path)
        self.busy_timeout_s = busy_timeout_s
        self.max_group = max_group
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)  # processes opening a new file race here
        self._turn_fd = _open_private(Path(f"{self.path}-lock"))  # see _writers_turn
        try:
            # Processes opening the file at once take turns too: setting WAL mode, recovering the WAL of a killed
            # process and migrating answer "busy" to a second opener without waiting for it.
            with self._writers_turn():
                self._conn = self._connect(create=True)
                try:
                    self._migrate()
                except BaseException:
                    self._conn.close()
                    raise
        except BaseException:
            os.close(self._turn_fd)
            raise
        self._queue: queue.SimpleQueue[_Write | None] = queue.SimpleQueue()
        self._closed = False
        self._close_lock = threading.Lock()
        self._writer = threading.Thread(target=self._write_loop, name="edge-sqlite-writer", daemon=True)
        self._writer.start()

    # -- writes ------------------------------------------------------------------------------------------------

    def add(
        self, report_id: str, epoch: int, report: bytes, body_sha256: str, token_nonce: bytes | None = None
    ) -> bool:
        check_report(report_id, epoch, report, body_sha256)
        return bool(self._write(lambda conn: _add(conn, report_id, epoch, report, body_sha256, token_nonce)))

    async def add_async(self, report_id: str, epoch: int, report: bytes, body_sha256: str) -> bool:
        check_report(report_id, epoch, report, body_sha256)
        answer = asyncio.get_running_loop().create_future()
        self._put(_Write(lambda conn: _add(conn, report_id, epoch, report, body_sha256, None), answer))
        return bool(await answer)  # the writer thread wakes the loop once per group; no thread waits

    def add_many(self, rows: Iterable[tuple[str, int, bytes, str]]) -> list[bool]:
        rows = list(rows)
        for row in rows:
            check_report(*row)
        return list(self._write(lambda conn: _add_many(conn, rows)))

    def count_rejection(self, reason: str) -> None:
        check_reason(reason)
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO rejections VALUES (?, 1) ON CONFLICT (reason) DO UPDATE SET count = count + 1", (reason,)
            )
        )

    def spend_token(self, epoch: int, nonce: bytes) -> bool:
        check_epoch(epoch)
        return bool(
            self._write(
                lambda conn: (
                    conn.execute("INSERT OR IGNORE INTO spent_tokens VALUES (?, ?)", (epoch, bytes(nonce))).rowcount
                    == 1
                )
            )
        )

    def _write(self, apply: Callable[[sqlite3.Connection], Any]) -> Any:
        answer: Future[Any] = Future()
        self._put(_Write(apply, answer))
        return answer.result()  # done once the transaction holding the write is on disk

    def _put(self, item: _Write) -> None:
        """Queue a write for the writer thread."""
        with self._close_lock:
            if self._closed:
                raise StorageError(f"the collector database {self.path} is closed; open it again")
            self._queue.put(item)

    def _write_loop(self) -> None:
        stop = False
        while not stop:
            first = self._queue.get()
            if first is None:
                break
            group = [first]
            while len(group) < self.max_group:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                group.append(item)
            self._commit(group)

    def _commit(self, group: list[_Write]) -> None:
        """One transaction for the whole group; a Conflict or TokenSpent result fails only its own caller."""
        conn = self._conn
        try:
            with self._writers_turn():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    results = [item.apply(conn) for item in group]
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        except BaseException as err:  # every waiting caller must hear of the failure
            failure = _storage_error(err, self.path)
            _settle([(item, failure) for item in group])
            return
        _settle(list(zip(group, results)))

    @contextmanager
    def _writers_turn(self) -> Iterator[None]:
        """Wait for this process's turn to write. Writer processes queue on an exclusive lock of a file beside the
        database (flock: the kernel wakes the next one the moment the lock is free, and frees it when a process
        dies), so that SQLite's own lock is always free when they ask for it: SQLite's busy handler sleeps 1, 2,
        5, 10 ... 100 ms between tries, which made the latency tail of several writer processes tens of times
        the commit itself."""
        fcntl.flock(self._turn_fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._turn_fd, fcntl.LOCK_UN)

    # -- reads -------------------------------------------------------------------------------------------------

    def bit_counts(self, epoch: int, domain_size: int) -> tuple[np.ndarray, int]:
        check_epoch(epoch)
        with self._reading() as conn:
            cursor = conn.execute("SELECT report FROM reports WHERE epoch = ?", (epoch,))
            chunks = ([r for (r,) in rows] for rows in iter(lambda: cursor.fetchmany(FETCH_ROWS), []))
            return count_bits(chunks, domain_size)

    def count(self, epoch: int) -> int:
        check_epoch(epoch)
        with self._reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM reports WHERE epoch = ?", (epoch,)).fetchone()[0])

    def epochs(self) -> list[int]:
        with self._reading() as conn:
            return [int(e) for (e,) in conn.execute("SELECT DISTINCT epoch FROM reports ORDER BY epoch")]

    def export(self, epoch: int, directory: str | Path, shard_size: int = 100_000) -> list[Path]:
        check_epoch(epoch)
        with self._reading() as conn:  # one snapshot: the shards are the epoch at one instant, in report-id order
            cursor = conn.execute("SELECT report FROM reports WHERE epoch = ? ORDER BY report_id", (epoch,))
            return write_shards(epoch, (r for (r,) in cursor), directory, shard_size)

    def rejections(self) -> dict[str, int]:
        with self._reading() as conn:
            return {str(r): int(n) for r, n in conn.execute("SELECT reason, count FROM rejections ORDER BY reason")}

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect(create=False)
        try:
            conn.execute("PRAGMA query_only = 1")
            conn.execute("BEGIN")
            yield conn
        except sqlite3.Error as err:
            raise _storage_error(err, self.path) from None
        finally:
            conn.close()

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Finish the queued writes, stop the writer, close the file. Idempotent."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(None)
        self._writer.join()
        self._conn.close()
        os.close(self._turn_fd)

    def __enter__(self) -> SQLiteStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self, create: bool) -> sqlite3.Connection:
        try:
            if create:
                _create_private(self.path)
            conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=self.busy_timeout_s, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # random report ids touch pages all over the tree
        except (OSError, sqlite3.Error) as err:
            raise _storage_error(err, self.path) from None
        return conn

    def _migrate(self) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
                (current,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
                if current > len(MIGRATIONS):
                    raise StorageError(
                        f"the collector database {self.path} has schema version {current}, newer than this edge "
                        f"knows ({len(MIGRATIONS)}); upgrade edge"
                    )
                for version in range(current + 1, len(MIGRATIONS) + 1):
                    for statement in MIGRATIONS[version - 1]:
                        conn.execute(statement)
                    conn.execute("INSERT INTO schema_migrations VALUES (?)", (version,))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise _storage_error(err, self.path) from None
        for suffix in ("-wal", "-shm"):  # created by SQLite with the database's mode; tighten older files
            side = Path(f"{self.path}{suffix}")
            if side.exists():
                os.chmod(side, 0o600)

    def schema_version(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0])


def _settle(outcomes: list[tuple[_Write, Any]]) -> None:
    """Hand each caller its result (a StorageError result is raised to it). The callers on event loops are woken
    with one call per loop for the whole group, not one per write."""
    on_loops: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Any]]] = {}
    for item, outcome in outcomes:
        if isinstance(item.answer, Future):
            _resolve(item.answer, outcome)
        else:
            on_loops.setdefault(item.answer.get_loop(), []).append((item.answer, outcome))
    for loop, settled in on_loops.items():
        try:
            loop.call_soon_threadsafe(_settle_waiters, settled)
        except RuntimeError:  # the loop has closed: nobody awaits these any more
            pass


def _settle_waiters(settled: list[tuple[asyncio.Future[Any], Any]]) -> None:
    for answer, outcome in settled:
        if not answer.done():  # done: cancelled meanwhile
            _resolve(answer, outcome)


def _resolve(answer: Future[Any] | asyncio.Future[Any], outcome: Any) -> None:
    if isinstance(outcome, StorageError):
        answer.set_exception(outcome)
    else:
        answer.set_result(outcome)


def _add(
    conn: sqlite3.Connection, report_id: str, epoch: int, report: bytes, digest: str, token: bytes | None
) -> bool | StorageError:
    """Inside the writer's transaction (nothing interleaves): store a new report, or say what its id holds."""
    if token is None:  # the common case in one statement
        sql = "INSERT INTO reports VALUES (?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING"
        if conn.execute(sql, (report_id, epoch, report, digest)).rowcount == 1:
            return False
    row = conn.execute("SELECT body_sha256 FROM reports WHERE report_id = ?", (report_id,)).fetchone()
    if row is not None:
        return True if row[0] == digest else _conflict()
    if token is not None:
        if conn.execute("INSERT OR IGNORE INTO spent_tokens VALUES (?, ?)", (epoch, bytes(token))).rowcount != 1:
            return TokenSpent("this upload's token was spent before; fetch a new token for the next upload")
    conn.execute("INSERT INTO reports VALUES (?, ?, ?, ?)", (report_id, epoch, report, digest))
    return False


def _add_many(conn: sqlite3.Connection, rows: list[tuple[str, int, bytes, str]]) -> list[bool] | StorageError:
    conn.execute("SAVEPOINT add_many")
    duplicates: list[bool] = []
    for report_id, epoch, report, digest in rows:
        result = _add(conn, report_id, epoch, report, digest, None)
        if isinstance(result, StorageError):
            conn.execute("ROLLBACK TO add_many")
            conn.execute("RELEASE add_many")
            return result
        duplicates.append(result)
    conn.execute("RELEASE add_many")
    return duplicates


def _conflict() -> Conflict:
    return Conflict("this report_id is already stored with a different body; a resend must repeat the upload exactly")


def _create_private(path: Path) -> None:
    """The database file created owner-only before SQLite opens it."""
    os.close(_open_private(path))


def _open_private(path: Path) -> int:
    """A file descriptor of `path`, created if missing, owner-only either way."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as err:
        raise _storage_error(err, path) from None
    os.fchmod(fd, 0o600)
    return fd


def _storage_error(err: BaseException, path: Path) -> StorageError:
    """A one-line StorageError for a failed SQLite operation (the failed transaction was rolled back)."""
    if isinstance(err, StorageError):
        return err
    text = str(err).lower()
    if "full" in text or getattr(err, "errno", None) == 28:
        return StorageError(
            f"disk full: could not write the collector database {path}; free some space (nothing was stored)"
        )
    if "not a database" in text or "malformed" in text:
        return StorageError(
            f"the collector database {path} is corrupt or not a database; restore it or give another --db"
        )
    if "locked" in text or "busy" in text:
        return StorageError(f"the collector database {path} is busy (another process holds its write lock); retry")
    if isinstance(err, OSError):
        return StorageError(f"cannot open the collector database {path}: {err.strerror or err}; check the path")
    return StorageError(f"the collector database {path} failed ({type(err).__name__}: {err}); retry later")
