"""The reference encoder on a microcontroller: build it for a Cortex-M4 and run it on qemu's mps2-an386 board.

`build()` runs this folder's Makefile (arm-none-eabi-gcc, newlib-nano); `run()` boots the firmware under
qemu-system-arm with semihosting, feeds it `vector_tool.c`-style command lines and returns one result line per
command. With `count_instructions=True` qemu runs in icount mode, where every instruction advances the virtual
clock by exactly 2**ICOUNT_SHIFT ns, so the board's 25 MHz FPGAIO counter that the firmware reads counts
instructions: `instructions(ticks)` converts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from firmware_bridge.errors import McuError

MCU_DIR = Path(__file__).resolve().parent
DEFAULT_BUILD = MCU_DIR / "build"
BOARD = "mps2-an386"
CPU = "Cortex-M4"
ICOUNT_SHIFT = 7  # 128 ns of virtual time per instruction: 3.2 counter ticks each, so rounding is exact
COUNTER_HZ = 25_000_000  # mps2 FPGAIO COUNTER runs on the board's 25 MHz prescaler clock
# tool -> the Debian package that brings it
TOOLS = {"make": "make", "arm-none-eabi-gcc": "gcc-arm-none-eabi", "qemu-system-arm": "qemu-system-arm"}


def missing_tools() -> str | None:
    """One line saying which tool is missing and how to install it; None when the build and the emulator can run."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        packages = " ".join(TOOLS[tool] for tool in missing)
        return f"{', '.join(missing)} not installed (apt-get install {packages})"
    specs = subprocess.run(
        ["arm-none-eabi-gcc", "-print-file-name=nano.specs"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if not Path(specs).is_file():
        return "newlib for arm-none-eabi not installed (apt-get install libnewlib-arm-none-eabi)"
    return None


@dataclass(frozen=True)
class Firmware:
    """One build of the vector runner: its folder holds the objects, .su/.ci stack files, the map and the ELF."""

    build_dir: Path
    opt: str

    @property
    def elf(self) -> Path:
        return self.build_dir / "runner.elf"

    @property
    def library_object(self) -> Path:
        return self.build_dir / "edge_bridge.o"

    def objects(self) -> list[Path]:
        return sorted(self.build_dir.glob("*.o"))


def build(opt: str = "-Os", build_dir: Path | None = None) -> Firmware:
    """Compile and link the firmware with `-mcpu=cortex-m4 -mthumb OPT` (make is incremental)."""
    reason = missing_tools()
    if reason:
        raise McuError(f"cannot build the Cortex-M4 firmware: {reason}")
    out = build_dir or DEFAULT_BUILD / opt.lstrip("-")
    result = subprocess.run(
        ["make", "-C", str(MCU_DIR), f"OPT={opt}", f"BUILD={out}"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        said = result.stderr.strip().splitlines() or ["(no output)"]
        first_error = next((line for line in said if "error" in line), said[-1])
        raise McuError(f"firmware build with {opt} failed: {first_error} (run: make -C {MCU_DIR} OPT={opt})")
    return Firmware(out, opt)


def run(
    firmware: Firmware | Path,
    lines: Sequence[str],
    *,
    count_instructions: bool = False,
    trace: Path | None = None,
    timeout: float = 120.0,
) -> list[str]:
    """Boot the firmware on the emulated board, feed it `lines` (one command each), return one result per line.

    `trace`: write qemu's log of translated and executed blocks there (for `firmware_bridge.mcu.cycles`).
    """
    elf = firmware.elf if isinstance(firmware, Firmware) else Path(firmware)
    if not elf.is_file():
        raise McuError(f"no firmware at {elf}: build it first (firmware_bridge.mcu.build())")
    if any("\n" in line for line in lines):
        raise McuError("a runner command must be one line; split it into several")
    # The commands carry PCM samples: keep them in memory (tmpfs) where the host has one, and delete them after.
    memory = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="edge-mcu-", dir=memory) as tmp:
        work = Path(tmp)
        (work / "input.txt").write_text("".join(line + "\n" for line in lines))
        command = ["qemu-system-arm", "-M", BOARD, "-nographic", "-monitor", "none", "-serial", "none",
                   "-semihosting-config", "enable=on,target=native,arg=runner,arg=input.txt,arg=output.txt",
                   "-kernel", str(elf.resolve())]  # fmt: skip
        if count_instructions:
            command += ["-icount", f"shift={ICOUNT_SHIFT}"]
        if trace is not None:
            command += ["-d", "in_asm,exec,nochain", "-D", str(trace.resolve())]
        try:
            result = subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise McuError(f"the emulated firmware did not finish within {timeout:g} s") from None
        if result.returncode != 0:
            said = " ".join((result.stdout + result.stderr).split()) or "no message"
            raise McuError(f"the emulated firmware failed (exit {result.returncode}): {said}")
        output = (work / "output.txt").read_text().splitlines() if (work / "output.txt").is_file() else []
    if len(output) != len(lines):
        raise McuError(f"the firmware answered {len(output)} lines to {len(lines)} commands")
    return output


def instructions(ticks: int) -> int:
    """Instructions executed while the FPGAIO counter advanced by `ticks` (icount mode only)."""
    return round(ticks * 1e9 / COUNTER_HZ / 2**ICOUNT_SHIFT)
