"""Train the sensitive-category head on the shared MiniLM embeddings, tune recall-first thresholds, export int8 ONNX.

Training time only (needs the `train` extra: torch, onnx). Data (read from $EDGE_DATASETS or --datasets, never
copied into the repository):

- 20 Newsgroups train split, cut 80/20 by a hash of the post id into train and a held-out part:
  sci.med -> health; alt.atheism, soc.religion.christian, talk.religion.misc -> religion; talk.politics.* ->
  political; the other 13 groups -> none.
- CLINC150 train -> none (ordinary voice-assistant requests; rows the lexicon flags are left out, they are not
  clean negatives); CLINC150 val -> the false-block budget when tuning thresholds.
- models/privacy/templates.py: short sentences per category (frames x fillers; a quarter of the frames held out
  for validation) and hard negatives.

Writes `sensitive_head.onnx` (int8), `sensitive_head.json` (categories, thresholds) and `train_metrics.json`
next to this file.

    python models/privacy/train_sensitive.py                # or --datasets /work/shared/datasets
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from templates import HARD_NEGATIVES, category_sentences  # noqa: E402

from edge.privacy.lexicon import CATEGORIES, Lexicon  # noqa: E402
from edge.privacy.sensitive_model import HEAD_FILE, SIDECAR_FILE  # noqa: E402
from edge.topics.encoder import TextEncoder, open_session  # noqa: E402
from edge.topics.text import passages  # noqa: E402

CACHE = Path("/tmp/edge-privacy-cache")
VERSION = "sensitive-minilm-int8/1"
SEED = 7
RECALL_TARGET = 0.98
"""Per category, on validation positives (a margin over the 0.97 acceptance target)."""
FALSE_BLOCK_BUDGET = 0.05
"""Of CLINC val, for the model layer alone (the lexicon and taxonomy layers take their share of the 0.10)."""
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
    return Path(
        arg or os.environ.get("EDGE_DATASETS", Path(__file__).resolve().parents[2].parent / "shared" / "datasets")
    )


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


def embed(encoder: TextEncoder, texts: list[str]) -> np.ndarray:
    """Embeddings, cached on /tmp by a digest of the texts (never inside the repository)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"emb-{digest}.npy"
    if path.exists():
        return np.load(path)
    start = time.perf_counter()
    out = np.empty((len(texts), encoder.dim), dtype=np.float32)
    for i in range(0, len(texts), 256):
        out[i : i + 256] = encoder.encode(texts[i : i + 256])
        encoder.clear_cache()
    print(f"  embedded {len(texts)} texts in {time.perf_counter() - start:.0f}s", flush=True)
    np.save(path, out)
    return out


def passage_rows(posts: list[dict]) -> tuple[list[str], np.ndarray]:
    texts: list[str] = []
    owner: list[int] = []
    for i, post in enumerate(posts):
        pieces = passages(post["text"])
        texts.extend(pieces)
        owner.extend([i] * len(pieces))
    return texts, np.asarray(owner)


def targets(categories: list[str | None]) -> np.ndarray:
    y = np.zeros((len(categories), len(CATEGORIES)), dtype=np.float32)
    for i, c in enumerate(categories):
        if c is not None:
            y[i, CATEGORIES.index(c)] = 1.0
    return y


def train_head(x: np.ndarray, y: np.ndarray, w: np.ndarray, hidden: int = 256, epochs: int = 20):
    import torch

    torch.manual_seed(SEED)
    model = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Dropout(0.3), torch.nn.Linear(hidden, y.shape[1])
    )
    xt, yt, wt = torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(w)
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-2)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    generator = torch.Generator().manual_seed(SEED)
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(xt), generator=generator)
        total = 0.0
        for i in range(0, len(order), 256):
            batch = order[i : i + 256]
            loss = (loss_fn(model(xt[batch]), yt[batch]).mean(dim=1) * wt[batch]).sum() / wt[batch].sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(batch)
        if epoch % 5 == 4:
            print(f"  epoch {epoch + 1}: loss {total / len(order):.4f}", flush=True)
    model.eval()
    return model


