"""The glasses link as an AudioSource (`bridge://HOST:PORT`, `bridge+serial:DEVICE`, `bridge+pipe:-`) and
`edge bridge simulate`, a software pair of glasses to test it against.

The wire format, codec and transports live in `firmware_bridge` (which knows nothing of edge); this module turns
the decoded frames into the 16 kHz int16 chunk stream every source yields, drives the glasses' recording LED from
`indicate_capture`, acknowledges frames, and converts link failures into `BridgeError`.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import numpy as np

from edge.audio.source import AudioSource, Rechunker, chunk_samples
from edge.errors import BridgeError, UsageError
from edge.types import SAMPLE_RATE, Samples

log = logging.getLogger("edge.audio.bridge")

ACK_EVERY_FRAMES = 50
BRIDGE_SPEC_HELP = "bridge://HOST:PORT (TCP), bridge+serial:/dev/ttyACM0[?baud=921600] or bridge+pipe:- (stdin)"


class BridgeSource(AudioSource):
    """Audio from the glasses. Iteration ends when the glasses send END_OF_SPEECH(STREAM_END) or close the link;
    lost frames come out as silence of the lost length (see `stats`)."""

    realtime = True

    def __init__(
        self, spec: str, *, chunk_ms: int = 30, connect_timeout: float = 10.0, idle_timeout: float = 30.0
    ) -> None:
        from firmware_bridge import AudioAssembler, FrameDecoder, FrameEncoder

        self.name = spec
        self.connect_timeout = connect_timeout
        self.idle_timeout = idle_timeout
        self.hello: Any = None  # the glasses' HELLO (capabilities, codec) once received
        self.status: Any = None  # their last STATUS (battery, temperature)
        self._chunk_size = chunk_samples(chunk_ms)
        self._target = _parse_spec(spec)
        self._transport: Any = None
        self._decoder = FrameDecoder()
        self._assembler = AudioAssembler()
        self._downlink = FrameEncoder()
        self._send_lock = threading.Lock()
        self._capture_active: bool | None = None

    @property
    def stats(self) -> dict[str, int]:
        """Link health: decoder counts (CRC errors, lost frames, ...) and concealed samples."""
        return {**self._decoder.stats.as_dict(), **self._assembler.stats.as_dict()}

    def open(self) -> BridgeSource:
        if self._transport is None:
            self._transport = _connect(self._target, self.connect_timeout)
        return self

    def __enter__(self) -> BridgeSource:
        return self.open()

    def close(self) -> None:
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()

    def indicate_capture(self, active: bool) -> None:
        """Switch the glasses' recording LED on while speech is being captured, off afterwards."""
        from firmware_bridge import Led, LedMode

        if active == self._capture_active:
            return
        self._capture_active = active
        self._send(Led(LedMode.ON if active else LedMode.OFF))

    def _send(self, message) -> None:
        from firmware_bridge import TransportError

        transport = self._transport
        if transport is None:
            return
        with self._send_lock:
            frame = self._downlink.encode(message)
            try:
                transport.send(frame)
            except TransportError as err:
                log.warning("%s: downlink %s not delivered (%s)", self.name, message.TYPE.name, err)

    def _chunks(self) -> Iterator[Samples]:
        from firmware_bridge import Ack, EndOfSpeech, EndReason, Hello, Status, TransportError, TransportTimeout

        self.open()
        rechunker = Rechunker(self._chunk_size)
        since_ack, finished = 0, False
        while not finished:
            try:
                data = self._transport.recv(4096, timeout=self.idle_timeout)
            except TransportTimeout:
                raise BridgeError(
                    f"{self.name}: no data from the glasses for {self.idle_timeout:g} s; check that they are on and in range"
                ) from None
            except TransportError as err:
                raise BridgeError(f"{self.name}: link broke ({err}); reconnect the glasses") from None
            frames = self._decoder.feed(data) if data else self._decoder.finish()
            for frame in frames:
                message = frame.message
                if isinstance(message, Hello):
                    self._check_hello(message)
                elif isinstance(message, Status):
                    self.status = message
                samples = self._assembler.push(frame)
                if samples.size:
                    yield from rechunker.push(samples)
                if isinstance(message, EndOfSpeech) and message.reason == EndReason.STREAM_END:
                    finished = True
                    break
                since_ack += 1
                if since_ack >= ACK_EVERY_FRAMES:
                    self._send(Ack(frame.seq))
                    since_ack = 0
            if not data:
                if not self._decoder.stats.frames:
                    raise BridgeError(
                        f"{self.name}: the other end closed the link without sending a single frame; "
                        "check that it is the glasses (or `edge bridge simulate`) and not another service"
                    )
                break
        yield from rechunker.flush()
        link = self.stats
        if link["frames_lost"] or link["crc_errors"]:
            log.info(
                "%s: %d frames lost, %d CRC errors, %d samples concealed",
                self.name, link["frames_lost"], link["crc_errors"], link["concealed_samples"],
            )  # fmt: skip

    def _check_hello(self, hello) -> None:
        if hello.sample_rate != SAMPLE_RATE or hello.channels != 1:
            raise BridgeError(
                f"{self.name}: the glasses stream {hello.sample_rate} Hz x {hello.channels} channels; "
                f"edge needs {SAMPLE_RATE} Hz mono, update the glasses firmware"
            )
        self.hello = hello


