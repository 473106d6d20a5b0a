"""Interest tokens, the device side: profile, parameters, anonymizer, sealed uploads, outbox, sent ledger, accounting."""

from edge.tokens.anonymizer import Anonymizer
from edge.tokens.domain import TokenDomain
from edge.tokens.ldp import Estimate, estimate, perturb
from edge.tokens.ledger import AlreadyReported, SentLedger
from edge.tokens.outbox import Outbox
from edge.tokens.params import Parameters, UnsafeParameters, default_parameters
from edge.tokens.profile import InterestProfile
from edge.tokens.seal import seal_due_epochs
from edge.tokens.upload import Upload, UploadError

__all__ = [
    "AlreadyReported",
    "Anonymizer",
    "Estimate",
    "InterestProfile",
    "Outbox",
    "Parameters",
    "SentLedger",
    "TokenDomain",
    "UnsafeParameters",
    "Upload",
    "UploadError",
    "default_parameters",
    "estimate",
    "perturb",
    "seal_due_epochs",
]
