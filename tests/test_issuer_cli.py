"""`edge issuer serve` and `edge issuer enrol`: a real issuer process, the credential file, one-line errors."""

from __future__ import annotations

import argparse
import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from edge.errors import UsageError
from edge.issuer import client, commands
from edge.issuer.errors import IssuerUnavailable
from edge.privacypass import tokens

# The subcommands as `edge` registers them (edge.cli adds every domain's `register(sub)`).
CLI = (
    "import argparse, sys\n"
    "from edge.issuer.commands import register\n"
    "parser = argparse.ArgumentParser(prog='edge')\n"
    "register(parser.add_subparsers(dest='command', required=True))\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.func(args))\n"
)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="edge")
    commands.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(list(argv))


@pytest.fixture(scope="module")
def issuer_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`edge issuer serve --port 0` in its own process; yields its URL; stopped with Ctrl-C (SIGINT)."""
    tmp = tmp_path_factory.mktemp("issuer-process")
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI, "issuer", "serve", "--port", "0", "--state", str(tmp / "state")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "EDGE_HOME": str(tmp / "home")},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # printed once the socket listens
    assert line.startswith("issuer listening on http://127.0.0.1:"), line + (proc.stderr.read() if proc.stderr else "")
    yield line.split()[3]
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err


def test_serve_and_enrol(issuer_process: str, edge_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("issuer", "enrol", "--issuer", issuer_process)
    assert args.func(args) == 0
    path = client.credential_path()
    assert path.parent == edge_home and stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())
    assert stored["issuer"] == issuer_process and len(stored["secret"]) == 64
    assert f"device {stored['device_id']}" in capsys.readouterr().out
    # The stored credential gets a token from the running process.
    credential = client.load_credential()
    assert credential is not None
    published = client.fetch_keys(issuer_process)
    key = published.keys[published.current_epoch]
    challenge = tokens.epoch_challenge("issuer.test", "collector.test", published.current_epoch)
    tokens.verify_token(client.fetch_token(credential, key, challenge), key, challenge)
    # Enrolling again would lose that credential: refused, file untouched, unless --force.
    before = path.read_bytes()
    with pytest.raises(UsageError, match="already enrolled .* pass --force"):
        args.func(args)
    assert path.read_bytes() == before
    forced = parse("issuer", "enrol", "--issuer", issuer_process, "--force")
    assert forced.func(forced) == 0 and path.read_bytes() != before


def test_enrol_errors_are_one_line(tmp_path: Path) -> None:
    for url, error, text in [
        ("ftp://127.0.0.1:1", UsageError, "bad issuer URL"),
        ("http://issuer.example.com", UsageError, "refusing plain http"),
        ("http://user:pw@127.0.0.1:1", UsageError, "no credentials"),
        ("http://127.0.0.1:1", IssuerUnavailable, "cannot reach the issuer"),
    ]:
        args = parse("issuer", "enrol", "--issuer", url)
        with pytest.raises(error, match=text) as raised:
            args.func(args)
        assert "\n" not in str(raised.value)
    assert not client.credential_path().exists()


def test_serve_rejects_bad_settings(tmp_path: Path) -> None:
    for argv, text in [
        (["--reports-per-epoch", "0"], "reports-per-epoch"),
        (["--epoch-seconds", "5"], "at least 60"),
        (["--port", "70000"], "0..65535"),
    ]:
        args = parse("issuer", "serve", "--state", str(tmp_path / "state"), *argv)
        with pytest.raises(UsageError, match=text):
            args.func(args)


def test_serve_on_a_taken_port_is_a_usage_error(tmp_path: Path, issuer_process: str) -> None:
    port = issuer_process.rsplit(":", 1)[1]
    args = parse("issuer", "serve", "--port", port, "--state", str(tmp_path / "other"))
    with pytest.raises(UsageError, match="pick another --port"):
        args.func(args)
