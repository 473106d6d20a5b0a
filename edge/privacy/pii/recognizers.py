"""The default recognizers, in priority order: a lower number runs first and keeps a span it takes."""

from __future__ import annotations

from functools import lru_cache

from edge.privacy.pii.address import find_addresses
from edge.privacy.pii.contacts import find_contact_names
from edge.privacy.pii.dates import find_dates_of_birth
from edge.privacy.pii.identifiers import find_cued_ids, find_ibans, find_national_ids
from edge.privacy.pii.names import find_names
from edge.privacy.pii.network import find_emails, find_ips, find_urls
from edge.privacy.pii.numbers import find_numbers
from edge.privacy.pii.registry import Recognizer, RecognizerRegistry
from edge.privacy.pii.tagger import find_tagged

DEFAULT_RECOGNIZERS = (
    Recognizer("email", ("email",), 10, find_emails),
    Recognizer("url", ("url",), 20, find_urls),
    Recognizer("ip", ("ip",), 30, find_ips),
    Recognizer("iban", ("iban",), 40, find_ibans),
    Recognizer("national_id", ("national_id",), 45, find_national_ids),
    Recognizer("cued_id", ("number",), 47, find_cued_ids),
    Recognizer("date_of_birth", ("dob",), 50, find_dates_of_birth),
    Recognizer("number", ("card", "ssn", "national_id", "phone", "number"), 60, find_numbers),
    Recognizer("address", ("address",), 70, find_addresses, absorbs=(None, "phone", "number")),
    Recognizer("contact_name", ("name",), 75, find_contact_names, reads_taken=True),
    Recognizer("name", ("name",), 80, find_names),
    Recognizer("tagger", ("name", "address"), 90, find_tagged),
)


@lru_cache(maxsize=1)
def default_registry() -> RecognizerRegistry:
    """The registry `find_pii` and `redact_pii` use (built once; word lists load on first use)."""
    return RecognizerRegistry(DEFAULT_RECOGNIZERS)
