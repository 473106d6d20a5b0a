"""Aggregation as an Apache Beam pipeline: exported shards in, the released aggregate JSON out.

    shards (epoch-N-*.jsonl) -> ReadFromText -> CombineGlobally(BitCounter) -> release() -> WriteToText (one JSON)

`BitCounter` sums unpacked OUE bits into a numpy int64 vector per worker (reports are unpacked in batches, and
partial vectors merge by addition), so the combine is lifted before the shuffle and scales with workers. The
released JSON comes from `edge.collector.aggregate.release`, the function the service uses, so the numbers
match the in-process aggregate exactly. Nothing here depends on the runner. `edge collector aggregate` exports
the epoch from the database (SQLite or PostgreSQL) when given --db, runs this pipeline and writes the result
where `edge collector serve` publishes it (EDGE_HOME/collector/aggregates/epoch-N.json, or its --aggregates):

    edge collector aggregate --epoch 2905                                   # DirectRunner, the local database
    edge collector aggregate --epoch 2905 --db postgresql://edge@db/edge --output /srv/aggregates/epoch-2905.json
    edge collector aggregate --epoch 2905 --db postgresql://edge@db/edge --shards /nfs/shards \\
        --output /nfs/aggregates/epoch-2905.json --runner FlinkRunner \\
        -- --flink_master=HOST:8081 --environment_type=DOCKER --environment_config=IMAGE
    edge collector aggregate --epoch 2905 --input 'gs://b/epoch-2905-*.jsonl' --output gs://b/agg-2905.json \\
        --runner DataflowRunner -- --project=P --region=R --temp_location=gs://b/tmp --sdk_container_image=IMAGE
    edge collector aggregate --epoch 2905 --input 'hdfs://nn/shards/epoch-2905-*.jsonl' --output ... \\
        --runner SparkRunner -- --spark_master_url=spark://HOST:7077 --environment_type=DOCKER ...

(`python -m edge.collector.beam` takes the same shards and options, Beam options inline. On a cluster the shards
and the output must be on a filesystem the workers share, and the workers need `edge` installed: a container
image with `pip install edge[collector]`, or `--extra_package` with an sdist of edge.) Lines of other epochs
are skipped and counted in the Beam counter `other_epoch_lines`.

DirectRunner here means Beam's in-process engine (FnApiRunner), which Beam's own DirectRunner falls back to
for a batch pipeline after trying Prism first; that try fetches a Prism binary from GitHub into ~/.apache_beam
and leaves a beam-temp folder in the system temp folder on every run, a network fetch and writes outside
EDGE_HOME that edge does not make.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import io
import json
import logging
import sys
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import apache_beam as beam
import numpy as np
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions

from edge.collector.aggregate import MechanismParameters, published_path, release
from edge.collector.storage import StorageError, open_storage
from edge.errors import EdgeError, UsageError
from edge.tokens.domain import TokenDomain

BATCH = 4096  # reports unpacked together
IN_PROCESS = {"DirectRunner": "FnApiRunner", "SwitchingDirectRunner": "FnApiRunner"}  # see the module docstring


@dataclass(frozen=True)
class Mechanism:
    """The parameters the aggregate needs, as plain values (pickled to the workers)."""

    epsilon: float
    p_replace: float
    min_reports: int
    taxonomy: str


class _Counts:
    """A BitCounter accumulator: summed bits, the report count, and packed reports not unpacked yet."""

    __slots__ = ("bits", "n", "pending")

    def __init__(self, domain_size: int) -> None:
        self.bits = np.zeros(domain_size, dtype=np.int64)
        self.n = 0
        self.pending: list[bytes] = []

    def flush(self) -> None:
        if self.pending:
            packed = np.frombuffer(b"".join(self.pending), dtype=np.uint8).reshape(len(self.pending), -1)
            self.bits += np.unpackbits(packed, axis=1, count=self.bits.size).sum(axis=0, dtype=np.int64)
            self.n += len(self.pending)
            self.pending = []

    def __getstate__(self) -> tuple[np.ndarray, int]:
        self.flush()
        return self.bits, self.n

    def __setstate__(self, state: tuple[np.ndarray, int]) -> None:
        self.bits, self.n = state
        self.pending = []


def parse_line(line: str | bytes, domain_size: int) -> tuple[int, bytes]:
    """(epoch, packed report) of one shard line; StorageError naming what is wrong."""
    try:
        obj = json.loads(line)
        epoch, report = obj["epoch"], base64.b64decode(obj["report"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise StorageError('a shard line is not {"epoch": N, "report": "<base64>"}; export the epoch again') from None
    if isinstance(epoch, bool) or not isinstance(epoch, int) or len(obj) != 2:
        raise StorageError('a shard line is not {"epoch": N, "report": "<base64>"}; export the epoch again')
    if len(report) != (domain_size + 7) // 8:
        raise StorageError(
            f"a shard report has {len(report)} bytes but the domain of {domain_size} topics needs "
            f"{(domain_size + 7) // 8}; aggregate with the taxonomy the reports were made for"
        )
    return epoch, report


class BitCounter(beam.CombineFn):
    """Per-topic bit sums and the report count of one epoch's shard lines."""

    def __init__(self, epoch: int, domain_size: int) -> None:
        super().__init__()
        self.epoch = epoch
        self.domain_size = domain_size
        self.other_epoch = Metrics.counter("edge.collector.beam", "other_epoch_lines")

    def create_accumulator(self) -> _Counts:
        return _Counts(self.domain_size)

    def add_input(self, acc: _Counts, line: str) -> _Counts:
        epoch, report = parse_line(line, self.domain_size)
        if epoch != self.epoch:
            self.other_epoch.inc()
            return acc
        acc.pending.append(report)
        if len(acc.pending) >= BATCH:
            acc.flush()
        return acc

    def merge_accumulators(self, accumulators: Iterable[_Counts]) -> _Counts:
        merged = _Counts(self.domain_size)
        for acc in accumulators:
            acc.flush()
            merged.bits += acc.bits
            merged.n += acc.n
        return merged

    def compact(self, acc: _Counts) -> _Counts:
        acc.flush()
        return acc

    def extract_output(self, acc: _Counts) -> tuple[np.ndarray, int]:
        acc.flush()
        return acc.bits, acc.n


