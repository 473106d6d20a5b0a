"""The collector over HTTP (the real ASGI app under uvicorn): gateway, config, aggregate, bad queries, unknown paths."""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from edge.ohttp import KEYS_MEDIA_TYPE, decode_key_configs
from edge.sync.oblivious import ObliviousClient
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.wire import GATEWAY_PATH, MAX_ENCAPSULATED_REQUEST, REPORTS_PATH
from tests.tokenpath import DOMAIN, Stack, token_stack

PARAMS = replace(default_parameters(DOMAIN.version), min_reports=50)
NOW = 1_800_000_000.0
CURRENT = PARAMS.epoch_of(NOW)
CATS = DOMAIN.labels.index("Cats")


@pytest.fixture()
def stack(tmp_path: Path) -> Iterator[Stack]:
    with token_stack(tmp_path, params=PARAMS, clock=lambda: NOW) as running:
        yield running


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """One collector for the tests that store nothing."""
    with token_stack(tmp_path_factory.mktemp("shared"), params=PARAMS, clock=lambda: NOW) as running:
        yield running


def no_constants(name: str) -> Any:
    raise ValueError(f"{name} in the collector's JSON")


def request(
    url: str, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def get_json(url: str, path: str) -> tuple[int, dict[str, Any]]:
    status, headers, data = request(url, "GET", path)
    assert headers["content-type"] == "application/json"
    return status, json.loads(data, parse_constant=no_constants)  # strict: NaN/Infinity fail here


def upload_body(seed: int, counts: dict[str, int]) -> bytes:
    (upload,) = Anonymizer(DOMAIN, PARAMS, SeededRandomness(seed)).uploads(CURRENT, counts)
    return upload.encode()


def stored(stack: Stack) -> dict[int, int]:
    return {e: stack.storage.count(e) for e in stack.storage.epochs()}


def test_health_config_and_key_configuration(shared):
    stack = shared
    assert get_json(stack.collector_url, "/healthz") == (
        200,
        {"ok": True, "schema": "edge.tokens/2", "taxonomy": DOMAIN.version},
    )
    assert get_json(stack.collector_url, "/v1/config") == (200, {**PARAMS.to_json(), "current_epoch": CURRENT})
    status, headers, data = request(stack.collector_url, "GET", GATEWAY_PATH)
    assert status == 200 and headers["content-type"] == KEYS_MEDIA_TYPE
    assert decode_key_configs(data) == [stack.collector.key.config()]


def test_uploads_through_oblivious_http_are_checked_like_any_other(stack, tmp_path):
    device = ObliviousClient(stack.collector_url, stack.relay_url, home=tmp_path / "device")
    good = upload_body(1, {DOMAIN.ids[3]: 1})
    headers = (("content-type", "application/json"),)
    first = device.request("POST", REPORTS_PATH, good, headers)
    again = device.request("POST", REPORTS_PATH, good, headers)
    assert (first.status, json.loads(first.content)["duplicate"]) == (200, False)
    assert (again.status, json.loads(again.content)["duplicate"]) == (200, True)
    poisoned = json.loads(upload_body(2, {DOMAIN.ids[3]: 1}))
    poisoned["epsilon"] = 0.001
    refused = device.request("POST", REPORTS_PATH, json.dumps(poisoned).encode(), headers)
    assert refused.status == 422 and "differs from this collector's parameters" in json.loads(refused.content)["error"]
    assert stored(stack) == {CURRENT: 1}
    assert stack.storage.rejections() == {"parameters": 1}


def test_the_aggregate_debiases_with_intervals_and_is_strict_json(stack):
    """600 devices; 'Cats' is the only topic of exactly 60 % of them, the others each talk about one other topic."""
    rng = SeededRandomness(7)
    others = [j for j in range(DOMAIN.size) if j != CATS]
    anonymizer = Anonymizer(DOMAIN, PARAMS, rng)
    rows = []
    for device in range(600):
        topic = CATS if device % 5 < 3 else others[rng.below(len(others))]
        (upload,) = anonymizer.uploads(CURRENT, {DOMAIN.ids[topic]: 4})
        rows.append((upload.report_id, CURRENT, upload.report, hashlib.sha256(upload.encode()).hexdigest()))
    stack.storage.add_many(rows)  # what 600 accepted submits store, in one transaction
    status, agg = get_json(stack.collector_url, f"/v1/aggregate?epoch={CURRENT}")
    assert status == 200 and agg["released"] is True and agg["reports"] == 600
    assert agg["mechanism"] == {"name": "oue", "epsilon": 2.0, "p_replace": 0.05}
    assert len(agg["topics"]) == DOMAIN.size
    assert set(agg["topics"][0]) == {"id", "label", "estimate", "ci95", "share", "share_ci95"}
    top = agg["topics"][0]
    assert top["label"] == "Cats"
    assert top["ci95"][0] <= 360 <= top["ci95"][1]
    assert top["share_ci95"][0] <= 0.6 <= top["share_ci95"][1] and abs(top["share"] - 0.6) < 0.1
    for topic in agg["topics"]:
        assert 0 <= topic["ci95"][0] <= topic["estimate"] <= topic["ci95"][1] <= 600
        assert 0 <= topic["share_ci95"][0] <= topic["share"] <= topic["share_ci95"][1] <= 1
    estimates = [t["estimate"] for t in agg["topics"]]
    assert estimates == sorted(estimates, reverse=True)


def test_an_epoch_under_min_reports_is_not_released(stack):
    for seed in range(3):
        stack.collector.submit(upload_body(seed, {DOMAIN.ids[seed]: 1}))
    status, agg = get_json(stack.collector_url, f"/v1/aggregate?epoch={CURRENT}")
    assert status == 200
    assert agg == {
        "epoch": CURRENT,
        "reports": 3,
        "min_reports": 50,
        "released": False,
        "needed": 47,
        "message": f"epoch {CURRENT} holds 3 reports; its aggregate is released from 50 on (47 more needed)",
    }
    assert get_json(stack.collector_url, "/v1/aggregate?epoch=0")[1]["needed"] == 50


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?epoch=",
        "?epoch=%C2%B2",  # a Unicode superscript two: str.isdigit() says yes
        "?epoch=%EF%BC%91",  # a fullwidth digit one
        "?epoch=%D9%A3",  # an Arabic-Indic digit three
        "?epoch=-1",
        "?epoch=+1",
        "?epoch=1.0",
        "?epoch=1e3",
        "?epoch=0x10",
        "?epoch=%201",
        "?epoch=1%00",
        "?epoch=2147483648",
        "?epoch=99999999999999999999999",
        "?epoch=1&epoch=2",
        "?epochs=1",
    ],
)
def test_bad_aggregate_queries_are_400_with_a_reason(shared, query):
    status, answer = get_json(shared.collector_url, "/v1/aggregate" + query)
    assert status == 400 and answer == {"ok": False, "error": "give exactly one epoch=N (a non-negative integer)"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/index.html"),  # GET / is the dashboard (tests/test_collector_dashboard.py)
        ("GET", "/v1/health"),
        ("GET", REPORTS_PATH),
        ("POST", REPORTS_PATH),  # uploads arrive only encapsulated, through the gateway
        ("POST", "/v1/batches"),
        ("GET", "/admin"),
        ("DELETE", "/v1/aggregate"),
        ("GET", "/.well-known/ohttp-gateway/x"),
    ],
)
def test_unknown_paths_are_404(shared, method, path):
    status, headers, data = request(shared.collector_url, method, path, b"{}" if method == "POST" else None)
    assert status == 404 and json.loads(data)["ok"] is False and "unknown path" in json.loads(data)["error"]
    assert "server" not in headers  # no banner


def test_gateway_refusals_are_counted_and_store_nothing(stack):
    url = stack.collector_url
    good = {"Content-Type": "message/ohttp-req"}
    assert request(url, "POST", GATEWAY_PATH, b"x" * 100, {"Content-Type": "application/json"})[0] == 415
    assert request(url, "POST", GATEWAY_PATH, b"x" * (MAX_ENCAPSULATED_REQUEST + 1), good)[0] == 413
    assert request(url, "POST", GATEWAY_PATH, b"\x01" * 300, good)[0] == 400
    assert stored(stack) == {}
    assert stack.storage.rejections() == {"content_type": 1, "size": 1, "decapsulation": 1}


def test_an_oversize_promise_is_refused_before_the_body_is_read(stack):
    host, port = stack.collector_url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(
            b"POST /.well-known/ohttp-gateway HTTP/1.1\r\nHost: x\r\nContent-Type: message/ohttp-req\r\n"
            b"Content-Length: 1000000000\r\n\r\n"
        )
        answer = b""
        while b"limit" not in answer and (chunk := s.recv(65536)):  # comes without a byte of the body sent
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413") and b"limit" in answer
    assert stored(stack) == {}
