"""Where edge keeps on-device state (EDGE_HOME) and finds its shipped models (EDGE_MODELS)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_REPO_MODELS = Path(__file__).resolve().parent.parent / "models"


def edge_home() -> Path:
    """The one folder for profiles, queues and caches: $EDGE_HOME or the platform's user data dir."""
    env = os.environ.get("EDGE_HOME")
    home = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("edge", appauthor=False))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def models_dir() -> Path:
    """The shipped models: $EDGE_MODELS or the repository's `models/` folder."""
    env = os.environ.get("EDGE_MODELS")
    return Path(env).expanduser() if env else _REPO_MODELS
