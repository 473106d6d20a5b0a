"""Anonymizer, LDP mechanism, privacy budget and the batch schema."""

from __future__ import annotations

import base64
import json
import math

import numpy as np
import pytest

from edge.tokens import (
    SCHEMA,
    Anonymizer,
    BatchError,
    BudgetExceeded,
    InterestProfile,
    TokenBatch,
    TokenConfig,
    TokenDomain,
    ldp,
)
from edge.tokens.batch import FIELDS, new_batch_id
from edge.types import Topic

DOMAIN = TokenDomain.load()


def anonymizer(seed: int = 0, **config) -> Anonymizer:
    return Anonymizer(DOMAIN, TokenConfig(**config), rng=np.random.default_rng(seed))


def test_choose_takes_top_k_and_pads_with_distinct_unblocked_topics():
    counts = {DOMAIN.ids[i]: c for i, c in [(4, 9), (8, 7), (15, 7), (16, 3), (23, 2), (42, 1), (50, 1)]}
    a = anonymizer(top_k=5)
    assert sorted(a.choose(counts).tolist()) == [4, 8, 15, 16, 23]
    blocked = frozenset({DOMAIN.ids[8]})
    assert 8 not in a.choose(counts, blocked).tolist()
    for _ in range(200):
        chosen = a.choose({DOMAIN.ids[7]: 2}, frozenset({DOMAIN.ids[9]})).tolist()
        assert len(chosen) == len(set(chosen)) == 5 and chosen[0] == 7 and 9 not in chosen


def test_padding_is_uniform_over_the_domain():
    a = anonymizer(top_k=5)
    seen = np.bincount(np.concatenate([a.choose({}) for _ in range(3000)]), minlength=DOMAIN.size)
    expected = 3000 * 5 / DOMAIN.size
    chi2 = float(((seen - expected) ** 2 / expected).sum())
    assert chi2 < DOMAIN.size + 5 * math.sqrt(2 * DOMAIN.size)  # far below a non-uniform choice


@pytest.mark.parametrize("epsilon", [0.5, 2.0, 4.0])
def test_oue_flip_rates_match_the_mechanism(epsilon):
    rng = np.random.default_rng(1)
    topics = rng.integers(0, DOMAIN.size, 20_000)
    bits = ldp.perturb(topics, DOMAIN.size, epsilon, rng)
    p, q = ldp.flip_probabilities(epsilon)
    own = bits[np.arange(topics.size), topics]
    others = (bits.sum() - own.sum()) / (bits.size - topics.size)
    assert abs(own.mean() - p) < 4 * math.sqrt(p * (1 - p) / topics.size)
    assert abs(others - q) < 4 * math.sqrt(q * (1 - q) / (bits.size - topics.size))
    # epsilon-LDP: the worst likelihood ratio of two topics' reports is exactly e^epsilon
    assert math.isclose(p * (1 - q) / ((1 - p) * q), math.exp(epsilon))


def test_random_replacement_rate():
    rng = np.random.default_rng(2)
    topics = np.full(50_000, 7)
    replaced = ldp.replace_randomly(topics, DOMAIN.size, 0.05, rng)
    changed = float((replaced != 7).mean())
    assert abs(changed - 0.05 * (1 - 1 / DOMAIN.size)) < 0.005


def test_estimator_is_unbiased_for_a_known_input():
    rng = np.random.default_rng(3)
    true = np.zeros(DOMAIN.size)
    topics = np.concatenate([np.full(30_000, 5), np.full(10_000, 200), rng.integers(0, DOMAIN.size, 10_000)])
    true += np.bincount(topics, minlength=DOMAIN.size)
    sent = ldp.replace_randomly(topics, DOMAIN.size, 0.05, rng)
    bits = ldp.perturb(sent, DOMAIN.size, 2.0, rng)
    est = ldp.estimate(bits.sum(axis=0), topics.size, 2.0, 0.05)
    lo, hi = est.ci95
    assert lo[5] <= true[5] <= hi[5] and lo[200] <= true[200] <= hi[200]
    assert abs(est.counts.sum() - topics.size) < 5 * math.sqrt(est.variance.sum())


