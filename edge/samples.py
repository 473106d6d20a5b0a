"""The bundled sample conversation, wherever edge is installed: `Pipeline(...).run(edge.samples.conversation())`."""

from __future__ import annotations

from edge.home import models_dir


def conversation() -> str:
    """The sample recording's path, as the SOURCE string every command and `Pipeline.run` take.

    About 34 s of two synthetic voices (16 kHz mono): interests, a timer, a health remark the gate blocks, a phone
    number that redaction removes. See `models/samples/README.md`.
    """
    return str(models_dir() / "samples" / "conversation.wav")


def conversation_lines() -> list[str]:
    """What the recording says, one line per speaker turn (for checking recognition)."""
    path = models_dir() / "samples" / "conversation.txt"
    return [line.split("|", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if "|" in line]
