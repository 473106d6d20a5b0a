"""The reference collector: stores valid token batches once each and serves debiased topic frequencies.

    POST /v1/batches           a token batch (edge.tokens.batch) -> 200 {"ok": true, "batch_id", "duplicate"}
    GET  /v1/aggregate?epoch=N debiased per-topic estimates with 95 % confidence intervals
    GET  /v1/health            {"ok": true, "schema", "taxonomy"}

Strict: a body over MAX_BODY bytes is refused from its Content-Length before it is read; malformed JSON,
unknown or missing fields, wrong types, unknown schema or taxonomy versions get a 4xx with a JSON
{"error": reason}, and nothing of a rejected batch is stored. A batch id seen before answers 200 with
"duplicate": true and is stored once (a different body under a known id is a 409). The server logs no
client address and keeps no arrival time: it stores what the batch says, nothing more.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np

from edge.tokens import ldp
from edge.tokens.batch import SCHEMA, BatchError, TokenBatch
from edge.tokens.domain import TokenDomain

MAX_BODY = 8 * 1024

_DDL = (
    """CREATE TABLE IF NOT EXISTS batches (
        batch_id TEXT PRIMARY KEY, epoch INTEGER NOT NULL, epsilon REAL NOT NULL, p_replace REAL NOT NULL,
        body_sha256 TEXT NOT NULL) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS reports (
        batch_id TEXT NOT NULL REFERENCES batches (batch_id), idx INTEGER NOT NULL, bits BLOB NOT NULL,
        PRIMARY KEY (batch_id, idx)) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS batches_epoch ON batches (epoch)",
)


class CollectorStore:
    """SQLite storage of accepted batches; thread-safe through one lock."""

    def __init__(self, path: str | Path, domain: TokenDomain) -> None:
        self.domain = domain
        self.lock = threading.Lock()
        self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        with self._tx():
            for ddl in _DDL:
                self.conn.execute(ddl)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
                    self.conn.execute("ROLLBACK")
                raise

    def add(self, batch: TokenBatch, body: bytes) -> bool:
        """Store a valid batch; returns True when its id was already stored (nothing written then)."""
        digest = hashlib.sha256(body).hexdigest()
        with self._tx() as conn:
            row = conn.execute("SELECT body_sha256 FROM batches WHERE batch_id = ?", (batch.batch_id,)).fetchone()
            if row is not None:
                if row[0] != digest:
                    raise BatchError("batch_id already stored with a different body", 409)
                return True
            conn.execute(
                "INSERT INTO batches VALUES (?, ?, ?, ?, ?)",
                (batch.batch_id, batch.epoch, batch.epsilon, batch.p_replace, digest),
            )
            conn.executemany(
                "INSERT INTO reports VALUES (?, ?, ?)", [(batch.batch_id, i, r) for i, r in enumerate(batch.reports)]
            )
        return False

    def count(self, epoch: int | None = None) -> tuple[int, int]:
        """(batches, reports) stored, for one epoch or all."""
        where, args = ("WHERE b.epoch = ?", (epoch,)) if epoch is not None else ("", ())
        with self.lock:
            row = self.conn.execute(
                f"SELECT COUNT(DISTINCT b.batch_id), COUNT(r.idx) FROM batches b "
                f"JOIN reports r USING (batch_id) {where}",
                args,
            ).fetchone()
        return int(row[0]), int(row[1])

    def batch_ids(self) -> list[str]:
        with self.lock:
            return [r[0] for r in self.conn.execute("SELECT batch_id FROM batches ORDER BY batch_id")]

    def estimate(self, epoch: int) -> tuple[ldp.Estimate, int]:
        """The debiased estimate for an epoch (mechanism groups summed) and its batch count."""
        d = self.domain.size
        total = ldp.Estimate(np.zeros(d), np.zeros(d), 0)
        with self.lock:
            groups = self.conn.execute(
                "SELECT DISTINCT epsilon, p_replace FROM batches WHERE epoch = ?", (epoch,)
            ).fetchall()
            (batches,) = self.conn.execute("SELECT COUNT(*) FROM batches WHERE epoch = ?", (epoch,)).fetchone()
            for epsilon, p_replace in groups:
                bits = self.conn.execute(
                    "SELECT r.bits FROM reports r JOIN batches b USING (batch_id) "
                    "WHERE b.epoch = ? AND b.epsilon = ? AND b.p_replace = ?",
                    (epoch, epsilon, p_replace),
                ).fetchall()
                packed = np.frombuffer(b"".join(b for (b,) in bits), dtype=np.uint8).reshape(len(bits), -1)
                counts = np.unpackbits(packed, axis=1, count=d).sum(axis=0, dtype=np.int64)
                total = total + ldp.estimate(counts, len(bits), float(epsilon), float(p_replace))
        return total, int(batches)

    def aggregate(self, epoch: int) -> dict[str, Any]:
        est, batches = self.estimate(epoch)
        lo, hi = est.ci95
        topics = [
            {
                "id": topic_id,
                "label": self.domain.labels[j],
                "estimate": round(float(est.counts[j]), 2),
                "ci95": [round(float(lo[j]), 2), round(float(hi[j]), 2)],
                "share": round(float(est.counts[j]) / batches, 5) if batches else 0.0,
                "share_ci95": [round(float(lo[j]) / batches, 5), round(float(hi[j]) / batches, 5)]
                if batches
                else [0, 0],
            }
            for j, topic_id in enumerate(self.domain.ids)
        ]
        topics.sort(key=lambda t: -t["estimate"])
        return {
            "epoch": epoch,
            "taxonomy": self.domain.version,
            "batches": batches,
            "reports": est.reports,
            "estimator": "OUE, debiased for random replacement; estimate = reports naming the topic, "
            "share = estimate / batches (devices); 95% normal-approximation intervals",
            "topics": topics,
        }

    def close(self) -> None:
        self.conn.close()


