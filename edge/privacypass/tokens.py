"""Privacy Pass publicly verifiable tokens (RFC 9578 §6, token type 0x0002, Blind RSA 2048-bit).

The wire structures (TokenChallenge and Token from RFC 9577 §2, TokenRequest and TokenResponse from RFC 9578
§6), the issuer key encoding and its token_key_id, the client's two issuance steps, the issuer's signing step
and token verification. Token type 0x0002 is RSABSSA-SHA384-PSS-Deterministic: the client's random nonce
inside the token input provides the randomness that the Randomized variants would add.
"""

from __future__ import annotations

import hashlib
import secrets
import struct
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from edge.privacypass import blindrsa
from edge.privacypass.errors import DecodeError, InvalidSignature, UnknownKey, WrongChallenge

TOKEN_TYPE = 0x0002
NK = 256  # authenticator / blinded message / blind signature length: a 2048-bit modulus
NID = 32  # token_key_id length: SHA-256
NONCE_LEN = 32
KEY_BITS = 2048
VARIANT = blindrsa.PSS_DETERMINISTIC

TOKEN_REQUEST_LEN = 2 + 1 + NK
TOKEN_LEN = 2 + NONCE_LEN + 32 + NID + NK


# --- issuer key: SubjectPublicKeyInfo with the RSASSA-PSS OID (RFC 9578 §6.5) --------------------------------


