"""The collector over real HTTP on both backends (SQLite and a real PostgreSQL server): uploads through the OHTTP
gateway stored exactly once under concurrency, rejections that store nothing and are counted, /metrics, and the
published (Beam) aggregate served in place of the live one."""

from __future__ import annotations

import http.client
import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from edge.collector.aggregate import published_path, release
from edge.collector.app import create_app
from edge.collector.service import Collector
from edge.collector.storage import Storage, open_storage
from edge.ohttp import GatewayKey
from edge.sync.oblivious import ObliviousClient
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.wire import GATEWAY_PATH, REPORTS_PATH
from edge.web import background

pytest_plugins = ["tests.postgres"]

DOMAIN = TokenDomain.load()
PARAMS = replace(default_parameters(DOMAIN.version), min_reports=20)
NOW = 1_800_000_000.0
CURRENT = PARAMS.epoch_of(NOW)
JSON = (("content-type", "application/json"),)


@dataclass
class Running:
    url: str
    collector: Collector
    storage: Storage
    aggregates: Path


@pytest.fixture(params=["sqlite", "postgresql"])
def running(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Running]:
    target = str(tmp_path / "collector.db") if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    storage = open_storage(target)
    collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=lambda: NOW)
    aggregates = tmp_path / "aggregates"
    try:
        with background(create_app(collector, aggregates=aggregates)) as url:
            yield Running(url, collector, storage, aggregates)
    finally:
        storage.close()


def uploads(n: int, seed: int, epoch: int = CURRENT) -> list[bytes]:
    anonymizer = Anonymizer(DOMAIN, PARAMS, SeededRandomness(seed))
    return [anonymizer.uploads(epoch, {DOMAIN.ids[i % 40]: 1})[0].encode() for i in range(n)]


def device(running: Running, home: Path) -> ObliviousClient:
    """The device's own OHTTP client, talking to the gateway directly (the relay is tested elsewhere)."""
    return ObliviousClient(running.url, running.url, home=home)


