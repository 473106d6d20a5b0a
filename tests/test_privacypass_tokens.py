"""RFC 9578 token type 0x0002 and RFC 9577 structures: the RFCs' test vectors byte for byte, then the failures."""

from __future__ import annotations

import hashlib
import re

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from edge.privacypass import blindrsa, tokens
from edge.privacypass.errors import DecodeError, InvalidSignature, UnknownKey, WrongChallenge
from edge.privacypass.tokens import (
    IssuerKey,
    Token,
    TokenChallenge,
    TokenRequest,
    TokenResponse,
    begin_issuance,
    begin_issuance_with,
    finish_issuance,
    sign_request,
    verify_token,
)


def parse_vector(text: str) -> dict[str, bytes]:
    """`name: hex` lines as the RFCs print them, values wrapped over several lines; empty values allowed."""
    values: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        match = re.fullmatch(r"([\w-]+):\s*([0-9a-fx]*)", line)
        if match:
            name = match.group(1)
            values[name] = match.group(2)
        elif line.strip():
            values[name] += line.strip()
    return {k: bytes.fromhex(v.removeprefix("0x")) for k, v in values.items()}


@pytest.fixture(scope="module")
def rfc_sk() -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(SKS_PEM, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


@pytest.fixture(scope="module")
def rfc_key(rfc_sk: rsa.RSAPrivateKey) -> IssuerKey:
    return IssuerKey.from_public_key(rfc_sk.public_key())


@pytest.fixture(scope="module")
def other_sk(rfc_sk: rsa.RSAPrivateKey) -> rsa.RSAPrivateKey:
    """Another 2048-bit key whose truncated key ID differs from the RFC key's (1 in 256 random keys share it) and
    whose modulus is smaller (so a message blinded for it is in the RFC key's range): the wrong-key cases then
    fail the way the tests expect, every time."""
    rfc = IssuerKey.from_public_key(rfc_sk.public_key())
    while True:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        other = IssuerKey.from_public_key(key.public_key())
        smaller = key.public_key().public_numbers().n < rfc_sk.public_key().public_numbers().n
        if other.truncated_token_key_id != rfc.truncated_token_key_id and smaller:
            return key


def test_issuer_key_encoding_matches_rfc(rfc_key: IssuerKey) -> None:
    pks = parse_vector(PKS)["pkS"]
    assert rfc_key.spki == pks  # SPKI with the RSASSA-PSS OID and SHA-384 parameters, byte for byte
    assert rfc_key.token_key_id == hashlib.sha256(pks).digest()
    assert rfc_key.token_key_id.hex() == "ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708"
    assert rfc_key.truncated_token_key_id == 0x08
    assert IssuerKey.from_spki(pks) == rfc_key


@pytest.mark.parametrize("index", range(5))
def test_rfc9578_issuance_vectors(index: int, rfc_sk: rsa.RSAPrivateKey, rfc_key: IssuerKey) -> None:
    v = parse_vector(VECTORS[index])
    challenge = TokenChallenge.decode(v["token_challenge"])
    assert challenge.encode() == v["token_challenge"]
    blind = int.from_bytes(v["blind"], "big")
    request, pending = begin_issuance_with(rfc_key, challenge, nonce=v["nonce"], salt=v["salt"], blind=blind)
    assert request.encode() == v["token_request"]
    assert pending.nonce == v["nonce"]
    response = sign_request(rfc_sk, TokenRequest.decode(v["token_request"]))
    assert response.encode() == v["token_response"]
    token = finish_issuance(rfc_key, pending, TokenResponse.decode(v["token_response"]))
    assert token.encode() == v["token"]
    verify_token(Token.decode(v["token"]), rfc_key, challenge)


@pytest.mark.parametrize("index", range(5))
def test_rfc9577_authenticator_input_vectors(index: int, rfc_key: IssuerKey) -> None:
    v = parse_vector(AUTH_VECTORS[index])
    challenge = TokenChallenge(
        int.from_bytes(v["token_type"], "big"),
        v["issuer_name"].decode(),
        v["redemption_context"],
        v["origin_info"].decode(),
    )
    assert v["token_key_id"] == rfc_key.token_key_id
    token = Token(v["nonce"], challenge.digest(), v["token_key_id"], authenticator=bytes(tokens.NK))
    assert token.authenticator_input() == v["token_authenticator_input"]
    assert TokenChallenge.decode(challenge.encode()) == challenge


def test_rfc9577_grease_token_is_refused() -> None:
    grease = parse_vector(AUTH_VECTORS[5])["token_authenticator_input"]
    with pytest.raises(DecodeError, match="0x0000"):
        Token.decode(grease)


def test_fresh_issuance_round_trip(other_sk: rsa.RSAPrivateKey) -> None:
    key = IssuerKey.from_public_key(other_sk.public_key())
    challenge = tokens.epoch_challenge("issuer.example", "collector.example", 2931)
    request, pending = begin_issuance(key, challenge)
    again, _ = begin_issuance(key, challenge)
    assert request.blinded_msg != again.blinded_msg and request.truncated_token_key_id == key.token_key_id[-1]
    token = finish_issuance(key, pending, sign_request(other_sk, request))
    assert pending.token_input[2:34] == token.nonce  # the nonce is the client's, never seen by the issuer
    assert token.nonce not in request.encode() and token.authenticator not in request.encode()
    verify_token(Token.decode(token.encode()), key, challenge)
    with pytest.raises(WrongChallenge):  # a token for epoch 2931 does not answer epoch 2932's challenge
        verify_token(token, key, tokens.epoch_challenge("issuer.example", "collector.example", 2932))
    with pytest.raises(WrongChallenge):
        verify_token(token, key, tokens.epoch_challenge("issuer.example", "other.example", 2931))


def test_tampered_tokens_fail(rfc_key: IssuerKey) -> None:
    v = parse_vector(VECTORS[0])
    challenge, raw = TokenChallenge.decode(v["token_challenge"]), v["token"]
    for position in (2, 40, 200, len(raw) - 1):  # nonce, challenge digest, authenticator (twice)
        bad = bytearray(raw)
        bad[position] ^= 0x04
        with pytest.raises((InvalidSignature, WrongChallenge)):
            verify_token(Token.decode(bytes(bad)), rfc_key, challenge)
    bad = bytearray(raw)
    bad[2] ^= 0x01  # the nonce: same challenge digest and key id, so the signature check must catch it
    with pytest.raises(InvalidSignature, match="forged or corrupted"):
        verify_token(Token.decode(bytes(bad)), rfc_key, challenge)


def test_wrong_key_and_forged_key_id(
    rfc_sk: rsa.RSAPrivateKey, rfc_key: IssuerKey, other_sk: rsa.RSAPrivateKey
) -> None:
    v = parse_vector(VECTORS[0])
    challenge, token = TokenChallenge.decode(v["token_challenge"]), Token.decode(v["token"])
    other = IssuerKey.from_public_key(other_sk.public_key())
    with pytest.raises(UnknownKey):
        verify_token(token, other, challenge)
    relabelled = Token(token.nonce, token.challenge_digest, other.token_key_id, token.authenticator)
    with pytest.raises(InvalidSignature):
        verify_token(relabelled, other, challenge)
    with pytest.raises(UnknownKey, match="fetch the issuer's current keys"):
        sign_request(other_sk, TokenRequest.decode(v["token_request"]))  # names key ..08, not this one
    # An answer from the wrong key never finalizes into a token.
    request, pending = begin_issuance(other, challenge)
    wrong = TokenResponse(blindrsa.blind_sign(rfc_sk, request.blinded_msg))
    with pytest.raises(InvalidSignature):
        finish_issuance(other, pending, wrong)
    assert len(request.encode()) == tokens.TOKEN_REQUEST_LEN


def test_truncated_and_padded_encodings_raise(rfc_key: IssuerKey) -> None:
    v = parse_vector(VECTORS[0])
    for cls, raw in ((Token, v["token"]), (TokenRequest, v["token_request"]), (TokenResponse, v["token_response"])):
        for bad in (b"", raw[:1], raw[:-1], raw + b"\x00"):
            with pytest.raises(DecodeError):
                cls.decode(bad)
    challenge = v["token_challenge"]
    for cut in range(len(challenge)):
        with pytest.raises(DecodeError):
            TokenChallenge.decode(challenge[:cut])
    with pytest.raises(DecodeError, match="trailing"):
        TokenChallenge.decode(challenge + b"\x00")
    with pytest.raises(DecodeError, match="0x0001"):
        TokenRequest.decode(b"\x00\x01" + v["token_request"][2:])


def test_challenge_fields_are_validated() -> None:
    with pytest.raises(DecodeError, match="0 or 32"):
        TokenChallenge(2, "issuer.example", bytes(16))
    with pytest.raises(DecodeError, match="server names"):
        TokenChallenge(2, "user@issuer.example")
    with pytest.raises(DecodeError, match="one server name"):
        TokenChallenge(2, "a.example,b.example")
    with pytest.raises(DecodeError, match="server names"):
        TokenChallenge(2, "issuer.example", b"", "a.example, b.example")
    with pytest.raises(DecodeError, match="ASCII"):
        TokenChallenge.decode(bytes.fromhex("00020002") + "é".encode() + b"\x00\x00\x00")
    assert (
        TokenChallenge(2, "issuer.example:8443", bytes(32), "a.example,b.example").encode()[:4] == b"\x00\x02\x00\x13"
    )


def test_issuer_key_encodings_are_strict(rfc_key: IssuerKey, other_sk: rsa.RSAPrivateKey) -> None:
    pks = rfc_key.spki
    plain = rfc_key.public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )  # rsaEncryption OID: RFC 9474 §6.2 forbids it for blind-signing keys
    for bad in (plain, pks[:-1], pks + b"\x00", b"", b"\x30"):
        with pytest.raises(DecodeError):
            IssuerKey.from_spki(bad)
    salt32 = pks.replace(bytes.fromhex("a203020130"), bytes.fromhex("a203020120"))
    with pytest.raises(DecodeError, match="48-byte salt"):
        IssuerKey.from_spki(salt32)
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    with pytest.raises(DecodeError, match="2048-bit"):
        IssuerKey.from_public_key(small)
    with pytest.raises(DecodeError, match="2048-bit"):
        IssuerKey.from_spki(tokens.encode_spki(small))
    assert IssuerKey.from_spki(tokens.encode_spki(other_sk.public_key())).public_key.public_numbers() == (
        other_sk.public_key().public_numbers()
    )


