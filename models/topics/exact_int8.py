"""Make an int8 model compute the same numbers on every CPU: signed int8 weights -> unsigned, zero point 128.

`quantize_dynamic` gives each matrix product uint8 activations and int8 weights (U8S8). onnxruntime runs U8S8 on an
x86 CPU without AVX-512 VNNI (AVX2 only) with `vpmaddubsw`, which adds two u8 x s8 products into a saturating
16-bit lane: 255 x 127 x 2 does not fit, so some sums are clipped. On such a CPU 1,579 of the 248,832 accumulators
of the shipped encoder for one sentence came out wrong (up to 28 % of the largest), and the gate's verdicts moved
(three held-out sensitive sentences passed). VNNI and ARM CPUs compute every product exactly.

Shifting each weight by 128 into uint8 and its zero point with it gives the very same integers after the zero
point is subtracted, so the model's arithmetic is unchanged, but onnxruntime now takes its U8U8 kernels, which
widen to 16 bits before multiplying and are exact on every CPU. Nothing is retrained and no precision is lost.

    python models/topics/exact_int8.py models/topics/encoder.int8.onnx models/privacy/sensitive_head.onnx
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np


def unsigned_weights(path: Path) -> int:
    """Rewrite every MatMulInteger of the model at `path` whose weights are an int8 constant; returns how many."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    constants = {i.name: i for i in graph.initializer}
    rewritten, shifted = 0, set()
    for node in graph.node:
        if node.op_type != "MatMulInteger" or node.input[1] not in constants:
            continue
        weights = constants[node.input[1]]
        if weights.data_type != onnx.TensorProto.INT8 and weights.name not in shifted:
            continue
        if len(node.input) < 4 or node.input[3] not in constants:
            raise ValueError(f"{path}: {node.name} has int8 weights without a constant zero point")
        for tensor in (weights, constants[node.input[3]]):
            if tensor.name in shifted:  # a constant two products share
                continue
            values = numpy_helper.to_array(tensor).astype(np.int16) + 128
            tensor.CopyFrom(numpy_helper.from_array(values.astype(np.uint8), tensor.name))
            shifted.add(tensor.name)
        rewritten += 1
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return rewritten


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path, help="int8 ONNX files, rewritten in place")
    for path in parser.parse_args().models:
        print(f"{path}: {unsigned_weights(path)} matrix products now take uint8 weights")


if __name__ == "__main__":
    main()
