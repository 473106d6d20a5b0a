"""What the owner reads in a terminal: `edge profile` and the end of `edge demo` in headed columns, tier-1 and
tier-2 topics apart, epochs as dates, uploads decoded rather than base64; the demo leaves nothing behind; a URL
without a scheme gets the one the README uses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from edge.cli import main
from edge.owner.view import summary
from edge.tokens import InterestProfile, Outbox, SentLedger, seal_due_epochs
from edge.tokens.commands import format_summary
from edge.tokens.params import default_parameters
from edge.tokens.randomness import SeededRandomness
from edge.types import Topic

PARAMS = default_parameters()
NOW = 1_800_000_000.0 + 3 * 86_400  # epoch 2976: 2027-01-14 to 2027-01-21
BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")  # a report's base64 (sent uploads' 52 characters)


def record(home: Path, when: float, *labels: str) -> None:
    with InterestProfile.open(home, clock=lambda: when) as profile:
        profile.record([Topic(profile.resolve(label), label, label, 0.9) for label in labels])


def report_last_epoch(home: Path) -> bytes:
    """Seal last epoch and acknowledge its upload, as `edge sync` does; the upload's body."""
    record(home, NOW - PARAMS.epoch_seconds, "Pets", "Cats")
    with InterestProfile.open(home, clock=lambda: NOW) as profile, SentLedger.open(home) as ledger:
        outbox = Outbox(profile.conn)
        seal_due_epochs(profile, outbox, ledger, PARAMS, profile.current_epoch(), rng=SeededRandomness(1))
        (upload,) = outbox.pending()
        outbox.ack(upload.report_id)
        return upload.body


def test_profile_text_has_headed_columns_tiers_apart_dates_and_decoded_uploads(edge_home: Path) -> None:
    body = report_last_epoch(edge_home)
    for labels in (["Food & Drink", "Dining Out"], ["Food & Drink"], ["Pets", "Cats"], ["Travel"]):
        record(edge_home, NOW, *labels)
    with InterestProfile.open(edge_home, clock=lambda: NOW) as profile:
        profile.record_held(["health"])
    text = format_summary(summary(edge_home, clock=lambda: NOW))
    lines = text.splitlines()

    assert "epoch 2976: 2027-01-14 to 2027-01-21 (UTC), day 5 of 7." in text
    first = lines.index(next(line for line in lines if "tier 1 (broad)" in line))
    assert lines[first].split() == ["tier", "1", "(broad)", "id", "count"]
    assert lines[first + 1].split() == ["Food", "&", "Drink", "210", "2"]
    assert [line.split()[0] for line in lines[first + 1 : first + 4]] == ["Food", "Pets", "Travel"]
    second = lines.index(next(line for line in lines if "tier 2 (specific)" in line))
    assert second > first + 3
    assert re.search(r"^\s+tier 2 \(specific\)\s+tier 1 parent\s+id\s+count$", lines[second])
    assert re.search(r"^\s+Dining Out\s+Food & Drink\s+218\s+1$", lines[second + 1])
    assert re.search(r"^\s+Cats\s+Pets\s+424\s+1$", lines[second + 2])
    assert "held back as sensitive this epoch (utterances per category, no text kept): health 1" in text
    assert re.search(r"privacy budget \(local epsilon\): 0\.00 spent this epoch, 1\.95 in total", text)
    assert re.search(r"^\s+epoch\s+from\s+to\s+reports\s+epsilon$", text, re.M)
    assert re.search(r"^\s+2975\s+2027-01-07\s+2027-01-14\s+1\s+1\.95$", text, re.M)
    # The sent upload: what it says (its set bits by name) and cannot say; never its base64.
    report = json.loads(body)["report"]
    assert report not in text and not BASE64_RUN.search(text)
    assert "says: epoch 2975 (2027-01-07 to 2027-01-14):" in text and "cannot say: which of these" in text


def test_profile_command_prints_the_sent_uploads_decoded(edge_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = report_last_epoch(edge_home)
    assert main(["profile"]) == 0
    out = capsys.readouterr().out
    assert "uploads sent (1, kept on this device until `edge forget`):" in out
    assert "says: epoch 2975 (2027-01-07 to 2027-01-14)" in out and json.loads(body)["report"] not in out
    assert main(["profile", "--json"]) == 0
    (sent,) = json.loads(capsys.readouterr().out)["sent"]
    assert sent["upload"] == json.loads(body) and sent["epoch_from"] == "2027-01-07" and sent["bits"] == 299


def test_demo_preview_json_carries_the_decoded_upload(edge_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from edge.tokens import preview

    record(edge_home, time.time(), "Cats")
    assert preview.show(as_json=True) == 0
    shown = json.loads(capsys.readouterr().out)
    (decoded,) = shown["decoded"]
    assert [b["label"] for b in decoded["set_bits"]] and decoded["says"].startswith(f"epoch {decoded['epoch']} (")
    assert decoded["chance_if_set"] > decoded["chance_before"] > decoded["chance_if_unset"]


@pytest.mark.slow
def test_demo_reads_well_and_leaves_no_state_behind(tmp_path: Path) -> None:
    pytest.importorskip("faster_whisper", reason="pip install 'edge[whisper]' for the demo's speech engine")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "EDGE_HOME"}
    env["TMPDIR"] = str(scratch)
    proc = subprocess.run(
        [sys.executable, "-m", "edge.cli", "demo"], capture_output=True, text=True, env=env, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert re.search(r"^\s+tier 1 \(broad\)\s+id\s+count$", out, re.M)
    assert re.search(r"^\s+tier 2 \(specific\)\s+tier 1 parent\s+id\s+count$", out, re.M)
    assert re.search(r"^\s+Dining Out\s+Food & Drink\s+218\s+\d+$", out, re.M)
    assert re.search(
        r"^epoch \d+: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(UTC\)\. An epoch is the 7-day period", out, re.M
    )
    assert "held back as sensitive this epoch (utterances per category, no text kept): health 1" in out
    assert re.search(r"says: epoch \d+ \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\): \d+ of 299 topic bits set", out)
    assert "cannot say: which of these" in out and not BASE64_RUN.search(out) and '"report"' not in out
    # The throw-away EDGE_HOME it announced is gone, and nothing else was left in the temporary folder.
    (announced,) = re.findall(r"state in a temporary (\S+), removed at the end", proc.stderr)
    assert not Path(announced).exists() and Path(announced).parent == scratch
    assert not list(scratch.glob("edge-demo-*"))


@pytest.mark.parametrize(
    ("given", "suggested"),
    [
        ("127.0.0.1:8750", "http://127.0.0.1:8750"),
        ("localhost:8750", "http://localhost:8750"),
        ("collector.example.org", "https://collector.example.org"),
        ("collector.example.org:8443/edge", "https://collector.example.org:8443/edge"),
    ],
)
def test_sync_url_without_a_scheme_gets_the_readme_one(
    given: str, suggested: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sync", "--endpoint", given, "--relay", "http://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 64 and err.count("\n") == 1
    assert f"bad collector URL '{given}': it needs a scheme; did you mean {suggested}?" in err
