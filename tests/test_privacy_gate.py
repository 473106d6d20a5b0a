"""The privacy gate: layers block, nothing unblocks, every failure blocks (fail closed), quality on real sets."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from conftest import DATASETS

from edge.errors import ModelError
from edge.privacy import CATEGORIES, PrivacyGate
from edge.privacy.lexicon import Lexicon
from edge.privacy.sensitive_model import SensitiveModel, privacy_dir
from edge.types import Verdict

LABELLED = Path(__file__).parent / "data" / "sensitive_sentences.jsonl"


@pytest.fixture(scope="module")
def gate() -> PrivacyGate:
    return PrivacyGate.load()


def labelled(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


# --- decisions -------------------------------------------------------------------------------------


def test_blocks_sensitive_and_reports_category_and_layer(gate: PrivacyGate) -> None:
    verdict = gate.check("my chemotherapy starts monday")
    assert verdict.blocked
    assert "health" in verdict.categories
    assert set(verdict.layers) <= {"lexicon", "model"} and verdict.layers


def test_allows_ordinary_request_and_redacts_pii(gate: PrivacyGate) -> None:
    verdict = gate.check("text jennifer at 555-123-4567 that the pizza is here")
    assert verdict == Verdict(
        blocked=False, pii=verdict.pii, redacted_text="text [NAME] at [PHONE] that the pizza is here"
    )
    assert [p.type for p in verdict.pii] == ["name", "phone"]


def test_model_layer_catches_what_no_lexicon_term_names(gate: PrivacyGate) -> None:
    text = "i've been so down i can't get out of bed for weeks"
    assert Lexicon.load().categories(text) == ()
    verdict = gate.check(text)
    assert verdict.blocked and verdict.layers == ("model",)


def test_sensitive_term_inside_a_redacted_name_still_blocks(gate: PrivacyGate) -> None:
    verdict = gate.check("I'm Christian and I go to church on Sundays")
    assert verdict.blocked and "religion" in verdict.categories


def test_verdict_json_carries_no_text(gate: PrivacyGate) -> None:
    verdict = gate.check("my union rep sarah called about the strike")
    assert "sarah" not in json.dumps(verdict.to_json()) and "strike" not in json.dumps(verdict.to_json())
    assert verdict.to_json()["blocked"] is True and "trade_union" in verdict.to_json()["categories"]


# --- fail closed -----------------------------------------------------------------------------------


def _boom(original: str, redacted: str) -> tuple[str, ...]:
    raise RuntimeError("layer exploded")


def test_failing_layer_blocks_and_no_layer_unblocks(caplog: pytest.LogCaptureFixture) -> None:
    quiet = ("quiet", lambda original, redacted: ())
    gate = PrivacyGate([quiet, ("broken", _boom), quiet])
    with caplog.at_level(logging.DEBUG):
        verdict = gate.check("what's the weather in lisbon")
    assert verdict.blocked and verdict.layers == ("error",) and verdict.categories == ()
    assert "lisbon" not in caplog.text  # the failure is logged without the utterance
    fired = ("lexicon", lambda original, redacted: ("health",))
    verdict = PrivacyGate([fired, quiet]).check("anything")
    assert verdict.blocked and verdict.layers == ("lexicon",) and verdict.categories == ("health",)


def test_failing_redaction_blocks() -> None:
    def bad_redact(text: str):
        raise ValueError("regex engine broke")

    verdict = PrivacyGate([("quiet", lambda o, r: ())], redact=bad_redact).check("hello there")
    assert verdict == Verdict(blocked=True, layers=("error",))


def test_non_text_input_blocks_instead_of_raising(gate: PrivacyGate) -> None:
    assert gate.check(None).layers == ("error",)  # type: ignore[arg-type]
    assert gate.check(b"bytes").blocked  # type: ignore[arg-type]


def test_real_layer_failure_blocks(gate: PrivacyGate) -> None:
    """A real model whose head session is gone (as after a corrupt reload) must block, not raise."""
    model = SensitiveModel.load()
    model._head = None  # the next run raises AttributeError inside the layer
    broken = PrivacyGate.load(model=model)
    verdict = broken.check("what's the weather tomorrow")
    assert verdict.blocked and verdict.layers == ("error",)


# --- shipped files ---------------------------------------------------------------------------------


def test_missing_or_corrupt_model_files_raise_model_error(tmp_path: Path) -> None:
    folder = tmp_path / "privacy"
    shutil.copytree(privacy_dir(), folder, ignore=shutil.ignore_patterns("lexicon"))
    (folder / "sensitive_head.json").write_text("{not json")
    with pytest.raises(ModelError, match="corrupt"):
        SensitiveModel.load(folder)
    shutil.copy(privacy_dir() / "sensitive_head.json", folder / "sensitive_head.json")
    (folder / "sensitive_head.onnx").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="not an ONNX model"):
        SensitiveModel.load(folder)
    (folder / "sensitive_head.onnx").unlink()
    with pytest.raises(ModelError, match="not found"):
        SensitiveModel.load(folder)


def test_head_covers_every_category() -> None:
    model = SensitiveModel.load()
    assert model.config.categories == CATEGORIES
    scores = model.scores("remind me about the union meeting")
    assert set(scores) == set(CATEGORIES) and all(0.0 <= s <= 1.0 for s in scores.values())
    assert max(scores, key=scores.get) == "trade_union"


# --- quality ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_labelled_sentences_recall_and_false_blocks(gate: PrivacyGate, split: str) -> None:
    rows = labelled(split)
    assert len(rows) >= 170
    blocked = {r["text"]: gate.check(r["text"]).blocked for r in rows}
    for category in CATEGORIES:
        hits = [blocked[r["text"]] for r in rows if r["category"] == category]
        assert len(hits) >= 7, category
        assert sum(hits) / len(hits) >= 0.85, category
    positives = [blocked[r["text"]] for r in rows if r["sensitive"]]
    negatives = [blocked[r["text"]] for r in rows if not r["sensitive"]]
    assert sum(positives) / len(positives) >= 0.97
    assert sum(negatives) / len(negatives) <= 0.10


def test_labelled_set_covers_all_categories_half_sensitive() -> None:
    rows = labelled()
    assert len(rows) >= 300
    assert {r["category"] for r in rows if r["sensitive"]} == set(CATEGORIES)
    assert 0.4 <= sum(r["sensitive"] for r in rows) / len(rows) <= 0.6


@pytest.mark.slow
def test_clinc_ordinary_requests_false_block_rate(gate: PrivacyGate) -> None:
    path = DATASETS / "clinc150" / "val.jsonl"
    if not path.is_file():
        pytest.skip(f"CLINC150 not found at {path}; set EDGE_DATASETS")
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    rate = sum(gate.check(t).blocked for t in texts) / len(texts)
    assert rate <= 0.10


@pytest.mark.slow
def test_newsgroups_heldout_recall(gate: PrivacyGate) -> None:
    if not (DATASETS / "20news" / "train.jsonl").is_file():
        pytest.skip(f"20 Newsgroups not found under {DATASETS}; set EDGE_DATASETS")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "privacy"))
    from train_sensitive import newsgroups

    posts = [p for p in newsgroups(DATASETS, "heldout") if p["category"]]
    for category in ("health", "religion", "political"):
        group = [p for p in posts if p["category"] == category]
        recall = sum(gate.check(p["text"]).blocked for p in group) / len(group)
        assert recall >= 0.97, (category, recall)


# --- taxonomy layer --------------------------------------------------------------------------------


def test_taxonomy_layer_with_the_real_topic_classifier() -> None:
    from edge.topics.classifier import TopicClassifier

    try:
        classifier = TopicClassifier.load()
    except ModelError as err:
        pytest.skip(f"topic classifier not available: {err}")
    gate = PrivacyGate.load(classifier)
    assert [name for name, _ in gate.layers] == ["lexicon", "model", "taxonomy"]
    assert gate.layers and classifier.encoder is gate_model_encoder(gate)
    verdict = gate.check("what are the symptoms of type two diabetes and which medication works best")
    assert verdict.blocked and "health" in verdict.categories
    assert not gate.check("set a timer for ten minutes").blocked


def gate_model_encoder(gate: PrivacyGate):
    """The encoder the model layer closed over (shared with the classifier)."""
    model_detect = dict(gate.layers)["model"]
    return model_detect.__closure__[0].cell_contents.encoder
