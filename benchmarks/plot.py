"""PNG figures from a benchmark JSON: bars are medians, whiskers reach the p95, dashed red lines are budgets.

python -m benchmarks.plot benchmarks/results/NAME.json     # re-plot a saved result
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

PASS, FAIL, PLAIN, FP32 = "#2e7d32", "#c62828", "#1565c0", "#90a4ae"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _fmt(x: float) -> str:
    return f"{x:.0f}" if abs(x) >= 100 else f"{x:.3g}"


def bars(
    ax,
    rows: list[tuple[str, dict[str, Any]]],
    unit: str,
    *,
    budget: float | None = None,
    colors: list[str] | None = None,
    budget_label: str = "budget",
) -> None:
    """Horizontal bars: median (or value), whisker to p95, numbers printed at the bar end."""
    labels = [label for label, _ in rows]
    mids = [float(m["median"] if "median" in m else m["value"]) for _, m in rows]
    p95s = [float(m.get("p95", mid)) for (_, m), mid in zip(rows, mids)]
    if colors is None:
        colors = [(PASS if p <= budget else FAIL) if budget is not None else PLAIN for p in p95s]
    y = range(len(rows))
    ax.barh(
        y,
        mids,
        color=colors,
        xerr=[[0] * len(mids), [p - m for m, p in zip(mids, p95s)]],
        capsize=4,
        error_kw={"elinewidth": 1.2},
    )
    ax.set_yticks(list(y), labels)
    ax.invert_yaxis()
    ax.set_xlabel(unit)
    top = max(p95s + ([budget] if budget else []))
    for i, (m, p) in enumerate(zip(mids, p95s)):
        text = _fmt(m) if m == p else f"{_fmt(m)} (p95 {_fmt(p)})"
        ax.text(p + top * 0.01, i, text, va="center", fontsize=8)
    if budget is not None:
        ax.axvline(budget, color=FAIL, linestyle="--", linewidth=1.2)
        ax.text(budget, -0.6, f" {budget_label} {budget:g}", color=FAIL, fontsize=8, va="bottom")
    ax.set_xlim(0, top * 1.35)
    ax.grid(axis="x", alpha=0.3)


def _metrics(report: dict[str, Any], bench: str) -> dict[str, Any]:
    result = report["benchmarks"].get(bench, {})
    return result.get("metrics", {}) if result.get("status") == "ok" else {}


def _figure(plt, title: str, report: dict[str, Any], panels: int = 1, height: float = 3.2, spread: bool = True):
    fig, axes = plt.subplots(panels, 1, figsize=(9, height * panels), squeeze=False)
    m = report["machine"]
    where = f"{report['name']}: {m['cpu']}, {m['cores']} cores"
    notes = ([f"EMULATED ({m['emulation']}), not device timings"] if m.get("emulation") else []) + (
        ["bar = median, whisker = p95"] if spread else []
    )
    fig.suptitle("\n".join([title, where] + (["; ".join(notes)] if notes else [])), fontsize=10)
    return fig, [ax for row in axes for ax in row]


def plot_report(report: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write one PNG per available benchmark (plus the budget summary) into `out_dir`; returns their paths."""
    plt = _pyplot()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(fig, name: str) -> None:
        fig.tight_layout()
        path = out_dir / f"{name}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)

    budget_for = {(b["benchmark"], b.get("metric")): b["budget"] for b in report.get("budgets", [])}

    if report.get("budgets"):
        rows = [b for b in report["budgets"] if b["measured"] is not None and b["pass"] is not None]
        if rows:
            fig, (ax,) = _figure(
                plt, "Budgets: measured / budget (<= 1 passes)", report, height=0.55 * len(rows) + 1.6, spread=False
            )
            data = [
                (
                    f"{b['benchmark']}.{b['metric']} ({b['statistic']})\n{_fmt(b['measured'])} of {b['budget']:g} "
                    f"{b['unit']}",
                    {"value": b["measured"] / b["budget"]},
                )
                for b in rows
            ]
            bars(ax, data, "measured / budget", budget=1.0, budget_label="limit")
            save(fig, "budgets")

    cold = _metrics(report, "cold_start")
    if cold:
        rows = [(k, v) for k, v in cold.items() if not k.startswith("load_only_")]
        fig, (ax,) = _figure(
            plt, "Cold start: fresh process to first request ready (1 thread)", report, height=0.45 * len(rows) + 1.6
        )
        colors = [
            (PASS if v["p95"] <= budget_for.get(("cold_start", k), 1e9) else FAIL)
            if k.startswith("pipeline_")
            else PLAIN
            for k, v in rows
        ]
        bars(ax, rows, "seconds", budget=3.0, colors=colors)
        save(fig, "cold_start")

    asr = _metrics(report, "asr")
    if asr:
        langs = {k: v.get("language", "?") for k, v in report["benchmarks"]["asr"].get("engines", {}).items()}
        label = lambda key: f"{key.rsplit('_', 1)[1]} ({langs.get(key.rsplit('_', 1)[1], '?')} speech)"  # noqa: E731
        fig, (a1, a2) = _figure(plt, "ASR on ~5 s of espeak-ng speech (1 thread)", report, panels=2, height=2.4)
        bars(
            a1,
            [(label(k), v) for k, v in asr.items() if k.startswith("rtf_")],
            "real-time factor (< 1 keeps up)",
            budget=1.0,
            budget_label="real time",
        )
        bars(
            a2,
            [(label(k), v) for k, v in asr.items() if k.startswith("final_latency_")],
            "end of audio -> final transcript (ms)",
        )
        save(fig, "asr")

    enc, cls = _metrics(report, "encoder"), _metrics(report, "classifier")
    if enc or cls:
        merged = {**enc, **cls}
        measures = dict.fromkeys(k.rsplit("_", 1)[0] for k in merged)  # first-seen order; int8 beside its fp32
        both = {k: merged[k] for m in measures for k in (f"{m}_int8", f"{m}_fp32") if k in merged}
        rows = [(k.replace("_", " "), v) for k, v in both.items()]
        fig, (ax,) = _figure(
            plt, "Per utterance, int8 (shipped) vs fp32, 1 thread", report, height=0.45 * len(rows) + 1.6
        )
        colors = []
        judge = cls and not report["machine"].get("emulation")  # emulated timings are not held to device budgets
        for k, v in both.items():
            if k == "gate_and_classify_int8" and judge:
                colors.append(PASS if v["p95"] <= 10.0 else FAIL)
            else:
                colors.append(FP32 if k.endswith("fp32") else PLAIN)
        bars(
            ax,
            rows,
            "ms per utterance" + (" (budget: gate + classify int8, p95)" if judge else ""),
            budget=10.0 if judge else None,
            colors=colors,
        )
        save(fig, "classifier")

    pipe = _metrics(report, "pipeline")
    if pipe:
        langs = {k: e.get("language", "?") for k, e in report["benchmarks"]["pipeline"].get("engines", {}).items()}
        rows = [
            (k.replace("verdict_after_", "after ").replace("_", " ") + f" ({langs.get(k.rsplit('_', 1)[1], '?')})", v)
            for k, v in pipe.items()
        ]
        colors = [
            (PASS if v["p95"] <= 300 else FAIL) if k.startswith("verdict_after_eos_") else PLAIN
            for k, v in pipe.items()
        ]
        fig, (ax,) = _figure(
            plt,
            "End of speech -> topic verdict, 5 s utterance (eos = segmenter's decision)",
            report,
            height=0.5 * len(rows) + 1.6,
        )
        bars(ax, rows, "ms", budget=300.0, colors=colors)
        save(fig, "pipeline")

    mem = _metrics(report, "memory")
    if mem:
        fig, (ax,) = _figure(
            plt,
            "Whole pipeline peak RSS (one utterance through every stage)",
            report,
            height=0.5 * len(mem) + 1.6,
            spread=False,
        )
        bars(ax, [(k.replace("_", " "), v) for k, v in mem.items()], "MB", budget=400.0)
        save(fig, "memory")

    vad, bridge = _metrics(report, "vad"), _metrics(report, "bridge")
    if vad or bridge:
        fig, axes = _figure(plt, "Audio front end", report, panels=int(bool(vad)) + int(bool(bridge)), height=2.3)
        if vad:
            bars(axes[0], [("VAD segmenter", v) for v in vad.values()], "ms per second of audio")
        if bridge:
            bars(
                axes[-1],
                [
                    (k.replace("decode_", "bridge decode ").replace("_x_realtime", ""), v)
                    for k, v in bridge.items()
                    if k.endswith("x_realtime")
                ],
                "x real time",
            )
        save(fig, "audio")

    sizes = _metrics(report, "sizes")
    if sizes:
        fig, (ax,) = _figure(plt, "Model sizes on disk", report, height=0.4 * len(sizes) + 1.6, spread=False)
        bars(ax, list(sizes.items()), "MB")
        save(fig, "sizes")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Plot a benchmark result JSON.")
    parser.add_argument("json", type=Path)
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default: next to the JSON, named like it)")
    args = parser.parse_args(argv)
    report = json.loads(args.json.read_text())
    for path in plot_report(report, args.out or args.json.with_suffix("")):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
