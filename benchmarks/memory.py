"""Peak RSS of the whole pipeline (every model loaded, one utterance run through it), in a fresh process.

The child reports its resident-set high-water mark, so short peaks count too: `VmHWM` from /proc/self/status
(not `ru_maxrss`, which Linux carries over from the parent across fork + exec, so a child of a big parent
would report the parent's size).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks import engines, speech
from benchmarks.stats import Unavailable, value


def rss_mb() -> float:
    """Peak resident set of this process so far, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux, bytes on macOS (approximate)


def child(name: str) -> None:
    try:
        from benchmarks.pipeline import TimedSource
        from edge.pipeline import Pipeline, PipelineConfig

        engine = engines.find(name)
        baseline = rss_mb()
        pipeline = Pipeline(PipelineConfig(engine=name), recognizer=engines.load(engine))
        loaded = rss_mb()
        audio = speech.with_silence(engine.speech(), 0.5, 1.5)
        events = list(pipeline.run(TimedSource(speech.chunks(audio))))
        out: dict[str, Any] = {
            "python_mb": baseline,
            "after_load_mb": loaded,
            "peak_mb": rss_mb(),
            "events": len(events),
        }
    except Unavailable as err:
        out = {"unavailable": str(err)}
    except ImportError as err:
        out = {"unavailable": f"a pipeline stage is not importable ({err})"}
    print(json.dumps(out), flush=True)


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    metrics: dict[str, Any] = {}
    detail: dict[str, Any] = {}
    notes: list[str] = []
    for name in engines.ENGINES:
        proc = subprocess.run([sys.executable, "-m", "benchmarks.memory", name], capture_output=True, text=True)
        lines = proc.stdout.strip().splitlines()
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"memory child for {name} exited with {proc.returncode}")
        report = json.loads(lines[-1])
        if "unavailable" in report:
            notes.append(f"{name}: unavailable: {report['unavailable']}")
            continue
        metrics[f"peak_rss_{name}"] = value(report["peak_mb"], "MB", digits=1)
        detail[name] = {k: round(v, 1) for k, v in report.items()}
    if not metrics:
        raise Unavailable("; ".join(notes))
    return {"metrics": metrics, "detail": detail, "notes": notes}


if __name__ == "__main__":
    child(sys.argv[1])
