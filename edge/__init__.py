"""edge: an on-device privacy runtime. Speech stays on the device; only anonymized interest tokens leave it."""

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
