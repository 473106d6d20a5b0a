"""Build the language table of `edge.topics.language`: multinomial naive Bayes over the hashed n-grams of
`edge.privacy.ngrams` (words, word pairs, character 3-5-grams), 32,768 buckets x 5 languages, float16.

Data: the composed training sentences of `models/privacy/corpus.py` (train part; English, German, Spanish,
French, Italian) and CLINC150 train (English). Measured on sentences it never saw: the labelled sentences of
`tests/data/gate_sentences.jsonl` (written apart from the composed facts) and the composed dev part.

    python models/topics/train_language.py --datasets /work/shared/datasets    # under a minute
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
for path in (REPO, REPO / "models" / "privacy"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import corpus  # noqa: E402

from edge.privacy.ngrams import ngram_ids  # noqa: E402
from edge.topics.language import LANGUAGES, TABLE_FILE, language  # noqa: E402

BUCKETS = 1 << 15
ALPHA = 1.0
"""Additive smoothing: a bucket never seen in a language still has a small probability there."""


def fit(items: list[tuple[str, str]]) -> np.ndarray:
    counts = np.zeros((BUCKETS, len(LANGUAGES)), dtype=np.float64)
    for text, lang in items:
        np.add.at(counts[:, LANGUAGES.index(lang)], ngram_ids(text, BUCKETS), 1.0)
    return np.log((counts + ALPHA) / (counts.sum(axis=0) + ALPHA * BUCKETS)).astype(np.float16)


def accuracy(table: np.ndarray, items: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    scoring = table.astype(np.float32)  # as edge.topics.language loads it
    for text, lang in items:
        total[lang] += 1
        right[lang] += language(text, scoring) == lang
    return {lang: {"accuracy": round(right[lang] / total[lang], 4), "n": total[lang]} for lang in LANGUAGES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="folder with clinc150/ (default $EDGE_DATASETS)")
    parser.add_argument("--out", type=Path, default=HERE / TABLE_FILE)
    args = parser.parse_args()
    examples = [e for e in corpus.examples() if e.lang in LANGUAGES]
    clinc = [(r["text"], "en") for r in corpus.clinc(corpus.datasets_dir(args.datasets), "train")]
    train = [(e.text, e.lang) for e in examples if e.part == "train"] + clinc
    table = fit(train)
    np.save(args.out, table)
    rows = corpus.read_jsonl(corpus.LABELLED)
    report = {
        "train_sentences": dict(Counter(lang for _, lang in train)),
        "labelled_sentences": accuracy(table, [(r["text"], r["lang"]) for r in rows]),
        "composed_dev": accuracy(table, [(e.text, e.lang) for e in examples if e.part == "dev"]),
        "bytes": args.out.stat().st_size,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