# RFC 9578 Appendix A.2 (token type 0x0002): the issuer key of all five vectors (PEM-encoded PKCS#8; the RFC
# prints its bytes in hex), its SPKI encoding, and each vector's values.
SKS_PEM = b"""\
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDLGu1rapX1sc4B
Okz8qyW5Sy5kojA05CUKfqtDwN86jBKZOvErERkI1LRxvsMdS2ya2c3akGEqLukD
Uj5t5aIk1rAvCeXDdNDP4B2PUpxQCnii9nkI+mgrWitDDIHq8a9y17XnlPyYoxOS
doeXV85FO1Ju+b9s65mXm4QjuQ9EYaIq83qrDPVzP3WXq+RNMccy22ihgcbLvmB9
jA5S4GVf2ZltxYTsoL6Hr7zXijN9F7Hbqegou9geKRMXFE5/+J9VYZcJsJbLuepH
TOrSZMIHP+SXQMAfAOEJEGBmmD0h5fg/CG4ugjyHnNQ873ANKjUqm6vWEtA8rQLb
E0t+IlpfAgMBAAECggEALzCbdzi1jPd58MkV+CLfyfSQ2+rfHnrfrFeP/VcDxrui
2p1aSXJYibe6ES+Mb/MFUdlHPgALw1xQ4Werf6c6DCshllxLWSV8GsBsvc8o6GP2
cY6owpBDwcbahGKUkP0Ekb9S0XLJWcGSG5aUnHJXR7inx4cZlfoLnrEQe6hUxsMq
b0dHxdHDBMdGfVWwgKojOjpS/98mEUy7VB/6a2lreglvjc/2nKCKtY77D7dTqlGF
xzABaWu86MCZ4/Q13Lv+BefbqtI9sqZZwjrdUhQH8VCxry2QVMQWQinWhAt6MqT4
SBSTrolZzwrqje8MPJ91uaNMdXGLcHLI26sXzv7KSQKBgQDvcwsPUUvA9Z2ZX9X5
mIxMTBNdEFzVbUPuKKA1yWn1UMDNcUjqh+ze/7k3yFxkh0QF31bq60eL90GISiAO
5KOWM9EKo+xAQ2baK1MfOY1G+8jzBXUpBs94k53S88yXmK6nydgv70BJ8Zh5fkUq
W20oSbhkhjRdSzH2kRGirg+USwKBgQDZJMnry2Exa/3Eq7PbosxAPMiYnk5JAPSG
y2z0Z7TUb+uHQO/+xPM7nC0uyLIMD9laTMHwn6s7/LbGoEP1WRgpoYH/B14k/Rn6
fuwRN62Io9tc9+ACLtUB7vtGay3+gRwYtSC2b5ed8lIiegtTkea0h0uDSRxAtVs3
n5kya2Q9vQKBgFJuFzOZt+tgYnWnQUEgW8P0OIJEHME4UTdOcwCxKrHRr93JjuF2
E3wdKoTii7PrwOYIoaJThpjPcJbbdbfKy+nsQp1YGv9wdJrMaVwJcvIpwV6v1Upf
VtLadm1lklvpqs6GNM8jnM0Xx3ajmmnfeW9yGXE5phMrzLJl9F09cI2LAoGBANXv
ugVXrp2bsT1okd6uSaBsgpJjPewNRd3cZK9z0aSP1DTA1PNkpeQwHg/+6fSaVOHz
yAxDs9h5RrbxRaNfsT+rAUH7x1SYDVVQYVMhURbToZe6G/jqnTC3fNfHV1xtZfot
0loMHgwep6+SIMCoee2ZctuZV32lcIaf9rbHOc7dAoGAeQ8k8SILNG6DOA31TE5P
m01AJIYw7AlR3uo/RNaC+xYdPU3TskuALxxiDR/WsLEQBCjkFWmmJAWnQUDtbnYN
ScwR8G2J6FnrECtbtys73WAVGooFZncmPLP8lxLyblSBDELyaZv/bAsPlMO9bD5c
J+NSBaa+oiLl1wmCa5MCflc=
-----END PRIVATE KEY-----
"""

