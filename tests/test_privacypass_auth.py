"""RFC 9577 PrivateToken headers: the RFC's WWW-Authenticate vectors parsed exactly, round trips, strictness."""

from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives import serialization

from edge.privacypass import auth, tokens
from edge.privacypass.errors import DecodeError


def header_value(text: str) -> str:
    """The RFC folds each header over lines only to fit the page: joined back verbatim, without the name."""
    return "".join(text.splitlines()).removeprefix("WWW-Authenticate: ")


def expected_challenges(text: str) -> list[dict[str, object]]:
    """`token-type-N`, `token-key-N`, `max-age-N`, `token-challenge-N` values, wrapped over lines."""
    values: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        match = re.fullmatch(r"([a-z-]+-\d+):\s*(\S*)", line)
        if match:
            name = match.group(1)
            values[name] = match.group(2)
        else:
            values[name] += line.strip()
    count = 1 + max(int(k.rsplit("-", 1)[1]) for k in values)
    return [
        {
            "token_type": int(values[f"token-type-{i}"], 16),
            "token_key": bytes.fromhex(values[f"token-key-{i}"]),
            "max_age": int(values[f"max-age-{i}"]) if f"max-age-{i}" in values else None,
            "challenge": bytes.fromhex(values[f"token-challenge-{i}"]),
        }
        for i in range(count)
    ]


@pytest.mark.parametrize("index", range(3))
def test_rfc9577_header_vectors(index: int) -> None:
    params, header = HEADER_VECTORS[index]
    found = auth.parse_www_authenticate(header_value(header))
    want = expected_challenges(params)
    assert [
        {"token_type": c.token_type, "token_key": c.token_key, "max_age": c.max_age, "challenge": c.challenge}
        for c in found
    ] == want
    usable = [c for c in found if c.token_type == tokens.TOKEN_TYPE]  # what a type-0x0002 client would consume
    for c in usable:
        challenge = c.token_challenge()
        assert challenge.issuer_name == "issuer.example" and challenge.origin_info == "origin.example"
        assert tokens.IssuerKey.from_spki(c.token_key or b"").truncated_token_key_id == 0x08


def rfc_key() -> tokens.IssuerKey:
    """The issuer key of the RFC's header vectors."""
    spki = expected_challenges(HEADER_VECTORS[0][0])[0]["token_key"]
    assert isinstance(spki, bytes)
    return tokens.IssuerKey.from_spki(spki)


def test_challenge_header_round_trip() -> None:
    issuer_key = rfc_key()
    challenge = tokens.epoch_challenge("issuer.example", "collector.example", 7)
    one = auth.AuthChallenge(challenge.encode(), issuer_key.spki, 60)
    two = auth.AuthChallenge(tokens.TokenChallenge(2, "issuer.example").encode())
    header = auth.www_authenticate(one, two)
    assert header.startswith('PrivateToken challenge="AAIADmlzc3Vlci5leGFtcGxlI')
    assert auth.parse_www_authenticate(header) == [one, two]
    assert auth.parse_www_authenticate(f'Basic realm="x", {header}, Bearer abc.def==') == [one, two]


def test_authorization_round_trip_and_size() -> None:
    token = tokens.Token(bytes(range(32)), bytes(32), bytes(32), b"\xfb" * tokens.NK)
    value = auth.authorization(token)
    assert value.startswith('PrivateToken token="AAIAAQID') and value.endswith('"')
    assert len(value) == len('PrivateToken token=""') + 4 * ((tokens.TOKEN_LEN + 2) // 3)  # 493 characters
    assert auth.parse_authorization(value) == token
    assert auth.parse_authorization(value.replace("PrivateToken", "privatetoken") + ', ext="ignored"') == token
    unquoted = value.replace('token="', "token=").rstrip('"')
    assert auth.parse_authorization(unquoted) == token  # a token68-looking value is fine as a plain token


@pytest.mark.parametrize(
    "header",
    [
        "",
        "Bearer abc",
        'PrivateToken token="AAIA"',  # a truncated token
        "PrivateToken",
        'PrivateToken nonce="AAAA"',
        "PrivateToken AAIAAQID",  # token68 instead of token="..."
        'PrivateToken token="AAIA AQID"',
        'PrivateToken token="AAIAAQ+/"',  # base64, not base64url
        'PrivateToken token="AAIAAQI"',  # no padding
        'PrivateToken token="AAIAAQ==", token="AAIAAQ=="',  # a parameter twice
        'PrivateToken token="x", PrivateToken token="y"',
        'PrivateToken token="unterminated',
    ],
)
def test_bad_authorization_headers_raise(header: str) -> None:
    with pytest.raises(DecodeError):
        auth.parse_authorization(header)


def test_bad_challenges_raise() -> None:
    with pytest.raises(DecodeError, match="challenge="):
        auth.parse_www_authenticate('PrivateToken token-key="AAAA"')
    with pytest.raises(DecodeError, match="max-age"):
        auth.parse_www_authenticate('PrivateToken challenge="AAI=", max-age="-1"')
    with pytest.raises(DecodeError, match="base64url"):
        auth.parse_www_authenticate('PrivateToken challenge="AA.A"')
    with pytest.raises(DecodeError, match="canonical"):
        auth.from_b64url("AAB=", "x")  # the last character carries bits the padding says do not exist
    with pytest.raises(DecodeError):
        auth.parse_www_authenticate('PrivateToken challenge="AAIA" junk')
    truncated = auth.parse_www_authenticate('PrivateToken challenge="AAIADmlz"')[0]
    with pytest.raises(DecodeError, match="truncated"):
        truncated.token_challenge()
    assert auth.parse_www_authenticate('Basic realm="only basic"') == []


def test_token_key_from_header_is_the_issuer_key() -> None:
    key = rfc_key().public_key
    spki = tokens.encode_spki(key)
    header = auth.www_authenticate(auth.AuthChallenge(tokens.TokenChallenge(2, "i.example").encode(), spki))
    parsed = auth.parse_www_authenticate(header)[0]
    assert parsed.token_key is not None
    assert tokens.IssuerKey.from_spki(parsed.token_key).public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.PKCS1
    ) == key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)


