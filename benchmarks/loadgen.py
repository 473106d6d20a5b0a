"""A bounded load generator for the collector: loopback only, bounded in requests and in time.

    from benchmarks.loadgen import Request, run_load, slow_clients

    build = lambda i: Request("POST", "/v1/reports", {"Content-Type": "application/json"}, body_for(i))
    with slow_clients("http://127.0.0.1:8750", connections=200, max_seconds=60) as slow:
        figures = run_load("http://127.0.0.1:8750", build, clients=50, requests_per_client=200, max_seconds=60)
    print(figures["uploads_per_s"], figures["latency_ms"]["p99"], figures["errors"], slow.result)

    python -m benchmarks.loadgen --url http://127.0.0.1:8750 --path /healthz --method GET --clients 50 --requests 100

`run_load` runs C clients at once, each sending N requests one after the other, every request on its own new
connection (`Connection: close`), as devices do, or with `keep_alive` on one connection per client that is
reopened only when the server closes it, as relays do in front of a gateway; `build(i)` makes request i (the
real OHTTP upload builder plugs in here, with `check` to open the encapsulated answer). `slowloris` holds S
connections that send one byte a second and never finish their request (with `reconnect`, a connection the
server closes is opened again, as an attacker would). Both refuse any host that is not a loopback address, and
run on uvloop where installed.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import numpy as np

MAX_SECONDS = 600.0  # no run, load or slowloris, may last longer than this
MAX_HEADER_BYTES = 64 * 1024


@dataclass(frozen=True)
class Request:
    """One HTTP request to send; `context` travels to `check` (e.g. the OHTTP response decapsulation state)."""

    method: str = "GET"
    path: str = "/"
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    context: Any = None


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


Build = Callable[[int], Request]
Check = Callable[[Request, Response], "str | None"]  # None: a good answer; else the kind of error


def default_check(request: Request, response: Response) -> str | None:
    return None if 200 <= response.status < 300 else f"http_{response.status}"


def loopback_target(url: str) -> tuple[str, int]:
    """(host, port) of an http:// URL on a loopback address; ValueError for anything else (no DNS lookup)."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"give an http://127.0.0.1:PORT URL, not {url!r}")
    host = parts.hostname
    if host != "localhost":
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise ValueError
        except ValueError:
            raise ValueError(f"the load generator talks to loopback addresses only, not {host!r}") from None
    return host, parts.port or 80


def run_load(
    url: str,
    build: Build,
    *,
    clients: int = 50,
    requests_per_client: int = 100,
    max_seconds: float = 60.0,
    timeout_s: float = 10.0,
    check: Check = default_check,
    total: int | None = None,
    keep_alive: bool = False,
) -> dict[str, Any]:
    """Send requests 0 .. N-1 (N = `total`, else clients x requests_per_client), each client taking the next one
    when its last is answered, stopping new ones after `max_seconds`; the figures.

    Answers are checked after the clock stops: each device opens its own answer on its own processor, so the
    generator, which shares this machine with the server, does not spend timed CPU on them (a good request is
    still one whose answer `check` accepts)."""
    host, port = loopback_target(url)
    planned = total if total is not None else clients * requests_per_client
    if clients < 1 or planned < 1 or not 0 < max_seconds <= MAX_SECONDS:
        raise ValueError(f"need clients >= 1, requests >= 1 and 0 < max_seconds <= {MAX_SECONDS:g}")
    return _run(_load(host, port, build, clients, planned, max_seconds, timeout_s, check, keep_alive))


async def _load(
    host: str,
    port: int,
    build: Build,
    clients: int,
    planned: int,
    max_seconds: float,
    timeout_s: float,
    check: Check,
    keep_alive: bool,
) -> dict[str, Any]:
    answered: list[tuple[Request, Response, float]] = []
    indices = iter(range(planned))  # shared by the clients (one event loop: no lock needed)
    errors: Counter[str] = Counter()
    sent = 0
    stopped_by_time = False
    started = time.perf_counter()
    deadline = started + max_seconds

    async def client() -> None:
        nonlocal sent, stopped_by_time
        connection = _Connection(host, port, keep_alive)
        try:
            for index in indices:
                if time.perf_counter() >= deadline:
                    stopped_by_time = True
                    return
                request = build(index)
                sent += 1
                t0 = time.perf_counter()
                try:
                    response = await asyncio.wait_for(connection.exchange(request), timeout_s)
                    answered.append((request, response, time.perf_counter() - t0))
                except Exception as err:  # every failure is counted by kind, none stops the run (a failed
                    errors[_error_kind(err)] += 1  # exchange has closed its connection; the next opens a new one)
        finally:
            await connection.close()

    await asyncio.gather(*(client() for _ in range(min(clients, planned))))
    duration = time.perf_counter() - started
    latencies = []
    for request, response, latency in answered:  # checked once the clock has stopped: see `run_load`
        try:
            kind = check(request, response)
        except Exception as err:  # an answer the check cannot read is an error of its kind, as before
            kind = _error_kind(err)
        if kind is None:
            latencies.append(latency)
        else:
            errors[kind] += 1
    return {
        "clients": clients,
        "connections": "kept alive" if keep_alive else "one per request",
        "planned": planned,
        "sent": sent,
        "ok": len(latencies),
        "errors": dict(sorted(errors.items())),
        "stopped_by": "time" if stopped_by_time else "count",
        "duration_s": round(duration, 3),
        "uploads_per_s": round(len(latencies) / duration, 1) if duration > 0 else 0.0,
        "latency_ms": _percentiles(latencies),
    }


