"""HTTP exchanges: what the device uses to reach the relay, and the relay the gateway.

Plain http only to loopback addresses; https verifies against the system CA store (or a given CA file). A device
(`exchange`) opens a new TCP connection and a new TLS context for every message: no connection, session or
ticket is reused, so two messages cannot be linked by their transport. The relay (`KeptAlive`) keeps its
connections to the gateway open between messages: everything on them comes from the relay anyway, mixed from
many devices. Requests carry Host, Content-Type and Content-Length only (plus Accept-Encoding: identity, which
http.client adds): no User-Agent, no cookies.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from edge.errors import SyncError, UsageError


class Transient(Exception):
    """This attempt failed but a later one may work (no network, timeout, 5xx, 429)."""

    def __init__(self, reason: str, offline: bool) -> None:
        super().__init__(reason)
        self.offline = offline


@dataclass(frozen=True)
class Endpoint:
    """A checked base URL."""

    url: str
    https: bool
    host: str
    port: int | None
    path: str  # base path without a trailing slash

    @classmethod
    def parse(cls, url: str, what: str) -> Endpoint:
        if "://" not in url and url.strip():
            raise UsageError(f"bad {what} URL {url!r}: it needs a scheme; did you mean {with_scheme(url)}?")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(
                f"bad {what} URL {url!r}: use https://HOST[:PORT] (or http://127.0.0.1:PORT on this machine)"
            )
        if parts.username or parts.password or parts.query or parts.fragment:
            raise UsageError(f"bad {what} URL {url!r}: no credentials, query or fragment allowed")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise UsageError(f"refusing plain http to {parts.hostname}: use https:// (http is for this machine only)")
        try:
            port = parts.port
        except ValueError:
            raise UsageError(f"bad port in {what} URL {url!r}") from None
        return cls(url, parts.scheme == "https", parts.hostname, port, parts.path.rstrip("/"))

    @property
    def authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port is None else f"{host}:{self.port}"


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes
    date: str | None = None


def exchange(
    endpoint: Endpoint,
    method: str,
    path: str,
    body: bytes | None = None,
    *,
    content_type: str | None = None,
    timeout_s: float = 10.0,
    cafile: str | Path | None = None,
    max_response: int = 64 * 1024,
) -> Reply:
    """One request on a fresh connection. Raises Transient for network trouble, SyncError for a bad certificate."""
    with _network_errors(endpoint, timeout_s):
        conn = _connect(endpoint, timeout_s, cafile)
        try:
            return _round_trip(conn, endpoint, method, path, body, content_type, max_response)
        finally:
            conn.close()


class KeptAlive:
    """Connections to one endpoint, kept open between exchanges and shared by threads (one exchange at a time
    on each): the relay's hop to the gateway. When the peer closed a kept connection while it was idle, the
    request goes once more on a new one."""

    def __init__(self, endpoint: Endpoint, *, timeout_s: float = 10.0, cafile: str | Path | None = None) -> None:
        self.endpoint, self.timeout_s, self.cafile = endpoint, timeout_s, cafile
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()

    def exchange(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        *,
        content_type: str | None = None,
        max_response: int = 64 * 1024,
    ) -> Reply:
        """As `exchange`, on a kept connection when one is idle."""
        with self._lock:
            kept = self._idle.pop() if self._idle else None
        with _network_errors(self.endpoint, self.timeout_s):
            if kept is not None:
                try:
                    reply = _round_trip(kept, self.endpoint, method, path, body, content_type, max_response)
                except _CLOSED_WHILE_IDLE:
                    kept.close()
                except BaseException:
                    kept.close()
                    raise
                else:
                    self._release(kept)
                    return reply
            conn = _connect(self.endpoint, self.timeout_s, self.cafile)
            try:
                reply = _round_trip(conn, self.endpoint, method, path, body, content_type, max_response)
            except BaseException:
                conn.close()
                raise
            self._release(conn)
            return reply

    def _release(self, conn: http.client.HTTPConnection) -> None:
        if conn.sock is None:  # the answer said Connection: close, and http.client closed it
            return
        with self._lock:
            self._idle.append(conn)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


# What a request on a kept connection meets when the peer closed it while idle (nothing was answered).
_CLOSED_WHILE_IDLE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)


def _connect(endpoint: Endpoint, timeout_s: float, cafile: str | Path | None) -> http.client.HTTPConnection:
    if endpoint.https:
        context = ssl.create_default_context(cafile=str(cafile) if cafile else None)
        return http.client.HTTPSConnection(endpoint.host, endpoint.port, timeout=timeout_s, context=context)
    return http.client.HTTPConnection(endpoint.host, endpoint.port, timeout=timeout_s)


def _round_trip(
    conn: http.client.HTTPConnection,
    endpoint: Endpoint,
    method: str,
    path: str,
    body: bytes | None,
    content_type: str | None,
    max_response: int,
) -> Reply:
    """One request and its whole response on `conn` (network errors as raised: see _network_errors)."""
    headers = {"Content-Type": content_type} if content_type else {}
    conn.request(method, endpoint.path + path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read(max_response + 1)
    if len(data) > max_response:
        raise Transient(f"{endpoint.host} answered more than {max_response} bytes", offline=False)
    return Reply(
        response.status,
        (response.getheader("Content-Type") or "").split(";")[0].strip().lower(),
        data,
        response.getheader("Date"),
    )


@contextmanager
def _network_errors(endpoint: Endpoint, timeout_s: float) -> Iterator[None]:
    """Network trouble as Transient (a later try may work), a certificate that fails verification as SyncError."""
    try:
        yield
    except ssl.SSLCertVerificationError as err:
        raise SyncError(
            f"TLS certificate of {endpoint.host} failed verification ({err.verify_message}); "
            "check the URL, or set [sync] cafile for a private CA"
        ) from None
    except TimeoutError:
        raise Transient(f"{endpoint.host} timed out after {timeout_s:g} s", offline=True) from None
    except (ConnectionError, socket.gaierror) as err:
        raise Transient(f"cannot reach {endpoint.host}: {type(err).__name__}", offline=True) from None
    except (OSError, http.client.HTTPException) as err:
        raise Transient(f"network error talking to {endpoint.host}: {type(err).__name__}", offline=True) from None


def with_scheme(url: str) -> str:
    """`url` with the scheme the README uses: http:// for this machine (127.0.0.1, localhost), https:// otherwise."""
    try:
        host = urlsplit(f"//{url.strip()}").hostname or ""
    except ValueError:
        host = ""
    return f"{'http' if is_loopback(host) else 'https'}://{url.strip()}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
