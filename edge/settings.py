"""Settings from `config.toml` under EDGE_HOME, one table per area; environment variables and flags override.

    [sync]
    endpoint = "https://collector.example.org"  # the collector (OHTTP gateway) base URL; or EDGE_SYNC_URL
    relay = "https://relay.example.org"         # the Oblivious HTTP relay every message goes through; or EDGE_SYNC_RELAY
    issuer = "https://issuer.example.org"       # the token issuer (enrol once: edge issuer enrol); or EDGE_SYNC_ISSUER
    cafile = "/path/to/ca.pem"                  # extra CA bundle for the relay; default: the system store
    timeout_s = 10.0                            # per request
    attempts = 4                                # tries per message (exponential backoff, full jitter)
    send_spread_s = 21600                       # each upload leaves at a random moment up to this long after sealing
    send_gap_min_s = 30                         # and never within a random gap (min..max) of the previous message
    send_gap_max_s = 300
    outbox_max = 100                            # most uploads kept while offline

The token mechanism (epsilon, epoch length, reports per epoch, ...) is not a device setting: the collector
publishes it for the whole population and the device checks it against safe bounds (`edge.tokens.params`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from edge.errors import UsageError
from edge.home import edge_home

CONFIG_TOML = "config.toml"
CONFIG_JSON = "config.json"
ENV_URL = "EDGE_SYNC_URL"
ENV_RELAY = "EDGE_SYNC_RELAY"
ENV_ISSUER = "EDGE_SYNC_ISSUER"
# [tokens] settings of edge 0.1 that the collector decides now.
RETIRED_TOKEN_SETTINGS = ("epoch_days", "top_k", "epsilon", "p_replace", "epoch_budget")


def read_config(home: Path | None = None) -> dict[str, Any]:
    """The parsed config file under `home` (config.toml, or config.json on Pythons without tomllib); {} if none."""
    home = Path(home if home is not None else edge_home())
    toml_path, json_path = home / CONFIG_TOML, home / CONFIG_JSON
    try:
        if toml_path.exists():
            try:
                import tomllib
            except ModuleNotFoundError:  # Python 3.10
                raise UsageError(
                    f"{toml_path} needs Python 3.11+ (tomllib); write the same settings as {json_path} instead"
                ) from None
            with toml_path.open("rb") as f:
                return tomllib.load(f)
        if json_path.exists():
            data = json.loads(json_path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("top level is not an object")
            return data
    except UsageError:
        raise
    except (OSError, ValueError) as err:  # tomllib.TOMLDecodeError is a ValueError
        bad = toml_path if toml_path.exists() else json_path
        raise UsageError(f"cannot read {bad}: {err}; fix or delete the file") from None
    return {}


def section(home: Path | None, name: str) -> dict[str, Any]:
    table = read_config(home).get(name, {})
    if not isinstance(table, dict):
        raise UsageError(f"[{name}] in the edge config file must be a table of settings")
    return table


def check_retired(home: Path | None = None) -> None:
    """UsageError for [tokens] settings that a device may no longer choose."""
    table = section(home, "tokens")
    retired = sorted(set(table) & set(RETIRED_TOKEN_SETTINGS))
    unknown = sorted(set(table) - set(RETIRED_TOKEN_SETTINGS))
    if retired:
        raise UsageError(
            f"[tokens] {', '.join(retired)} in config.toml: the collector decides these for the whole population "
            "now (see `edge privacy report`); delete them from the file"
        )
    if unknown:
        raise UsageError(f"unknown setting(s) in [tokens]: {', '.join(unknown)}; delete them from config.toml")


@dataclass(frozen=True)
class SyncSettings:
    endpoint: str | None = None
    relay: str | None = None
    issuer: str | None = None
    cafile: str | None = None
    timeout_s: float = 10.0
    attempts: int = 4
    send_spread_s: float = 6 * 3600.0
    send_gap_min_s: float = 30.0
    send_gap_max_s: float = 300.0
    outbox_max: int = 100

    def __post_init__(self) -> None:
        for name in ("timeout_s", "send_spread_s", "send_gap_min_s", "send_gap_max_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise UsageError(f"[sync] {name} must be a number >= 0, got {value!r}")
        if self.send_gap_max_s < self.send_gap_min_s:
            raise UsageError("[sync] send_gap_max_s must be at least send_gap_min_s")
        for name in ("attempts", "outbox_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise UsageError(f"[sync] {name} must be an integer >= 1, got {value!r}")

    @classmethod
    def load(
        cls,
        home: Path | None = None,
        *,
        endpoint: str | None = None,
        relay: str | None = None,
        issuer: str | None = None,
    ) -> SyncSettings:
        """The config file's [sync] table, then EDGE_SYNC_URL / EDGE_SYNC_RELAY / EDGE_SYNC_ISSUER, then flags win."""
        check_retired(home)
        table = section(home, "sync")
        unknown = sorted(set(table) - {f.name for f in fields(cls)})
        if unknown:
            raise UsageError(f"unknown setting(s) in [sync]: {', '.join(unknown)}")
        settings = cls(**table)
        return replace(
            settings,
            endpoint=endpoint or os.environ.get(ENV_URL) or settings.endpoint or None,
            relay=relay or os.environ.get(ENV_RELAY) or settings.relay or None,
            issuer=issuer or os.environ.get(ENV_ISSUER) or settings.issuer or None,
        )
