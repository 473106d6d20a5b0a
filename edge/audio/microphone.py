"""The microphone through `sounddevice` (PortAudio): device choice, native-rate capture resampled to 16 kHz."""

from __future__ import annotations

import contextlib
import logging
import queue
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

from edge.audio.resample import Resampler, downmix, to_int16
from edge.audio.source import AudioSource, Rechunker
from edge.errors import DeviceError
from edge.types import SAMPLE_RATE, Samples

log = logging.getLogger("edge.audio")

NO_DEVICE_FIX = "plug in a microphone or pass mic:DEVICE; see `edge devices`"
_FALLBACK_RATES = (48_000, 44_100, 32_000, 22_050, 24_000, 8_000)


@dataclass(frozen=True)
class InputDevice:
    """One capture device as PortAudio reports it."""

    index: int
    name: str
    channels: int
    default_rate: float
    hostapi: str = ""
    is_default: bool = False


def load_sounddevice() -> ModuleType:
    """Import sounddevice, turning a missing PortAudio or package into a one-line fix."""
    try:
        import sounddevice
    except OSError:
        raise DeviceError(
            "PortAudio library not found, so no microphone can be opened; install libportaudio2 "
            "(Debian/Ubuntu: sudo apt-get install libportaudio2; macOS: brew install portaudio)"
        ) from None
    except ImportError:
        raise DeviceError("the sounddevice package is missing; install it: pip install sounddevice") from None
    return sounddevice


def list_input_devices() -> list[InputDevice]:
    """Every device with at least one input channel, in PortAudio's order."""
    sd = load_sounddevice()
    try:
        devices = list(sd.query_devices())
    except sd.PortAudioError as err:
        raise DeviceError(f"PortAudio cannot list audio devices ({err}); check the sound system is running") from None
    default = _default_input(sd)
    found = []
    for index, info in enumerate(devices):
        if int(info.get("max_input_channels", 0)) <= 0:
            continue
        found.append(
            InputDevice(
                index=int(info.get("index", index)),
                name=str(info.get("name", f"device {index}")),
                channels=int(info["max_input_channels"]),
                default_rate=float(info.get("default_samplerate", SAMPLE_RATE)),
                hostapi=_hostapi_name(sd, info.get("hostapi")),
                is_default=int(info.get("index", index)) == default,
            )
        )
    return found


def _default_input(sd: ModuleType) -> int | None:
    try:
        index = sd.default.device[0]
        return int(index) if index is not None and int(index) >= 0 else None
    except (TypeError, ValueError, IndexError, AttributeError):
        return None


def _hostapi_name(sd: ModuleType, hostapi: Any) -> str:
    try:
        return str(sd.query_hostapis(hostapi)["name"]) if hostapi is not None else ""
    except Exception:  # a name is only decoration in listings
        return ""


def find_input_device(spec: str | None, devices: list[InputDevice]) -> InputDevice:
    """The device for `mic` (None: the default input) or `mic:DEVICE` (an index or a name substring)."""
    if not devices:
        raise DeviceError(f"no microphone found (PortAudio lists no input device); {NO_DEVICE_FIX}")
    if spec is None or not spec.strip():
        return next((d for d in devices if d.is_default), devices[0])
    spec = spec.strip()
    if spec.lstrip("-").isdigit():
        for device in devices:
            if device.index == int(spec):
                return device
        raise DeviceError(f"no input device with index {spec}; {NO_DEVICE_FIX}")
    matches = [d for d in devices if spec.lower() in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == spec.lower()]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0]
    if not matches:
        raise DeviceError(f"no input device named like '{spec}'; {NO_DEVICE_FIX}")
    listed = ", ".join(f"{d.index}: {d.name}" for d in matches)
    raise DeviceError(f"'{spec}' matches several input devices ({listed}); pass its index, e.g. mic:{matches[0].index}")


