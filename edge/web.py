"""Serving edge's small HTTP services (relay, collector, issuer, owner page) with uvicorn, and their common limits.

Every service binds to 127.0.0.1 unless told otherwise, logs no client address (no access log, no server
banner) and runs under `Limits`, enforced by `limited_protocol`, uvicorn's HTTP protocol (httptools where
installed, else h11) with what uvicorn lacks: a deadline for the request head and one for the whole request
(uvicorn times only idle keep-alive connections, so a client trickling one header byte a second would hold its
connection for ever), a cap on the head's size and a hard cap on open connections. A refused client gets a
one-line JSON reason (`{"ok": false, "error": ...}`): 408 for a deadline, 431 for an oversized head, 503 (with
Retry-After) when the server is full. `read_body` bounds the body an endpoint reads.

    serve(app, "127.0.0.1", 8750, what="collector")                   # foreground, one process
    serve_workers(make_app, "127.0.0.1", 8750, what="collector", workers=2)   # N forked processes, one socket
    with background(app) as url: ...                                   # tests and demos
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from edge.errors import EdgeError, UsageError

Refusal = Callable[[str], None]  # called with the refusal's label, e.g. "header_timeout"
REFUSALS = ("too_many_connections", "header_timeout", "request_timeout", "head_too_large")
LINGER_S = 1.0  # a refused connection is read (and discarded) this long so the client gets the answer, not a reset


@dataclass(frozen=True)
class Limits:
    """What one server process accepts. The defaults suit devices sending one small message per connection."""

    max_connections: int = 512  # open connections; more get 503
    header_timeout_s: float = 5.0  # request line and headers, from the connection (or the last answer) on
    request_timeout_s: float = 10.0  # the whole request, body included, from the same moment
    max_head_bytes: int = 16 * 1024  # request line and headers
    keep_alive_s: float = 5.0  # an idle connection is closed after this long

    def __post_init__(self) -> None:
        if self.max_connections < 1 or self.max_head_bytes < 1024:
            raise UsageError("limits: max_connections must be at least 1 and max_head_bytes at least 1024")
        if not 0 < self.header_timeout_s <= self.request_timeout_s:
            raise UsageError("limits: need 0 < header_timeout_s <= request_timeout_s")


class BodyError(Exception):
    """A request body that is too large, too slow or malformed; `status` is the 4xx to answer."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


async def read_body(request: Any, max_bytes: int, deadline_s: float = 10.0) -> bytes:
    """The whole body of a Starlette request, refusing more than `max_bytes` or a read slower than `deadline_s`."""
    from starlette.requests import ClientDisconnect

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
    except ClientDisconnect:  # the protocol cut the request off (a deadline) or the client left
        raise BodyError(400, "the client closed the connection before sending the whole body") from None
    return b"".join(chunks)


def _protocol_base(http: str) -> Any:
    """uvicorn's httptools protocol when httptools is installed (and `http` allows it), else its h11 one."""
    if http in ("auto", "httptools"):
        try:
            from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

            return HttpToolsProtocol
        except ImportError:
            if http == "httptools":
                raise UsageError("httptools is not installed (pip install httptools) or ask for http='h11'") from None
    from uvicorn.protocols.http.h11_impl import H11Protocol

    return H11Protocol


