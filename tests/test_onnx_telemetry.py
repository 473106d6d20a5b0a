"""onnxruntime keeps nothing outside EDGE_HOME: no device id, no telemetry store under ~/.cache."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

SESSION = """
import edge.onnx as onnx
from pathlib import Path
onnx.open_session(Path(%r) / "models" / "vad" / "silero_vad_v6.onnx")
"""

BARE = """
import onnxruntime as ort
ort.InferenceSession(%r + "/models/vad/silero_vad_v6.onnx", providers=["CPUExecutionProvider"])
"""


# onnxruntime switches its telemetry off by itself when one of these says it runs in CI (so a CI run would see
# nothing written either way); the child runs without them, as on a wearer's device.
CI_MARKERS = set(
    "CI TF_BUILD GITHUB_ACTIONS GITLAB_CI CIRCLECI TRAVIS JENKINS_URL CODEBUILD_BUILD_ID BUILDKITE TEAMCITY_VERSION "
    "APPVEYOR BITBUCKET_BUILD_NUMBER".split()
)


def run_with_home(code: str, home) -> set[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k != "ORT_DISABLE_TELEMETRY" and k not in CI_MARKERS
    }
    env["HOME"] = str(home)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120, cwd=home)
    return {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()}


def test_an_edge_session_writes_nothing_under_home(tmp_path):
    assert run_with_home(SESSION % str(REPO), tmp_path) == set()


def test_the_check_can_fail_bare_onnxruntime_does_write_there(tmp_path):
    written = run_with_home(BARE % str(REPO), tmp_path)
    assert any("onnxruntime" in p for p in written), written  # what edge prevents