def get(url: str, path: str, method: str = "GET", body: bytes | None = None, headers: dict[str, str] | None = None):
    host, port = url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_concurrent_uploads_and_resends_are_stored_exactly_once(running: Running, tmp_path: Path) -> None:
    """12 devices send 120 uploads, each upload three times, interleaved: one store per report id, the rest
    duplicates; a different body under a stored id is a conflict that changes nothing."""
    bodies = uploads(120, seed=1)
    work = [body for body in bodies for _ in range(3)]
    np.random.default_rng(2).shuffle(work)
    answers: list[tuple[int, dict[str, Any]]] = []
    lock = threading.Lock()

    def send(k: int) -> None:
        client = device(running, tmp_path / f"device-{k}")
        for body in work[k::12]:
            reply = client.request("POST", REPORTS_PATH, body, JSON)
            with lock:
                answers.append((reply.status, json.loads(reply.content)))

    threads = [threading.Thread(target=send, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 360 and {status for status, _ in answers} == {200}
    fresh = Counter(a["report_id"] for _, a in answers if not a["duplicate"])
    assert len(fresh) == 120 and set(fresh.values()) == {1}
    assert running.storage.count(CURRENT) == 120

    twin = json.loads(uploads(1, seed=3)[0])
    twin["report_id"] = json.loads(bodies[0])["report_id"]  # a stored id, another body
    reply = device(running, tmp_path / "twin").request("POST", REPORTS_PATH, json.dumps(twin).encode(), JSON)
    assert reply.status == 409 and "different body" in json.loads(reply.content)["error"]
    assert running.storage.count(CURRENT) == 120 and running.storage.rejections() == {"conflict": 1}


def test_every_rejection_is_a_4xx_with_a_reason_and_stores_nothing(running: Running, tmp_path: Path) -> None:
    client = device(running, tmp_path / "device")
    poisoned = json.loads(uploads(1, seed=4)[0])
    poisoned["epsilon"] = 8.0
    inner = [
        (b"{}", JSON, 422, "invalid"),
        (json.dumps(poisoned).encode(), JSON, 422, "parameters"),
        (uploads(1, seed=5, epoch=CURRENT - 3)[0], JSON, 422, "epoch_window"),
        (uploads(1, seed=6)[0], (("content-type", "text/plain"),), 415, "content_type"),
    ]
    for body, headers, status, _kind in inner:
        reply = client.request("POST", REPORTS_PATH, body, headers)
        answer = json.loads(reply.content)
        assert reply.status == status and answer["ok"] is False and answer["error"]
    outer = [
        (b"x" * 100, {"Content-Type": "application/json"}, 415),
        (b"x" * 9000, {"Content-Type": "message/ohttp-req"}, 413),
        (b"\x01" * 300, {"Content-Type": "message/ohttp-req"}, 400),
    ]
    for body, content_type, status in outer:
        code, _, data = get(running.url, GATEWAY_PATH, "POST", body, content_type)
        assert code == status and json.loads(data)["ok"] is False and json.loads(data)["error"]
    assert running.storage.epochs() == []
    assert running.storage.rejections() == {
        "invalid": 1,
        "parameters": 1,
        "epoch_window": 1,
        "content_type": 2,
        "size": 1,
        "decapsulation": 1,
    }


def test_metrics_are_prometheus_text_with_counts_from_the_database(running: Running, tmp_path: Path) -> None:
    parser = pytest.importorskip("prometheus_client.parser", reason="prometheus-client is not installed")
    client = device(running, tmp_path / "device")
    for body in uploads(7, seed=7):
        assert client.request("POST", REPORTS_PATH, body, JSON).status == 200
    get(running.url, GATEWAY_PATH, "POST", b"\x01" * 300, {"Content-Type": "message/ohttp-req"})
    status, headers, data = get(running.url, "/metrics")
    assert status == 200 and headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in parser.text_string_to_metric_families(data.decode())
        for s in family.samples
    }
    assert samples[("edge_collector_reports", (("epoch", str(CURRENT)),))] == 7
    assert samples[("edge_collector_rejections_total", (("reason", "decapsulation"),))] == 1
    # 1 key fetch by the device, 7 uploads, 1 refused message; latency histogram of the same 8 gateway POSTs
    assert samples[("edge_collector_requests_total", (("code", "2xx"), ("route", "gateway")))] == 8
    assert samples[("edge_collector_requests_total", (("code", "4xx"), ("route", "gateway")))] == 1
    assert samples[("edge_collector_request_duration_seconds_count", (("route", "gateway"),))] == 9
    buckets = sorted(
        (float(dict(labels)["le"]), value)
        for (name, labels), value in samples.items()
        if name == "edge_collector_request_duration_seconds_bucket" and dict(labels)["route"] == "gateway"
    )
    assert [v for _, v in buckets] == sorted(v for _, v in buckets) and buckets[-1] == (float("inf"), 9)
    assert samples[("edge_collector_refusals_total", (("reason", "header_timeout"),))] == 0


def test_a_published_aggregate_is_served_in_place_of_the_live_one(running: Running, tmp_path: Path) -> None:
    client = device(running, tmp_path / "device")
    for body in uploads(25, seed=8):
        assert client.request("POST", REPORTS_PATH, body, JSON).status == 200
    status, headers, live = get(running.url, f"/v1/aggregate?epoch={CURRENT}")
    assert status == 200 and headers["x-edge-aggregate"] == "live" and json.loads(live)["reports"] == 25
    # what `edge collector aggregate` would publish after five more uploads arrived elsewhere
    counts, n = running.storage.bit_counts(CURRENT, DOMAIN.size)
    published = release(CURRENT, counts, n, PARAMS, DOMAIN)
    path = published_path(running.aggregates, CURRENT)
    path.parent.mkdir()
    path.write_text(json.dumps(published))
    status, headers, served = get(running.url, f"/v1/aggregate?epoch={CURRENT}")
    assert status == 200 and headers["x-edge-aggregate"] == "published" and json.loads(served) == published
    assert json.loads(get(running.url, f"/v1/aggregate?epoch={CURRENT - 1}")[2])["reports"] == 0  # no file: live
    path.write_text('{"epoch": 1}')
    status, _, data = get(running.url, f"/v1/aggregate?epoch={CURRENT}")
    assert status == 503 and "damaged; run `edge collector aggregate` again" in json.loads(data)["error"]
