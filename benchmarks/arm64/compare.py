"""Merge an emulated arm64 benchmark result with the same benchmark run natively: emulated/native ratios.

    python -m benchmarks.arm64.compare EMULATED.json NATIVE.json --out benchmarks/results/arm64-qemu-cortex-a72.json

Emulated timings are not device timings (qemu translates every instruction; a real Cortex-A72 is a different
machine again). The ratio tells how much slower the emulation was on this host, for orientation only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

NOTE = (
    "Timings under qemu-user emulation are NOT Raspberry Pi timings: they show that the arm64 build runs and "
    "give an upper bound; 'emulated_over_native' compares with the same benchmark run natively on the host "
    "right after. Run `python -m benchmarks.run` on the device for real figures."
)


def ratios(emulated: dict[str, Any], native: dict[str, Any]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for bench, result in emulated.get("benchmarks", {}).items():
        ref = native.get("benchmarks", {}).get(bench, {}).get("metrics", {})
        for key, metric in result.get("metrics", {}).items():
            if key in ref and "median" in metric and ref[key].get("median"):
                out[f"{bench}.{key}"] = {
                    "median": round(metric["median"] / ref[key]["median"], 1),
                    "p95": round(metric["p95"] / ref[key]["p95"], 1),
                }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("emulated", type=Path)
    parser.add_argument("native", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    emulated, native = json.loads(args.emulated.read_text()), json.loads(args.native.read_text())
    emulated["note"] = NOTE
    emulated["native_reference"] = {"machine": native["machine"], "benchmarks": native["benchmarks"]}
    emulated["emulated_over_native"] = ratios(emulated, native)
    for budget in emulated.get(
        "budgets", []
    ):  # budgets are for devices; an emulated figure neither meets nor fails them
        if budget.get("measured") is not None:
            budget["pass"], budget["why"] = None, "emulated: not a device timing"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(emulated, indent=2, ensure_ascii=False) + "\n")
    for key, r in emulated["emulated_over_native"].items():
        print(f"[arm64] {key}: emulated/native = {r['median']}x median, {r['p95']}x p95")
    print(f"[arm64] wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
