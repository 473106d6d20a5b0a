"""No way around the budget: clocks, forget, deleted files, config and collector parameters, each tried."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace

import pytest

from edge.errors import SyncError, UsageError
from edge.sync.client import sync
from edge.tokens import InterestProfile, Outbox, SentLedger, UnsafeParameters
from edge.tokens.commands import forget
from edge.tokens.params import Parameters, default_parameters
from edge.tokens.seal import seal_due_epochs
from tests.tokenpath import DOMAIN, quick_settings, token_stack, topics

pytestmark = pytest.mark.usefixtures("one_epoch")  # the real clock: run inside one epoch (conftest)

DAY = 86_400.0
WEEK = 7 * DAY


def fixed(when: float) -> Callable[[], float]:
    return lambda: when


def record_at(home, when: float, *indices: int) -> None:
    with InterestProfile.open(home, clock=lambda: when) as profile:
        profile.record(topics(*indices))


def test_moving_the_clock_cannot_make_more_than_one_upload_per_collector_epoch(tmp_path, edge_home):
    now = 1_800_000_000.0  # the collector's clock
    offsets = [+7, -7] + [7 * k for k in range(2, 12)]  # +7 d, -7 d, +14 ... +77 d: the attack
    with token_stack(tmp_path, clock=lambda: now) as stack:
        settings = quick_settings(stack.collector_url, stack.relay_url)
        for days in offsets:
            device_now = now + days * DAY
            record_at(edge_home, device_now, 1, 2, 3)
            sync(settings=settings, flush=True, no_delay=True, clock=fixed(device_now))
        current = stack.collector.current_epoch()
        stored = {e: stack.storage.count(e) for e in stack.storage.epochs()}
        assert all(n == 1 for n in stored.values())  # never two for one epoch
        assert set(stored) <= {current - 1, current}  # only epochs that are over (or flushed) by its clock
        assert sum(stored.values()) <= 2
    with SentLedger.open(edge_home) as ledger:
        assert all(s.epoch <= current for s in ledger.entries())


def test_forget_and_deleting_the_store_do_not_reopen_a_reported_epoch(tmp_path, edge_home):
    with token_stack(tmp_path) as stack:
        settings = quick_settings(stack.collector_url, stack.relay_url)
        record_at(edge_home, stack.collector.clock(), 1)
        assert sync(settings=settings, flush=True, no_delay=True).sent == 1
        forget(edge_home)  # edge forget
        record_at(edge_home, stack.collector.clock(), 2)
        assert sync(settings=settings, flush=True, no_delay=True).sent == 0
        (edge_home / "tokens.db").unlink()  # or the owner deletes the file by hand
        record_at(edge_home, stack.collector.clock(), 3)
        result = sync(settings=settings, flush=True, no_delay=True)
        assert result.sent == 0 and result.sealed_epochs == []
        assert stack.storage.count(stack.collector.current_epoch()) == 1


@pytest.mark.parametrize(
    "table", ["epoch_days = 0.001", "top_k = 32\nepsilon = 10", "epoch_budget = 1000", "p_replace = 0.0"]
)
def test_token_settings_in_the_config_file_are_refused(tmp_path, edge_home, table):
    edge_home.mkdir(parents=True, exist_ok=True)
    (edge_home / "config.toml").write_text(f"[tokens]\n{table}\n")
    with token_stack(tmp_path) as stack:
        record_at(edge_home, stack.collector.clock(), 1)
        with pytest.raises(UsageError, match="collector decides"):
            sync(endpoint=stack.collector_url, relay=stack.relay_url, flush=True, no_delay=True)
        assert stack.storage.epochs() == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"epsilon": 10.0}, "epsilon 10.0"),
        ({"epsilon": 4.5}, "epsilon 4.5"),
        ({"epoch_seconds": 86}, "epoch_seconds 86"),
        ({"reports_per_epoch": 32, "candidates": 32}, "reports_per_epoch 32"),
        ({"mechanism": "raw"}, "mechanism"),
    ],
)
def test_a_collector_asking_for_unsafe_parameters_gets_nothing(change, message):
    with pytest.raises(UnsafeParameters, match=message):
        Parameters.from_json({**default_parameters().to_json(), **change})


def test_the_device_refuses_an_unsafe_collector_in_one_line(tmp_path, edge_home):
    class Greedy(Parameters):  # a collector that publishes epsilon 10 (its own checks bypassed)
        def problem(self) -> str | None:
            return None

    greedy = Greedy(**{**default_parameters().to_json(), "epsilon": 10.0, "min_reports": 1})
    with token_stack(tmp_path, params=greedy) as stack:
        record_at(edge_home, stack.collector.clock(), 1)
        with pytest.raises(UnsafeParameters) as caught:
            sync(settings=quick_settings(stack.collector_url, stack.relay_url), flush=True, no_delay=True)
        assert "epsilon 10.0 per report" in str(caught.value) and "\n" not in str(caught.value)
        assert stack.storage.epochs() == []
    with InterestProfile.open(edge_home) as profile:
        assert profile.epochs() != []  # nothing sealed


def test_a_crash_between_claiming_and_queueing_loses_the_epoch_and_never_doubles_it(edge_home, monkeypatch):
    params = default_parameters()
    now = 1_800_000_000.0
    record_at(edge_home, now - WEEK, 5)
    with InterestProfile.open(edge_home, clock=lambda: now) as profile, SentLedger.open(edge_home) as ledger:
        outbox = Outbox(profile.conn)
        monkeypatch.setattr(Outbox, "put", lambda *a, **k: (_ for _ in ()).throw(SyncError("disk full")))
        with pytest.raises(SyncError):
            seal_due_epochs(profile, outbox, ledger, params, params.epoch_of(now))
        monkeypatch.undo()
        assert len(outbox) == 0 and profile.epochs() == [params.epoch_of(now - WEEK)]  # the counts survived
        again = seal_due_epochs(profile, outbox, ledger, params, params.epoch_of(now))
        assert again.epochs == [] and again.already_reported == [params.epoch_of(now - WEEK)]
        assert len(outbox) == 0 and profile.epochs() == []


def test_epochs_too_old_for_the_collector_are_dropped_not_sent(edge_home):
    params = default_parameters()
    now = 1_800_000_000.0
    for weeks in (5, 3, 2, 1):
        record_at(edge_home, now - weeks * WEEK, weeks)
    with InterestProfile.open(edge_home, clock=lambda: now) as profile, SentLedger.open(edge_home) as ledger:
        result = seal_due_epochs(profile, Outbox(profile.conn), ledger, params, params.epoch_of(now))
    current = params.epoch_of(now)
    assert result.expired == [current - 5, current - 3]
    assert result.epochs == [current - 2, current - 1]


def test_ledger_refuses_overlapping_epochs_of_another_length(edge_home):
    with SentLedger.open(edge_home) as ledger:
        ledger.claim(100, int(WEEK), 1, 1.9)
        assert ledger.covers(700, int(DAY))  # day 700 lies inside week 100
        assert not ledger.covers(707, int(DAY))
        with pytest.raises(SyncError.__mro__[1]):  # AlreadyReported is a PrivacyError (an EdgeError)
            ledger.claim(701, int(DAY), 1, 1.9)
    assert (edge_home / "ledger.db").stat().st_mode & 0o777 == 0o600


def test_profile_and_upload_hold_no_exact_time(tmp_path, edge_home):
    with token_stack(tmp_path) as stack:
        record_at(edge_home, stack.collector.clock() + 0.123, 1)
        sync(settings=quick_settings(stack.collector_url, stack.relay_url, send_spread_s=3600.0), flush=True)
        with InterestProfile.open(edge_home) as profile:
            (queued,) = Outbox(profile.conn).pending()
        body = json.loads(queued.body)
        assert set(body) == {"schema", "taxonomy", "mechanism", "epsilon", "p_replace", "epoch", "report_id", "report"}
        assert not math.isnan(body["epsilon"]) and body["epoch"] == stack.collector.current_epoch()
    assert DOMAIN.size == 299 and replace(default_parameters(), min_reports=5).min_reports == 5
