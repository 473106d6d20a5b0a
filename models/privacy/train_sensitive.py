"""Train the sensitive model (embedding + lexicon proposals + hashed n-grams -> 9 category scores), tune its
thresholds, export the int8 ONNX head and the n-gram table.

Training time only (the `train` extra: torch, onnx). Data (datasets read from $EDGE_DATASETS or --datasets,
never copied into the repository):

- 20 Newsgroups train split, cut 80/20 by a hash of the post id into train and a held-out part:
  sci.med -> health; alt.atheism, soc.religion.christian, talk.religion.misc -> religion; talk.politics.* ->
  political; the other 13 groups -> none. Each post is scored by passages (edge.topics.text).
- CLINC150 train -> none (ordinary voice-assistant requests); CLINC150 val -> the false-block budget.
- templates.py: short sentences per category (frames x fillers) and hard negatives; templates_xx.py: the
  lexicon's German, Spanish, French and Italian terms in neutral frames, and the frames around everyday words.
- tests/data/gate_sentences.jsonl, `train` half only (five languages, paraphrases, trap words, commands), each
  sentence in three renderings (as written, ASR-style lower case without punctuation, Whisper-style capitalised
  and punctuated). The `test` half is never read here.

Thresholds are chosen on out-of-fold scores: the labelled train half is cut in two by a hash, a model trained
without each fold scores it; with the templates' held-out frames, the held-out posts and CLINC150 val they set
per-category thresholds (recall first, then raised while a false-block budget is exceeded). The shipped model
is then trained on everything with those thresholds.

    python models/privacy/train_sensitive.py                # or --datasets /work/shared/datasets
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "models" / "topics"))

from embedding_cache import EmbeddingCache  # noqa: E402
from templates import HARD_NEGATIVES, category_sentences  # noqa: E402
from templates_xx import multilingual_sentences  # noqa: E402

from edge.privacy.lexicon import CATEGORIES, Lexicon  # noqa: E402
from edge.privacy.ngrams import BUCKETS, ngram_ids  # noqa: E402
from edge.privacy.sensitive_model import HEAD_FILE, NGRAM_FILE, SIDECAR_FILE  # noqa: E402
from edge.topics.encoder import TextEncoder, open_session  # noqa: E402
from edge.topics.text import passages  # noqa: E402

VERSION = "sensitive-context-int8/2"
SEED = 7
LABELLED = REPO / "tests" / "data" / "gate_sentences.jsonl"
RECALL_TARGET = 0.975
BUDGETS = {"clinc_val": 0.03, "labelled_ordinary": 0.08, "news_none": 0.08}
"""False-block budgets on validation: assistant requests, short ordinary sentences with trap words, long posts.
Recall first: on the out-of-fold labelled sentences, recall 0.95 costs about 0.15 false blocks, and a gate that
misses a sensitive sentence leaks it; these budgets trade some false blocks for recall."""
PROPOSAL_FACTOR = 0.3
"""A lexicon proposal lowers its category's bar to this fraction of the threshold. Chosen on the out-of-fold
labelled train half: recall 0.867 -> 0.887 (explicit 0.97 -> 0.98), false blocks 0.058 -> 0.069; lower factors
gained nothing more."""
NEWSGROUP_CATEGORY = {
    "sci.med": "health",
    "alt.atheism": "religion",
    "soc.religion.christian": "religion",
    "talk.religion.misc": "religion",
    "talk.politics.guns": "political",
    "talk.politics.mideast": "political",
    "talk.politics.misc": "political",
}


def datasets_dir(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("EDGE_DATASETS") or REPO.parent / "shared" / "datasets")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_heldout(post_id: str) -> bool:
    """The 20 Newsgroups posts held out from training and threshold tuning (about 20%)."""
    return int(hashlib.sha1(post_id.encode()).hexdigest(), 16) % 5 == 0


def newsgroups(datasets: Path, part: str) -> list[dict]:
    """Posts of the 'train' or 'heldout' part, each with its 'category' (None for the non-sensitive groups)."""
    rows = read_jsonl(datasets / "20news" / "train.jsonl")
    keep = [r for r in rows if is_heldout(r["id"]) == (part == "heldout")]
    for r in keep:
        r["category"] = NEWSGROUP_CATEGORY.get(r["group"])
    return keep


def renderings(text: str) -> list[str]:
    """The sentence as written, as an ASR engine without punctuation gives it, and as Whisper punctuates it."""
    plain = " ".join(re.sub(r"[^\w\s'’-]", " ", text).lower().split())
    whisper = text[:1].upper() + text[1:]
    if whisper[-1:] not in ".?!":
        whisper += "?" if re.match(r"(?i)(what|how|who|when|where|why|is|are|do|does|can|should)\b", text) else "."
    return list(dict.fromkeys([text, plain, whisper]))


def fold_of(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2


@dataclass
class Rows:
    """Training or evaluation rows: text, target vector, weight, owner (the unit a row belongs to)."""

    texts: list[str]
    y: np.ndarray
    w: np.ndarray
    owner: np.ndarray


def targets(categories: list[str | None]) -> np.ndarray:
    y = np.zeros((len(categories), len(CATEGORIES)), dtype=np.float32)
    for i, c in enumerate(categories):
        if c is not None:
            y[i, CATEGORIES.index(c)] = 1.0
    return y


def make_rows(texts: list[str], categories: list[str | None], total_weight: float, owner=None) -> Rows:
    w = np.full(len(texts), total_weight / max(1, len(texts)), dtype=np.float32)
    return Rows(texts, targets(categories), w, np.asarray(owner if owner is not None else np.arange(len(texts))))


def post_rows(posts: list[dict], total_weight: float) -> Rows:
    texts, cats, owner = [], [], []
    for i, post in enumerate(posts):
        for piece in passages(post["text"]):
            texts.append(piece)
            cats.append(post["category"])
            owner.append(i)
    return make_rows(texts, cats, total_weight, owner)


def concat(parts: list[Rows]) -> Rows:
    return Rows(
        [t for p in parts for t in p.texts],
        np.concatenate([p.y for p in parts]),
        np.concatenate([p.w for p in parts]),
        np.concatenate([p.owner for p in parts]),
    )


class Features:
    """Embeddings, lexicon proposals and n-gram ids of texts, computed once."""

    def __init__(self, encoder: TextEncoder, lexicon: Lexicon) -> None:
        self.cache = EmbeddingCache("int8")
        self.encoder = encoder
        self.lexicon = lexicon

    def of(self, texts: list[str]):
        emb = self.cache.embed(self.encoder, texts)
        lexicon_files = sorted((REPO / "models" / "privacy" / "lexicon").glob("*.txt"))
        digest = hashlib.sha1("\x00".join(texts + [p.read_text() for p in lexicon_files]).encode()).hexdigest()
        path = Path("/tmp/edge-privacy-features") / f"{digest[:16]}.npz"
        if path.exists():
            stored = np.load(path)
            lengths = stored["lengths"]
            ids = np.split(stored["ids"], np.cumsum(lengths)[:-1]) if len(lengths) else []
            return emb, stored["lex"], ids
        lex = np.asarray([self.lexicon.vector(t) for t in texts], dtype=np.float32)
        ids = [ngram_ids(t) for t in texts]
        path.parent.mkdir(exist_ok=True)
        np.savez(path, lex=lex, ids=np.concatenate(ids), lengths=np.array([len(i) for i in ids]))
        return emb, lex, ids


def bag(ids: list[np.ndarray]):
    import torch

    lengths = np.array([len(i) for i in ids])
    flat = torch.from_numpy(np.concatenate(ids) if len(ids) else np.zeros(0, np.int64))
    offsets = torch.from_numpy(np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64))
    weights = torch.from_numpy(
        np.concatenate([np.full(n, 1.0 / np.sqrt(n), np.float32) for n in lengths if n] or [np.zeros(0, np.float32)])
    )
    return flat, offsets, weights


def build_model(dim: int, hidden: int = 256):
    import torch

    class Head(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            k = len(CATEGORIES)
            self.mlp = torch.nn.Sequential(
                torch.nn.Linear(dim + k, hidden), torch.nn.ReLU(), torch.nn.Dropout(0.3), torch.nn.Linear(hidden, k)
            )
            self.lexicon_dropout = torch.nn.Dropout(0.1)
            self.ngrams = torch.nn.EmbeddingBag(BUCKETS, k, mode="sum", sparse=True)
            torch.nn.init.zeros_(self.ngrams.weight)

        def forward(self, emb, lex, ids, offsets, weights):
            logits = self.mlp(torch.cat([emb, self.lexicon_dropout(lex)], dim=1))
            return logits + self.ngrams(ids, offsets, per_sample_weights=weights)

    return Head()


def train(features, rows: Rows, epochs: int = 10):
    import torch

    torch.manual_seed(SEED)
    emb, lex, ids = features
    model = build_model(emb.shape[1])
    dense = torch.optim.AdamW(model.mlp.parameters(), lr=2e-3, weight_decay=1e-2)
    sparse = torch.optim.SparseAdam(list(model.ngrams.parameters()), lr=2e-3)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    x_emb, x_lex = torch.from_numpy(emb), torch.from_numpy(lex)
    yt, wt = torch.from_numpy(rows.y), torch.from_numpy(rows.w / rows.w.mean())
    generator = torch.Generator().manual_seed(SEED)
    start = time.perf_counter()
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(yt), generator=generator)
        total = 0.0
        for i in range(0, len(order), 256):
            batch = order[i : i + 256]
            flat, offsets, weights = bag([ids[j] for j in batch.tolist()])
            out = model(x_emb[batch], x_lex[batch], flat, offsets, weights)
            loss = (loss_fn(out, yt[batch]).mean(dim=1) * wt[batch]).mean()
            dense.zero_grad()
            sparse.zero_grad()
            loss.backward()
            dense.step()
            sparse.step()
            total += float(loss.detach()) * len(batch)
        print(f"    epoch {epoch + 1}: loss {total / len(order):.4f} ({time.perf_counter() - start:.0f}s)", flush=True)
    model.eval()
    return model


def predict(model, features) -> np.ndarray:
    import torch

    emb, lex, ids = features
    out = []
    with torch.no_grad():
        for i in range(0, len(emb), 1024):
            flat, offsets, weights = bag(ids[i : i + 1024])
            logits = model(
                torch.from_numpy(emb[i : i + 1024]), torch.from_numpy(lex[i : i + 1024]), flat, offsets, weights
            )
            out.append(torch.sigmoid(logits).numpy())
    return np.concatenate(out) if out else np.zeros((0, len(CATEGORIES)), np.float32)


def per_unit(scores: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Max over each unit's rows (a post's passages, or a sentence's renderings)."""
    out = np.zeros((n, scores.shape[1]), dtype=np.float32)
    np.maximum.at(out, owner, scores)
    return out


