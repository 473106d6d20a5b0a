"""The token issuer (Privacy Pass, RFC 9578 type 0x0002): enrols devices, blind-signs a few tokens per epoch.

The issuer knows the device (its enrolment credential) and learns that it asked for a token in an epoch; it
never sees the token it signs. Server: `edge.issuer.server` (Starlette), state: `store` and `keys`;
device side: `edge.issuer.client`.
"""
