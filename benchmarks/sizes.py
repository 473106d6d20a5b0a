"""Model sizes on disk: what ships in models/ plus the ASR models edge finds on this machine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.classifier import fp32_path
from benchmarks.stats import value


def files(path: Path) -> set[Path]:
    return {path} if path.is_file() else {p for p in path.rglob("*") if p.is_file()}


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in files(path))


def run(quick: bool, runs: int | None = None) -> dict[str, Any]:
    from edge.home import models_dir

    root = models_dir()
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.onnx")):
        found[str(path.relative_to(root))] = path
    for name in (
        "topics/tokenizer.json",
        "topics/topic_ngrams.npy",
        "topics/language.npy",
        "topics/topics.json",
        "taxonomy/iab-3.0-t2.json",
        "privacy",
    ):
        if (root / name).exists():
            found[name] = root / name
    fp32 = fp32_path()
    if fp32:
        found["topics/encoder.fp32.onnx (not shipped)"] = fp32
    try:
        from edge.asr.installed import installed_models

        for model in installed_models():
            found[f"vosk: {model.name}"] = model.path
    except ImportError:
        pass
    try:
        from edge.asr.whisper_engine import whisper_available, whisper_model_path

        if whisper_available():
            found["whisper: tiny.en int8"] = whisper_model_path()
    except ImportError:
        pass
    metrics = {name: value(tree_size(path) / 1e6, "MB", digits=2) for name, path in found.items()}
    shipped_files = set().union(*(files(p) for n, p in found.items() if ":" not in n and "not shipped" not in n))
    shipped = sum(p.stat().st_size for p in shipped_files)  # each file once (folders overlap the .onnx entries)
    metrics["shipped models/ total (without ASR)"] = value(shipped / 1e6, "MB", digits=2)
    budgeted = gate_and_classifier_bytes(root)
    metrics["gate + classifier models (budget 30 MiB = 31.5 MB)"] = value(budgeted / 1e6, "MB", digits=2)
    return {"metrics": metrics}


def gate_and_classifier_bytes(root: Path) -> int:
    """What the 30 MiB model budget counts (tests/test_privacy_gate.py holds it): the model, table and sidecar files
    of topics/, privacy/ and taxonomy/, without training metrics, scripts or the VAD."""
    paths = [p for folder in ("topics", "privacy", "taxonomy") for p in (root / folder).rglob("*")]
    return sum(p.stat().st_size for p in paths if p.suffix in (".onnx", ".npy", ".json") and "metrics" not in p.name)
