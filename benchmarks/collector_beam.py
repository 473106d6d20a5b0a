"""Collector aggregation at population scale: 1,000,000 simulated uploads stored, exported and aggregated.

    python -m benchmarks.collector_beam                  # 1,000,000 uploads (several minutes on 2 cores)
    python -m benchmarks.collector_beam --uploads 20000  # a quick pass
    nice -n 10 python -m benchmarks.collector_beam       # on a shared machine

Stages timed: storing the uploads in SQLite (in 100,000-report transactions), the in-process `bit_counts`,
exporting the epoch to newline-JSON shards, and the Beam pipeline on the DirectRunner (one in-process worker,
then two worker processes). The Beam aggregate must equal the in-process one, or the run fails. Writes
benchmarks/results/collector_beam-<machine>.json and .png. Timings on a shared machine are noisy: re-run on a
quiet one before quoting them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import machine

RESULTS = Path(__file__).resolve().parent / "results"
EPOCH = 2905
CHUNK = 100_000
SHARD = 250_000


def simulate(n: int, seed: int, domain_size: int, epsilon: float, p_replace: float) -> list[bytes]:
    """Packed OUE reports as devices make them (Zipf-like topics, random replacement, OUE)."""
    from edge.tokens import ldp
    from edge.tokens.randomness import SeededRandomness

    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, domain_size + 1) ** 1.1
    topics = rng.choice(domain_size, size=n, p=weights / weights.sum())
    topics = ldp.replace_randomly(topics, domain_size, p_replace, SeededRandomness(seed))
    reports: list[bytes] = []
    for start in range(0, n, CHUNK):
        bits = ldp.perturb(topics[start : start + CHUNK], domain_size, epsilon, SeededRandomness(seed + 1 + start))
        packed = np.packbits(bits, axis=1)
        reports.extend(row.tobytes() for row in packed)
    return reports


def measure(uploads: int, workdir: Path) -> dict[str, Any]:
    from edge.collector import beam
    from edge.collector.aggregate import release
    from edge.collector.storage import open_storage
    from edge.tokens.domain import TokenDomain
    from edge.tokens.params import default_parameters

    domain = TokenDomain.load()
    params = default_parameters()
    seconds: dict[str, float] = {}

    t = time.perf_counter()
    reports = simulate(uploads, 1, domain.size, params.epsilon, params.p_replace)
    seconds["simulate"] = time.perf_counter() - t

    storage = open_storage(workdir / "collector.db")
    ids = np.random.default_rng(2).bytes(16 * uploads)
    t = time.perf_counter()
    for start in range(0, uploads, CHUNK):
        storage.add_many(
            (ids[16 * i : 16 * i + 16].hex(), EPOCH, reports[i], hashlib.sha256(reports[i]).hexdigest())
            for i in range(start, min(start + CHUNK, uploads))
        )
    seconds["store_sqlite"] = time.perf_counter() - t
    del reports

    t = time.perf_counter()
    counts, n = storage.bit_counts(EPOCH, domain.size)
    in_process = release(EPOCH, counts, n, params, domain)
    seconds["in_process_aggregate"] = time.perf_counter() - t

    t = time.perf_counter()
    shards = storage.export(EPOCH, workdir / "shards", shard_size=SHARD)
    seconds["export"] = time.perf_counter() - t
    storage.close()
    glob = str(workdir / "shards" / f"epoch-{EPOCH}-*.jsonl")

    runs = {
        "beam_direct_1_worker": [],
        "beam_direct_2_processes": ["--direct_num_workers=2", "--direct_running_mode=multi_processing"],
    }
    for name, args in runs.items():
        t = time.perf_counter()
        result = beam.run(EPOCH, glob, str(workdir / f"{name}.json"), params, pipeline_args=args)
        seconds[name] = time.perf_counter() - t
        if result != in_process:
            raise SystemExit(f"{name}: the Beam aggregate differs from the in-process one")

    return {
        "uploads": uploads,
        "shards": len(shards),
        "shard_bytes": sum(p.stat().st_size for p in shards),
        "domain_size": domain.size,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "beam_uploads_per_s": {k: round(uploads / seconds[k]) for k in runs},
        "beam_equals_in_process": True,
        "load_average_at_end": list(os.getloadavg()),
        "note": "measured on a machine shared with other work unless load_average says otherwise",
    }


def plot(figures: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    seconds = figures["seconds"]
    labels = list(seconds)
    fig, ax = plt.subplots(figsize=(8, 3.2))
    bars = ax.barh(labels, [seconds[k] for k in labels], color="#1565c0")
    ax.bar_label(bars, labels=[f"{seconds[k]:.1f} s" for k in labels], padding=3)
    ax.invert_yaxis()
    ax.set_xlabel("seconds")
    ax.set_title(f"Collector aggregation of {figures['uploads']:,} uploads")
    ax.set_xlim(0, max(seconds.values()) * 1.2)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run(quick: bool, runs: int | None) -> dict[str, Any]:
    """benchmarks.run's interface: 20,000 uploads when quick, else 1,000,000 (`runs` is unused)."""
    with tempfile.TemporaryDirectory(prefix="edge-beam-bench-") as tmp:
        return measure(20_000 if quick else 1_000_000, Path(tmp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=1_000_000)
    parser.add_argument("--workdir", help="keep the database and shards here (default: a temporary folder)")
    args = parser.parse_args(argv)
    if args.workdir:
        figures = measure(args.uploads, Path(args.workdir))
    else:
        with tempfile.TemporaryDirectory(prefix="edge-beam-bench-") as tmp:
            figures = measure(args.uploads, Path(tmp))
    figures["machine"] = machine.describe()
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / f"collector_beam-{machine.slug(figures['machine'])}"
    stem.with_suffix(".json").write_text(json.dumps(figures, indent=2) + "\n")
    plot(figures, stem.with_suffix(".png"))
    print(json.dumps({k: v for k, v in figures.items() if k != "machine"}, indent=2))
    print(f"wrote {stem}.json and .png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
