"""Where the collector keeps accepted reports: one small interface, SQLite (embedded) or PostgreSQL (many ingesters).

Per accepted upload it stores the report id (the idempotency key), the epoch, the packed OUE bits and the
SHA-256 of the upload body (to tell a resend from a different body under a known id) — nothing else: no
arrival time, no address. Besides: rejection counters by reason (counts only) and the spent rate-limit tokens.

    storage = open_storage("collector.db")                  # or sqlite:///var/lib/edge/collector.db
    storage = open_storage("postgresql://edge@db.example/edge")
    duplicate = storage.add(report_id, epoch, report, body_sha256)
    counts, n = storage.bit_counts(epoch, domain.size)

Every method is safe to call from many threads at once; several processes (or hosts, for PostgreSQL) may share
one database. Each report id is stored exactly once whatever the interleaving.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

import numpy as np

from edge.errors import EdgeError, UsageError

REPORT_ID = re.compile(r"[0-9a-f]{32}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
REASON = re.compile(r"[a-z][a-z0-9_]{0,63}")
MAX_EPOCH = 2**63 - 1
MAX_REPORT_BYTES = 4096
SHARD_PREFIX = "epoch-"
SHARD_SUFFIX = ".jsonl"


class StorageError(EdgeError):
    """The database cannot be opened, read or written (unreachable server, full disk, newer schema, ...)."""

    exit_code = 9


class Conflict(StorageError):
    """A report id that is already stored with a different body (the upload must not be stored)."""


class TokenSpent(StorageError):
    """The rate-limit token of an upload was spent before (the upload must not be stored)."""


@runtime_checkable
class Storage(Protocol):
    """What the collector needs from a database. Both backends pass the same test suite."""

    backend: str  # "sqlite" or "postgresql"

    def add(
        self, report_id: str, epoch: int, report: bytes, body_sha256: str, token_nonce: bytes | None = None
    ) -> bool:
        """Store one report; True when the id was stored before with the same digest (a resend: nothing written).

        Raises Conflict when the id is stored with another digest. With `token_nonce`, the token (epoch, nonce)
        is spent in the same transaction and TokenSpent is raised (nothing stored) when it was spent before.
        """
        ...

    async def add_async(self, report_id: str, epoch: int, report: bytes, body_sha256: str) -> bool:
        """`add` without a token, awaited on an event loop without holding a thread while the commit is waited for
        where the backend can (SQLite's writer completes it; PostgreSQL runs `add` in a thread)."""
        ...

    def add_many(self, rows: Iterable[tuple[str, int, bytes, str]]) -> list[bool]:
        """Store many (report_id, epoch, report, body_sha256) in one transaction: all or nothing (imports, tests)."""
        ...

    def bit_counts(self, epoch: int, domain_size: int) -> tuple[np.ndarray, int]:
        """How many of the epoch's reports have each bit set (int64, one per topic), and how many reports."""
        ...

    def count(self, epoch: int) -> int: ...

    def epochs(self) -> list[int]:
        """The epochs that hold at least one report, ascending."""
        ...

    def export(self, epoch: int, directory: str | Path, shard_size: int = 100_000) -> list[Path]:
        """Write the epoch's reports as newline-JSON shards `{"epoch": N, "report": "<base64>"}` (see write_shards)."""
        ...

    def count_rejection(self, reason: str) -> None:
        """Add one to the counter of `reason` (a short snake_case label, never client text)."""
        ...

    def rejections(self) -> dict[str, int]: ...

    def spend_token(self, epoch: int, nonce: bytes) -> bool:
        """Mark a token spent; False when it was spent before."""
        ...

    def close(self) -> None: ...


def open_storage(target: str | Path, *, pool_size: int = 8) -> Storage:
    """The backend for a file path or `sqlite:///ABS/PATH` (SQLite) or `postgresql://...` (PostgreSQL).

    `sqlite:///var/lib/edge/c.db` names the absolute path /var/lib/edge/c.db. `pool_size` bounds the PostgreSQL
    connections of this process.
    """
    text = str(target)
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres"):
        from edge.collector.postgres_store import PostgresStorage

        return PostgresStorage(text, pool_size=pool_size)
    if scheme == "sqlite":
        parts = urlsplit(text)
        if parts.netloc or not parts.path:
            raise UsageError(f"bad SQLite URL {text!r}; write sqlite:///ABSOLUTE/PATH or just the file path")
        text = parts.path
    elif scheme:
        raise UsageError(
            f"unknown database URL scheme {scheme!r}; give a file path, sqlite:///PATH or postgresql://..."
        )
    from edge.collector.sqlite_store import SQLiteStorage

    return SQLiteStorage(Path(text))


def check_report(report_id: str, epoch: int, report: bytes, body_sha256: str) -> None:
    """ValueError unless the arguments of `add` are well formed (the service validates uploads before)."""
    if not isinstance(report_id, str) or not REPORT_ID.fullmatch(report_id):
        raise ValueError(f"report_id must be 32 lowercase hex digits, got {report_id!r}")
    check_epoch(epoch)
    if not isinstance(report, bytes) or not 0 < len(report) <= MAX_REPORT_BYTES:
        raise ValueError(f"report must be 1..{MAX_REPORT_BYTES} bytes")
    if not isinstance(body_sha256, str) or not SHA256_HEX.fullmatch(body_sha256):
        raise ValueError("body_sha256 must be 64 lowercase hex digits")


def check_reason(reason: str) -> None:
    """Rejection reasons are labels from the service's fixed set: nothing a client wrote is stored or exported."""
    if not isinstance(reason, str) or not REASON.fullmatch(reason):
        raise ValueError(f"rejection reason must be a snake_case label of at most 64 characters, got {reason!r}")


def check_epoch(epoch: int) -> None:
    if isinstance(epoch, bool) or not isinstance(epoch, int) or not 0 <= epoch <= MAX_EPOCH:
        raise ValueError(f"epoch must be an integer in [0, 2**63), got {epoch!r}")


def count_bits(chunks: Iterable[list[bytes]], domain_size: int) -> tuple[np.ndarray, int]:
    """Sum the unpacked bits of packed reports, chunk by chunk (bounded memory); StorageError on a wrong length."""
    width = (domain_size + 7) // 8
    counts = np.zeros(domain_size, dtype=np.int64)
    n = 0
    for chunk in chunks:
        if not chunk:
            continue
        if any(len(r) != width for r in chunk):
            sizes = sorted({len(r) for r in chunk})
            raise StorageError(
                f"stored reports are {sizes} bytes but a domain of {domain_size} topics needs {width}; "
                "aggregate with the taxonomy the reports were made for"
            )
        packed = np.frombuffer(b"".join(chunk), dtype=np.uint8).reshape(len(chunk), width)
        counts += np.unpackbits(packed, axis=1, count=domain_size).sum(axis=0, dtype=np.int64)
        n += len(chunk)
    return counts, n


def write_shards(epoch: int, reports: Iterable[bytes], directory: str | Path, shard_size: int) -> list[Path]:
    """Write reports as `epoch-N-00000.jsonl`, ... (0600), one `{"epoch":N,"report":"<base64>"}` per line.

    Each shard is written under a temporary name and renamed when complete; shards of an earlier export of
    the same epoch that this one does not overwrite are removed, so `epoch-N-*.jsonl` is always one export.
    """
    check_epoch(epoch)
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    folder = Path(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        written: list[Path] = []
        for index, lines in enumerate(_batched(reports, shard_size)):
            path = folder / f"{SHARD_PREFIX}{epoch}-{index:05d}{SHARD_SUFFIX}"
            tmp = folder / f".{path.name}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.writelines(f'{{"epoch":{epoch},"report":"{base64.b64encode(r).decode()}"}}\n' for r in lines)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
            written.append(path)
        keep = {p.name for p in written}
        for old in folder.glob(f"{SHARD_PREFIX}{epoch}-*{SHARD_SUFFIX}"):
            if old.name not in keep:
                old.unlink()
    except OSError as err:
        raise StorageError(
            f"could not write export shards to {folder}: {err.strerror or err}; check the folder"
        ) from None
    return written


def _batched(items: Iterable[bytes], size: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
