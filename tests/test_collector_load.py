"""benchmarks/collector_load.py, small: the harness sends real sealed uploads to a real collector (two worker
processes on one SQLite file, as the benchmark runs it), on new and on kept-alive connections, counts every
answer, and its kill -9 scenario finds each answered upload stored exactly once. No speed is asserted here (the
figures are the benchmark's); this keeps the harness honest."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.collector_load import Setup, scenario_kill9, scenario_load, seal_uploads
from edge.collector.commands import load_or_create_key

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)


def test_the_load_harness_and_the_kill_9_scenario(tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    sealed = seal_uploads(load_or_create_key(key).config(), 1600, "127.0.0.1", seed=5)
    setup = Setup(tmp_path, key, sealed[:500], sealed[1500:], 10, {"sqlite": 2}, None, None)

    for keep_alive in (False, True):
        figures = scenario_load(setup, "sqlite", via_relay=False, keep_alive=keep_alive)
        assert figures["errors"] == {} and figures["ok"] == figures["stored"] == 500
        assert figures["stored_equals_answered"] and figures["server_cpu_ms_per_upload"] > 0

    setup.uploads = sealed[:1500]
    crash = scenario_kill9(setup, "sqlite", kill_after_reports=100)  # on progress, not after a time: any machine
    assert crash["exactly_once"], crash
    assert 0 < crash["answered_2xx_before_kill"] <= crash["stored_after_restart"] < 1500  # killed mid-load
    assert crash["answered_but_lost"] == crash["stored_more_than_once"] == 0 and crash["stored_at_end"] == 1500
