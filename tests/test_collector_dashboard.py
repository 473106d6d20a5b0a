"""The collector's dashboard in headless Chromium: the rendered chart holds the numbers of /v1/aggregate, bar lengths
follow the shares, and the cards show uploads, rejections, parameters and the accountant's central epsilon.
Keeps a screenshot in docs/collector-dashboard.png."""

from __future__ import annotations

import hashlib
import http.client
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from edge.collector.app import create_app
from edge.collector.dashboard import CONTENT_SECURITY_POLICY, TOP_TOPICS
from edge.collector.service import Collector
from edge.collector.storage import open_storage
from edge.ohttp import GatewayKey
from edge.tokens import accounting
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.web import background
from tests.browser import docs_screenshot

pytest_plugins = ["tests.browser"]

DOMAIN = TokenDomain.load()
PARAMS = replace(default_parameters(DOMAIN.version), min_reports=50)
NOW = 1_800_000_000.0
CURRENT = PARAMS.epoch_of(NOW)


@pytest.fixture()
def url(tmp_path: Path) -> Iterator[str]:
    """600 devices in the current epoch (60 % talk only about 'Cats'), 12 in the one before, a few rejections."""
    rng = SeededRandomness(7)
    anonymizer = Anonymizer(DOMAIN, PARAMS, rng)
    cats = DOMAIN.labels.index("Cats")
    others = [j for j in range(DOMAIN.size) if j != cats]

    def rows(epoch: int, n: int) -> list[tuple[str, int, bytes, str]]:
        out = []
        for device in range(n):
            topic = cats if device % 5 < 3 else others[rng.below(len(others))]
            (upload,) = anonymizer.uploads(epoch, {DOMAIN.ids[topic]: 4})
            out.append((upload.report_id, epoch, upload.report, hashlib.sha256(upload.encode()).hexdigest()))
        return out

    with open_storage(tmp_path / "collector.db") as storage:  # type: ignore[attr-defined]
        storage.add_many(rows(CURRENT, 600))
        storage.add_many(rows(CURRENT - 1, 12))
        collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN, clock=lambda: NOW)
        for reason in ["parameters"] * 3 + ["decapsulation"]:
            collector.count_rejection(reason)
        with background(create_app(collector)) as base:
            yield base


def fetch(base: str, path: str) -> tuple[int, dict[str, str], bytes]:
    host, port = base.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_the_rendered_chart_shows_the_aggregate(browser: Any, url: str, tmp_path: Path) -> None:
    status, headers, _ = fetch(url, "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY  # no script, nothing from elsewhere
    aggregate = json.loads(fetch(url, f"/v1/aggregate?epoch={CURRENT}")[2])

    browser.open(url + "/")
    browser.wait_for("svg#shares g.topic")
    assert browser.text("#epoch") == str(CURRENT) and browser.text("#uploads") == "600"
    assert browser.text("#released") == "yes" and browser.text("#source") == "live"
    shown = browser.script(
        """return [...document.querySelectorAll('svg#shares g.topic')].map(g => ({
            id: g.dataset.id, share: Number(g.dataset.share), low: Number(g.dataset.low),
            high: Number(g.dataset.high), label: g.querySelector('.label').textContent,
            value: g.querySelector('.value').textContent,
            width: g.querySelector('rect.bar').getBoundingClientRect().width}))"""
    )
    expected = aggregate["topics"][:TOP_TOPICS]
    assert len(shown) == len(expected) == TOP_TOPICS
    for bar, topic in zip(shown, expected):
        assert (bar["id"], bar["label"]) == (topic["id"], topic["label"])
        assert (bar["share"], [bar["low"], bar["high"]]) == (topic["share"], topic["share_ci95"])
        assert bar["value"] == f"{topic['share']:.1%}"
    assert shown[0]["label"] == "Cats" and 0.5 < shown[0]["share"] < 0.7
    for bar in shown[1:]:  # drawn lengths follow the shares
        if bar["share"] > 0.005:
            assert bar["width"] / shown[0]["width"] == pytest.approx(bar["share"] / shown[0]["share"], rel=0.02)

    figures = accounting.report(
        epsilon=PARAMS.epsilon,
        p_replace=PARAMS.p_replace,
        domain_size=DOMAIN.size,
        reports_per_epoch=PARAMS.reports_per_epoch,
        epoch_seconds=PARAMS.epoch_seconds,
        devices=500,  # 600 reports, rounded down to 5 x 10^2: a valid upper bound
    )
    assert browser.text("#central-epsilon") == f"{figures.central_epsilon_per_epoch:.3f}"
    browser.wait_for(".card:nth-child(4)", text="shuffled among 500 reports")
    assert browser.text("#local-epsilon") == f"{figures.local_epsilon_per_epoch:.3f}"
    rejections = {
        r.get_attribute("data-reason"): r.text.split()[-1] for r in browser.elements("#rejections tr[data-reason]")
    }
    assert rejections == {"parameters": "3", "decapsulation": "1"}
    parameters = {r.get_attribute("data-name"): r.text.split()[-1] for r in browser.elements("#parameters tr")}
    assert parameters["epsilon"] == "2.0" and parameters["min_reports"] == "50"
    screenshot = browser.screenshot(docs_screenshot("collector-dashboard.png", tmp_path))
    assert screenshot.stat().st_size > 10_000

    browser.click(f'nav a[href="/?epoch={CURRENT - 1}"]')  # an epoch under min_reports: no chart, the reason
    browser.wait_for("#not-released", text="holds 12 reports")
    assert browser.elements("svg#shares") == [] and browser.text("#uploads") == "12"


def test_bad_dashboard_queries_are_400(url: str) -> None:
    for query in ("?epoch=x", "?epoch=1&epoch=2", "?epoch=%C2%B2", "?other=1"):
        status, _, data = fetch(url, "/" + query)
        assert status == 400 and json.loads(data) == {
            "ok": False,
            "error": "give at most one epoch=N (a non-negative integer)",
        }
