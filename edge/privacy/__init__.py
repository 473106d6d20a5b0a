"""Privacy: PII redaction and the fail-closed sensitive-content gate that runs before the topic model."""

from edge.privacy.gate import PrivacyGate
from edge.privacy.lexicon import CATEGORIES, Lexicon
from edge.privacy.pii import TOKENS, find_pii, redact_pii

__all__ = ["CATEGORIES", "TOKENS", "Lexicon", "PrivacyGate", "find_pii", "redact_pii"]
