"""Aggregation on Apache Beam (DirectRunner): exported shards give exactly the in-process aggregate, through the
pipeline function and through `edge collector aggregate`, whose result the collector then serves."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("apache_beam", reason="apache-beam is not installed (pip install 'edge[collector]')")

from edge import cli  # noqa: E402
from edge.collector import beam  # noqa: E402
from edge.collector.aggregate import published_path, release  # noqa: E402
from edge.collector.app import create_app  # noqa: E402
from edge.collector.service import Collector  # noqa: E402
from edge.collector.storage import StorageError, open_storage  # noqa: E402
from edge.errors import UsageError  # noqa: E402
from edge.home import edge_home  # noqa: E402
from edge.ohttp import GatewayKey  # noqa: E402
from edge.tokens import ldp  # noqa: E402
from edge.tokens.domain import TokenDomain  # noqa: E402
from edge.tokens.params import default_parameters  # noqa: E402
from edge.tokens.randomness import SeededRandomness  # noqa: E402
from edge.web import background  # noqa: E402
from tests.conftest import REPO  # noqa: E402

pytest_plugins = ["tests.postgres"]

DOMAIN = TokenDomain.load()
PARAMS = dataclasses.replace(default_parameters(), min_reports=1000)
UPLOADS = 100_000


def simulated_uploads(n: int, seed: int) -> tuple[np.ndarray, list[bytes]]:
    """True topics (Zipf-like over the domain) and their packed OUE reports, as devices make them."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, DOMAIN.size + 1) ** 1.1
    topics = rng.choice(DOMAIN.size, size=n, p=weights / weights.sum())
    noisy = ldp.replace_randomly(topics, DOMAIN.size, PARAMS.p_replace, SeededRandomness(seed))
    bits = ldp.perturb(noisy, DOMAIN.size, PARAMS.epsilon, SeededRandomness(seed + 1))
    return topics, [ldp.pack(row) for row in bits]


def store(storage: object, epoch: int, reports: list[bytes], seed: int) -> None:
    ids = np.random.default_rng(seed).bytes(16 * len(reports))
    rows = [(ids[16 * i : 16 * i + 16].hex(), epoch, r, hashlib.sha256(r).hexdigest()) for i, r in enumerate(reports)]
    storage.add_many(rows)  # type: ignore[attr-defined]