def limited_protocol(limits: Limits, on_refusal: Refusal | None = None, http: str = "auto") -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol class under `limits` (see the module docstring); `on_refusal` counts refusals."""
    base = _protocol_base(http)

    class LimitedProtocol(base):  # type: ignore[misc, valid-type]
        """One connection. A request's clock starts when the connection opens or the previous answer is sent."""

        _timer: asyncio.TimerHandle | None = None
        _refused = False

        def connection_made(self, transport: asyncio.Transport) -> None:
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                self._refuse(503, "too_many_connections", "the server is at its connection limit; retry later")
                return
            self._start_request()

        def data_received(self, data: bytes) -> None:
            if self._refused:
                return  # read and dropped until the linger ends
            if self._awaiting_head:
                self._head_bytes += len(data)
            super().data_received(data)
            self._progress()

        def on_response_complete(self) -> None:
            if not self._refused:
                self._start_request()
            super().on_response_complete()
            self._progress()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_timer()
            super().connection_lost(exc)

        # -- the clock --------------------------------------------------------------------------------------------

        def _start_request(self) -> None:
            self._started = self.loop.time()
            self._head_bytes = 0
            self._awaiting_head = True
            self._cycle_before = self.cycle
            self._set_timer(limits.header_timeout_s, self._head_timeout)

        def _progress(self) -> None:
            """After parsing: a complete head moves the clock on to the whole-request deadline."""
            if self._refused or not self._awaiting_head or self.transport.is_closing():
                return
            if self.cycle is not self._cycle_before:
                self._awaiting_head = False
                remaining = self._started + limits.request_timeout_s - self.loop.time()
                self._set_timer(max(remaining, 0.0), self._request_timeout)
            elif self._head_bytes > limits.max_head_bytes:
                self._refuse(431, "head_too_large", f"request line and headers over {limits.max_head_bytes} bytes")

        def _head_timeout(self) -> None:
            self._timer = None
            if not self._awaiting_head or self.transport.is_closing():
                return
            if self._head_bytes == 0 and self._cycle_before is not None:
                self.transport.close()  # an idle kept-alive connection: no request to answer, a 408 could be misread
                return
            self._refuse(
                408, "header_timeout", f"request line and headers not received within {limits.header_timeout_s:g} s"
            )

        def _request_timeout(self) -> None:
            self._timer = None
            cycle = self.cycle
            if cycle is None or not cycle.more_body or cycle.response_started or self.transport.is_closing():
                return  # the body is in (the answer is being made) or the answer has begun
            self._refuse(408, "request_timeout", f"request not received within {limits.request_timeout_s:g} s")

        def _set_timer(self, delay: float, callback: Callable[[], None]) -> None:
            self._cancel_timer()
            self._timer = self.loop.call_later(delay, callback)

        def _cancel_timer(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

        def _refuse(self, status: int, label: str, reason: str) -> None:
            """Answer `status` with the reason, stop reading the request, close after a short linger."""
            self._refused = True
            self._cancel_timer()
            if self.cycle is not None:
                self.cycle.disconnected = True  # the app, if one runs, sees the client gone; its answer is dropped
                self.cycle.message_event.set()
            if on_refusal is not None:
                on_refusal(label)
            transport = self.transport
            transport.write(refusal_bytes(status, reason))
            if transport.can_write_eof():
                transport.write_eof()
            self._timer = self.loop.call_later(LINGER_S, transport.close)

    return LimitedProtocol


def refusal_bytes(status: int, reason: str) -> bytes:
    """A whole HTTP/1.1 answer `{"ok": false, "error": reason}` that closes the connection."""
    body = json.dumps({"ok": False, "error": reason}, separators=(",", ":")).encode()
    head = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        "connection: close",
    ]
    if status == 503:
        head.append("retry-after: 1")
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def server_config(
    app: Any,
    *,
    limits: Limits | None = None,
    on_refusal: Refusal | None = None,
    http: str = "auto",
) -> Any:
    """uvicorn's configuration for `app`: no access log, no banner, no proxy headers, `limits` enforced."""
    import uvicorn

    limits = limits if limits is not None else Limits()
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # an access log would hold client addresses
        server_header=False,
        proxy_headers=False,
        limit_concurrency=None,  # the protocol caps connections itself, with a reason
        timeout_keep_alive=int(limits.keep_alive_s) or 1,
        h11_max_incomplete_event_size=4 * limits.max_head_bytes,  # the protocol's own 431 comes first
        http=limited_protocol(limits, on_refusal, http),
        lifespan="off",
    )


