"""The shipped topic model, measured now: held-out quality recomputed from the model on a slice of the test splits
(never read from metrics.json), the shipped files against their sidecar, and the size budget."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from edge.topics import TopicClassifier
from edge.topics.encoder import topics_dir
from tests.conftest import DATASETS

REPO = Path(__file__).resolve().parent.parent


def _train_module():
    spec = importlib.util.spec_from_file_location("edge_topics_train", REPO / "models" / "topics" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout():
    if not (DATASETS / "clinc150" / "train.jsonl").exists() or not (DATASETS / "20news" / "train.jsonl").exists():
        pytest.skip(
            f"datasets not found under {DATASETS}; set EDGE_DATASETS to the folder holding 20news/ and clinc150/"
        )
    train = _train_module()
    taxonomy = train.Taxonomy.load()
    label_map = json.loads((REPO / "models" / "topics" / "label_map.json").read_text())
    return train, taxonomy, train.load_data(DATASETS, label_map, taxonomy)


def test_shipped_files_match_the_sidecar_and_the_size_budget() -> None:
    sidecar = json.loads((topics_dir() / "topics.json").read_text())
    encoder = topics_dir() / sidecar["encoder"]
    assert encoder.stat().st_size <= 25 * 1024 * 1024
    assert hashlib.sha256(encoder.read_bytes()).hexdigest() == sidecar["encoder_sha256"]
    assert 0.0 < sidecar["threshold"] < 1.0 and 0.0 < sidecar["sensitive_threshold"] < 1.0


@pytest.mark.slow
def test_clinc_heldout_slice(heldout) -> None:
    train, taxonomy, data = heldout
    classifier = TopicClassifier.load()
    split = data["clinc150"]["test"]
    probs = np.array([classifier.text_probabilities(t) for t in split.raw[::5]])
    result = train.evaluate(classifier, probs, split.gold[::5], taxonomy)
    assert result["tier1_accuracy"] >= 0.90, result
    # full test split: precision 0.968, recall 0.901
    assert result["no_interest_precision"] >= 0.90 and result["no_interest_recall"] >= 0.87, result


@pytest.mark.slow
def test_newsgroups_heldout_slice(heldout) -> None:
    train, taxonomy, data = heldout
    classifier = TopicClassifier.load()
    split = data["20news"]["test"]
    probs = np.array([classifier.text_probabilities(t) for t in split.raw[::10]])
    result = train.evaluate(classifier, probs, split.gold[::10], taxonomy)
    assert result["tier1_accuracy"] >= 0.85, result
    assert result["sensitive_recall"] >= 0.85 and result["sensitive_false_positive_rate"] <= 0.10, result
