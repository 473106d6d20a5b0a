"""Privacy Pass primitives: blind RSA (RFC 9474), token type 0x0002 (RFC 9578), the PrivateToken scheme (RFC 9577).

`blindrsa` is the signature scheme, `tokens` the wire structures and the issuance steps, `auth` the HTTP
headers. Depends on `cryptography` only.
"""
