"""Utility of the LDP aggregate: 10,000 simulated devices with a known topic distribution."""

from __future__ import annotations

import numpy as np

from edge.tokens import simulate


def test_debiased_estimates_fall_within_their_confidence_intervals():
    coverages = []
    for seed in (0, 1):
        truth, est = simulate.simulate(10_000, epsilon=2.0, seed=seed)
        lo, hi = est.ci95
        coverages.append(np.mean((truth >= lo) & (truth <= hi)))
        assert est.reports == 50_000 and truth.sum() == 50_000
        # the popular topics are found: the estimated top 5 are among the true top 10
        assert set(np.argsort(-est.counts)[:5]) <= set(np.argsort(-truth)[:10])
    assert 0.92 <= float(np.mean(coverages)) <= 0.985, coverages


def test_error_shrinks_with_epsilon_and_is_small_at_the_default():
    results = simulate.error_vs_epsilon((0.5, 1.0, 2.0, 4.0), n_devices=10_000)
    errors = [r.rmse_share for r in results]
    assert errors == sorted(errors, reverse=True)
    default = results[2]
    assert default.epsilon == 2.0
    assert default.rmse_share < 0.03  # under 3 percentage points of devices per topic
    assert all(0.88 <= r.coverage <= 0.995 for r in results)
    # the interval width matches the error it claims (normal approximation: rmse ~ half-width / 1.96)
    assert 0.7 < default.rmse_share / (default.mean_ci95_halfwidth_share / 1.96) < 1.3


def test_high_epsilon_estimate_is_nearly_exact():
    truth, est = simulate.simulate(10_000, epsilon=8.0, p_replace=0.0, seed=3)
    assert np.max(np.abs(est.counts - truth)) < 0.02 * 10_000
