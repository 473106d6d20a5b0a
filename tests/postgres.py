"""A private PostgreSQL server for tests: Debian's `postgresql` binaries, a cluster in a temporary folder.

    pytest_plugins = ["tests.postgres"]            # in a test module: the fixtures below

    def test_x(postgres_url): ...                  # a fresh, empty database on the session's server

The server (`postgres_server`, session-scoped) is started once per test session: `initdb` in a temporary folder,
`postgres` listening on a free loopback port with its unix socket inside that folder, trust authentication for
the loopback only; it is stopped and the folder removed at the end. As root (CI) the server runs as `nobody`,
since PostgreSQL refuses to run as root. Without the server binaries the tests skip with one line.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import IO

import pytest

PG_ROOT = Path("/usr/lib/postgresql")
START_DEADLINE_S = 30.0
SUPERUSER = "edge"


def server_binaries() -> Path | None:
    """The newest `/usr/lib/postgresql/<version>/bin` with initdb and postgres, else PATH's, else None."""
    candidates = sorted(PG_ROOT.glob("*/bin"), key=lambda p: _version_key(p.parent.name), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(p) for p in name.split(".") if p.isdigit())


@dataclass
class PostgresServer:
    """A running private server; `url(db)` is a libpq URL for one of its databases."""

    bin_dir: Path
    root: Path
    port: int
    process: subprocess.Popen[bytes]
    _names: Iterator[int] = field(default_factory=lambda: count(1))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def running_server(fsync: bool = False) -> Iterator[PostgresServer]:
    """Start a private server (see the module docstring); stop it and remove its folder on exit.

    `fsync=False` (the default for tests) skips flushing to disk: the server behaves the same, it only loses
    data when the machine itself crashes, which no test does.
    """
    bin_dir = server_binaries()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries not found (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="edge-pg-"))
    try:
        owner = _unprivileged_owner()
        if owner is not None:
            os.chown(root, owner.pw_uid, owner.pw_gid)
        data, sockets = root / "data", root / "sockets"
        _run_as(
            owner,
            [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale"],
            root,
            check=True,
        )
        sockets.mkdir(mode=0o700)
        if owner is not None:
            os.chown(sockets, owner.pw_uid, owner.pw_gid)
        server = _start(bin_dir, root, data, sockets, owner, fsync)
        try:
            yield server
        finally:
            _stop(server.process)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _start(
    bin_dir: Path, root: Path, data: Path, sockets: Path, owner: pwd.struct_passwd | None, fsync: bool
) -> PostgresServer:
    """Start postgres on a free port; a port taken between probe and bind is retried with another."""
    settings = {
        "listen_addresses": "127.0.0.1",
        "unix_socket_directories": str(sockets),
        "fsync": "on" if fsync else "off",
        "synchronous_commit": "on" if fsync else "off",
        "full_page_writes": "on" if fsync else "off",
        "shared_buffers": "32MB",
        "max_connections": "200",
        "logging_collector": "off",
    }
    for _attempt in range(3):
        port = _free_port()
        args = [str(bin_dir / "postgres"), "-D", str(data), "-p", str(port)]
        for key, value in settings.items():
            args += ["-c", f"{key}={value}"]
        with open(root / "server.log", "ab") as log:  # the server keeps its own copy of the descriptor
            process = _popen_as(owner, args, root, log)
        if _wait_ready(port, process):
            return PostgresServer(bin_dir, root, port, process)
        _stop(process)
    tail = (root / "server.log").read_text(errors="replace")[-2000:]
    raise RuntimeError(f"the test PostgreSQL server did not start; its log ends:\n{tail}")


def _wait_ready(port: int, process: subprocess.Popen[bytes]) -> bool:
    """Poll until the server accepts a query (True) or exits or misses the deadline (False)."""
    import psycopg

    deadline = time.monotonic() + START_DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with psycopg.connect(f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres", connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.OperationalError:
            time.sleep(0.05)  # polling a starting server: nothing to wait on but its socket
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Immediate shutdown (SIGQUIT: the cluster is thrown away, no checkpoint needed); SIGKILL if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _unprivileged_owner() -> pwd.struct_passwd | None:
    """PostgreSQL refuses to run as root: as root, run it as `nobody`; otherwise as ourselves (None)."""
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam("nobody")


def _child_env(owner: pwd.struct_passwd | None, root: Path) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "HOME": str(root)}
    if owner is not None:
        env["USER"] = env["LOGNAME"] = owner.pw_name
    return env


def _run_as(owner: pwd.struct_passwd | None, args: list[str], root: Path, check: bool = False) -> None:
    """Run a server tool (initdb) as `owner`; RuntimeError with its stderr when `check` and it fails."""
    result = subprocess.run(
        args,
        cwd=root,
        env=_child_env(owner, root),
        capture_output=True,
        user=owner.pw_uid if owner else None,
        group=owner.pw_gid if owner else None,
        extra_groups=[] if owner else None,
    )
    if check and result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed: {result.stderr.decode(errors='replace').strip()}")


def _popen_as(owner: pwd.struct_passwd | None, args: list[str], root: Path, log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args,
        cwd=root,
        env=_child_env(owner, root),
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        user=owner.pw_uid if owner else None,
        group=owner.pw_gid if owner else None,
        extra_groups=[] if owner else None,
        start_new_session=True,  # a Ctrl-C of pytest does not reach the server before our shutdown
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One private PostgreSQL server for the whole test session (skips where the binaries are missing)."""
    if server_binaries() is None:
        pytest.skip("PostgreSQL server binaries not found (apt-get install postgresql)")
    with running_server() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh empty database on the session's server, dropped after the test."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)
