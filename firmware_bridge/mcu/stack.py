"""Worst-case stack depth of the encoder's entry points, from the compiler's own figures.

GCC writes each function's frame size (`-fstack-usage`) and the direct calls it makes (`-fcallgraph-info=su`, one
VCG file per object). The worst case of an entry point is the largest sum of frames along any call path from it.
Functions outside the object (newlib's memset/memmove) carry no figure, so their frame is read from the linked
firmware's disassembly; they must be leaves (no calls out), or the analysis refuses. So does anything it cannot
bound: recursion, an indirect call, or a frame GCC marks as dynamic and unbounded.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from firmware_bridge.errors import McuError

_NODE = re.compile(r'node: \{ title: "([^"]+)" label: "([^"]*)"')
_EDGE = re.compile(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"')
_FRAME = re.compile(r"\\n(\d+) bytes \(([a-z,]+)\)")
_PUSH = re.compile(r"\bpush(?:\.w)?\s+\{([^}]*)\}")
_SUB_SP = re.compile(r"\bsub(?:\.w|w)?\s+sp,\s*(?:sp,\s*)?#(\d+)")
_CALL = re.compile(r"\b(bl|blx)\b")
_TARGET = re.compile(r"<([^+>]+)(?:\+0x[0-9a-f]+)?>")


@dataclass
class Function:
    """A call-graph node: its own frame in bytes (None for a function defined elsewhere) and its callees."""

    name: str
    frame: int | None
    qualifier: str = "static"
    callees: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StackBound:
    """The deepest call path from an entry point and the bytes of stack it needs (frames summed)."""

    entry: str
    bytes: int
    path: tuple[tuple[str, int], ...]  # (function, its frame) from the entry down


def read_callgraph(ci_file: Path) -> dict[str, Function]:
    """Nodes of one `-fcallgraph-info=su` file, keyed by title (static functions are titled "FILE:name")."""
    text = ci_file.read_text()
    graph: dict[str, Function] = {}
    for title, label in _NODE.findall(text):
        frame = _FRAME.search(label)
        name = title.rsplit(":", 1)[-1]
        graph[title] = Function(name, int(frame.group(1)) if frame else None, frame.group(2) if frame else "extern")
    for source, target in _EDGE.findall(text):
        graph[source].callees.append(target)
        graph.setdefault(target, Function(target.rsplit(":", 1)[-1], None, "extern"))
    return graph


def leaf_frame(elf: Path, symbol: str) -> int:
    """Stack a leaf function of the linked firmware uses at most: all its pushes plus all its `sub sp`."""
    listing = subprocess.run(
        ["arm-none-eabi-objdump", "-d", f"--disassemble={symbol}", str(elf)], capture_output=True, text=True, check=True
    ).stdout
    body = listing.split(f"<{symbol}>:", 1)
    if len(body) != 2:
        raise McuError(f"{symbol} is not in {elf.name}: the stack of a function the encoder calls is unknown")
    pushed = subtracted = 0
    for line in body[1].splitlines():
        if _CALL.search(line) or any(t != symbol for t in _TARGET.findall(line)):
            raise McuError(f"{symbol} calls or jumps out ({line.strip()}); extend the stack analysis to follow it")
        push = _PUSH.search(line)
        if push:
            pushed += 4 * len(push.group(1).split(","))  # summed over all pushes: an upper bound
        sub = _SUB_SP.search(line)
        if sub:
            subtracted += int(sub.group(1))
    return pushed + subtracted


def worst_case(graph: dict[str, Function], entry: str, elf: Path) -> StackBound:
    """The deepest path from `entry` (a node title); library leaves are measured in `elf`."""
    leaves: dict[str, int] = {}

    def frame_of(title: str) -> int:
        node = graph[title]
        if node.frame is not None:
            if node.qualifier == "dynamic":
                raise McuError(f"{node.name} has an unbounded dynamic stack frame; its worst case is unknown")
            return node.frame
        if node.name == "__indirect_call":
            raise McuError("the encoder makes an indirect call; its worst-case stack cannot be bounded statically")
        if node.name not in leaves:
            leaves[node.name] = leaf_frame(elf, node.name)
        return leaves[node.name]

    def deepest(title: str, on_path: frozenset[str]) -> tuple[int, tuple[tuple[str, int], ...]]:
        if title in on_path:
            raise McuError(f"{graph[title].name} is recursive; its worst-case stack cannot be bounded statically")
        own = frame_of(title)
        below = [deepest(callee, on_path | {title}) for callee in dict.fromkeys(graph[title].callees)]
        depth, path = max(below, default=(0, ()))
        return own + depth, ((graph[title].name, own),) + path

    total, path = deepest(entry, frozenset())
    return StackBound(graph[entry].name, total, path)


def reachable(graph: dict[str, Function], entry: str) -> set[str]:
    """Names of every function a call from `entry` (a node title) can run, the entry included."""
    seen, todo = set(), [entry]
    while todo:
        title = todo.pop()
        if title not in seen:
            seen.add(title)
            todo.extend(graph[title].callees)
    return {graph[title].name for title in seen}


def entry_points(graph: dict[str, Function]) -> list[str]:
    """Titles of the functions the object exports: defined here (have a frame) and not file-static."""
    return [title for title, node in graph.items() if node.frame is not None and ":" not in title]


def library_graph(build_dir: Path) -> dict[str, Function]:
    """The call graph of edge_bridge.c as one build compiled it."""
    ci_file = build_dir / "edge_bridge.ci"
    if not ci_file.is_file():
        raise McuError(f"{ci_file} missing: build with -fcallgraph-info=su (the mcu Makefile does)")
    return read_callgraph(ci_file)


def library_bounds(build_dir: Path, elf: Path) -> dict[str, StackBound]:
    """Worst-case stack of every exported function of edge_bridge.c in one build, keyed by function name."""
    graph = library_graph(build_dir)
    return {graph[title].name: worst_case(graph, title, elf) for title in entry_points(graph)}
