"""A pair of glasses in software: streams samples over a transport the way the firmware does.

HELLO, WAKE, AUDIO frames (PCM16 or ADPCM) paced in real time or as fast as possible, a STATUS every second of
audio and END_OF_SPEECH(STREAM_END) at the end; LED and ACK frames coming back are logged and honoured. The link
can be impaired: frames dropped (`loss`), one bit flipped (`corrupt`), sends delayed (`jitter_ms`, order kept).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field

import numpy as np

from firmware_bridge.decoder import FrameDecoder
from firmware_bridge.encoder import AudioFramer, FrameEncoder
from firmware_bridge.errors import TransportError, TransportTimeout
from firmware_bridge.frames import (
    CREDITS_UNLIMITED,
    SAMPLE_RATE,
    SEQ_MODULO,
    Ack,
    Audio,
    Capability,
    Codec,
    EndOfSpeech,
    EndReason,
    Hello,
    Led,
    LedMode,
    Message,
    Status,
    Wake,
    WakeSource,
)
from firmware_bridge.transports import Transport

log = logging.getLogger("firmware_bridge.simulator")


@dataclass(frozen=True)
class Impairment:
    """What the simulated radio does to uplink frames after HELLO (HELLO and the final END_OF_SPEECH go through)."""

    loss: float = 0.0  # probability a frame is never sent
    corrupt: float = 0.0  # probability one random bit of a frame is flipped
    jitter_ms: float = 0.0  # each send is delayed by up to this much (order is kept)
    seed: int | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.loss <= 1 and 0 <= self.corrupt <= 1 and self.jitter_ms >= 0):
            raise ValueError("loss and corrupt are probabilities in 0..1 and jitter is >= 0 ms")


@dataclass
class SimulatorReport:
    frames_sent: int = 0  # put on the wire, corrupted ones included
    frames_dropped: int = 0
    frames_corrupted: int = 0
    audio_frames: int = 0
    samples_total: int = 0
    samples_dropped: int = 0  # samples in dropped AUDIO frames
    samples_corrupted: int = 0  # samples in corrupted AUDIO frames
    damaged_ranges: list[tuple[int, int]] = field(
        default_factory=list
    )  # (start, end) sample ranges not delivered intact
    led: list[LedMode] = field(default_factory=list)  # LED modes received, in order
    acks: int = 0


class GlassesSimulator:
    def __init__(
        self,
        samples: np.ndarray,
        *,
        codec: Codec = Codec.PCM16,
        samples_per_frame: int | None = None,
        impairment: Impairment = Impairment(),
        realtime: bool = True,
        status_every_s: float = 1.0,
        linger_s: float | None = None,
    ) -> None:
        self.samples = np.asarray(samples, dtype=np.int16)
        self.framer = AudioFramer(codec, samples_per_frame)
        self.impairment = impairment
        self.realtime = realtime
        self.status_every = int(status_every_s * SAMPLE_RATE)
        self.linger_s = linger_s
        self.report = SimulatorReport()
        self._rng = random.Random(impairment.seed)
        self._encoder = FrameEncoder()
        self._credit = threading.Condition()
        self._window_end: int | None = None  # last seq the host allows, None = unlimited
        self._peer_closed = threading.Event()
        self._stop = threading.Event()

    def run(self, transport: Transport) -> SimulatorReport:
        """Stream everything once over `transport`; returns what happened on the link."""
        reader = threading.Thread(target=self._read_downlink, args=(transport,), name="glasses-downlink", daemon=True)
        reader.start()
        try:
            self._stream(transport)
            # Like the firmware: keep the link (and keep reading LED/ACK frames) until the host hangs up. Closing
            # earlier with downlink bytes unread would reset the connection and discard uplink the host has
            # not read yet. `linger_s` caps the wait.
            self._peer_closed.wait(self.linger_s)
        finally:
            self._stop.set()
            reader.join(1.0)
        return self.report

    def _stream(self, transport: Transport) -> None:
        framer = self.framer
        hello = Hello(
            capabilities=Capability.PCM16
            | Capability.ADPCM
            | Capability.WAKE
            | Capability.LED
            | Capability.STATUS
            | Capability.FLOW_CONTROL,
            codec=framer.codec,
            samples_per_frame=framer.samples_per_frame,
        )
        self._send(transport, hello, 0, impair=False)
        self._send(transport, Wake(WakeSource.BUTTON, 0), 0)
        start = time.monotonic()
        next_status = 0
        for audio in framer.push(self.samples) + framer.flush():
            end = audio.sample_index + audio.sample_count
            if self.realtime:
                delay = start + end / SAMPLE_RATE - time.monotonic()  # a frame leaves once its last sample is captured
                if delay > 0:
                    time.sleep(delay)
            self._send(transport, audio, audio.sample_index)
            if end >= next_status:
                self._send(transport, Status(battery_percent=87, battery_mv=3950, temperature_decicelsius=312), end)
                next_status += self.status_every
        total = len(self.samples)
        self._send(transport, EndOfSpeech(EndReason.STREAM_END, total), total, impair=False)
        log.debug(
            "sent %d frames (%d dropped, %d corrupted)",
            self.report.frames_sent,
            self.report.frames_dropped,
            self.report.frames_corrupted,
        )

    def _send(self, transport: Transport, message: Message, sample_pos: int, *, impair: bool = True) -> None:
        self._wait_for_credit()
        seq = self._encoder.seq
        frame = self._encoder.encode(message, timestamp_ms=sample_pos * 1000 // SAMPLE_RATE)
        report, imp, rng = self.report, self.impairment, self._rng
        audio = message if isinstance(message, Audio) else None
        if audio is not None:
            report.audio_frames += 1
            report.samples_total += audio.sample_count
        if impair and imp.jitter_ms:
            time.sleep(rng.uniform(0, imp.jitter_ms) / 1000)
        if impair and rng.random() < imp.loss:
            report.frames_dropped += 1
            if audio is not None:
                report.samples_dropped += audio.sample_count
                report.damaged_ranges.append((audio.sample_index, audio.sample_index + audio.sample_count))
            log.debug("dropped frame %d", seq)
            return
        if impair and rng.random() < imp.corrupt:
            damaged = bytearray(frame)
            bit = rng.randrange(len(damaged) * 8)
            damaged[bit // 8] ^= 1 << (bit % 8)
            frame = bytes(damaged)
            report.frames_corrupted += 1
            if audio is not None:
                report.samples_corrupted += audio.sample_count
                report.damaged_ranges.append((audio.sample_index, audio.sample_index + audio.sample_count))
        transport.send(frame)
        report.frames_sent += 1

    def _wait_for_credit(self) -> None:
        """Flow control: hold the next frame while the host's window (ACK seq + credits) is used up."""
        with self._credit:
            while not self._stop.is_set() and not self._peer_closed.is_set() and self._window_end is not None:
                if (self._window_end - self._encoder.seq) % SEQ_MODULO < SEQ_MODULO // 2:
                    return
                self._credit.wait(0.1)

    def _read_downlink(self, transport: Transport) -> None:
        decoder = FrameDecoder()
        while not self._stop.is_set():
            try:
                data = transport.recv(4096, timeout=0.1)
            except TransportTimeout:
                continue
            except TransportError:
                break
            if not data:
                break
            for frame in decoder.feed(data):
                message = frame.message
                if isinstance(message, Led):
                    self.report.led.append(message.mode)
                    log.info("LED %s (recording indicator)", message.mode.name.lower())
                elif isinstance(message, Ack):
                    self.report.acks += 1
                    with self._credit:
                        unlimited = message.credits == CREDITS_UNLIMITED
                        self._window_end = None if unlimited else (message.ack_seq + message.credits) % SEQ_MODULO
                        self._credit.notify_all()
        self._peer_closed.set()
        with self._credit:
            self._credit.notify_all()