PKS = """\
pkS: 30820152303d06092a864886f70d01010a3030a00d300b06096086480165
03040202a11a301806092a864886f70d010108300b0609608648016503040202a
2030201300382010f003082010a0282010100cb1aed6b6a95f5b1ce013a4cfcab
25b94b2e64a23034e4250a7eab43c0df3a8c12993af12b111908d4b471bec31d4
b6c9ad9cdda90612a2ee903523e6de5a224d6b02f09e5c374d0cfe01d8f529c50
0a78a2f67908fa682b5a2b430c81eaf1af72d7b5e794fc98a3139276879757ce4
53b526ef9bf6ceb99979b8423b90f4461a22af37aab0cf5733f7597abe44d31c7
32db68a181c6cbbe607d8c0e52e0655fd9996dc584eca0be87afbcd78a337d17b
1dba9e828bbd81e291317144e7ff89f55619709b096cbb9ea474cead264c2073f
e49740c01f00e109106066983d21e5f83f086e2e823c879cd43cef700d2a352a9
babd612d03cad02db134b7e225a5f0203010001
"""

VECTORS = [
    """\
token_challenge: 0002000e6973737565722e6578616d706c65208e7acc900e
393381e8810b7c9e4a68b5163f1f880ab6688a6ffe780923609e88000e6f72696
7696e2e6578616d706c65
nonce:
aa72019d1f951df197021ce63876fe8b0a02dc1c31a12b0a2dd1508d07827f05
blind: 425421de54c7381864ce36473abfb988c454fe6c27de863de702a6a2ad
ca153fa2de47bd8fcd62734caa8ce1f920b77d980ab58c32d16dde54873f28ca9
68e8c125b8363514be68972f553655bcc7f80a284cc327e47e804a47333c5b3cd
f773312cc7ad9fda748aed0baa7e19c5a2d1dafda718f086d7fc0a4bc02d488e0
f20812daee335af7177b7a8369bd617066aed7a58f659f295c36b418827f67972
5b81ca14ea16fb82df21ad76da1ac38dcf24bf6252f8510e2308608ac9197f6cb
54fdcb19db17837302a2b87d659c5605f35f3709a130f0c3d50e172f0cae36cbc
9467f9914895a215a9e32443bcafff795273ccf8965a7eaa8c0b2184763e3e5c
salt: 3d980852fa570c064204feb8d107098db976ef8c2137e8641d234bbd88a
986fdb306a7af220cfadede08f51e1ef61766
token_request: 0002086a95be84b63cfed0993bb579194a72a95057e1548ac4
63a9a5b33b011f2b2011d59487f01862f1d8e4d5ea42e73a660fbc3d010b944a5
4da3a4e0942f8894c0884589b438cb902e9a34278970f33c16f351f7dae58d273
c3ab66ef368da36f785e89e24d1d983d5c34311cd21f290f9e89e8646ab0d0a48
988fcd46230de5e7603cd12cc95c7ec5002e5e26737aa7eb69c626476e6c8d465
10ee404a3d7daf3a23b7c66735d363ca13676925c6ed0117f60d165ce1f8ba616
d041b6384baf6da3e2f757cb18e879a4f8595c2dc895ddf1f4279c75768d108b5
c47f95f94e81e2d8b9c8b74476924ab3b7c45243fc99ac5466e8a3680ad37fa15
c96010b274094
token_response: 675d84b751d9e593330ec4b6d7ab69c9a61517e98971f4b73
6150508174b4335761464f237be2d72bbae4b94dffc6143413f6351f1aa4efde6
c32d4d6d9392a008290d56d1222f9b77a1336213e01934f7d972f3bf9ea5a5786
c321352f103b3667e605379a55f0fb925fbb09b8a9f85e7dd4b388a3b49d06fd7
0ba28f6a780e3bc8f6421554fd6c38b63ef19f84ccfcf14709dd0b4d72213c1f0
60893854eba0ea1a147e275da320db5e9849882d5f9179efa8a2d8d3b803f9d14
45ef5c1f660be08883ce9b29a0a992fc035d2938cbb61c440044438dbb8b3ce71
58a8f9827d230482f622d291406ab236b32b122627ae0fd36bd0d6b7607b8044a
ce404d44
token: 0002aa72019d1f951df197021ce63876fe8b0a02dc1c31a12b0a2dd150
8d07827f055969f643b4cfda5196d4aa86aeb5368834f4f06de46950ed435b3b8
1bd036d44ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f
71cd2708bc6a21b533d07294b5e900faf5537dd3eb33cee4e08c9670d1e5358fd
184b0e00c637174f5206b14c7bb0e724ebf6b56271e5aa2ed94c051c4a433d302
b23bc52460810d489fb050f9de5c868c6c1b06e3849fd087629f704cc724bc0d0
984d5c339686fcdd75f9a9cdd25f37f855f6f4c584d84f716864f546b696d620c
5bd41a811498de84ff9740ba3003ba2422d26b91eb745c084758974642a420782
01543246ddb58030ea8e722376aa82484dca9610a8fb7e018e396165462e17a03
e40ea7e128c090a911ecc708066cb201833010c1ebd4e910fc8e27a1be467f786
71836a508257123a45e4e0ae2180a434bd1037713466347a8ebe46439d3da1970
""",
    """\
token_challenge: 0002000e6973737565722e6578616d706c6500000e6f7269
67696e2e6578616d706c65
nonce:
98c1345ff38a554b429b428b0f206cfe4f3892f8041995f2c24873d90e84488d
blind: 7bb85f89c9b83a0e2b02938b3396f06f8f3df0018a91f1a2cc5416aaa5
52994d063f634d50bea13bffe8d5e01431e646e2e384549cefd695ac3affff665
a1ebf0113df2520006bd66e468d37a58266daa8a3a75692535e1fc46d0c1d6fb6
f37c949808172e20c0b77a48570a1fcb474325bdd23cdbce52b5d6a9e39f7aec7
3b09004eae8c8bfff2b4b533ea63bcf467a4cd95ccfb0cb4e43bc4992c1fd0be7
a77a4475dbf8094cf25125ece901abbcea607a9050ad9f8ec3d0d66341f6eab40
ee9c9c22c0b560b8377f8543d8878c7458885fd285c7556cc88fc6021617075b4
2c83a86005169a6f13352e789b28fdbbe3d0288e1dd7c801497573893146aea3
salt: b6b4378421ab0ea677ce3f4036fd0489dee458ad81ea519c3e8bde3fcd5
ec1505d28e110d7b44dcac5e04ecedd54d11a
token_request: 00020892d26a271c0104657ba10c0b5cb2827bb209d86e8002
7f96bfb861e0f40cb897f0fc426498433141ce9bc8b4a95914fefe4e40bdd3802
a121cb0b59a4ae7e03255275c4abf071d991c82ead402606c0ef912178b0a0f68
d303e06a966079230592827b84979dbcb5f21ab8904e9908638ddf705c4f8af8a
053c19a66090726b60c6b4063976e4c66eab33522dd3f9d64828441db4aa82d55
adcc3d3920592884cd1e5a3f490d5c81f1306705dcc5c61d82373f1dbd7d2ae4b
2fea0f7339f5d868415f59312766e3074ee4a7305f5f053da82673ee6747a727a
26d8d10ea1b1a3491d26b0c38b962c02a774ac78932153aae9dcc98a9b1db1f53
89644682f7727
token_response: 113a5124c1aef6fc230d9fc42b789226f45ca941aad4da3f4
8cf37c7744a8d7fd1dcfd71cd39d09e9324760180ea0bade3360efaf7322a1fa1
5f41247be3857fde8c5c92ec6d67a7ee33be8fdadf8b27bb0db706117448e55bc
e9927cb6bfb1f87f9edb054181a4558af0c0d3973d7033b9599e674c20cf08a7b
bcf0da815a2edaab7c4fb80dee4ea2cc53576a9691e857da931c6c592d2c69dd2
1afda8ea653dd90157adfe80e2375c08e75beb497df8b7b73192fbbd4e80359d9
bbaecea14e0acebdda92596f71ec1d57e26b6497b3152976bc07a4409148cb843
89eb207fb8e841106012408c6e19b4f964008b6a909aaab767a661a061c97da16
43040455
token: 000298c1345ff38a554b429b428b0f206cfe4f3892f8041995f2c24873
d90e84488d11e15c91a7c2ad02abd66645802373db1d823bea80f08d452541fb2
b62b5898bca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f
71cd27083350a206c5e9b7c0898f97611ce0bb8d74d310bb194ab67e094e32ff6
da90886924b1b9e7b569402c1101d896d2fc3a7371ef77f02310db1dc9f81c853
5828c2d0e9d9051720d182cd54e1c2c3bf417da2fc7aa72bb70ccc834ef274a2e
809c9821b3d395d6535423f7428b3f29175d6eb840b4b7685336e57e2b6afeaab
c0c17ea4f557e8a9cc2f624e245c6ccd7cbdd6c32c97c5c6974e802f688e2d25f
0aba4215f609f692244517d5d3407e0172273982c001c158f5fcbe1b5d2447c26
a87e89f5a9e72b498b0c59ce749823d2cf253d3cf6cd4e64fa0e434d95e488789
247a9ceed756ff4ff33a8d2402c0db381236d331092838b608a42002552092897
""",
    """\
token_challenge: 0002000e6973737565722e6578616d706c65000017666f6f
2e6578616d706c652c6261722e6578616d706c65
nonce:
9e7a22bdc5d715682434cebc07eb5fa53f622f776a17a6d91757af1592df0e71
blind: c52cabc5e4e131e0f5860cc4c486c5ee8a5fa8ae59484446121f87b0d8
ccd037f161a99ebcc57f79d05a2ffc852656ad2d0894fab8d1b0f998e6e678254
ed5778da98b137371320314d06c24276e35435bccffa49d257687f270f9ce1792
6a074737546d5415a4bb9e624a6302562b395856632efb6992f6593a4f95fb342
002efebc3046ca96bbc26edb2f1a1454a24ce7b9a7ec8e44fb9e99c8144d409d8
cd8a5903c0a3c0acbd9f82573ed1fc4a296e3eaf4867ade30110794678f422d36
bd103ea4617d2472cf58da3381e52e5be60f4acbf685e280648cef21211a796ec
d005ecbdaa1046c40950afca4c4e7dd4b8c19e504088489a15667b45895b6e92
salt: c847b5d0fa9101a1e09954ac9f3eed6600af58936295ad2e54274e13e64
0d59f732d07530c94c19c20668f03470c77ac
token_request: 0002080f6bd84fba1822c577c8cd670f1136cca107f84ddd9d
405d5ed22ad15da975538f031433bad4a2688999732927efe2928d4c132389a12
2f40b639b083d6fcbbed7a55fb18db536d2dcbaefe6dc0a70730e6565b08a7dfd
783913a59f37d798de0cfc262c9e90a7ee884a3ec355eacbd44e5f6779fea6a78
5b05ac352fdd51a116cf2be1d8e38b0bfacd6a3d53a88c99f747cce908f86b335
62691f540e3e88562092cd17cc2f78ce0fb53312a5f2dc918bdb1dc90d9d65091
c7ba9080ccc1755cb5437989364dc92f0e8fea18f66d631451feb02a3d68af41d
e1a3f9be925dda5c4ca0706fc4ca28b3317e939f6573442c6d03be17cd141fa82
60d382d134c6b
token_response: 2dd08ce89cf4f62bc236ab7b75266e13c57c750345e328e0b
ea107537c4cbeea5bfc990716950440628ea2e37dbc5c9c6d84f9a965cbf0cbff
fb89516b1fd19a90d69cc52a28890bbdcf782f56aefadad85b6e861a74170ce91
0891c89e4293f37978dbd41cc8b5c68802de3d86d9f0326b9c22b809512245896
6a6ddd1aeb3828d239c3b359efc9b375390eb19050d5656c2b084304d9bd8a816
14f631bf82a7e4588413b44a0cb6d94e942fa134790b396cb71e3ed33b557b5bd
0734e726fa79abdca8694703b81d0e289b749801d4383e0d4f825dcde0dd98c43
d3ba81c028dd8833a4fc24961f60e118d4421dce5b611d53e9ca96156a52509bf
a9afeb7e
token: 00029e7a22bdc5d715682434cebc07eb5fa53f622f776a17a6d91757af
1592df0e710042eee45ac4dd5acb8f6e65c4d8dd47504f73f7463507ef96a4d72
27d2774f3ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f
71cd270815b010bbc0d5f55e9c856d2e9ffaefba007d33c2d5452fbeb0b15919b
973e0dc9180aaeb18242043758d9fb0ac9ac5e04da9ff74ec93644ae6cdb7068e
a76ce2295b9b95e383ed3a9856e9f618dafdf4cec5d2b53ea4297c2f3990babca
71e3ccd6c07a437daae7ed27b6b81178fb7ce5fa5dd63781cc64ac1e410f441c0
34b0a5cc873a2ce875e8b38c92bab563635c4f8f4fa35d1f582ef19edf7da75aa
11a503a82e32a12bd4da41e0ca7ec7f451caf586f5b910003fcbbb9ff5ffa2408
c28d6807737d03da651ea9bfafcc2747a6830e19a1d160fcd5c25d2f79dad86a8
b3de8e926e08ca1addced72977f7b56398ef59c26e725df0a976a08f2a936ca42
""",
    """\
token_challenge: 0002000e6973737565722e6578616d706c65000000
nonce:
494dae41fc7e300c2d09990afcd5d5e1fc95305337dc12f78942c45340bfe8e6
blind: 097cb17bcedecfe058dff5c4e517d1e36d7ab8f46252b1ac1933ba378c
32625c0dbc69f5655c2003bf39e75810796cd63675b223cf3162c57108d56e058
4cfce6cad829e74369ada38a095eb3012c912b31ccde7425f93464e353fb17552
be3a8df2913daca61543a33ae45058f218c471dfbc12fb304158e29b6ed35bc07
9e23f1e6173c5dec4545840bbe58e5ad37cbea0a10dca5d9df2781589d27c3410
8477b52c0d32a1370c17f703941fbb1a007a6794e7de2758709c9bbf80f21eec7
922b9bb491eb6aac8c1a14764e648e6be4fff0ae913797067aa0826f366c3103e
103b05653c73b52d7f825a185dccfb806da700db9f53abb848554b7d4f7c28f3
salt: 49912979f1bf528e5b8228ab1328df74319dce7bdaf45821ceb1100dcf0
42a2dfe852fc9db59b64a5f6493c282504240
token_request: 000208244840027ca8c620f8b14caded9a198ba388ccd8541e
962f68a0071535d958d18494afd0bc11da4da8c8b33864f5a8f623b697cd56348
594e11a75479048a72c0ed179b070506c09a7eb6ed3582f572df38cf60fcde11a
52c5ce6d7b23435b60200ad9f66d21f40f323c9aa54307d0b966d4457c37542b6
6bb183ddeafca914fc74831698b5d52f498ee3d165685f49a8d86e39fe6c4b7ec
678f5250908d25e5b873c69b422368121aa4210cadd6fc640907d3cb9a7a3e827
a0e742470f00c2f49dc6c0e8cc9470dbfd73df0ccbb96c10b02af0dd7dee719ec
a11ff8e1b4929e59f3cf319de9bda29a6d968b43083b5d4242f3448d76ada08b8
014f70b97e719
token_response: c2746ff644cffb28a2c19395fa19dfb61fd135daa837844fb
f9fbe06c253e64e69f53aefddc0fb4833b1b5e58f571134a34f245499c3e73419
549c2c9111cf94f2f68fea3996d47f71e8d8d6fc5b1c074bf74fa59de4cbf32f5
f08d45ea45492f0279c3b1a8d852698edbe1651eb8e09eb223a27386c0feb2f6a
8260235edb36cf433da518100829b63166284b325d87fc941ea3bafe7b6761b70
82e09397837f74b4f0fc838bce8af7242089dd5561f57735926bcbad219fc9fee
85ae49a8e8951f63ca194b7ff018c06ee02267e7267bb996432dc76973819da80
e3e86947b0a4b36d3a972dafaaa3db0e1044b325f02c679996d9bcd3ce51390d5
4bc10b8c
token: 0002494dae41fc7e300c2d09990afcd5d5e1fc95305337dc12f78942c4
5340bfe8e6b741ec1b6fd05f1e95f8982906aec1612896d9ca97d53eef94ad3c9
fe023f7a4ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f
71cd2708a55c83dc04292b5d92add1a87b37e54f22f61c58840586f390c50b231
824423378ddcf50e69dc817d45bfad06c7f2a0ac35d2acd7f26b0bc9954c192b0
a0ef28a2a5650e390098dd3cb1166a7cb1716d3dd2d19dc5ca3b1ea6206359de0
002d82bc4fa7e69fb07214b06addcbd2203d1e17f57fc580bcc5a13e0ac15cf94
2182cc2b5d6eaa737a712704114e357e2ec2f10047463ded02a1a0766dc346dd7
212b9711e03ac95eb258ac1164104dc9a0d3e738ae742ab5ed8c5139fc07145a7
88b9f891741ee68f0a66782b7b84a9bb4cb4b3d1b26b67106f397b35b641d882d
7b0185168946de898ef72349a44a47dbdd6d46e9ba9ba543d5701b65c63d645c2
""",
    """\
token_challenge: 0002000e6973737565722e6578616d706c65208e7acc900e
393381e8810b7c9e4a68b5163f1f880ab6688a6ffe780923609e880000
nonce:
a1aa8b371c37c9a8ddbd7342ab4f9dd5227d5b1600dca6517b60f63143cd43a3
blind: ad7a32e1ac31b91daefd7042cc23d5621ab3e870d87297bbfe1ee8a518
ffc5b84770d3b77775c485b2d219954834868842d2f11877ac4bceb5da88944cc
a043a9afa52f9c9998a5dea7ab7c1f82662d0d327e29705a269ad221ae74a7c11
72ff89c48997a9fda08886d3998bb538868396c0ace71d260cc71f768001939b2
4d80d88979f0244a3dbc004eadfac81e138d430b9fa51c1aad21b957ff96b3123
c91c2fff362a386f0f99a3f9fc906ca626fd9107648f87532b44c4fe3856ecae1
f46d8ebf5d2f46e52034478e5e883015666574dd80bd5c036c4b55ebcc8b66068
8d23944cc1932d075b559dcdc269fae3511761f71c113634e60d67accc8875fb
salt: 35c04710ce866d879447b6230ce098a49e81be5c067881cce7bd5f92c1e
5bd9b3c7d4d795cfad134fdfe916d735a624a
token_request: 0002083d6495c72529bbc4f5c0b49e94e4561baec1ca638a93
b2940ea9e37b838db7b1a91ec1f257d49b45c4f75119c2ab9eb5578541ad2b9ba
c1bd627abc709097f503f83d98fed6dbeb615c3be9bf09cbf8ea25ea8026c1b8b
a1c704ff516ed87c3d7d85342fd00111d8a80492d4b8fdbb092a282f74f13901e
5edc1b3b02cfe24c950affe6130fbb57c1482d674db3c6944812ba081c2235a16
d01eeec0932a8619d85732fc3e36179f0b50377bf9cb7a50ce3abeb3f31ed5f0f
3deec7aae7290f5397cec61318357d652b029a0fda0f100a78e36c4ef56ba3779
963e8745fdf4e347763c63d825836878e249833a0f4bd315392cc06ccca2c955e
921efbc4f941d
token_response: 8db727000018a98a2fe9fda8bbde5b8e9cedc31efbcaed695
0eb1e0f8d9af9db632def52f74f07cdab304bbde40519080dd0388fb2b8900528
b4791d2bca40aa2c2a6d1b92f010c1849bfb781cc813cc204855dd05e8a2dd31e
a5220981b8ab6b008e153083dc8f594206440d66286fea9c21b56807be8655506
ab7818bb9c8c69489dda56fe6390a5397268c8b5711f9d2df6f2584740cccf034
5fd67f93f345426f33c078a0aceb90845df9eef74f6248d06c36d19e191da325b
721ddc12ea78ed37b0c3b6170590536e3aee7eb0efc7d11a2c9d072a394f12ffa
67ecf316c49efd8f31723b11fe46740636bd89ad4f7ef96bc38b2cb4916d9dc04
ba1b2fc6
token: 0002a1aa8b371c37c9a8ddbd7342ab4f9dd5227d5b1600dca6517b60f6
3143cd43a3bb8a8cf1c59e7a251358ed76fe0ccff61044bc79dd261f16020324d
22f2d434cca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f
71cd27082899f4bc385b4147a650a3e7efc7d23a743cb944bb53e2ed8b88ee03a
9c0b1cf1f73fd7f15c1bd1f850a5a96a34d4ee9f295543f30ac920825e9a0ce26
e924f2c145583019dd14408c565b660e8b702fbea559908b1a8c8f9d21ef22f7c
c6a4641c57c146e6c5497d2890ca230a6749f5f83a8fdd79eba0722f10dff9e81
a2fb2d05fa4d989acc2e93f595ae69c98c3daa3b169efcdd6e59596b2f049f16b
a49528761f661032da65a3ee0fe8a22409766e90daf8c60323c16522818c49273
c795f26bbab306dc63cfc16fe1702af2464028cf819cc647d6f9b8a8f54d7d658
5a268fdb8c75f76618c64aba266836a3b2db7cdd739815a021d7ff2b36ef91f23
""",
]

