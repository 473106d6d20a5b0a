"""Stop 38 experiment, measured and not shipped (privacy MODEL_CARD, "the word in its sentence"): the sensitive
head also reads how the sentence moved each proposed term: the unit last-layer state of the term's tokens in the
sentence minus that of the term encoded alone, averaged over the lexicon's unguarded hits (zeros without a hit).

    python models/privacy/experiments/term_shift.py train --out DIR [--plain-heads]   # train_sensitive.py with it
    python models/privacy/experiments/term_shift.py run SCRIPT [ARGS]   # e.g. models/privacy/evaluate.py, run
                                                                        # from a checkout holding DIR's head files

`--plain-heads` adds three heads that read the embedding alone (the mean of six). Training time only.
"""

from __future__ import annotations

import hashlib
import runpy
import sys
from pathlib import Path

import numpy as np

REPO = Path.cwd()
sys.path.insert(0, str(REPO))
STATE = "/bert/encoder/layer.5/output/LayerNorm/LayerNormalization_output_0"
WORK = Path("/tmp/edge-term-shift")


class TermShift:
    def __init__(self, threads: int = 2) -> None:
        import onnx
        import onnxruntime as ort

        from edge.privacy.lexicon import Lexicon
        from edge.topics.encoder import load_tokenizer, topics_dir

        WORK.mkdir(exist_ok=True)
        graph = WORK / "encoder_tokens.onnx"
        if not graph.exists():
            model = onnx.load(str(topics_dir() / "encoder.int8.onnx"))
            model.graph.output.append(onnx.helper.make_tensor_value_info(STATE, onnx.TensorProto.FLOAT, [1, None, 384]))
            onnx.save(model, str(graph))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self.tokenizer = load_tokenizer(topics_dir() / "tokenizer.json")
        self.lexicon = Lexicon.load()
        self.known: dict[str, np.ndarray] = {}

    def states(self, text: str):
        encoding = self.tokenizer.encode(text)
        ids = np.asarray([encoding.ids], dtype=np.int64)
        states = self.session.run([STATE], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
        return encoding.offsets, states

    @staticmethod
    def unit_mean(states: np.ndarray, rows: list[int]) -> np.ndarray:
        v = states[rows].mean(axis=0)
        return v / (np.linalg.norm(v) + 1e-6)

    def one(self, text: str) -> np.ndarray:
        hits = self.lexicon.hits(text)
        if not hits:
            return np.zeros(384, np.float32)
        offsets, states = self.states(text)
        shifts = []
        for hit in hits:
            rows = [i for i, (s, e) in enumerate(offsets) if e > s and s < hit.end and hit.start < e]
            if rows:
                shifts.append(self.unit_mean(states, rows) - self.alone(text[hit.start : hit.end].lower()))
        return np.mean(shifts, axis=0).astype(np.float32) if shifts else np.zeros(384, np.float32)

    def alone(self, term: str) -> np.ndarray:
        offsets, states = self.states(term)
        return self.unit_mean(states, [i for i, (s, e) in enumerate(offsets) if e > s])

    def of(self, texts: list[str]) -> np.ndarray:
        """For training: one row per text, remembered by the text's SHA-1 for the process's life."""
        out = np.zeros((len(texts), 384), np.float32)
        for row, text in enumerate(texts):
            key = hashlib.sha1(text.encode()).hexdigest()
            if key not in self.known:
                self.known[key] = self.one(text)
            out[row] = self.known[key]
        return out


def train(args: list[str]) -> None:
    sys.path.insert(0, str(REPO / "models" / "privacy"))
    import train_sensitive as ts

    plain_heads = "--plain-heads" in args
    sys.argv = [sys.argv[0], *[a for a in args if a != "--plain-heads"]]
    shift = TermShift()
    features, fit = ts.Features.of, ts.train

    def of(self, texts):
        emb, lex, ids = features(self, texts)
        return np.concatenate([emb, shift.of(texts)], axis=1), lex, ids

    def train_one(feats, rows, epochs=10, seed=ts.SEED):
        if seed - ts.SEED < ts.HEADS // 2 or not plain_heads:
            return fit(feats, rows, epochs, seed)
        import torch

        emb, lex, ids = feats
        plain = emb.copy()
        plain[:, 384:] = 0
        model = fit((plain, lex, ids), rows, epochs, seed - ts.HEADS // 2)
        with torch.no_grad():
            model.mlp[0].weight[:, 384:768] = 0  # trained on zeros: reads the embedding alone
        return model

    ts.Features.of, ts.train = of, train_one
    if plain_heads:
        ts.HEADS *= 2
    ts.main()


def run(args: list[str]) -> None:
    from dataclasses import replace

    from edge.privacy import sensitive_model as sm

    shift: list[TermShift] = []
    scores = sm.SensitiveModel.passage_scores

    def passage_scores(self, original, encoded):
        """The shipped rule, fed [embedding, term shift] as the head's embedding."""
        if not shift:
            shift.append(TermShift(threads=1))
        extra = np.stack([shift[0].one(p) for p in encoded.passages])
        return scores(self, original, replace(encoded, embeddings=np.concatenate([encoded.embeddings, extra], axis=1)))

    sm.SensitiveModel.passage_scores = passage_scores  # type: ignore[method-assign]
    sys.argv = args
    runpy.run_path(args[0], run_name="__main__")


if __name__ == "__main__":
    {"train": train, "run": run}[sys.argv[1]](sys.argv[2:])
