"""Binary HTTP messages (RFC 9292): known-length encoding, strict decoding of all four framings.

The encoder always writes every section (header, content, trailer), so a message never relies on truncation.
The decoder follows RFC 9292 §3.8: a message may end where a section's length would start (the missing
sections are empty), anything cut inside a section is an error, and bytes after the message must be zeros.
Field names are lower-case HTTP tokens; values are bytes without NUL, CR or LF (as latin-1 strings here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edge.ohttp.errors import OhttpError

KNOWN_LENGTH_REQUEST = 0
KNOWN_LENGTH_RESPONSE = 1
INDETERMINATE_LENGTH_REQUEST = 2
INDETERMINATE_LENGTH_RESPONSE = 3
MAX_VARINT = (1 << 62) - 1

Fields = tuple[tuple[str, str], ...]

_METHOD = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token
_FIELD_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9a-z]+")  # a token without upper case (RFC 9113 §8.2.1)
_SCHEME = re.compile(rb"[A-Za-z][A-Za-z0-9+\-.]*")  # RFC 3986 §3.1
_VISIBLE = re.compile(rb"[\x21-\x7e]*")  # authority and path: visible ASCII, no spaces


@dataclass(frozen=True)
class Request:
    method: str
    scheme: str
    authority: str
    path: str
    headers: Fields = ()
    content: bytes = b""
    trailers: Fields = ()


@dataclass(frozen=True)
class Response:
    status: int
    headers: Fields = ()
    content: bytes = b""
    trailers: Fields = ()


def encode_request(request: Request, pad_to: int | None = None) -> bytes:
    """The known-length encoding of `request`, zero-padded to exactly `pad_to` bytes when given."""
    parts = [
        _varint(KNOWN_LENGTH_REQUEST),
        _prefixed(_control(request.method, _METHOD, "method", empty=False)),
        _prefixed(_control(request.scheme, _SCHEME, "scheme", empty=False)),
        _prefixed(_control(request.authority, _VISIBLE, "authority", empty=True)),
        _prefixed(_control(request.path, _VISIBLE, "path", empty=False)),
        *_encode_sections(request.headers, request.content, request.trailers),
    ]
    return _pad(b"".join(parts), pad_to, "request")


def encode_response(response: Response, pad_to: int | None = None) -> bytes:
    """The known-length encoding of a final response (status 200-599), zero-padded to `pad_to` when given."""
    status = response.status
    if isinstance(status, bool) or not isinstance(status, int) or not 200 <= status <= 599:
        raise OhttpError(f"binary HTTP: response status {status!r} is not a final status code (200-599)")
    parts = [
        _varint(KNOWN_LENGTH_RESPONSE),
        _varint(status),
        *_encode_sections(response.headers, response.content, response.trailers),
    ]
    return _pad(b"".join(parts), pad_to, "response")


def decode_request(data: bytes) -> Request:
    """Parse a binary HTTP request (known or indeterminate length); OhttpError says what is wrong."""
    reader = _Reader(bytes(data), "request")
    framing = reader.varint("framing indicator")
    if framing not in (KNOWN_LENGTH_REQUEST, INDETERMINATE_LENGTH_REQUEST):
        raise OhttpError(f"binary HTTP: framing indicator {framing} {_framing_name(framing)}, expected a request")
    indeterminate = framing == INDETERMINATE_LENGTH_REQUEST
    method = reader.control(_METHOD, "method", empty=False)
    scheme = reader.control(_SCHEME, "scheme", empty=False)
    authority = reader.control(_VISIBLE, "authority", empty=True)
    path = reader.control(_VISIBLE, "path", empty=False)
    headers, content, trailers = _decode_sections(reader, indeterminate)
    reader.padding()
    return Request(method, scheme, authority, path, headers, content, trailers)


def decode_response(data: bytes) -> Response:
    """Parse a binary HTTP response (known or indeterminate length); informational (1xx) responses are skipped."""
    reader = _Reader(bytes(data), "response")
    framing = reader.varint("framing indicator")
    if framing not in (KNOWN_LENGTH_RESPONSE, INDETERMINATE_LENGTH_RESPONSE):
        raise OhttpError(f"binary HTTP: framing indicator {framing} {_framing_name(framing)}, expected a response")
    indeterminate = framing == INDETERMINATE_LENGTH_RESPONSE
    while True:
        status = reader.varint("status code")
        if 200 <= status <= 599:
            break
        if not 100 <= status <= 199:
            raise OhttpError(f"binary HTTP: status code {status} is outside 100-599")
        if reader.at_end():
            raise OhttpError(f"binary HTTP: response ends after informational status {status}, with no final status")
        _field_section(reader, indeterminate, "informational header")
    headers, content, trailers = _decode_sections(reader, indeterminate)
    reader.padding()
    return Response(status, headers, content, trailers)


def _framing_name(framing: int) -> str:
    names = {0: "is a request", 1: "is a response", 2: "is a request", 3: "is a response"}
    return names.get(framing, "is not defined by RFC 9292")


def _varint(value: int) -> bytes:
    """QUIC variable-length integer (RFC 9000 §16), shortest form."""
    if value < 0 or value > MAX_VARINT:
        raise OhttpError(f"binary HTTP: {value} does not fit a variable-length integer (0 to 2**62-1)")
    for prefix, size in ((0x00, 1), (0x40, 2), (0x80, 4), (0xC0, 8)):
        if value < 1 << (8 * size - 2):
            encoded = bytearray(value.to_bytes(size, "big"))
            encoded[0] |= prefix
            return bytes(encoded)
    raise AssertionError("unreachable")


def _prefixed(data: bytes) -> bytes:
    return _varint(len(data)) + data


def _pad(message: bytes, pad_to: int | None, what: str) -> bytes:
    if pad_to is None:
        return message
    if pad_to < len(message):
        raise OhttpError(
            f"binary HTTP: the {what} is {len(message)} bytes, more than pad_to={pad_to}; "
            "send less content or pad to a larger size"
        )
    return message + bytes(pad_to - len(message))


def _control(value: str, pattern: re.Pattern[bytes], what: str, *, empty: bool) -> bytes:
    try:
        raw = value.encode("ascii")
    except UnicodeEncodeError:
        raise OhttpError(f"binary HTTP: the request {what} is not ASCII; percent-encode it") from None
    if not raw and not empty:
        raise OhttpError(f"binary HTTP: the request {what} is empty")
    if not pattern.fullmatch(raw):
        raise OhttpError(f"binary HTTP: the request {what} has characters HTTP does not allow there (space or control)")
    return raw


def _encode_sections(headers: Fields, content: bytes, trailers: Fields) -> list[bytes]:
    return [
        _prefixed(_encode_fields(headers, "header")),
        _prefixed(bytes(content)),
        _prefixed(_encode_fields(trailers, "trailer")),
    ]


def _encode_fields(fields: Fields, section: str) -> bytes:
    out = bytearray()
    for name, value in fields:
        raw_name = name.lower().encode("ascii", "replace")
        if not _FIELD_NAME.fullmatch(raw_name):
            raise OhttpError(f"binary HTTP: {section} field name {name!r} is not an HTTP token")
        try:
            raw_value = value.encode("latin-1")
        except UnicodeEncodeError:
            raise OhttpError(
                f"binary HTTP: the value of {section} field {name.lower()!r} has characters beyond latin-1; "
                "encode it (for example percent-encoding or base64)"
            ) from None
        _check_value(raw_value, section, name.lower())
        out += _prefixed(raw_name) + _prefixed(raw_value)
    return bytes(out)


def _check_value(value: bytes, section: str, name: str) -> None:
    """RFC 9113 §8.2.1: no NUL, CR or LF, and no white space at either end."""
    if b"\x00" in value or b"\r" in value or b"\n" in value:
        raise OhttpError(f"binary HTTP: the value of {section} field {name!r} contains NUL, CR or LF")
    if value[:1] in (b" ", b"\t") or value[-1:] in (b" ", b"\t"):
        raise OhttpError(f"binary HTTP: the value of {section} field {name!r} starts or ends with white space")


class _Reader:
    """A cursor over one message; every read that runs past the end is an OhttpError naming the field."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data = data
        self.pos = 0
        self.what = what

    def at_end(self) -> bool:
        return self.pos == len(self.data)

    def varint(self, field: str) -> int:
        if self.at_end():
            raise self.truncated(field)
        size = 1 << (self.data[self.pos] >> 6)
        raw = self.take(size, field)
        return int.from_bytes(raw, "big") & ((1 << (8 * size - 2)) - 1)

    def take(self, size: int, field: str) -> bytes:
        if size > len(self.data) - self.pos:
            raise self.truncated(field)
        raw = self.data[self.pos : self.pos + size]
        self.pos += size
        return raw

    def prefixed(self, field: str) -> bytes:
        return self.take(self.varint(f"{field} length"), field)

    def control(self, pattern: re.Pattern[bytes], field: str, *, empty: bool) -> str:
        raw = self.prefixed(field)
        if not raw and not empty:
            raise OhttpError(f"binary HTTP: the request {field} is empty")
        if not pattern.fullmatch(raw):
            raise OhttpError(f"binary HTTP: the request {field} has bytes HTTP does not allow there")
        return raw.decode("ascii")

    def padding(self) -> None:
        rest = self.data[self.pos :]
        if rest.count(0) != len(rest):
            offset = self.pos + next(i for i, byte in enumerate(rest) if byte)
            raise OhttpError(
                f"binary HTTP: non-zero byte at offset {offset} after the end of the {self.what} "
                "(padding must be zeros)"
            )

    def truncated(self, field: str) -> OhttpError:
        return OhttpError(f"binary HTTP: the {self.what} ends inside its {field} (truncated or corrupt)")


