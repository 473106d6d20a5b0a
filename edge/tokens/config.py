"""Token settings from `config.toml` under edge_home ([tokens] table); defaults that work without a file.

    [tokens]
    epoch_days = 7           # one report batch per epoch; epoch number = floor(unix_time / epoch length)
    top_k = 5                # reports per batch (always exactly this many: padded)
    epsilon = 2.0            # local-DP epsilon of one report (OUE)
    p_replace = 0.05         # chance a top topic is swapped for a uniformly random one before encoding
    epoch_budget = 10.0      # most epsilon one epoch may spend (default top_k * epsilon)

These are population-wide settings: the collector debiases with the epsilon and p_replace each batch carries,
and a device whose settings differ from everyone else's stands out. Keep the defaults unless the whole
population changes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from edge.errors import UsageError
from edge.home import edge_home

CONFIG_TOML = "config.toml"
CONFIG_JSON = "config.json"
DAY_S = 86_400


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


@dataclass(frozen=True)
class TokenConfig:
    epoch_seconds: int = 7 * DAY_S
    top_k: int = 5
    epsilon: float = 2.0
    p_replace: float = 0.05
    epoch_budget: float | None = None  # None: top_k * epsilon

    def __post_init__(self) -> None:
        if not (isinstance(self.epoch_seconds, int) and self.epoch_seconds >= 60):
            raise UsageError(f"epoch length must be at least 60 seconds, got {self.epoch_seconds!r}")
        if not (isinstance(self.top_k, int) and 1 <= self.top_k <= 32):
            raise UsageError(f"top_k must be an integer from 1 to 32, got {self.top_k!r}")
        if not (isinstance(self.epsilon, (int, float)) and 0 < self.epsilon <= 10 and math.isfinite(self.epsilon)):
            raise UsageError(f"epsilon must be in (0, 10], got {self.epsilon!r}")
        if not (isinstance(self.p_replace, (int, float)) and 0 <= self.p_replace < 0.5):
            raise UsageError(f"p_replace must be in [0, 0.5), got {self.p_replace!r}")
        if self.epoch_budget is not None and not (
            isinstance(self.epoch_budget, (int, float)) and self.epoch_budget > 0
        ):
            raise UsageError(f"epoch_budget must be a positive number, got {self.epoch_budget!r}")

    @property
    def budget(self) -> float:
        """The most epsilon one epoch may spend."""
        return float(self.epoch_budget) if self.epoch_budget is not None else self.top_k * self.epsilon

    @property
    def report_epsilon_total(self) -> float:
        """Epsilon one batch spends: top_k reports of `epsilon` each (sequential composition)."""
        return self.top_k * float(self.epsilon)

    @classmethod
    def load(cls, home: Path | None = None) -> TokenConfig:
        table = dict(section(home, "tokens"))
        known = {f.name for f in fields(cls)} | {"epoch_days"}
        unknown = sorted(set(table) - known)
        if unknown:
            raise UsageError(f"unknown setting(s) in [tokens]: {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        if "epoch_days" in table:
            days = table.pop("epoch_days")
            if not isinstance(days, (int, float)) or isinstance(days, bool) or days <= 0:
                raise UsageError(f"epoch_days must be a positive number, got {days!r}")
            table["epoch_seconds"] = round(days * DAY_S)
        return cls(**table)
