"""The sync client against real local servers: offline, timeouts, 5xx then success, rejections, TLS."""

from __future__ import annotations

import random
import shutil
import socket
import sqlite3
import ssl
import subprocess
import threading

import numpy as np
import pytest

from edge.errors import SyncError, UsageError
from edge.sync.client import SyncClient, Transient, sync
from edge.sync.collector import CollectorHandler, make_server, running
from edge.sync.config import SyncConfig
from edge.sync.outbox import Outbox
from edge.tokens import Anonymizer, InterestProfile, TokenConfig, TokenDomain
from edge.types import Topic

DOMAIN = TokenDomain.load()


class Sleeps(list):
    """Records the backoff sleeps instead of sleeping (time is not what these tests measure)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def queue_batches(home, n: int) -> list[str]:
    """n batches for epochs 1..n in the outbox under `home`; returns their ids."""
    anonymizer = Anonymizer(DOMAIN, TokenConfig(), rng=np.random.default_rng(0))
    with InterestProfile.open(home) as p:
        outbox = Outbox(p.conn)
        batches = [anonymizer.batch(epoch, {DOMAIN.ids[epoch]: 1}) for epoch in range(1, n + 1)]
        for b in batches:
            outbox.put(b)
    return [b.batch_id for b in batches]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def client(url: str, sleeps: Sleeps | None = None, **kwargs) -> SyncClient:
    return SyncClient(url, sleep=sleeps if sleeps is not None else Sleeps(), rng=random.Random(0), **kwargs)


def test_dead_network_is_offline_not_an_error(edge_home):
    ids = queue_batches(edge_home, 3)
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there: connection refused
    sleeps = Sleeps()
    result = sync(client=client(url, sleeps, attempts=3), config=SyncConfig(endpoint=url))
    assert result.status == "offline" and result.queued == 3 and result.sent == 0
    assert result.message().startswith("offline, 3 batches queued")
    assert len(sleeps) == 2  # retried with backoff before giving up
    with InterestProfile.open(edge_home) as p:
        assert [q.batch_id for q in Outbox(p.conn).pending()] == ids


def test_backoff_is_exponential_with_full_jitter():
    sleeps = Sleeps()
    c = SyncClient(
        f"http://127.0.0.1:{free_port()}",
        attempts=6,
        backoff_base_s=1.0,
        backoff_cap_s=8.0,
        sleep=sleeps,
        rng=random.Random(1),
    )
    with pytest.raises(Transient):
        c.send(b"{}", "0" * 32)
    caps = [min(8.0, 1.0 * 2**a) for a in range(1, 6)]
    assert len(sleeps) == 5 and all(0 <= s <= cap for s, cap in zip(sleeps, caps))
    assert len(set(sleeps)) == 5  # jittered, not a fixed schedule


def test_timeout_when_the_server_accepts_but_never_answers(edge_home):
    queue_batches(edge_home, 1)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        result = sync(client=client(url, attempts=2, timeout_s=0.3), config=SyncConfig(endpoint=url))
    assert result.status == "offline" and "timed out" in result.detail and result.queued == 1


class Flaky(CollectorHandler):
    """Answers 503 to the first `failures` POSTs, then behaves."""

    failures = 0
    lock = threading.Lock()

    def do_POST(self) -> None:
        with Flaky.lock:
            fail = Flaky.failures > 0
            Flaky.failures -= 1
        if fail:
            self.rfile.read(int(self.headers["Content-Length"]))
            return self._error(503, "busy")
        super().do_POST()


def test_5xx_then_success_with_backoff(edge_home, tmp_path):
    ids = queue_batches(edge_home, 2)
    Flaky.failures = 3
    sleeps = Sleeps()
    with running(tmp_path / "c.db", handler=Flaky) as srv:
        result = sync(client=client(srv.url, sleeps, attempts=5), config=SyncConfig(endpoint=srv.url))
        assert sorted(srv.store.batch_ids()) == sorted(ids)
    assert result.status == "ok" and result.sent == 2 and result.queued == 0
    assert len(sleeps) == 3


def test_5xx_exhausting_retries_leaves_the_batches_queued(edge_home, tmp_path):
    queue_batches(edge_home, 2)
    Flaky.failures = 100
    with running(tmp_path / "c.db", handler=Flaky) as srv:
        result = sync(client=client(srv.url, attempts=2), config=SyncConfig(endpoint=srv.url))
        assert srv.store.count() == (0, 0)
    Flaky.failures = 0
    assert result.status == "unavailable" and "503" in result.detail and result.queued == 2


def test_a_rejected_batch_is_kept_but_not_resent_and_the_rest_go_through(edge_home, tmp_path):
    ids = queue_batches(edge_home, 3)
    with InterestProfile.open(edge_home) as p:  # corrupt the middle batch's schema version in the outbox
        body = p.conn.execute("SELECT body FROM outbox WHERE batch_id = ?", (ids[1],)).fetchone()[0]
        p.conn.execute(
            "UPDATE outbox SET body = ? WHERE batch_id = ?",
            (bytes(body).replace(b"edge.tokens/1", b"edge.tokens/7"), ids[1]),
        )
    with running(tmp_path / "c.db") as srv:
        result = sync(client=client(srv.url), config=SyncConfig(endpoint=srv.url))
        assert sorted(srv.store.batch_ids()) == sorted([ids[0], ids[2]])
        again = sync(client=client(srv.url), config=SyncConfig(endpoint=srv.url))
    assert (result.sent, result.rejected, result.queued) == (2, 1, 0) and "unsupported schema" in result.detail
    assert (again.sent, again.rejected) == (0, 0)
    with InterestProfile.open(edge_home) as p:
        (rejected,) = Outbox(p.conn).rejected()
    assert rejected.batch_id == ids[1] and "HTTP 422" in rejected.rejected


def test_endpoint_validation():
    with pytest.raises(UsageError, match="https"):
        SyncClient("http://collector.example.org")
    with pytest.raises(UsageError, match="bad collector endpoint"):
        SyncClient("ftp://127.0.0.1/")
    with pytest.raises(UsageError, match="credentials"):
        SyncClient("https://user:pw@collector.example.org")
    with pytest.raises(UsageError, match="no collector endpoint"):
        SyncClient.from_config(SyncConfig())
    assert SyncClient("https://c.example.org/edge/").path == "/edge/v1/batches"
    assert SyncClient("http://[::1]:8750").path == "/v1/batches"


def test_endpoint_comes_from_flag_then_env_then_config(edge_home, monkeypatch):
    edge_home.mkdir(parents=True, exist_ok=True)
    (edge_home / "config.toml").write_text('[sync]\nendpoint = "https://from-config.example"\nattempts = 2\n')
    assert SyncConfig.load().endpoint == "https://from-config.example"
    monkeypatch.setenv("EDGE_SYNC_URL", "https://from-env.example")
    assert SyncConfig.load().endpoint == "https://from-env.example"
    assert SyncConfig.load(endpoint="https://from-flag.example").endpoint == "https://from-flag.example"
    assert SyncConfig.load().attempts == 2
    (edge_home / "config.toml").write_text("[sync]\nattempts = 0\n")
    with pytest.raises(UsageError, match="attempts"):
        SyncConfig.load()


# --- TLS ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed (apt-get install openssl)")
    d = tmp_path_factory.mktemp("pki")

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=d, check=True, capture_output=True)

    run(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=edge test CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    )
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    run(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
        "-out",
        "server.pem",
    )
    return d


@pytest.fixture()
def tls_collector(certs, tmp_path):
    server = make_server(tmp_path / "tls.db")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certs / "server.pem", certs / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    server.store.close()


def test_tls_with_a_custom_ca_file(edge_home, certs, tls_collector):
    server, url = tls_collector
    ids = queue_batches(edge_home, 2)
    result = sync(client=client(url, cafile=certs / "ca.pem"), config=SyncConfig(endpoint=url))
    assert result.status == "ok" and result.sent == 2
    assert sorted(server.store.batch_ids()) == sorted(ids)


def test_tls_verification_is_on_by_default(edge_home, tls_collector):
    server, url = tls_collector
    queue_batches(edge_home, 1)
    with pytest.raises(SyncError, match="failed verification"):
        sync(client=client(url), config=SyncConfig(endpoint=url))  # system CA store: our test CA is unknown
    assert server.store.count() == (0, 0)
    with InterestProfile.open(edge_home) as p:
        assert len(Outbox(p.conn)) == 1


def test_sync_closes_finished_epochs_then_sends(edge_home, tmp_path):
    clock = [1_000 * 7 * 86_400.0]
    with InterestProfile.open(edge_home, clock=lambda: clock[0]) as p:
        p.record([Topic(DOMAIN.ids[2], "x", "x", 1.0)])
        clock[0] += 7 * 86_400
        p.record([Topic(DOMAIN.ids[3], "x", "x", 1.0)])
        with running(tmp_path / "c.db") as srv:
            result = sync(profile=p, client=client(srv.url), config=SyncConfig(endpoint=srv.url))
            assert result.closed_epochs == [1000] and result.sent == 1  # the current epoch stays open
            assert srv.store.count(1000) == (1, 5)
            flushed = sync(profile=p, flush=True, client=client(srv.url), config=SyncConfig(endpoint=srv.url))
            assert flushed.closed_epochs == [1001] and srv.store.count(1001) == (1, 5)
        assert [s.epoch for s in p.budget.ledger()] == [1000, 1001]


def test_random_send_delay_before_each_batch(edge_home, tmp_path):
    queue_batches(edge_home, 3)
    sleeps = Sleeps()
    with running(tmp_path / "c.db") as srv:
        result = sync(client=client(srv.url, sleeps, send_delay_max_s=30.0), config=SyncConfig(endpoint=srv.url))
    assert result.sent == 3 and len(sleeps) == 3
    assert all(0 <= s <= 30.0 for s in sleeps) and len(set(sleeps)) == 3


def test_collector_storage_failure_is_a_retryable_503(edge_home, tmp_path):
    ids = queue_batches(edge_home, 1)
    with running(tmp_path / "c.db") as srv:
        (pages,) = srv.store.conn.execute("PRAGMA page_count").fetchone()
        srv.store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the collector's disk is full ...
        filler = Anonymizer(DOMAIN, TokenConfig(), rng=np.random.default_rng(1))
        with pytest.raises(sqlite3.OperationalError, match="full"):
            for epoch in range(500, 1000):  # ... once its last free page is used up
                batch = filler.batch(epoch, {})
                srv.store.add(batch, batch.encode())
        stored = srv.store.count()
        result = sync(client=client(srv.url, attempts=1), config=SyncConfig(endpoint=srv.url))
        assert result.status == "unavailable" and "503" in result.detail and result.queued == 1
        srv.store.conn.execute("PRAGMA max_page_count = 1073741823")
        result = sync(client=client(srv.url), config=SyncConfig(endpoint=srv.url))
        assert result.sent == 1 and set(ids) <= set(srv.store.batch_ids())
        assert srv.store.count()[0] == stored[0] + 1
