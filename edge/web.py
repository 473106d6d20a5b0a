"""Serving edge's small HTTP services (relay, collector, issuer, owner page) with uvicorn, and their common limits.

Every service binds to 127.0.0.1 unless told otherwise, logs no client address (no access log, no server
banner), caps concurrent connections, and reads a request body only up to a size and a deadline.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from edge.errors import UsageError


class BodyError(Exception):
    """A request body that is too large, too slow or malformed; `status` is the 4xx to answer."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def read_body(request: Any, max_bytes: int, deadline_s: float = 10.0) -> bytes:
    """The whole body of a Starlette request, refusing more than `max_bytes` or a read slower than `deadline_s`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BodyError(400, "bad Content-Length")
        if int(declared) > max_bytes:
            raise BodyError(413, f"body of {declared} bytes is over the {max_bytes}-byte limit")
    chunks: list[bytes] = []
    size = 0

    async def collect() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_bytes:
                raise BodyError(413, f"body is over the {max_bytes}-byte limit")
            chunks.append(chunk)

    try:
        await asyncio.wait_for(collect(), timeout=deadline_s)
    except asyncio.TimeoutError:
        raise BodyError(408, f"body not received within {deadline_s:g} s") from None
    return b"".join(chunks)


def server_config(app: Any, host: str, port: int, *, limit_concurrency: int = 512) -> Any:
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        limit_concurrency=limit_concurrency,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=16 * 1024,
        lifespan="off",
    )


def serve(app: Any, host: str, port: int, *, what: str, **options: Any) -> None:
    """Run `app` in the foreground until Ctrl-C; says where it listens, in one line."""
    import uvicorn

    server = uvicorn.Server(server_config(app, host, port, **options))
    sock = _listen(host, port, what)  # listening before it says so; port 0 becomes the port picked
    print(f"{what} listening on http://{_host(host)}:{sock.getsockname()[1]}; Ctrl-C to stop", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


@contextmanager
def background(app: Any, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
    """Serve `app` from a thread for the duration of the block; yields its base URL (tests and demos)."""
    import uvicorn

    server = uvicorn.Server(server_config(app, host, port, **options))
    thread = threading.Thread(target=server.run, name="edge-web", daemon=True)  # no signal handlers off main
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise UsageError(f"could not serve on {host}:{port}; pick another port")
        thread.join(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{_host(host)}:{bound}"
    finally:
        server.should_exit = True
        thread.join(10)


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _listen(host: str, port: int, what: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as err:
        sock.close()
        raise UsageError(f"{what} cannot listen on {host}:{port} ({err.strerror}); pick another --port") from None
    return sock