def test_beam_matches_the_in_process_aggregate_on_100k_uploads(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    topics, reports = simulated_uploads(UPLOADS, seed=11)
    db = tmp_path / "collector.db"
    with open_storage(db) as storage:  # type: ignore[attr-defined]
        store(storage, 7, reports, seed=12)
        store(storage, 8, simulated_uploads(2_000, seed=13)[1], seed=14)  # another epoch in the same folder
        counts, n = storage.bit_counts(7, DOMAIN.size)
        shards = storage.export(7, tmp_path / "shards", shard_size=30_000)
        storage.export(8, tmp_path / "shards")
    assert len(shards) == 4 and n == UPLOADS
    unpacked = np.unpackbits(np.frombuffer(b"".join(reports), np.uint8).reshape(UPLOADS, -1), axis=1)
    assert np.array_equal(counts, unpacked[:, : DOMAIN.size].sum(axis=0))
    in_process = release(7, counts, n, PARAMS, DOMAIN)

    out = tmp_path / "aggregate" / "epoch-7.json"
    result = beam.run(7, str(tmp_path / "shards" / "epoch-*.jsonl"), str(out), PARAMS)

    assert result == in_process and json.loads(out.read_text()) == in_process
    assert result["reports"] == UPLOADS and result["released"]
    # and the released numbers are the truth within their intervals
    truth = np.bincount(topics, minlength=DOMAIN.size) / UPLOADS
    index = {topic_id: j for j, topic_id in enumerate(DOMAIN.ids)}
    shares = np.array([t["share"] for t in result["topics"]])
    true = np.array([truth[index[t["id"]]] for t in result["topics"]])
    inside = [t["share_ci95"][0] <= truth[index[t["id"]]] <= t["share_ci95"][1] for t in result["topics"]]
    assert np.sqrt(np.mean((shares - true) ** 2)) < 0.005  # RMSE under half a percentage point
    assert np.mean(inside) >= 0.9

    # the command line: export from the database, Beam, publish where the collector serves aggregates from
    argv = ["collector", "aggregate", "--epoch", "7", "--db", str(db), "--", "--direct_num_workers=1"]
    assert cli.main(argv) == 0
    published = published_path(edge_home() / "collector" / "aggregates", 7)
    assert capsys.readouterr().out.strip() == f"epoch 7: {UPLOADS} reports, released; wrote {published}"
    assert json.loads(published.read_text()) == in_process
    with open_storage(db) as storage:  # type: ignore[attr-defined]
        collector = Collector(storage, GatewayKey.generate(), PARAMS, DOMAIN)
        with background(create_app(collector, aggregates=published.parent)) as url:
            with urllib.request.urlopen(f"{url}/v1/aggregate?epoch=7", timeout=30) as response:
                assert response.headers["X-Edge-Aggregate"] == "published"
                assert json.loads(response.read()) == in_process


def test_the_command_exports_from_postgresql(postgres_url: str, tmp_path: Path) -> None:
    _, reports = simulated_uploads(3_000, seed=21)
    with open_storage(postgres_url) as storage:  # type: ignore[attr-defined]
        store(storage, 9, reports, seed=22)
        counts, n = storage.bit_counts(9, DOMAIN.size)
    out = tmp_path / "out" / "agg-9.json"
    argv = [
        "collector",
        "aggregate",
        "--epoch",
        "9",
        "--db",
        postgres_url,
        "--output",
        str(out),
        "--min-reports",
        "100",
    ]
    assert cli.main(argv) == 0
    assert json.loads(out.read_text()) == release(9, counts, n, dataclasses.replace(PARAMS, min_reports=100), DOMAIN)


def test_the_command_refuses_what_it_cannot_do(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["collector", "aggregate", "--epoch", "3"]) == UsageError.exit_code
    assert "no collector database at" in capsys.readouterr().err
    open_storage(tmp_path / "c.db").close()
    assert cli.main(["collector", "aggregate", "--epoch", "3", "--db", str(tmp_path / "c.db")]) == 64
    assert "epoch 3 has no reports in the database; nothing to aggregate" in capsys.readouterr().err
    assert cli.main(["collector", "aggregate", "--epoch", "3", "--db", "x.db", "--input", "y"]) == 64
    assert "not both" in capsys.readouterr().err
    assert cli.main(["collector", "aggregate", "--epoch", "3", "--input", str(tmp_path / "none-*.jsonl")]) == 64
    assert "no shards match" in capsys.readouterr().err
    with open_storage(tmp_path / "c.db") as storage:  # type: ignore[attr-defined]
        store(storage, 3, simulated_uploads(5, seed=1)[1], seed=2)
        storage.export(3, tmp_path / "shards")
    argv = ["collector", "aggregate", "--epoch", "3", "--input", str(tmp_path / "shards" / "epoch-3-*.jsonl")]
    assert cli.main([*argv, "--runner", "NoSuchRunner"]) == 64
    assert "bad Beam pipeline options" in capsys.readouterr().err


def test_main_writes_the_unreleased_answer_below_min_reports(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    params = tmp_path / "config.json"
    params.write_text(json.dumps({**PARAMS.to_json(), "current_epoch": 3}))
    with open_storage(tmp_path / "c.db") as storage:  # type: ignore[attr-defined]
        store(storage, 3, simulated_uploads(60, seed=5)[1], seed=6)
        storage.export(3, tmp_path / "shards")
    out = tmp_path / "agg.json"
    argv = ["--epoch", "3", "--input", str(tmp_path / "shards" / "epoch-3-*.jsonl"), "--output", str(out)]
    assert beam.main([*argv, "--params", str(params), "--min-reports", "100"]) == 0
    assert json.loads(out.read_text()) == {
        "epoch": 3,
        "reports": 60,
        "min_reports": 100,
        "released": False,
        "needed": 40,
        "message": "epoch 3 holds 60 reports; its aggregate is released from 100 on (40 more needed)",
    }
    assert capsys.readouterr().out.strip() == f"epoch 3: 60 reports, not released (40 more reports needed); wrote {out}"
    # shards of another epoch hold nothing for epoch 4: zero reports, not an error
    argv[1] = "4"
    assert beam.main([*argv, "--params", str(params)]) == 0
    assert json.loads(out.read_text())["reports"] == 0


def test_bad_shards_and_arguments_are_one_line_errors(tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    with pytest.raises(UsageError, match="no shards match"):
        beam.run(1, str(shards / "epoch-1-*.jsonl"), str(tmp_path / "o.json"), PARAMS)
    (shards / "epoch-1-00000.jsonl").write_text('{"epoch":1,"report":"AAAA"}\n')
    with pytest.raises(StorageError, match="3 bytes but the domain of 299 topics needs 38") as info:
        beam.run(1, str(shards / "epoch-1-*.jsonl"), str(tmp_path / "o.json"), PARAMS)
    assert "\n" not in str(info.value)
    with pytest.raises(UsageError, match="not valid collector parameters"):
        (tmp_path / "p.json").write_text('{"epsilon": 1e-300}')
        beam.main(["--epoch", "1", "--input", "x", "--output", "y", "--params", str(tmp_path / "p.json")])


def test_parse_line_is_strict() -> None:
    report = bytes(range(38))
    line = json.dumps({"epoch": 4, "report": base64.b64encode(report).decode()})
    assert beam.parse_line(line, DOMAIN.size) == (4, report)
    bad_lines = [
        "",
        "[]",
        '{"epoch": "4", "report": ""}',
        '{"epoch": 4}',
        '{"epoch": 4, "report": "!!"}',
        '{"epoch": true, "report": ""}',
        line[:-1] + ', "report_id": "x"}',
    ]
    for bad in bad_lines:
        with pytest.raises(StorageError, match="export the epoch again"):
            beam.parse_line(bad, DOMAIN.size)


AGGREGATE_IN_A_CHILD = """
import sys
from edge.collector import beam
sys.exit(beam.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("runner", ["DirectRunner", "SwitchingDirectRunner"])
def test_aggregation_writes_nothing_outside_its_output(tmp_path: Path, runner: str) -> None:
    """Beam's DirectRunner would first fetch a Prism binary into ~/.apache_beam and leave a beam-temp folder in the
    temp folder; edge's DirectRunner (the in-process engine) leaves HOME and TMPDIR as they were."""
    params = tmp_path / "config.json"
    params.write_text(json.dumps({**PARAMS.to_json(), "current_epoch": 3}))
    with open_storage(tmp_path / "c.db") as storage:  # type: ignore[attr-defined]
        store(storage, 3, simulated_uploads(50, seed=8)[1], seed=9)
        storage.export(3, tmp_path / "shards")
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(temp), "EDGE_HOME": str(tmp_path / "edge")}
    out = tmp_path / "agg.json"
    argv = ["--epoch", "3", "--input", str(tmp_path / "shards" / "epoch-3-*.jsonl"), "--output", str(out)]
    argv += ["--params", str(params), "--runner", runner]
    child = subprocess.run(
        [sys.executable, "-c", AGGREGATE_IN_A_CHILD, *argv], env=env, capture_output=True, timeout=300, cwd=REPO
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert json.loads(out.read_text())["reports"] == 50
    assert list(home.rglob("*")) == [] and list(temp.rglob("*")) == []