# RFC 9577 Appendix A.2: each vector lists the challenges' parameters, then the WWW-Authenticate header.
HEADER_VECTORS = [
    (
        """\
token-type-0: 0x0002
token-key-0: 30820152303d06092a864886f70d01010a3030a00d300b060960864
8016503040202a11a301806092a864886f70d010108300b060960864801650304020
2a2030201300382010f003082010a0282010100cb1aed6b6a95f5b1ce013a4cfcab2
5b94b2e64a23034e4250a7eab43c0df3a8c12993af12b111908d4b471bec31d4b6c9
ad9cdda90612a2ee903523e6de5a224d6b02f09e5c374d0cfe01d8f529c500a78a2f
67908fa682b5a2b430c81eaf1af72d7b5e794fc98a3139276879757ce453b526ef9b
f6ceb99979b8423b90f4461a22af37aab0cf5733f7597abe44d31c732db68a181c6c
bbe607d8c0e52e0655fd9996dc584eca0be87afbcd78a337d17b1dba9e828bbd81e2
91317144e7ff89f55619709b096cbb9ea474cead264c2073fe49740c01f00e109106
066983d21e5f83f086e2e823c879cd43cef700d2a352a9babd612d03cad02db134b7
e225a5f0203010001
max-age-0: 10
token-challenge-0: 0002000e6973737565722e6578616d706c65208a3e83a33d9
8005d2f30bef419fa6bf4cd5c6005e36b1285bbb4ccd40fa4b383000e6f726967696
e2e6578616d706c65
""",
        """\
WWW-Authenticate: PrivateToken challenge="AAIADmlzc3Vlci5leGFtcGxlII
o-g6M9mABdLzC-9Bn6a_TNXGAF42sShbu0zNQPpLODAA5vcmlnaW4uZXhhbXBsZQ==",
 token-key="MIIBUjA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCAqEaMBgGCSqG
SIb3DQEBCDALBglghkgBZQMEAgKiAwIBMAOCAQ8AMIIBCgKCAQEAyxrta2qV9bHOATpM
_KsluUsuZKIwNOQlCn6rQ8DfOowSmTrxKxEZCNS0cb7DHUtsmtnN2pBhKi7pA1I-beWi
JNawLwnlw3TQz-Adj1KcUAp4ovZ5CPpoK1orQwyB6vGvcte155T8mKMTknaHl1fORTtS
bvm_bOuZl5uEI7kPRGGiKvN6qwz1cz91l6vkTTHHMttooYHGy75gfYwOUuBlX9mZbcWE
7KC-h6-814ozfRex26noKLvYHikTFxROf_ifVWGXCbCWy7nqR0zq0mTCBz_kl0DAHwDh
CRBgZpg9IeX4PwhuLoI8h5zUPO9wDSo1Kpur1hLQPK0C2xNLfiJaXwIDAQAB",unknow
nChallengeAttribute="ignore-me", max-age="10"
""",
    ),
    (
        """\
token-type-0: 0x0002
token-key-0: 30820152303d06092a864886f70d01010a3030a00d300b060960864
8016503040202a11a301806092a864886f70d010108300b060960864801650304020
2a2030201300382010f003082010a0282010100cb1aed6b6a95f5b1ce013a4cfcab2
5b94b2e64a23034e4250a7eab43c0df3a8c12993af12b111908d4b471bec31d4b6c9
ad9cdda90612a2ee903523e6de5a224d6b02f09e5c374d0cfe01d8f529c500a78a2f
67908fa682b5a2b430c81eaf1af72d7b5e794fc98a3139276879757ce453b526ef9b
f6ceb99979b8423b90f4461a22af37aab0cf5733f7597abe44d31c732db68a181c6c
bbe607d8c0e52e0655fd9996dc584eca0be87afbcd78a337d17b1dba9e828bbd81e2
91317144e7ff89f55619709b096cbb9ea474cead264c2073fe49740c01f00e109106
066983d21e5f83f086e2e823c879cd43cef700d2a352a9babd612d03cad02db134b7
e225a5f0203010001
max-age-0: 10
token-challenge-0: 0002000e6973737565722e6578616d706c65208a3e83a33d9
8005d2f30bef419fa6bf4cd5c6005e36b1285bbb4ccd40fa4b383000e6f726967696
e2e6578616d706c65
token-type-1: 0x0001
token-key-1: ebb1fed338310361c08d0c7576969671296e05e99a17d7926dfc28a
53fabd489fac0f82bca86249a668f3a5bfab374c9
max-age-1: 10
token-challenge-1: 0001000e6973737565722e6578616d706c65208a3e83a33d9
8005d2f30bef419fa6bf4cd5c6005e36b1285bbb4ccd40fa4b383000e6f726967696
e2e6578616d706c65
""",
        """\
WWW-Authenticate: PrivateToken challenge="AAIADmlzc3Vlci5leGFtcGxlII
o-g6M9mABdLzC-9Bn6a_TNXGAF42sShbu0zNQPpLODAA5vcmlnaW4uZXhhbXBsZQ==",
 token-key="MIIBUjA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCAqEaMBgGCSqG
SIb3DQEBCDALBglghkgBZQMEAgKiAwIBMAOCAQ8AMIIBCgKCAQEAyxrta2qV9bHOATpM
_KsluUsuZKIwNOQlCn6rQ8DfOowSmTrxKxEZCNS0cb7DHUtsmtnN2pBhKi7pA1I-beWi
JNawLwnlw3TQz-Adj1KcUAp4ovZ5CPpoK1orQwyB6vGvcte155T8mKMTknaHl1fORTtS
bvm_bOuZl5uEI7kPRGGiKvN6qwz1cz91l6vkTTHHMttooYHGy75gfYwOUuBlX9mZbcWE
7KC-h6-814ozfRex26noKLvYHikTFxROf_ifVWGXCbCWy7nqR0zq0mTCBz_kl0DAHwDh
CRBgZpg9IeX4PwhuLoI8h5zUPO9wDSo1Kpur1hLQPK0C2xNLfiJaXwIDAQAB",unknow
nChallengeAttribute="ignore-me", max-age="10", PrivateToken challeng
e="AAEADmlzc3Vlci5leGFtcGxlIIo-g6M9mABdLzC-9Bn6a_TNXGAF42sShbu0zNQPp
LODAA5vcmlnaW4uZXhhbXBsZQ==", token-key="67H-0zgxA2HAjQx1dpaWcSluBem
aF9eSbfwopT-r1In6wPgryoYkmmaPOlv6s3TJ",unknownChallengeAttribute="ig
nore-me", max-age="10"
""",
    ),
    (
        """\
token-type-0: 0x0000
token-key-0: 856de3c710b892e7cca1ae5eb121af42ca8e779137a11224228c9b9
9b0729bf84d5057d030000309b8f0d06ccffa17561f9eacd4c312e985a6bc60ffbea
0610264dcb1726255313da81d665692686a1d8644f1516bf612cea009e6dff6d9a9a
959fb538e1b5b2343c092992942382bdde22d5b324b1e4618ed21d7806286c2ce
token-challenge-0: 0000acc3b25795c636fd9dd8b12982394abba8777d35978e8
77fc8848892a217233045ac25a3d55c07c54efe6372973fee0073e77fc61bf19ab88
0f20edf5d627502
token-type-1: 0x0001
token-key-1: ebb1fed338310361c08d0c7576969671296e05e99a17d7926dfc28a
53fabd489fac0f82bca86249a668f3a5bfab374c9
max-age-1: 10
token-challenge-1: 0001000e6973737565722e6578616d706c65208a3e83a33d9
8005d2f30bef419fa6bf4cd5c6005e36b1285bbb4ccd40fa4b383000e6f726967696
e2e6578616d706c65
""",
        """\
WWW-Authenticate: Basic realm="grease", PrivateToken challenge="AACs
w7JXlcY2_Z3YsSmCOUq7qHd9NZeOh3_IhIiSohcjMEWsJaPVXAfFTv5jcpc_7gBz53_G
G_GauIDyDt9dYnUC",token-key="hW3jxxC4kufMoa5esSGvQsqOd5E3oRIkIoybmbB
ym_hNUFfQMAADCbjw0GzP-hdWH56s1MMS6YWmvGD_vqBhAmTcsXJiVTE9qB1mVpJoah2
GRPFRa_YSzqAJ5t_22ampWftTjhtbI0PAkpkpQjgr3eItWzJLHkYY7SHXgGKGws4=",
PrivateToken challenge="AAEADmlzc3Vlci5leGFtcGxlIIo-g6M9mABdLzC-9Bn6
a_TNXGAF42sShbu0zNQPpLODAA5vcmlnaW4uZXhhbXBsZQ==", token-key="67H-0z
gxA2HAjQx1dpaWcSluBemaF9eSbfwopT-r1In6wPgryoYkmmaPOlv6s3TJ",unknownC
hallengeAttribute="ignore-me", max-age="10"
""",
    ),
]
