"""The microphone path. Only the sounddevice boundary is faked (its device list, settings check and InputStream,
which calls our callback from its own thread as PortAudio does); device choice, resampling, chunking, overflow
handling and stopping are the real code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from edge.audio import open_source
from edge.audio.microphone import MicrophoneSource, list_input_devices
from edge.errors import DeviceError

try:
    import sounddevice as sd
except OSError:  # PortAudio missing: only the missing-PortAudio test can run
    sd = None

needs_sd = pytest.mark.skipif(sd is None, reason="libportaudio2 is not installed (CI installs it)")

TONE_HZ = 700.0

DEVICES = [
    # A laptop's analog input: 2 channels only, 44.1/48 kHz only.
    {
        "name": "HDA Intel PCH: ALC3246 Analog (hw:0,0)",
        "hostapi": 0,
        "max_input_channels": 2,
        "max_output_channels": 2,
        "default_samplerate": 48000.0,
        "rates": {44100, 48000},
        "channel_counts": {2},
    },
    {
        "name": "HDA Intel PCH: HDMI 0 (hw:0,3)",
        "hostapi": 0,
        "max_input_channels": 0,
        "max_output_channels": 8,
        "default_samplerate": 48000.0,
        "rates": set(),
        "channel_counts": set(),
    },
    {
        "name": "USB Headset: Audio (hw:1,0)",
        "hostapi": 0,
        "max_input_channels": 1,
        "max_output_channels": 2,
        "default_samplerate": 44100.0,
        "rates": {44100},
        "channel_counts": {1},
    },
    {
        "name": "pulse",
        "hostapi": 0,
        "max_input_channels": 32,
        "max_output_channels": 32,
        "default_samplerate": 44100.0,
        "rates": None,
        "channel_counts": None,
    },  # None: accepts anything
]


class Flags:
    def __init__(self, overflow: bool) -> None:
        self.input_overflow = overflow

    def __bool__(self) -> bool:
        return self.input_overflow


def wait_until(condition: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Poll `condition` until it holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout:.0f} s waiting until {what}")
        time.sleep(0.001)


class FakeInputStream:
    """Delivers a 700 Hz tone (channel k at amplitude 0.6 / (k + 1)) in `blocksize` frames from a thread.

    Not at a wall-clock pace: the next block comes when the consumer has fewer than `backlog` blocks waiting, so
    no test depends on how fast this machine is (real overflows are PortAudio's; these tests flag them).
    """

    instances: list[FakeInputStream] = []
    blocks = 10_000  # how many blocks to deliver, then `after` happens
    after = "idle"  # idle: stay active, silent | stop: become inactive | sigint: Ctrl-C the main thread
    overflow_every = 0
    backlog = 4

    def __init__(
        self, *, device: int, channels: int, samplerate: int, dtype: str, blocksize: int, callback: Any
    ) -> None:
        assert dtype == "float32" and blocksize > 0
        self.device, self.channels, self.samplerate, self.blocksize = device, channels, samplerate, blocksize
        self.callback = callback
        self.active = False
        self.stopped = self.closed = False
        self.delivered = 0
        self._halt = threading.Event()
        FakeInputStream.instances.append(self)

    def start(self) -> None:
        self.active = True
        threading.Thread(target=self._run, daemon=True).start()

    def _waiting(self) -> queue.Queue:
        """The consumer's queue of blocks (the callback is a bound method of the MicrophoneSource)."""
        return self.callback.__self__._queue

    def _run(self) -> None:
        n = 0
        while not self._halt.is_set() and self.delivered < self.blocks:
            while self._waiting().qsize() >= self.backlog and not self._halt.wait(0.001):
                pass
            t = (n + np.arange(self.blocksize)) / self.samplerate
            tone = np.sin(2 * np.pi * TONE_HZ * t)
            block = np.stack([0.6 / (k + 1) * tone for k in range(self.channels)], axis=1).astype(np.float32)
            overflow = bool(self.overflow_every) and (self.delivered + 1) % self.overflow_every == 0
            self.callback(block, self.blocksize, None, Flags(overflow))
            n += self.blocksize
            self.delivered += 1
        if self._halt.is_set():
            return
        if self.after == "stop":
            self.active = False
        elif self.after == "sigint":
            # Ctrl-C while the consumer waits for audio with every block taken (a Condition lists its waiters).
            waiting = self._waiting()
            wait_until(lambda: waiting.empty() and waiting.not_empty._waiters, "the consumer waits for audio")  # type: ignore[attr-defined]  # CPython's Condition keeps _waiters
            os.kill(os.getpid(), signal.SIGINT)

    def stop(self) -> None:
        self.stopped = True
        self.active = False
        self._halt.set()

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Patch the sounddevice boundary with the fake devices; returns the (editable) device list."""
    if sd is None:
        pytest.skip("libportaudio2 is not installed (CI installs it)")
    devices = [dict(d, index=i) for i, d in enumerate(DEVICES)]

    def query_devices(device: Any = None, kind: Any = None) -> Any:
        return [{k: v for k, v in d.items() if k not in ("rates", "channel_counts")} for d in devices]

    def check_input_settings(
        device: Any = None, channels: Any = None, dtype: Any = None, extra_settings: Any = None, samplerate: Any = None
    ) -> None:
        d = devices[device]
        if d["max_input_channels"] < 1:
            raise sd.PortAudioError("Invalid number of channels")
        if d["channel_counts"] is not None and channels not in d["channel_counts"]:
            raise sd.PortAudioError("Invalid number of channels [PaErrorCode -9998]")
        if d["rates"] is not None and int(samplerate) not in d["rates"]:
            raise sd.PortAudioError("Invalid sample rate [PaErrorCode -9997]")

    FakeInputStream.instances = []
    FakeInputStream.blocks, FakeInputStream.after, FakeInputStream.overflow_every = 10_000, "idle", 0
    monkeypatch.setattr(sd, "query_devices", query_devices)
    monkeypatch.setattr(sd, "query_hostapis", lambda index=None: {"name": "ALSA"})
    monkeypatch.setattr(sd, "check_input_settings", check_input_settings)
    monkeypatch.setattr(sd, "InputStream", FakeInputStream)
    monkeypatch.setattr(sd.default, "device", [0, 0])
    return devices


def open_mic(spec: str, chunk_ms: int = 30) -> MicrophoneSource:
    """`open_source` for a microphone spec, typed as the MicrophoneSource it opens."""
    source = open_source(spec, chunk_ms=chunk_ms)
    assert isinstance(source, MicrophoneSource)
    return source


def take(source: MicrophoneSource, seconds: float) -> np.ndarray:
    got, need = [], int(seconds * 16000)
    for chunk in source:
        got.append(chunk)
        need -= chunk.size
        if need <= 0:
            break
    return np.concatenate(got)


def peak_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x.astype(float) * np.hanning(x.size)))
    return float(np.argmax(spectrum) * 16000 / x.size)


def test_default_device_at_native_rate_is_downmixed_and_resampled(fake_sd: list) -> None:
    with open_source("mic", chunk_ms=30) as source:
        assert isinstance(source, MicrophoneSource) and source.realtime
        assert source.device.index == 0 and source.name.startswith("mic:0 (HDA Intel PCH")
        assert (source.rate, source.channels) == (48000, 2)  # no 16 kHz, no mono on this device
        chunks = []
        for chunk in source:
            chunks.append(chunk)
            if len(chunks) == 50:
                break
    stream = FakeInputStream.instances[-1]
    assert stream.stopped and stream.closed  # leaving the loop released the device
    assert {c.size for c in chunks} == {480} and all(c.dtype == np.int16 for c in chunks)
    x = np.concatenate(chunks)[800:]  # skip the resampler's start-up
    assert abs(peak_hz(x) - TONE_HZ) < 20
    assert 0.43 < np.abs(x).max() / 32768 < 0.47  # the average of 0.6 and 0.3


def test_device_by_index_and_by_name(fake_sd: list) -> None:
    with open_mic("mic:2") as by_index, open_mic("mic:usb HEADSET") as by_name:
        assert by_index.device.index == by_name.device.index == 2
        assert (by_name.rate, by_name.channels) == (44100, 1)
        assert abs(peak_hz(take(by_name, 1.0)[800:]) - TONE_HZ) < 20


def test_device_that_takes_16k_mono_is_passed_through_exactly(fake_sd: list) -> None:
    with open_mic("mic:pulse", chunk_ms=20) as source:
        assert (source.rate, source.channels) == (16000, 1)
        got = take(source, 0.5)
    t = np.arange(got.size) / 16000
    want = np.clip(np.rint(np.float32(0.6) * np.sin(2 * np.pi * TONE_HZ * t).astype(np.float32) * 32768), -32768, 32767)
    assert np.abs(got.astype(int) - want.astype(int)).max() <= 1


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("mic:nothing-like-this", "no input device named like 'nothing-like-this'"),
        ("mic:1", "no input device with index 1"),  # HDMI has no input channels
        ("mic:7", "no input device with index 7"),
        ("mic:hw:", "matches several input devices (0: HDA Intel PCH: ALC3246 Analog (hw:0,0), 2: USB Headset"),
    ],
)
def test_bad_device_choice(fake_sd: list, spec: str, message: str) -> None:
    with pytest.raises(DeviceError) as info:
        open_source(spec)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert "edge devices" in str(info.value) or "mic:0" in str(info.value)


def test_no_input_device_at_all(fake_sd: list) -> None:
    del fake_sd[2:]
    fake_sd[0]["max_input_channels"] = 0
    for spec in ("mic", "mic:0"):
        with pytest.raises(DeviceError, match="plug in a microphone or pass mic:DEVICE; see `edge devices`"):
            open_source(spec)


def test_missing_portaudio_is_a_one_line_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """sounddevice raises OSError at import when libportaudio is absent; simulate exactly that import."""
    (tmp_path / "sounddevice.py").write_text("raise OSError('PortAudio library not found')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    for call in (lambda: open_source("mic"), list_input_devices):
        with pytest.raises(DeviceError) as info:
            call()
        assert "install libportaudio2" in str(info.value) and "\n" not in str(info.value)


def test_missing_sounddevice_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import raises ImportError
    with pytest.raises(DeviceError, match="pip install sounddevice"):
        open_source("mic")


def test_overflows_are_counted_and_logged(fake_sd: list, caplog: pytest.LogCaptureFixture) -> None:
    FakeInputStream.overflow_every = 5
    with caplog.at_level(logging.WARNING, logger="edge.audio"), open_mic("mic:pulse") as source:
        take(source, 1.0)
        delivered = FakeInputStream.instances[-1].delivered
    assert source.overflows >= delivered // 5 - 1 and source.overflows > 0
    assert any("overflow" in r.getMessage() for r in caplog.records)


def test_device_that_stops_delivering_is_an_error(fake_sd: list) -> None:
    FakeInputStream.blocks, FakeInputStream.after = 5, "stop"
    with open_mic("mic:pulse") as source, pytest.raises(DeviceError, match="stopped delivering audio"):
        take(source, 10.0)
    assert FakeInputStream.instances[-1].closed


def test_ctrl_c_ends_capture_cleanly(fake_sd: list, ctrl_c_interrupts: None) -> None:
    FakeInputStream.blocks, FakeInputStream.after = 40, "sigint"
    with open_mic("mic:pulse", chunk_ms=30) as source:
        chunks = list(source)  # ends by itself when Ctrl-C arrives
    stream = FakeInputStream.instances[-1]
    assert source.interrupted and stream.stopped and stream.closed
    assert sum(c.size for c in chunks) == 40 * stream.blocksize  # nothing captured was lost


def test_device_busy_at_open(fake_sd: list, monkeypatch: pytest.MonkeyPatch) -> None:
    def busy(**kwargs: Any) -> None:
        raise sd.PortAudioError("Device unavailable [PaErrorCode -9985]")

    monkeypatch.setattr(sd, "InputStream", busy)
    with pytest.raises(DeviceError, match=r"cannot open mic:3 \(pulse\) \(Device unavailable"):
        open_source("mic:pulse")


def test_edge_devices_lists_inputs_only(fake_sd: list, capsys: pytest.CaptureFixture[str]) -> None:
    from edge.audio import commands

    parser = argparse.ArgumentParser(prog="edge")
    commands.register(parser.add_subparsers())
    args = parser.parse_args(["devices"])
    assert args.func(args) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line for line in lines if line[:1] in ("*", " ") and line[2:7].strip().isdigit()]
    assert [int(r[2:7]) for r in rows] == [0, 2, 3]  # the HDMI output is not listed
    assert rows[0].startswith("*") and "HDA Intel PCH: ALC3246" in rows[0] and "48000" in rows[0]
    assert "USB Headset" in rows[1] and not rows[1].startswith("*")

    args = parser.parse_args(["devices", "--json"])
    assert args.func(args) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["index"] for d in listed] == [0, 2, 3] and listed[0]["default"] and listed[1]["channels"] == 1


@needs_sd
def test_real_portaudio_without_an_input_device(capsys: pytest.CaptureFixture[str]) -> None:
    """Against the real PortAudio of this machine: a headless box has no input device and says so."""
    if list_input_devices():
        pytest.skip("this machine has an input device")
    with pytest.raises(DeviceError, match="no microphone found"):
        open_source("mic")
    from edge.audio.commands import run_devices

    assert run_devices(argparse.Namespace(json=False)) == 0
    assert "no audio input devices found" in capsys.readouterr().out
