"""The device's Oblivious HTTP client: every message to the collector goes, encapsulated, through the relay.

The relay sees the device's address and an opaque, fixed-size message; the collector (the gateway) sees the
message and only the relay's address. The gateway's key configuration is fetched through the relay too, and
pinned on first use in EDGE_HOME (`gateway-keys.json`): a relay that served another key could read what follows,
so a changed key stops every send with a one-line error until the owner accepts it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from edge.errors import SyncError
from edge.files import write_private
from edge.home import edge_home
from edge.ohttp import (
    KEYS_MEDIA_TYPE,
    REQUEST_MEDIA_TYPE,
    RESPONSE_MEDIA_TYPE,
    KeyConfig,
    OhttpError,
    Request,
    Response,
    decode_key_configs,
    decode_response,
    encapsulate_request,
    encode_request,
)
from edge.sync.transport import Endpoint, Transient, exchange
from edge.tokens.wire import (
    GATEWAY_PATH,
    INNER_REQUEST_SIZE,
    MAX_ENCAPSULATED_RESPONSE,
    MAX_KEY_CONFIGS,
)

PINS_FILE = "gateway-keys.json"


class GatewayKeyChanged(SyncError):
    """The gateway's key differs from the one pinned for this collector."""


@dataclass(frozen=True)
class Pin:
    endpoint: str
    sha256: str
    config: bytes


class ObliviousClient:
    """Sends Binary HTTP requests to the collector at `endpoint` through the relay at `relay`."""

    def __init__(
        self,
        endpoint: str,
        relay: str,
        *,
        home: Path | None = None,
        cafile: str | Path | None = None,
        timeout_s: float = 10.0,
        accept_new_key: bool = False,
    ) -> None:
        self.endpoint = Endpoint.parse(endpoint, "collector")
        self.relay = Endpoint.parse(relay, "relay")
        self.home = Path(home if home is not None else edge_home())
        self.cafile = cafile
        self.timeout_s = timeout_s
        self.accept_new_key = accept_new_key
        self._config: KeyConfig | None = None

    # --- the gateway's key ------------------------------------------------------------------------

    def key_config(self) -> KeyConfig:
        """The gateway's key configuration, fetched through the relay once per client and checked against the pin."""
        if self._config is not None:
            return self._config
        reply = exchange(
            self.relay, "GET", GATEWAY_PATH, timeout_s=self.timeout_s, cafile=self.cafile, max_response=MAX_KEY_CONFIGS
        )
        if reply.status >= 500 or reply.status in (408, 429):
            raise Transient(f"relay answered HTTP {reply.status} for the gateway's key", offline=False)
        if reply.status != 200 or reply.content_type != KEYS_MEDIA_TYPE:
            raise SyncError(
                f"the relay did not return the gateway's key (HTTP {reply.status}, {reply.content_type or 'no type'}); "
                "check --relay and --endpoint"
            )
        try:
            config = decode_key_configs(reply.body)[0]
        except OhttpError as err:
            raise SyncError(f"the gateway's key configuration is unusable: {err}") from None
        self._check_pin(config)
        self._config = config
        return config

    def _check_pin(self, config: KeyConfig) -> None:
        encoded = config.encode()
        digest = hashlib.sha256(encoded).hexdigest()
        pins = self._pins()
        pinned = pins.get(self.endpoint.url)
        if pinned == digest:
            return
        if pinned is not None and not self.accept_new_key:
            raise GatewayKeyChanged(
                f"the collector's Oblivious HTTP key changed (pinned {pinned[:16]}…, now {digest[:16]}…); "
                "if its operator announced a new key, run `edge sync --accept-new-key`, otherwise the relay may be "
                "interfering: nothing was sent"
            )
        pins[self.endpoint.url] = digest
        write_private(self.home / PINS_FILE, json.dumps(pins, indent=1, sort_keys=True).encode())

    def _pins(self) -> dict[str, str]:
        try:
            data = json.loads((self.home / PINS_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            raise SyncError(
                f"{self.home / PINS_FILE} is damaged; delete it to pin the collector's key afresh"
            ) from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    # --- one message ------------------------------------------------------------------------------

    def request(self, method: str, path: str, body: bytes = b"", headers: tuple[tuple[str, str], ...] = ()) -> Response:
        """Send one inner request (padded to one size) and return the collector's inner response.

        Raises Transient when the relay or the gateway cannot be reached now, SyncError when an answer is not what
        an honest relay and gateway would send.
        """
        inner = Request(
            method=method,
            scheme="https" if self.endpoint.https else "http",
            authority=self.endpoint.authority,
            path=self.endpoint.path + path,
            headers=headers,
            content=body,
        )
        try:
            encoded = encode_request(inner, pad_to=INNER_REQUEST_SIZE)
        except OhttpError as err:
            raise SyncError(f"request does not fit one message: {err}") from None
        encapsulated, context = encapsulate_request(self.key_config(), encoded)
        reply = exchange(
            self.relay,
            "POST",
            GATEWAY_PATH,
            encapsulated,
            content_type=REQUEST_MEDIA_TYPE,
            timeout_s=self.timeout_s,
            cafile=self.cafile,
            max_response=MAX_ENCAPSULATED_RESPONSE,
        )
        if reply.status >= 500 or reply.status in (408, 429):
            raise Transient(f"relay answered HTTP {reply.status}", offline=False)
        if reply.status != 200 or reply.content_type != RESPONSE_MEDIA_TYPE:
            detail = reply.body[:120].decode("utf-8", "replace") if reply.content_type == "application/json" else ""
            raise SyncError(
                f"relay or gateway refused the message (HTTP {reply.status}{': ' + detail if detail else ''}); "
                "if the collector rotated its key, run `edge sync --accept-new-key`"
            )
        try:
            return decode_response(context.decapsulate_response(reply.body))
        except OhttpError as err:
            raise SyncError(f"the collector's answer could not be opened ({err}); nothing was stored as sent") from None
