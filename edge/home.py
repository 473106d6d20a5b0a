"""Where edge keeps on-device state (EDGE_HOME) and finds its shipped models (EDGE_MODELS)."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from edge.errors import ModelError

# In a checkout (editable install, or the source tree on sys.path), models/ sits beside edge/ and pyproject.toml.
_CHECKOUT = Path(__file__).resolve().parent.parent


def edge_home() -> Path:
    """The one folder for profiles, queues and caches: $EDGE_HOME or the platform's user data dir."""
    env = os.environ.get("EDGE_HOME")
    home = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("edge", appauthor=False))
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def models_dir() -> Path:
    """The shipped models: $EDGE_MODELS; else, when edge runs from a checkout, its `models/` folder; else the
    package `edge._models`, which a wheel carries in `edge/_models/` (see setup.py)."""
    env = os.environ.get("EDGE_MODELS")
    if env:
        return Path(env).expanduser()
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "models" / "__init__.py").is_file():
        return _CHECKOUT / "models"
    try:
        return Path(str(resources.files("edge._models")))
    except ModuleNotFoundError:
        raise ModelError(
            "edge's shipped models are missing (no package edge._models); reinstall edge or set EDGE_MODELS to a "
            "models/ folder"
        ) from None