def test_batch_has_constant_size_and_only_schema_fields():
    sizes = set()
    for counts in ({}, {DOMAIN.ids[0]: 1}, {i: n for n, i in enumerate(DOMAIN.ids[:40], 1)}):
        batch = anonymizer().batch(2_900, counts)
        body = batch.encode()
        obj = json.loads(body)
        assert tuple(obj) == FIELDS and obj["schema"] == SCHEMA and obj["taxonomy"] == DOMAIN.version
        assert len(obj["reports"]) == 5
        assert TokenBatch.decode(body, DOMAIN) == batch
        sizes.add(len(body))
    assert len(sizes) == 1


def test_batch_ids_are_random_128_bit():
    ids = {new_batch_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_real_topic_survives_into_reports_at_the_mechanism_rate():
    a = anonymizer(seed=4, top_k=1, epsilon=2.0, p_replace=0.0)
    hits = 0
    for _ in range(2000):
        (report,) = a.reports({DOMAIN.ids[11]: 3})
        hits += int(ldp.unpack(report, DOMAIN.size)[11])
    assert abs(hits / 2000 - 0.5) < 0.05


# --- privacy budget -----------------------------------------------------------------------------------


def test_budget_refuses_a_second_report_for_a_closed_epoch(tmp_path):
    with InterestProfile.open(tmp_path) as p:
        p.budget.spend(5, 10.0, 5)
        assert p.budget.closed(5) and p.budget.spent(5) == 10.0
        with pytest.raises(BudgetExceeded, match="already reported"):
            p.budget.spend(5, 1.0, 1)
        assert [(s.epoch, s.epsilon_spent) for s in p.budget.ledger()] == [(5, 10.0)]
    with InterestProfile.open(tmp_path) as p:  # the ledger is durable
        assert p.budget.closed(5)


def test_budget_refuses_a_batch_over_the_epoch_limit(tmp_path):
    with InterestProfile.open(tmp_path, config=TokenConfig(epsilon=2.0, top_k=5, epoch_budget=4.0)) as p:
        with pytest.raises(BudgetExceeded, match="epoch budget is 4"):
            p.budget.spend(6, p.config.report_epsilon_total, 5)
        assert not p.budget.closed(6)


def test_recording_stops_once_the_current_epoch_is_reported(tmp_path):
    from edge.sync.outbox import close_due_epochs

    with InterestProfile.open(tmp_path) as p:
        p.record([Topic(DOMAIN.ids[0], "x", "x", 1.0)])
        (batch,) = close_due_epochs(p, flush=True)
        assert batch.epoch == p.current_epoch() and p.counts() == {}
        assert p.record([Topic(DOMAIN.ids[1], "x", "x", 1.0)]) == 0
        assert p.counts() == {} and close_due_epochs(p, flush=True) == []


# --- strict schema ------------------------------------------------------------------------------------


def _body(**changes) -> bytes:
    obj = anonymizer().batch(2_900, {DOMAIN.ids[0]: 1}).to_json()
    obj.update(changes)
    return json.dumps(obj).encode()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "malformed JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[]", "JSON object"),
        (_body(device="abc"), "unknown field"),
        (_body(schema="edge.tokens/0"), "unsupported schema"),
        (_body(taxonomy="iab-2.2"), "unknown taxonomy"),
        (_body(epoch="2900"), "epoch"),
        (_body(epoch=True), "epoch"),
        (_body(epoch=-1), "epoch"),
        (_body(batch_id="ABC"), "batch_id"),
        (_body(epsilon=0), "epsilon"),
        (_body(epsilon=10**400), "epsilon"),
        (_body(p_replace=0.7), "p_replace"),
        (_body(reports=[]), "reports"),
        (_body(reports="AAAA"), "reports"),
        (_body(reports=[123]), "base64"),
        (_body(reports=["!!!!"]), "base64"),
        (_body(reports=["AAAA"]), "bytes"),
        (_body(reports=[base64.b64encode(bytes(37) + b"\x01").decode()]), "outside the taxonomy"),
        (b'{"schema":1,"schema":2}', "duplicate"),
        (_body().replace(b'"epsilon": 2.0', b'"epsilon": NaN'), "NaN"),
    ],
)
def test_decode_rejects_what_the_schema_does_not_allow(body, message):
    with pytest.raises(BatchError, match=message):
        TokenBatch.decode(body, DOMAIN)


def test_missing_field_is_named():
    obj = json.loads(_body())
    del obj["epoch"]
    with pytest.raises(BatchError, match="missing field.*epoch"):
        TokenBatch.from_json(obj, DOMAIN)