def open_bridge(
    spec: str, *, chunk_ms: int = 30, connect_timeout: float = 10.0, idle_timeout: float = 30.0
) -> BridgeSource:
    """An AudioSource for the glasses link; connects on `with` / first iteration."""
    return BridgeSource(spec, chunk_ms=chunk_ms, connect_timeout=connect_timeout, idle_timeout=idle_timeout)


def _parse_spec(spec: str) -> tuple[str, Any]:
    """-> ('tcp', (host, port)) | ('serial', (path, baud)) | ('pipe', path)."""
    from firmware_bridge import TransportError
    from firmware_bridge.transports import DEFAULT_BAUDRATE, parse_tcp_url

    if spec.startswith("bridge://"):
        try:
            return "tcp", parse_tcp_url(spec)
        except TransportError:
            raise UsageError(f"bad bridge address {spec!r}; use {BRIDGE_SPEC_HELP}") from None
    if spec.startswith("bridge+serial:"):
        path, _, query = spec[len("bridge+serial:") :].removeprefix("//").partition("?")
        baud = parse_qs(query).get("baud", [str(DEFAULT_BAUDRATE)])[0]
        if not path or not baud.isdigit():
            raise UsageError(f"bad serial bridge {spec!r}; use bridge+serial:/dev/ttyACM0?baud=921600")
        return "serial", (path, int(baud))
    if spec.startswith("bridge+pipe:"):
        return "pipe", spec[len("bridge+pipe:") :].removeprefix("//") or "-"
    raise UsageError(f"unknown bridge spec {spec!r}; use {BRIDGE_SPEC_HELP}")


def _connect(target: tuple[str, Any], timeout: float) -> Any:
    from firmware_bridge import TransportError
    from firmware_bridge.transports import connect_tcp, open_pipe, open_serial

    kind, where = target
    try:
        if kind == "tcp":
            return connect_tcp(*where, timeout=timeout)
        if kind == "serial":
            return open_serial(*where)
        return open_pipe(where)
    except TransportError as err:
        raise BridgeError(str(err)) from None


