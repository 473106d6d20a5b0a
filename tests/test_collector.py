"""The reference collector: strict schema, bad input, replays, aggregate with confidence intervals."""

from __future__ import annotations

import http.client
import json
import socket

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edge.sync.collector import MAX_BODY, running
from edge.tokens import Anonymizer, TokenConfig, TokenDomain
from edge.tokens.batch import FIELDS

DOMAIN = TokenDomain.load()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running(tmp_path_factory.mktemp("collector") / "collector.db") as srv:
        yield srv


def post(server, body: bytes, headers: dict | None = None) -> tuple[int, dict]:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("POST", "/v1/batches", body=body, headers=headers or {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def get(server, path: str) -> tuple[int, dict]:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def raw(server, data: bytes, shut_write: bool = True) -> bytes:
    """Send raw bytes, half-close, read the whole answer."""
    with socket.create_connection(server.server_address[:2], timeout=15) as s:
        s.sendall(data)
        if shut_write:
            s.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def make_batch(epoch: int = 100, seed: int | None = None, counts: dict | None = None):
    rng = np.random.default_rng(seed)
    return Anonymizer(DOMAIN, TokenConfig(), rng=rng).batch(epoch, counts or {DOMAIN.ids[0]: 3})


def test_health(server):
    assert get(server, "/v1/health") == (200, {"ok": True, "schema": "edge.tokens/1", "taxonomy": DOMAIN.version})


def test_valid_batch_is_stored_once_and_a_replay_is_a_duplicate(server):
    batch = make_batch(epoch=1)
    body = batch.encode()
    assert post(server, body) == (200, {"ok": True, "batch_id": batch.batch_id, "duplicate": False})
    for _ in range(3):
        assert post(server, body) == (200, {"ok": True, "batch_id": batch.batch_id, "duplicate": True})
    assert server.store.count(1) == (1, 5)


def test_same_batch_id_with_another_body_is_a_conflict_and_not_stored(server):
    batch = make_batch(epoch=2)
    assert post(server, batch.encode())[0] == 200
    other = json.loads(make_batch(epoch=2).encode())
    other["batch_id"] = batch.batch_id
    status, answer = post(server, json.dumps(other).encode())
    assert status == 409 and "different body" in answer["error"]
    assert server.store.count(2) == (1, 5)


BAD = {
    "unknown field": lambda o: {**o, "device_id": "abc"},
    "missing field": lambda o: {k: v for k, v in o.items() if k != "reports"},
    "wrong type": lambda o: {**o, "epoch": "100"},
    "float epoch": lambda o: {**o, "epoch": 100.5},
    "unknown schema": lambda o: {**o, "schema": "edge.tokens/9"},
    "unknown taxonomy": lambda o: {**o, "taxonomy": "iab-3.0-t2/0"},
    "unknown topic bits": lambda o: {**o, "reports": ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE="] * 5},
    "short report": lambda o: {**o, "reports": ["AAAA"] * 5},
    "too many reports": lambda o: {**o, "reports": o["reports"] * 7},
    "nested object": lambda o: {**o, "reports": [{"bits": r} for r in o["reports"]]},
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_schema_violations_get_4xx_with_a_reason_and_are_never_stored(server, name):
    before = server.store.count()
    obj = BAD[name](make_batch(epoch=3).to_json())
    status, answer = post(server, json.dumps(obj).encode())
    assert 400 <= status < 500 and answer["ok"] is False and answer["error"]
    assert server.store.count() == before


def test_malformed_and_truncated_bodies(server):
    before = server.store.count()
    body = make_batch(epoch=4).encode()
    assert post(server, body[:-7])[0] == 400
    assert post(server, b"\x00\x01garbage")[0] == 400
    # Content-Length promises more than arrives, then the client hangs up
    answer = raw(
        server,
        b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body) + body[: len(body) // 2],
    )
    assert answer.startswith(b"HTTP/1.1 400") and b"truncated" in answer
    assert server.store.count() == before


def test_oversize_body_is_refused_from_content_length_before_reading(server):
    before = server.store.count()
    # Promise a huge body but send none: the answer must come without reading it.
    answer = raw(
        server,
        b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n",
        shut_write=False,
    )
    assert answer.startswith(b"HTTP/1.1 413") and b"limit" in answer
    status, _ = post(server, b"{" + b" " * MAX_BODY + b"}")
    assert status == 413
    assert server.store.count() == before


def test_protocol_errors(server):
    body = make_batch(epoch=5).encode()
    assert post(server, body, {"Content-Type": "text/plain"})[0] == 415
    answer = raw(server, b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 411")
    answer = raw(
        server,
        b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/json\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 411")
    assert get(server, "/nope")[0] == 404
    assert get(server, "/v1/aggregate")[0] == 400
    assert get(server, "/v1/aggregate?epoch=-1")[0] == 400
    assert get(server, "/v1/aggregate?epoch=1&epoch=2")[0] == 400
    assert server.store.count(5) == (0, 0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=json_values)
def test_fuzz_one_field_replaced_by_any_json_value(server, field, value):
    obj = make_batch(epoch=6).to_json()
    valid_before = obj[field]
    obj[field] = value
    before = server.store.count()
    status, answer = post(server, json.dumps(obj).encode())
    if status == 200:  # only a value the schema allows may get through
        assert type(value) is type(valid_before) or field in ("epsilon", "p_replace")
        assert server.store.count()[0] == before[0] + 1
    else:
        assert 400 <= status < 500 and answer["error"]
        assert server.store.count() == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=600))
def test_fuzz_arbitrary_bytes_are_rejected(server, body):
    before = server.store.count()
    status, answer = post(server, body)
    assert 400 <= status < 500 and answer["ok"] is False
    assert server.store.count() == before


@pytest.mark.slow
def test_aggregate_debiases_with_confidence_intervals(tmp_path):
    # 3,000 devices; "Cats" is in the top 5 of exactly 60 % of them (plus rare random padding)
    cats = DOMAIN.labels.index("Cats")
    others = [j for j in range(DOMAIN.size) if j != cats]
    rng = np.random.default_rng(7)
    anonymizer = Anonymizer(DOMAIN, TokenConfig(), rng=rng)
    with running(tmp_path / "agg.db") as srv:
        for device in range(3000):
            counts = {DOMAIN.ids[j]: 1 for j in rng.choice(others, 4, replace=False)}
            if device % 5 < 3:
                counts[DOMAIN.ids[cats]] = 9
            batch = anonymizer.batch(77, counts)
            assert srv.store.add(batch, batch.encode()) is False
        status, agg = get(srv, "/v1/aggregate?epoch=77")
        _, empty = get(srv, "/v1/aggregate?epoch=78")
    assert status == 200 and agg["batches"] == 3000 and agg["reports"] == 15000
    top = agg["topics"][0]
    assert top["label"] == "Cats"
    assert top["ci95"][0] <= 1805 and top["ci95"][1] >= 1800  # truth: 1800 + padding that drew Cats
    assert abs(top["share"] - 0.6) < 0.06
    assert top["share_ci95"][0] < top["share"] < top["share_ci95"][1]
    assert len(agg["topics"]) == DOMAIN.size and set(agg["topics"][0]) == {
        "id",
        "label",
        "estimate",
        "ci95",
        "share",
        "share_ci95",
    }
    assert empty["batches"] == 0 and empty["reports"] == 0