class MicrophoneSource(AudioSource):
    """Live capture. Opens at 16 kHz when the device supports it, else at its native rate and resamples.

    Ctrl-C while waiting for audio ends the stream cleanly (the iteration stops, `interrupted` is set), so the
    consumer can flush the last utterance. Overflows (audio PortAudio or a slow consumer dropped) are counted in
    `overflows` and logged, never raised.
    """

    realtime = True

    def __init__(self, device: str | None = None, *, chunk_size: int = 480, max_backlog_s: float = 10.0) -> None:
        sd = load_sounddevice()
        self.device = find_input_device(device, list_input_devices())
        self.name = f"mic:{self.device.index} ({self.device.name})"
        self.chunk_size = chunk_size
        self.channels, self.rate = self._pick_settings(sd)
        self.overflows = 0
        self.interrupted = False
        blocksize = max(1, self.rate * chunk_size // SAMPLE_RATE)
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(
            maxsize=max(2, int(max_backlog_s * self.rate / blocksize))
        )
        self._closed = False
        self._started = False
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                channels=self.channels,
                samplerate=self.rate,
                dtype="float32",
                blocksize=blocksize,
                callback=self._callback,
            )
        except (sd.PortAudioError, ValueError) as err:
            raise DeviceError(
                f"cannot open {self.name} ({err}); close programs using it or pick another with mic:DEVICE"
            ) from None

    def _pick_settings(self, sd: ModuleType) -> tuple[int, int]:
        channel_options = [1] if self.device.channels == 1 else [1, min(2, self.device.channels)]
        rates = [SAMPLE_RATE, int(self.device.default_rate), *_FALLBACK_RATES]
        for channels in channel_options:
            for rate in dict.fromkeys(rates):  # ordered, without repeats
                try:
                    sd.check_input_settings(
                        device=self.device.index, channels=channels, dtype="float32", samplerate=rate
                    )
                except (sd.PortAudioError, ValueError):
                    continue
                if rate != SAMPLE_RATE:
                    log.info("%s does not take 16 kHz; capturing at %d Hz and resampling", self.name, rate)
                return channels, rate
        raise DeviceError(f"{self.name} accepts none of the usual sample rates; pick another device with mic:DEVICE")

    def _callback(self, indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        """Runs on PortAudio's thread: copy and hand over, nothing else."""
        if status and getattr(status, "input_overflow", False):
            self.overflows += 1
        try:
            self._queue.put_nowait(np.array(indata, dtype=np.float32, copy=True))
        except queue.Full:  # the consumer fell more than max_backlog_s behind
            self.overflows += 1

    def _chunks(self) -> Iterator[Samples]:
        if self._closed:
            raise DeviceError(f"{self.name} was closed; open the source again")
        resampler = Resampler(self.rate, SAMPLE_RATE)
        rechunk = Rechunker(self.chunk_size)
        try:
            self._start()
            yield from self._capture(resampler, rechunk)
        except KeyboardInterrupt:
            self.interrupted = True
            log.info("microphone capture stopped by Ctrl-C")
        finally:
            self.close()
        yield from rechunk.push(to_int16(resampler.flush()))
        yield from rechunk.flush()

    def _start(self) -> None:
        if self._started:
            return
        sd = load_sounddevice()
        try:
            self._stream.start()
        except sd.PortAudioError as err:
            raise DeviceError(f"cannot start {self.name} ({err}); check the device is free and plugged in") from None
        self._started = True

    def _capture(self, resampler: Resampler, rechunk: Rechunker) -> Iterator[Samples]:
        reported = 0
        while True:
            try:
                block = self._queue.get(timeout=0.25)
            except queue.Empty:
                if self._closed:
                    return
                if not self._stream.active:
                    raise DeviceError(f"{self.name} stopped delivering audio (unplugged?); {NO_DEVICE_FIX}") from None
                continue
            if block is None:  # close() was called
                return
            if self.overflows > reported:
                log.warning(
                    "%s: audio overflow, %d blocks lost so far (the machine is too busy)", self.name, self.overflows
                )
                reported = self.overflows
            yield from rechunk.push(to_int16(resampler.process(downmix(block.reshape(len(block), -1)))))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        stream = getattr(self, "_stream", None)
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception as err:  # closing a device that vanished must not hide the real outcome
                log.debug("closing %s: %s", self.name, err)
        with contextlib.suppress(queue.Full):  # a full queue wakes the consumer anyway
            self._queue.put_nowait(None)