def listen(host: str, port: int, what: str) -> socket.socket:
    """A listening TCP socket on host:port (0 picks a free port); UsageError when it cannot be had."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as err:
        sock.close()
        raise UsageError(f"{what} cannot listen on {host}:{port} ({err.strerror}); pick another --port") from None
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{_host(host)}:{port}"


def serve(app: Any, host: str, port: int, *, what: str, **options: Any) -> None:
    """Run `app` in the foreground until Ctrl-C; says where it listens, in one line."""
    serve_workers(lambda: nullcontext(app), host, port, what=what, **options)


def serve_workers(
    make_app: Callable[[], AbstractContextManager[Any]],
    host: str,
    port: int,
    *,
    what: str,
    workers: int = 1,
    limits: Limits | None = None,
    on_refusal: Refusal | None = None,
    http: str = "auto",
    url_path: str = "",
) -> None:
    """Serve the app that `make_app()` opens (and closes at the end) until Ctrl-C or SIGTERM.

    The line saying where it listens ends the URL with `url_path` (the owner page's per-run secret path).

    With `workers` > 1 the process forks that many workers, which share the listening socket (the kernel hands
    each new connection to one of them); each opens its own app, so nothing made before the fork (threads,
    database connections) is shared. A worker that exits unasked stops them all (EdgeError); a worker whose
    parent dies finishes its requests and exits.
    """
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    sock = listen(host, port, what)
    config = server_config(None, limits=limits, on_refusal=on_refusal, http=http)
    if workers == 1:
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            with sock, make_app() as app:
                _run(
                    app,
                    config,
                    sock,
                    parent=None,
                    announce=f"{what} listening on {url_of(sock)}{url_path}; Ctrl-C to stop",
                )
        finally:
            signal.signal(signal.SIGTERM, previous)
        return
    url, parent = url_of(sock), os.getpid()
    children: dict[int, int] = {}
    for index in range(workers):
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            code = 0
            try:
                signal.signal(signal.SIGINT, _interrupt)
                signal.signal(signal.SIGTERM, _interrupt)
                with make_app() as app:
                    _run(app, config, sock, parent=parent)
            except EdgeError as err:
                print(f"error: worker {index}: {err}", file=sys.stderr, flush=True)
                code = err.exit_code
            except KeyboardInterrupt:
                code = 0
            except BaseException as err:  # noqa: BLE001 - a worker must never return into the parent's code
                print(f"error: worker {index}: {type(err).__name__}: {err}", file=sys.stderr, flush=True)
                code = 70
            finally:
                sys.stdout.flush()
                os._exit(code)
        children[pid] = index
    sock.close()
    print(f"{what} listening on {url}{url_path} ({workers} worker processes); Ctrl-C to stop", flush=True)
    _supervise(children)


def _interrupt(signum: int, frame: Any) -> None:
    """SIGTERM like Ctrl-C: uvicorn finishes the requests in flight and re-raises the signal once it has stopped;
    raised as KeyboardInterrupt, it then unwinds through `make_app`'s context, which closes the database."""
    raise KeyboardInterrupt


def _supervise(children: dict[int, int]) -> None:
    """Wait for the workers; on SIGINT/SIGTERM ask them to stop; if one exits unasked, stop the others."""
    stopping = False

    def stop(signum: int, frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    failed: tuple[int, int] | None = None
    try:
        while children:
            pid, status = os.wait()
            index = children.pop(pid, None)
            if index is None:
                continue
            if not stopping:
                failed = failed or (index, os.waitstatus_to_exitcode(status))
                stop(signal.SIGTERM, None)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if failed is not None:
        raise EdgeError(f"worker {failed[0]} exited (code {failed[1]}); all workers stopped")


def _run(app: Any, config: Any, sock: socket.socket, parent: int | None, announce: str | None = None) -> None:
    """Serve until asked to stop. `announce` is printed once the server has started, when uvicorn's own signal
    handlers are in place: a Ctrl-C that lands earlier, while a module is still being imported, can be swallowed
    by the import machinery ("Exception ignored in ... _get_module_lock"), and the server would then run on."""
    import uvicorn

    config.app = app
    config.loaded = False

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if announce is not None and not self.should_exit:
                print(announce, flush=True)

        async def on_tick(self, counter: int) -> bool:
            if parent is not None and os.getppid() != parent:
                self.should_exit = True  # the supervisor is gone: finish what is in flight, then exit
            return bool(await super().on_tick(counter))

    Server(config).run(sockets=[sock])


@contextmanager
def background(app: Any, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
    """Serve `app` from a thread for the duration of the block; yields its base URL (tests and demos)."""
    import uvicorn

    sock = listen(host, port, "server")
    config = server_config(app, **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="edge-web", daemon=True)
    thread.start()  # no signal handlers off the main thread
    try:
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
