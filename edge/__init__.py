"""edge: an on-device privacy runtime. Speech stays on the device; only anonymized interest tokens leave it."""

import os

# onnxruntime keeps a device id and an event store under ~/.cache unless this is set before it is first imported
# (disable_telemetry_events() alone does not stop it); edge keeps nothing outside EDGE_HOME.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

from edge.errors import EdgeError
from edge.pipeline import Pipeline, PipelineConfig, TextAnalyzer, TextResult, UtteranceResult, transcribe

__all__ = [
    "EdgeError",
    "Pipeline",
    "PipelineConfig",
    "TextAnalyzer",
    "TextResult",
    "UtteranceResult",
    "transcribe",
]
__version__ = "0.1.0"
