"""Test helpers for the token path: a real collector and relay on loopback, and a TCP tap that records each hop."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from edge.collector.app import create_app as collector_app
from edge.collector.service import Collector
from edge.collector.storage import Storage, open_storage
from edge.ohttp import GatewayKey
from edge.settings import SyncSettings
from edge.sync.relay import create_app as relay_app
from edge.tokens.domain import TokenDomain
from edge.tokens.params import Parameters, default_parameters
from edge.types import Topic
from edge.web import background

DOMAIN = TokenDomain.load()


def topics(*indices: int) -> list[Topic]:
    return [Topic(DOMAIN.ids[i], DOMAIN.labels[i], DOMAIN.labels[i], 0.9) for i in indices]


def quick_settings(endpoint: str, relay: str, **changes: object) -> SyncSettings:
    """Sync settings for tests: one attempt quickly, no random delays unless asked for."""
    base = SyncSettings(endpoint=endpoint, relay=relay, attempts=1, timeout_s=5.0)
    return replace(base, **changes)  # type: ignore[arg-type]


@dataclass
class Connection:
    upstream: bytes = b""  # client -> server
    downstream: bytes = b""  # server -> client


@dataclass
class Tap:
    url: str
    connections: list[Connection] = field(default_factory=list)


@dataclass
class Stack:
    collector_url: str
    relay_url: str
    collector: Collector
    storage: Storage
    device_hop: Tap | None = None  # with tap=True: device -> relay
    relay_hop: Tap | None = None  # and relay -> collector


@contextmanager
def token_stack(
    tmp_path: Path,
    *,
    params: Parameters | None = None,
    clock: Callable[[], float] = time.time,
    tap: bool = False,
    key_cache_s: float = 60.0,
) -> Iterator[Stack]:
    """A collector (SQLite in tmp_path, min_reports 1 by default) and a relay in front of it, both on 127.0.0.1.

    With `tap`, both hops go through a recording TCP tap: `stack.device_hop` (device -> relay) and
    `stack.relay_hop` (relay -> collector) hold the bytes each connection carried.
    """
    params = params if params is not None else replace(default_parameters(DOMAIN.version), min_reports=1)
    storage = open_storage(tmp_path / "collector.db")
    collector = Collector(storage, GatewayKey.generate(), params, DOMAIN, clock=clock)
    with ExitStack() as stack:
        collector_url = stack.enter_context(background(collector_app(collector)))
        relay_hop = device_hop = None
        if tap:
            relay_hop = stack.enter_context(tcp_tap(collector_url))
            collector_url_for_relay = relay_hop.url
        else:
            collector_url_for_relay = collector_url
        relay_url = stack.enter_context(background(relay_app(collector_url_for_relay, key_cache_s=key_cache_s)))
        if tap:
            device_hop = stack.enter_context(tcp_tap(relay_url))
            relay_url = device_hop.url
        try:
            yield Stack(collector_url, relay_url, collector, storage, device_hop, relay_hop)
        finally:
            stack.close()
            storage.close()


@contextmanager
def tcp_tap(target_url: str) -> Iterator[Tap]:
    """A TCP forwarder to `target_url`'s host and port that records both directions of every connection."""
    host, port = target_url.removeprefix("http://").split(":")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    tap = Tap(f"http://127.0.0.1:{listener.getsockname()[1]}")
    lock = threading.Lock()

    def pump(src: socket.socket, dst: socket.socket, record: Connection, attr: str) -> None:
        try:
            while chunk := src.recv(65536):
                with lock:
                    setattr(record, attr, getattr(record, attr) + chunk)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def accept() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection((host, int(port)))
            record = Connection()
            with lock:
                tap.connections.append(record)
            threading.Thread(target=pump, args=(client, server, record, "upstream"), daemon=True).start()
            threading.Thread(target=pump, args=(server, client, record, "downstream"), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield tap
    finally:
        listener.close()
