"""Collector ingestion under load and under attack, on loopback, with the real upload path.

    python -m benchmarks.collector_load                        # SQLite and PostgreSQL, every scenario (~10 min)
    python -m benchmarks.collector_load --quick                # the harness in a minute or two
    python -m benchmarks.collector_load --backends sqlite --scenarios load,slowloris --workers 2

Every upload is what a device sends: an `edge.tokens.upload` JSON (made by the Anonymizer) in a Binary HTTP
request padded to 1,024 bytes, sealed with `edge.ohttp` for the collector's key. They are all built before a run
(sealing costs about a millisecond each), then C clients send them, one connection per upload, and open every
encapsulated answer: a success is an outer 200 holding an inner 200. Scenarios, each against a fresh database
and a fresh `edge collector serve --workers W` process group:

    load       sustained uploads/s and latency, straight to the gateway, a new connection per upload; errors 0
    keepalive  the same on C kept-alive connections, which is how the gateway is reached in a deployment: its
               only clients are relays, which hold their connections to it open
    relay      the same through `edge relay serve` (one process) in front of the gateway
    slowloris  the honest clients' p99 alone, then with S slow connections (one header byte a second, reopened
               as soon as the server cuts one off); the target is at most 2x the quiet p99
    kill9      kill -9 of the collector's whole process group in the middle of a load; after a restart on the
               same database every upload that got a 2xx must be stored, and resending everything must leave
               each report stored exactly once

Aggregation of 1,000,000 uploads with Beam is `python -m benchmarks.collector_beam`.

The load generator shares the machine with the server. By default nothing is pinned and the kernel schedules
both; `--server-cpus 0 --client-cpus 1` pins them. Collector processes (`--workers`): by default one per CPU
on both backends (SQLite's writer processes take turns on a file lock, see edge.collector.sqlite_store). CPU
seconds per upload are reported for each side (from /proc), which says what a quiet machine of N cores can do:
about N / (server + client CPU per upload). Timings on a machine shared with other work are noisy (the same run
varied by a factor of 1.5 within an hour here): `--repeat R` runs each load scenario R times and reports the
median run with the others beside it; the JSON records the load average.
Writes benchmarks/results/collector_load-<machine>.json and .png.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import machine
from benchmarks.loadgen import Request, Response, run_load, slow_clients

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
CLK_TCK = os.sysconf("SC_CLK_TCK")
TARGET_UPLOADS_PER_S = 2000
TARGET_P99_MS = 100.0
SHORT = {"sqlite": "SQLite", "postgresql": "PG"}
SCENARIOS = ("load", "keepalive", "relay", "slowloris", "kill9")


@dataclass(frozen=True)
class Sealed:
    """One upload sealed for the gateway: what goes on the wire and what opens the answer."""

    report_id: str
    request: Request


def seal_uploads(key_config: Any, n: int, authority: str, seed: int) -> list[Sealed]:
    """n distinct uploads of the current epoch, each sealed as a device seals it (edge.ohttp, edge.tokens)."""
    from edge.ohttp import REQUEST_MEDIA_TYPE, encapsulate_request, encode_request
    from edge.ohttp import Request as Inner
    from edge.tokens.anonymizer import Anonymizer
    from edge.tokens.domain import TokenDomain
    from edge.tokens.params import default_parameters
    from edge.tokens.randomness import SeededRandomness
    from edge.tokens.wire import GATEWAY_PATH, INNER_REQUEST_SIZE, REPORTS_PATH

    domain = TokenDomain.load()
    params = default_parameters(domain.version)
    anonymizer = Anonymizer(domain, params, SeededRandomness(seed))
    epoch = params.epoch_of(time.time())
    sealed = []
    for i in range(n):
        (upload,) = anonymizer.uploads(epoch, {domain.ids[(i * 7) % domain.size]: 1})
        inner = Inner(
            method="POST",
            scheme="http",
            authority=authority,
            path=REPORTS_PATH,
            headers=(("content-type", "application/json"),),
            content=upload.encode(),
        )
        data, context = encapsulate_request(key_config, encode_request(inner, pad_to=INNER_REQUEST_SIZE))
        request = Request("POST", GATEWAY_PATH, {"Content-Type": REQUEST_MEDIA_TYPE}, data, context)
        sealed.append(Sealed(upload.report_id, request))
    return sealed


class Answers:
    """`check` for run_load: opens each encapsulated answer; records stored and duplicate report ids."""

    def __init__(self) -> None:
        self.stored: set[str] = set()
        self.duplicates: set[str] = set()
        self.lock = threading.Lock()

    def check(self, request: Request, response: Response) -> str | None:
        from edge.ohttp import OhttpError, decode_response

        if response.status != 200:
            return f"http_{response.status}"
        try:
            inner = decode_response(request.context.decapsulate_response(response.body))
        except OhttpError:
            return "undecryptable"
        if inner.status != 200:
            return f"inner_{inner.status}"
        answer = json.loads(inner.content)
        with self.lock:
            (self.duplicates if answer["duplicate"] else self.stored).add(answer["report_id"])
        return None


# -- processes ---------------------------------------------------------------------------------------------------


@dataclass
class Service:
    process: subprocess.Popen[str]
    url: str
    killed: bool = False

    def cpu_s(self) -> float:
        return _group_cpu_s(self.process.pid)

    def kill(self) -> None:
        self.killed = True
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)


@contextmanager
def service(args: list[str], home: Path, cpus: set[int] | None) -> Iterator[Service]:
    """An `edge ...` serving command in its own process group, once it listens; killed (group) on exit. Its stderr
    goes to a log beside `home`, whose end is printed when the service has exited before it was killed."""
    env = {**os.environ, "EDGE_HOME": str(home)}
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w+", dir=home.parent, prefix=f"{args[0]}-", suffix=".log") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "edge.cli", *args, "--port", "0"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            start_new_session=True,
            preexec_fn=pin,
        )
        running = Service(process, _listening(process))
        try:
            _serving(running.url)
            yield running
        finally:
            if process.poll() is not None and not running.killed:
                log.seek(0)
                tail = log.read()[-2000:]
                print(f"{args[0]} exited early (code {process.returncode}):\n{tail}", file=sys.stderr, flush=True)
            running.kill()


def collector_args(setup: Setup, backend: str, db: str) -> list[str]:
    args = ["collector", "serve", "--db", db, "--key", str(setup.key), "--min-reports", "1"]
    return [*args, "--workers", str(setup.workers[backend])]


def _listening(process: subprocess.Popen[str], timeout_s: float = 60.0) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        line = process.stdout.readline() if ready else ""
        if match := LISTENING.search(line):
            threading.Thread(target=process.stdout.read, daemon=True).start()  # drain the rest
            return match.group(1)
        if ready and not line:
            break
    raise SystemExit(f"the service did not start: {process.args!r}")


def _serving(url: str, timeout_s: float = 60.0) -> None:
    """Wait until a worker answers HTTP on `url` (a supervisor says where it listens before its workers are up;
    connections wait in the listening socket's queue until then)."""
    try:
        urllib.request.urlopen(f"{url}/healthz", timeout=timeout_s).close()
    except urllib.error.HTTPError:
        pass  # an answer all the same (the relay serves no /healthz)


def _group_cpu_s(pgid: int) -> float:
    """User + system CPU seconds of every live process in the process group `pgid` (from /proc)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the command: state, ppid, pgrp, ..., utime (12), stime (13)
            total += int(fields[11]) + int(fields[12])
    return total / CLK_TCK


def _reports(url: str) -> int:
    from edge.tokens.params import default_parameters

    epoch = default_parameters().epoch_of(time.time())
    with urllib.request.urlopen(f"{url}/v1/aggregate?epoch={epoch}", timeout=60) as response:
        return int(json.loads(response.read())["reports"])


# -- scenarios ---------------------------------------------------------------------------------------------------


@dataclass
class Setup:
    workdir: Path
    key: Path
    uploads: list[Sealed]
    warmup: list[Sealed]  # sent to every fresh collector before it is measured (thread pool, caches, connections)
    clients: int
    workers: dict[str, int]  # backend -> collector processes
    server_cpus: set[int] | None
    postgres: Any  # tests.postgres.PostgresServer or None

    def database(self, backend: str, name: str) -> str:
        if backend == "sqlite":
            return str(self.workdir / f"{name}.db")
        return str(self.postgres.create_database())


def load(setup: Setup, url: str, uploads: list[Sealed], *, cpu_of: Service | None = None, **options: Any) -> dict:
    answers = Answers()
    client_cpu, server_cpu = time.process_time(), cpu_of.cpu_s() if cpu_of else 0.0
    figures = run_load(
        url,
        lambda i: uploads[i].request,
        clients=setup.clients,
        total=len(uploads),
        max_seconds=options.pop("max_seconds", 300.0),
        check=answers.check,
        **options,
    )
    figures["client_cpu_ms_per_upload"] = round((time.process_time() - client_cpu) * 1000 / max(figures["sent"], 1), 3)
    if cpu_of is not None:
        figures["server_cpu_ms_per_upload"] = round((cpu_of.cpu_s() - server_cpu) * 1000 / max(figures["sent"], 1), 3)
    figures["answers"] = answers
    return figures


def scenario_load(
    setup: Setup, backend: str, via_relay: bool, keep_alive: bool = False, run: int = 0
) -> dict[str, Any]:
    home = setup.workdir / "home"
    db = setup.database(backend, f"load-{backend}-{int(via_relay)}-{int(keep_alive)}-{run}")
    with service(collector_args(setup, backend, db), home, setup.server_cpus) as collector:
        load(setup, collector.url, setup.warmup, keep_alive=keep_alive)
        if not via_relay:
            figures = load(setup, collector.url, setup.uploads, cpu_of=collector, keep_alive=keep_alive)
        else:
            relay_args = ["relay", "serve", "--gateway", collector.url]
            with service(relay_args, home, setup.server_cpus) as relay:
                cpu0 = relay.cpu_s()
                figures = load(setup, relay.url, setup.uploads, cpu_of=collector)
                figures["relay_cpu_ms_per_upload"] = round((relay.cpu_s() - cpu0) * 1000 / max(figures["sent"], 1), 3)
        answers = figures.pop("answers")
        figures["stored"] = _reports(collector.url) - len(setup.warmup)
    figures["stored_equals_answered"] = figures["stored"] == len(answers.stored) == figures["ok"]
    return figures


def scenario_slowloris(setup: Setup, backend: str, connections: int) -> dict[str, Any]:
    home = setup.workdir / "home"
    half = len(setup.uploads) // 2
    result: dict[str, Any] = {"slow_connections": connections}
    db = setup.database(backend, f"slowloris-{backend}")
    with service(collector_args(setup, backend, db), home, setup.server_cpus) as collector:
        load(setup, collector.url, setup.warmup)
        quiet = load(setup, collector.url, setup.uploads[:half], cpu_of=collector)
        quiet.pop("answers")
        with slow_clients(collector.url, connections=connections, max_seconds=300, reconnect=True) as slow:
            attacked = load(setup, collector.url, setup.uploads[half:], cpu_of=collector)
        attacked.pop("answers")
        result["slowloris"] = slow.result
    result["quiet"], result["attacked"] = quiet, attacked
    p99_quiet, p99_attacked = quiet["latency_ms"]["p99"], attacked["latency_ms"]["p99"]
    result["p99_ratio"] = round(p99_attacked / p99_quiet, 2) if p99_quiet and p99_attacked else None
    result["within_2x"] = result["p99_ratio"] is not None and result["p99_ratio"] <= 2.0
    return result


def scenario_kill9(
    setup: Setup, backend: str, kill_after_s: float | None = None, kill_after_reports: int | None = None
) -> dict[str, Any]:
    """SIGKILL the collector in the middle of a load, after `kill_after_s` seconds or, whatever the machine's
    speed, as soon as it has stored `kill_after_reports` reports; then check that every answered upload was kept
    and that resending everything stores each report exactly once."""
    if (kill_after_s is None) == (kill_after_reports is None):
        raise ValueError("give kill_after_s or kill_after_reports")
    home = setup.workdir / "home"
    db = setup.database(backend, f"kill9-{backend}")
    uploads = setup.uploads
    box: dict[str, Any] = {}
    with service(collector_args(setup, backend, db), home, setup.server_cpus) as collector:
        runner = threading.Thread(target=lambda: box.update(run=load(setup, collector.url, uploads, timeout_s=5.0)))
        runner.start()
        if kill_after_reports is None:
            time.sleep(kill_after_s or 0.0)  # the load runs meanwhile: the kill lands in the middle of it
        else:
            while runner.is_alive() and _reports(collector.url) < kill_after_reports:
                time.sleep(0.01)
        collector.kill()
        runner.join()
    during = box["run"]
    acked = during.pop("answers").stored
    by_id = {u.report_id: u for u in uploads}
    with service(collector_args(setup, backend, db), home, setup.server_cpus) as collector:
        stored_after_restart = _reports(collector.url)
        again = load(setup, collector.url, [by_id[i] for i in sorted(acked)])  # the answered ones: duplicates
        found = again.pop("answers").duplicates
        everything = load(setup, collector.url, uploads)  # every device resends what it is unsure of
        everything.pop("answers")
        stored_at_end = _reports(collector.url)
    return {
        "kill_after_s": kill_after_s,
        "kill_after_reports": kill_after_reports,
        "uploads": len(uploads),
        "answered_2xx_before_kill": len(acked),
        "errors_during_kill": during["errors"],
        "stored_after_restart": stored_after_restart,
        "answered_but_lost": len(acked - found),
        "resend_errors": {**again["errors"], **everything["errors"]},
        "stored_at_end": stored_at_end,
        "stored_more_than_once": stored_at_end - len(set(by_id)),
        "exactly_once": not (acked - found) and stored_at_end == len(by_id),
    }


# -- the run -----------------------------------------------------------------------------------------------------


def measure(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    from edge.collector.commands import load_or_create_key

    key_path = workdir / "gateway-key.json"
    key = load_or_create_key(key_path)
    t = time.perf_counter()
    sealed = seal_uploads(key.config(), args.uploads + args.warmup, "127.0.0.1", seed=int(time.time()))
    uploads, warmup = sealed[: args.uploads], sealed[args.uploads :]
    sealing_s = time.perf_counter() - t
    results: dict[str, Any] = {
        "uploads_per_run": args.uploads,
        "clients": args.clients,
        "collector_workers": args.workers,
        "server_cpus": sorted(args.server_cpus) if args.server_cpus else "all (not pinned)",
        "client_cpus": sorted(args.client_cpus) if args.client_cpus else "all (not pinned)",
        "warmup_uploads": args.warmup,
        "repeat": args.repeat,
        "sealing_ms_per_upload": round(sealing_s * 1000 / len(sealed), 3),
        "targets": {"uploads_per_s": TARGET_UPLOADS_PER_S, "p99_ms": TARGET_P99_MS, "slowloris_p99_ratio": 2.0},
        "backends": {},
    }
    if args.client_cpus:
        os.sched_setaffinity(0, args.client_cpus)
    postgres_context = None
    if "postgresql" in args.backends:
        from tests.postgres import running_server, server_binaries

        if server_binaries() is None:
            raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
        postgres_context = running_server(fsync=True)  # durable commits, as in production
    with postgres_context or _nothing() as postgres:
        setup = Setup(workdir, key_path, uploads, warmup, args.clients, args.workers, args.server_cpus, postgres)
        for backend in args.backends:
            figures: dict[str, Any] = {}
            for name in args.scenarios:
                print(f"{backend}: {name} ...", file=sys.stderr, flush=True)
                if name in ("load", "keepalive", "relay"):
                    via_relay, keep_alive = name == "relay", name == "keepalive"
                    runs = [scenario_load(setup, backend, via_relay, keep_alive, run) for run in range(args.repeat)]
                    figures[name] = median_run(runs)
                elif name == "slowloris":
                    figures[name] = scenario_slowloris(setup, backend, args.slow_connections)
                elif name == "kill9":
                    figures[name] = scenario_kill9(setup, backend, args.kill_after)
                print(json.dumps({name: _brief(figures[name])}), file=sys.stderr, flush=True)
            results["backends"][backend] = figures
    results["load_average_at_end"] = list(os.getloadavg())
    results["note"] = "measured on a machine shared with other work unless load_average says otherwise"
    return results


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median uploads/s, with every run's rate, p99 and CPU beside it when there are several."""
    if len(runs) == 1:
        return runs[0]
    median = dict(sorted(runs, key=lambda r: r["uploads_per_s"])[len(runs) // 2])
    keys = ("uploads_per_s", "server_cpu_ms_per_upload", "client_cpu_ms_per_upload")
    median["runs"] = [
        {**{k: r[k] for k in keys}, "p99_ms": r["latency_ms"]["p99"], "errors": r["errors"]} for r in runs
    ]
    return median


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _brief(figures: dict[str, Any]) -> dict[str, Any]:
    keys = ("uploads_per_s", "latency_ms", "errors", "p99_ratio", "exactly_once", "answered_2xx_before_kill")
    return {k: v for k, v in figures.items() if k in keys}


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (rate_ax, p99_ax) = plt.subplots(1, 2, figsize=(11, 3.8))
    labels, rates, p50s, p99s = [], [], [], []
    for backend, figures in results["backends"].items():
        runs = [(n, figures[n]) for n in ("load", "keepalive", "relay") if n in figures]
        if "slowloris" in figures:
            runs += [("quiet", figures["slowloris"]["quiet"]), ("slowloris", figures["slowloris"]["attacked"])]
        for name, run in runs:
            labels.append(f"{SHORT.get(backend, backend)}\n{name}")
            rates.append(run["uploads_per_s"])
            p50s.append(run["latency_ms"]["p50"] or 0)
            p99s.append(run["latency_ms"]["p99"] or 0)
    bars = rate_ax.bar(labels, rates, color="#1565c0")
    rate_ax.bar_label(bars, labels=[f"{r:,.0f}" for r in rates], fontsize=8)
    rate_ax.axhline(TARGET_UPLOADS_PER_S, color="#c62828", linestyle="--", linewidth=1, label="target")
    rate_ax.set_ylabel("uploads/s")
    workers = ", ".join(f"{b} {n}" for b, n in results["collector_workers"].items())
    rate_ax.set_title(f"{results['clients']} clients; collector processes: {workers}")
    rate_ax.legend(fontsize=8)
    x = range(len(labels))
    p99_ax.bar([i - 0.2 for i in x], p50s, width=0.4, label="p50", color="#90caf9")
    p99_ax.bar([i + 0.2 for i in x], p99s, width=0.4, label="p99", color="#0d47a1")
    p99_ax.axhline(TARGET_P99_MS, color="#c62828", linestyle="--", linewidth=1, label="p99 target")
    p99_ax.set_xticks(list(x), labels)
    p99_ax.set_ylabel("latency (ms)")
    p99_ax.set_title("latency per upload (connect to decrypted answer)")
    p99_ax.legend(fontsize=8)
    for ax in (rate_ax, p99_ax):
        ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _cpus(text: str | None) -> set[int] | None:
    return {int(c) for c in text.split(",")} if text else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--uploads", type=int, default=30_000, help="sealed uploads per run (default 30,000)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=1000, help="uploads sent before each measurement (default 1,000)")
    parser.add_argument("--workers", type=int, help="collector processes (default: one per CPU)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--slow-connections", type=int, default=200)
    parser.add_argument("--kill-after", type=float, default=3.0, help="seconds into the kill9 load (default 3)")
    parser.add_argument("--server-cpus", help="pin the collector and relay to these CPUs, e.g. 0,1")
    parser.add_argument("--client-cpus", help="pin the load generator to these CPUs, e.g. 1")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each load scenario; the median is kept")
    parser.add_argument("--quick", action="store_true", help="4,000 uploads per run")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.quick:
        args.uploads, args.warmup = min(args.uploads, 4_000), min(args.warmup, 200)
    args.backends = args.backends.split(",")
    args.scenarios = args.scenarios.split(",")
    args.server_cpus, args.client_cpus = _cpus(args.server_cpus), _cpus(args.client_cpus)
    cpus = len(args.server_cpus or os.sched_getaffinity(0))
    args.workers = {"sqlite": args.workers or cpus, "postgresql": args.workers or cpus}
    unknown = set(args.scenarios) - set(SCENARIOS) or set(args.backends) - {
        "sqlite",
        "postgresql",
    }
    if unknown:
        parser.error(f"unknown scenario or backend: {', '.join(sorted(unknown))}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="edge-collector-load-") as tmp:
        os.chmod(tmp, 0o755)  # the private PostgreSQL server runs as another user when we are root
        results = measure(args, Path(tmp))
    results["machine"] = machine.describe()
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / f"collector_load-{machine.slug(results['machine'])}"
    stem.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n")
    plot(results, stem.with_suffix(".png"))
    print(json.dumps({k: v for k, v in results.items() if k != "machine"}, indent=2))
    print(f"wrote {stem}.json and .png", file=sys.stderr)
    return 0


def run(quick: bool, runs: int | None) -> dict[str, Any]:
    """benchmarks.run's interface: --quick when quick (`runs` is unused)."""
    args = parse_args(["--quick"] if quick else [])
    with tempfile.TemporaryDirectory(prefix="edge-collector-load-") as tmp:
        return measure(args, Path(tmp))


if __name__ == "__main__":
    raise SystemExit(main())
