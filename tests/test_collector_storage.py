"""Collector storage: the same suite on SQLite and on a real PostgreSQL server (tests/postgres.py)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from edge.collector.storage import Conflict, Storage, StorageError, TokenSpent, open_storage
from edge.errors import UsageError
from tests.conftest import REPO

pytest_plugins = ["tests.postgres"]

DOMAIN = 299  # the shipped token domain's size; any size works
WIDTH = (DOMAIN + 7) // 8


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "collector" / "collector.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def storage(target: str) -> object:
    store = open_storage(target)
    yield store
    store.close()


def report_id(rng: np.random.Generator) -> str:
    return rng.bytes(16).hex()


def digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def random_reports(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.random((n, DOMAIN)) < 0.3


def packed(bits: np.ndarray) -> bytes:
    return np.packbits(bits).tobytes()


def test_open_storage_picks_the_backend(tmp_path: Path) -> None:
    store = open_storage(f"sqlite://{tmp_path}/a.db")
    assert isinstance(store, Storage) and store.backend == "sqlite" and (tmp_path / "a.db").exists()
    store.close()
    with pytest.raises(UsageError, match="unknown database URL scheme 'mysql'"):
        open_storage("mysql://u@127.0.0.1/x")
    with pytest.raises(UsageError, match="sqlite:///ABSOLUTE/PATH"):
        open_storage("sqlite://host/x.db")


def test_unreachable_postgres_is_one_line_without_the_password() -> None:
    with pytest.raises(StorageError) as info:
        open_storage("postgresql://edge:hunter2@127.0.0.1:1/edge")
    message = str(info.value)
    assert "\n" not in message and "hunter2" not in message
    assert "127.0.0.1:1/edge" in message and "--db" in message


def test_resend_is_a_duplicate_and_a_different_body_a_conflict(storage: Storage) -> None:
    rng = np.random.default_rng(1)
    rid, report = report_id(rng), packed(random_reports(rng, 1)[0])
    assert storage.add(rid, 7, report, digest(b"body")) is False
    assert storage.add(rid, 7, report, digest(b"body")) is True
    with pytest.raises(Conflict, match="different body"):
        storage.add(rid, 7, packed(random_reports(rng, 1)[0]), digest(b"other body"))
    counts, n = storage.bit_counts(7, DOMAIN)
    assert n == 1 and storage.count(7) == 1
    assert np.array_equal(counts, np.unpackbits(np.frombuffer(report, np.uint8), count=DOMAIN))


def test_bit_counts_count_and_epochs(storage: Storage) -> None:
    rng = np.random.default_rng(2)
    bits = {5: random_reports(rng, 700), 9: random_reports(rng, 300)}
    for epoch, vectors in bits.items():
        rows = [(report_id(rng), epoch, packed(v), digest(packed(v))) for v in vectors]
        assert storage.add_many(rows) == [False] * len(rows)
    for epoch, vectors in bits.items():
        counts, n = storage.bit_counts(epoch, DOMAIN)
        assert counts.dtype == np.int64 and n == len(vectors) == storage.count(epoch)
        assert np.array_equal(counts, vectors.sum(axis=0))
    assert storage.epochs() == [5, 9]
    counts, n = storage.bit_counts(6, DOMAIN)
    assert n == 0 and storage.count(6) == 0 and not counts.any() and counts.shape == (DOMAIN,)
    with pytest.raises(StorageError, match=r"\[38\] bytes but a domain of 400 topics needs 50"):
        storage.bit_counts(5, 400)


def test_export_shards_hold_every_report_once_in_id_order(storage: Storage, tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    vectors = random_reports(rng, 250)
    rows = [(report_id(rng), 4, packed(v), digest(packed(v))) for v in vectors]
    storage.add_many(rows)
    storage.add_many([(report_id(rng), 5, packed(vectors[0]), digest(b"x"))])  # another epoch: not exported
    out = tmp_path / "export"
    shards = storage.export(4, out, shard_size=100)
    assert [p.name for p in shards] == ["epoch-4-00000.jsonl", "epoch-4-00001.jsonl", "epoch-4-00002.jsonl"]
    lines = [json.loads(line) for p in shards for line in p.read_text().splitlines()]
    assert [len(p.read_text().splitlines()) for p in shards] == [100, 100, 50]
    assert all(set(line) == {"epoch", "report"} and line["epoch"] == 4 for line in lines)
    by_id = sorted(rows)  # shards follow the random report ids, never the arrival order
    assert [base64.b64decode(line["report"]) for line in lines] == [r[2] for r in by_id]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in shards)
    assert not any(r[0] in p.read_text() for p in shards for r in rows[:20])
    # a later export of the same epoch replaces the earlier one entirely
    assert [p.name for p in storage.export(4, out, shard_size=200)] == ["epoch-4-00000.jsonl", "epoch-4-00001.jsonl"]
    assert sorted(p.name for p in out.iterdir()) == ["epoch-4-00000.jsonl", "epoch-4-00001.jsonl"]
    assert storage.export(8, out) == []


def test_rejection_counters(storage: Storage) -> None:
    assert storage.rejections() == {}
    for reason in ["bad_epoch", "bad_params", "bad_epoch"]:
        storage.count_rejection(reason)
    assert storage.rejections() == {"bad_epoch": 2, "bad_params": 1}
    with pytest.raises(ValueError, match="snake_case label"):
        storage.count_rejection("topic was Health & Fitness")  # free text never reaches storage
    assert storage.rejections() == {"bad_epoch": 2, "bad_params": 1}


def test_tokens_are_spent_once_and_atomically_with_the_report(storage: Storage) -> None:
    rng = np.random.default_rng(4)
    assert storage.spend_token(3, b"nonce-a") is True
    assert storage.spend_token(3, b"nonce-a") is False
    assert storage.spend_token(4, b"nonce-a") is True  # keyed by (epoch, nonce)
    first, second = report_id(rng), report_id(rng)
    report = packed(random_reports(rng, 1)[0])
    assert storage.add(first, 3, report, digest(b"1"), token_nonce=b"nonce-b") is False
    assert storage.add(first, 3, report, digest(b"1"), token_nonce=b"nonce-b") is True  # a resend, same token
    with pytest.raises(TokenSpent, match="spent before"):
        storage.add(second, 3, report, digest(b"2"), token_nonce=b"nonce-b")
    assert storage.count(3) == 1
    assert storage.spend_token(3, b"nonce-b") is False


def test_add_many_is_all_or_nothing(storage: Storage) -> None:
    rng = np.random.default_rng(5)
    report = packed(random_reports(rng, 1)[0])
    known = report_id(rng)
    storage.add(known, 1, report, digest(b"a"))
    rows = [(report_id(rng), 1, report, digest(b"n")) for _ in range(5)] + [(known, 1, report, digest(b"b"))]
    with pytest.raises(Conflict):
        storage.add_many(rows)
    assert storage.count(1) == 1
    assert storage.add_many([(known, 1, report, digest(b"a")), rows[0]]) == [True, False]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ABC", 1, b"r", "0" * 64), "32 lowercase hex"),
        (("0" * 32, -1, b"r", "0" * 64), "epoch must be"),
        (("0" * 32, True, b"r", "0" * 64), "epoch must be"),
        (("0" * 32, 1, b"", "0" * 64), "report must be"),
        (("0" * 32, 1, b"r", "nothex"), "body_sha256"),
    ],
)
def test_malformed_arguments_store_nothing(storage: Storage, args: tuple, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        storage.add(*args)
    assert storage.epochs() == []


def test_exactly_once_under_many_threads(storage: Storage) -> None:
    """24 threads store the same 150 ids at once, half with another body: one row each, one winner each."""
    rng = np.random.default_rng(6)
    ids = [report_id(rng) for _ in range(150)]
    bodies = [b"body-a", b"body-b"]
    outcomes: dict[str, list[tuple[int, str]]] = {rid: [] for rid in ids}
    lock, start = threading.Lock(), threading.Barrier(24)

    def worker(k: int) -> None:
        body = bodies[k % 2]
        order = np.random.default_rng(k).permutation(len(ids))
        start.wait()
        for i in order:
            try:
                result = "duplicate" if storage.add(ids[i], 2, body * 7, digest(body)) else "stored"
            except Conflict:
                result = "conflict"
            with lock:
                outcomes[ids[i]].append((k % 2, result))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert storage.count(2) == len(ids)
    for results in outcomes.values():
        winners = [body for body, r in results if r == "stored"]
        assert len(winners) == 1 and len(results) == 24
        assert all((body == winners[0]) == (r != "conflict") for body, r in results)


def test_add_async_is_add_on_an_event_loop_exactly_once(storage: Storage) -> None:
    """What the gateway awaits: a new id, a resend, a conflict, and 300 concurrent adds of 100 ids (each stored
    once, one winner per id) while the same ids also arrive through the blocking add from a thread."""
    rng = np.random.default_rng(9)
    rid, report = report_id(rng), packed(random_reports(rng, 1)[0])
    ids = [report_id(rng) for _ in range(100)]

    async def scenario() -> list[bool]:
        assert await storage.add_async(rid, 5, report, digest(b"body")) is False
        assert await storage.add_async(rid, 5, report, digest(b"body")) is True
        with pytest.raises(Conflict, match="different body"):
            await storage.add_async(rid, 5, report, digest(b"other body"))
        blocking = asyncio.to_thread(lambda: [storage.add(i, 6, report, digest(b"same")) for i in ids])
        concurrent = asyncio.gather(*(storage.add_async(i, 6, report, digest(b"same")) for i in ids * 3))
        from_thread, from_loop = await asyncio.gather(blocking, concurrent)
        return [*from_thread, *from_loop]

    duplicates = asyncio.run(scenario())
    assert duplicates.count(False) == len(ids) and len(duplicates) == 4 * len(ids)
    assert storage.count(5) == 1 and storage.count(6) == len(ids)


def test_a_cancelled_add_async_leaves_the_others_answered(storage: Storage) -> None:
    """The writer answers a whole group at once; a caller that gave up (its task cancelled, as when a client
    leaves) must not keep the rest of its group from their answers. The cancelled write may still be stored."""
    rng = np.random.default_rng(10)
    report = packed(random_reports(rng, 1)[0])
    ids = [report_id(rng) for _ in range(60)]

    async def scenario() -> list[bool]:
        tasks = [asyncio.ensure_future(storage.add_async(i, 8, report, digest(b"x"))) for i in ids]
        await asyncio.sleep(0)
        tasks[7].cancel()
        done = await asyncio.wait_for(asyncio.gather(*tasks[:7], *tasks[8:]), timeout=30)
        return list(done)

    assert asyncio.run(scenario()) == [False] * 59
    assert storage.count(8) in (59, 60)


CHILD = """
import sys, hashlib
from edge.collector.storage import open_storage
store = open_storage(sys.argv[1])
ids = sys.argv[2].split(",")
print("ready", flush=True)
sys.stdin.readline()
stored = sum(not store.add(i, 11, b"\\x80" + bytes(37), hashlib.sha256(b"same").hexdigest()) for i in ids)
store.close()
print(stored, flush=True)
"""


def test_exactly_once_across_processes(target: str) -> None:
    """Four processes open a fresh database at once (racing its migration), then store the same 200 ids."""
    rng = np.random.default_rng(7)
    ids = [report_id(rng) for _ in range(200)]
    children = []
    for k in range(4):
        order = ",".join(ids[k::1] if k % 2 == 0 else reversed(ids))
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", CHILD, target, order],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
            )
        )
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready", child.communicate()[1]
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    stored = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        stored.append(int(out.strip()))
    assert sum(stored) == len(ids)
    with open_storage(target) as store:  # type: ignore[attr-defined]
        assert store.count(11) == len(ids)
        counts, n = store.bit_counts(11, DOMAIN)
        assert n == len(ids) and counts[0] == len(ids) and counts[1:].sum() == 0


def test_reopening_keeps_data_and_schema(target: str) -> None:
    rng = np.random.default_rng(8)
    rid = report_id(rng)
    with open_storage(target) as store:  # type: ignore[attr-defined]
        store.add(rid, 1, b"\x01" * WIDTH, digest(b"a"))
        store.count_rejection("bad_epoch")
        assert store.schema_version() == 1
    with open_storage(target) as store:  # type: ignore[attr-defined]
        assert store.schema_version() == 1 and store.count(1) == 1 and store.rejections() == {"bad_epoch": 1}
        assert store.add(rid, 1, b"\x01" * WIDTH, digest(b"a")) is True


def test_a_newer_schema_is_refused(target: str) -> None:
    open_storage(target).close()
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as conn:
            conn.execute("INSERT INTO schema_migrations VALUES (99)")
    else:
        with sqlite3.connect(target) as conn:
            conn.execute("INSERT INTO schema_migrations VALUES (99)")
    with pytest.raises(StorageError, match="schema version 99, newer than this edge knows .1.; upgrade edge"):
        open_storage(target)


def test_stored_columns_are_only_what_the_report_says(target: str) -> None:
    """No arrival time, no address: a report row is its id, epoch, bits and body digest."""
    open_storage(target).close()
    if target.startswith("postgresql"):
        import psycopg

        with psycopg.connect(target) as conn:
            rows = conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            ).fetchall()
    else:
        with sqlite3.connect(target) as conn:
            tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            rows = [(t, c[1]) for t in tables for c in conn.execute(f"PRAGMA table_info({t})")]
    columns: dict[str, set[str]] = {}
    for table, column in rows:
        columns.setdefault(table, set()).add(column)
    assert columns == {
        "schema_migrations": {"version"},
        "reports": {"report_id", "epoch", "report", "body_sha256"},
        "rejections": {"reason", "count"},
        "spent_tokens": {"epoch", "nonce"},
    }


def test_closed_storage_refuses_with_a_storage_error(target: str) -> None:
    store = open_storage(target)
    store.close()
    with pytest.raises(StorageError):
        store.add("0" * 32, 1, b"r", "0" * 64)


def test_sqlite_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "collector.db"
    with open_storage(path) as store:  # type: ignore[attr-defined]
        store.add("0" * 32, 1, b"\x01" * WIDTH, digest(b"a"))
        files = sorted(p.name for p in path.parent.iterdir())
        assert files == ["collector.db", "collector.db-lock", "collector.db-shm", "collector.db-wal"]
        assert all(stat.S_IMODE((path.parent / f).stat().st_mode) == 0o600 for f in files)
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    loose = tmp_path / "old.db"
    loose.touch(mode=0o644)
    os.chmod(loose, 0o644)
    open_storage(loose).close()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600


HOLD_TURN = """
import fcntl, sys, time
with open(sys.argv[1] + "-lock", "a") as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_sqlite_writer_processes_take_turns_on_the_lock_file(tmp_path: Path) -> None:
    """A writer waits while another process holds the writers' turn and goes on once it is released."""
    import time

    path = tmp_path / "collector.db"
    with open_storage(path) as store:  # type: ignore[attr-defined]
        holder = subprocess.Popen([sys.executable, "-c", HOLD_TURN, str(path), "0.6"], stdout=subprocess.PIPE)
        assert holder.stdout is not None and holder.stdout.readline() == b"holding\n"
        t0 = time.monotonic()
        assert store.add("1" * 32, 1, b"\x01" * WIDTH, digest(b"a")) is False
        waited = time.monotonic() - t0
        assert holder.wait(timeout=30) == 0
        assert waited >= 0.4, f"the write went ahead while another process held the turn ({waited:.2f} s)"
        assert store.count(1) == 1


def test_sqlite_is_durable_wal_with_full_sync(tmp_path: Path) -> None:
    from edge.collector.sqlite_store import SQLiteStorage

    with SQLiteStorage(tmp_path / "c.db") as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
