"""The PrivateToken HTTP authentication scheme (RFC 9577 §2): WWW-Authenticate challenges, Authorization tokens.

Values are base64url with padding (RFC 4648 §5), sent as quoted strings. Parsing follows RFC 9110 §11: a header
may carry several challenges (of any scheme), parameter names are case-insensitive and occur once per
challenge, unknown parameters are ignored; anything that does not fit the grammar raises DecodeError.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from edge.privacypass.errors import DecodeError
from edge.privacypass.tokens import Token, TokenChallenge

SCHEME = "PrivateToken"

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_QUOTED = r'"(?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[\t\x20-\x7e\x80-\xff])*"'
_SCHEME_RE = re.compile(_TOKEN)
_PARAM_RE = re.compile(rf"({_TOKEN})[ \t]*=[ \t]*({_TOKEN}|{_QUOTED})[ \t]*(?=,|$)")
_TOKEN68_RE = re.compile(r"[A-Za-z0-9\-._~+/]+=*[ \t]*(?=,|$)")
_B64URL_RE = re.compile(r"(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?")


def b64url(data: bytes) -> str:
    """base64url with padding, as RFC 9577 requires."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def from_b64url(value: str, what: str) -> bytes:
    """Strict base64url with padding: the URL-safe alphabet only, padded, canonical trailing bits."""
    if not _B64URL_RE.fullmatch(value):
        raise DecodeError(f"{what} is not base64url with padding (RFC 4648 §5)")
    data = base64.urlsafe_b64decode(value)
    if b64url(data) != value:
        raise DecodeError(f"{what} is not canonical base64url (stray bits in the last character)")
    return data


@dataclass(frozen=True)
class AuthChallenge:
    """One PrivateToken challenge: the TokenChallenge bytes, the issuer key (SPKI bytes) and max-age if given."""

    challenge: bytes
    token_key: bytes | None = None
    max_age: int | None = None

    @property
    def token_type(self) -> int:
        return int.from_bytes(self.challenge[:2], "big")

    def token_challenge(self) -> TokenChallenge:
        return TokenChallenge.decode(self.challenge)

    def header_value(self) -> str:
        value = f'{SCHEME} challenge="{b64url(self.challenge)}"'
        if self.token_key is not None:
            value += f', token-key="{b64url(self.token_key)}"'
        if self.max_age is not None:
            value += f', max-age="{self.max_age}"'
        return value


@dataclass(frozen=True)
class _Parsed:
    scheme: str
    params: dict[str, str]
    token68: str | None


def _unquote(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value[1:-1]) if value.startswith('"') else value


def _parse(header: str) -> list[_Parsed]:
    """RFC 9110 §11.6.1: #challenge, challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]."""
    out: list[_Parsed] = []
    pos, n = 0, len(header)

    def skip(chars: str) -> None:
        nonlocal pos
        while pos < n and header[pos] in chars:
            pos += 1

    while True:
        skip(" \t,")
        if pos >= n:
            return out
        scheme = _SCHEME_RE.match(header, pos)
        if not scheme:
            raise DecodeError(f"authentication header: expected a scheme name at character {pos}")
        pos = scheme.end()
        current = _Parsed(scheme.group(), {}, None)
        out.append(current)
        if pos < n and header[pos] not in " \t,":
            raise DecodeError(f"authentication header: unexpected {header[pos]!r} after scheme {scheme.group()!r}")
        skip(" \t")
        if pos < n and not _PARAM_RE.match(header, pos):
            token68 = _TOKEN68_RE.match(header, pos)
            if token68:
                out[-1] = _Parsed(current.scheme, {}, token68.group().rstrip(" \t"))
                pos = token68.end()
                continue
        while pos < n:  # auth-params until one that is not a param (the next challenge's scheme)
            param = _PARAM_RE.match(header, pos)
            if not param:
                if header[pos] == ",":
                    skip(" \t,")
                    if pos < n and _PARAM_RE.match(header, pos):
                        continue
                    break
                raise DecodeError(f"authentication header: cannot parse at character {pos}")
            name = param.group(1).lower()
            if name in current.params:
                raise DecodeError(f"authentication header: parameter {name!r} given twice in one challenge")
            current.params[name] = _unquote(param.group(2))
            pos = param.end()


def www_authenticate(*challenges: AuthChallenge) -> str:
    """The WWW-Authenticate value for one or more PrivateToken challenges."""
    return ", ".join(c.header_value() for c in challenges)


def parse_www_authenticate(header: str) -> list[AuthChallenge]:
    """Every PrivateToken challenge in a WWW-Authenticate value, in order; other schemes are skipped.

    The caller picks the first one whose `token_type` it supports and validates it with `token_challenge()`.
    """
    found = []
    for parsed in _parse(header):
        if parsed.scheme.lower() != SCHEME.lower():
            continue
        if parsed.token68 is not None or "challenge" not in parsed.params:
            raise DecodeError('PrivateToken challenge without a challenge="..." parameter')
        p = parsed.params
        challenge = from_b64url(p["challenge"], "challenge")
        if len(challenge) < 2:
            raise DecodeError("PrivateToken challenge is shorter than a token type")
        key = from_b64url(p["token-key"], "token-key") if "token-key" in p else None
        max_age = None
        if "max-age" in p:
            if not p["max-age"].isdigit() or not p["max-age"].isascii():
                raise DecodeError(f"max-age must be a number of seconds, got {p['max-age']!r}")
            max_age = int(p["max-age"])
        found.append(AuthChallenge(challenge, key, max_age))
    return found


def authorization(token: Token) -> str:
    """The Authorization value that presents a token: `PrivateToken token="..."`."""
    return f'{SCHEME} token="{b64url(token.encode())}"'


def parse_authorization(header: str) -> Token:
    """The Token of an `Authorization: PrivateToken token="..."` value; anything else raises DecodeError."""
    parsed = _parse(header)
    if len(parsed) != 1 or parsed[0].scheme.lower() != SCHEME.lower():
        raise DecodeError(f'Authorization must be one {SCHEME} credential: {SCHEME} token="<base64url>"')
    if parsed[0].token68 is not None or "token" not in parsed[0].params:
        raise DecodeError(f'{SCHEME} credential without a token="..." parameter')
    return Token.decode(from_b64url(parsed[0].params["token"], "token"))
