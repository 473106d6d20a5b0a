"""The README's Python example, verbatim, from a folder that is not the checkout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_LINES


def readme_block(section: str, language: str) -> str:
    """The first ```language block under the README heading `## section`."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    heading = re.search(rf"^## {re.escape(section)}\n", text, re.MULTILINE)
    assert heading, f"README has no section '## {section}'"
    block = re.compile(rf"^```{language}\n(.*?)^```", re.MULTILINE | re.DOTALL).search(text, heading.end())
    assert block, f"README section '{section}' has no {language} block"
    return block.group(1)


@pytest.mark.slow
def test_python_api_example_runs_from_any_folder(tmp_path: Path) -> None:
    example = tmp_path / "example.py"
    example.write_text(readme_block("Python API", "python"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "EDGE_MODELS")}
    run = subprocess.run(
        [sys.executable, str(example)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]
    # One line per utterance: start, blocked, topic labels; partial captions start with "…".
    lines = [line for line in run.stdout.splitlines() if not line.startswith("…")]
    assert len(lines) == len(SAMPLE_LINES), run.stdout
    assert [line.split(" ", 2)[1] for line in lines].count("True") == 1  # the health remark
    assert any("'Dining Out'" in line for line in lines)
