"""The released aggregate: clipped, finite, strict JSON, and nothing before min_reports."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from edge.collector.aggregate import release
from edge.tokens import ldp
from edge.tokens.domain import TokenDomain
from edge.tokens.params import default_parameters

DOMAIN = TokenDomain.load()
PARAMS = dataclasses.replace(default_parameters(), min_reports=100)


def test_nothing_is_released_below_min_reports() -> None:
    out = release(12, np.zeros(DOMAIN.size, dtype=np.int64), 99, PARAMS, DOMAIN)
    assert out == {
        "epoch": 12,
        "reports": 99,
        "min_reports": 100,
        "released": False,
        "needed": 1,
        "message": "epoch 12 holds 99 reports; its aggregate is released from 100 on (1 more needed)",
    }
    assert release(12, np.zeros(DOMAIN.size, dtype=np.int64), 100, PARAMS, DOMAIN)["released"] is True


@pytest.mark.parametrize("fill", [0.0, 1.0, 0.5])
def test_everything_is_clipped_finite_and_strict_json(fill: float) -> None:
    """All bits clear (estimates far below 0), all set (far above n), and noise: every number in its range."""
    n = 150
    counts = np.full(DOMAIN.size, int(fill * n), dtype=np.int64)
    out = release(3, counts, n, PARAMS, DOMAIN)
    json.dumps(out, allow_nan=False)
    assert out["released"] and len(out["topics"]) == DOMAIN.size
    for topic in out["topics"]:
        lo, hi = topic["ci95"]
        assert 0 <= lo <= topic["estimate"] <= hi <= n
        slo, shi = topic["share_ci95"]
        assert 0 <= slo <= topic["share"] <= shi <= 1
    estimates = [t["estimate"] for t in out["topics"]]
    assert estimates == sorted(estimates, reverse=True)
    assert {t["id"] for t in out["topics"]} == set(DOMAIN.ids)
    if fill == 0.0:
        assert all(t["estimate"] == 0.0 and t["share"] == 0.0 for t in out["topics"])
    if fill == 1.0:
        assert all(t["estimate"] == n and t["share"] == 1.0 for t in out["topics"])


def test_the_estimate_is_ldp_estimate_within_its_range() -> None:
    rng = np.random.default_rng(4)
    counts = rng.integers(100, 400, DOMAIN.size)
    out = release(5, counts, 1000, PARAMS, DOMAIN)
    raw = ldp.estimate(counts, 1000, PARAMS.epsilon, PARAMS.p_replace)
    by_id = {t["id"]: t for t in out["topics"]}
    for j, topic_id in enumerate(DOMAIN.ids):
        expected = min(max(raw.counts[j], 0.0), 1000.0)
        assert by_id[topic_id]["estimate"] == pytest.approx(expected, abs=0.005)
        assert by_id[topic_id]["share"] == pytest.approx(expected / 1000, abs=5e-7)
    assert out["mechanism"] == {"name": "oue", "epsilon": PARAMS.epsilon, "p_replace": PARAMS.p_replace}
    assert out["taxonomy"] == DOMAIN.version


def test_malformed_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="one per topic"):
        release(1, np.zeros(3, dtype=np.int64), 10, PARAMS, DOMAIN)
    with pytest.raises(ValueError, match=r"\[0, reports\]"):
        release(1, np.full(DOMAIN.size, 11, dtype=np.int64), 10, PARAMS, DOMAIN)
    with pytest.raises(ValueError, match="non-negative integer"):
        release(1, np.zeros(DOMAIN.size, dtype=np.int64), -1, PARAMS, DOMAIN)
    with pytest.raises(ValueError, match="taxonomy"):
        release(1, np.zeros(DOMAIN.size, dtype=np.int64), 10, dataclasses.replace(PARAMS, taxonomy="other/1"), DOMAIN)
