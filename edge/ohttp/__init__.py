"""Oblivious HTTP (RFC 9458) with Binary HTTP (RFC 9292) and key discovery (RFC 9540). Needs pyhpke and
cryptography only, nothing else in edge, so the device, the relay and the gateway share one implementation."""

from edge.ohttp.bhttp import Request, Response, decode_request, decode_response, encode_request, encode_response
from edge.ohttp.errors import OhttpError
from edge.ohttp.keys import (
    AEAD_AES_128_GCM,
    KDF_HKDF_SHA256,
    KEM_X25519,
    KEYS_MEDIA_TYPE,
    GatewayKey,
    KeyConfig,
    decode_key_configs,
    encode_key_configs,
)
from edge.ohttp.message import (
    REQUEST_MEDIA_TYPE,
    REQUEST_OVERHEAD,
    RESPONSE_MEDIA_TYPE,
    RESPONSE_OVERHEAD,
    ClientContext,
    ServerContext,
    decapsulate_request,
    encapsulate_request,
)

__all__ = [
    "AEAD_AES_128_GCM",
    "KDF_HKDF_SHA256",
    "KEM_X25519",
    "KEYS_MEDIA_TYPE",
    "REQUEST_MEDIA_TYPE",
    "REQUEST_OVERHEAD",
    "RESPONSE_MEDIA_TYPE",
    "RESPONSE_OVERHEAD",
    "ClientContext",
    "GatewayKey",
    "KeyConfig",
    "OhttpError",
    "Request",
    "Response",
    "ServerContext",
    "decapsulate_request",
    "decode_key_configs",
    "decode_request",
    "decode_response",
    "encapsulate_request",
    "encode_key_configs",
    "encode_request",
    "encode_response",
]
