"""The shipped int8 models compute the same numbers on every CPU (models/topics/exact_int8.py).

onnxruntime's U8S8 kernels saturate on x86 CPUs without AVX-512 VNNI; there the int8 encoder's embeddings moved by
up to 0.04 per component and the gate's verdicts with them. The weight check fails on every CPU if a model with
int8 weights ships again; the other two fail on any CPU whose kernels do not compute the integer sums exactly.
"""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import helper, numpy_helper

from edge.home import models_dir
from edge.topics.encoder import TOKENIZER_FILE, TextEncoder, load_tokenizer, topics_dir
from tests.encoder_reference import reference_distances

INT8_MODELS = ("topics/encoder.int8.onnx", "privacy/sensitive_head.onnx")


def integer_products(model: onnx.ModelProto) -> list[onnx.NodeProto]:
    return [n for n in model.graph.node if n.op_type == "MatMulInteger"]


@pytest.mark.parametrize("name", INT8_MODELS)
def test_every_integer_product_takes_unsigned_weights(name: str) -> None:
    model = onnx.load(str(models_dir() / name))
    constants = {i.name: i for i in model.graph.initializer}
    products = integer_products(model)
    assert products, f"{name} has no integer matrix products"
    for node in products:
        assert constants[node.input[1]].data_type == onnx.TensorProto.UINT8, node.name
        assert constants[node.input[3]].data_type == onnx.TensorProto.UINT8, node.name


def test_the_encoders_integer_products_are_exact_on_this_cpu() -> None:
    """Every int32 accumulator onnxruntime computes equals the exact integer product of its inputs."""
    model = onnx.load(str(models_dir() / INT8_MODELS[0]))
    constants = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    products = integer_products(model)
    wanted = list(dict.fromkeys(x for n in products for x in (*n.input, n.output[0]) if x and x not in constants))
    model.graph.output.extend(helper.make_value_info(x, onnx.TypeProto()) for x in wanted)
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    tokenizer = load_tokenizer(topics_dir() / TOKENIZER_FILE)
    ids = np.asarray([tokenizer.encode("the church bells woke me up at seven on sunday").ids], np.int64)
    values = {
        **constants,
        **dict(zip(wanted, session.run(wanted, {"input_ids": ids, "attention_mask": np.ones_like(ids)}))),
    }
    for node in products:
        a, b, a_zero, b_zero = (values[x].astype(np.int64) for x in node.input)
        exact = np.matmul(a - a_zero, b - b_zero)
        assert np.array_equal(values[node.output[0]], exact), f"{node.name}: onnxruntime's int32 sums are not exact"


def test_the_encoder_gives_the_reference_embeddings() -> None:
    encoder = TextEncoder.load()
    distances = reference_distances(lambda text: encoder.encode_text(text).embeddings[0])
    assert len(distances) >= 12 and float(np.median(distances)) < 1e-4, np.round(distances, 5).tolist()
