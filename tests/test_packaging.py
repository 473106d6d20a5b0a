"""Packaging: the wheel carries the runtime models, and a wheel installed outside the checkout runs the demo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from edge import samples
from edge.home import models_dir
from tests.conftest import REPO, SAMPLE_LINES

# What the runtime loads; a wheel without any of these fails at the first model load.
RUNTIME_ARTIFACTS = [
    "topics/encoder.int8.onnx",
    "topics/tokenizer.json",
    "topics/head.onnx",
    "topics/topic_ngrams.npy",
    "topics/language.npy",
    "topics/topics.json",
    "topics/label_map.json",
    "taxonomy/iab-3.0-t2.json",
    "privacy/sensitive_head.onnx",
    "privacy/sensitive_head.json",
    "privacy/sensitive_ngrams.npy",
    "privacy/sensitive_posts.json",
    "privacy/lexicon/health.txt",
    "privacy/pii/first_names.txt",
    "privacy/pii/word_ranks.txt",
    "vad/silero_vad_v6.onnx",
    "samples/conversation.wav",
    "samples/conversation.txt",
]
CARRIED = (".onnx", ".npy", ".crfsuite", ".json", ".txt", ".wav", ".md")  # package-data in pyproject.toml
NOT_CARRIED = (".py", ".sh", ".jsonl", ".gitignore")  # training and export scripts, training and evaluation data


def test_models_dir_is_the_checkouts_models_folder_here() -> None:
    assert models_dir().resolve() == (REPO / "models").resolve()


def test_edge_models_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGE_MODELS", str(tmp_path))
    assert models_dir() == tmp_path
    assert samples.conversation() == str(tmp_path / "samples" / "conversation.wav")


def test_sample_conversation_is_found_through_the_package() -> None:
    assert Path(samples.conversation()).is_file()
    assert samples.conversation_lines() == SAMPLE_LINES


@pytest.fixture(scope="module")
def source_files() -> list[str]:
    """Tracked and not-ignored untracked files that exist: what a clone with the current work would hold."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout to know which files belong to the source tree")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (REPO / name).is_file()]


@pytest.fixture(scope="module")
def wheel(source_files: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the source tree (an in-tree build would leave build/ in the checkout)."""
    source = tmp_path_factory.mktemp("source")
    for name in source_files:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(dist)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (built,) = dist.glob("edge-*.whl")
    return built


@pytest.mark.slow
def test_wheel_carries_every_runtime_artifact_and_no_training_script(wheel: Path, source_files: list[str]) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n.removeprefix("edge/_models/") for n in names if n.startswith("edge/_models/")}
    missing = [a for a in RUNTIME_ARTIFACTS if a not in shipped]
    assert not missing, f"the wheel lacks {missing}"
    # Every runtime file under models/ travels, found by extension; scripts and ignored files do not.
    in_models = {n.removeprefix("models/") for n in source_files if n.startswith("models/")}
    assert {n for n in in_models if n.endswith(CARRIED)} == shipped - {"__init__.py"}
    unknown = [n for n in in_models if not n.endswith(CARRIED + NOT_CARRIED)]
    assert not unknown, f"decide whether {unknown} ship: package-data in pyproject.toml, or NOT_CARRIED here"
    assert not [n for n in shipped if n.endswith((".py", ".sh")) and n != "__init__.py"]
    # Every module of the package is in it (a folder without __init__.py is easily left behind).
    modules = {n for n in source_files if n.startswith(("edge/", "firmware_bridge/")) and n.endswith(".py")}
    assert modules <= names, sorted(modules - names)
    # The glasses' C sources, linker script and Makefile travel too (`firmware_bridge.mcu.build()` needs them).
    bridge = {n for n in source_files if n.startswith("firmware_bridge/") and not n.endswith(".gitignore")}
    assert bridge <= names, f"add {sorted(bridge - names)} to firmware_bridge's package-data in pyproject.toml"


@pytest.fixture
def venv(tmp_path: Path) -> Iterator[Path]:
    """A fresh virtual environment without pip, removed afterwards (it grows to ~700 MB)."""
    folder = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_wheel_installed_outside_the_checkout_runs_the_demo(wheel: Path, venv: Path, tmp_path: Path) -> None:
    python = venv / "bin" / "python"
    # The project's pip installs into the fresh venv (pip --python): dependencies come from the registry or pip's
    # cache; --no-compile keeps it quick.
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile", f"{wheel}[whisper]"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "EDGE_MODELS", "VIRTUAL_ENV")}
    env.update(PATH=f"{venv / 'bin'}:/usr/bin:/bin", EDGE_HOME=str(tmp_path / "home"))

    where = subprocess.run(
        [str(python), "-c", "import edge, edge.home; print(edge.__file__); print(edge.home.models_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    package, models = (Path(line) for line in where.stdout.splitlines())
    assert package.is_relative_to(venv) and models.is_relative_to(venv), where.stdout  # not the checkout's

    demo = subprocess.run(
        ["edge", "demo", "--json"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "engine whisper" in demo.stderr
    events = [json.loads(line) for line in demo.stdout.splitlines() if line.startswith("{")]
    utterances = [e for e in events if e.get("type") == "utterance"]
    assert len(utterances) == len(SAMPLE_LINES)
    # The gate fails closed, so a model missing from the wheel would block everything: exactly the health remark
    # is blocked, and the topic model names the restaurant.
    blocked = [u["sensitive"]["categories"] for u in utterances if u["sensitive"]["blocked"]]
    assert blocked == [["health"]], blocked
    assert any(t["label"] == "Dining Out" for t in utterances[0]["topics"]), utterances[0]
    assert any(p["type"] == "phone" for u in utterances for p in u["pii"])
    assert list(elsewhere.iterdir()) == []  # nothing written beside the caller
