"""benchmarks/loadgen.py against a small real HTTP server on 127.0.0.1: counts, errors, bounds, slow clients."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from benchmarks.loadgen import Request, Response, run_load, slow_clients, slowloris


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:  # once per connection
        super().setup()
        with self.server.lock:  # type: ignore[attr-defined]
            self.server.connections += 1  # type: ignore[attr-defined]

    def do_POST(self) -> None:
        if self.headers["Content-Length"] is None:  # a slow client that gave up mid-header
            self.send_error(411)
            return
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.bodies.append(body)  # type: ignore[attr-defined]
        status = 503 if self.path == "/busy" else 200
        if self.path == "/slow":
            self.server.release.wait(5)  # type: ignore[attr-defined]
        answer = b'{"n": %d}' % len(body)
        self.send_response(status)
        self.send_header("Content-Length", str(len(answer)))
        if self.headers.get("Connection", "").lower() == "close" or self.path == "/close":
            self.send_header("Connection", "close")  # else the connection stays open for the next request
        self.end_headers()
        self.wfile.write(answer)


def serve(timeout: float | None, servers: list[ThreadingHTTPServer] | None = None) -> Iterator[str]:
    handler = type("TimedHandler", (Handler,), {"timeout": timeout})  # seconds a client may stall per recv
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.bodies = []  # type: ignore[attr-defined]
    server.connections = 0  # type: ignore[attr-defined]
    server.lock = threading.Lock()  # type: ignore[attr-defined]
    server.release = threading.Event()  # type: ignore[attr-defined]
    if servers is not None:
        servers.append(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.release.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def url() -> Iterator[str]:
    yield from serve(timeout=1.0)


def test_every_request_is_sent_once_and_counted(url: str) -> None:
    seen: list[int] = []

    def build(i: int) -> Request:
        seen.append(i)
        path = "/busy" if i % 4 == 0 else "/ok"
        return Request("POST", path, {"Content-Type": "application/json"}, b"x" * (i % 7), context=i % 7)

    def check(request: Request, response: Response) -> str | None:
        if response.status != 200:
            return f"http_{response.status}"
        return None if response.body == b'{"n": %d}' % request.context else "wrong_answer"

    figures = run_load(url, build, clients=6, requests_per_client=20, max_seconds=60, check=check)
    assert sorted(seen) == list(range(120))
    assert figures["sent"] == figures["planned"] == 120 and figures["stopped_by"] == "count"
    assert figures["ok"] == 90 and figures["errors"] == {"http_503": 30}
    lat = figures["latency_ms"]
    assert 0 < lat["p50"] <= lat["p90"] <= lat["p99"] <= lat["max"]
    # duration_s is rounded to the millisecond and uploads_per_s to 0.1; a fast run (50 ms) makes the first worth 1 %
    duration = figures["duration_s"]
    assert 90 / (duration + 0.0005) - 0.05 <= figures["uploads_per_s"] <= 90 / max(duration - 0.0005, 1e-6) + 0.05


@pytest.mark.parametrize("keep_alive", [False, True])
def test_connections_are_kept_alive_only_when_asked_and_reopened_when_the_server_closes(keep_alive: bool) -> None:
    """4 clients x 30 requests; every 10th answer closes its connection (`Connection: close`), as a server may."""
    servers: list[ThreadingHTTPServer] = []
    for url in serve(timeout=1.0, servers=servers):
        build = lambda i: Request("POST", "/close" if i % 10 == 9 else "/ok", {}, b"x" * 3)  # noqa: E731
        figures = run_load(url, build, clients=4, requests_per_client=30, max_seconds=60, keep_alive=keep_alive)
        assert figures["ok"] == 120 and figures["errors"] == {}
        connections = servers[0].connections  # type: ignore[attr-defined]
        if keep_alive:
            assert figures["connections"] == "kept alive" and 4 <= connections <= 4 + 12
        else:
            assert figures["connections"] == "one per request" and connections == 120


def test_the_run_stops_at_its_time_bound(url: str) -> None:
    figures = run_load(
        url, lambda i: Request("POST", "/slow"), clients=2, requests_per_client=1000, max_seconds=0.3, timeout_s=0.5
    )
    assert figures["stopped_by"] == "time" and figures["sent"] == 2 and figures["errors"] == {"timeout": 2}


def test_refused_connections_are_counted_not_raised() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        figures = run_load(f"http://127.0.0.1:{port}", lambda i: Request(), clients=2, requests_per_client=3)
    assert figures["ok"] == 0 and figures["errors"] == {"connect_refused": 6}


@pytest.mark.parametrize(
    "target", ["http://10.0.0.1:80", "http://example.com", "https://127.0.0.1:1", "ftp://127.0.0.1"]
)
def test_only_loopback_is_allowed(target: str) -> None:
    with pytest.raises(ValueError):
        run_load(target, lambda i: Request(), clients=1, requests_per_client=1)
    with pytest.raises(ValueError):
        slowloris(target, connections=1, max_seconds=1)


def test_slow_clients_are_cut_by_a_server_that_times_out_silence() -> None:
    for url in serve(timeout=0.3):  # http.server's timeout is per recv: a byte every second outlasts it
        figures = slowloris(url, connections=5, max_seconds=6, interval_s=1.0)
        assert figures["opened"] == 5 and figures["closed_by_server"] == 5 and figures["open_at_end"] == 0
        assert figures["lifetime_s"]["max"] < 1.0 and figures["duration_s"] < 6


def test_slow_clients_stay_open_on_a_server_without_one() -> None:
    for url in serve(timeout=None):
        with slow_clients(url, connections=4, max_seconds=30, interval_s=0.1) as slow:
            figures = run_load(url, lambda i: Request("POST", "/ok"), clients=2, requests_per_client=5)
        assert figures["ok"] == 10
        assert slow.result is not None
        assert slow.result["opened"] == 4 and slow.result["open_at_end"] == 4 and slow.result["duration_s"] < 30
