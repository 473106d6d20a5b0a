"""E-mail addresses, URLs and IP addresses, written ("jane@example.com") or spoken ("jane at gmail dot com", and
in the other languages of use: "max punkt müller ät gmx punkt de", "marie point dupont arobase orange point fr",
"lucía punto garcía arroba gmail punto com", "mario punto rossi chiocciola libero punto it")."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from functools import lru_cache

from edge.privacy.pii import lists
from edge.privacy.pii.registry import Finding

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_WORD = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # a domain label, hyphens inside
_LOCAL_WORD = r"[^\W_]+"  # a piece of a (spoken) local part, "müller" too; "-" is a separator (no nested repeats)
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_DOT = r"(?:dot|punkt|point|punto)"
_AT = r"(?:at|ät|arobase|arobas|arroba|chiocciola)"
_JOINER = (  # what joins the words of a spoken local part: "john underscore smith", "max bindestrich müller"
    r"(?:dot|punkt|point|punto|underscore|unterstrich|tiret\s+bas|guion\s+bajo|guión\s+bajo|trattino\s+basso|"
    r"dash|hyphen|bindestrich|tiret|guion|guión|trattino)"
)
_VERSION_CUE = re.compile(r"(?:\b(?:version|ver|release|build|v)\.?\s*|\bv)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    tld = "(?:" + "|".join(sorted(lists.words("tlds.txt"), key=len, reverse=True)) + ")"
    not_local = "|".join(sorted(lists.words("email_not_local_part.txt")))
    # Spoken or half-spoken, as recognizers write it: "john dot smith at gmail dot com", "sarah.connor at
    # gmail.com", "jo_b @ mail.example.org".
    dot = rf"(?:\.|\s+{_DOT}\s+)"
    spoken_email = re.compile(
        rf"(?<![\w.@-])(?!(?:{not_local})\b){_LOCAL_WORD}(?:(?:[._-]|\s+{_JOINER}\s+){_LOCAL_WORD})*"
        rf"(?:\s+{_AT}\s+|\s*@\s*){_WORD}(?:{dot}{_WORD})*{dot}{tld}\b",
        re.IGNORECASE,
    )
    url = re.compile(
        rf"\b(?:https?://|www\.)[^\s<>\"']+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{tld}\b(?:/[^\s<>\"']*)?",
        re.IGNORECASE,
    )
    spoken_url = re.compile(
        rf"\b(?:(?:https?\s+colon\s+slash\s+slash|www\s+dot)\s+)?(?!(?:the|a|an|and|of)\b){_WORD}"
        rf"(?:\s+dot\s+{_WORD})*\s+dot\s+{tld}\b(?:\s+slash\s+{_WORD})*"
        # "punkt", "point", "punto" are everyday words ("el punto es", "le point de vue"): only after "www"
        rf"|\bwww\s+{_DOT}\s+{_WORD}(?:\s+{_DOT}\s+{_WORD})*\s+{_DOT}\s+{tld}\b",
        re.IGNORECASE,
    )
    return spoken_email, url, spoken_url


def find_emails(text: str) -> Iterator[Finding]:
    spoken_email = _patterns()[0]
    for m in _EMAIL.finditer(text):
        yield Finding(m.start(), m.end(), "email")
    for m in spoken_email.finditer(text):
        yield Finding(m.start(), m.end(), "email")


def find_urls(text: str) -> Iterator[Finding]:
    _, url, spoken_url = _patterns()
    for m in url.finditer(text):
        yield Finding(m.start(), m.start() + len(m.group().rstrip(".,;:!?)")), "url")
    for m in spoken_url.finditer(text):
        yield Finding(m.start(), m.end(), "url")


def find_ips(text: str) -> Iterator[Finding]:
    for m in _IPV4.finditer(text):
        if _VERSION_CUE.search(text[max(0, m.start() - 12) : m.start()]):
            yield Finding(m.start(), m.end(), None)  # "version 1.2.3.4": claimed, so not read as digits
            continue
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        yield Finding(m.start(), m.end(), "ip")
    for m in _IPV6.finditer(text):
        candidate = m.group()
        if sum(ch.isalnum() for ch in candidate) < 2:
            continue
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        yield Finding(m.start(), m.end(), "ip")
