"""PII detection and redaction: recognizers per family behind a registry, and redaction of every text field.

`redact_pii("call me on 555-212-4367")` gives `("call me on [PHONE]", (PiiSpan("phone", 11, 18, 11, 23),))`.
"""

from edge.privacy.pii.fields import redact_fields, redact_words
from edge.privacy.pii.recognizers import DEFAULT_RECOGNIZERS, default_registry
from edge.privacy.pii.redact import TOKENS, find_pii, redact_caption, redact_pii
from edge.privacy.pii.registry import Finding, Recognizer, RecognizerRegistry

__all__ = [
    "DEFAULT_RECOGNIZERS",
    "TOKENS",
    "Finding",
    "Recognizer",
    "RecognizerRegistry",
    "default_registry",
    "find_pii",
    "redact_caption",
    "redact_fields",
    "redact_pii",
    "redact_words",
]
