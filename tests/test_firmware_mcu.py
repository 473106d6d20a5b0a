"""The reference encoder on an emulated Cortex-M4 (qemu mps2-an386, semihosting): built with the shipping flags, it
must produce every shared vector byte for byte like the Python encoder, parse every vector like the Python decoder,
and the figures' methods (instruction counter, static stack bound) must hold on the real firmware."""

from __future__ import annotations

import json
import re
import subprocess

import numpy as np
import pytest

from firmware_bridge import Codec, FrameDecoder
from firmware_bridge.errors import McuError
from firmware_bridge.mcu import MCU_DIR, Firmware, build, cycles, instructions, missing_tools, run, stack
from firmware_bridge.vectors import generate

MISSING = missing_tools()
needs_tools = pytest.mark.skipif(MISSING is not None, reason=f"Cortex-M4 build/emulator: {MISSING}")

VECTORS = json.loads(generate.MANIFEST.read_text())["vectors"]


@pytest.fixture(scope="module")
def firmware(tmp_path_factory) -> Firmware:
    if MISSING:
        pytest.skip(f"Cortex-M4 build/emulator: {MISSING}")
    return build("-Os", tmp_path_factory.mktemp("mcu") / "Os")


@pytest.fixture(scope="module")
def python_bytes() -> dict[str, bytes]:
    """Every vector encoded now by the Python codec (not read back from the committed files)."""
    return {name: data for name, data, _ in generate.build()}


def python_parse(data: bytes) -> str:
    decoder = FrameDecoder()
    frames = decoder.feed(data) + decoder.finish()
    return "".join(f"{int(f.type)} {f.seq} {f.timestamp_ms} {f.message.pack().hex()};" for f in frames)


def test_every_vector_encodes_on_the_mcu_byte_for_byte_like_python(firmware, python_bytes):
    encoded = [v for v in VECTORS if v["c_command"]]
    outputs = run(firmware, [v["c_command"] for v in encoded])
    assert len(encoded) == len(VECTORS) - 1 == 18  # all but the noisy capture, which is input to the parser
    for vector, hex_out in zip(encoded, outputs):
        assert hex_out == python_bytes[vector["name"]].hex(), vector["name"]
        assert bytes.fromhex(hex_out) == (generate.HERE / vector["file"]).read_bytes(), vector["name"]


def test_mcu_parser_agrees_with_python_on_every_vector(firmware):
    datas = [(generate.HERE / v["file"]).read_bytes() for v in VECTORS]
    outputs = run(firmware, ["parse " + d.hex() for d in datas])
    for vector, data, out in zip(VECTORS, datas, outputs):
        frames, crc_errors = out.split("|crc=")
        assert frames == python_parse(data), vector["name"]
        if vector["name"] == "noisy_stream":
            assert int(crc_errors) >= 1  # the corrupted frame is rejected by its CRC, the rest recovered


def test_random_sessions_on_the_mcu_match_python(firmware):
    """Streams the vectors do not cover: every codec, odd and maximal frame sizes, silence, full-scale noise."""
    rng = np.random.default_rng(16)
    cases = [
        (Codec.ADPCM, 320, rng.normal(0, 3000, 3217)),
        (Codec.ADPCM, 438, rng.integers(-32768, 32768, 2000)),
        (Codec.ADPCM, 1, rng.normal(0, 20000, 9)),
        (Codec.ADPCM, 77, np.zeros(500)),
        (Codec.PCM16, 111, rng.integers(-32768, 32768, 1000)),
        (Codec.PCM16, 80, rng.normal(0, 8000, 1601)),
    ]
    pcms = [np.clip(np.round(x), -32768, 32767).astype(np.int16) for _, _, x in cases]
    lines = [f"stream {int(c)} {spf} {len(p)} " + " ".join(map(str, p.tolist())) for (c, spf, _), p in zip(cases, pcms)]
    for (codec, spf, _), pcm, out in zip(cases, pcms, run(firmware, lines)):
        assert bytes.fromhex(out) == generate.stream_bytes(codec, spf, pcm), (codec.name, spf)


def test_mcu_crc_check_value_and_refusals(firmware):
    lines = ["crc " + b"123456789".hex(), "frame 0 0 audio 1 0 0 0 439 " + " ".join(["0"] * 439),
             "frame 0 0 led 3 0", "stream 1 0 0", "selftest"]  # fmt: skip
    assert run(firmware, lines) == ["29b1", "ERROR", "ERROR", "ERROR samples per frame", "ERROR unknown command"]


def test_instruction_counter_counts_exactly_one_per_instruction(firmware):
    """`calibrate N` times a loop of exactly 2N instructions (subs + bne): the icount conversion must be exact."""
    short, long, longer = (int(t) for t in run(firmware, ["calibrate 1000", "calibrate 2000", "calibrate 50000"],
                                               count_instructions=True))  # fmt: skip
    assert instructions(long) - instructions(short) == 2000
    assert instructions(longer) - instructions(short) == 98_000
    assert 0 <= instructions(short) - 2000 <= 8  # the call and the counter reads around the loop


