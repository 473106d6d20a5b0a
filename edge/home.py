"""Where edge keeps on-device state (EDGE_HOME) and finds its shipped models (EDGE_MODELS)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

# A checkout's models/ folder, for running from the source tree without installing edge.
_CHECKOUT_MODELS = Path(__file__).resolve().parent.parent / "models"


def edge_home() -> Path:
    """The one folder for profiles, queues and caches: $EDGE_HOME or the platform's user data dir."""
    env = os.environ.get("EDGE_HOME")
    home = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("edge", appauthor=False))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def models_dir() -> Path:
    """The shipped models: $EDGE_MODELS, else the package `edge._models`.

    An installed wheel carries them in `edge/_models/`; an editable install maps that package to the checkout's
    `models/` folder (see setup.py); a checkout that is not installed at all uses its `models/` folder directly.
    """
    env = os.environ.get("EDGE_MODELS")
    if env:
        return Path(env).expanduser()
    try:
        return Path(str(resources.files("edge._models")))
    except ModuleNotFoundError:
        return _CHECKOUT_MODELS
