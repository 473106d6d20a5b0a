"""Find PII in a text and replace each span with its typed token, e.g. "call [PHONE]"."""

from __future__ import annotations

from edge.privacy.pii.fold import fold
from edge.privacy.pii.numbers import mask_digits
from edge.privacy.pii.recognizers import default_registry
from edge.privacy.pii.registry import Finding
from edge.types import PiiSpan

TOKENS = {
    "email": "[EMAIL]",
    "url": "[URL]",
    "ip": "[IP]",
    "iban": "[IBAN]",
    "card": "[CARD]",
    "ssn": "[SSN]",
    "national_id": "[ID]",
    "phone": "[PHONE]",
    "number": "[NUMBER]",
    "dob": "[DOB]",
    "address": "[ADDRESS]",
    "name": "[NAME]",
}
"""PII type -> the token that replaces it in the redacted text."""


def find_pii(text: str) -> tuple[Finding, ...]:
    """All PII spans of `text` (offsets index `text`), sorted and never overlapping. The recognizers read `text`
    with its typographic look-alikes folded (`fold`: "555–212–4367" as "555-212-4367"), which keeps every offset."""
    return default_registry().analyze(fold(text))


def redact_pii(text: str) -> tuple[str, tuple[PiiSpan, ...]]:
    """`text` with every PII span replaced by its token, and the spans.

    A span's `start`/`end` index the returned (redacted) text, where its token stands; `source_start` and
    `source_end` index `text`.
    """
    parts: list[str] = []
    spans: list[PiiSpan] = []
    cursor = length = 0
    for found in find_pii(text):
        assert found.type is not None
        kept = text[cursor : found.start]
        token = TOKENS[found.type]
        parts += [kept, token]
        length += len(kept)
        spans.append(PiiSpan(found.type, length, length + len(token), found.start, found.end))
        length += len(token)
        cursor = found.end
    parts.append(text[cursor:])
    return "".join(parts), tuple(spans)


def redact_caption(text: str) -> str:
    """A caption of an utterance still being spoken: PII redacted and every run of 4+ digits masked,
    since "it is 5 5 5 2" may be the start of a phone number."""
    return mask_digits(redact_pii(text)[0])