# --- edge bridge simulate --------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "bridge", help="the glasses link: simulate a pair of glasses", description=__doc__.split("\n\n")[0]
    )
    commands = parser.add_subparsers(dest="bridge_command", metavar="COMMAND", required=True)
    p = commands.add_parser(
        "simulate",
        help="stream a WAV file like the glasses do, for `edge run bridge://HOST:PORT`",
        description="Behave like a pair of glasses: wait for the phone to connect, then stream FILE.wav as "
        "HELLO, AUDIO, STATUS and END_OF_SPEECH frames; LED frames from the phone are logged.",
    )
    p.add_argument("wav", metavar="FILE.wav", help="speech to stream (any WAV; converted to 16 kHz mono)")
    p.add_argument(
        "--listen",
        default="tcp://127.0.0.1:7700",
        metavar="tcp://HOST:PORT",
        help="where to wait for the phone (port 0: any free port)",
    )
    p.add_argument("--loss", type=_probability, default=0.0, metavar="P", help="probability a frame is lost (0..1)")
    p.add_argument(
        "--corrupt", type=_probability, default=0.0, metavar="P", help="probability a frame has one bit flipped (0..1)"
    )
    p.add_argument(
        "--jitter", type=float, default=0.0, metavar="MS", help="random extra delay per frame, up to MS milliseconds"
    )
    p.add_argument(
        "--codec", choices=("pcm16", "adpcm"), default="pcm16", help="audio codec on the link (adpcm: 4:1, for BLE)"
    )
    p.add_argument(
        "--frame-samples",
        type=int,
        default=None,
        metavar="N",
        help="samples per AUDIO frame (default 80 pcm16, 320 adpcm)",
    )
    pace = p.add_mutually_exclusive_group()
    pace.add_argument(
        "--realtime", dest="realtime", action="store_true", default=True, help="stream at the pace of speech (default)"
    )
    pace.add_argument("--fast", dest="realtime", action="store_false", help="stream as fast as the link takes it")
    p.add_argument(
        "--seed", type=int, default=None, help="seed for the loss/corruption/jitter draws (reproducible runs)"
    )
    p.add_argument(
        "--wait", type=float, default=60.0, metavar="S", help="give up when no phone connects within S seconds"
    )
    p.set_defaults(func=run_simulate)


def _probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a probability; use a number from 0 to 1, e.g. 0.05")
    return value


def run_simulate(args: argparse.Namespace) -> int:
    from firmware_bridge import BridgeProtocolError, Codec
    from firmware_bridge.simulator import GlassesSimulator, Impairment
    from firmware_bridge.transports import TcpListener, parse_tcp_url

    samples = _read_wav(args.wav)
    if args.jitter < 0:
        raise UsageError(f"--jitter {args.jitter:g} is negative; give the maximum extra delay in milliseconds")
    if not args.listen.startswith("tcp://"):
        raise UsageError(f"--listen {args.listen!r} is not a TCP address; use tcp://127.0.0.1:PORT")
    logging.getLogger("firmware_bridge.simulator").setLevel(logging.INFO)  # LED changes are the point of watching
    try:
        host, port = parse_tcp_url(args.listen)
        simulator = GlassesSimulator(
            samples,
            codec=Codec.ADPCM if args.codec == "adpcm" else Codec.PCM16,
            samples_per_frame=args.frame_samples,
            impairment=Impairment(args.loss, args.corrupt, args.jitter, args.seed),
            realtime=args.realtime,
        )
    except (ValueError, BridgeProtocolError) as err:  # frame size, impairment values, address
        raise UsageError(f"simulator: {err}") from None
    try:
        with TcpListener(host, port) as listener:
            print(f"edge: glasses listening on {listener.name}", file=sys.stderr, flush=True)
            with listener.accept(timeout=args.wait) as transport:
                print(f"edge: phone connected from {transport.name}", file=sys.stderr, flush=True)
                report = simulator.run(transport)
    except BridgeProtocolError as err:
        raise BridgeError(f"simulator: {err}") from None
    print(
        f"edge: streamed {report.audio_frames} audio frames ({report.samples_total / SAMPLE_RATE:.1f} s); "
        f"{report.frames_dropped} frames dropped and {report.frames_corrupted} corrupted on purpose; "
        f"LED changes seen: {len(report.led)}",
        file=sys.stderr,
        flush=True,
    )
    return 0


def _read_wav(path: str) -> np.ndarray:
    from edge.audio.wav import read_wav

    samples = read_wav(path)
    if not samples.size:
        raise UsageError(f"{path} holds no audio; give the simulator a WAV with speech in it")
    return samples
