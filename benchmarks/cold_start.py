"""Cold start: each stage loaded in a fresh Python process (interpreter start + imports + model load).

The page cache stays warm (dropping it needs root and disturbs everyone else on the machine), so this is the
cold *process* start a user sees after the first launch. `process_s` is what the budget is checked against;
the child also reports its own import and load times.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from benchmarks.stats import Unavailable, summary

STAGES = ("vad", "encoder", "classifier", "gate", "vosk", "whisper", "pipeline_vosk", "pipeline_whisper")


def load_stage(stage: str) -> None:
    """Build what `stage` needs to serve its first request (raises Unavailable when it cannot)."""
    from benchmarks import engines

    if stage == "vad":
        import numpy as np

        from edge.audio import Segmenter

        list(Segmenter().process(np.zeros(512, dtype=np.int16)))  # the model session opens on first use
    elif stage == "encoder":
        from edge.topics import TextEncoder

        TextEncoder.load()
    elif stage == "classifier":
        from edge.topics.classifier import TopicClassifier

        TopicClassifier.load()
    elif stage == "gate":
        from edge.privacy import PrivacyGate
        from edge.topics.classifier import TopicClassifier

        PrivacyGate.load(classifier=TopicClassifier.load())
    elif stage in ("vosk", "whisper"):
        engines.load(engines.find(stage))
    elif stage.startswith("pipeline_"):
        import numpy as np

        from edge.audio import Segmenter
        from edge.pipeline import Pipeline, PipelineConfig

        engine = engines.find(stage.split("_", 1)[1])
        Pipeline(PipelineConfig(engine=engine.name), recognizer=engines.load(engine))
        list(Segmenter().process(np.zeros(512, dtype=np.int16)))
    else:
        raise ValueError(stage)


def child(stage: str) -> None:
    started = time.perf_counter()
    try:
        import edge  # noqa: F401  (the package itself, counted as import time)

        imported = time.perf_counter()
        load_stage(stage)
        out: dict[str, Any] = {"import_s": imported - started, "load_s": time.perf_counter() - imported}
    except Unavailable as err:
        out = {"unavailable": str(err)}
    except ImportError as err:
        out = {"unavailable": f"not importable ({err})"}
    except Exception as err:  # noqa: BLE001  reported to the parent, which records it
        out = {"error": f"{type(err).__name__}: {err}"}
    print(json.dumps(out), flush=True)


def spawn(stage: str) -> tuple[float, dict[str, Any]]:
    """Wall seconds from spawning the process to its ready line, and what the child reported."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.cold_start", stage],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None  # stdout=PIPE
    line = proc.stdout.readline()
    took = time.perf_counter() - start
    proc.wait()
    return took, json.loads(line) if line.strip() else {"error": f"child exited with {proc.returncode}"}


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    repeats = runs or (1 if quick else 3)
    metrics: dict[str, Any] = {}
    notes: list[str] = []
    for stage in STAGES:
        wall, load = [], []
        for _ in range(repeats):
            took, report = spawn(stage)
            if "load_s" not in report:
                notes.append(
                    f"{stage}: {report.get('unavailable') and 'unavailable: ' + report['unavailable'] or report.get('error')}"
                )
                break
            wall.append(took)
            load.append(report["load_s"])
        if wall:
            metrics[stage] = summary(wall, "s")
            metrics[f"load_only_{stage}"] = summary(load, "s")
    if not metrics:
        raise Unavailable("; ".join(notes))
    return {"metrics": metrics, "notes": notes, "stages": list(STAGES)}


if __name__ == "__main__":
    child(sys.argv[1])
