"""Typed errors of the issuer and of a device talking to it."""

from __future__ import annotations

from edge.errors import EdgeError


class IssuerError(EdgeError):
    """The issuer refused a request for good, or its state cannot be used."""

    exit_code = 9


class IssuerUnavailable(IssuerError):
    """The issuer cannot be reached or answered 5xx: normal when offline; try again later."""


class NotEnrolled(IssuerError):
    """No device credential, or one the issuer does not know (401)."""


class RateLimited(IssuerError):
    """The device has its tokens for this epoch already (429)."""

    def __init__(self, message: str, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