def run(
    epoch: int,
    input_glob: str,
    output_path: str,
    params: MechanismParameters,
    runner: str = "DirectRunner",
    pipeline_args: Sequence[str] = (),
    domain: TokenDomain | None = None,
) -> dict[str, Any]:
    """Aggregate the shards matching `input_glob` for `epoch`, write the aggregate JSON to `output_path`, return it.

    Paths may be any filesystem Beam knows (local, gs://, s3://, hdfs://). `pipeline_args` are Beam pipeline
    options (`--project`, `--flink_master`, `--direct_num_workers`, ...).
    """
    domain = domain if domain is not None else TokenDomain.load()
    mechanism = Mechanism(
        float(params.epsilon),
        float(params.p_replace),
        int(params.min_reports),
        getattr(params, "taxonomy", domain.version),
    )
    if mechanism.taxonomy != domain.version:
        raise UsageError(f"the parameters are for taxonomy {mechanism.taxonomy!r}, this edge has {domain.version!r}")
    if not any(m.metadata_list for m in FileSystems.match([input_glob])):
        raise UsageError(f"no shards match {input_glob!r}; export the epoch first (Storage.export) or fix --input")
    options = PipelineOptions(list(pipeline_args), runner=IN_PROCESS.get(runner, runner))
    complaints = io.StringIO()
    try:
        with contextlib.redirect_stderr(complaints):  # Beam's argparse prints its whole usage for a bad value
            options.get_all_options()
        pipeline = beam.Pipeline(options=options)
    except ValueError as err:  # an unknown runner
        raise UsageError(f"bad Beam pipeline options: {_first_line(err)}") from None
    except SystemExit:  # a malformed option value: argparse's last line says which
        said = complaints.getvalue().strip().splitlines() or ["malformed"]
        raise UsageError(f"bad Beam pipeline options: {said[-1].split('error: ', 1)[-1]}") from None
    _ = (
        pipeline
        | "Read shards" >> beam.io.ReadFromText(input_glob)
        | "Count bits" >> beam.CombineGlobally(BitCounter(epoch, domain.size))
        | "Release" >> beam.Map(_release_json, epoch, mechanism, domain)
        | "Write" >> beam.io.WriteToText(output_path, shard_name_template="", num_shards=1)
    )
    try:
        pipeline.run().wait_until_finish()
    except Exception as err:  # a worker's StorageError arrives wrapped by the runner
        raise _unwrap(err) from None
    with FileSystems.open(output_path) as handle:
        result: dict[str, Any] = json.loads(handle.read())
    return result


def _release_json(counts: tuple[np.ndarray, int], epoch: int, mechanism: Mechanism, domain: TokenDomain) -> str:
    bits, n = counts
    return json.dumps(release(epoch, bits, n, mechanism, domain), allow_nan=False, separators=(",", ":"))


