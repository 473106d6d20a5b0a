"""Real human speech with reference transcripts, found in Debian packages (never copied into the repository).

- `pocketsphinx-testdata` (BSD-2-Clause, CMU Sphinx): five LibriVox read sentences (public domain recordings),
  five card names ("cards") and "go forward ten meters" (`goforward.raw`, 16 kHz s16le).
- `alsa-utils` (GPL-2): `speaker-test`'s eight spoken channel names at 48 kHz ("front left", ...), and
  `Noise.wav`, real noise with no speech in it.

`conversation()` joins every clip into one long recording with pauses of 0.4-2 s and a quiet room tone, at 48 kHz:
a stand-in for a conversation recorded on a phone, with its pauses, for segmentation and cost measurements.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16_000
POCKETSPHINX = Path("/usr/share/pocketsphinx/test/data")
ALSA_SOUNDS = Path("/usr/share/sounds/alsa")
ALSA_NAMES: tuple[str, ...] = ("Front_Center", "Front_Left", "Front_Right", "Rear_Center", "Rear_Left")
ALSA_NAMES += ("Rear_Right", "Side_Left", "Side_Right")
INSTALL = "apt-get install pocketsphinx-testdata alsa-utils"


class NoRealSpeech(Exception):
    """None of the packages that carry real speech is installed; the message says which to install."""


@dataclass(frozen=True)
class Clip:
    """One real recording: its reference transcript, where it is, and how to read it."""

    name: str
    reference: str
    path: Path
    raw: bool = False  # headerless 16 kHz s16le (pocketsphinx's .raw files)

    def samples(self) -> np.ndarray:
        """16 kHz mono int16."""
        if self.raw:
            return np.frombuffer(self.path.read_bytes(), dtype="<i2").astype(np.int16)
        from edge.audio import read_wav

        return read_wav(self.path)


def _sphinx_listing(folder: Path, listing: str) -> list[Clip]:
    path = folder / listing
    if not path.is_file():
        return []
    clips = []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        text, _, file_id = line.rpartition("(")
        text = " ".join(text.replace("<s>", " ").replace("</s>", " ").split())
        file_id = file_id.strip(" )")
        clips.append(Clip(f"{folder.name}/{file_id}", text, folder / f"{file_id}.wav"))
    return clips


def clips() -> list[Clip]:
    """Every real clip that is installed; NoRealSpeech if there is none."""
    found = _sphinx_listing(POCKETSPHINX / "librivox", "transcription")
    found += _sphinx_listing(POCKETSPHINX / "cards", "cards.transcription")
    if (POCKETSPHINX / "goforward.raw").is_file():
        found.append(Clip("goforward", "go forward ten meters", POCKETSPHINX / "goforward.raw", raw=True))
    for name in ALSA_NAMES:
        if (ALSA_SOUNDS / f"{name}.wav").is_file():
            found.append(Clip(f"alsa/{name}", name.replace("_", " ").lower(), ALSA_SOUNDS / f"{name}.wav"))
    if not found:
        raise NoRealSpeech(f"no real speech recordings installed ({INSTALL})")
    return found


def noise_clip() -> np.ndarray:
    """Real recorded noise (alsa-utils' Noise.wav) as 16 kHz int16; NoRealSpeech if absent."""
    path = ALSA_SOUNDS / "Noise.wav"
    if not path.is_file():
        raise NoRealSpeech(f"{path} not found ({INSTALL})")
    from edge.audio import read_wav

    return read_wav(path)


def room_tone(n: int, level: float, rng: np.random.Generator) -> np.ndarray:
    """Pink-ish noise of RMS `level` (int16 units): the hum of a quiet room."""
    x = np.cumsum(rng.normal(size=n))
    x -= np.convolve(x, np.ones(256) / 256, mode="same")
    return x * level / (x.std() + 1e-9)


@dataclass(frozen=True)
class Conversation:
    wav: bytes  # 48 kHz mono 16-bit WAV
    reference: str
    seconds: float
    clips: int


def conversation(seed: int = 0, *, rate: int = 48_000, tone_level: float = 60.0) -> Conversation:
    """Every clip, in order, separated by 0.4-2 s pauses, over room tone (about -55 dBFS), as a WAV at `rate`."""
    import soxr

    rng = np.random.default_rng(seed)
    parts, refs = [], []
    found = clips()
    for clip in found:
        parts.append(np.zeros(int(rng.uniform(0.4, 2.0) * SAMPLE_RATE)))
        parts.append(clip.samples().astype(np.float64))
        refs.append(clip.reference)
    parts.append(np.zeros(int(1.5 * SAMPLE_RATE)))
    x = np.concatenate(parts)
    x = (x + room_tone(x.size, tone_level, rng)) / 32768.0
    y = soxr.resample(x.astype(np.float32), SAMPLE_RATE, rate) if rate != SAMPLE_RATE else x
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.clip(np.rint(y * 32768), -32768, 32767).astype("<i2").tobytes())
    return Conversation(buf.getvalue(), " ".join(refs), x.size / SAMPLE_RATE, len(found))
