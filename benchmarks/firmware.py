"""The glasses' encoder on a Cortex-M4: flash, RAM, worst-case stack, instructions and cycles per 20 ms of audio.

    python -m benchmarks.firmware            # both builds (-Os shipped, -O2 compared), all signals (~1 min)
    python -m benchmarks.firmware --quick    # 2 s of each signal

Writes `benchmarks/results/firmware-cortex-m4.json` and `.../firmware-cortex-m4/firmware.png`.

- Sizes: `arm-none-eabi-size` per object and for the linked firmware; the libc routines the library calls are sized
  with `nm` in the linked firmware.
- Stack: GCC's -fstack-usage frames summed along the -fcallgraph-info call graph (`firmware_bridge.mcu.stack`).
- Instructions: qemu icount mode (one instruction = 2**7 ns of virtual time) read through the board's 25 MHz
  FPGAIO counter around every `eb_write_audio` call, over real and synthetic speech: exact, and independent of the
  host's load.
- Cycles: qemu models none, so the executed instruction mix of a traced run is priced with the Cortex-M4 TRM's
  cycle counts, low and high (`firmware_bridge.mcu.cycles`); the load figure is instructions x the high CPI.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import wave
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import machine
from benchmarks.stats import Unavailable, summary, value
from firmware_bridge import mcu
from firmware_bridge.mcu import cycles, stack

RESULTS = Path(__file__).resolve().parent / "results"
NAME = "firmware-cortex-m4"
LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
OPTS = ("Os", "O2")  # Os ships; O2 for comparison
RATE = 16_000
FRAME_S = 0.020  # the budget's unit of work: 20 ms of 16 kHz audio
CODECS = {"adpcm": (1, 320), "pcm16": (0, 80)}  # (codec, samples per frame): PROTOCOL.md's defaults
CLOCKS_MHZ = (64, 128)
TRACE_S = 0.1  # audio replayed through the execution trace for the cycle model
LIBRARY = "edge_bridge.o"
STATE_SYMBOLS = {"encoder": "eb_encoder", "frame": "frame buffer (one BLE notification)", "parser": "eb_parser"}
BUDGETS = (  # (metric, budget, unit, what), judged on the shipped -Os build
    ("flash_encoder_Os", 8192, "B", "encoder flash (library + the libc routines it calls)"),
    ("ram_and_stack_encoder_Os", 2048, "B", "encoder RAM + worst-case stack (state, buffers, deepest call)"),
    ("cpu_load_64mhz_adpcm_Os", 5.0, "%", "CPU load of 16 kHz ADPCM on a 64 MHz Cortex-M4 (worst 20 ms, high CPI)"),
)


def _tool(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def berkeley_sizes(paths: list[Path]) -> dict[str, dict[str, int]]:
    """`arm-none-eabi-size` per file: text (code + constants, in flash), data (flash and RAM), bss (RAM)."""
    out = {}
    for line in _tool("arm-none-eabi-size", *map(str, paths)).splitlines()[1:]:
        text, data, bss, _, _, filename = line.split(maxsplit=5)
        out[Path(filename).name] = {"text": int(text), "data": int(data), "bss": int(bss)}
    return out


def symbol_sizes(elf: Path) -> dict[str, int]:
    """Sizes of the sized symbols of the linked firmware (functions and static variables alike)."""
    sizes = {}
    for line in _tool("arm-none-eabi-nm", "-S", "--defined-only", str(elf)).splitlines():
        parts = line.split()
        if len(parts) == 4:
            sizes[parts[3]] = int(parts[1], 16)
    return sizes


def library_sections(obj: Path) -> dict[str, int]:
    """Flash per function and table of the library (-ffunction-sections gives each its own section)."""
    out = {}
    for line in _tool("arm-none-eabi-size", "-A", str(obj)).splitlines():
        match = re.match(r"\.(text|rodata)\.(\S+)\s+(\d+)", line)
        if match and int(match.group(3)):
            out[match.group(2)] = int(match.group(3))
    return out


def signals(quick: bool) -> dict[str, np.ndarray]:
    """Synthetic and real speech, plus full-scale white noise (the codec's busiest input)."""
    from benchmarks.vad import sample_audio

    limit = 2 * RATE if quick else None
    out = {"espeak-ng conversation (models/samples)": sample_audio()[:limit]}
    recordings = sorted(LIBRIVOX.glob("*.wav"))
    if recordings:
        parts = []
        for path in recordings:
            with wave.open(str(path)) as wav:
                parts.append(np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2"))
        out["LibriVox recordings (pocketsphinx-testdata)"] = np.concatenate(parts)[:limit]
    out["full-scale white noise"] = np.random.default_rng(16).integers(-32768, 32768, 2 * RATE, dtype=np.int16)
    whole = round(FRAME_S * RATE)
    return {name: pcm[: len(pcm) // whole * whole] for name, pcm in out.items()}  # whole 20 ms frames only


def profile_line(pcm: np.ndarray, codec: int, spf: int) -> str:
    return f"profile {codec} {spf} {len(pcm)} " + " ".join(map(str, pcm.tolist()))


def instructions_per_frame(firmware: mcu.Firmware, pcm: np.ndarray, codec: int, spf: int) -> list[int]:
    """Instructions of every eb_write_audio call (plus ~9 of call and counter read) encoding `pcm`."""
    ticks = mcu.run(firmware, [profile_line(pcm, codec, spf)], count_instructions=True, timeout=600)[0].split()
    return [mcu.instructions(int(t)) for t in ticks]


def per_20ms(counts: list[int], spf: int) -> list[int]:
    """Instructions per 20 ms of audio: frames summed in groups of 20 ms (whole groups only)."""
    group = round(FRAME_S * RATE / spf)
    return [sum(counts[i : i + group]) for i in range(0, len(counts) - group + 1, group)]


def cycle_model(firmware: mcu.Firmware, pcm: np.ndarray, codec: int, spf: int) -> dict[str, Any]:
    """Price the executed instruction mix of `pcm`'s audio frames; cross-check its count against icount's."""
    functions = stack.reachable(stack.library_graph(firmware.build_dir), "eb_write_audio")
    with tempfile.TemporaryDirectory(prefix="edge-trace-") as tmp:
        log = Path(tmp) / "trace.log"
        mcu.run(firmware, [profile_line(pcm, codec, spf)], trace=log, timeout=600)
        model = cycles.estimate(log, firmware.elf, functions)
    counted = instructions_per_frame(firmware, pcm, codec, spf)
    return {
        "audio_s": len(pcm) / RATE,
        "instructions_traced": model.instructions,
        "instructions_icount": sum(counted),
        "icount_minus_trace_per_frame": (sum(counted) - model.instructions) / len(counted),
        "cycles_low": model.cycles_low,
        "cycles_high": model.cycles_high,
        "cpi_low": round(model.cpi_low, 4),
        "cpi_high": round(model.cpi_high, 4),
        "mix": dict(model.mix.most_common()),
        "instructions_by_function": dict(model.by_function.most_common()),
    }


def load_percent(instructions: float, cpi: float, mhz: int) -> float:
    return round(100.0 * instructions * cpi / (mhz * 1e6 * FRAME_S), 3)


def measure_build(opt: str, audio: dict[str, np.ndarray]) -> dict[str, Any]:
    firmware = mcu.build(f"-{opt}")
    objects = berkeley_sizes(firmware.objects() + [firmware.elf])
    symbols = symbol_sizes(firmware.elf)
    lib = objects[LIBRARY]
    libc = sorted(_tool("arm-none-eabi-nm", "-u", str(firmware.library_object)).split()[1::2])
    libc_bytes = {name: symbols[name] for name in libc}
    bounds = stack.library_bounds(firmware.build_dir, firmware.elf)
    deepest = max(bounds.values(), key=lambda b: b.bytes)
    ram = {"library .data + .bss": lib["data"] + lib["bss"]}
    ram |= {STATE_SYMBOLS[s]: symbols[s] for s in STATE_SYMBOLS}
    ram["PCM buffer, one 20 ms frame (320 x int16)"] = round(FRAME_S * RATE) * 2
    ram[f"worst-case stack ({deepest.entry})"] = deepest.bytes
    speech = next(iter(audio.values()))
    traced = speech[len(speech) // 3 :][: round(TRACE_S * RATE)]  # inside the conversation, not its lead-in
    per_codec: dict[str, Any] = {}
    for codec_name, (codec, spf) in CODECS.items():
        counts = {name: per_20ms(instructions_per_frame(firmware, pcm, codec, spf), spf) for name, pcm in audio.items()}
        per_codec[codec_name] = {
            "instructions_per_20ms": summary([c for per_signal in counts.values() for c in per_signal], "instructions"),
            "instructions_per_20ms_by_signal": {name: summary(c, "instructions") for name, c in counts.items()},
            "cycle_model": cycle_model(firmware, traced, codec, spf),
        }
    calibration = mcu.run(firmware, ["calibrate 1000", "calibrate 2000"], count_instructions=True)
    return {
        "flags": f"-mcpu=cortex-m4 -mthumb -{opt} -std=c99 -ffunction-sections -fdata-sections, --gc-sections",
        "objects": objects,
        "library_sections": library_sections(firmware.library_object),
        "libc_routines": libc_bytes,
        "flash_encoder": lib["text"] + lib["data"] + sum(libc_bytes.values()),
        "ram": ram,
        "ram_and_stack": sum(ram.values()),
        "stack": {name: {"bytes": b.bytes, "path": [list(p) for p in b.path]} for name, b in bounds.items()},
        "codecs": per_codec,
        "calibration_loops_of_2000_and_4000": [mcu.instructions(int(t)) for t in calibration],
    }


def dwt_check() -> dict[str, Any]:
    """Does the emulated core count cycles in DWT_CYCCNT? (qemu 7.2: no, the DWT reads as zero)."""
    out = mcu.run(mcu.build("-Os"), ["dwt"])[0]
    fields = dict(item.split("=") for item in out.split())
    return {"runner_says": out, "cyccnt_counts": int(fields["after"]) != int(fields["before"])}


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    """The figures as a benchmark result (`metrics` shaped like benchmarks.stats). `runs` is accepted for the
    harness and ignored: instruction counts are exact, one pass gives them."""
    reason = mcu.missing_tools()
    if reason:
        raise Unavailable(reason)
    audio = signals(quick)
    builds = {opt: measure_build(opt, audio) for opt in OPTS}
    metrics: dict[str, Any] = {}
    for opt, b in builds.items():
        metrics[f"flash_encoder_{opt}"] = value(b["flash_encoder"], "B")
        metrics[f"ram_and_stack_encoder_{opt}"] = value(b["ram_and_stack"], "B")
        metrics[f"stack_worst_{opt}"] = value(max(s["bytes"] for s in b["stack"].values()), "B")
        for codec, result in b["codecs"].items():
            worst = result["instructions_per_20ms"]["max"]
            metrics[f"instructions_per_20ms_{codec}_{opt}"] = result["instructions_per_20ms"]
            model = result["cycle_model"]
            for mhz in CLOCKS_MHZ:
                low, high = (load_percent(worst, model[f"cpi_{k}"], mhz) for k in ("low", "high"))
                metrics[f"cpu_load_{mhz}mhz_{codec}_{opt}"] = {"unit": "%", "value": high, "low": low, "high": high}
    return {
        "metrics": metrics,
        "builds": builds,
        "signals_s": {name: round(len(pcm) / RATE, 2) for name, pcm in audio.items()},
        "dwt": dwt_check(),
        "method": {
            "instructions": "qemu -icount shift=7 (128 ns of virtual time per instruction) read through the mps2 "
            "FPGAIO COUNTER (25 MHz) around each eb_write_audio call; checked on loops of exactly 2N instructions "
            "and against the execution trace's count (icount_minus_trace_per_frame = the call and counter read)",
            "cycles": "executed instruction mix from qemu -d in_asm,exec,nochain priced with the Cortex-M4 TRM "
            "(ARM DDI 0439 table 3-1): low = taken branch 2, pipelined loads/stores, IT folded; high = taken "
            "branch 4, loads/stores 2, IT 1; zero-wait-state memory (flash wait states without a cache add more)",
            "load": "worst 20 ms of all signals x CPI / (clock x 20 ms); `value` uses the high CPI",
            "stack": "sum of -fstack-usage frames along the deepest -fcallgraph-info path (tail calls counted as "
            "nested: an upper bound); newlib leaves from their disassembly; checked against painted-stack use",
            "ram": "caller-held state (eb_encoder, one output frame, the downlink parser), one 20 ms PCM buffer and "
            "the deepest call; the library itself has no .data or .bss",
        },
        "toolchain": {
            "gcc": _tool("arm-none-eabi-gcc", "--version").splitlines()[0],
            "qemu": _tool("qemu-system-arm", "--version").splitlines()[0],
            "board": "qemu mps2-an386 (Cortex-M4), semihosting; linked for 512 KB flash / 64 KB RAM",
        },
    }


def budgets(metrics: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for metric, limit, unit, what in BUDGETS:
        measured = metrics[metric]["value"]
        out.append({"name": what, "benchmark": "firmware", "metric": metric, "budget": limit, "unit": unit,
                    "statistic": "value", "measured": measured, "pass": measured <= limit})  # fmt: skip
    return out


def _load_bars(ax, rows: list[tuple[str, float, float]], colors: list[str], budget: float) -> None:
    """Bars from the low to the high CPI estimate (light part = the spread), budget line dashed."""
    from benchmarks.plot import FAIL

    y = list(range(len(rows)))
    lows, highs = [r[1] for r in rows], [r[2] for r in rows]
    ax.barh(y, highs, color=colors, alpha=0.35)
    ax.barh(y, lows, color=colors)
    for i, (low, high) in enumerate(zip(lows, highs)):
        ax.text(high + 0.05, i, f"{low:.2f} to {high:.2f}", va="center", fontsize=8)
    ax.set_yticks(y, [r[0] for r in rows])
    ax.invert_yaxis()
    ax.axvline(budget, color=FAIL, linestyle="--", linewidth=1.2)
    ax.text(budget, -0.6, f" budget {budget:g}", color=FAIL, fontsize=8, va="bottom")
    ax.set_xlim(0, max(highs + [budget]) * 1.3)
    ax.set_xlabel("CPU load %, worst 20 ms of audio, low to high CPI; budget: ADPCM at 64 MHz")
    ax.grid(axis="x", alpha=0.3)


def plot(report: dict[str, Any], out_dir: Path) -> Path:
    """One figure: flash per object, RAM + stack parts, stack per entry point, CPU load against the budgets."""
    from benchmarks.plot import FP32, PASS, PLAIN, _pyplot, bars

    plt = _pyplot()
    result = report["benchmarks"]["firmware"]
    builds, metrics = result["builds"], result["metrics"]
    shade = lambda opt: PLAIN if opt == "Os" else FP32  # noqa: E731
    fig, axes = plt.subplots(4, 1, figsize=(9, 14), gridspec_kw={"height_ratios": [1.3, 0.8, 1.0, 1.0]})
    fig.suptitle(
        "Glasses encoder on a Cortex-M4 (qemu mps2-an386): -Os shipped (blue), -O2 compared (grey), green = budgeted\n"
        f"{result['toolchain']['gcc']}; instructions exact (qemu icount), cycles priced from the TRM",
        fontsize=10,
    )
    rows, colors = [], []
    for opt in OPTS:
        rows.append((f"encoder + libc routines -{opt}", {"value": builds[opt]["flash_encoder"]}))
        colors.append(PASS if opt == "Os" else FP32)
    for name in (LIBRARY, "runner.o", "semihost.o", "startup.o", "runner.elf"):
        for opt in OPTS:
            size = builds[opt]["objects"][name]
            rows.append((f"{name} -{opt}", {"value": size["text"] + size["data"]}))
            colors.append(shade(opt))
    bars(axes[0], rows, "flash bytes (text + data); budget: encoder + libc routines", budget=8192, colors=colors)
    ram = builds["Os"]["ram"]
    rows = [(k, {"value": v}) for k, v in ram.items()] + [("total", {"value": builds["Os"]["ram_and_stack"]})]
    bars(axes[1], rows, "RAM bytes, -Os (budget: total)", budget=2048, colors=[PLAIN] * len(ram) + [PASS])
    entries = sorted(builds["Os"]["stack"], key=lambda n: -builds["Os"]["stack"][n]["bytes"])[:6]
    rows = [(f"{n} -{opt}", {"value": builds[opt]["stack"][n]["bytes"]}) for n in entries for opt in OPTS]
    bars(axes[2], rows, "worst-case stack bytes, the six deepest entry points", colors=[shade(r[0][-2:]) for r in rows])
    loads: list[tuple[str, float, float]] = []
    colors = []
    for codec in CODECS:
        for mhz in CLOCKS_MHZ:
            for opt in OPTS:
                load = metrics[f"cpu_load_{mhz}mhz_{codec}_{opt}"]
                loads.append((f"{codec} {mhz} MHz -{opt}", load["low"], load["high"]))
                colors.append(PASS if (codec, mhz, opt) == ("adpcm", 64, "Os") else shade(opt))
    _load_bars(axes[3], loads, colors, budget=5.0)
    fig.tight_layout()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "firmware.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit and speed of the glasses encoder on an emulated Cortex-M4.")
    parser.add_argument("--quick", action="store_true", help="2 s of each signal")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder (default benchmarks/results)")
    parser.add_argument("--no-plots", action="store_true", help="write the JSON only (no matplotlib needed)")
    args = parser.parse_args(argv)
    try:
        result = {"status": "ok", **run(args.quick)}
    except Unavailable as err:
        print(f"[firmware] unavailable: {err}", file=sys.stderr)
        return 1
    report = {
        "schema": 1,
        "name": NAME,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine.describe(),
        "benchmarks": {"firmware": result},
    }
    report["budgets"] = budgets(result["metrics"])
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{NAME}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"[firmware] wrote {path}", file=sys.stderr)
    if not args.no_plots:
        print(f"[firmware] wrote {plot(report, args.out / NAME)}", file=sys.stderr)
    for b in report["budgets"]:
        verdict = "PASS" if b["pass"] else "FAIL"
        print(f"[budget] {verdict} {b['name']}: {b['measured']} (budget {b['budget']} {b['unit']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