class _Connection:
    """A client's connection: a new one for every request, or (keep_alive) one reused until the server closes it."""

    def __init__(self, host: str, port: int, keep_alive: bool) -> None:
        self.host, self.port, self.keep_alive = host, port, keep_alive
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def exchange(self, request: Request) -> Response:
        """One request and its whole response (Content-Length, chunked, or up to EOF)."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        try:
            response = await _exchange(reader, writer, request, f"{self.host}:{self.port}", self.keep_alive)
        except BaseException:
            await self.close()
            raise
        if not self.keep_alive or response.headers.get("connection", "").lower() == "close":
            await self.close()
        return response

    async def close(self) -> None:
        if self.streams is None:
            return
        writer, self.streams = self.streams[1], None
        writer.close()
        try:
            await writer.wait_closed()
        except OSError:
            pass


async def _exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: Request, authority: str, keep_alive: bool
) -> Response:
    head = [f"{request.method} {request.path} HTTP/1.1", f"Host: {authority}"]
    head += [] if keep_alive else ["Connection: close"]
    head += [f"{k}: {v}" for k, v in request.headers.items()]
    if request.body or request.method in ("POST", "PUT", "PATCH"):
        head.append(f"Content-Length: {len(request.body)}")
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + request.body)
    await writer.drain()
    raw = await reader.readuntil(b"\r\n\r\n")
    if len(raw) > MAX_HEADER_BYTES:
        raise ProtocolError("bad_response")
    lines = raw.decode("latin-1").split("\r\n")
    status_line = lines[0].split(" ", 2)
    if len(status_line) < 2 or not status_line[0].startswith("HTTP/") or not status_line[1].isdigit():
        raise ProtocolError("bad_response")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        body = await reader.read()
        headers["connection"] = "close"  # the body ran to EOF: the connection is done
    return Response(int(status_line[1]), headers, body)


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return bytes(body)
        body += await reader.readexactly(size)
        await reader.readexactly(2)


class ProtocolError(Exception):
    """The server's answer was not HTTP/1.1 as expected; the argument is the error kind."""


def _error_kind(err: BaseException) -> str:
    if isinstance(err, ProtocolError):
        return str(err)
    if isinstance(err, (asyncio.TimeoutError, TimeoutError)):
        return "timeout"
    if isinstance(err, ConnectionRefusedError):
        return "connect_refused"
    if isinstance(err, ConnectionResetError):
        return "reset"
    if isinstance(err, (asyncio.IncompleteReadError, BrokenPipeError)):
        return "closed_early"
    if isinstance(err, (ValueError, asyncio.LimitOverrunError)):
        return "bad_response"
    return type(err).__name__


