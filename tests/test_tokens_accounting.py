"""The privacy accountant against values computed independently: brute force, exact shuffled randomized response."""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import product

import numpy as np
import pytest

from edge.tokens import accounting


def brute_force_delta(epsilon: float, epsilon_local: float, n: int) -> float:
    """FMT21's P and Q enumerated outcome by outcome, with math.comb: no threshold trick, no tail bounds."""
    clone = math.exp(-epsilon_local)
    d1 = math.exp(epsilon_local) / (math.exp(epsilon_local) + 1)
    p_dist: dict[tuple[int, int], float] = defaultdict(float)
    q_dist: dict[tuple[int, int], float] = defaultdict(float)
    for c in range(n):
        pc = math.comb(n - 1, c) * clone**c * (1 - clone) ** (n - 1 - c)
        for a in range(c + 1):
            pa = math.comb(c, a) / 2**c
            for d, pd in ((1, d1), (0, 1 - d1)):
                p_dist[(a + d, c - a + 1 - d)] += pc * pa * pd
                q_dist[(a + 1 - d, c - a + d)] += pc * pa * pd
    e = math.exp(epsilon)
    forward = sum(max(p_dist[o] - e * q_dist.get(o, 0.0), 0.0) for o in p_dist)
    backward = sum(max(q_dist[o] - e * p_dist.get(o, 0.0), 0.0) for o in q_dist)
    return max(forward, backward)


def shuffled_rr_delta(epsilon: float, epsilon_local: float, n: int) -> float:
    """Exact delta(eps) of n shuffled binary randomized-response reports, others' bits all 0 (a lower bound)."""
    keep = math.exp(epsilon_local) / (1 + math.exp(epsilon_local))
    log_pmf = [
        math.lgamma(n) - math.lgamma(k + 1) - math.lgamma(n - k) + k * math.log1p(-keep) + (n - 1 - k) * math.log(keep)
        for k in range(n)
    ]
    others = np.exp(np.array(log_pmf))
    p = np.zeros(n + 1)
    q = np.zeros(n + 1)
    p[:-1] += others * keep  # the user's bit is 0 and reported as 0
    p[1:] += others * (1 - keep)
    q[:-1] += others * (1 - keep)  # the user's bit is 1 and reported as 0
    q[1:] += others * keep
    e = math.exp(epsilon)
    return float(max(np.maximum(p - e * q, 0).sum(), np.maximum(q - e * p, 0).sum()))


@pytest.mark.parametrize(("n", "eps_local"), [(2, 1.0), (7, 2.0), (25, 1.5), (60, 3.0)])
def test_shuffle_delta_equals_brute_force(n: int, eps_local: float) -> None:
    for eps in (0.0, 0.1, 0.4, 0.9, eps_local - 0.01):
        exact = brute_force_delta(eps, eps_local, n)
        bound = accounting.shuffle_delta(eps, eps_local, n)
        # An upper bound (rounding of the left-out mass only ever adds), and tight: equal to 1e-6 relative.
        assert exact - 1e-15 <= bound <= exact * (1 + 3e-6) + 1e-15


@pytest.mark.parametrize("n", [50, 400, 3000])
def test_bound_dominates_exact_shuffled_randomized_response(n: int) -> None:
    """The bound holds for every eps_local-LDP randomizer, so it is at least RR's exact curve."""
    eps_local = 2.0
    for eps in np.linspace(0.02, 1.9, 12):
        assert accounting.shuffle_delta(float(eps), eps_local, n) >= shuffled_rr_delta(float(eps), eps_local, n)


def test_numerical_bound_is_tighter_than_closed_form_and_falls_with_n() -> None:
    eps_local = accounting.local_epsilon(2.0, 0.05, 299)
    previous = math.inf
    for n in (10_000, 100_000, 1_000_000):
        eps = accounting.central_epsilon(eps_local, n, 1e-8)
        closed = accounting.closed_form_epsilon(eps_local, n, 1e-8)
        assert closed is not None and 0 < eps < closed
        assert accounting.shuffle_delta(eps, eps_local, n) <= 1e-8
        assert accounting.shuffle_delta(eps * 0.99, eps_local, n) > 1e-8  # the search found the edge
        assert eps < previous
        previous = eps


def test_closed_form_matches_theorem_by_hand() -> None:
    # FMT21 Theorem 3.1 worked by hand for eps_local = 1, n = 100,000, delta = 1e-6.
    e = math.e
    expected = math.log(1 + (e - 1) / (e + 1) * (8 * math.sqrt(e * math.log(4e6)) / math.sqrt(1e5) + 8 * e / 1e5))
    assert accounting.closed_form_epsilon(1.0, 100_000, 1e-6) == pytest.approx(expected, rel=1e-12)
    assert accounting.closed_form_epsilon(8.0, 1000, 1e-6) is None  # outside the theorem's condition


def test_local_epsilon_of_replacement_then_oue_is_the_worst_output_ratio() -> None:
    """Enumerate every output of a 4-topic domain and take the largest likelihood ratio."""
    d, eps0, r = 4, 1.3, 0.2
    q = 1 / (math.exp(eps0) + 1)

    def oue(y: tuple[int, ...], topic: int) -> float:
        out = 1.0
        for i, bit in enumerate(y):
            one = 0.5 if i == topic else q
            out *= one if bit else 1 - one
        return out

    def mech(y: tuple[int, ...], topic: int) -> float:
        return (1 - r) * oue(y, topic) + r * sum(oue(y, t) for t in range(d)) / d

    worst = max(mech(y, j) / mech(y, k) for y in product((0, 1), repeat=d) for j in range(d) for k in range(d))
    assert accounting.local_epsilon(eps0, r, d) == pytest.approx(math.log(worst), rel=1e-12)
    assert accounting.local_epsilon(eps0, 0.0, d) == pytest.approx(eps0, rel=1e-12)
    assert accounting.oue_epsilon(q) == pytest.approx(eps0, rel=1e-12)


def test_default_population_meets_the_goal() -> None:
    """At 100,000 devices and delta <= 1e-8 the central epsilon per device per epoch is at most ln 3."""
    from edge.tokens.params import default_parameters

    params = default_parameters()

    r = accounting.report(
        epsilon=params.epsilon,
        p_replace=params.p_replace,
        domain_size=299,
        reports_per_epoch=params.reports_per_epoch,
        epoch_seconds=params.epoch_seconds,
        devices=100_000,
        delta=1e-8,
    )
    assert r.central_delta_per_epoch <= 1e-8
    assert r.central_epsilon_per_epoch <= math.log(3)
    assert r.local_epsilon_per_epoch == pytest.approx(r.reports_per_epoch * r.local_epsilon_per_report)
    assert r.local_epsilon_per_year == pytest.approx(r.epochs_per_year * r.local_epsilon_per_epoch)
