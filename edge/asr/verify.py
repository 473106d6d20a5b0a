"""`edge models verify`: check installed speech models against their layout and their sha256 pins."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edge.asr import catalog
from edge.asr.catalog import PackagedModel, catalog_entry
from edge.asr.download import file_sha256
from edge.asr.installed import find_installed, package_folder, read_manifest, vosk_models_dir
from edge.asr.layout import layout_problems
from edge.errors import ModelError, UsageError


@dataclass(frozen=True)
class Verification:
    """The outcome of a check: `problems` empty means the model is usable; `checks` says what was looked at."""

    name: str
    path: Path
    problems: tuple[str, ...]
    checks: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def pin_problems(folder: Path, pins: tuple[tuple[str, str], ...]) -> list[str]:
    """Files of `folder` that are missing or whose sha256 differs from its pin."""
    problems = []
    for rel, digest in pins:
        path = folder / rel
        if not path.is_file():
            problems.append(f"{rel} is missing")
        elif file_sha256(path) != digest:
            problems.append(f"{rel} does not match its pinned sha256 (damaged or replaced)")
    return problems


def verify_packaged(model: PackagedModel) -> Verification:
    """A model that a Python package carries, checked file by file against its pins."""
    folder = package_folder(model)
    if folder is None:
        raise UsageError(f"{model.name} is not installed (its package {model.module} is missing)")
    return Verification(model.name, folder, tuple(pin_problems(folder, model.pins)), ("pinned sha256",))


def verify(target: str | Path, *, root: Path | None = None, load: bool = False) -> Verification:
    """Check an installed model (by name, or a folder path): layout, pinned and recorded sha256, optionally load it.

    `whisper-tiny.en` names the Whisper bundle; other names are Vosk models.
    """
    if str(target) == catalog.WHISPER_TINY_EN.name:
        return verify_packaged(catalog.WHISPER_TINY_EN)
    root = Path(root) if root else vosk_models_dir()
    installed = find_installed(str(target), root) if not Path(target).is_dir() else None
    path = installed.path if installed else Path(target)
    name = installed.name if installed else path.name
    if not installed and not path.exists():
        raise UsageError(f"no installed model {str(target)!r}; `edge models list` shows what is installed")
    problems = layout_problems(path)
    checks = ["layout"]
    pinned = next((m for m in catalog.PACKAGED_VOSK if m.name == name), None)
    if installed and installed.source == "package" and pinned:
        checks.append("pinned sha256")
        problems += pin_problems(path, pinned.pins)
    manifest = read_manifest(path)
    archive = root / ".downloads" / f"{name}.zip"
    if manifest and archive.is_file():
        checks.append("archive sha256")
        if file_sha256(archive) != manifest.get("archive_sha256"):
            problems.append(f"kept archive {archive.name} no longer matches the sha256 recorded at install time")
    info = catalog_entry(name)
    if manifest and info and info.sha256:
        checks.append("pinned sha256")
        if manifest.get("archive_sha256") != info.sha256:
            problems.append("installed from an archive whose sha256 differs from the pinned one")
    if load and not problems:
        checks.append("load")
        from edge.asr.vosk_engine import load_vosk_model

        try:
            load_vosk_model(path)
        except ModelError as err:
            problems.append(str(err))
    return Verification(name, path, tuple(problems), tuple(checks))
