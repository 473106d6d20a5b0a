"""Simulated populations: how well the collector's debiased shares track the truth under the real mechanism.

    python -m edge.tokens.simulate --devices 100000 --json     # one population at the published defaults
    python -m edge.tokens.simulate --sweep                     # error vs epsilon, one JSON line each

Each simulated device holds `candidates` distinct topics drawn from a Zipf-like popularity over the token
domain (Gumbel top-k sampling, vectorised) and, like the real anonymizer, reports `reports_per_epoch` of them
drawn uniformly, after random replacement and OUE (the same `edge.tokens.ldp` code, with a seeded generator in
place of the OS's: simulations only). The quantity estimated is the share of devices whose report named each
topic before replacement; errors are in percentage points of devices.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass

import numpy as np

from edge.tokens import ldp
from edge.tokens.randomness import SeededRandomness

DOMAIN_SIZE = 299


@dataclass(frozen=True)
class SimulationResult:
    devices: int
    epsilon: float
    p_replace: float
    reports_per_epoch: int
    candidates: int
    domain_size: int
    rmse_pp: float  # root mean squared error of the estimated share, over all topics, in percentage points
    max_abs_error_pp: float  # worst topic
    mean_ci95_halfwidth_pp: float
    ci_coverage: float  # fraction of topics whose true share lies inside the 95 % interval
    top10_mean_abs_error_pp: float  # over the 10 truly most popular topics
    top10_mean_share_pp: float  # their true mean share, for scale


def popularity(domain_size: int, zipf_s: float = 1.1, rng: np.random.Generator | None = None) -> np.ndarray:
    """Zipf-like topic weights (sum 1) in a shuffled topic order."""
    rng = rng if rng is not None else np.random.default_rng(0)
    weights = 1.0 / np.arange(1, domain_size + 1) ** zipf_s
    return rng.permutation(weights / weights.sum())


def reported_topics(
    n_devices: int, candidates: int, reports: int, weights: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """(n_devices * reports) topic indices: per device `reports` distinct ones of its `candidates` top topics."""
    out = np.empty((n_devices, reports), dtype=np.int64)
    logw = np.log(weights)[None, :]
    for start in range(0, n_devices, 20_000):
        n = min(20_000, n_devices - start)
        keys = logw + rng.gumbel(size=(n, weights.size))
        top = np.argpartition(-keys, candidates - 1, axis=1)[:, :candidates]
        pick = np.argsort(rng.random((n, candidates)), axis=1)[:, :reports]  # a uniform subset of the candidates
        out[start : start + n] = np.take_along_axis(top, pick, axis=1)
    return out.ravel()


def simulate(
    n_devices: int = 100_000,
    *,
    epsilon: float = 2.0,
    p_replace: float = 0.05,
    reports_per_epoch: int = 1,
    candidates: int = 5,
    domain_size: int = DOMAIN_SIZE,
    seed: int = 0,
    zipf_s: float = 1.1,
) -> tuple[np.ndarray, ldp.Estimate]:
    """True per-topic report counts and the collector's estimate for one simulated population."""
    rng = np.random.default_rng(seed)
    topics = reported_topics(n_devices, candidates, reports_per_epoch, popularity(domain_size, zipf_s, rng), rng)
    true_counts = np.bincount(topics, minlength=domain_size).astype(np.float64)
    draws = SeededRandomness(seed + 1)
    sent = ldp.replace_randomly(topics, domain_size, p_replace, draws)
    bit_counts = np.zeros(domain_size, dtype=np.int64)
    for start in range(0, sent.size, 10_000):  # keep the bit matrix small
        bit_counts += ldp.perturb(sent[start : start + 10_000], domain_size, epsilon, draws).sum(axis=0)
    return true_counts, ldp.estimate(bit_counts, int(sent.size), epsilon, p_replace)


def measure(n_devices: int = 100_000, **kwargs: float | int) -> SimulationResult:
    epsilon = float(kwargs.get("epsilon", 2.0))
    p_replace = float(kwargs.get("p_replace", 0.05))
    reports = int(kwargs.get("reports_per_epoch", 1))
    candidates = int(kwargs.get("candidates", 5))
    domain_size = int(kwargs.get("domain_size", DOMAIN_SIZE))
    truth, est = simulate(
        n_devices,
        epsilon=epsilon,
        p_replace=p_replace,
        reports_per_epoch=reports,
        candidates=candidates,
        domain_size=domain_size,
        seed=int(kwargs.get("seed", 0)),
    )
    lo, hi = est.ci95
    error = (est.counts - truth) / n_devices * 100
    top10 = np.argsort(-truth)[:10]
    return SimulationResult(
        devices=n_devices,
        epsilon=epsilon,
        p_replace=p_replace,
        reports_per_epoch=reports,
        candidates=candidates,
        domain_size=domain_size,
        rmse_pp=float(np.sqrt(np.mean(error**2))),
        max_abs_error_pp=float(np.max(np.abs(error))),
        mean_ci95_halfwidth_pp=float(np.mean(hi - lo) / 2 / n_devices * 100),
        ci_coverage=float(np.mean((truth >= lo) & (truth <= hi))),
        top10_mean_abs_error_pp=float(np.mean(np.abs(error[top10]))),
        top10_mean_share_pp=float(np.mean(truth[top10]) / n_devices * 100),
    )


def error_vs_epsilon(
    epsilons: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0), n_devices: int = 100_000, **kwargs: float | int
) -> list[SimulationResult]:
    """One SimulationResult per epsilon (same population seed), for benchmarks and the docs."""
    return [measure(n_devices, **{**kwargs, "epsilon": eps}) for eps in epsilons]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m edge.tokens.simulate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=100_000)
    parser.add_argument("--epsilon", type=float, default=2.0, help="OUE epsilon per report (default: the published 2)")
    parser.add_argument("--p-replace", type=float, default=0.05)
    parser.add_argument("--reports-per-epoch", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="one JSON object")
    parser.add_argument("--sweep", action="store_true", help="error vs epsilon (0.5, 1, 2, 4), one JSON line each")
    args = parser.parse_args(argv)
    if args.devices < 1:
        parser.error("--devices must be at least 1")
    common = {"p_replace": args.p_replace, "reports_per_epoch": args.reports_per_epoch, "seed": args.seed}
    if args.sweep:
        for result in error_vs_epsilon(n_devices=args.devices, **common):
            print(json.dumps(asdict(result)))
        return
    result = measure(args.devices, epsilon=args.epsilon, **common)
    if args.json:
        print(json.dumps(asdict(result)))
        return
    print(
        f"{result.devices:,} devices, epsilon {result.epsilon:g}, p_replace {result.p_replace:g}: "
        f"RMSE {result.rmse_pp:.3f} pp, worst topic {result.max_abs_error_pp:.3f} pp, "
        f"95 % CI half-width {result.mean_ci95_halfwidth_pp:.3f} pp, coverage {result.ci_coverage:.1%}"
    )


if __name__ == "__main__":
    main()
