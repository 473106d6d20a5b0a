"""Run every benchmark and write `benchmarks/results/<machine>.json` plus PNG plots.

    python -m benchmarks.run              # everything (several minutes)
    python -m benchmarks.run --quick      # a tiny pass that checks the harness works
    python -m benchmarks.run --only classifier,encoder --runs 50
    python -m benchmarks.run --quick --only collector_load   # what --quick leaves out (SLOW_EVEN_QUICK)

A stage that is not there yet (or a model that is missing) is recorded as "unavailable: <reason>", never faked.
Models run on 1 thread (the budgets are per core); OMP_NUM_THREADS=1 is set for the libraries that use OpenMP.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # before numpy/ctranslate2 load: one thread for the models

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from benchmarks import machine  # noqa: E402
from benchmarks.stats import Unavailable  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
SCHEMA = 1


def _lazy(module: str, func: str = "run") -> Callable[..., dict[str, Any]]:
    def call(quick: bool, runs: int | None) -> dict[str, Any]:
        import importlib

        return getattr(importlib.import_module(f"benchmarks.{module}"), func)(quick, runs)

    return call


def _collector_beam(quick: bool, runs: int | None) -> dict[str, Any]:
    """benchmarks.collector_beam with its stage times as metrics (`seconds` is the harness's own key)."""
    from benchmarks import collector_beam
    from benchmarks.stats import value

    try:
        figures = collector_beam.run(quick, runs)
    except SystemExit as err:  # it stops when the Beam aggregate differs from the in-process one
        raise RuntimeError(str(err)) from None
    stages = figures.pop("seconds")
    return {"metrics": {f"{stage}_s": value(s, "s") for stage, s in stages.items()}, **figures}


BENCHMARKS: dict[str, tuple[str, Callable[..., dict[str, Any]]]] = {
    "cold_start": ("model load per stage in a fresh process (s)", _lazy("cold_start")),
    "asr": ("ASR real-time factor and end-of-speech-to-final latency per engine", _lazy("asr")),
    "vad": ("VAD segmenter cost per second of audio", _lazy("vad")),
    "encoder": ("sentence encoder per utterance, int8 vs fp32", _lazy("classifier", "run_encoder")),
    "classifier": ("classifier and privacy gate per utterance, int8 vs fp32", _lazy("classifier", "run_classifier")),
    "pipeline": ("end of speech to topic verdict through edge.pipeline", _lazy("pipeline")),
    "asr_pipeline": ("engine alone vs pipeline on real speech: WER, CPU, latency", _lazy("asr_pipeline")),
    "memory": ("peak RSS of the whole pipeline", _lazy("memory")),
    "sizes": ("model sizes on disk", _lazy("sizes")),
    "bridge": ("glasses bridge decoder throughput", _lazy("bridge")),
    "firmware": (
        "glasses encoder on an emulated Cortex-M4: flash, RAM, stack, instructions per 20 ms",
        _lazy("firmware"),
    ),
    "privacypass": ("Privacy Pass issuance, verification and upload bytes per token", _lazy("privacypass")),
    "collector_beam": ("collector: store, export and aggregate uploads with Apache Beam", _collector_beam),
    "collector_load": (
        "collector ingestion under load, through the relay, slowloris and kill -9",
        _lazy("collector_load"),
    ),
}
# Minutes even with --quick: left out of a --quick run unless named with --only.
SLOW_EVEN_QUICK = {"collector_load": "about 90 s even with --quick (real server processes, slowloris, kill -9)"}

# (benchmark, metric name prefix, statistic, budget, unit, what it means)
BUDGETS = (
    ("classifier", "gate_and_classify_int8", "p95", 10.0, "ms", "privacy gate + topic classifier per utterance"),
    ("pipeline", "verdict_after_eos_", "p95", 300.0, "ms", "end of speech to topic verdict, 5 s utterance"),
    ("asr_pipeline", "wer_ratio", "value", 1.1, "x", "pipeline WER / engine-alone WER, real speech"),
    ("asr_pipeline", "cpu_ratio", "value", 1.25, "x", "pipeline CPU / engine-alone CPU, long recording"),
    ("asr_pipeline", "verdict_after_eos_pipeline", "p95", 300.0, "ms", "end of speech to verdict vs bare engine"),
    ("memory", "peak_rss_", "value", 400.0, "MB", "whole pipeline peak RSS"),
    ("cold_start", "pipeline_", "p95", 3.0, "s", "cold start of the whole pipeline"),
)


def _call(func: Callable[..., dict[str, Any]], quick: bool, runs: int | None) -> dict[str, Any]:
    """Run one benchmark; a missing stage (ImportError) or model (edge's ModelError) becomes Unavailable."""
    from edge.errors import ModelError

    try:
        return func(quick, runs)
    except ImportError as err:
        raise Unavailable(f"not importable ({err})") from None
    except ModelError as err:
        raise Unavailable(str(err)) from None


def run_one(name: str, quick: bool, runs: int | None) -> dict[str, Any]:
    description, func = BENCHMARKS[name]
    started = time.perf_counter()
    try:
        result = {"status": "ok", **_call(func, quick, runs)}
    except Unavailable as err:
        result = {"status": f"unavailable: {err}"}
    except Exception as err:  # a broken stage must not stop the other benchmarks; record what broke
        traceback.print_exc(file=sys.stderr)
        result = {"status": f"error: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"}
    result["description"] = description
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["measured_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return result


def _load_average() -> float | None:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def budgets(benchmarks: dict[str, Any]) -> list[dict[str, Any]]:
    """Each budget against what was measured, with pass/fail; unmeasured budgets say why."""
    out = []
    for bench, prefix, stat, limit, unit, what in BUDGETS:
        result = benchmarks.get(bench) or {}
        metrics = result.get("metrics", {})
        hits = {k: v for k, v in metrics.items() if k.startswith(prefix)}
        if not hits:
            status = result.get("status", "not run")
            if status == "ok":
                status = "; ".join(result.get("notes", [])) or f"no {prefix}* metric"
            out.append(
                {
                    "name": what,
                    "benchmark": bench,
                    "budget": limit,
                    "unit": unit,
                    "statistic": stat,
                    "measured": None,
                    "pass": None,
                    "why": status,
                }
            )
            continue
        for key, metric in hits.items():
            measured = metric[stat]
            out.append(
                {
                    "name": what,
                    "benchmark": bench,
                    "metric": key,
                    "budget": limit,
                    "unit": unit,
                    "statistic": stat,
                    "measured": measured,
                    "pass": measured <= limit,
                }
            )
    return out


def own_plots(report: dict[str, Any], out_dir: Path) -> list[Path]:
    """The figures of the benchmarks that draw their own (each module's `plot`), for those that ran."""
    import importlib

    results = report["benchmarks"]
    ran = [
        n
        for n in ("firmware", "privacypass", "collector_beam", "collector_load")
        if results.get(n, {}).get("status") == "ok"
    ]
    written = []
    for name in ran:
        module, result, path = importlib.import_module(f"benchmarks.{name}"), results[name], out_dir / f"{name}.png"
        if name == "firmware":
            path = module.plot(report, out_dir)
        elif name == "privacypass":
            module.plot(
                {**result, "machine": report["machine"], "load_average_1min": report["load_average"]["after"]}, path
            )
        elif name == "collector_beam":
            stages = {k.removesuffix("_s"): m["value"] for k, m in result["metrics"].items()}
            module.plot({**result, "seconds": stages}, path)
        else:
            module.plot(result, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run edge's benchmarks; write JSON + PNG results.")
    parser.add_argument("--quick", action="store_true", help="tiny repeat counts: checks the harness, not the speed")
    parser.add_argument("--only", help=f"comma-separated subset of: {','.join(BENCHMARKS)}")
    parser.add_argument("--runs", type=int, help="timed calls per per-utterance figure (overrides the default)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder (default benchmarks/results)")
    parser.add_argument("--name", help="result file name (default: derived from the machine)")
    parser.add_argument("--no-plots", action="store_true", help="write the JSON only (no matplotlib needed)")
    args = parser.parse_args(argv)

    names = list(BENCHMARKS) if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    if args.quick and not args.only:
        names = [n for n in names if n not in SLOW_EVEN_QUICK]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")

    desc = machine.describe()
    name = args.name or machine.slug(desc)
    path = args.out / f"{name}.json"
    previous = json.loads(path.read_text()) if args.only and path.is_file() else {}
    results: dict[str, Any] = dict(previous.get("benchmarks", {}))
    load_before = _load_average()
    for bench in names:
        print(f"[bench] {bench}: {BENCHMARKS[bench][0]}", file=sys.stderr, flush=True)
        results[bench] = run_one(bench, args.quick, args.runs)
        print(
            f"[bench] {bench}: {results[bench]['status']} ({results[bench]['seconds']} s)", file=sys.stderr, flush=True
        )

    report = {
        "schema": SCHEMA,
        "name": name,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": desc,
        "settings": {"model_threads": 1, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"), "runs": args.runs},
        # other work on the machine inflates timings (the p95 most): the 1-minute load average around the run
        "load_average": {"before": load_before, "after": _load_average()},
        "benchmarks": {k: results[k] for k in BENCHMARKS if k in results},
    }
    report["budgets"] = budgets(report["benchmarks"])
    args.out.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"[bench] wrote {path}", file=sys.stderr)
    if not args.no_plots:
        from benchmarks.plot import plot_report

        for png in [*plot_report(report, args.out / name), *own_plots(report, args.out / name)]:
            print(f"[bench] wrote {png}", file=sys.stderr)
    for b in report["budgets"]:
        verdict = "n/a " if b["pass"] is None else ("PASS" if b["pass"] else "FAIL")
        shown = b["measured"] if b["measured"] is not None else b.get("why", "")
        print(
            f"[budget] {verdict} {b['name']} {b.get('metric', '')}: {shown} (budget {b['budget']} {b['unit']})",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
