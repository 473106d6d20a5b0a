"""Transports over real sockets, a real pty in raw mode and real pipes: bytes arrive unchanged in both
directions, the end of the link reads as b"", silence as a typed timeout."""

from __future__ import annotations

import os
import threading

import pytest

from firmware_bridge import TransportError, TransportTimeout
from firmware_bridge.transports import (
    FdTransport,
    TcpListener,
    TcpTransport,
    connect_tcp,
    open_pipe,
    open_serial,
    parse_tcp_url,
)

ALL_BYTES = bytes(range(256)) * 4  # includes ^C, ^D, CR, LF, XON/XOFF: a cooked tty would mangle them


def read_exactly(transport, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = transport.recv(4096, timeout=5)
        assert chunk, "link closed early"
        out += chunk
    return out


def test_tcp_both_directions_eof_and_timeout():
    with TcpListener("127.0.0.1", 0) as listener:
        accepted: dict[str, TcpTransport] = {}
        thread = threading.Thread(target=lambda: accepted.setdefault("t", listener.accept(timeout=5)))
        thread.start()
        client = connect_tcp("127.0.0.1", listener.port, timeout=5)
        thread.join()
        server = accepted["t"]
        server.send(ALL_BYTES)
        assert read_exactly(client, len(ALL_BYTES)) == ALL_BYTES
        client.send(b"\xa5\x5adownlink")
        assert read_exactly(server, 10) == b"\xa5\x5adownlink"
        with pytest.raises(TransportTimeout):
            client.recv(10, timeout=0.05)
        server.close()
        assert client.recv(10, timeout=5) == b""
        client.close()


def test_tcp_connect_failure_is_a_typed_error_with_a_fix():
    with TcpListener("127.0.0.1", 0) as listener:
        port = listener.port  # now closed again
    with pytest.raises(TransportError, match="edge bridge simulate"):
        connect_tcp("127.0.0.1", port, timeout=0.2)


def test_listener_accept_timeout():
    with TcpListener("127.0.0.1", 0) as listener, pytest.raises(TransportTimeout):
        listener.accept(timeout=0.05)


def test_pty_in_raw_mode_passes_every_byte_both_ways():
    master, slave = os.openpty()
    try:
        with open_serial(os.ttyname(slave), 115200) as serial:
            device = FdTransport(master, master, "pty-master", owns_fds=False)
            device.send(ALL_BYTES)
            assert read_exactly(serial, len(ALL_BYTES)) == ALL_BYTES
            serial.send(ALL_BYTES)
            assert read_exactly(device, len(ALL_BYTES)) == ALL_BYTES
            with pytest.raises(TransportTimeout):
                serial.recv(1, timeout=0.05)
            os.close(master)
            master = -1
            assert serial.recv(16, timeout=5) == b""  # the device hung up
    finally:
        os.close(slave)
        if master >= 0:
            os.close(master)


def test_serial_errors_are_typed(tmp_path):
    with pytest.raises(TransportError, match="cannot open serial device"):
        open_serial(str(tmp_path / "ttyMissing"))
    regular = tmp_path / "not-a-tty"
    regular.write_bytes(b"")
    with pytest.raises(TransportError, match="not a serial device"):
        open_serial(str(regular))
    master, slave = os.openpty()
    try:
        with pytest.raises(TransportError, match="baud"):
            open_serial(os.ttyname(slave), 123)
    finally:
        os.close(master)
        os.close(slave)


def test_fifo_pipe_is_read_only(tmp_path):
    fifo = tmp_path / "uplink"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(ALL_BYTES))
    writer.start()
    with open_pipe(str(fifo)) as pipe:
        assert read_exactly(pipe, len(ALL_BYTES)) == ALL_BYTES
        pipe.send(b"downlink has nowhere to go")  # dropped, not an error
        writer.join()
        assert pipe.recv(16, timeout=5) == b""
    with pytest.raises(TransportError):
        open_pipe(str(tmp_path / "missing"))


def test_anonymous_pipe_and_stdin_form():
    read_fd, write_fd = os.pipe()
    with FdTransport(read_fd, None, "pipe") as pipe:
        os.write(write_fd, b"frames")
        os.close(write_fd)
        assert pipe.recv(64, timeout=5) == b"frames" and pipe.recv(64, timeout=5) == b""
    assert open_pipe("-").read_fd == 0


@pytest.mark.parametrize(
    "url, expected",
    [("tcp://127.0.0.1:7700", ("127.0.0.1", 7700)), ("localhost:9", ("localhost", 9)), ("tcp://[::1]:80", ("::1", 80))],
)
def test_parse_tcp_url(url, expected):
    assert parse_tcp_url(url) == expected


@pytest.mark.parametrize("url", ["tcp://127.0.0.1", "tcp://host:port", "tcp://h:70000"])
def test_parse_tcp_url_rejects(url):
    with pytest.raises(TransportError, match="tcp://HOST:PORT"):
        parse_tcp_url(url)
