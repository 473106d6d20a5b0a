"""Cortex-M4 cycles from qemu's execution trace: the CPI behind the CPU-load figure, derived instead of guessed.

qemu does not model cycles (and reads DWT_CYCCNT as zero), but with `-d in_asm,exec,nochain` it logs every
translated block's instructions and every block it executes, in order. Replaying that log over the encoder's
functions gives the executed instruction mix, taken branches included (a block ending in a branch is followed by
a block that does not start right after it). Each instruction is then priced with the Cortex-M4 Technical
Reference Manual's cycle counts (ARM DDI 0439, table 3-1), twice:

- `low`: taken branch 1 + P with P = 1, neighbouring loads/stores pipelined (N + 1), IT folded (0 cycles);
- `high`: taken branch 1 + 3, every single load/store 2 cycles, IT 1 cycle, divide 12 cycles.

Both assume zero-wait-state memory (SRAM, or flash behind a cache that the small loops hit); flash wait states
without a cache come on top.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from firmware_bridge.errors import McuError

_INSN = re.compile(r"^0x([0-9a-f]+):\s+((?:[0-9a-f]{4}\s?)+)\s+([a-z][a-z0-9.]*)\s*(.*)$")
_EXEC = re.compile(r"^Trace \d+: \S+ \[[0-9a-f]+/([0-9a-f]+)/")
_CONDITIONS = ("eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al")
_BRANCHES = {"b", "bl", "blx", "bx", "cbz", "cbnz", "tbb", "tbh"} | {
    f"{b}{c}" for b in ("b", "bx") for c in _CONDITIONS
}
_REGISTER_RANGE = re.compile(r"r(\d+)\s*-\s*r(\d+)")


@dataclass(frozen=True)
class Instruction:
    address: int
    size: int
    mnemonic: str  # without the .w/.n width suffix
    operands: str


@dataclass
class CycleEstimate:
    """Instructions executed inside the chosen functions and their cycles under the low and high pricing."""

    instructions: int = 0
    cycles_low: int = 0
    cycles_high: int = 0
    mix: Counter[str] = field(default_factory=Counter)  # instructions per class
    by_function: Counter[str] = field(default_factory=Counter)  # instructions per function

    @property
    def cpi_low(self) -> float:
        return self.cycles_low / self.instructions

    @property
    def cpi_high(self) -> float:
        return self.cycles_high / self.instructions


def read_trace(log: Path) -> tuple[dict[int, list[Instruction]], list[int]]:
    """Blocks as translated (start address -> instructions) and the start addresses of the executed blocks."""
    blocks: dict[int, list[Instruction]] = {}
    executed: list[int] = []
    current: list[Instruction] | None = None
    with log.open() as lines:
        for line in lines:
            insn = _INSN.match(line)
            if insn and current is not None:
                address, size = int(insn.group(1), 16), len(insn.group(2).replace(" ", "")) // 2
                current.append(Instruction(address, size, insn.group(3).split(".")[0], insn.group(4)))
                continue
            if current:
                blocks.setdefault(current[0].address, current)
            current = [] if line.startswith("IN:") else None
            run = _EXEC.match(line)
            if run:
                executed.append(int(run.group(1), 16))
    if current:
        blocks.setdefault(current[0].address, current)
    return blocks, executed


def function_ranges(elf: Path, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """[start, end) address ranges of the named functions in the linked firmware (Thumb bit cleared)."""
    wanted, ranges = set(names), []
    for line in subprocess.run(
        ["arm-none-eabi-nm", "-S", str(elf)], capture_output=True, text=True, check=True
    ).stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] in wanted:
            start = int(parts[0], 16) & ~1
            ranges.append((start, start + int(parts[1], 16), parts[3]))
            wanted.discard(parts[3])
    if wanted:
        raise McuError(f"not in the firmware: {', '.join(sorted(wanted))}")
    return ranges


def _is_branch(insn: Instruction) -> bool:
    if insn.mnemonic in _BRANCHES:
        return True
    writes_pc = insn.mnemonic.startswith(("pop", "ldm")) and "pc" in insn.operands
    return writes_pc or (insn.mnemonic.startswith("ldr") and insn.operands.startswith("pc"))


def _registers(operands: str) -> int:
    listed = operands[operands.find("{") + 1 : operands.find("}")]
    count = 0
    for item in filter(None, (part.strip() for part in listed.split(","))):
        span = _REGISTER_RANGE.fullmatch(item)
        count += int(span.group(2)) - int(span.group(1)) + 1 if span else 1
    return count


def price(insn: Instruction, taken: bool, after_memory: bool) -> tuple[int, int, str]:
    """(low, high) cycles of one executed instruction and its class, per the Cortex-M4 TRM."""
    m = insn.mnemonic
    if m.startswith(("push", "pop", "ldm", "stm")):
        n = _registers(insn.operands)
        refill = (1, 3) if taken else (0, 0)
        return 1 + n + refill[0], 1 + n + refill[1], "load/store multiple"
    if m.startswith(("ldrd", "strd")):
        return 3, 3, "load/store single"
    if m.startswith(("ldr", "str")) and not _is_branch(insn):
        return (1 if after_memory else 2), 2, "load/store single"
    if _is_branch(insn):
        if not taken:
            return 1, 1, "branch not taken"
        base = 2 if m in ("tbb", "tbh") or m.startswith("ldr") else 1
        return base + 1, base + 3, "branch taken"
    if re.fullmatch(r"it[te]{0,3}", m):
        return 0, 1, "it"
    if m in ("sdiv", "udiv"):
        return 2, 12, "divide"
    return 1, 1, "other"


def estimate(log: Path, elf: Path, functions: Iterable[str]) -> CycleEstimate:
    """Replay the executed blocks that start inside `functions` and price their instructions."""
    blocks, executed = read_trace(log)
    ranges = function_ranges(elf, functions)
    result = CycleEstimate()
    after_memory = False
    for i, start in enumerate(executed):
        function = next((name for lo, hi, name in ranges if lo <= start < hi), None)
        if function is None:
            after_memory = False
            continue
        if start not in blocks:
            raise McuError(f"the trace executes a block at 0x{start:x} it never listed; rerun with -d in_asm")
        block = blocks[start]
        following = executed[i + 1] if i + 1 < len(executed) else None
        for k, insn in enumerate(block):
            last = k == len(block) - 1
            taken = last and _is_branch(insn) and following != insn.address + insn.size
            low, high, kind = price(insn, taken, after_memory)
            after_memory = kind == "load/store single"
            result.instructions += 1
            result.cycles_low += low
            result.cycles_high += high
            result.mix[kind] += 1
            result.by_function[function] += 1
    if not result.instructions:
        raise McuError("the trace never entered the chosen functions")
    return result
