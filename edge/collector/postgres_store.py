"""PostgreSQL storage (psycopg 3 + psycopg_pool): for several ingestion processes or hosts sharing one database.

Exactly-once per report id rests on the primary key: `INSERT ... ON CONFLICT DO NOTHING` waits for a concurrent
insert of the same id to commit or roll back, so one insert wins and every other caller then reads the stored
digest (READ COMMITTED: each statement sees what is committed when it starts). Migrations hold an advisory lock,
so processes starting together apply each one once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE reports (
            report_id text PRIMARY KEY, epoch bigint NOT NULL, report bytea NOT NULL, body_sha256 text NOT NULL)""",
        "CREATE INDEX reports_by_epoch ON reports (epoch, report_id)",
        "CREATE TABLE rejections (reason text PRIMARY KEY, count bigint NOT NULL)",
        "CREATE TABLE spent_tokens (epoch bigint NOT NULL, nonce bytea NOT NULL, PRIMARY KEY (epoch, nonce))",
    ),
)
MIGRATION_LOCK = 0x6564_6765_636F_6C  # pg_advisory_xact_lock key: "edgecol"
FETCH_ROWS = 65_536
CONNECT_TIMEOUT_S = 10.0


class PostgresStorage:
    """The Storage interface on a PostgreSQL database (see the module docstring)."""

    backend = "postgresql"

    def __init__(self, url: str, *, pool_size: int = 8) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool, PoolTimeout

        self.where = _describe(url)
        self._errors: tuple[type[BaseException], ...] = (psycopg.Error, PoolTimeout)
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max(1, pool_size),
            open=False,
            timeout=CONNECT_TIMEOUT_S,
            kwargs={"connect_timeout": int(CONNECT_TIMEOUT_S)},
            name="edge-collector",
        )
        try:
            psycopg.connect(url, connect_timeout=int(CONNECT_TIMEOUT_S)).close()  # fail fast, with libpq's reason
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
            self._migrate()
        except BaseException as err:
            self._pool.close()
            if isinstance(err, StorageError):
                raise
            if isinstance(err, self._errors):
                raise StorageError(
                    f"cannot use PostgreSQL at {self.where} ({_reason(err)}); check the --db URL and that the server is up"
                ) from None
            raise

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """A pooled connection in one transaction (committed on success, rolled back on any error)."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except StorageError:
            raise
        except self._errors as err:
            raise StorageError(f"PostgreSQL at {self.where} failed ({_reason(err)}); retry later") from None

    # -- writes ------------------------------------------------------------------------------------------------

    def add(
        self, report_id: str, epoch: int, report: bytes, body_sha256: str, token_nonce: bytes | None = None
    ) -> bool:
        check_report(report_id, epoch, report, body_sha256)
        with self._transaction() as conn:
            duplicate = _add(conn, report_id, epoch, report, body_sha256, token_nonce)
            if isinstance(duplicate, StorageError):
                raise duplicate  # leaving the block rolls the transaction back
            return duplicate

    async def add_async(self, report_id: str, epoch: int, report: bytes, body_sha256: str) -> bool:
        return await asyncio.to_thread(self.add, report_id, epoch, report, body_sha256)  # psycopg's pool blocks

    def add_many(self, rows: Iterable[tuple[str, int, bytes, str]]) -> list[bool]:
        rows = list(rows)
        for row in rows:
            check_report(*row)
        with self._transaction() as conn:
            results = []
            for row in rows:
                duplicate = _add(conn, *row, None)
                if isinstance(duplicate, StorageError):
                    raise duplicate
                results.append(duplicate)
            return results

    def count_rejection(self, reason: str) -> None:
        check_reason(reason)
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO rejections VALUES (%s, 1) ON CONFLICT (reason) DO UPDATE SET count = rejections.count + 1",
                (reason,),
            )

    def spend_token(self, epoch: int, nonce: bytes) -> bool:
        check_epoch(epoch)
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO spent_tokens VALUES (%s, %s) ON CONFLICT DO NOTHING", (epoch, bytes(nonce))
            )
            return bool(cursor.rowcount == 1)

    # -- reads -------------------------------------------------------------------------------------------------

    def bit_counts(self, epoch: int, domain_size: int) -> tuple[np.ndarray, int]:
        check_epoch(epoch)
        with self._snapshot() as conn, conn.cursor(name="edge_bit_counts") as cursor:
            cursor.execute("SELECT report FROM reports WHERE epoch = %s", (epoch,))
            chunks = ([bytes(r) for (r,) in rows] for rows in iter(lambda: cursor.fetchmany(FETCH_ROWS), []))
            return count_bits(chunks, domain_size)

    def count(self, epoch: int) -> int:
        check_epoch(epoch)
        with self._transaction() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM reports WHERE epoch = %s", (epoch,)).fetchone()[0])

    def epochs(self) -> list[int]:
        with self._transaction() as conn:
            return [int(e) for (e,) in conn.execute("SELECT DISTINCT epoch FROM reports ORDER BY epoch")]

    def export(self, epoch: int, directory: str | Path, shard_size: int = 100_000) -> list[Path]:
        check_epoch(epoch)
        with self._snapshot() as conn, conn.cursor(name="edge_export") as cursor:
            cursor.itersize = FETCH_ROWS
            cursor.execute("SELECT report FROM reports WHERE epoch = %s ORDER BY report_id", (epoch,))
            return write_shards(epoch, (bytes(r) for (r,) in cursor), directory, shard_size)

    def rejections(self) -> dict[str, int]:
        with self._transaction() as conn:
            return {str(r): int(n) for r, n in conn.execute("SELECT reason, count FROM rejections ORDER BY reason")}

    def schema_version(self) -> int:
        with self._transaction() as conn:
            return int(conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0])

    @contextmanager
    def _snapshot(self) -> Iterator[Any]:
        """A read-only REPEATABLE READ transaction: one consistent view for a long read (server-side cursor)."""
        with self._transaction() as conn:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield conn

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PostgresStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        conn: Any
        with self._pool.connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY)")
            (current,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
            if current > len(MIGRATIONS):
                raise StorageError(
                    f"the collector database at {self.where} has schema version {current}, newer than this edge "
                    f"knows ({len(MIGRATIONS)}); upgrade edge"
                )
            for version in range(current + 1, len(MIGRATIONS) + 1):
                for statement in MIGRATIONS[version - 1]:
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (%s)", (version,))


def _add(conn: Any, report_id: str, epoch: int, report: bytes, digest: str, token: bytes | None) -> bool | StorageError:
    inserted = conn.execute(
        "INSERT INTO reports VALUES (%s, %s, %s, %s) ON CONFLICT (report_id) DO NOTHING",
        (report_id, epoch, report, digest),
    ).rowcount
    if inserted != 1:  # a committed row with this id exists (a concurrent insert was waited for)
        row = conn.execute("SELECT body_sha256 FROM reports WHERE report_id = %s", (report_id,)).fetchone()
        if row is None:  # cannot happen without deletes; never guess
            return StorageError("a report vanished while being stored; retry")
        if row[0] == digest:
            return True
        return Conflict(
            "this report_id is already stored with a different body; a resend must repeat the upload exactly"
        )
    if token is not None:
        spent = conn.execute(
            "INSERT INTO spent_tokens VALUES (%s, %s) ON CONFLICT DO NOTHING", (epoch, bytes(token))
        ).rowcount
        if spent != 1:
            return TokenSpent("this upload's token was spent before; fetch a new token for the next upload")
    return False


def _describe(url: str) -> str:
    """host:port/dbname of a libpq URL, never its password (for messages)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except Exception:  # a malformed URL: say so without echoing it (it may hold a password)
        raise StorageError("the PostgreSQL URL is malformed; write postgresql://USER@HOST:PORT/DBNAME") from None
    host = info.get("host") or "localhost"
    port = info.get("port") or 5432
    return f"{host}:{port}/{info.get('dbname') or info.get('user') or ''}"


def _reason(err: BaseException) -> str:
    """The first line of a driver error (libpq never puts the password in its messages)."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
