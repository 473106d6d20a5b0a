"""Encapsulated requests and responses (RFC 9458 §4): HPKE from pyhpke, the response AEAD from cryptography.

Request:  hdr = key_id(1) kem_id(2) kdf_id(2) aead_id(2); info = "message/bhttp request" 0x00 hdr;
          enc, ctx = SetupBaseS(pkR, info); enc_request = hdr || enc || ctx.Seal("", request).
Response: secret = ctx.Export("message/bhttp response", max(Nn, Nk)); prk = Extract(enc || nonce, secret);
          key = Expand(prk, "key", Nk); aead_nonce = Expand(prk, "nonce", Nn);
          enc_response = nonce || Seal(key, aead_nonce, "", response).
"""

from __future__ import annotations

import functools
import secrets
import struct
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF, HKDFExpand

from edge.ohttp.errors import OhttpError
from edge.ohttp.keys import KEM_X25519, SUPPORTED_SUITES, GatewayKey, KeyConfig

if TYPE_CHECKING:
    from pyhpke import CipherSuite, ContextInterface

REQUEST_MEDIA_TYPE = "message/ohttp-req"
RESPONSE_MEDIA_TYPE = "message/ohttp-res"
REQUEST_LABEL = b"message/bhttp request"
RESPONSE_LABEL = b"message/bhttp response"

_HEADER = struct.Struct(">BHHH")
_NENC = 32  # DHKEM(X25519): enc is the ephemeral public key
_NK = 16  # AES-128-GCM key
_NN = 12  # AES-128-GCM nonce
_NT = 16  # AES-128-GCM tag
RESPONSE_NONCE_SIZE = max(_NN, _NK)
REQUEST_OVERHEAD = _HEADER.size + _NENC + _NT  # 55: what encapsulation adds to a binary HTTP request
RESPONSE_OVERHEAD = RESPONSE_NONCE_SIZE + _NT  # 32: what it adds to a response


class ClientContext:
    """The client's side of one exchange: opens the response to the request it was made for, and no other."""

    __slots__ = ("_context", "_enc")

    def __init__(self, context: ContextInterface, enc: bytes) -> None:
        self._context = context
        self._enc = enc

    def decapsulate_response(self, enc_response: bytes) -> bytes:
        """The binary HTTP response inside `enc_response`; OhttpError if it is malformed or does not decrypt."""
        enc_response = bytes(enc_response)
        if len(enc_response) < RESPONSE_OVERHEAD:
            raise OhttpError(
                f"encapsulated response is {len(enc_response)} bytes, shorter than its nonce and tag ({RESPONSE_OVERHEAD})"
            )
        nonce, ciphertext = enc_response[:RESPONSE_NONCE_SIZE], enc_response[RESPONSE_NONCE_SIZE:]
        key, aead_nonce = _response_key_and_nonce(self._context, self._enc, nonce)
        try:
            return AESGCM(key).decrypt(aead_nonce, ciphertext, b"")
        except InvalidTag:
            raise OhttpError(
                "encapsulated response does not decrypt: corrupted, or not the answer to this request"
            ) from None


class ServerContext:
    """The gateway's side of one exchange: seals the response for the client that sent the request."""

    __slots__ = ("_context", "_enc")

    def __init__(self, context: ContextInterface, enc: bytes) -> None:
        self._context = context
        self._enc = enc

    def encapsulate_response(self, response: bytes, *, _nonce: bytes | None = None) -> bytes:
        """`response` sealed under a fresh random nonce (`_nonce` fixes it, for test vectors only)."""
        nonce = secrets.token_bytes(RESPONSE_NONCE_SIZE) if _nonce is None else bytes(_nonce)
        if len(nonce) != RESPONSE_NONCE_SIZE:
            raise OhttpError(f"response nonce must be {RESPONSE_NONCE_SIZE} bytes, got {len(nonce)}")
        key, aead_nonce = _response_key_and_nonce(self._context, self._enc, nonce)
        return nonce + AESGCM(key).encrypt(aead_nonce, bytes(response), b"")


