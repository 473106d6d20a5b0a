"""The anonymizer and the LDP mechanism: candidates, the drawn topics, padding, blocking, OUE, replacement, estimator."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from edge.tokens import ldp
from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.params import Parameters, default_parameters
from edge.tokens.randomness import SeededRandomness

DOMAIN = TokenDomain.load()
PARAMS = default_parameters(DOMAIN.version)


def ids(*indices: int) -> list[str]:
    return [DOMAIN.ids[i] for i in indices]


def anonymizer(seed: int = 0, **changes: Any) -> Anonymizer:
    return Anonymizer(DOMAIN, replace(PARAMS, **changes) if changes else PARAMS, SeededRandomness(seed))


def within(observed: float, expected: float, n: int, sigmas: float = 5.0) -> bool:
    return abs(observed - expected) <= sigmas * math.sqrt(expected * (1 - expected) / n)


# --- which topics ------------------------------------------------------------------------------------


def test_candidates_are_the_most_frequent_allowed_topics_in_order() -> None:
    counts = dict(zip(ids(4, 8, 15, 16, 23, 42, 50), (9, 7, 6, 3, 2, 1, 1)))
    a = anonymizer()
    assert a.candidates(counts) == [4, 8, 15, 16, 23]
    without_8 = a.candidates(counts, frozenset(ids(8)))
    assert without_8[:4] == [4, 15, 16, 23] and without_8[4] in (42, 50)  # a tie for the last place
    assert anonymizer(candidates=2).candidates(counts) == [4, 8]
    noisy = {**counts, "not-a-topic": 99, DOMAIN.ids[60]: 0, DOMAIN.ids[61]: -3}
    assert a.candidates(noisy) == [4, 8, 15, 16, 23]  # unknown ids and empty counts never count


def test_ties_at_the_cut_are_broken_at_random() -> None:
    counts = dict(zip(ids(4, 8, 15, 16, 23, 42, 50), (9, 7, 6, 3, 2, 2, 2)))
    a = anonymizer(seed=1)
    last = Counter(a.candidates(counts)[-1] for _ in range(1500))
    assert set(last) == {23, 42, 50}
    assert all(within(n / 1500, 1 / 3, 1500) for n in last.values())


def test_one_report_is_drawn_uniformly_from_the_candidates() -> None:
    counts = dict(zip(ids(4, 8, 15, 16, 23, 42), (50, 40, 30, 20, 10, 5)))
    a = anonymizer(seed=2)
    drawn = Counter(a.choose(counts)[0] for _ in range(5000))
    assert set(drawn) == {4, 8, 15, 16, 23}  # never the sixth, however frequent
    assert all(within(n / 5000, 1 / 5, 5000) for n in drawn.values())  # not weighted by count


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_reports_per_epoch_distinct_topics(k: int) -> None:
    counts = dict(zip(ids(4, 8, 15, 16, 23, 42), (6, 5, 4, 3, 2, 1)))
    a = anonymizer(seed=3, reports_per_epoch=k)
    for _ in range(300):
        chosen = a.choose(counts)
        assert len(chosen) == len(set(chosen)) == k and set(chosen) <= {4, 8, 15, 16, 23}
    assert len(a.uploads(7, counts)) == k


def test_fewer_topics_than_reports_are_padded_with_distinct_allowed_ones() -> None:
    a = anonymizer(seed=4, reports_per_epoch=3)
    blocked = frozenset(ids(9))
    for _ in range(300):
        chosen = a.choose({DOMAIN.ids[7]: 2}, blocked)
        assert len(chosen) == len(set(chosen)) == 3 and 7 in chosen and 9 not in chosen
        assert all(0 <= j < DOMAIN.size for j in chosen)


def test_padding_is_uniform_over_the_allowed_domain() -> None:
    a = anonymizer(seed=5, reports_per_epoch=4)
    draws = 1200
    seen = np.bincount(np.concatenate([a.choose({}) for _ in range(draws)]), minlength=DOMAIN.size)
    expected = draws * 4 / DOMAIN.size
    chi2 = float(((seen - expected) ** 2 / expected).sum())
    dof = DOMAIN.size - 1
    assert chi2 < dof + 5 * math.sqrt(2 * dof)


def test_blocked_topics_are_never_chosen_even_as_padding() -> None:
    blocked = frozenset(DOMAIN.ids[:290])  # nearly everything blocked: padding must come from the 9 left
    a = anonymizer(seed=6, reports_per_epoch=4)
    seen: set[int] = set()
    for _ in range(400):
        chosen = a.choose({DOMAIN.ids[0]: 9, DOMAIN.ids[295]: 1}, blocked)
        assert 295 in chosen and all(j >= 290 for j in chosen)
        seen.update(chosen)
    assert seen == set(range(290, 299))


def test_with_everything_blocked_a_device_still_sends_the_same_number_of_reports() -> None:
    a = anonymizer(seed=7, reports_per_epoch=2)
    chosen = a.choose({}, frozenset(DOMAIN.ids))
    assert len(chosen) == len(set(chosen)) == 2  # random topics: it must look like every other device


# --- the mechanism ------------------------------------------------------------------------------------


@pytest.mark.parametrize("epsilon", [0.5, 2.0, 4.0])
def test_oue_flip_rates_are_p_one_half_and_q_one_over_e_eps_plus_one(epsilon: float) -> None:
    rng = SeededRandomness(8)
    topics = np.array([rng.below(DOMAIN.size) for _ in range(10_000)])
    bits = ldp.perturb(topics, DOMAIN.size, epsilon, rng, chunk=4096)
    p, q = 0.5, 1 / (math.exp(epsilon) + 1)
    assert ldp.flip_probabilities(epsilon) == (p, pytest.approx(q, rel=1e-15))
    own = bits[np.arange(topics.size), topics]
    other_ones = int(bits.sum() - own.sum())
    others = bits.size - topics.size
    assert within(float(own.mean()), p, topics.size)
    assert within(other_ones / others, q, others)
    assert math.isclose(p * (1 - q) / ((1 - p) * q), math.exp(epsilon))  # exactly epsilon-LDP per report


@pytest.mark.parametrize("bad", [0.0, -1.0, math.inf, math.nan])
def test_oue_refuses_a_meaningless_epsilon(bad: float) -> None:
    with pytest.raises(ValueError, match="positive finite"):
        ldp.flip_probabilities(bad)


def test_random_replacement_rate_and_target() -> None:
    rng = SeededRandomness(9)
    n = 50_000
    replaced = ldp.replace_randomly(np.full(n, 7), DOMAIN.size, 0.05, rng)
    changed = replaced[replaced != 7]
    expected = 0.05 * (1 - 1 / DOMAIN.size)  # a replacement may land on the same topic
    assert within(changed.size / n, expected, n)
    assert changed.min() >= 0 and changed.max() < DOMAIN.size and len(set(changed.tolist())) > 250
    assert (ldp.replace_randomly(np.full(1000, 7), DOMAIN.size, 0.0, rng) == 7).all()


def test_the_true_topic_survives_into_the_report_at_the_mechanism_rate() -> None:
    a = anonymizer(seed=10, candidates=1, p_replace=0.0)
    hits = sum(int(ldp.unpack(a.reports({DOMAIN.ids[11]: 3})[0], DOMAIN.size)[11]) for _ in range(3000))
    assert within(hits / 3000, 0.5, 3000)


def test_estimator_is_unbiased_for_a_known_input() -> None:
    rng = SeededRandomness(11)
    topics = np.concatenate([np.full(30_000, 5), np.full(10_000, 200), [rng.below(DOMAIN.size) for _ in range(10_000)]])
    truth = np.bincount(topics, minlength=DOMAIN.size)
    sent = ldp.replace_randomly(topics, DOMAIN.size, 0.05, rng)
    bits = ldp.perturb(sent, DOMAIN.size, 2.0, rng)
    est = ldp.estimate(bits.sum(axis=0), topics.size, 2.0, 0.05)
    lo, hi = est.ci95
    assert lo[5] <= truth[5] <= hi[5] and lo[200] <= truth[200] <= hi[200]
    assert abs(est.counts.sum() - topics.size) < 5 * math.sqrt(est.variance.sum())
    coverage = float(np.mean((truth >= lo) & (truth <= hi)))
    assert 0.88 <= coverage <= 0.995


def test_pack_and_unpack_are_inverse_and_msb_first() -> None:
    bits = np.zeros(DOMAIN.size, dtype=bool)
    bits[[0, 9, DOMAIN.size - 1]] = True
    packed = ldp.pack(bits)
    assert len(packed) == DOMAIN.packed_bytes and packed[0] == 0x80 and packed[1] == 0x40
    assert packed[-1] == 0b0010_0000  # the last topic is bit 298 of 304: the five spare bits stay clear
    assert (ldp.unpack(packed, DOMAIN.size) == bits).all()


# --- uploads ------------------------------------------------------------------------------------------


def test_uploads_carry_the_collectors_parameters_the_epoch_and_fresh_ids() -> None:
    params = Parameters(taxonomy=DOMAIN.version, epsilon=1.5, p_replace=0.1, reports_per_epoch=3)
    uploads = Anonymizer(DOMAIN, params, SeededRandomness(12)).uploads(2970, {DOMAIN.ids[1]: 1})
    assert len(uploads) == 3 and len({u.report_id for u in uploads}) == 3
    for u in uploads:
        assert (u.epsilon, u.p_replace, u.epoch, u.taxonomy, u.mechanism) == (1.5, 0.1, 2970, DOMAIN.version, "oue")
        assert len(u.report) == DOMAIN.packed_bytes