def tune_thresholds(positives: dict[str, np.ndarray], negatives: dict[str, np.ndarray]) -> dict[str, float]:
    """Recall first: each category's threshold keeps RECALL_TARGET of its validation positives; then, while a
    negative set blocks more than its budget, raise one threshold just past the next false block it causes,
    choosing the raise that costs least recall per unit of excess removed."""
    th = {c: float(np.clip(np.quantile(positives[c], 1 - RECALL_TARGET), 0.05, 0.9)) for c in CATEGORIES}

    def excess(t: dict[str, float]) -> float:
        """Blocks over budget, plus a small term for every (negative, category) firing, so that a raise that
        clears one of several categories firing on a negative still counts as progress."""
        vec = np.array([t[c] for c in CATEGORIES])
        over = sum(max(0.0, float(np.mean((neg >= vec).any(axis=1))) - BUDGETS[n]) for n, neg in negatives.items())
        pairs = sum(float(np.mean((neg >= vec).sum(axis=1))) for neg in negatives.values())
        return over + 1e-3 * pairs if over > 0 else 0.0

    all_negative = np.concatenate(list(negatives.values()))
    while excess(th) > 0:
        best = None
        for j, c in enumerate(CATEGORIES):
            above = all_negative[:, j][all_negative[:, j] >= th[c]]
            if not len(above) or above.min() >= 0.97:
                continue
            trial = dict(th, **{c: float(min(0.97, above.min() + 1e-4))})
            gain = excess(th) - excess(trial)
            cost = float(np.mean(positives[c] >= th[c]) - np.mean(positives[c] >= trial[c])) + 1e-4
            if gain > 0 and (best is None or gain / cost > best[0]):
                best = (gain / cost, trial)
        if best is None:
            break
        th = best[1]
    return {c: round(t, 4) for c, t in th.items()}


