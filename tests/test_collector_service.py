"""The collector's logic (`Collector.submit`, `handle_inner`): pinned parameters, the epoch window, idempotency.

Every rejection is checked twice: the answer (status, reason, the counter it lands in) and the storage (nothing
stored). The same behaviour through the real ASGI app and Oblivious HTTP is in tests/test_collector.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from edge.collector.service import MAX_UPLOAD_BYTES, Collector
from edge.collector.storage import Storage, open_storage
from edge.ohttp import GatewayKey, Request
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.tokens.wire import CONFIG_PATH, REPORTS_PATH

DOMAIN = TokenDomain.load()
PARAMS = replace(default_parameters(DOMAIN.version), min_reports=5)
NOW = 1_800_000_000.0
CURRENT = PARAMS.epoch_of(NOW)


class Clock:
    def __init__(self, t: float = NOW) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def storage(tmp_path: Path) -> Iterator[Storage]:
    store = open_storage(tmp_path / "collector.db")
    yield store
    store.close()


@pytest.fixture()
def collector(storage: Storage, clock: Clock) -> Collector:
    return Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=clock)


def body(epoch: int = CURRENT, topic: int = 3, seed: int = 0, **changes: object) -> bytes:
    (upload,) = Anonymizer(DOMAIN, PARAMS, SeededRandomness(seed)).uploads(epoch, {DOMAIN.ids[topic]: 1})
    if not changes:
        return upload.encode()
    return json.dumps({**upload.to_json(), **changes}, separators=(",", ":")).encode()


def stored(storage: Storage) -> dict[int, int]:
    return {e: storage.count(e) for e in storage.epochs()}


def post(collector: Collector, content: bytes, content_type: str = "application/json") -> tuple[int, dict]:
    request = Request("POST", "https", "collector.test", REPORTS_PATH, (("content-type", content_type),), content)
    response = collector.handle_inner(request)
    return response.status, json.loads(response.content)


# --- the poisoning repro (issue 10) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "declared",
    [{"epsilon": 0.001}, {"epsilon": 1e-300}, {"epsilon": 4.0}, {"p_replace": 0.2}, {"p_replace": 0.0}],
    ids=["eps=0.001", "eps=1e-300", "eps=4", "p_replace=0.2", "p_replace=0"],
)
def test_an_upload_declaring_its_own_parameters_is_refused_and_stores_nothing(collector, storage, declared):
    status, answer = collector.submit(body(**declared))
    assert status == 422 and answer["ok"] is False
    assert "differs from this collector's parameters" in answer["error"] and "GET /v1/config" in answer["error"]
    assert stored(storage) == {}
    assert storage.rejections() == {"parameters": 1}


def test_a_poisoned_upload_cannot_move_the_aggregate(collector, storage):
    """The issue's repro: one upload claiming epsilon 0.001 with its topic's bit set moved a topic by 10,000."""
    for seed in range(8):
        assert collector.submit(body(topic=seed, seed=seed))[0] == 200
    before = collector.aggregate(CURRENT)
    report = bytearray(DOMAIN.packed_bytes)
    report[0] = 0x80  # topic 0 only
    for eps in (0.001, 1e-300):
        status, _ = collector.submit(body(seed=99, epsilon=eps, report=base64.b64encode(bytes(report)).decode()))
        assert status == 422
    assert collector.aggregate(CURRENT) == before
    assert before["released"] and before["reports"] == 8
    assert storage.rejections() == {"parameters": 2}


# --- the epoch window ---------------------------------------------------------------------------------


def test_only_epochs_current_minus_two_to_current_are_taken_and_the_rest_counted(collector, storage, clock):
    for epoch in (CURRENT - 3, CURRENT + 1, CURRENT + 100, 0):
        status, answer = collector.submit(body(epoch=epoch, seed=epoch))
        assert status == 422 and f"epoch {epoch} is outside this collector's window" in answer["error"]
        assert f"[{CURRENT - 2}, {CURRENT}]" in answer["error"]
    assert stored(storage) == {} and storage.rejections() == {"epoch_window": 4}
    for epoch in (CURRENT - 2, CURRENT - 1, CURRENT):
        assert collector.submit(body(epoch=epoch, seed=epoch))[0] == 200
    assert stored(storage) == {CURRENT - 2: 1, CURRENT - 1: 1, CURRENT: 1}
    clock.t += PARAMS.epoch_seconds  # a week later, by the collector's own clock
    assert collector.submit(body(epoch=CURRENT - 2, seed=50))[0] == 422
    assert collector.submit(body(epoch=CURRENT + 1, seed=51))[0] == 200
    assert storage.rejections() == {"epoch_window": 5}


# --- idempotency --------------------------------------------------------------------------------------


def test_a_resend_is_a_duplicate_and_stored_once(collector, storage):
    first = body(seed=1)
    report_id = json.loads(first)["report_id"]
    assert collector.submit(first) == (200, {"ok": True, "report_id": report_id, "duplicate": False})
    for _ in range(3):
        assert collector.submit(first) == (200, {"ok": True, "report_id": report_id, "duplicate": True})
    assert stored(storage) == {CURRENT: 1} and storage.rejections() == {}


def test_the_same_report_id_with_another_body_is_a_409_and_changes_nothing(collector, storage):
    first = body(seed=1, topic=3)
    report_id = json.loads(first)["report_id"]
    assert collector.submit(first)[0] == 200
    bits_before = storage.bit_counts(CURRENT, DOMAIN.size)[0].tolist()
    other = json.loads(body(seed=2, topic=200))
    other["report_id"] = report_id
    status, answer = collector.submit(json.dumps(other, separators=(",", ":")).encode())
    assert status == 409 and "different body" in answer["error"]
    assert stored(storage) == {CURRENT: 1}
    assert storage.bit_counts(CURRENT, DOMAIN.size)[0].tolist() == bits_before  # the first one stays
    assert storage.rejections() == {"conflict": 1}


# --- every rejection changes nothing stored -----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "status", "kind"),
    [
        (b"", 400, "malformed"),
        (b"not json", 400, "malformed"),
        (b'{"epsilon": NaN}', 400, "malformed"),
        (b"{}", 422, "invalid"),
        (b" " * (MAX_UPLOAD_BYTES + 1), 413, "size"),
        (body(schema="edge.tokens/1"), 422, "schema"),
        (body(taxonomy="iab-3.0-t2/0"), 422, "schema"),
        (body(mechanism="rr"), 422, "parameters"),
        (body(report="AAAA"), 422, "invalid"),
        (body(device="phone-1"), 422, "invalid"),
    ],
)
def test_rejections_answer_4xx_count_their_kind_and_store_nothing(collector, storage, content, status, kind):
    assert collector.submit(body(seed=5))[0] == 200
    answer_status, answer = collector.submit(content)
    assert answer_status == status and answer["ok"] is False and answer["error"]
    assert stored(storage) == {CURRENT: 1}
    assert storage.rejections() == {kind: 1}


def test_storage_that_is_down_is_a_503_to_retry(collector, storage, tmp_path):
    storage.close()  # the database went away under the service
    status, answer = collector.submit(body(seed=3))
    assert status == 503 and "retry later" in answer["error"]
    reopened = open_storage(tmp_path / "collector.db")
    try:
        assert stored(reopened) == {}
    finally:
        reopened.close()


# --- the inner dispatcher -----------------------------------------------------------------------------


def test_inner_config_is_the_published_parameters_with_the_collectors_clock(collector, clock):
    response = collector.handle_inner(Request("GET", "https", "collector.test", CONFIG_PATH))
    assert response.status == 200
    headers = dict(response.headers)
    assert headers["content-type"] == "application/json"
    assert abs(parsedate_to_datetime(headers["date"]).timestamp() - time.time()) < 120
    config = json.loads(response.content)
    assert config == {**PARAMS.to_json(), "current_epoch": CURRENT}
    assert set(config) == {
        "schema", "taxonomy", "mechanism", "epsilon", "p_replace", "reports_per_epoch", "candidates",
        "epoch_seconds", "min_reports", "current_epoch",
    }  # fmt: skip
    clock.t += 3 * PARAMS.epoch_seconds
    assert json.loads(collector.handle_inner(Request("GET", "https", "c", CONFIG_PATH)).content)["current_epoch"] == (
        CURRENT + 3
    )


def test_inner_post_stores_through_submit(collector, storage):
    content = body(seed=4)
    assert post(collector, content) == (
        200,
        {"ok": True, "report_id": json.loads(content)["report_id"], "duplicate": False},
    )
    assert post(collector, content, "application/json; charset=utf-8")[1]["duplicate"] is True
    assert stored(storage) == {CURRENT: 1}


@pytest.mark.parametrize(
    ("method", "path", "content_type", "status", "kind"),
    [
        ("POST", REPORTS_PATH, "text/plain", 415, "content_type"),
        ("POST", REPORTS_PATH, "", 415, "content_type"),
        ("POST", REPORTS_PATH, "application/jsonx", 415, "content_type"),
        ("GET", REPORTS_PATH, "application/json", 405, "method"),
        ("PUT", REPORTS_PATH, "application/json", 405, "method"),
        ("POST", CONFIG_PATH, "application/json", 405, "method"),
        ("DELETE", CONFIG_PATH, "", 405, "method"),
        ("POST", "/v1/batches", "application/json", 404, "not_found"),
        ("GET", "/v1/aggregate", "", 404, "not_found"),
        ("POST", REPORTS_PATH + "/", "application/json", 404, "not_found"),
        ("POST", "/V1/REPORTS", "application/json", 404, "not_found"),
    ],
)
def test_inner_dispatcher_refuses_with_404_405_415(collector, storage, method, path, content_type, status, kind):
    headers = (("content-type", content_type),) if content_type else ()
    response = collector.handle_inner(Request(method, "https", "collector.test", path, headers, body(seed=6)))
    answer = json.loads(response.content)
    assert response.status == status and answer["ok"] is False and answer["error"]
    assert dict(response.headers)["content-type"] == "application/json"
    assert stored(storage) == {} and storage.rejections() == {kind: 1}


# --- the aggregate ------------------------------------------------------------------------------------


def test_an_epoch_under_min_reports_releases_only_how_many_are_needed(collector):
    for seed in range(3):
        collector.submit(body(seed=seed, topic=seed))
    out = collector.aggregate(CURRENT)
    assert out["released"] is False and out["reports"] == 3 and out["needed"] == 2 and out["min_reports"] == 5
    assert "topics" not in out and "estimate" not in json.dumps(out)
    empty = collector.aggregate(CURRENT - 1)
    assert (empty["released"], empty["reports"], empty["needed"]) == (False, 0, 5)
    collector.submit(body(seed=3, topic=3))
    collector.submit(body(seed=4, topic=4))
    assert collector.aggregate(CURRENT)["released"] is True


@pytest.mark.parametrize("devices", [5, 6, 40])
def test_small_aggregates_stay_in_range_and_finite(storage, clock, devices):
    """Issue 10 saw share 9.4 and negative intervals for one device; every number must lie in its range."""
    collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=clock)
    for seed in range(devices):
        assert collector.submit(body(seed=seed, topic=7))[0] == 200
    out = collector.aggregate(CURRENT)
    text = json.dumps(out, allow_nan=False)  # raises on NaN or Infinity
    assert json.loads(text) == out
    assert out["released"] and out["reports"] == devices
    for topic in out["topics"]:
        lo, hi = topic["ci95"]
        assert 0 <= lo <= topic["estimate"] <= hi <= devices
        slo, shi = topic["share_ci95"]
        assert 0 <= slo <= topic["share"] <= shi <= 1


# --- the event-loop path (what the ASGI gateway runs) ------------------------------------------------


async def in_thread(function, *args):
    return await asyncio.to_thread(function, *args)


def test_the_event_loop_path_answers_and_counts_as_the_thread_path(tmp_path, clock):
    """`handle_inner_async` stores valid uploads itself and hands everything else to `handle_inner`: the same
    sequence of requests must give the same answers, the same stored reports and the same rejection counters."""
    first = body(seed=1)
    conflicting = json.dumps({**json.loads(first), "report": json.loads(body(seed=2))["report"]}).encode()
    sequence = [
        ("POST", REPORTS_PATH, "application/json", first),  # stored
        ("POST", REPORTS_PATH, "application/json; charset=utf-8", first),  # a resend: duplicate
        ("POST", REPORTS_PATH, "application/json", conflicting),  # same id, other body: 409, counted once
        ("POST", REPORTS_PATH, "text/plain", body(seed=3)),  # 415
        ("POST", REPORTS_PATH, "application/json", body(epoch=CURRENT - 3, seed=4)),  # outside the window
        ("POST", REPORTS_PATH, "application/json", body(seed=5, epsilon=0.001)),  # declares its own parameters
        ("POST", REPORTS_PATH, "application/json", b"{not json"),
        ("GET", CONFIG_PATH, "", b""),
        ("PUT", REPORTS_PATH, "application/json", body(seed=6)),  # 405
        ("POST", REPORTS_PATH, "application/json", body(seed=7, topic=9)),  # stored
    ]
    answers = {}
    for mode in ("thread", "loop"):
        store = open_storage(tmp_path / f"{mode}.db")
        collector = Collector(store, GatewayKey.generate(), PARAMS, DOMAIN, clock=clock)
        seen = []
        for method, path, content_type, content in sequence:
            headers = (("content-type", content_type),) if content_type else ()
            request = Request(method, "https", "collector.test", path, headers, content)
            if mode == "thread":
                response = collector.handle_inner(request)
            else:
                response = asyncio.run(collector.handle_inner_async(request, in_thread))
            seen.append((response.status, json.loads(response.content)))
        answers[mode] = (seen, stored(store), store.rejections())
        store.close()
    assert answers["loop"] == answers["thread"]
    statuses = [status for status, _ in answers["loop"][0]]
    assert statuses == [200, 200, 409, 415, 422, 422, 400, 200, 405, 200]
    assert answers["loop"][1] == {CURRENT: 2}
    kinds = ("conflict", "content_type", "epoch_window", "malformed", "method", "parameters")
    assert answers["loop"][2] == dict.fromkeys(kinds, 1)