class CollectorHandler(BaseHTTPRequestHandler):
    server: CollectorServer
    protocol_version = "HTTP/1.1"
    server_version = "edge-collector"
    timeout = 10  # seconds a client may stall mid-request
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # no client addresses in any log
        pass

    def _reply(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, reason: str) -> None:
        self.close_connection = True
        self._reply(status, {"ok": False, "error": reason})

    def do_POST(self) -> None:
        if urlsplit(self.path).path != "/v1/batches":
            return self._error(404, "unknown path; POST token batches to /v1/batches")
        if self.headers.get("Transfer-Encoding"):
            return self._error(411, "chunked bodies are not accepted; send Content-Length")
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return self._error(411, "Content-Length required")
        try:
            length = int(length_header)
            if length < 0:
                raise ValueError
        except ValueError:
            return self._error(400, "bad Content-Length")
        if length > MAX_BODY:
            return self._error(413, f"body of {length} bytes is over the {MAX_BODY}-byte limit")
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            return self._error(415, "Content-Type must be application/json")
        try:
            body = self.rfile.read(length)
        except (TimeoutError, OSError):
            return self._error(400, "body could not be read")
        if len(body) != length:
            return self._error(400, f"truncated body: {len(body)} of {length} bytes")
        try:
            batch = TokenBatch.decode(body, self.server.store.domain)
            duplicate = self.server.store.add(batch, body)
        except BatchError as err:
            return self._error(err.status, err.reason)
        except sqlite3.Error:  # full disk, locked file: the client keeps the batch and retries later
            return self._error(503, "collector storage unavailable; retry later")
        self._reply(200, {"ok": True, "batch_id": batch.batch_id, "duplicate": duplicate})

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/v1/health":
            return self._reply(200, {"ok": True, "schema": SCHEMA, "taxonomy": self.server.store.domain.version})
        if url.path != "/v1/aggregate":
            return self._error(404, "unknown path; try GET /v1/aggregate?epoch=N")
        values = parse_qs(url.query).get("epoch", [])
        if len(values) != 1 or not values[0].isdigit() or int(values[0]) > 2**31 - 1:
            return self._error(400, "give exactly one epoch=N (a non-negative integer)")
        self._reply(200, self.server.store.aggregate(int(values[0])))

    def _not_allowed(self) -> None:
        self._error(405, "method not allowed")

    do_PUT = do_DELETE = do_PATCH = _not_allowed


class CollectorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], store: CollectorStore, handler: type[CollectorHandler] = CollectorHandler
    ) -> None:
        super().__init__(address, handler)
        self.store = store

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle_error(self, request: Any, client_address: Any) -> None:  # no tracebacks with addresses
        pass


def make_server(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 0,
    domain: TokenDomain | None = None,
    handler: type[CollectorHandler] = CollectorHandler,
) -> CollectorServer:
    """A collector bound to host:port (port 0: any free port; see `.url`). Call serve_forever()."""
    store = CollectorStore(db, domain if domain is not None else TokenDomain.load())
    return CollectorServer((host, port), store, handler)


@contextmanager
def running(
    db: str | Path, host: str = "127.0.0.1", port: int = 0, handler: type[CollectorHandler] = CollectorHandler
) -> Iterator[CollectorServer]:
    """A collector serving from a background thread for the duration of the block (tests, demos)."""
    server = make_server(db, host, port, handler=handler)
    thread = threading.Thread(target=server.serve_forever, name="edge-collector", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        server.store.close()
