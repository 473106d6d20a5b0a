"""edge.web's limits on a real uvicorn server, with both HTTP parsers: slow heads and bodies are cut off with a 408,
oversized heads get a 431, connections over the cap a 503, and honest clients (keep-alive included) are served."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from edge.web import BodyError, Limits, background, read_body

LIMITS = Limits(max_connections=4, header_timeout_s=0.6, request_timeout_s=1.2, max_head_bytes=4096, keep_alive_s=5)
PARSERS = ["h11", "httptools"]


def echo_app(bodies: list[bytes]) -> object:
    """Answers every request with the size of its body, read with a generous deadline of its own (60 s)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def echo(request: Request) -> JSONResponse:
        try:
            body = await read_body(request, 1024, deadline_s=60)
        except BodyError as err:
            return JSONResponse({"ok": False, "error": err.reason}, status_code=err.status)
        bodies.append(body)
        return JSONResponse({"ok": True, "size": len(body)})

    return Starlette(routes=[Route("/echo", echo, methods=["GET", "POST"])])


@pytest.fixture(params=PARSERS)
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, int, list[bytes], list[str]]]:
    if request.param == "httptools":
        pytest.importorskip("httptools", reason="httptools is not installed (pip install httptools)")
    bodies: list[bytes] = []
    refusals: list[str] = []
    with background(echo_app(bodies), limits=LIMITS, on_refusal=refusals.append, http=request.param) as url:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        yield host, int(port), bodies, refusals


def read_until(sock: socket.socket, marker: bytes) -> bytes:
    """What the server sends until `marker`; a connection closed before it fails the test instead of hanging it."""
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the server closed the connection before {marker!r}; got {data!r}"
        data += chunk
    return data


def connect(server: tuple[str, int, list[bytes], list[str]]) -> socket.socket:
    return socket.create_connection(server[:2], timeout=10)


def read_all(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def answer(data: bytes) -> tuple[int, dict[str, str], dict[str, object]]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, json.loads(body)


def test_a_head_trickled_byte_by_byte_is_cut_off_at_the_header_deadline(server):
    with connect(server) as sock:
        started = time.monotonic()
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        for _ in range(3):
            sock.sendall(b"a")  # bytes keep coming: a per-recv timeout would never fire
            time.sleep(0.15)  # the client's pace, not a wait for the server
        status, headers, body = answer(read_all(sock))
        elapsed = time.monotonic() - started
    assert status == 408 and headers["connection"] == "close"
    assert body == {"ok": False, "error": "request line and headers not received within 0.6 s"}
    assert 0.55 <= elapsed < 2.0
    assert server[3] == ["header_timeout"] and server[2] == []


def test_a_silent_connection_gets_a_408_too(server):
    with connect(server) as sock:
        status, _, body = answer(read_all(sock))
    assert status == 408 and "not received within 0.6 s" in str(body["error"])


def test_a_body_that_does_not_come_is_cut_off_at_the_request_deadline_and_never_reaches_the_app(server):
    with connect(server) as sock:
        started = time.monotonic()
        sock.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n" + bytes(10))
        status, _, body = answer(read_all(sock))
        elapsed = time.monotonic() - started
    assert status == 408 and body == {"ok": False, "error": "request not received within 1.2 s"}
    assert 1.1 <= elapsed < 3.0  # the app's own 60 s deadline did not matter
    assert server[2] == [] and server[3] == ["request_timeout"]


def test_an_oversized_head_gets_a_431(server):
    with connect(server) as sock:
        sock.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\n" + b"X-Big: " + b"b" * 5000 + b"\r\n")
        status, _, body = answer(read_all(sock))
    assert status == 431 and body == {"ok": False, "error": "request line and headers over 4096 bytes"}
    assert server[3] == ["head_too_large"]


def test_connections_over_the_cap_get_a_503_and_the_others_still_work(server):
    with ExitStack() as stack:
        held = [stack.enter_context(connect(server)) for _ in range(LIMITS.max_connections)]
        held[0].sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\n\r\n")  # the held connections are accepted
        assert held[0].recv(65536).startswith(b"HTTP/1.1 200")
        with connect(server) as extra:
            extra.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status, headers, body = answer(read_all(extra))
        assert status == 503 and headers["retry-after"] == "1"
        assert body == {"ok": False, "error": "the server is at its connection limit; retry later"}
        held[1].close()
    deadline = time.monotonic() + 5
    while True:  # the server sees the closed connections go
        with connect(server) as sock:
            sock.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            status, _, _ = answer(read_all(sock))
        if status == 200 or time.monotonic() > deadline:
            break
    assert status == 200 and "too_many_connections" in server[3]


def test_keep_alive_requests_each_get_their_own_deadline(server):
    with connect(server) as sock:
        for _ in range(7):  # together longer than one request deadline (1.2 s), each well within its own
            sock.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
            assert read_until(sock, b'"size":3}').startswith(b"HTTP/1.1 200")
            time.sleep(0.2)  # the client's pause: 0.4 s under the 0.6 s head deadline, so a busy machine cannot miss it
    assert server[2] == [b"abc"] * 7 and server[3] == []


def test_limits_are_checked() -> None:
    from edge.errors import UsageError

    with pytest.raises(UsageError, match="header_timeout_s <= request_timeout_s"):
        Limits(header_timeout_s=5, request_timeout_s=1)
    with pytest.raises(UsageError, match="max_connections"):
        Limits(max_connections=0)


def test_an_idle_kept_alive_connection_is_closed_without_an_answer(server):
    with connect(server) as sock:
        sock.sendall(b"GET /echo HTTP/1.1\r\nHost: x\r\n\r\n")
        read_until(sock, b'"size":0}')
        started = time.monotonic()
        assert read_all(sock) == b""  # no stray 408 that a client reusing the connection could take as its answer
        assert time.monotonic() - started < 3.0
    assert server[3] == []
