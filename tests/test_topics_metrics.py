"""The shipped model against its own metrics file: int8 vs fp32, size, and the held-out numbers recomputed
from the datasets when they are present ($EDGE_DATASETS, default ../shared/datasets)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import DATASETS

from edge.topics import TopicClassifier
from edge.topics.encoder import topics_dir

REPO = Path(__file__).resolve().parent.parent
METRICS = json.loads((topics_dir() / "metrics.json").read_text())
SIDECAR = json.loads((topics_dir() / "topics.json").read_text())


def datasets_dir() -> Path:
    return DATASETS


def test_int8_is_within_one_point_of_fp32() -> None:
    for dataset in ("20news", "clinc150"):
        int8, fp32 = METRICS["test"]["int8"][dataset], METRICS["test"]["fp32"][dataset]
        for key in ("tier1_accuracy", "tier1_macro_f1"):
            assert int8[key] >= fp32[key] - 0.01, (dataset, key, int8[key], fp32[key])
        assert int8["tier1_accuracy"] >= 0.85, dataset


def test_no_interest_and_sensitive_figures_meet_their_bars() -> None:
    clinc = METRICS["test"]["int8"]["clinc150"]
    assert clinc["no_interest_precision"] >= 0.9 and clinc["no_interest_recall"] >= 0.9
    news = METRICS["test"]["int8"]["20news"]
    assert news["sensitive_recall"] >= 0.9 and news["sensitive_false_positive_rate"] <= 0.1


def test_shipped_files_match_the_sidecar_and_the_size_budget() -> None:
    encoder = topics_dir() / SIDECAR["encoder"]
    assert encoder.stat().st_size <= 25 * 1024 * 1024
    assert hashlib.sha256(encoder.read_bytes()).hexdigest() == SIDECAR["encoder_sha256"]
    assert SIDECAR["threshold"] == METRICS["threshold"]
    assert SIDECAR["sensitive_threshold"] == METRICS["sensitive_threshold"]


def _train_module():
    spec = importlib.util.spec_from_file_location("edge_topics_train", REPO / "models" / "topics" / "train.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_held_out_accuracy_recomputed_from_the_datasets() -> None:
    root = datasets_dir()
    if not (root / "clinc150" / "train.jsonl").exists() or not (root / "20news" / "train.jsonl").exists():
        pytest.skip(f"datasets not found under {root}; set EDGE_DATASETS to the folder holding 20news/ and clinc150/")
    train = _train_module()
    taxonomy = train.Taxonomy.load()
    label_map = json.loads((REPO / "models" / "topics" / "label_map.json").read_text())
    data = train.load_data(root, label_map, taxonomy)
    classifier = TopicClassifier.load()

    def accuracy(split, every: int = 1) -> float:
        hits = []
        for text, gold in list(zip(split.raw, split.gold))[::every]:
            branch = classifier.top_branch(classifier.text_probabilities(text)) or "(none)"
            hits.append(branch == train.tier1_of(taxonomy, gold))
        return float(np.mean(hits))

    clinc = accuracy(data["clinc150"]["test"])
    assert abs(clinc - METRICS["test"]["int8"]["clinc150"]["tier1_accuracy"]) <= 0.005
    news = accuracy(data["20news"]["test"], every=4)
    assert news >= METRICS["test"]["int8"]["20news"]["tier1_accuracy"] - 0.03