def _der(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


_SEQUENCE, _OID, _INTEGER, _BIT_STRING = 0x30, 0x06, 0x02, 0x03
_ID_RSASSA_PSS = bytes.fromhex("2a864886f70d01010a")  # 1.2.840.113549.1.1.10
_ID_MGF1 = bytes.fromhex("2a864886f70d010108")  # 1.2.840.113549.1.1.8
_ID_SHA384 = bytes.fromhex("608648016503040202")  # 2.16.840.1.101.3.4.2.2
_SHA384_ALG = _der(_SEQUENCE, _der(_OID, _ID_SHA384))
# AlgorithmIdentifier { id-RSASSA-PSS, RSASSA-PSS-params { [0] sha384, [1] mgf1(sha384), [2] saltLength 48 } }
PSS_ALGORITHM_ID = _der(
    _SEQUENCE,
    _der(_OID, _ID_RSASSA_PSS)
    + _der(
        _SEQUENCE,
        _der(0xA0, _SHA384_ALG)
        + _der(0xA1, _der(_SEQUENCE, _der(_OID, _ID_MGF1) + _SHA384_ALG))
        + _der(0xA2, _der(_INTEGER, bytes([blindrsa.HASH_LEN]))),
    ),
)


def encode_spki(public_key: rsa.RSAPublicKey) -> bytes:
    """The DER SubjectPublicKeyInfo of an issuer key, with the RSASSA-PSS OID and SHA-384 parameters."""
    rsa_public_key = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
    return _der(_SEQUENCE, PSS_ALGORITHM_ID + _der(_BIT_STRING, b"\x00" + rsa_public_key))


def _tlv(data: bytes, pos: int, tag: int) -> tuple[bytes, int]:
    """The content of the DER element with this tag at pos, and the position after it."""
    if data[pos : pos + 1] != bytes([tag]) or pos + 2 > len(data):
        raise DecodeError(f"issuer key is not a DER SubjectPublicKeyInfo (expected tag 0x{tag:02x} at byte {pos})")
    n, pos = data[pos + 1], pos + 2
    if n & 0x80:
        size = n & 0x7F
        n, pos = int.from_bytes(data[pos : pos + size], "big"), pos + size
    if pos + n > len(data):
        raise DecodeError("issuer key is truncated")
    return data[pos : pos + n], pos + n


def decode_spki(data: bytes) -> rsa.RSAPublicKey:
    """Strict inverse of `encode_spki`: exactly that algorithm identifier, a 2048-bit key, canonical DER."""
    spki, end = _tlv(data, 0, _SEQUENCE)
    if end != len(data):
        raise DecodeError(f"issuer key has {len(data) - end} trailing bytes")
    if not spki.startswith(PSS_ALGORITHM_ID):
        raise DecodeError(
            "issuer key must use the RSASSA-PSS OID with SHA-384, MGF1-SHA-384 and a 48-byte salt (RFC 9578 §6.5)"
        )
    bits, _ = _tlv(spki, len(PSS_ALGORITHM_ID), _BIT_STRING)
    try:
        key = serialization.load_der_public_key(bits[1:])
    except ValueError:
        raise DecodeError("issuer key's subjectPublicKey is not a DER RSAPublicKey") from None
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size != KEY_BITS:
        raise DecodeError(f"token type 0x0002 needs a {KEY_BITS}-bit RSA issuer key")
    if encode_spki(key) != data:
        raise DecodeError("issuer key is not canonical DER (unused bits, long lengths or extra bytes)")
    return key


@dataclass(frozen=True)
class IssuerKey:
    """An issuer public key with its encoding and token_key_id = SHA-256(SPKI)."""

    public_key: rsa.RSAPublicKey = field(repr=False)
    spki: bytes = field(repr=False)
    token_key_id: bytes

    @classmethod
    def from_public_key(cls, public_key: rsa.RSAPublicKey) -> IssuerKey:
        if public_key.key_size != KEY_BITS:
            raise DecodeError(f"token type 0x0002 needs a {KEY_BITS}-bit RSA issuer key, got {public_key.key_size}")
        spki = encode_spki(public_key)
        return cls(public_key, spki, hashlib.sha256(spki).digest())

    @classmethod
    def from_spki(cls, spki: bytes) -> IssuerKey:
        return cls(decode_spki(spki), bytes(spki), hashlib.sha256(spki).digest())

    @property
    def truncated_token_key_id(self) -> int:
        """The last byte of token_key_id: all a TokenRequest reveals of the key."""
        return self.token_key_id[-1]


# --- TokenChallenge (RFC 9577 §2.1) --------------------------------------------------------------------------


def _server_names(value: str, what: str, allow_empty: bool) -> None:
    if not value and allow_empty:
        return
    names = value.split(",")
    for name in names:
        if not name or not name.isascii() or not name.isprintable() or " " in name or "@" in name:
            raise DecodeError(f"{what} must be ASCII server names (host[:port], comma-separated), got {value!r}")


@dataclass(frozen=True)
class TokenChallenge:
    """What an origin asks a token for: type, issuer, an optional 32-byte context, the origins it is valid for."""

    token_type: int
    issuer_name: str
    redemption_context: bytes = b""
    origin_info: str = ""  # "" (any origin) or comma-separated origin names

    def __post_init__(self) -> None:
        if not 0 <= self.token_type <= 0xFFFF:
            raise DecodeError(f"token_type must fit in 16 bits, got {self.token_type}")
        _server_names(self.issuer_name, "issuer_name", allow_empty=False)
        if "," in self.issuer_name or len(self.issuer_name) > 0xFFFF:
            raise DecodeError(f"issuer_name must be one server name, got {self.issuer_name!r}")
        if len(self.redemption_context) not in (0, 32):
            raise DecodeError(f"redemption_context must be 0 or 32 bytes, got {len(self.redemption_context)}")
        _server_names(self.origin_info, "origin_info", allow_empty=True)
        if len(self.origin_info) > 0xFFFF:
            raise DecodeError("origin_info is longer than 65535 bytes")

    def encode(self) -> bytes:
        issuer, origins = self.issuer_name.encode("ascii"), self.origin_info.encode("ascii")
        return (
            struct.pack("!HH", self.token_type, len(issuer))
            + issuer
            + bytes([len(self.redemption_context)])
            + self.redemption_context
            + struct.pack("!H", len(origins))
            + origins
        )

    def digest(self) -> bytes:
        """challenge_digest = SHA-256(TokenChallenge)."""
        return hashlib.sha256(self.encode()).digest()

    @classmethod
    def decode(cls, data: bytes) -> TokenChallenge:
        reader = _Reader(data, "TokenChallenge")
        token_type = reader.u16()
        issuer = reader.take(reader.u16())
        context = reader.take(reader.take(1)[0])
        origins = reader.take(reader.u16())
        reader.done()
        try:
            return cls(token_type, issuer.decode("ascii"), context, origins.decode("ascii"))
        except UnicodeDecodeError:
            raise DecodeError("TokenChallenge names must be ASCII") from None


def epoch_challenge(issuer_name: str, origin: str, epoch: int) -> TokenChallenge:
    """edge's non-interactive challenge for one upload epoch: every device builds the same one, so it links nothing.

    redemption_context = SHA-256("edge.privacypass/epoch" || epoch as 8 bytes): a token fetched for one epoch
    does not verify for another even under the same key; origin_info scopes it to one collector.
    """
    context = hashlib.sha256(b"edge.privacypass/epoch" + struct.pack("!Q", epoch)).digest()
    return TokenChallenge(TOKEN_TYPE, issuer_name, context, origin)


# --- TokenRequest, TokenResponse, Token (RFC 9578 §6.1-6.3, RFC 9577 §2.2) -------------------------------------


class _Reader:
    def __init__(self, data: bytes, what: str) -> None:
        self.data, self.pos, self.what = bytes(data), 0, what

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise DecodeError(f"{self.what} is truncated ({len(self.data)} bytes)")
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def u16(self) -> int:
        return int(struct.unpack("!H", self.take(2))[0])

    def done(self) -> None:
        if self.pos != len(self.data):
            raise DecodeError(f"{self.what} has {len(self.data) - self.pos} unexpected trailing bytes")


def _check_type(token_type: int, what: str) -> None:
    if token_type != TOKEN_TYPE:
        raise DecodeError(f"{what} has token type 0x{token_type:04x}; only 0x0002 (Blind RSA 2048) is supported")


@dataclass(frozen=True)
class TokenRequest:
    truncated_token_key_id: int
    blinded_msg: bytes = field(repr=False)
    token_type: int = TOKEN_TYPE

    def encode(self) -> bytes:
        return struct.pack("!HB", self.token_type, self.truncated_token_key_id) + self.blinded_msg

    @classmethod
    def decode(cls, data: bytes) -> TokenRequest:
        if len(data) < 2:
            raise DecodeError(f"TokenRequest is truncated ({len(data)} bytes)")
        _check_type(int.from_bytes(data[:2], "big"), "TokenRequest")
        if len(data) != TOKEN_REQUEST_LEN:
            raise DecodeError(f"TokenRequest must be {TOKEN_REQUEST_LEN} bytes, got {len(data)}")
        return cls(data[2], bytes(data[3:]))


@dataclass(frozen=True)
class TokenResponse:
    blind_sig: bytes = field(repr=False)

    def encode(self) -> bytes:
        return self.blind_sig

    @classmethod
    def decode(cls, data: bytes) -> TokenResponse:
        if len(data) != NK:
            raise DecodeError(f"TokenResponse must be {NK} bytes, got {len(data)}")
        return cls(bytes(data))


@dataclass(frozen=True)
class Token:
    nonce: bytes
    challenge_digest: bytes
    token_key_id: bytes
    authenticator: bytes = field(repr=False)
    token_type: int = TOKEN_TYPE

    def authenticator_input(self) -> bytes:
        """What the authenticator signs: every field before it."""
        return struct.pack("!H", self.token_type) + self.nonce + self.challenge_digest + self.token_key_id

    def encode(self) -> bytes:
        return self.authenticator_input() + self.authenticator

    @classmethod
    def decode(cls, data: bytes) -> Token:
        if len(data) < 2:
            raise DecodeError(f"Token is truncated ({len(data)} bytes)")
        _check_type(int.from_bytes(data[:2], "big"), "Token")
        if len(data) != TOKEN_LEN:
            raise DecodeError(f"Token must be {TOKEN_LEN} bytes, got {len(data)}")
        reader = _Reader(data[2:], "Token")
        return cls(reader.take(NONCE_LEN), reader.take(32), reader.take(NID), reader.take(NK))


# --- issuance: client, issuer, client again; then verification -----------------------------------------------


@dataclass(frozen=True)
class PendingToken:
    """The client's state between its TokenRequest and the issuer's answer. Secret: never stored or sent."""

    token_input: bytes = field(repr=False)
    inv: int = field(repr=False)

    @property
    def nonce(self) -> bytes:
        return self.token_input[2 : 2 + NONCE_LEN]


def begin_issuance(key: IssuerKey, challenge: TokenChallenge) -> tuple[TokenRequest, PendingToken]:
    """Client: a fresh nonce, the token input, and its blinded form for the issuer."""
    token_input = _token_input(key, challenge, secrets.token_bytes(NONCE_LEN))
    return _request(key, token_input, blindrsa.blind(key.public_key, token_input, VARIANT))


def begin_issuance_with(
    key: IssuerKey, challenge: TokenChallenge, *, nonce: bytes, salt: bytes, blind: int
) -> tuple[TokenRequest, PendingToken]:
    """`begin_issuance` with a given nonce, salt and blind: for known-answer tests only."""
    token_input = _token_input(key, challenge, nonce)
    return _request(key, token_input, blindrsa.blind_with(key.public_key, token_input, VARIANT, salt=salt, r=blind))


def _token_input(key: IssuerKey, challenge: TokenChallenge, nonce: bytes) -> bytes:
    _check_type(challenge.token_type, "TokenChallenge")
    if len(nonce) != NONCE_LEN:
        raise DecodeError(f"nonce must be {NONCE_LEN} bytes, got {len(nonce)}")
    return struct.pack("!H", TOKEN_TYPE) + nonce + challenge.digest() + key.token_key_id


def _request(key: IssuerKey, token_input: bytes, blinded: blindrsa.Blinded) -> tuple[TokenRequest, PendingToken]:
    return TokenRequest(key.truncated_token_key_id, blinded.blinded_msg), PendingToken(token_input, blinded.inv)


def sign_request(private_key: rsa.RSAPrivateKey, request: TokenRequest) -> TokenResponse:
    """Issuer: check the request names this key, then blind-sign (with the RFC 9474 fault check)."""
    _check_type(request.token_type, "TokenRequest")
    key = IssuerKey.from_public_key(private_key.public_key())
    if request.truncated_token_key_id != key.truncated_token_key_id:
        raise UnknownKey(
            f"TokenRequest names key ..{request.truncated_token_key_id:02x}, this key is "
            f"..{key.truncated_token_key_id:02x}; fetch the issuer's current keys"
        )
    return TokenResponse(blindrsa.blind_sign(private_key, request.blinded_msg))


def finish_issuance(key: IssuerKey, pending: PendingToken, response: TokenResponse) -> Token:
    """Client: unblind the issuer's answer into a Token; raises InvalidSignature if the issuer misbehaved."""
    authenticator = blindrsa.finalize(key.public_key, pending.token_input, response.blind_sig, pending.inv, VARIANT)
    return Token.decode(pending.token_input + authenticator)


def verify_token(token: Token, key: IssuerKey, challenge: TokenChallenge) -> None:
    """Origin: the token answers this challenge and its authenticator verifies under this key; else raises."""
    _check_type(token.token_type, "Token")
    if token.token_key_id != key.token_key_id:
        raise UnknownKey("token was issued under another issuer key (another epoch or issuer)")
    if token.challenge_digest != challenge.digest():
        raise WrongChallenge("token was issued for another challenge (another epoch, issuer or origin)")
    try:
        blindrsa.verify(key.public_key, token.authenticator_input(), token.authenticator, VARIANT)
    except InvalidSignature:
        raise InvalidSignature(
            "token authenticator does not verify under the issuer key: forged or corrupted"
        ) from None
