"""The benchmark harness: a quick run writes a valid JSON report and readable plots; budgets judge correctly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.run import budgets
from benchmarks.stats import percentile, summary

REPO = Path(__file__).resolve().parent.parent


def test_percentile_interpolates_and_summary_reports_median_and_p95():
    values = list(range(1, 101))  # 1..100
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 95) == pytest.approx(95.05)
    s = summary([3.0, 1.0, 2.0], "ms")
    assert (s["median"], s["min"], s["max"], s["n"], s["unit"]) == (2.0, 1.0, 3.0, 3, "ms")


def test_budgets_pass_fail_and_say_why_when_unmeasured():
    benches = {
        "classifier": {"status": "ok", "metrics": {"gate_and_classify_int8": {"median": 4.0, "p95": 12.5}}},
        "memory": {
            "status": "ok",
            "metrics": {"peak_rss_vosk": {"value": 380.0}, "peak_rss_whisper": {"value": 420.0}},
        },
        "pipeline": {
            "status": "ok",
            "metrics": {
                "verdict_after_eos_whisper": {"median": 250.0, "p95": 310.0},
                "verdict_after_last_word_whisper": {"median": 600.0, "p95": 700.0},
            },
        },
        "cold_start": {"status": "unavailable: edge.privacy missing"},
    }
    verdicts = {(b["benchmark"], b.get("metric")): b for b in budgets(benches)}
    assert verdicts[("classifier", "gate_and_classify_int8")]["pass"] is False  # p95 counts, not the median
    assert verdicts[("memory", "peak_rss_vosk")]["pass"] is True
    assert verdicts[("memory", "peak_rss_whisper")]["pass"] is False
    assert verdicts[("pipeline", "verdict_after_eos_whisper")]["pass"] is False
    assert ("pipeline", "verdict_after_last_word_whisper") not in verdicts  # reported, not budgeted
    assert verdicts[("cold_start", None)]["pass"] is None
    assert verdicts[("cold_start", None)]["why"] == "unavailable: edge.privacy missing"


def test_quick_run_writes_json_and_plots(tmp_path: Path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--quick",
            "--only",
            "encoder,vad,bridge,sizes",
            "--out",
            str(tmp_path),
            "--name",
            "smoke",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads((tmp_path / "smoke.json").read_text())
    assert report["quick"] is True
    assert {"cpu", "cores", "ram_gib", "os", "python", "packages"} <= report["machine"].keys()
    assert report["machine"]["packages"]["onnxruntime"]
    assert set(report["benchmarks"]) == {"encoder", "vad", "bridge", "sizes"}
    encode = report["benchmarks"]["encoder"]
    assert encode["status"] == "ok", encode["status"]
    int8 = encode["metrics"]["encode_int8"]
    assert 0 < int8["min"] <= int8["median"] <= int8["p95"] <= int8["max"]
    assert report["benchmarks"]["sizes"]["metrics"]["topics/encoder.int8.onnx"]["value"] > 1  # MB
    for bench in report["benchmarks"].values():
        assert bench["status"] == "ok" or bench["status"].startswith(("unavailable: ", "error: "))
    assert {b["benchmark"] for b in report["budgets"]} >= {"classifier", "pipeline", "memory", "cold_start"}
    pngs = sorted(p.name for p in (tmp_path / "smoke").glob("*.png"))
    assert "classifier.png" in pngs and "sizes.png" in pngs
    assert all((tmp_path / "smoke" / p).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_unknown_benchmark_name_is_a_usage_error(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--only", "nonsense", "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "unknown benchmark(s) nonsense" in proc.stderr
