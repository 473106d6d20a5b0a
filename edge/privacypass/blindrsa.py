"""RSA blind signatures (RFC 9474): the RSABSSA-SHA384 variants, client and issuer side.

`cryptography` holds the keys, generates them, hashes and checks the final RSASSA-PSS signature; this module
writes only what it does not offer: EMSA-PSS-ENCODE (RFC 8017 §9.1.1, the client encodes before blinding), the
blinding arithmetic and the issuer's raw RSA private-key operation (RSASP1) on the blinded message.

Side channels of the issuer's private-key operation (RFC 9474 §7.1). `blind_sign` is a remote call that applies
the private key to a value the caller chose, so it must not leak the key. Python integers are not constant
time: `pow` works through the exponent in windows and multiplication time depends on the operands, so the raw
operation `pow(m, d, n)` could leak `d` through timing to someone who can submit many chosen inputs and time the
answers. The mitigations here:
  * the two CRT exponentiations use GMP's `mpz_powm_sec` (through `gmpy2.powmod_sec`) when gmpy2 is installed:
    an exponentiation whose time and memory access pattern do not depend on the exponent or base, and about
    8 times faster than Python's `pow`; without gmpy2 they fall back to Python's `pow` (`POWMOD` says which);
  * base blinding: the issuer signs `m * u^e` for a fresh random `u` and divides `u` out afterwards, so every
    value the (Python-integer) arithmetic around the exponentiation touches is random, unrelated to the input;
  * exponent blinding: each CRT half uses `d_p + k (p - 1)` with a fresh random 64-bit `k`, so the exponent
    bits differ between calls while the result stays the same;
  * a fault check: the result is verified with the public key (`s^e == m mod n`) before it leaves the
    function, as RFC 9474 requires, so a faulty CRT half cannot hand out a value that factors `n`.
These reduce, not remove, the risk: the interpreter's big-integer code for the blinding itself is not constant
time. A deployment that faces the internet should run the private-key operation in a vetted constant-time
implementation (an HSM, or a native library with raw RSA) behind the same function.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature as _CryptoInvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from edge.privacypass.errors import BlindingError, DecodeError, InvalidSignature, SigningError

HASH_LEN = 48  # SHA-384
PREFIX_LEN = 32  # the random prefix of PrepareRandomize


@dataclass(frozen=True)
class Variant:
    """One named RSABSSA variant (RFC 9474 §5): SHA-384 with MGF1-SHA-384, a salt length, a preparation."""

    name: str
    salt_len: int
    randomized: bool


PSS_RANDOMIZED = Variant("RSABSSA-SHA384-PSS-Randomized", HASH_LEN, True)
PSSZERO_RANDOMIZED = Variant("RSABSSA-SHA384-PSSZERO-Randomized", 0, True)
PSS_DETERMINISTIC = Variant("RSABSSA-SHA384-PSS-Deterministic", HASH_LEN, False)
PSSZERO_DETERMINISTIC = Variant("RSABSSA-SHA384-PSSZERO-Deterministic", 0, False)
VARIANTS = (PSS_RANDOMIZED, PSSZERO_RANDOMIZED, PSS_DETERMINISTIC, PSSZERO_DETERMINISTIC)


@dataclass(frozen=True)
class Blinded:
    """What Blind returns: the message for the issuer and the inverse the client keeps to unblind."""

    blinded_msg: bytes
    inv: int


def modulus_len(key: rsa.RSAPublicKey | rsa.RSAPrivateKey) -> int:
    return (key.key_size + 7) // 8


def prepare(msg: bytes, variant: Variant) -> bytes:
    """PrepareRandomize (32 random bytes before msg) or PrepareIdentity (msg itself)."""
    return secrets.token_bytes(PREFIX_LEN) + msg if variant.randomized else msg


def message_of(prepared_msg: bytes, variant: Variant) -> bytes:
    """The application message inside a prepared message (the random prefix removed)."""
    return prepared_msg[PREFIX_LEN:] if variant.randomized else prepared_msg


def mgf1_sha384(seed: bytes, length: int) -> bytes:
    """MGF1 with SHA-384 (RFC 8017 §B.2.1)."""
    blocks = (length + HASH_LEN - 1) // HASH_LEN
    return b"".join(hashlib.sha384(seed + i.to_bytes(4, "big")).digest() for i in range(blocks))[:length]


def emsa_pss_encode(msg: bytes, em_bits: int, salt: bytes) -> bytes:
    """EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-384 and MGF1-SHA-384; the salt length is len(salt)."""
    em_len = (em_bits + 7) // 8
    if em_len < HASH_LEN + len(salt) + 2:
        raise BlindingError(f"encoding error: a {em_bits}-bit encoding cannot hold a {len(salt)}-byte salt")
    m_hash = hashlib.sha384(msg).digest()
    h = hashlib.sha384(bytes(8) + m_hash + salt).digest()
    db = bytes(em_len - len(salt) - HASH_LEN - 2) + b"\x01" + salt
    masked_db = bytearray(a ^ b for a, b in zip(db, mgf1_sha384(h, em_len - HASH_LEN - 1)))
    masked_db[0] &= 0xFF >> (8 * em_len - em_bits)
    return bytes(masked_db) + h + b"\xbc"


def _random_below(n: int) -> int:
    """Uniform in [1, n)."""
    while True:
        r = secrets.randbelow(n)
        if r:
            return r


def blind(public_key: rsa.RSAPublicKey, msg: bytes, variant: Variant) -> Blinded:
    """Blind (RFC 9474 §4.2): encode the prepared message with a fresh salt and blind it with a fresh r."""
    n = public_key.public_numbers().n
    for _ in range(8):  # a non-invertible r means r shares a factor with n; never happens with a real key
        r = _random_below(n)
        if math.gcd(r, n) == 1:
            return blind_with(public_key, msg, variant, salt=secrets.token_bytes(variant.salt_len), r=r)
    raise BlindingError("could not find a blind coprime with the issuer's modulus: the public key is broken")


def blind_with(public_key: rsa.RSAPublicKey, msg: bytes, variant: Variant, *, salt: bytes, r: int) -> Blinded:
    """Blind with a given salt and blind r: for known-answer tests only, use `blind` (RFC 9474 §7.4)."""
    numbers = public_key.public_numbers()
    n, e = numbers.n, numbers.e
    if len(salt) != variant.salt_len:
        raise BlindingError(f"{variant.name} takes a {variant.salt_len}-byte salt, got {len(salt)} bytes")
    m = int.from_bytes(emsa_pss_encode(msg, n.bit_length() - 1, salt), "big")
    if math.gcd(m, n) != 1:
        raise BlindingError("invalid input: the encoded message is not coprime with the modulus; update the key")
    try:
        inv = pow(r, -1, n)
    except ValueError:
        raise BlindingError("blinding error: the blind has no inverse modulo n; blind again") from None
    z = m * pow(r, e, n) % n
    return Blinded(z.to_bytes(modulus_len(public_key), "big"), inv)


def blind_sign(private_key: rsa.RSAPrivateKey, blinded_msg: bytes) -> bytes:
    """BlindSign (RFC 9474 §4.3): RSASP1 on the blinded message, with blinding and the fault check."""
    k = modulus_len(private_key)
    if len(blinded_msg) != k:
        raise DecodeError(f"blinded message must be {k} bytes for this key, got {len(blinded_msg)}")
    numbers = private_key.private_numbers()
    pub = numbers.public_numbers
    n, e = pub.n, pub.e
    m = int.from_bytes(blinded_msg, "big")
    if m >= n:
        raise DecodeError("blinded message is out of range (not below the modulus); blind it again")
    s = _rsasp1_blinded(numbers, m)
    if pow(s, e, n) != m:
        raise SigningError("signing failure: the private-key operation did not verify; the signature is withheld")
    return s.to_bytes(k, "big")


def _powmod_backend() -> tuple[Callable[[int, int, int], int], str]:
    try:
        from gmpy2 import powmod_sec
    except ImportError:
        return pow, "python pow (not constant time; install gmpy2)"
    return (lambda base, exp, mod: int(powmod_sec(base, exp, mod))), "gmpy2.powmod_sec (GMP mpz_powm_sec)"


_powmod, POWMOD = _powmod_backend()


def _rsasp1_blinded(numbers: rsa.RSAPrivateNumbers, m: int) -> int:
    """m^d mod n by CRT, with base blinding and exponent blinding (see the module docstring)."""
    p, q, n, e = numbers.p, numbers.q, numbers.public_numbers.n, numbers.public_numbers.e
    u = _random_below(n)
    while math.gcd(u, n) != 1:
        u = _random_below(n)
    blinded = m * pow(u, e, n) % n
    dp = numbers.dmp1 + secrets.randbits(64) * (p - 1)
    dq = numbers.dmq1 + secrets.randbits(64) * (q - 1)
    sp, sq = _powmod(blinded, dp, p), _powmod(blinded, dq, q)
    s = sq + q * ((sp - sq) * numbers.iqmp % p)
    return s * pow(u, -1, n) % n


def finalize(public_key: rsa.RSAPublicKey, msg: bytes, blind_sig: bytes, inv: int, variant: Variant) -> bytes:
    """Finalize (RFC 9474 §4.4): unblind the issuer's answer and check it is a valid signature over msg."""
    k = modulus_len(public_key)
    if len(blind_sig) != k:
        raise DecodeError(f"blind signature must be {k} bytes for this key, got {len(blind_sig)}")
    n = public_key.public_numbers().n
    sig = (int.from_bytes(blind_sig, "big") * inv % n).to_bytes(k, "big")
    verify(public_key, msg, sig, variant)
    return sig


def verify(public_key: rsa.RSAPublicKey, msg: bytes, sig: bytes, variant: Variant) -> None:
    """RSASSA-PSS-VERIFY over the prepared message (by `cryptography`); raises InvalidSignature."""
    if len(sig) != modulus_len(public_key):
        raise InvalidSignature(f"signature must be {modulus_len(public_key)} bytes, got {len(sig)}")
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA384()), salt_length=variant.salt_len)
    try:
        public_key.verify(sig, msg, pss, hashes.SHA384())
    except _CryptoInvalidSignature:
        raise InvalidSignature(f"not a valid {variant.name} signature over this message under this key") from None
