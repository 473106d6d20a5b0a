"""One exchange per connection (a device), kept connections (the relay), over TLS that verifies: a real https server
with a test CA made by openssl, and a plain loopback server that counts connections."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from edge.cli import main
from edge.errors import SyncError
from edge.sync.client import sync
from edge.sync.relay import create_app as relay_app
from edge.sync.transport import Endpoint, KeptAlive, Transient, exchange
from edge.tokens import InterestProfile
from tests.tokenpath import quick_settings, token_stack, topics


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private CA and a server certificate for IP 127.0.0.1 (not for the name localhost)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed (apt-get install openssl)")
    d = tmp_path_factory.mktemp("pki")

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=d, check=True, capture_output=True, timeout=60)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
        "-subj", "/CN=edge test CA", "-keyout", "ca.key", "-out", "ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")  # fmt: skip
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", "server.key", "-out", "server.csr")  # fmt: skip
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
        "-extfile", "ext.cnf", "-out", "server.pem")  # fmt: skip
    return d


@contextmanager
def https(app: Any, certs: Path) -> Iterator[int]:
    """Serve `app` with uvicorn over TLS on 127.0.0.1; yields the port."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        access_log=False,
        lifespan="off",
        ssl_certfile=str(certs / "server.pem"),
        ssl_keyfile=str(certs / "server.key"),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the https server did not start"
        thread.join(0.01)
    try:
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)


def health_app() -> Any:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def health(request: Any) -> JSONResponse:
        return JSONResponse({"ok": True, "tls": request.url.scheme})

    return Starlette(routes=[Route("/healthz", health)])


@pytest.fixture(scope="module")
def server(certs: Path) -> Iterator[int]:
    with https(health_app(), certs) as port:
        yield port


def test_exchange_verifies_against_a_given_ca_file(certs, server):
    reply = exchange(Endpoint.parse(f"https://127.0.0.1:{server}", "relay"), "GET", "/healthz", cafile=certs / "ca.pem")
    assert reply.status == 200 and reply.content_type == "application/json"
    assert json.loads(reply.body) == {"ok": True, "tls": "https"}


def test_verification_is_on_by_default_and_fails_in_one_line(server):
    with pytest.raises(SyncError, match="TLS certificate of 127.0.0.1 failed verification") as caught:
        exchange(Endpoint.parse(f"https://127.0.0.1:{server}", "relay"), "GET", "/healthz")
    assert "\n" not in str(caught.value) and "cafile" in str(caught.value)


def test_a_certificate_for_another_name_is_refused(certs, server):
    with pytest.raises(SyncError, match="failed verification"):
        exchange(Endpoint.parse(f"https://localhost:{server}", "relay"), "GET", "/healthz", cafile=certs / "ca.pem")


def test_a_plain_http_peer_on_an_https_url_is_a_transient_failure(tmp_path):
    with token_stack(tmp_path) as stack:
        port = stack.collector_url.rsplit(":", 1)[1]
        with pytest.raises(Transient):
            exchange(Endpoint.parse(f"https://127.0.0.1:{port}", "collector"), "GET", "/healthz")


def test_sync_through_an_https_relay_with_the_ca_file_from_the_settings(certs, tmp_path, edge_home, capsys):
    with token_stack(tmp_path) as stack, https(relay_app(stack.collector_url), certs) as port:
        relay = f"https://127.0.0.1:{port}"
        with InterestProfile.open(edge_home) as profile:
            profile.record(topics(4))
        # Without the CA: one line, exit 7, nothing sealed or sent.
        assert main(["sync", "--endpoint", stack.collector_url, "--relay", relay, "--flush", "--no-delay"]) == 7
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "failed verification" in err
        with InterestProfile.open(edge_home) as profile:
            assert profile.epochs() != []
        assert stack.storage.epochs() == []
        # With it (as `[sync] cafile` would give it), the upload goes through the https relay.
        settings = quick_settings(stack.collector_url, relay, cafile=str(certs / "ca.pem"))
        result = sync(settings=settings, flush=True, no_delay=True)
        assert (result.status, result.sent) == ("ok", 1)
        assert stack.storage.count(stack.collector.current_epoch()) == 1


# --- the relay's kept connections to the gateway ---------------------------------------------------------


class CountingHandler(BaseHTTPRequestHandler):
    """Answers every request with its path; counts connections; closes after answering /close."""

    protocol_version = "HTTP/1.1"
    timeout = 0.3  # an idle kept connection is closed by the server after this long

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.lock:  # type: ignore[attr-defined]
            self.server.connections += 1  # type: ignore[attr-defined]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        answer = json.dumps({"path": self.path, "n": len(body)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        if self.path == "/close":
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(answer)


@pytest.fixture
def counting() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    server.daemon_threads = True
    server.connections = 0  # type: ignore[attr-defined]
    server.lock = threading.Lock()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_kept_connections_are_reused_replaced_when_closed_and_shared_by_threads(counting) -> None:
    kept = KeptAlive(Endpoint.parse(f"http://127.0.0.1:{counting.server_address[1]}", "gateway"))
    post = lambda path: kept.exchange("POST", path, b"abc", content_type="application/json")  # noqa: E731
    try:
        assert all(json.loads(post("/ok").body) == {"path": "/ok", "n": 3} for _ in range(5))
        assert counting.connections == 1  # five requests, one connection
        assert post("/close").status == 200 and post("/ok").status == 200
        assert counting.connections == 2  # the answer closed it: a new one
        time.sleep(0.6)  # the server drops the idle connection; the next request is sent again on a new one
        assert post("/after-idle").status == 200 and counting.connections == 3

        answers: list[int] = []
        threads = [
            threading.Thread(target=lambda: answers.extend(post("/t").status for _ in range(10))) for _ in "abcd"
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers == [200] * 40 and counting.connections <= 3 + 4
    finally:
        kept.close()


def test_kept_connections_verify_tls_as_a_fresh_one_does(server) -> None:
    kept = KeptAlive(Endpoint.parse(f"https://127.0.0.1:{server}", "gateway"))
    with pytest.raises(SyncError, match="failed verification"):
        kept.exchange("GET", "/healthz")
