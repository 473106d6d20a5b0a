"""Sync settings: the [sync] table of `config.toml` under edge_home, overridden by EDGE_SYNC_URL and flags.

[sync]
endpoint = "https://collector.example.org"   # the collector's base URL (or set EDGE_SYNC_URL)
cafile = "/path/to/ca.pem"                   # extra CA bundle; default: the system store
timeout_s = 10.0                             # per request
attempts = 4                                 # tries per batch (exponential backoff, full jitter)
send_delay_max_s = 5.0                       # random delay before each batch, uniform in [0, max]
outbox_max = 100                             # most batches kept while offline
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from edge.errors import UsageError
from edge.tokens.config import section

ENV_URL = "EDGE_SYNC_URL"


@dataclass(frozen=True)
class SyncConfig:
    endpoint: str | None = None
    cafile: str | None = None
    timeout_s: float = 10.0
    attempts: int = 4
    send_delay_max_s: float = 5.0
    outbox_max: int = 100

    def __post_init__(self) -> None:
        for name in ("timeout_s", "send_delay_max_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise UsageError(f"[sync] {name} must be a number >= 0, got {value!r}")
        for name in ("attempts", "outbox_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise UsageError(f"[sync] {name} must be an integer >= 1, got {value!r}")

    @classmethod
    def load(cls, home: Path | None = None, *, endpoint: str | None = None) -> SyncConfig:
        """Settings from the config file, then EDGE_SYNC_URL, then `endpoint` (a command-line flag) win."""
        table = section(home, "sync")
        unknown = sorted(set(table) - {f.name for f in fields(cls)})
        if unknown:
            raise UsageError(f"unknown setting(s) in [sync]: {', '.join(unknown)}")
        config = cls(**table)
        url = endpoint or os.environ.get(ENV_URL) or config.endpoint
        return replace(config, endpoint=url or None)
