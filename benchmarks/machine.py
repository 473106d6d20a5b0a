"""Describe the machine a benchmark ran on, so a JSON result means something on its own."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import re
from pathlib import Path
from typing import Any

PACKAGES = (
    "edge",
    "numpy",
    "onnxruntime",
    "vosk",
    "tokenizers",
    "faster-whisper",
    "ctranslate2",
    "sounddevice",
    "psutil",
    "matplotlib",
)
ARM_PARTS = {
    "0xd03": "Cortex-A53",
    "0xd04": "Cortex-A35",
    "0xd05": "Cortex-A55",
    "0xd07": "Cortex-A57",
    "0xd08": "Cortex-A72",
    "0xd0b": "Cortex-A76",
    "0xd0c": "Neoverse-N1",
    "0xd40": "Neoverse-V1",
    "0xd49": "Neoverse-N2",
}


def _cpuinfo() -> str:
    try:
        return Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return ""


def cpu_model() -> str:
    """A human name for the CPU: x86 "model name", or the board model / ARM core name on a Pi."""
    info = _cpuinfo()
    for key in ("model name", "Model"):
        match = re.search(rf"^{key}\s*:\s*(.+)$", info, re.M)
        if match:
            name = match.group(1).strip()
            part = re.search(r"^CPU part\s*:\s*(\S+)", info, re.M)
            if part and part.group(1) in ARM_PARTS and ARM_PARTS[part.group(1)] not in name:
                name += f" ({ARM_PARTS[part.group(1)]})"
            return name
    part = re.search(r"^CPU part\s*:\s*(\S+)", info, re.M)
    if part:
        return ARM_PARTS.get(part.group(1), f"ARM part {part.group(1)}")
    return platform.processor() or platform.machine()


def ram_bytes() -> int | None:
    try:
        match = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        return int(match.group(1)) * 1024 if match else None
    except OSError:
        return None


def os_name() -> str:
    try:
        match = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', Path("/etc/os-release").read_text(), re.M)
        if match:
            return f"{match.group(1)} ({platform.system()} {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def describe() -> dict[str, Any]:
    """CPU, cores, RAM, OS, Python and package versions; `emulation` says when this was qemu, not hardware."""
    ram = ram_bytes()
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu": cpu_model(),
        "arch": platform.machine(),
        "cores": os.cpu_count(),
        "cores_usable": affinity,
        "ram_gib": round(ram / 2**30, 1) if ram else None,
        "os": os_name(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": versions(),
        "emulation": os.environ.get("EDGE_BENCH_EMULATION") or None,
    }


def slug(desc: dict[str, Any]) -> str:
    """A file name for this machine's results, e.g. `x86_64-intel-xeon-processor-2c`."""
    cpu = re.sub(r"\((r|tm)\)|cpu|@.*$", "", desc["cpu"].lower())
    cpu = re.sub(r"[^a-z0-9]+", "-", cpu).strip("-")[:40].strip("-")
    name = f"{desc['arch']}-{cpu}-{desc['cores']}c"
    return f"{name}-emulated" if desc.get("emulation") else name
