"""Which Vosk models this device has: pulled into EDGE_HOME, or carried by Python packages."""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edge.asr import catalog
from edge.asr.catalog import PackagedModel, guess_lang, is_english
from edge.home import edge_home

MANIFEST = ".edge-model.json"
"""Written into each pulled model folder: where it came from and its archive's sha256."""


@dataclass(frozen=True)
class InstalledModel:
    """A Vosk model folder on this device. `source` says how it got there ("pulled", "package", "configured")."""

    name: str
    path: Path
    lang: str | None
    source: str

    @property
    def english(self) -> bool:
        return is_english(self.lang)


def vosk_models_dir() -> Path:
    """Where `edge models pull` installs Vosk models: `edge_home()/models/vosk`."""
    return edge_home() / "models" / "vosk"


def pulled_models(root: Path | None = None) -> list[InstalledModel]:
    root = root or vosk_models_dir()
    if not root.is_dir():
        return []
    return [
        InstalledModel(entry.name, entry, _manifest_lang(entry) or guess_lang(entry.name), "pulled")
        for entry in sorted(root.iterdir())
        if entry.is_dir() and not entry.name.startswith(".")
    ]


def package_folder(model: PackagedModel) -> Path | None:
    """Where an installed package keeps `model` (without importing the package), or None."""
    try:
        spec = importlib.util.find_spec(model.module) if sys.modules.get(model.module, True) is not None else None
    except (ImportError, ValueError):
        spec = None
    if spec and spec.origin:
        path = Path(spec.origin).parent / model.folder
        if path.is_dir():
            return path
    return None


def packaged_models() -> list[InstalledModel]:
    found = []
    for model in catalog.PACKAGED_VOSK:
        path = package_folder(model)
        if path is not None:
            found.append(InstalledModel(model.name, path, model.lang, "package"))
    return found


def installed_models(root: Path | None = None) -> list[InstalledModel]:
    """Pulled models first, then models that came with Python packages."""
    return pulled_models(root) + packaged_models()


def find_installed(name: str, root: Path | None = None) -> InstalledModel | None:
    return next((m for m in installed_models(root) if m.name == name), None)


def read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((path / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _manifest_lang(path: Path) -> str | None:
    lang = (read_manifest(path) or {}).get("lang")
    return lang if isinstance(lang, str) else None
