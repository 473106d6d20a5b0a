"""The one place edge opens onnxruntime sessions: CPU only, few threads, no busy-waiting, and no telemetry.

onnxruntime's telemetry is switched off before the library is imported (ORT_DISABLE_TELEMETRY, set when `edge`
is imported) and again before the first session, so that it keeps no device id or event store of its own (it
writes them under ~/.cache otherwise, outside EDGE_HOME).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from edge.errors import ModelError

_telemetry_off = False


def runtime() -> Any:
    """The onnxruntime module, imported lazily, with its telemetry disabled."""
    global _telemetry_off
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime as ort

    if not _telemetry_off:
        ort.disable_telemetry_events()
        _telemetry_off = True
    return ort


def session_options(threads: int = 1) -> Any:
    """Options for a small ARM core: `threads` intra-op threads, no spinning, full graph optimisation."""
    ort = runtime()
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    options.log_severity_level = 3
    return options


def open_session(path: Path, threads: int = 1, *, fix: str = "reinstall edge") -> Any:
    """An onnxruntime CPU session for `path`, or a ModelError that says what is wrong and `fix`."""
    ort = runtime()
    if not path.is_file():
        raise ModelError(f"model file not found: {path}; {fix} or point EDGE_MODELS at a models folder")
    try:
        return ort.InferenceSession(str(path), session_options(threads), providers=["CPUExecutionProvider"])
    except Exception as err:  # onnxruntime raises its own untyped Fail/InvalidProtobuf errors
        raise ModelError(f"model file {path} is corrupt or not an ONNX model ({type(err).__name__}); {fix}") from None