def _run(coroutine: Any) -> Any:
    """Run on uvloop when it is installed (a cheaper client leaves more of a shared machine to the server)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def _percentiles(seconds: list[float]) -> dict[str, float | None]:
    if not seconds:
        return {"p50": None, "p90": None, "p99": None, "max": None, "mean": None}
    ms = np.asarray(seconds) * 1000.0
    return {
        "p50": round(float(np.percentile(ms, 50)), 2),
        "p90": round(float(np.percentile(ms, 90)), 2),
        "p99": round(float(np.percentile(ms, 99)), 2),
        "max": round(float(ms.max()), 2),
        "mean": round(float(ms.mean()), 2),
    }


def slowloris(
    url: str,
    *,
    connections: int = 200,
    max_seconds: float = 60.0,
    interval_s: float = 1.0,
    path: str = "/.well-known/ohttp-gateway",
    stop: threading.Event | None = None,
    ready: threading.Event | None = None,
    reconnect: bool = False,
) -> dict[str, Any]:
    """Hold `connections` that trickle one header byte every `interval_s` and never finish their request.

    Stops after `max_seconds` (at most MAX_SECONDS) or when `stop` is set; sets `ready` once every connection
    has been tried. With `reconnect`, each of the `connections` slots opens a new slow connection whenever the
    server closes its last one. Reports how many the server closed (and after how long) and how many were open
    at the end.
    """
    host, port = loopback_target(url)
    if connections < 1 or not 0 < max_seconds <= MAX_SECONDS or interval_s <= 0:
        raise ValueError(f"need connections >= 1, 0 < max_seconds <= {MAX_SECONDS:g} and interval_s > 0")
    return _run(_slowloris(host, port, connections, max_seconds, interval_s, path, stop, ready, reconnect))


async def _slowloris(
    host: str,
    port: int,
    connections: int,
    max_seconds: float,
    interval_s: float,
    path: str,
    stop: threading.Event | None,
    ready: threading.Event | None,
    reconnect: bool,
) -> dict[str, Any]:
    started = time.perf_counter()
    deadline = started + max_seconds
    lifetimes: list[float] = []
    counts: Counter[str] = Counter()

    def over() -> bool:
        return time.perf_counter() >= deadline or (stop is not None and stop.is_set())

    def tried() -> None:
        if ready is not None and counts["opened"] + counts["connect_errors"] >= connections:
            ready.set()

    async def one() -> bool:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 10)
        except Exception:  # refused, reset, or no answer: the server would not take the connection
            counts["connect_errors"] += 1
            tried()
            return False
        counts["opened"] += 1
        tried()
        opened = time.perf_counter()
        closed = asyncio.ensure_future(reader.read(65536))  # data or EOF: the server answered or gave up
        try:
            writer.write(f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nX-Slow: ".encode())
            while not over():
                done, _ = await asyncio.wait(
                    {closed}, timeout=min(interval_s, max(0.0, deadline - time.perf_counter()))
                )
                if done:
                    break
                writer.write(b"a")
                counts["bytes_sent"] += 1
                await writer.drain()
        except OSError:
            pass
        if closed.done() or not over():
            counts["closed_by_server"] += 1
            lifetimes.append(time.perf_counter() - opened)
        else:
            counts["open_at_end"] += 1
        closed.cancel()
        writer.close()
        try:
            await writer.wait_closed()
        except OSError:
            pass
        return True

    async def slot() -> None:
        opened = await one()
        while reconnect and not over():
            if not opened:  # refused: try again at the slow pace, not in a busy loop
                await asyncio.sleep(interval_s)
            counts["reconnects"] += 1
            opened = await one()

    await asyncio.gather(*(slot() for _ in range(connections)))
    return {
        "connections": connections,
        "opened": counts["opened"],
        "connect_errors": counts["connect_errors"],
        "closed_by_server": counts["closed_by_server"],
        "open_at_end": counts["open_at_end"],
        "reconnects": counts["reconnects"],
        "bytes_sent": counts["bytes_sent"],
        "duration_s": round(time.perf_counter() - started, 3),
        "lifetime_s": {
            "p50": round(float(np.percentile(lifetimes, 50)), 2) if lifetimes else None,
            "max": round(max(lifetimes), 2) if lifetimes else None,
        },
    }


class SlowClients:
    """A slowloris run in a background thread (see `slow_clients`); `result` is set once it has stopped."""

    def __init__(self, url: str, **options: Any) -> None:
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.result: dict[str, Any] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(url, options), name="slowloris", daemon=True)

    def _run(self, url: str, options: dict[str, Any]) -> None:
        try:
            self.result = slowloris(url, stop=self.stop, ready=self.ready, **options)
        except BaseException as err:  # handed to the caller in finish()
            self._error = err
        finally:
            self.ready.set()

    def finish(self) -> dict[str, Any]:
        self.stop.set()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self.result is not None
        return self.result


@contextmanager
def slow_clients(url: str, **options: Any) -> Iterator[SlowClients]:
    """Slow connections held open for the duration of the block (it starts once all are connected)."""
    loopback_target(url)
    slow = SlowClients(url, **options)
    slow._thread.start()
    try:
        slow.ready.wait(timeout=60)
        yield slow
    finally:
        slow.finish()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bounded loopback load: one fixed request, C clients x N each.")
    parser.add_argument("--url", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--path", default="/")
    parser.add_argument("--body", default="", help="request body (text)")
    parser.add_argument("--content-type", default="application/json")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=100, help="requests per client")
    parser.add_argument("--max-seconds", type=float, default=60.0)
    parser.add_argument("--slowloris", type=int, default=0, help="slow connections held during the run")
    args = parser.parse_args(argv)
    headers = {"Content-Type": args.content_type} if args.body else {}
    request = Request(args.method, args.path, headers, args.body.encode())
    slow: AbstractContextManager[SlowClients | None] = (
        slow_clients(args.url, connections=args.slowloris, max_seconds=min(args.max_seconds + 15, MAX_SECONDS))
        if args.slowloris
        else nullcontext(None)
    )
    with slow as held:
        figures = run_load(
            args.url,
            lambda i: request,
            clients=args.clients,
            requests_per_client=args.requests,
            max_seconds=args.max_seconds,
        )
    if held is not None:
        figures["slowloris"] = held.result
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