def encapsulate_request(
    config: KeyConfig, request: bytes, *, _ephemeral: bytes | None = None
) -> tuple[bytes, ClientContext]:
    """Seal `request` for the gateway of `config`, with the first suite of `config` this library speaks.

    `_ephemeral` is a raw X25519 private key to use instead of a fresh one: for test vectors only.
    """
    suite = config.supported_suite()
    if suite is None:
        raise OhttpError(
            f"key configuration {config.key_id} offers no supported suite (KEM 0x{config.kem_id:04x}, "
            f"suites {_suite_names(config.suites)}); need X25519 with HKDF-SHA256 and AES-128-GCM"
        )
    from pyhpke import KEMKey, KEMKeyPair

    cipher_suite = _cipher_suite()
    header = _HEADER.pack(config.key_id, KEM_X25519, *suite)
    try:
        public_key = cipher_suite.kem.deserialize_public_key(config.public_key)
    except ValueError:
        raise OhttpError(f"key configuration {config.key_id}: the public key is not a valid X25519 key") from None
    ephemeral = None
    if _ephemeral is not None:
        private = X25519PrivateKey.from_private_bytes(bytes(_ephemeral))
        ephemeral = KEMKeyPair(
            KEMKey.from_pyca_cryptography_key(private), KEMKey.from_pyca_cryptography_key(private.public_key())
        )
    try:
        enc, context = cipher_suite.create_sender_context(public_key, _info(header), eks=ephemeral)
    except ValueError:  # cryptography refuses a low-order public key (all-zero shared secret)
        raise OhttpError(f"key configuration {config.key_id}: the public key is not usable (low order)") from None
    ciphertext = context.seal(bytes(request), b"")
    return header + enc + ciphertext, ClientContext(context, enc)


def decapsulate_request(key: GatewayKey, enc_request: bytes) -> tuple[bytes, ServerContext]:
    """Open an encapsulated request sealed for `key`; returns the binary HTTP request and the response context.

    OhttpError for an unknown key id, an unsupported suite, a request too short, or one that does not decrypt.
    """
    from pyhpke import PyHPKEError

    enc_request = bytes(enc_request)
    if len(enc_request) < _HEADER.size:
        raise OhttpError(f"encapsulated request is {len(enc_request)} bytes, shorter than its 7-byte header")
    key_id, kem_id, kdf_id, aead_id = _HEADER.unpack_from(enc_request)
    if key_id != key.key_id:
        raise OhttpError(
            f"encapsulated request names key id {key_id}, but the gateway's key is {key.key_id}; "
            "the client must fetch the current key configuration"
        )
    if kem_id != KEM_X25519 or (kdf_id, aead_id) not in SUPPORTED_SUITES:
        raise OhttpError(
            f"encapsulated request uses KEM 0x{kem_id:04x} with {_suite_names(((kdf_id, aead_id),))}; "
            "this gateway accepts only X25519 with HKDF-SHA256 and AES-128-GCM"
        )
    if len(enc_request) < REQUEST_OVERHEAD:
        raise OhttpError(
            f"encapsulated request is {len(enc_request)} bytes, shorter than header, key share and tag ({REQUEST_OVERHEAD})"
        )
    header = enc_request[: _HEADER.size]
    enc = enc_request[_HEADER.size : _HEADER.size + _NENC]
    ciphertext = enc_request[_HEADER.size + _NENC :]
    cipher_suite = _cipher_suite()
    try:
        private_key = _private_key(key.private_key)
        context = cipher_suite.create_recipient_context(enc, private_key, _info(header))
        request = context.open(ciphertext, b"")
    except (PyHPKEError, ValueError):
        raise OhttpError(
            f"encapsulated request does not decrypt with key id {key_id}: corrupted, or sealed for another key"
        ) from None
    return request, ServerContext(context, enc)


def _info(header: bytes) -> bytes:
    return REQUEST_LABEL + b"\x00" + header


def _response_key_and_nonce(context: ContextInterface, enc: bytes, response_nonce: bytes) -> tuple[bytes, bytes]:
    secret = context.export(RESPONSE_LABEL, RESPONSE_NONCE_SIZE)
    prk = HKDF.extract(hashes.SHA256(), enc + response_nonce, secret)
    key = HKDFExpand(hashes.SHA256(), _NK, b"key").derive(prk)
    nonce = HKDFExpand(hashes.SHA256(), _NN, b"nonce").derive(prk)
    return key, nonce


@functools.lru_cache(maxsize=8)
def _private_key(raw: bytes) -> Any:
    """The gateway's key as pyhpke's KEMKey, loaded once: loading computes the public key, a scalar multiplication
    that would otherwise be paid again for every request."""
    return _cipher_suite().kem.deserialize_private_key(raw)


@functools.cache
def _cipher_suite() -> CipherSuite:
    """DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM; pyhpke is imported on first use only."""
    from pyhpke import AEADId, CipherSuite, KDFId, KEMId

    return CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256, AEADId.AES128_GCM)


def _suite_names(suites: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(f"(KDF 0x{kdf_id:04x}, AEAD 0x{aead_id:04x})" for kdf_id, aead_id in suites)