def _unwrap(err: BaseException) -> EdgeError:
    """Our own error from inside the runner's wrapping (the last line naming it), else a one-line summary."""
    if isinstance(err, EdgeError):  # re-raised by the runner with " [while running 'STEP']" appended
        return type(err)(_first_line(err).split(" [while running", 1)[0])
    for line in reversed(str(err).splitlines()):
        for error in (StorageError, UsageError):
            marker = f"{error.__name__}: "
            if marker in line:
                return error(line.split(marker, 1)[1].split(" [while running", 1)[0].strip())
    return StorageError(f"the Beam pipeline failed ({type(err).__name__}: {_first_line(err)[:300]})")


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """`edge collector aggregate`: arguments it does not know go to Beam as pipeline options."""
    parser = argparse.ArgumentParser(
        prog="edge collector aggregate", description="Aggregate an epoch's exported shards with Apache Beam."
    )
    parser.add_argument("--epoch", type=int, required=True, help="the epoch to aggregate")
    parser.add_argument("--input", required=True, help="glob of the exported shards, e.g. 'out/epoch-N-*.jsonl'")
    parser.add_argument("--output", required=True, help="where to write the aggregate JSON (local, gs://, ...)")
    parser.add_argument(
        "--runner", default="DirectRunner", help="DirectRunner (default), FlinkRunner, SparkRunner, ..."
    )
    parser.add_argument("--params", help="the collector's parameters (GET /v1/config JSON); default: this release's")
    parser.add_argument("--min-reports", type=int, help="override the parameters' min_reports")
    args, pipeline_args = parser.parse_known_args(argv)
    # A worker's error is re-raised here as one line; Beam would also log it with a traceback.
    logging.getLogger("apache_beam.runners.common").setLevel(logging.CRITICAL)
    params = _load_params(args.params)
    min_reports = args.min_reports if args.min_reports is not None else params.min_reports
    if min_reports < 1:
        raise UsageError("--min-reports must be at least 1")
    mechanism = Mechanism(params.epsilon, params.p_replace, min_reports, params.taxonomy)
    result = run(args.epoch, args.input, args.output, mechanism, args.runner, pipeline_args)
    state = "released" if result["released"] else f"not released ({result['needed']} more reports needed)"
    print(f"epoch {args.epoch}: {result['reports']} reports, {state}; wrote {args.output}")
    return 0


def aggregate_command(args: argparse.Namespace) -> int:
    """`edge collector aggregate` (arguments from edge.collector.commands): export, aggregate, publish."""
    from edge.home import edge_home

    if args.epoch < 0:
        raise UsageError("--epoch must be a non-negative integer")
    if args.input and (args.db or args.shards):
        raise UsageError("give --input (shards exported before) or --db (export now), not both")
    beam_args = list(args.beam_args)
    if beam_args[:1] == ["--"]:
        beam_args = beam_args[1:]
    params = _load_params(args.params)
    min_reports = args.min_reports if args.min_reports is not None else params.min_reports
    if min_reports < 1:
        raise UsageError("--min-reports must be at least 1")
    mechanism = Mechanism(params.epsilon, params.p_replace, min_reports, params.taxonomy)
    state = edge_home() / "collector"
    output = args.output or str(published_path(state / "aggregates", args.epoch))
    if "://" not in output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
    logging.getLogger("apache_beam.runners.common").setLevel(logging.CRITICAL)
    with ExitStack() as stack:
        if args.input:
            glob = args.input
        else:
            db = args.db or str(state / "collector.db")
            if not args.db and not Path(db).exists():
                raise UsageError(f"no collector database at {db}; give --db PATH|URL or --input GLOB")
            shards = args.shards or stack.enter_context(tempfile.TemporaryDirectory(prefix="edge-shards-"))
            storage = open_storage(db)
            try:
                exported = storage.export(args.epoch, shards)
            finally:
                storage.close()
            if not exported:
                raise UsageError(f"epoch {args.epoch} has no reports in the database; nothing to aggregate")
            glob = str(Path(shards) / f"epoch-{args.epoch}-*.jsonl")
        result = run(args.epoch, glob, output, mechanism, args.runner, beam_args)
    state_text = "released" if result["released"] else f"not released ({result['needed']} more reports needed)"
    print(f"epoch {args.epoch}: {result['reports']} reports, {state_text}; wrote {output}")
    return 0


def _load_params(path: str | None) -> Any:
    from edge.tokens.params import Parameters, UnsafeParameters, default_parameters

    if path is None:
        return default_parameters()
    try:
        with open(path, encoding="utf-8") as handle:
            return Parameters.from_json(json.load(handle))
    except OSError as err:
        raise UsageError(f"cannot read --params {path}: {err.strerror}; give the collector's /v1/config JSON") from None
    except (ValueError, TypeError, UnsafeParameters) as err:
        raise UsageError(f"--params {path} is not valid collector parameters ({err}); give /v1/config's JSON") from None


if __name__ == "__main__":
    try:
        sys.exit(main())
    except EdgeError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(error.exit_code)
