"""`edge models pull`: download a Vosk model (resumable), check it and install it atomically.

A download goes to `edge_home()/models/vosk/.downloads/NAME.zip.part` (resumed with HTTP Range), is verified (sha256
where one is pinned, size, zip CRCs, model folder layout), unpacked into a temporary folder next to its destination
and renamed into place, so a model folder is either complete or absent.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

from edge.asr.catalog import ModelInfo, catalog_entry, guess_lang
from edge.asr.installed import MANIFEST, vosk_models_dir
from edge.asr.layout import check_layout, layout_problems
from edge.errors import ModelError, UsageError

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
