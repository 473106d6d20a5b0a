"""Utility and guarantee of the published defaults (issue 10, item 3): simulated populations and `edge privacy report`."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from edge.cli import main
from edge.tokens import TokenDomain, simulate
from edge.tokens.params import Parameters, remember_parameters
from tests.conftest import REPO

REPORT_KEYS = {"local_epsilon_per_epoch", "central_epsilon_per_epoch", "delta", "devices", "local_epsilon_per_year"}


def test_100000_simulated_devices_come_back_within_one_percentage_point() -> None:
    """The issue's acceptance command, as written."""
    done = subprocess.run(
        [sys.executable, "-m", "edge.tokens.simulate", "--devices", "100000", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["devices"] == 100_000 and result["epsilon"] == 2.0 and result["reports_per_epoch"] == 1
    assert result["rmse_pp"] <= 1.0
    assert 0.9 <= result["ci_coverage"] <= 0.99
    assert result["max_abs_error_pp"] < 4 * result["mean_ci95_halfwidth_pp"]  # no topic far outside its interval


def test_the_simulation_refuses_an_empty_population(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        simulate.main(["--devices", "0"])
    assert caught.value.code == 2 and "--devices must be at least 1" in capsys.readouterr().err


def test_error_shrinks_with_epsilon_and_the_intervals_are_honest() -> None:
    results = simulate.error_vs_epsilon((0.5, 1.0, 2.0, 4.0), n_devices=10_000)
    errors = [r.rmse_pp for r in results]
    assert errors == sorted(errors, reverse=True) and errors[0] > 5 * errors[-1]
    assert all(0.88 <= r.ci_coverage <= 0.995 for r in results)
    for r in results:  # normal approximation: rmse ~ half-width / 1.96
        assert 0.7 < r.rmse_pp / (r.mean_ci95_halfwidth_pp / 1.96) < 1.3, r


def test_estimates_find_the_popular_topics() -> None:
    truth, est = simulate.simulate(10_000, epsilon=2.0, seed=1)
    assert est.reports == 10_000 and truth.sum() == 10_000
    assert set(np.argsort(-est.counts)[:5]) <= set(np.argsort(-truth)[:10])


def test_high_epsilon_without_replacement_is_nearly_exact() -> None:
    truth, est = simulate.simulate(10_000, epsilon=8.0, p_replace=0.0, seed=3)
    assert np.max(np.abs(est.counts - truth)) < 0.02 * 10_000


def privacy_report(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["privacy", "report", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_privacy_report_meets_the_goal_at_100000_devices(capsys: pytest.CaptureFixture[str]) -> None:
    report = privacy_report(capsys)
    assert REPORT_KEYS <= set(report)
    assert report["devices"] == 100_000 and report["delta"] <= 1e-8
    assert 0 < report["central_epsilon_per_epoch"] <= math.log(3)
    assert report["central_epsilon_per_epoch"] < report["local_epsilon_per_epoch"] <= 2.0
    assert report["local_epsilon_per_year"] == pytest.approx(
        report["local_epsilon_per_epoch"] * 365.25 / report["epoch_days"]
    )


def test_fewer_devices_hide_less(capsys: pytest.CaptureFixture[str]) -> None:
    small, large = privacy_report(capsys, "--devices", "1000"), privacy_report(capsys, "--devices", "10000")
    assert (small["devices"], large["devices"]) == (1000, 10_000)
    assert large["central_epsilon_per_epoch"] < small["central_epsilon_per_epoch"] < small["local_epsilon_per_epoch"]
    assert large["local_epsilon_per_epoch"] == small["local_epsilon_per_epoch"]  # what one upload reveals


def test_the_report_follows_the_collectors_published_parameters(capsys, edge_home) -> None:
    remember_parameters(Parameters(taxonomy=TokenDomain.load().version, epsilon=1.0, reports_per_epoch=2), edge_home)
    report = privacy_report(capsys, "--devices", "1000")
    assert report["epsilon_oue"] == 1.0 and report["reports_per_epoch"] == 2
    assert report["local_epsilon_per_epoch"] == pytest.approx(2 * report["local_epsilon_per_report"])
    assert report["local_epsilon_per_report"] < 1.0


@pytest.mark.parametrize(("args", "message"), [(["--devices", "0"], "--devices"), (["--delta", "1"], "--delta")])
def test_bad_report_arguments_are_one_line(capsys, args: list[str], message: str) -> None:
    assert main(["privacy", "report", *args]) == 64
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