def export_int8(model, dim: int, out: Path) -> None:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    wrapped = torch.nn.Sequential(model, torch.nn.Sigmoid()).eval()
    fp32 = CACHE / "sensitive_head.fp32.onnx"
    with torch.no_grad():
        torch.onnx.export(
            wrapped,
            (torch.zeros(1, dim),),
            str(fp32),
            input_names=["embedding"],
            output_names=["scores"],
            dynamic_axes={"embedding": {0: "batch"}, "scores": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=False)


def post_scores(session, emb: np.ndarray, owner: np.ndarray, n_posts: int) -> np.ndarray:
    """Max over each post's passages (what SensitiveModel.score_array does)."""
    scores = session.run(None, {"embedding": emb})[0]
    out = np.zeros((n_posts, scores.shape[1]), dtype=np.float32)
    np.maximum.at(out, owner, scores)
    return out


def tune_thresholds(pos: dict[str, np.ndarray], neg: np.ndarray) -> dict[str, float]:
    """Recall-first: each category's threshold keeps RECALL_TARGET of its validation positives; then, while the
    model alone blocks more than FALSE_BLOCK_BUDGET of ordinary requests, raise the threshold that costs least."""
    thresholds = {c: float(np.clip(np.quantile(pos[c], 1 - RECALL_TARGET), 0.02, 0.9)) for c in CATEGORIES}

    def false_block(th: dict[str, float]) -> float:
        return float(np.mean((neg >= np.array([th[c] for c in CATEGORIES])).any(axis=1)))

    while false_block(thresholds) > FALSE_BLOCK_BUDGET:
        best = None
        for c in CATEGORIES:
            trial = dict(thresholds, **{c: min(0.99, thresholds[c] * 1.1 + 0.005)})
            gain = false_block(thresholds) - false_block(trial)
            cost = float(np.mean(pos[c] >= thresholds[c]) - np.mean(pos[c] >= trial[c])) + 1e-6
            if gain > 0 and (best is None or gain / cost > best[0]):
                best = (gain / cost, c, trial)
        if best is None:
            break
        thresholds = best[2]
    return {c: round(t, 4) for c, t in thresholds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (default $EDGE_DATASETS)")
    args = parser.parse_args()
    datasets = datasets_dir(args.datasets)
    encoder = TextEncoder.load(cache_size=0)
    lexicon = Lexicon.load()

    print("embedding 20 Newsgroups", flush=True)
    news_train = newsgroups(datasets, "train")
    news_val = newsgroups(datasets, "heldout")
    tr_texts, tr_owner = passage_rows(news_train)
    va_texts, va_owner = passage_rows(news_val)
    x_news = embed(encoder, tr_texts)
    x_news_val = embed(encoder, va_texts)
    y_news = targets([news_train[i]["category"] for i in tr_owner])

    print("embedding CLINC150 and templates", flush=True)
    clinc = [r["text"] for r in read_jsonl(datasets / "clinc150" / "train.jsonl")]
    clinc = [t for t in clinc if not lexicon.categories(t)]
    clinc_val = [r["text"] for r in read_jsonl(datasets / "clinc150" / "val.jsonl")]
    x_clinc = embed(encoder, clinc)
    x_clinc_val = embed(encoder, clinc_val)
    tpl_train, tpl_val = category_sentences(SEED)
    x_tpl = embed(encoder, [t for t, _ in tpl_train])
    x_tpl_val = embed(encoder, [t for t, _ in tpl_val])
    x_hard = embed(encoder, HARD_NEGATIVES)

    x = np.concatenate([x_news, x_clinc, x_tpl, x_hard])
    y = np.concatenate(
        [
            y_news,
            targets([None] * len(clinc)),
            targets([c for _, c in tpl_train]),
            targets([None] * len(HARD_NEGATIVES)),
        ]
    )
    # Ordinary requests weigh twice a news post in total, templates 1.5 times (they teach the rare categories).
    w = np.concatenate(
        [
            np.full(len(x_news), 1.0),
            np.full(len(clinc), 2.0 * len(x_news) / len(clinc)),
            np.full(len(tpl_train), 3.0 * len(x_news) / len(tpl_train) / 2),
            np.full(len(HARD_NEGATIVES), 5.0),
        ]
    ).astype(np.float32)
    print(f"training on {len(x)} rows", flush=True)
    model = train_head(x, y, w)

    out = HERE / HEAD_FILE
    export_int8(model, x.shape[1], out)
    session = open_session(out)

    news_val_scores = post_scores(session, x_news_val, va_owner, len(news_val))
    tpl_val_scores = session.run(None, {"embedding": x_tpl_val})[0]
    clinc_val_scores = session.run(None, {"embedding": x_clinc_val})[0]
    pos: dict[str, np.ndarray] = {}
    for k, c in enumerate(CATEGORIES):
        parts = [tpl_val_scores[[i for i, (_, cat) in enumerate(tpl_val) if cat == c], k]]
        parts.append(news_val_scores[[i for i, p in enumerate(news_val) if p["category"] == c], k])
        pos[c] = np.concatenate(parts)
    thresholds = tune_thresholds(pos, clinc_val_scores)

    th = np.array([thresholds[c] for c in CATEGORIES])
    metrics = {
        "version": VERSION,
        "thresholds": thresholds,
        "model_layer_only": {
            "recall_per_category_validation": {
                c: round(float(np.mean(pos[c] >= thresholds[c])), 4) for c in CATEGORIES
            },
            "clinc_val_false_block": round(float(np.mean((clinc_val_scores >= th).any(axis=1))), 4),
            "news_heldout_none_false_block": round(
                float(
                    np.mean(
                        (news_val_scores[[i for i, p in enumerate(news_val) if p["category"] is None]] >= th).any(
                            axis=1
                        )
                    )
                ),
                4,
            ),
        },
        "rows": {
            "20news_train_passages": len(x_news),
            "clinc_train": len(clinc),
            "templates_train": len(tpl_train),
            "templates_val": len(tpl_val),
            "hard_negatives": len(HARD_NEGATIVES),
            "20news_heldout_posts": len(news_val),
        },
        "head_bytes": out.stat().st_size,
    }
    sidecar = {
        "version": VERSION,
        "categories": list(CATEGORIES),
        "thresholds": thresholds,
        "head": HEAD_FILE,
        "encoder": "models/topics/encoder.int8.onnx",
    }
    (HERE / SIDECAR_FILE).write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    (HERE / "train_metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