# RFC 9577 Appendix A.1: TokenChallenge and token authenticator input vectors (the sixth is a grease token).
AUTH_VECTORS = [
    """\
token_type: 0002
issuer_name: 6973737565722e6578616d706c65
redemption_context:
476ac2c935f458e9b2d7af32dacfbd22dd6023ef5887a789f1abe004e79bb5bb
origin_info: 6f726967696e2e6578616d706c65
nonce:
e01978182c469e5e026d66558ee186568614f235e41ef7e2378e6f202688abab
token_key_id:
ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708
token_authenticator_input: 0002e01978182c469e5e026d66558ee1865686
14f235e41ef7e2378e6f202688abab8e1d5518ec82964255526efd8f9db88205a
8ddd3ffb1db298fcc3ad36c42388fca572f8982a9ca248a3056186322d93ca147
266121ddeb5632c07f1f71cd2708
""",
    """\
token_type: 0002
issuer_name: 6973737565722e6578616d706c65
redemption_context:
origin_info: 6f726967696e2e6578616d706c65
nonce:
e01978182c469e5e026d66558ee186568614f235e41ef7e2378e6f202688abab
token_key_id:
ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708
token_authenticator_input: 0002e01978182c469e5e026d66558ee1865686
14f235e41ef7e2378e6f202688abab11e15c91a7c2ad02abd66645802373db1d8
23bea80f08d452541fb2b62b5898bca572f8982a9ca248a3056186322d93ca147
266121ddeb5632c07f1f71cd2708
""",
    """\
token_type: 0002
issuer_name: 6973737565722e6578616d706c65
redemption_context:
origin_info:
nonce:
e01978182c469e5e026d66558ee186568614f235e41ef7e2378e6f202688abab
token_key_id:
ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708
token_authenticator_input: 0002e01978182c469e5e026d66558ee1865686
14f235e41ef7e2378e6f202688ababb741ec1b6fd05f1e95f8982906aec161289
6d9ca97d53eef94ad3c9fe023f7a4ca572f8982a9ca248a3056186322d93ca147
266121ddeb5632c07f1f71cd2708
""",
    """\
token_type: 0002
issuer_name: 6973737565722e6578616d706c65
redemption_context:
476ac2c935f458e9b2d7af32dacfbd22dd6023ef5887a789f1abe004e79bb5bb
origin_info:
nonce:
e01978182c469e5e026d66558ee186568614f235e41ef7e2378e6f202688abab
token_key_id:
ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708
token_authenticator_input: 0002e01978182c469e5e026d66558ee1865686
14f235e41ef7e2378e6f202688ababb85fb5bc06edeb0e8e8bdb5b3bea8c4fa40
837c82e8bcaf5882c81e14817ea18ca572f8982a9ca248a3056186322d93ca147
266121ddeb5632c07f1f71cd2708
""",
    """\
token_type: 0002
issuer_name: 6973737565722e6578616d706c65
redemption_context:
476ac2c935f458e9b2d7af32dacfbd22dd6023ef5887a789f1abe004e79bb5bb
origin_info: 666f6f2e6578616d706c652c6261722e6578616d706c65
nonce:
e01978182c469e5e026d66558ee186568614f235e41ef7e2378e6f202688abab
token_key_id:
ca572f8982a9ca248a3056186322d93ca147266121ddeb5632c07f1f71cd2708
token_authenticator_input: 0002e01978182c469e5e026d66558ee1865686
14f235e41ef7e2378e6f202688ababa2a775866b6ae0f98944910c8f48728d8a2
735b9157762ddbf803f70e2e8ba3eca572f8982a9ca248a3056186322d93ca147
266121ddeb5632c07f1f71cd2708
""",
    """\
token_type: 0000
token_authenticator_input: 000058405ad31e286e874cb42d0ef9d50461ae
703bb71a21178beb429c43c0effe587456d856f0f2bdfc216ef93d5c225e2a93e
84cb686e63919788087f7ab1054aa817f09dcb919a0ed6f90fe887e8b08cd1eee
44d5be8d813eda9f2656db61c932db8d73f8690604ded0120157923bbd19d5549
e639e4de07530aee1d370f5187b678685715bd878dde24346751eb532a87b71ea
40bbe5a13218658e303c648eb03817453690bfcbe8255081bf27ff0891cd02ee2
483e48a2c494bdef696f943fa992a65303292c25d0d3f62da86a70d0b020f0ff5
b90d0ff0f6abdb097d321fde04f3a1994e63bcd35a88c21236c7dc67600482223
f54b25e39a250439f27ecb5ae9eb8ed548a3ec1f1d6f510d08281929c8fe08834
2959e35ea9b3b6f6a96fc1a8edba4ed297f4cf02d0e4482b79a11f671745d7b7d
b120eddd8a4c2b6501bbc895b2160b8071615d9c1b18f32e056bfee29deac6a7d
6cf7b522a5badd63b9cb
""",
]
