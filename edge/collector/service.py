"""The collector's logic, apart from HTTP: its parameters and clock, the OHTTP gateway, uploads, aggregates.

The collector decides the mechanism (`Parameters`) and publishes it; an upload is stored only when its schema,
taxonomy and mechanism fields equal the collector's own and its epoch lies in [current - 2, current] by the
collector's clock. Uploads arrive only as Oblivious HTTP requests: the collector answers them through the
gateway and never learns a device's address (the relay holds that). Every rejection is counted under a fixed
label and changes nothing stored.

With a `Redeemer` (`edge collector serve --issuer URL`) every upload must carry an anonymous token for its epoch
(`Authorization: PrivateToken token=...`, RFC 9577), which is spent in the transaction that stores the upload;
without one the collector is in pilot mode and takes uploads without tokens.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import Any

from edge.collector.aggregate import release
from edge.collector.redemption import KeyUnavailable, Redeemer, TokenRejected
from edge.collector.storage import Conflict, Storage, StorageError, TokenSpent
from edge.ohttp import (
    GatewayKey,
    OhttpError,
    Request,
    Response,
    ServerContext,
    decapsulate_request,
    decode_request,
    encode_key_configs,
    encode_response,
)
from edge.tokens.domain import TokenDomain
from edge.tokens.params import Parameters
from edge.tokens.upload import Upload, UploadError
from edge.tokens.wire import CONFIG_PATH, INNER_RESPONSE_SIZE, REPORTS_PATH

ACCEPTED_EPOCHS = 3  # current - 2 .. current
Blocking = Callable[..., Awaitable[Any]]  # blocking(function, *args): runs function(*args) in a thread, awaitable
MAX_UPLOAD_BYTES = 2048


class Collector:
    def __init__(
        self,
        storage: Storage,
        key: GatewayKey,
        params: Parameters,
        domain: TokenDomain | None = None,
        *,
        clock: Callable[[], float] = time.time,
        redeemer: Redeemer | None = None,
    ) -> None:
        self.storage = storage
        self.redeemer = redeemer
        self.key = key
        self.params = params
        self.domain = domain if domain is not None else TokenDomain.load()
        if params.taxonomy != self.domain.version:
            raise ValueError(f"parameters name taxonomy {params.taxonomy!r}, the domain is {self.domain.version!r}")
        self.clock = clock
        self.use_key(key)

    def use_key(self, key: GatewayKey) -> None:
        """Decapsulate with `key` from now on and publish its configuration (a key rotation)."""
        self.key = key
        self._key_configs = encode_key_configs([key.config()])

    # --- what the collector publishes ------------------------------------------------------------

    def current_epoch(self) -> int:
        return self.params.epoch_of(self.clock())

    def config(self) -> dict[str, Any]:
        """The parameters every device must use, the collector's current epoch, and its token requirement."""
        current = self.current_epoch()
        if self.redeemer is None:  # pilot mode: no "token" field, uploads need none
            return {**self.params.to_json(), "current_epoch": current}
        return {**self.params.to_json(), "current_epoch": current, "token": self.redeemer.policy(current).to_json()}

    def key_configs(self) -> bytes:
        """RFC 9540 application/ohttp-keys."""
        return self._key_configs

    def aggregate(self, epoch: int) -> dict[str, Any]:
        counts, n = self.storage.bit_counts(epoch, self.domain.size)
        return release(epoch, counts, n, self.params, self.domain)

    # --- uploads ---------------------------------------------------------------------------------

    def submit(self, body: bytes, authorization: str | None = None) -> tuple[int, dict[str, Any]]:
        """Validate and store one upload; (HTTP status, JSON answer). Nothing is stored unless the answer is 200.

        With a redeemer, `authorization` (the inner request's Authorization value) must hold a valid token for
        the upload's epoch; its nonce is spent in the transaction that stores the upload.
        """
        try:
            upload, current = self._valid_upload(body)
            token_nonce = None if self.redeemer is None else self.redeemer.check(authorization, upload.epoch, current)
            digest = hashlib.sha256(body).hexdigest()
            duplicate = self.storage.add(upload.report_id, upload.epoch, upload.report, digest, token_nonce)
        except UploadError as err:
            return self._reject(err.kind, err.status, err.reason)
        except TokenRejected as err:
            return self._reject(err.kind, err.status, err.reason)
        except KeyUnavailable as err:
            return 503, {"ok": False, "error": str(err)}
        except StorageError as err:
            return self._storage_failure(err)
        return 200, _accepted(upload, duplicate)

    def _valid_upload(self, body: bytes) -> tuple[Upload, int]:
        """The upload in `body` if this collector takes it now, and the current epoch; UploadError says why not."""
        if len(body) > MAX_UPLOAD_BYTES:
            raise UploadError(f"upload of {len(body)} bytes is over the {MAX_UPLOAD_BYTES}-byte limit", 413, "size")
        upload = Upload.decode(body, self.params, self.domain)
        current = self.current_epoch()
        if not current - (ACCEPTED_EPOCHS - 1) <= upload.epoch <= current:
            raise UploadError(
                f"epoch {upload.epoch} is outside this collector's window [{current - ACCEPTED_EPOCHS + 1}, {current}]",
                kind="epoch_window",
            )
        return upload, current

    def _storage_failure(self, err: StorageError) -> tuple[int, dict[str, Any]]:
        if isinstance(err, Conflict):
            return self._reject("conflict", 409, "report_id already stored with a different body")
        if isinstance(err, TokenSpent):
            return self._reject("token_spent", 403, "this upload's token was spent before")
        return 503, {"ok": False, "error": "collector storage unavailable; retry later"}

    def _reject(self, kind: str, status: int, reason: str) -> tuple[int, dict[str, Any]]:
        self.count_rejection(kind)
        return status, {"ok": False, "error": reason}

    def count_rejection(self, kind: str) -> None:
        try:
            self.storage.count_rejection(kind)
        except StorageError:
            pass  # the counter is for operators; a failing write must not turn a 4xx into a 5xx

    # --- the gateway -----------------------------------------------------------------------------

    def handle_inner(self, request: Request) -> Response:
        """Answer one decapsulated request: GET /v1/config or POST /v1/reports."""
        if request.path == CONFIG_PATH and request.method == "GET":
            if self.redeemer is not None:
                self.redeemer.refresh(self.current_epoch())  # off the event loop: the gateway runs in a thread
            return _json_response(200, self.config())
        if request.path == REPORTS_PATH and request.method == "POST":
            if not _is_json(request):
                status, answer = self._reject("content_type", 415, "Content-Type must be application/json")
            else:
                status, answer = self.submit(request.content, dict(request.headers).get("authorization"))
            return _json_response(status, answer, self._token_challenge(status, request.content))
        if request.path in (CONFIG_PATH, REPORTS_PATH):
            return _json_response(*self._reject("method", 405, "method not allowed"))
        return _json_response(*self._reject("not_found", 404, f"unknown path; use {CONFIG_PATH} or {REPORTS_PATH}"))

    async def handle_inner_async(self, request: Request, blocking: Blocking) -> Response:
        """`handle_inner` on an event loop, the same answers: a valid upload in pilot mode (no tokens) is checked
        here and awaits its commit with `storage.add_async`, which holds no thread; anything else (rejections,
        which count themselves, tokens, the config) runs `handle_inner` in a thread through `blocking`."""
        upload = self._plain_upload(request)
        if upload is None:
            return await blocking(self.handle_inner, request)
        try:
            digest = hashlib.sha256(request.content).hexdigest()
            duplicate = await self.storage.add_async(upload.report_id, upload.epoch, upload.report, digest)
        except StorageError as err:
            return _json_response(*await blocking(self._storage_failure, err))
        return _json_response(200, _accepted(upload, duplicate))

    def _plain_upload(self, request: Request) -> Upload | None:
        """The upload a request carries when it is a valid upload without a token, in pilot mode; else None."""
        if self.redeemer is not None or request.path != REPORTS_PATH or request.method != "POST":
            return None
        if not _is_json(request):
            return None
        try:
            return self._valid_upload(request.content)[0]
        except UploadError:
            return None

    def handle_encapsulated(self, data: bytes) -> bytes:
        """An encapsulated response to an encapsulated request; OhttpError (counted) when it cannot be opened."""
        try:
            request, context = self.decapsulate(data)
        except OhttpError:
            self.count_rejection("decapsulation")
            raise
        return self.seal(context, self.handle_inner(request))

    def decapsulate(self, data: bytes) -> tuple[Request, ServerContext]:
        """The inner request of an encapsulated one and the context to answer it in (cryptography only: the HTTP
        app runs this and `seal` on its event loop and only `handle_inner`, which may wait for storage, in a
        thread). OhttpError, not counted, when it cannot be opened."""
        encoded, context = decapsulate_request(self.key, data)
        return decode_request(encoded), context

    @staticmethod
    def seal(context: ServerContext, response: Response) -> bytes:
        """The encapsulated, padded answer to a request `decapsulate` opened."""
        return context.encapsulate_response(encode_response(response, pad_to=INNER_RESPONSE_SIZE))

    def _token_challenge(self, status: int, body: bytes) -> tuple[tuple[str, str], ...]:
        """A 401 names the scheme it wants (RFC 9110 §11.6.1): the upload's epoch challenge and issuer key."""
        if status != 401 or self.redeemer is None:
            return ()
        try:
            epoch = json.loads(body)["epoch"]
        except (ValueError, KeyError, TypeError):
            return ()
        value = self.redeemer.www_authenticate(epoch, self.current_epoch()) if isinstance(epoch, int) else None
        return (("www-authenticate", value),) if value else ()


def _is_json(request: Request) -> bool:
    content_type = dict(request.headers).get("content-type", "")
    return content_type.split(";")[0].strip().lower() == "application/json"


def _accepted(upload: Upload, duplicate: bool) -> dict[str, Any]:
    return {"ok": True, "report_id": upload.report_id, "duplicate": duplicate}


def _json_response(status: int, payload: dict[str, Any], extra: tuple[tuple[str, str], ...] = ()) -> Response:
    body = json.dumps(payload, separators=(",", ":"), allow_nan=False).encode()
    headers = (("content-type", "application/json"), ("date", formatdate(usegmt=True)), *extra)
    return Response(status=status, headers=headers, content=body)