def _decode_sections(reader: _Reader, indeterminate: bool) -> tuple[Fields, bytes, Fields]:
    """Header section, content, trailer section; each may be cut off whole (RFC 9292 §3.8) and is then empty."""
    headers = () if reader.at_end() else _field_section(reader, indeterminate, "header")
    content = b"" if reader.at_end() else _content(reader, indeterminate)
    trailers = () if reader.at_end() else _field_section(reader, indeterminate, "trailer")
    return headers, content, trailers


def _field_section(reader: _Reader, indeterminate: bool, section: str) -> Fields:
    if indeterminate:
        fields = []
        while (name_length := reader.varint(f"{section} field name length")) != 0:
            name = reader.take(name_length, f"{section} field name")
            fields.append(_field(reader, name, section))
        return tuple(fields)
    body = _Reader(reader.prefixed(f"{section} section"), reader.what)
    fields = []
    while not body.at_end():
        name = body.prefixed(f"{section} section (a field name)")
        fields.append(_field(body, name, section))
    return tuple(fields)


def _field(reader: _Reader, name: bytes, section: str) -> tuple[str, str]:
    if not name:
        raise OhttpError(f"binary HTTP: {section} section has a field with an empty name")
    if name.startswith(b":"):
        raise OhttpError(f"binary HTTP: {section} section has pseudo-field {name[:32]!r}, which is not allowed")
    if not _FIELD_NAME.fullmatch(name):
        raise OhttpError(f"binary HTTP: {section} section has a field name that is not a lower-case HTTP token")
    text_name = name.decode("ascii")
    value = reader.prefixed(f"{section} field {text_name!r} value")
    _check_value(value, section, text_name)
    return text_name, value.decode("latin-1")


def _content(reader: _Reader, indeterminate: bool) -> bytes:
    if not indeterminate:
        return reader.prefixed("content")
    chunks = []
    while (size := reader.varint("content chunk length")) != 0:
        chunks.append(reader.take(size, "content chunk"))
    return b"".join(chunks)
