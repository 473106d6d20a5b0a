"""Interest tokens: the on-device interest profile, the LDP anonymizer, the privacy budget and the token batch."""

from edge.tokens.anonymizer import Anonymizer
from edge.tokens.batch import SCHEMA, BatchError, TokenBatch
from edge.tokens.budget import BudgetExceeded, PrivacyBudget
from edge.tokens.config import TokenConfig
from edge.tokens.domain import TokenDomain
from edge.tokens.ldp import Estimate, estimate, perturb
from edge.tokens.profile import InterestProfile

__all__ = [
    "SCHEMA",
    "Anonymizer",
    "BatchError",
    "BudgetExceeded",
    "Estimate",
    "InterestProfile",
    "PrivacyBudget",
    "TokenBatch",
    "TokenConfig",
    "TokenDomain",
    "estimate",
    "perturb",
]
