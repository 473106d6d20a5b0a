"""Cut a long text (a forum post, an e-mail) into short passages the encoder was trained on.

Utterances pass through unchanged. Posts lose their header block (keeping the subject), and their author's own
words are cut into word windows. Quoted replies, attributions, the signature and anything after a dashed line are
set aside: the topic head never reads them, the privacy gate reads them as windows of their own (`read_passages`).
"""

from __future__ import annotations

import re

MAX_WORDS = 60
"""One passage: about two or three sentences, under the encoder's token limit."""

MAX_PASSAGES = 3
"""The leading windows of a long text that the topic head and the privacy gate's long-text head read."""

MAX_READ_PASSAGES = 200
"""The most windows the privacy gate reads (12,000 words); it reads every one of a long text, and refuses a
longer text rather than pass what it has not read."""

_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:\s")
_FIELD = re.compile(r"^[!-9;-~]{1,76}:(\s|$)")
"""Any header field line: a name of printable ASCII characters but the colon ("Article-I.D.:"), then a colon."""
_ATTRIBUTION = re.compile(r"(writes|wrote|says|said)\s*:\s*$|^\s*in article\s*<", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*(>|\||:|[A-Za-z]{1,3}>)")
_QUOTE_MARKS = re.compile(r"^(\s*(>|\||:|[A-Za-z]{1,3}>))+")
_REPLY = re.compile(r"^\s*(re|fwd?)\s*:\s*", re.IGNORECASE)


def split_headers(text: str) -> tuple[str, str]:
    """(subject, body): drops an RFC-822-style header block at the top, keeping only its Subject.

    A header block is two or more header fields (and their folded continuations) up to a blank line. Anything else
    is body, whatever its first word: "Update: we finally replaced the brakes ..." on one long line was once read
    as a header block with no body, so only its first 2,000 characters were encoded, and "Note: ..." over a blank
    line was dropped unread."""
    lines = text.lstrip("\n").split("\n")
    if not lines or not _HEADER.match(lines[0]):
        return "", text
    subject = ""
    fields = 0
    for index, line in enumerate(lines):
        if not line.strip():
            return (subject, "\n".join(lines[index + 1 :])) if fields >= 2 else ("", text)
        if _FIELD.match(line):
            fields += 1
        elif line[:1] not in " \t":
            return "", text
        if line.lower().startswith("subject:"):
            subject = line.split(":", 1)[1].strip()
            while _REPLY.match(subject):
                subject = _REPLY.sub("", subject, count=1)
    return "", text


def clean_body(body: str) -> str:
    """The author's own words: no quoted replies, attributions or signature."""
    return _sorted_body(body)[0]


def set_aside(body: str) -> str:
    """What `clean_body` leaves out that is still text: quoted replies (without their quote marks), attributions,
    the signature and everything after a dashed line. The topic head never reads it; the privacy gate does."""
    return _sorted_body(body)[1]


def _sorted_body(body: str) -> tuple[str, str]:
    """(the author's own words, the other text lines). Lines that are mostly not letters (ASCII art, tables,
    uuencoded data) are in neither."""
    own: list[str] = []
    other: list[str] = []
    signed = False
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped in ("--", "-- ") or stripped.startswith("-----"):
            signed = True
            continue
        quoted = bool(_QUOTE.match(line))
        if quoted:
            stripped = _QUOTE_MARKS.sub("", line).strip()
        letters = sum(ch.isalpha() for ch in stripped)
        if not stripped or letters < 0.5 * len(stripped):
            continue
        if signed or quoted or _ATTRIBUTION.search(stripped):
            other.append(stripped)
        else:
            own.append(stripped)
    return " ".join(" ".join(own).split()), " ".join(" ".join(other).split())


def passages(text: str, *, max_words: int = MAX_WORDS, max_passages: int | None = MAX_PASSAGES) -> list[str]:
    """The texts to encode for `text`: itself when it is utterance-sized, else subject + leading windows
    (`max_passages` of them; None: every window)."""
    subject, body = split_headers(text)
    if not subject and len(text.split()) <= max_words:
        return [text]
    out = ([subject] if subject else []) + _windows(clean_body(body), max_words)[:max_passages]
    return out or [text[:2000]]


def read_passages(text: str, *, max_words: int = MAX_WORDS) -> tuple[list[str], list[str]]:
    """Every passage the privacy gate reads, in two parts: the text's own (`passages(text, max_passages=None)`) and
    windows over what a long text quotes or signs (`set_aside`), so that no part of a text reaches an app unread."""
    own = passages(text, max_words=max_words, max_passages=None)
    if own == [text]:
        return own, []
    return own, _windows(set_aside(split_headers(text)[1]), max_words)


def _windows(text: str, max_words: int) -> list[str]:
    words = text.split()
    return [" ".join(words[start : start + max_words]) for start in range(0, len(words), max_words)]


# Function words and conversational fillers: words that alone never carry an interest.
_FILLER = frozenset(
    """
    a an the and or but so if then than that this these those there here it its it's i i'm i'd i'll i've me my
    mine we us our you you're your yours he him his she her they them their what what's which who whom whose
    when where why how is am are was were be been being do does did doing done have has had having can could
    will would shall should may might must to of in on at by for with from up down out over about into as
    not no yes yeah yep nope ok okay sure please thanks thank oh ah uh um hmm huh mhm hey hi hello bye well
    right really just also too very all any some one let let's go going got get see know think mean say said
    tell told look like alright fine cool wow great
    """.split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'&-]*")


def content_words(text: str) -> list[str]:
    """The words of a text that could carry an interest (everything but function words and fillers)."""
    return [w for w in _WORD.findall(text.lower()) if w not in _FILLER]