def export(model, dim: int, out_dir: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Exported(torch.nn.Module):
        def __init__(self, mlp) -> None:
            super().__init__()
            self.mlp = mlp

        def forward(self, embedding, lexicon, ngram_logits):
            return torch.sigmoid(self.mlp(torch.cat([embedding, lexicon], dim=1)) + ngram_logits)

    k = len(CATEGORIES)
    fp32 = Path("/tmp/edge-privacy-head.fp32.onnx")
    with torch.no_grad():
        torch.onnx.export(
            Exported(model.mlp).eval(),
            (torch.zeros(1, dim), torch.zeros(1, k), torch.zeros(1, k)),
            str(fp32),
            input_names=["embedding", "lexicon", "ngram_logits"],
            output_names=["scores"],
            dynamic_axes={n: {0: "batch"} for n in ("embedding", "lexicon", "ngram_logits", "scores")},
            opset_version=17,
            dynamo=False,
        )
    quantize_dynamic(str(fp32), str(out_dir / HEAD_FILE), weight_type=QuantType.QInt8, per_channel=False)
    np.save(out_dir / NGRAM_FILE, model.ngrams.weight.detach().numpy().astype(np.float16))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (default $EDGE_DATASETS)")
    args = parser.parse_args()
    datasets = datasets_dir(args.datasets)
    import torch

    torch.set_num_threads(1)  # a shared 2-core machine: more threads only wait on each other
    featurizer = Features(TextEncoder.load(), Lexicon.load())

    news_train, news_val = newsgroups(datasets, "train"), newsgroups(datasets, "heldout")
    clinc = [r["text"] for r in read_jsonl(datasets / "clinc150" / "train.jsonl")]
    clinc_val = [r["text"] for r in read_jsonl(datasets / "clinc150" / "val.jsonl")]
    tpl_train, tpl_val = category_sentences(SEED)
    labelled = [r for r in read_jsonl(LABELLED) if r["split"] == "train"]
    multi = multilingual_sentences(SEED)

    news = post_rows(news_train, 1.0)
    news.w[:] = 1.0
    base_total = float(len(news.texts))
    parts = {
        "news": news,
        "clinc": make_rows(clinc, [None] * len(clinc), 2.0 * base_total),
        "templates": make_rows([t for t, _ in tpl_train], [c for _, c in tpl_train], 1.5 * base_total),
        "hard": make_rows(list(HARD_NEGATIVES), [None] * len(HARD_NEGATIVES), 5.0 * len(HARD_NEGATIVES)),
        "multilingual": make_rows([t for t, _ in multi], [c for _, c in multi], 0.5 * base_total),
    }

    def labelled_rows(members: list[dict]) -> Rows:
        texts, cats, owner = [], [], []
        for i, r in enumerate(members):
            for text in renderings(r["text"]):
                texts.append(text)
                cats.append(r["category"])
                owner.append(i)
        return make_rows(texts, cats, 2.0 * base_total, owner)

    folds = [[r for r in labelled if fold_of(r["text"]) == k] for k in (0, 1)]
    print("features", flush=True)
    cached: dict[str, tuple] = {name: featurizer.of(rows.texts) for name, rows in parts.items()}
    fold_rows = [labelled_rows(f) for f in folds]
    fold_feats = [featurizer.of(r.texts) for r in fold_rows]
    val_news = post_rows(news_val, 1.0)
    val_news_feats = featurizer.of(val_news.texts)
    clinc_val_feats = featurizer.of(clinc_val)
    tpl_val_feats = featurizer.of([t for t, _ in tpl_val])

    def joined(extra_rows: list[Rows], extra_feats: list[tuple]):
        rows = concat(list(parts.values()) + extra_rows)
        feats = tuple(
            np.concatenate([f[k] for f in list(cached.values()) + extra_feats])
            if k < 2
            else [x for f in list(cached.values()) + extra_feats for x in f[2]]
            for k in range(3)
        )
        return rows, feats

    # out-of-fold scores of the labelled train half
    oof: list[np.ndarray] = []
    for k in (0, 1):
        print(f"fold {k}: training without it", flush=True)
        rows, feats = joined([fold_rows[1 - k]], [fold_feats[1 - k]])
        model = train(feats, rows)
        oof.append(per_unit(predict(model, fold_feats[k]), fold_rows[k].owner, len(folds[k])))
    oof_rows = folds[0] + folds[1]
    oof_scores = np.concatenate(oof)

    print("final model", flush=True)
    rows, feats = joined(fold_rows, fold_feats)
    model = train(feats, rows)
    news_scores = per_unit(predict(model, val_news_feats), val_news.owner, len(news_val))
    clinc_scores = predict(model, clinc_val_feats)
    tpl_scores = predict(model, tpl_val_feats)

    positives = {}
    for j, c in enumerate(CATEGORIES):
        short = [oof_scores[i, j] for i, r in enumerate(oof_rows) if r["category"] == c]
        short += [tpl_scores[i, j] for i, (_, cat) in enumerate(tpl_val) if cat == c]
        short += [news_scores[i, j] for i, p in enumerate(news_val) if p["category"] == c]
        positives[c] = np.asarray(short)
    negatives = {
        "clinc_val": clinc_scores,
        "labelled_ordinary": oof_scores[[i for i, r in enumerate(oof_rows) if not r["sensitive"]]],
        "news_none": news_scores[[i for i, p in enumerate(news_val) if p["category"] is None]],
    }
    thresholds = tune_thresholds(positives, negatives)
    if os.environ.get("EDGE_DUMP_OOF"):  # for error analysis of the train half (never the test half)
        dump = [dict(r, scores=[round(float(x), 3) for x in s]) for r, s in zip(oof_rows, oof_scores)]
        Path(os.environ["EDGE_DUMP_OOF"]).write_text(json.dumps({"oof": dump, "thresholds": thresholds}))
    vec = np.array([thresholds[c] for c in CATEGORIES])

    export(model, feats[0].shape[1], HERE)
    sidecar = {
        "version": VERSION,
        "categories": list(CATEGORIES),
        "thresholds": thresholds,
        "head": HEAD_FILE,
        "ngrams": NGRAM_FILE,
        "ngram_buckets": BUCKETS,
        "proposal_factor": PROPOSAL_FACTOR,
        "encoder": "models/topics/encoder.int8.onnx",
    }
    (HERE / SIDECAR_FILE).write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")

    def rate(scores: np.ndarray) -> float:
        return round(float(np.mean((scores >= vec).any(axis=1))), 4)

    sens_oof = [i for i, r in enumerate(oof_rows) if r["sensitive"]]
    metrics = {
        "version": VERSION,
        "thresholds": thresholds,
        "validation": {
            "labelled_train_half_out_of_fold": {
                "sensitive_recall": rate(oof_scores[sens_oof]),
                "ordinary_false_block": rate(negatives["labelled_ordinary"]),
            },
            "templates_heldout_frames_recall": rate(tpl_scores),
            "clinc150_val_false_block": rate(clinc_scores),
            "20news_heldout": {
                "sensitive_recall": rate(news_scores[[i for i, p in enumerate(news_val) if p["category"]]]),
                "none_false_block": rate(negatives["news_none"]),
            },
        },
        "rows": {name: len(r.texts) for name, r in parts.items()}
        | {"labelled_train_renderings": sum(len(r.texts) for r in fold_rows)},
        "head_bytes": (HERE / HEAD_FILE).stat().st_size,
        "ngram_table_bytes": (HERE / NGRAM_FILE).stat().st_size,
    }
    (HERE / "train_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2))
    open_session(HERE / HEAD_FILE)  # the exported head loads


if __name__ == "__main__":
    main()