def test_static_stack_bound_covers_the_stack_the_firmware_used(firmware):
    """Paint-and-scan around every library call while all vectors run: never deeper than the call-graph bound."""
    lines = [v["c_command"] for v in VECTORS if v["c_command"]]
    lines += ["parse " + (generate.HERE / v["file"]).read_bytes().hex() for v in VECTORS]
    lines += ["crc " + b"123456789".hex(), "stack"]
    tokens = run(firmware, lines)[-1].split()
    measured = dict(zip(tokens[::2], map(int, tokens[1::2])))
    bounds = stack.library_bounds(firmware.build_dir, firmware.elf)
    control = max(bounds[f"eb_write_{kind}"].bytes for kind in ("hello", "button", "wake", "end_of_speech",
                                                                 "status", "led", "ack"))  # fmt: skip
    static = {"eb_write_audio": bounds["eb_write_audio"].bytes, "eb_write_control": control,
              "eb_parser_push": bounds["eb_parser_push"].bytes, "eb_crc16": bounds["eb_crc16"].bytes}  # fmt: skip
    assert set(measured) == set(static)
    for entry, used in measured.items():
        assert 0 < used <= static[entry], entry
    assert [name for name, _ in bounds["eb_parser_push"].path][-1] == "memmove"  # newlib leaf, from disassembly


def test_missing_firmware_is_a_one_line_error(tmp_path):
    with pytest.raises(McuError, match="no firmware at .*build it first"):
        run(tmp_path / "runner.elf", ["crc 00"])


def test_cycle_model_prices_a_known_loop_from_the_trace(firmware, tmp_path):
    """`calibrate 1000` runs spin(): 1000 x (subs + bne), the last bne falls through, then bx lr returns."""
    log = tmp_path / "trace.log"
    run(firmware, ["calibrate 1000"], trace=log)
    model = cycles.estimate(log, firmware.elf, ["spin"])
    assert model.instructions == 2001
    assert model.mix == {"other": 1000, "branch taken": 1000, "branch not taken": 1}
    assert (model.cycles_low, model.cycles_high) == (1000 + 1000 * 2 + 1, 1000 + 1000 * 4 + 1)


def test_trace_and_icount_agree_on_the_audio_path(firmware, tmp_path):
    """Two independent counts of eb_write_audio's instructions: the execution trace and the icount clock."""
    pcm = np.round(9000 * np.sin(np.arange(960) * 0.05)).astype(np.int16)
    line = f"profile 1 320 {len(pcm)} " + " ".join(map(str, pcm.tolist()))
    counted = [instructions(int(t)) for t in run(firmware, [line], count_instructions=True)[0].split()]
    log = tmp_path / "trace.log"
    run(firmware, [line], trace=log)
    functions = stack.reachable(stack.library_graph(firmware.build_dir), "eb_write_audio")
    model = cycles.estimate(log, firmware.elf, functions)
    assert len(counted) == 3 and model.by_function["eb_crc16"] > 0
    assert 0 <= sum(counted) - model.instructions <= 3 * 16  # icount also sees the call and the counter read
    assert 1.0 <= model.cpi_low < model.cpi_high <= 2.5


def test_pricing_counts_registers_and_pc_writes():
    pop = cycles.Instruction(0, 2, "pop", "{r4, r5, r6, pc}")
    assert cycles.price(pop, taken=True, after_memory=False) == (1 + 4 + 1, 1 + 4 + 3, "load/store multiple")
    push = cycles.Instruction(0, 4, "push", "{r4-r9, lr}")
    assert cycles.price(push, taken=False, after_memory=False)[:2] == (8, 8)
    load = cycles.Instruction(0, 2, "ldrsh", "r4, [r3, r5, lsl #1]")
    assert cycles.price(load, taken=False, after_memory=True)[:2] == (1, 2)
    assert cycles.price(cycles.Instruction(0, 2, "itt", "eq"), taken=False, after_memory=False)[:2] == (0, 1)


@needs_tools
def test_readme_integration_example_compiles_for_the_cortex_m4(tmp_path):
    readme = (MCU_DIR.parent / "README.md").read_text()
    example = re.search(r"```c\n(.*?)```", readme, re.S)
    assert example, "firmware_bridge/README.md lost its C example"
    (tmp_path / "glasses.c").write_text(example.group(1))
    subprocess.run(
        ["arm-none-eabi-gcc", "-mcpu=cortex-m4", "-mthumb", "-Os", "-std=c99", "-Wall", "-Wextra", "-Werror",
         f"-I{MCU_DIR.parent / 'c'}", "-c", str(tmp_path / "glasses.c"), "-o", str(tmp_path / "glasses.o")],
        check=True,
    )  # fmt: skip
