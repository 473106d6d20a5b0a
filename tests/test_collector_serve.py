"""`edge collector serve` as a process, on both backends: kill -9 in the middle of uploads loses no answered upload
and stores none twice; several workers share the port and the metrics; workers end with their supervisor."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from edge.errors import EdgeError
from edge.sync.oblivious import ObliviousClient
from edge.sync.transport import Transient
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.wire import REPORTS_PATH
from tests.conftest import LISTENING, REPO

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)

pytest_plugins = ["tests.postgres"]

DOMAIN = TokenDomain.load()
PARAMS = replace(default_parameters(DOMAIN.version), min_reports=1)
JSON = (("content-type", "application/json"),)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "collector.db") if request.param == "sqlite" else request.getfixturevalue("postgres_url")


@contextmanager
def serve(db: str, key: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`edge collector serve` on a free port; yields the process and its URL once it listens; stops it after."""
    args = [sys.executable, "-m", "edge.cli", "collector", "serve", "--port", "0", "--db", db, "--key", str(key)]
    process = subprocess.Popen(
        [*args, "--min-reports", "1", *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        yield process, _listening(process)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)


def _listening(process: subprocess.Popen[str], timeout_s: float = 60.0) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        line = process.stdout.readline() if ready else ""
        if match := LISTENING.search(line):
            return match.group(1)
        if ready and not line:
            break  # the process ended
    process.kill()
    raise AssertionError(f"the collector did not start: {process.communicate()[1][-2000:]}")


def uploads(n: int, seed: int) -> list[bytes]:
    anonymizer = Anonymizer(DOMAIN, PARAMS, SeededRandomness(seed))
    epoch = PARAMS.epoch_of(time.time())
    return [anonymizer.uploads(epoch, {DOMAIN.ids[i % 30]: 1})[0].encode() for i in range(n)]


def aggregate_reports(url: str) -> int:
    import urllib.request

    epoch = PARAMS.epoch_of(time.time())
    with urllib.request.urlopen(f"{url}/v1/aggregate?epoch={epoch}", timeout=30) as response:
        return int(json.loads(response.read())["reports"])


def refuses_connections(url: str) -> bool:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=2).close()
    except OSError:
        return True
    return False


@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_mid_load_loses_no_answered_upload_and_stores_none_twice(db: str, workers: str, tmp_path: Path) -> None:
    """With two workers the restart also has them open the killed database at once (its WAL to recover)."""
    bodies = uploads(320, seed=1)
    acked: list[str] = []
    lock = threading.Lock()
    enough = threading.Event()
    problems: list[int] = []
    with serve(db, tmp_path / "key.json", "--workers", workers) as (process, url):

        def device(k: int) -> None:
            client = ObliviousClient(url, url, home=tmp_path / f"device-{k}", timeout_s=10)
            for body in bodies[k::8]:
                try:
                    reply = client.request("POST", REPORTS_PATH, body, JSON)
                except (EdgeError, Transient):
                    return  # the collector is gone: this device stops (and retries later, below)
                with lock:
                    if reply.status != 200:
                        problems.append(reply.status)
                        return
                    acked.append(json.loads(reply.content)["report_id"])
                    if len(acked) >= 80:
                        enough.set()

        devices = [threading.Thread(target=device, args=(k,)) for k in range(8)]
        for t in devices:
            t.start()
        assert enough.wait(timeout=120), "the collector answered too few uploads"
        os.killpg(process.pid, signal.SIGKILL)  # mid-load: uploads are in flight
        for t in devices:
            t.join()
    answered = set(acked)
    assert problems == []
    assert 80 <= len(answered) < len(bodies)

    with serve(db, tmp_path / "key.json", "--workers", workers) as (_, url):
        assert aggregate_reports(url) >= len(answered)  # every answered upload survived the kill
        client = ObliviousClient(url, url, home=tmp_path / "after", timeout_s=10)
        for body in bodies:  # every device sends again whatever it is unsure of; here: everything
            reply = json.loads(client.request("POST", REPORTS_PATH, body, JSON).content)
            if reply["report_id"] in answered:
                assert reply["duplicate"] is True
        assert aggregate_reports(url) == len(bodies)  # each report stored exactly once


def test_workers_share_the_port_and_the_metrics_and_stop_together(db: str, tmp_path: Path) -> None:
    import urllib.request

    with serve(db, tmp_path / "key.json", "--workers", "2") as (process, url):
        client = ObliviousClient(url, url, home=tmp_path / "device")
        for body in uploads(30, seed=2):
            assert client.request("POST", REPORTS_PATH, body, JSON).status == 200
        assert aggregate_reports(url) == 30
        with urllib.request.urlopen(f"{url}/metrics", timeout=30) as response:
            text = response.read().decode()
        assert 'edge_collector_requests_total{route="gateway",code="2xx"} 31' in text  # 1 key fetch + 30 uploads
        workers = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(process.pid)], text=True).split()]
        assert len(workers) == 2
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        for pid in workers:  # the workers are gone too (no orphan keeps the port)
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        assert refuses_connections(url)


def test_workers_end_when_their_supervisor_is_killed(tmp_path: Path) -> None:
    with serve(str(tmp_path / "collector.db"), tmp_path / "key.json", "--workers", "2") as (process, url):
        workers = [int(p) for p in subprocess.check_output(["pgrep", "-P", str(process.pid)], text=True).split()]
        process.kill()  # only the supervisor
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)  # polling other processes' exit: nothing to wait on
        assert not any(_alive(pid) for pid in workers)
        assert refuses_connections(url)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
