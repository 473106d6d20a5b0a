"""Pick and build a Recognizer for one language: a Vosk model of that language, else Whisper tiny.en for English.

No engine is ever chosen for a language it does not know: a Vosk model of another language is a one-line error
that says how to get the right one, never a stream of confident gibberish.
"""

from __future__ import annotations

import os
from pathlib import Path

from edge.asr.base import Recognizer
from edge.asr.catalog import guess_lang, primary_language, same_language
from edge.asr.installed import InstalledModel, find_installed, installed_models
from edge.asr.layout import layout_problems
from edge.errors import ModelError, UsageError

ENGINES = ("auto", "vosk", "whisper")
DEFAULT_LANGUAGE = "en"
VOSK_MODEL_ENV = "EDGE_VOSK_MODEL"
NO_MODEL_HINT = (
    "run `edge models pull vosk-model-small-en-us-0.15` (or unzip that model from https://alphacephei.com/vosk/models "
    "into EDGE_HOME/models/vosk/), set EDGE_VOSK_MODEL=/path/to/model, or pip install 'edge[whisper]'"
)
_LANGUAGE_NAMES = {
    "en": "English",
    "ko": "Korean",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "hi": "Hindi",
}


def language_name(lang: str) -> str:
    code = primary_language(lang)
    return f"{_LANGUAGE_NAMES[code]} ({code})" if code in _LANGUAGE_NAMES else code


def load_recognizer(
    engine: str = "auto",
    *,
    vosk_model: str | Path | None = None,
    language: str = DEFAULT_LANGUAGE,
    whisper_partials: bool = True,
) -> tuple[Recognizer, str]:
    """Build the recognizer for `engine` and `language`, and say in one line which one it is and why.

    A Vosk model given as `vosk_model` (a folder or an installed model's name) or in $EDGE_VOSK_MODEL is used when
    its language is `language` (or unknown) and is an error otherwise. Without one, "auto" takes an installed Vosk
    model of `language`, then Whisper tiny.en for English (when the whisper extra is installed); "vosk" takes an
    installed Vosk model of `language`.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown speech engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if not isinstance(language, str) or not language.strip():
        raise UsageError("no language given; pass a language code such as --language en")
    lang = primary_language(language)
    if engine == "whisper":
        _check_whisper_language(lang)
        return _whisper(whisper_partials), "whisper: Whisper tiny.en (chosen with --engine whisper)"

    configured = configured_vosk_model(vosk_model)
    if configured:
        _check_vosk_language(configured, lang)
        note = "" if configured.lang else ", language unknown: make sure it is " + language_name(lang)
        return _vosk(configured), f"{engine}: Vosk model {configured.name} ({configured.source}{note})"

    usable = [m for m in installed_models() if not layout_problems(m.path)]
    matching = [m for m in usable if m.lang and same_language(m.lang, lang)]
    if matching:
        model = matching[0]
        return _vosk(model), f"{engine}: {language_name(lang)} Vosk model {model.name} ({model.source})"
    if engine == "auto" and lang == "en":
        from edge.asr.whisper_engine import whisper_available

        if whisper_available():
            return _whisper(whisper_partials), "auto: no English Vosk model found, using whisper tiny.en"
    raise ModelError(_no_model_message(engine, lang, usable))


def _no_model_message(engine: str, lang: str, usable: list[InstalledModel]) -> str:
    others = sorted({language_name(m.lang) for m in usable if m.lang})
    have = f"; installed Vosk models are for {', '.join(others)} (pass --language to use one)" if others else ""
    if lang == "en":
        how = NO_MODEL_HINT if engine == "auto" else "run `edge models pull vosk-model-small-en-us-0.15`"
        return f"no English speech model installed: {how}{have}"
    return (
        f"no {language_name(lang)} Vosk model installed: `edge models list` shows the models to pull "
        f"(`edge models pull NAME`){have}"
    )


def _check_vosk_language(model: InstalledModel, lang: str) -> None:
    if model.lang and not same_language(model.lang, lang):
        pull = "vosk-model-small-en-us-0.15" if lang == "en" else "NAME (see `edge models list`)"
        raise ModelError(
            f"Vosk model {model.name} ({model.source}) is {language_name(model.lang)}, not {language_name(lang)}: "
            f"pull a Vosk model for {language_name(lang).split(' ')[0]} with `edge models pull {pull}`, "
            f"or pass --language {primary_language(model.lang)} if the speech is in that language"
        )


def _check_whisper_language(lang: str) -> None:
    if lang != "en":
        raise ModelError(
            f"Whisper tiny.en knows only English, not {language_name(lang)}: use --engine vosk with a "
            f"{language_name(lang).split(' ')[0]} Vosk model (`edge models list` shows them)"
        )


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


def _vosk(model: InstalledModel) -> Recognizer:
    from edge.asr.vosk_engine import VoskRecognizer

    return VoskRecognizer(model.path)


def _whisper(partials: bool) -> Recognizer:
    from edge.asr.whisper_engine import INSTALL_HINT, WhisperRecognizer, whisper_available

    if not whisper_available():
        raise ModelError(f"the whisper engine is not installed: {INSTALL_HINT}")
    return WhisperRecognizer(partials=partials)
