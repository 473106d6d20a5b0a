"""`bridge://` end to end: the glasses simulator streams espeak-ng speech over real TCP (and a pty, and a FIFO)
to `open_bridge`; lossy links come out the right length with exactly the lost audio concealed; the LED follows
`indicate_capture`; failures are BridgeError/UsageError with a fix."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import wave

import numpy as np
import pytest

from edge.audio.bridge import BridgeSource, open_bridge
from edge.errors import BridgeError, UsageError
from firmware_bridge import Ack, AudioFramer, Codec, Frame, FrameDecoder, FrameEncoder, Hello, LedMode, encode_frame
from firmware_bridge.simulator import GlassesSimulator, Impairment, SimulatorReport
from firmware_bridge.transports import FdTransport, TcpListener, connect_tcp
from tests.asr_speech import synthesize

SENTENCE = "Smart glasses stream audio to the phone, and only anonymous interest tokens ever leave the device."


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return synthesize(SENTENCE)


class Glasses:
    """A simulator serving one TCP connection in a background thread."""

    def __init__(self, samples: np.ndarray, **options) -> None:
        options.setdefault("realtime", False)
        self.simulator = GlassesSimulator(samples, **options)
        self.listener = TcpListener("127.0.0.1", 0)
        self.spec = f"bridge://127.0.0.1:{self.listener.port}"
        self.report: SimulatorReport | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            with self.listener, self.listener.accept(timeout=20) as transport:
                self.report = self.simulator.run(transport)
        except BaseException as err:  # surfaced by join()
            self.error = err

    def join(self):
        self.thread.join(20)
        assert not self.thread.is_alive(), "simulator did not finish"
        if self.error:
            raise self.error
        return self.report


def receive(spec: str, **options) -> tuple[np.ndarray, BridgeSource]:
    with open_bridge(spec, **options) as source:
        chunks = list(source)
    return np.concatenate(chunks), source


def test_clean_link_delivers_the_audio_bit_exact_and_drives_the_led(speech):
    glasses = Glasses(speech)
    with open_bridge(glasses.spec) as source:
        assert source.realtime and source.name == glasses.spec
        chunks = []
        for i, chunk in enumerate(source):
            chunks.append(chunk)
            if i == 3:
                source.indicate_capture(True)
                source.indicate_capture(True)  # unchanged state: no second frame
            if i == 20:
                source.indicate_capture(False)
    report = glasses.join()
    received = np.concatenate(chunks)
    np.testing.assert_array_equal(received, speech)
    assert all(c.dtype == np.int16 and c.ndim == 1 for c in chunks)
    assert {len(c) for c in chunks[:-1]} == {480}  # 30 ms chunks
    assert report.led == [LedMode.ON, LedMode.OFF]
    assert report.acks >= 1  # the host acknowledges every 50 frames
    stats = source.stats
    assert stats["frames_lost"] == stats["crc_errors"] == stats["concealed_samples"] == 0
    assert source.hello.codec == Codec.PCM16 and source.status.battery_percent == 87


@pytest.mark.parametrize("codec", [Codec.PCM16, Codec.ADPCM])
def test_lossy_link_conceals_exactly_what_was_lost(speech, codec):
    """5% loss + 1% corruption: same length, lost samples are silence, everything else is the clean decode."""
    glasses = Glasses(speech, codec=codec, impairment=Impairment(loss=0.05, corrupt=0.01, jitter_ms=0, seed=11))
    received, source = receive(glasses.spec)
    report = glasses.join()
    clean_glasses = Glasses(speech, codec=codec)
    clean, _ = receive(clean_glasses.spec)
    clean_glasses.join()

    assert len(received) == len(speech) == len(clean)
    assert report.frames_dropped > 5 and report.frames_corrupted >= 1
    damaged = np.zeros(len(speech), bool)
    for start, end in report.damaged_ranges:
        damaged[start:end] = True
    stats = source.stats
    assert stats["concealed_samples"] == damaged.sum() == report.samples_dropped + report.samples_corrupted
    assert stats["crc_errors"] + stats["garbage_bytes"] > 0  # corrupted frames were seen and rejected
    assert not received[damaged].any()
    np.testing.assert_array_equal(received[~damaged], clean[~damaged])
    kept = ~damaged
    x, y = speech[kept].astype(float), received[kept].astype(float)
    snr = 10 * np.log10(np.sum(x**2) / max(np.sum((x - y) ** 2), 1e-9))
    assert snr > (90 if codec == Codec.PCM16 else 18)
    assert np.corrcoef(speech.astype(float), received.astype(float))[0, 1] > 0.9


def test_jitter_delays_but_keeps_order(speech):
    glasses = Glasses(speech[:16000], codec=Codec.ADPCM, impairment=Impairment(jitter_ms=3, seed=1))
    received, source = receive(glasses.spec)
    glasses.join()
    assert source.stats["frames_lost"] == 0 and len(received) == 16000


def test_realtime_pacing_streams_at_the_speed_of_speech(speech):
    glasses = Glasses(speech[:8000], realtime=True)  # half a second
    started = time.monotonic()
    received, _ = receive(glasses.spec)
    glasses.join()
    assert len(received) == 8000 and time.monotonic() - started >= 0.4


def test_flow_control_pauses_and_resumes_the_uplink(speech):
    glasses = Glasses(speech[:16000], realtime=True)  # 200 PCM16 frames over one second
    with connect_tcp("127.0.0.1", glasses.listener.port) as link:
        decoder, host = FrameDecoder(), FrameEncoder()
        frames: list[Frame] = []
        while len(frames) < 3:
            frames += decoder.feed(link.recv(4096, timeout=5))
        link.send(host.encode(Ack(frames[-1].seq, 0)))  # no more credits: pause
        while True:  # take the frames already in flight until the link stays quiet for 0.3 s
            try:
                frames += decoder.feed(link.recv(65536, timeout=0.3))
            except Exception:
                break
        paused_at = len(frames)
        assert paused_at < 60  # it stopped long before the end (200 audio frames)
        link.send(host.encode(Ack(frames[-1].seq)))  # unlimited again
        while not any(f.type.name == "END_OF_SPEECH" for f in frames):
            frames += decoder.feed(link.recv(65536, timeout=5))
    glasses.join()
    assert decoder.stats.frames_lost == 0 and len(frames) > paused_at


def test_serial_form_over_a_pty(speech):
    master, slave = os.openpty()
    path = os.ttyname(slave)
    simulator = GlassesSimulator(speech[:8000], codec=Codec.ADPCM, realtime=False, linger_s=0.5)
    try:
        with open_bridge(f"bridge+serial:{path}?baud=921600") as source:
            thread = threading.Thread(target=simulator.run, args=(FdTransport(master, master, "pty", owns_fds=False),))
            thread.start()
            received = np.concatenate(list(source))
            source.indicate_capture(True)
            thread.join(10)
    finally:
        os.close(master)
        os.close(slave)
    assert len(received) == 8000 and source.stats["frames_lost"] == 0
    assert np.corrcoef(received.astype(float), speech[:8000].astype(float))[0, 1] > 0.99


def test_pipe_form_reads_a_fifo(speech, tmp_path):
    fifo = tmp_path / "glasses"
    os.mkfifo(fifo)
    encoder = FrameEncoder()
    framer = AudioFramer(Codec.PCM16)
    data = encoder.encode(Hello(), 0) + b"".join(
        encoder.encode(a, 0) for a in framer.push(speech[:4000]) + framer.flush()
    )
    writer = threading.Thread(target=lambda: fifo.write_bytes(data))  # no END_OF_SPEECH: the source ends at EOF
    writer.start()
    received, source = receive(f"bridge+pipe:{fifo}")
    writer.join()
    np.testing.assert_array_equal(received, speech[:4000])
    source.indicate_capture(True)  # read-only link: silently nowhere to send


def test_connection_refused_is_a_bridge_error():
    with TcpListener("127.0.0.1", 0) as listener:
        port = listener.port
    with pytest.raises(BridgeError, match="edge bridge simulate"):
        with open_bridge(f"bridge://127.0.0.1:{port}", connect_timeout=0.2):
            pass


def test_silent_glasses_time_out_with_a_bridge_error():
    with TcpListener("127.0.0.1", 0) as listener:
        accepted = []  # keep the glasses' end open (and silent)
        holder = threading.Thread(target=lambda: accepted.append(listener.accept(timeout=5)), daemon=True)
        holder.start()
        with pytest.raises(BridgeError, match="no data from the glasses"):
            receive(f"bridge://127.0.0.1:{listener.port}", idle_timeout=0.2)
        holder.join()
        accepted[0].send(b"not the glasses protocol")
        accepted[0].close()


def test_a_link_that_closes_without_a_frame_is_a_bridge_error():
    with TcpListener("127.0.0.1", 0) as listener:

        def serve():
            with listener.accept(timeout=5) as t:
                t.send(b"GET / HTTP/1.1\r\n\r\n")

        threading.Thread(target=serve, daemon=True).start()
        with pytest.raises(BridgeError, match="without sending a single frame"):
            receive(f"bridge://127.0.0.1:{listener.port}")


def test_wrong_sample_rate_is_refused():
    refused = threading.Event()
    with TcpListener("127.0.0.1", 0) as listener:

        def serve():
            with listener.accept(timeout=5) as t:
                t.send(encode_frame(Hello(sample_rate=8000), 0, 0))
                refused.wait(10)  # the link stays open until the receiver has refused it

        threading.Thread(target=serve, daemon=True).start()
        with pytest.raises(BridgeError, match="16000 Hz mono"):
            receive(f"bridge://127.0.0.1:{listener.port}")
        refused.set()


@pytest.mark.parametrize(
    "spec", ["bridge://nohost", "bridge://h:99999", "bridge+serial:", "bridge+serial:/dev/x?baud=fast", "bridge+bt:aa"]
)
def test_bad_specs_are_usage_errors(spec):
    with pytest.raises(UsageError, match="bridge"):
        open_bridge(spec)


def test_open_source_delegates_bridge_specs():
    from edge.audio import open_source

    source = open_source("bridge://127.0.0.1:9", chunk_ms=30)
    assert isinstance(source, BridgeSource) and source.realtime


def write_wav(path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(samples.astype("<i2").tobytes())


def test_cli_simulate_serves_a_wav_and_logs_led_frames(speech, tmp_path):
    wav = tmp_path / "speech.wav"
    write_wav(wav, speech)
    cmd = [sys.executable, "-m", "edge.cli", "bridge", "simulate", str(wav), "--listen", "tcp://127.0.0.1:0", "--fast",
           "--codec", "adpcm", "--loss", "0.05", "--corrupt", "0.01", "--jitter", "1", "--seed", "3"]  # fmt: skip
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        found = re.search(r"tcp://127\.0\.0\.1:(\d+)", proc.stderr.readline())
        assert found, "the simulator did not say where it listens"
        port = int(found.group(1))
        with open_bridge(f"bridge://127.0.0.1:{port}") as source:
            received = []
            for chunk in source:
                received.append(chunk)
                source.indicate_capture(len(received) < 30)
        rest = proc.communicate(timeout=30)[1]
    finally:
        proc.kill()
    assert proc.returncode == 0, rest
    assert "LED on" in rest and "LED off" in rest and "dropped" in rest and "corrupted" in rest
    assert sum(map(len, received)) == len(speech)
    assert source.stats["concealed_samples"] > 0


def test_cli_simulate_rejects_bad_arguments(tmp_path):
    def run(*a: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "edge.cli", "bridge", "simulate", *a], capture_output=True, text=True, timeout=60
        )

    result = run(str(tmp_path / "missing.wav"), "--fast")
    assert result.returncode != 0 and "error" in result.stderr and "Traceback" not in result.stderr
    result = run("x.wav", "--loss", "1.5")
    assert result.returncode == 2 and "probability" in result.stderr
    wav = tmp_path / "tone.wav"
    write_wav(wav, np.full(1600, 1000, np.int16))
    result = run(str(wav), "--listen", "udp://1.2.3.4:5")
    assert result.returncode == 64 and "tcp://" in result.stderr and "Traceback" not in result.stderr
    result = run(str(wav), "--codec", "pcm16", "--frame-samples", "500", "--listen", "tcp://127.0.0.1:0")
    assert result.returncode == 64 and "1..111" in result.stderr
