"""Cut a long text (a forum post, an e-mail) into short passages the encoder was trained on.

Utterances pass through unchanged. Posts lose their header block (keeping the subject), quoted replies
and signatures, then are cut into a few word windows.
"""

from __future__ import annotations

import re

MAX_WORDS = 60
"""One passage: about two or three sentences, under the encoder's token limit."""

MAX_PASSAGES = 3

_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:\s")
_ATTRIBUTION = re.compile(r"(writes|wrote|says|said)\s*:\s*$|^\s*in article\s*<", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*(>|\||:|[A-Za-z]{1,3}>)")
_REPLY = re.compile(r"^\s*(re|fwd?)\s*:\s*", re.IGNORECASE)


def split_headers(text: str) -> tuple[str, str]:
    """(subject, body): drops an RFC-822-style header block at the top, keeping only its Subject."""
    lines = text.lstrip("\n").split("\n")
    if not lines or not _HEADER.match(lines[0]):
        return "", text
    subject = ""
    for index, line in enumerate(lines):
        if not line.strip():
            return subject, "\n".join(lines[index + 1:])
        if line.lower().startswith("subject:"):
            subject = line.split(":", 1)[1].strip()
            while _REPLY.match(subject):
                subject = _REPLY.sub("", subject, count=1)
    return subject, ""


def clean_body(body: str) -> str:
    """The author's own words: no quoted replies, attributions or signature."""
    kept = []
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped in ("--", "-- ") or stripped.startswith("-----"):
            break
        if _QUOTE.match(line) or _ATTRIBUTION.search(stripped):
            continue
        letters = sum(ch.isalpha() for ch in stripped)
        if stripped and letters < 0.5 * len(stripped):
            continue  # ASCII art, tables, uuencoded data
        kept.append(stripped)
    return " ".join(" ".join(kept).split())


def passages(text: str, *, max_words: int = MAX_WORDS, max_passages: int = MAX_PASSAGES) -> list[str]:
    """The texts to encode for `text`: itself when it is utterance-sized, else subject + leading windows."""
    subject, body = split_headers(text)
    if not subject and len(text.split()) <= max_words:
        return [text]
    words = clean_body(body).split()
    windows = [" ".join(words[start:start + max_words]) for start in range(0, len(words), max_words)]
    out = ([subject] if subject else []) + windows[:max_passages]
    return out or [text[:2000]]
