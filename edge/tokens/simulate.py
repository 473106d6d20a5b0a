"""Simulated populations: how well the collector's debiased estimates track a known topic distribution.

    python -m edge.tokens.simulate            # error vs epsilon for 10,000 devices, as JSON lines

Each simulated device holds top_k distinct topics drawn from a Zipf-like popularity over the token domain
(Gumbel top-k sampling, vectorised), then runs the same replacement and OUE code as the real anonymizer.
Errors are in *device share*: the fraction of devices whose batch named a topic before replacement.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import numpy as np

from edge.tokens import ldp


@dataclass(frozen=True)
class SimulationResult:
    epsilon: float
    devices: int
    top_k: int
    domain_size: int
    rmse_share: float  # root mean squared error of the estimated device share, over topics
    max_abs_error_share: float  # worst topic
    mean_ci95_halfwidth_share: float
    top10_mean_abs_error_share: float  # over the 10 truly most popular topics
    top10_mean_share: float  # their true mean share, for scale
    coverage: float  # fraction of topics whose true count lies inside the 95 % interval


def popularity(domain_size: int, zipf_s: float = 1.1, rng: np.random.Generator | None = None) -> np.ndarray:
    """Zipf-like topic weights (sum 1) in a shuffled topic order."""
    rng = rng if rng is not None else np.random.default_rng(0)
    weights = 1.0 / np.arange(1, domain_size + 1) ** zipf_s
    return rng.permutation(weights / weights.sum())


def device_topics(n_devices: int, top_k: int, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """(n_devices, top_k) distinct topic indices per device, drawn without replacement by weight."""
    keys = np.log(weights)[None, :] + rng.gumbel(size=(n_devices, weights.size))
    return np.argpartition(-keys, top_k - 1, axis=1)[:, :top_k]


def simulate(
    n_devices: int = 10_000,
    *,
    epsilon: float = 2.0,
    top_k: int = 5,
    p_replace: float = 0.05,
    domain_size: int = 299,
    seed: int = 0,
    zipf_s: float = 1.1,
) -> tuple[np.ndarray, ldp.Estimate]:
    """True per-topic report counts and the collector's estimate for one simulated population."""
    rng = np.random.default_rng(seed)
    topics = device_topics(n_devices, top_k, popularity(domain_size, zipf_s, rng), rng).ravel()
    true_counts = np.bincount(topics, minlength=domain_size).astype(np.float64)
    sent = ldp.replace_randomly(topics, domain_size, p_replace, rng)
    bit_counts = np.zeros(domain_size, dtype=np.int64)
    for start in range(0, sent.size, 10_000):  # keep the bit matrix small
        bit_counts += ldp.perturb(sent[start : start + 10_000], domain_size, epsilon, rng).sum(axis=0)
    return true_counts, ldp.estimate(bit_counts, int(sent.size), epsilon, p_replace)


def measure(
    n_devices: int = 10_000,
    *,
    epsilon: float = 2.0,
    top_k: int = 5,
    p_replace: float = 0.05,
    domain_size: int = 299,
    seed: int = 0,
) -> SimulationResult:
    truth, est = simulate(
        n_devices, epsilon=epsilon, top_k=top_k, p_replace=p_replace, domain_size=domain_size, seed=seed
    )
    lo, hi = est.ci95
    error = (est.counts - truth) / n_devices
    top10 = np.argsort(-truth)[:10]
    return SimulationResult(
        epsilon=float(epsilon),
        devices=n_devices,
        top_k=top_k,
        domain_size=domain_size,
        rmse_share=float(np.sqrt(np.mean(error**2))),
        max_abs_error_share=float(np.max(np.abs(error))),
        mean_ci95_halfwidth_share=float(np.mean(hi - lo) / 2 / n_devices),
        coverage=float(np.mean((truth >= lo) & (truth <= hi))),
        top10_mean_abs_error_share=float(np.mean(np.abs(error[top10]))),
        top10_mean_share=float(np.mean(truth[top10]) / n_devices),
    )


def error_vs_epsilon(
    epsilons: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0), n_devices: int = 10_000, **kwargs: object
) -> list[SimulationResult]:
    """One SimulationResult per epsilon (same population seed), for benchmarks and the docs."""
    return [measure(n_devices, epsilon=eps, **kwargs) for eps in epsilons]  # type: ignore[arg-type]


def main() -> None:
    for result in error_vs_epsilon():
        print(json.dumps(asdict(result)))


if __name__ == "__main__":
    main()
