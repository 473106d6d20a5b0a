"""`edge ...` commands. Every failure becomes one line on stderr and a non-zero exit code, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edge import samples
from edge.errors import EdgeError, UsageError

if TYPE_CHECKING:
    from edge.pipeline import Pipeline

# Domain modules that add their own subcommands with `register(sub)`.
COMMAND_MODULES = (
    "edge.audio.commands",
    "edge.asr.commands",
    "edge.audio.bridge",
    "edge.tokens.commands",
    "edge.sync.commands",
    "edge.collector.commands",
    "edge.issuer.commands",
    "edge.owner.commands",
)

SOURCE_HELP = "a WAV file, '-' (raw 16 kHz mono s16le on stdin), 'mic' or 'mic:DEVICE', or 'bridge://HOST:PORT'"


def sample_recording() -> Path:
    return Path(samples.conversation())


def _say(message: str) -> None:
    print(f"edge: {message}", file=sys.stderr, flush=True)


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", choices=("auto", "vosk", "whisper"), default="auto", help="speech-to-text engine")
    parser.add_argument(
        "--vosk-model", metavar="DIR", help="Vosk model directory (default: $EDGE_VOSK_MODEL or a pulled model)"
    )
    parser.add_argument(
        "--language", default="en", help="language spoken (default en); no engine is used for another language"
    )


def _pipeline(args: argparse.Namespace, **overrides: Any) -> Pipeline:
    from edge.pipeline import Pipeline, PipelineConfig

    config = PipelineConfig(engine=args.engine, vosk_model=args.vosk_model, language=args.language, **overrides)
    pipeline = Pipeline(config)
    _say(f"engine {pipeline.recognizer.name}: {pipeline.engine_reason}")  # type: ignore[union-attr]  # Pipeline() always loads one
    return pipeline


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def _stamp(start: float, end: float) -> str:
    return f"[{start:7.2f} - {end:7.2f}]"


def cmd_transcribe(args: argparse.Namespace) -> int:
    from edge.pipeline import UtteranceResult

    pipeline = _pipeline(args, partials=False, gate=False, topics=False)
    for event in pipeline.run(args.source):
        if isinstance(event, UtteranceResult):
            u = event.utterance
            if args.json:
                _print_json(u.to_json())
            else:
                print(f"{_stamp(u.start, u.end)} {u.text}", flush=True)
    return 0


def cmd_listen(args: argparse.Namespace) -> int:
    from edge.audio import open_source

    pipeline = _pipeline(args, partials=True, gate=False, topics=False)
    # Opening the source finds and opens the microphone, so a missing one is reported before "listening".
    with open_source(args.source, chunk_ms=pipeline.config.chunk_ms) as source:
        _say("listening; Ctrl-C to stop")
        try:
            _captions(pipeline.run(source))
        except KeyboardInterrupt:  # Ctrl-C is how one stops listening
            print(flush=True)
    return 0


def _captions(events) -> None:
    """Partials rewrite the current line in place; a final caption ends it."""
    from edge.pipeline import UtteranceResult
    from edge.types import Partial

    width = 0
    for event in events:
        line = (
            f"… {event.text}"
            if isinstance(event, Partial)
            else f"{_stamp(event.utterance.start, event.utterance.end)} {event.utterance.text}"
        )
        pad = " " * max(0, width - len(line))
        if isinstance(event, UtteranceResult):
            print(f"\r{line}{pad}", flush=True)
            width = 0
        else:
            print(f"\r{line}{pad}", end="", flush=True)
            width = len(line)


def _describe(result) -> str:
    """One human-readable line for an utterance result (used by `run` and `demo`)."""
    u, a = result.utterance, result.analysis
    line = f"{_stamp(u.start, u.end)} {a.verdict.redacted_text if a else u.text}"
    if a is None:
        return line
    if a.verdict.blocked:
        return f"{line}\n{'':21} BLOCKED ({', '.join(a.verdict.categories) or 'sensitive'}) – stays on this device"
    topics = ", ".join(
        f"{t.tier1} > {t.label} ({t.score:.2f})" if t.label != t.tier1 else f"{t.label} ({t.score:.2f})"
        for t in a.topics
    )
    pii = f"  [redacted: {', '.join(p.type for p in a.verdict.pii)}]" if a.verdict.pii else ""
    return f"{line}\n{'':21} topics: {topics or 'none'}{pii}"


def _run_events(pipeline, source: str, as_json: bool) -> int:
    from edge.pipeline import UtteranceResult

    for event in pipeline.run(source):
        if as_json:
            _print_json(event.to_json())
        elif isinstance(event, UtteranceResult):
            print(_describe(event), flush=True)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    pipeline = _pipeline(args, partials=args.json, record_profile=not args.no_profile)
    return _run_events(pipeline, args.source, args.json)


def cmd_demo(args: argparse.Namespace) -> int:
    sample = sample_recording()
    if not sample.is_file():
        raise UsageError(f"bundled sample {sample} is missing; reinstall edge or set EDGE_MODELS to the models/ folder")
    # The demo keeps its state in a throw-away EDGE_HOME, removed on exit, unless the caller chose one.
    if "EDGE_HOME" in os.environ:
        _say(f"demo on {sample} (state in {os.environ['EDGE_HOME']})")
        return _demo(args, sample)
    home = tempfile.mkdtemp(prefix="edge-demo-")
    os.environ["EDGE_HOME"] = home
    _say(f"demo on {sample} (state in a temporary {home}, removed at the end)")
    try:
        return _demo(args, sample)
    finally:
        del os.environ["EDGE_HOME"]
        shutil.rmtree(home, ignore_errors=True)


def _demo(args: argparse.Namespace, sample: Path) -> int:
    pipeline = _pipeline(args, partials=False, record_profile=True)
    try:
        _run_events(pipeline, str(sample), args.json)
    finally:
        if pipeline.profile is not None:
            pipeline.profile.close()  # before the preview reads it (and before the folder goes)
    return _demo_tail(args)


def _demo_tail(args: argparse.Namespace) -> int:
    """After the utterances: the on-device profile and the token batch that would leave the device."""
    from edge.tokens import preview

    return int(preview.show(as_json=args.json))


def cmd_classify(args: argparse.Namespace) -> int:
    from edge.pipeline import TextAnalyzer

    analyzer = TextAnalyzer.load(gate=not args.no_gate, topics=True)
    texts: Iterable[str] = (
        (_utf8(t, f"argument {n}") for n, t in enumerate(args.text, 1)) if args.text else _stdin_texts(args.jsonl)
    )
    for text in texts:
        result = analyzer.analyze(text)
        # `pii` spans index both texts: start/end the redacted one, source_start/source_end the one given.
        _print_json({"text": text, "redacted": result.verdict.redacted_text, **result.to_json()})
    return 0


def _utf8(text: str, where: str) -> str:
    """`text`, or a UsageError where it holds bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        code = ord(text[err.start])
        what = f"a byte 0x{code & 0xFF:02x}" if 0xDC80 <= code <= 0xDCFF else f"a lone surrogate U+{code:04X}"
        raise UsageError(
            f"{where} is not UTF-8 text ({what} at character {err.start + 1}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text


def _stdin_texts(jsonl: bool) -> Iterable[str]:
    for n, raw in enumerate(sys.stdin, 1):
        line = _utf8(raw.strip(), f"stdin line {n}")
        if not line:
            continue
        if jsonl and line.startswith("{"):
            try:
                text = json.loads(line)["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise UsageError(
                    f'stdin line {n}: expected a text or a JSON object with a "text" field ({type(err).__name__})'
                ) from None
            if not isinstance(text, str):
                raise UsageError(f'stdin line {n}: "text" must be a string')
            yield _utf8(text, f"stdin line {n}")  # a JSON escape may hold a lone surrogate too
        else:
            yield line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="edge", description="On-device speech, privacy gate and interest tokens.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log stage decisions to stderr (never text)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("transcribe", help="print the utterances of SOURCE")
    p.add_argument("source", metavar="SOURCE", help=SOURCE_HELP)
    p.add_argument("--json", action="store_true", help="one JSON object per utterance per line")
    _add_engine_options(p)
    p.set_defaults(func=cmd_transcribe)

    p = sub.add_parser("listen", help="live captions from the microphone")
    p.add_argument("source", metavar="SOURCE", nargs="?", default="mic", help=f"default mic; {SOURCE_HELP}")
    _add_engine_options(p)
    p.set_defaults(func=cmd_listen)

    p = sub.add_parser("run", help="the whole pipeline: speech → gate → topics → on-device profile")
    p.add_argument("source", metavar="SOURCE", help=SOURCE_HELP)
    p.add_argument("--json", action="store_true", help="one event object per line (partials and utterances)")
    p.add_argument("--no-profile", action="store_true", help="do not record topics in the on-device profile")
    _add_engine_options(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="run the bundled sample conversation through everything")
    p.add_argument("--json", action="store_true", help="one event object per line")
    _add_engine_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("classify", help="privacy gate and topics for texts (arguments, or stdin lines)")
    p.add_argument("text", nargs="*", help="texts to classify, one per argument (default: read stdin)")
    p.add_argument("--jsonl", action="store_true", help='stdin lines may be {"text": ...} objects')
    p.add_argument("--no-gate", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_classify)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="edge: %(message)s")
    try:
        return int(args.func(args) or 0)
    except EdgeError as err:
        _say(f"error: {err}")
        return err.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`edge run ... | head`); silence the final flush.
        sys.stdout = open(os.devnull, "w")
        return 0
    except Exception as err:  # a bug: say so in one line; the message itself may quote text, so leave it out
        if args.verbose:
            raise
        _say(
            f"error: internal {type(err).__name__} in `edge {args.command}`; rerun with --verbose for the traceback and report it"
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
