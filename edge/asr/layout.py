"""What a Vosk model folder must hold, and the one-line error when it does not."""

from __future__ import annotations

from pathlib import Path

from edge.errors import ModelError


def layout_problems(path: Path) -> list[str]:
    """What is missing for `path` to be a Vosk model folder; empty when the layout is complete.

    Vosk needs the acoustic model (am/final.mdl), its configuration (conf/model.conf), a feature configuration
    (conf/mfcc.conf or conf/fbank.conf) and a decoding graph, either static (graph/HCLG.fst) or a lookahead pair
    (graph/HCLr.fst + graph/Gr.fst).
    """
    path = Path(path)
    if not path.exists():
        return [f"{path} does not exist"]
    if not path.is_dir():
        return [f"{path} is a file, not a model folder"]
    problems = [
        f"{rel} is missing or empty" for rel in ("am/final.mdl", "conf/model.conf") if not _non_empty(path / rel)
    ]
    if not (_non_empty(path / "conf" / "mfcc.conf") or _non_empty(path / "conf" / "fbank.conf")):
        problems.append("conf/mfcc.conf (or conf/fbank.conf) is missing or empty")
    graph = path / "graph"
    static = _non_empty(graph / "HCLG.fst")
    lookahead = _non_empty(graph / "HCLr.fst") and _non_empty(graph / "Gr.fst")
    if not (static or lookahead):
        problems.append("graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst) is missing or empty")
    return problems


def check_layout(path: Path) -> Path:
    """Return `path` if it is a Vosk model folder, else raise ModelError saying what is missing."""
    problems = layout_problems(Path(path))
    if problems:
        raise ModelError(
            f"not a usable Vosk model folder: {'; '.join(problems)}; "
            "pull one with `edge models pull NAME` or unzip a model from https://alphacephei.com/vosk/models there"
        )
    return Path(path)


def _non_empty(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0
