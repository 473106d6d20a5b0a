"""Byte pipes the link runs over: TCP (client and listener), a serial device or pty (raw termios), a pipe.

Every transport has the same three calls: `recv(max_bytes, timeout)` (b"" once the other end closed; raises
TransportTimeout when nothing came in time), `send(data)` and `close()`; all are context managers.
"""

from __future__ import annotations

import errno
import os
import select
import socket
import termios
import time
import tty
from typing import Protocol

from firmware_bridge.errors import TransportError, TransportTimeout

DEFAULT_BAUDRATE = 921_600


class Transport(Protocol):
    name: str

    def recv(self, max_bytes: int = 4096, timeout: float | None = None) -> bytes: ...

    def send(self, data: bytes) -> None: ...

    def close(self) -> None: ...


class _Closing:
    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class TcpTransport(_Closing):
    """One connected TCP socket."""

    def __init__(self, sock: socket.socket, name: str) -> None:
        self.sock = sock
        self.name = name
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def recv(self, max_bytes: int = 4096, timeout: float | None = None) -> bytes:
        # select() rather than settimeout(): the socket stays blocking, so a send from another thread (the
        # simulator's uplink while its reader waits for LED frames) never inherits a short timeout.
        try:
            ready, _, _ = select.select([self.sock], [], [], timeout)
            data = self.sock.recv(max_bytes) if ready else None
        except (OSError, ValueError) as err:  # ValueError: select on a socket closed meanwhile
            if isinstance(err, ValueError) or err.errno in (errno.ECONNRESET, errno.EPIPE, errno.EBADF):
                return b""
            raise TransportError(f"{self.name}: receive failed ({err.strerror or err})") from None
        if data is None:
            raise TransportTimeout(f"{self.name}: nothing received for {timeout:g} s; is the other end still sending?")
        return data

    def send(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError as err:
            raise TransportError(f"{self.name}: send failed ({err.strerror or err}); the other end went away") from None

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def connect_tcp(host: str, port: int, *, timeout: float = 10.0) -> TcpTransport:
    """Connect, retrying while the listener is not up yet (the glasses may still be starting)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=max(deadline - time.monotonic(), 0.1))
            return TcpTransport(sock, f"tcp://{host}:{port}")
        except OSError as err:
            if time.monotonic() >= deadline:
                raise TransportError(
                    f"cannot connect to tcp://{host}:{port} ({err.strerror or err}); start the glasses or "
                    "`edge bridge simulate FILE.wav --listen tcp://HOST:PORT` first"
                ) from None
            time.sleep(0.05)


class TcpListener(_Closing):
    """A listening socket; `accept()` hands out one TcpTransport per connection. Port 0 picks a free port."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        try:
            self.sock = socket.create_server((host, port))
        except OSError as err:
            raise TransportError(
                f"cannot listen on tcp://{host}:{port} ({err.strerror or err}); pick another port"
            ) from None
        self.host, self.port = self.sock.getsockname()[:2]
        self.name = f"tcp://{self.host}:{self.port}"

    def accept(self, timeout: float | None = None) -> TcpTransport:
        self.sock.settimeout(timeout)
        try:
            conn, peer = self.sock.accept()
        except TimeoutError:
            raise TransportTimeout(f"{self.name}: no connection within {timeout:g} s") from None
        except OSError as err:
            raise TransportError(f"{self.name}: accept failed ({err.strerror or err})") from None
        return TcpTransport(conn, f"tcp://{peer[0]}:{peer[1]}")

    def close(self) -> None:
        self.sock.close()


class FdTransport(_Closing):
    """Raw file descriptors: a serial device, a pty, a pipe or stdin/stdout. `write_fd=None` makes it read-only."""

    def __init__(self, read_fd: int, write_fd: int | None, name: str, *, owns_fds: bool = True) -> None:
        self.read_fd, self.write_fd, self.name, self._owns = read_fd, write_fd, name, owns_fds
        self._closed = False

    def recv(self, max_bytes: int = 4096, timeout: float | None = None) -> bytes:
        try:
            ready, _, _ = select.select([self.read_fd], [], [], timeout)
            data = os.read(self.read_fd, max_bytes) if ready else None
        except OSError as err:
            if err.errno in (errno.EIO, errno.EBADF):  # pty whose other side closed
                return b""
            raise TransportError(f"{self.name}: read failed ({err.strerror or err})") from None
        if data is None:
            raise TransportTimeout(f"{self.name}: nothing received for {timeout:g} s; is the device streaming?")
        return data

    def send(self, data: bytes) -> None:
        if self.write_fd is None:
            return  # read-only link (stdin): downlink frames have nowhere to go
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.write_fd, view) :]
        except OSError as err:
            raise TransportError(f"{self.name}: write failed ({err.strerror or err}); the device went away") from None

    def close(self) -> None:
        if self._closed or not self._owns:
            return
        self._closed = True
        for fd in {fd for fd in (self.read_fd, self.write_fd) if fd is not None}:
            try:
                os.close(fd)
            except OSError:
                pass


def set_raw(fd: int, baudrate: int | None = None) -> None:
    """Put a tty into raw mode (no echo, no line discipline, 8N1) and optionally set its baud rate."""
    tty.setraw(fd, termios.TCSANOW)
    attrs = termios.tcgetattr(fd)
    attrs[2] = (
        (attrs[2] & ~(termios.PARENB | termios.CSTOPB | termios.CSIZE)) | termios.CS8 | termios.CLOCAL | termios.CREAD
    )
    if baudrate is not None:
        speed = getattr(termios, f"B{baudrate}", None)
        if speed is None:
            raise TransportError(f"unsupported baud rate {baudrate}; use a standard one such as 115200 or 921600")
        attrs[4] = attrs[5] = speed
    termios.tcsetattr(fd, termios.TCSANOW, attrs)


def open_serial(path: str, baudrate: int = DEFAULT_BAUDRATE) -> FdTransport:
    """A serial device (UART, USB CDC) or pty slave in raw mode."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    except OSError as err:
        raise TransportError(
            f"cannot open serial device {path} ({err.strerror}); check the path and permissions"
        ) from None
    try:
        set_raw(fd, baudrate)
    except termios.error as err:
        os.close(fd)
        raise TransportError(
            f"{path} is not a serial device ({err.args[-1]}); pass a tty such as /dev/ttyACM0"
        ) from None
    except TransportError:
        os.close(fd)
        raise
    return FdTransport(fd, fd, f"serial:{path}")


def open_pipe(path: str = "-") -> FdTransport:
    """Read the uplink from a pipe: '-' is stdin (downlink dropped), otherwise a FIFO or file path (read-only)."""
    if path == "-":
        return FdTransport(0, None, "stdin", owns_fds=False)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as err:
        raise TransportError(f"cannot open pipe {path} ({err.strerror}); check the path") from None
    return FdTransport(fd, None, f"pipe:{path}")


def parse_tcp_url(url: str) -> tuple[str, int]:
    """'tcp://HOST:PORT' or 'HOST:PORT' -> (host, port)."""
    rest = url.split("://", 1)[1] if "://" in url else url
    host, sep, port = rest.rstrip("/").rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) < 65536:
        raise TransportError(f"bad TCP address {url!r}; write tcp://HOST:PORT, e.g. tcp://127.0.0.1:7700")
    return host.strip("[]") or "127.0.0.1", int(port)
