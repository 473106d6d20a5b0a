"""The topic classifier on real sentences: spoken-style requests written for this test (phrased unlike the
training sets), commands with no interest, sensitive texts, and the held-out metrics the model card reports."""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from edge.errors import ModelError, UsageError
from edge.privacy import ngrams
from edge.topics import TopicClassifier
from edge.topics.classifier import NO_INTEREST as NO_INTEREST_LABEL
from edge.topics.encoder import topics_dir
from edge.topics.language import language
from edge.types import Topic
from tests.conftest import labelled

# (utterance, expected tier-1 branch of the top topic)
INTERESTS = [
    ("how much horsepower does the new Mustang have", "Automotive"),
    ("my car makes a grinding noise when I brake", "Automotive"),
    ("is a hybrid SUV worth it for a family of five", "Automotive"),
    ("book a table for two tonight", "Food & Drink"),
    ("what can I cook with leftover chicken and rice", "Food & Drink"),
    ("find a good ramen place near the office", "Food & Drink"),
    ("which red wine goes well with steak", "Food & Drink"),
    ("any cheap flights to Lisbon in May", "Travel"),
    ("do I need a visa to visit Japan", "Travel"),
    ("find me a beachfront hotel in Cancun for next weekend", "Travel"),
    ("who won the Lakers game", "Sports"),
    ("what's the score of the Yankees Red Sox game", "Sports"),
    ("when does the Champions League final start", "Sports"),
    ("how many goals did McDavid score this season", "Sports"),
    ("my laptop keeps freezing after the Windows update", "Technology & Computing"),
    ("which graphics card should I get for video editing", "Technology & Computing"),
    ("are the new noise cancelling earbuds any good", "Technology & Computing"),
    ("when is the next SpaceX launch", "Science"),
    ("how far away is Jupiter right now", "Science"),
    ("what's my checking account balance", "Personal Finance"),
    ("should I move my savings into an index fund", "Personal Finance"),
    ("how do I roll over my old 401k", "Personal Finance"),
    ("play something by Fleetwood Mac", "Entertainment"),
    ("what movies are playing this weekend", "Entertainment"),
    ("add oat milk and bananas to my shopping list", "Shopping"),
    ("are there any deals on running shoes", "Shopping"),
    ("what's the best food for a golden retriever puppy", "Pets"),
    ("how often should I take my cat to the vet", "Pets"),
    ("when does the new Zelda game come out", "Video Gaming"),
    ("recommend a good mystery novel", "Books and Literature"),
    ("how much are two bedroom apartments renting for downtown", "Real Estate"),
    ("when should I plant tomatoes in my garden", "Home & Garden"),
    ("what's trending in men's fashion this fall", "Style & Fashion"),
    ("a good leg workout I can do at the gym", "Healthy Living"),
    ("tips for my first job interview", "Careers"),
    ("which colleges have the best engineering programs", "Education"),
    ("how is the stock market doing today", "Business and Finance"),
    ("how do I change the oil on a Honda Civic", "Automotive"),
    ("what's a good recipe for banana bread", "Food & Drink"),
    ("check the status of my flight to Denver", "Travel"),
]

ACCURACY_BAR = 0.85
"""Leaves room for a few honest misses (model card: 36/40 at the time of writing)."""

NO_INTEREST = [
    "set a timer for ten minutes",
    "what time is it",
    "hello",
    "turn the volume up",
    "wake me up at six thirty tomorrow",
    "thanks a lot",
    "what's the date today",
    "remind me to call mom at five",
    "turn off the living room lights",
    "goodbye",
    "yes please",
    "can you repeat that",
    "what's your name",
    "call my sister",
    "how do you spell necessary",
    "flip a coin",
]

# (text, tier-1 branches a sensitive node may be reported under)
SENSITIVE = [
    ("what are the side effects of this chemotherapy", {"Medical Health"}),
    ("which medication helps with migraine headaches", {"Medical Health"}),
    ("what time is Sunday mass at the cathedral", {"Religion & Spirituality"}),
    ("who should I vote for in the senate election", {"Politics"}),
    ("my therapist thinks I have anxiety", {"Medical Health"}),
    ("does insulin need to be refrigerated", {"Medical Health"}),
    ("what does the quran say about fasting", {"Religion & Spirituality"}),
    ("which party is leading in the polls", {"Politics"}),
    ("where can I buy a handgun", {"Sensitive Topics", "Politics"}),
    ("how do I lose twenty pounds fast", {"Healthy Living"}),
    ("is my rash contagious", {"Medical Health"}),
    ("how did the senate vote on the climate bill", {"Politics"}),
]
SENSITIVE_RECALL_BAR = 0.8


@pytest.fixture(scope="module")
def classifier() -> TopicClassifier:
    return TopicClassifier.load()


def test_top_topic_branch_of_spoken_requests(classifier: TopicClassifier) -> None:
    misses = []
    for text, branch in INTERESTS:
        topics = classifier.classify(text)
        got = topics[0].tier1 if topics else None
        if got != branch:
            misses.append(f"{text!r}: expected {branch}, got {got}")
    accuracy = 1 - len(misses) / len(INTERESTS)
    assert accuracy >= ACCURACY_BAR, f"accuracy {accuracy:.2f}; misses:\n" + "\n".join(misses)


def test_commands_with_no_interest_yield_no_topic(classifier: TopicClassifier) -> None:
    with_topic = {text: [t.label for t in classifier.classify(text)] for text in NO_INTEREST}
    with_topic = {text: labels for text, labels in with_topic.items() if labels}
    assert len(with_topic) <= 1, f"commands given topics: {with_topic}"
    for text in ("set a timer for ten minutes", "what time is it", "hello", "turn the volume up"):
        assert classifier.classify(text) == [], text


def test_replies_and_fillers_as_asr_punctuates_them_yield_no_topic(classifier: TopicClassifier) -> None:
    # Whisper capitalises and punctuates; the head alone gave "Sure." a Technology topic and "I see." Science.
    for reply in ["Sure.", "Yes, please.", "I see.", "Hmm.", "Okay, thank you.", "Really?", "Sounds good."]:
        assert classifier.classify(reply) == [], reply
    # Two content words are enough for an interest.
    assert classifier.classify("Cheap flights?")[0].tier1 == "Travel"


def test_sensitive_texts_are_flagged_or_yield_no_topic(classifier: TopicClassifier) -> None:
    """The gate asks `sensitive_topics` first; whatever it misses must at least not become an interest."""
    missed, leaked = [], []
    for text, branches in SENSITIVE:
        found = classifier.sensitive_topics(text)
        if not branches & {t.tier1 for t in found}:
            missed.append(text)
            if classifier.classify(text):
                leaked.append(text)
    assert 1 - len(missed) / len(SENSITIVE) >= SENSITIVE_RECALL_BAR, missed
    assert not leaked, leaked
    for text, _ in SENSITIVE[:4]:
        assert classifier.classify(text) == [], text


def test_the_heads_own_veto_stops_held_out_disclosures_in_every_language(classifier: TopicClassifier) -> None:
    """Without the gate, `classify` gives no topic to the labelled test half's sensitive sentences: measured 0.976
    (English 0.975, German 0.975, Spanish 0.935, French 1.0, Italian 1.0; topics v7 0.976 with Spanish 0.968 and
    French 0.967; topics v6: 0.727, French 0.50)."""
    rows = [r for r in labelled("test") if r["kind"] in ("explicit", "paraphrase")]
    stopped: dict[str, list[bool]] = {}
    for r in rows:
        stopped.setdefault(r["lang"], []).append(classifier.classify(r["text"]) == [])
    assert sum(map(sum, stopped.values())) / len(rows) >= 0.95
    assert set(stopped) == {"en", "de", "es", "fr", "it"}
    assert all(sum(flags) / len(flags) >= 0.9 for flags in stopped.values()), stopped


def test_classify_returns_allowed_topics_best_first(classifier: TopicClassifier) -> None:
    allowed = classifier.taxonomy.allowed_ids()
    for text, _ in INTERESTS[:10]:
        topics = classifier.classify(text)
        if not topics:
            continue  # a miss; the accuracy test above counts those
        assert all(isinstance(t, Topic) and t.id in allowed for t in topics)
        assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)
        assert all(classifier.calibration.secondary_threshold <= t.score <= 1.0 for t in topics[1:])
        node = classifier.taxonomy[topics[0].id]
        assert node.tier == 1 and topics[0].label == node.label == topics[0].tier1


def test_interest_topics_are_not_flagged_sensitive(classifier: TopicClassifier) -> None:
    flagged = [text for text, _ in INTERESTS if classifier.sensitive_topics(text)]
    assert len(flagged) <= 3, flagged


def test_a_forum_post_with_headers_is_classified_by_its_content(classifier: TopicClassifier) -> None:
    post = (
        "From: someone@example.edu (A Poster)\nSubject: Re: best tires for winter driving?\n"
        "Organization: Example University\nLines: 6\n\n"
        "In article <1993Apr1.1234@example.edu> other@example.edu writes:\n> what do you all run in the snow?\n\n"
        "I put Blizzaks on my Camry every November and it handles fine on icy roads. All-seasons on a front wheel\n"
        "drive sedan are OK if you go slow, but dedicated snow tires stop much shorter.\n--\nA Poster\n"
    )
    topics = classifier.classify(post)
    assert topics and topics[0].tier1 == "Automotive"


def test_non_text_is_a_usage_error(classifier: TopicClassifier) -> None:
    with pytest.raises(UsageError):
        classifier.classify(None)  # type: ignore[arg-type]


def test_missing_or_corrupt_sidecar_is_a_model_error(tmp_path: Path) -> None:
    for name in ("encoder.int8.onnx", "tokenizer.json", "head.onnx", "topic_ngrams.npy"):
        shutil.copyfile(topics_dir() / name, tmp_path / name)
    with pytest.raises(ModelError, match="not found"):
        TopicClassifier.load(tmp_path)
    (tmp_path / "topics.json").write_text("{}")
    with pytest.raises(ModelError, match="corrupt"):
        TopicClassifier.load(tmp_path)
    sidecar = json.loads((topics_dir() / "topics.json").read_text())
    for wrong in ({"de": "high"}, ["de", 0.9]):
        (tmp_path / "topics.json").write_text(json.dumps(dict(sidecar, language_thresholds=wrong)))
        with pytest.raises(ModelError, match="corrupt"):
            TopicClassifier.load(tmp_path)
    sidecar["labels"] = sidecar["labels"][:-5]
    (tmp_path / "topics.json").write_text(json.dumps(sidecar))
    with pytest.raises(ModelError, match="labels|outputs"):
        TopicClassifier.load(tmp_path)


def test_corrupt_head_is_a_model_error(tmp_path: Path) -> None:
    for name in ("encoder.int8.onnx", "tokenizer.json", "topics.json", "topic_ngrams.npy"):
        shutil.copyfile(topics_dir() / name, tmp_path / name)
    (tmp_path / "head.onnx").write_bytes(b"\x08\x01garbage")
    with pytest.raises(ModelError, match="corrupt"):
        TopicClassifier.load(tmp_path)


def test_missing_corrupt_or_mismatched_ngram_table_is_a_model_error(tmp_path: Path) -> None:
    for name in ("encoder.int8.onnx", "tokenizer.json", "topics.json", "head.onnx"):
        shutil.copyfile(topics_dir() / name, tmp_path / name)
    with pytest.raises(ModelError, match="topic n-gram table not found"):
        TopicClassifier.load(tmp_path)
    (tmp_path / "topic_ngrams.npy").write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(ModelError, match="corrupt"):
        TopicClassifier.load(tmp_path)
    table = np.load(topics_dir() / "topic_ngrams.npy")
    np.save(tmp_path / "topic_ngrams.npy", table[:, :-1])
    with pytest.raises(ModelError, match="shape"):
        TopicClassifier.load(tmp_path)
    # a sidecar without the table, beside a head that reads one: the two do not belong together
    sidecar = json.loads((topics_dir() / "topics.json").read_text())
    sidecar.pop("ngrams")
    (tmp_path / "topics.json").write_text(json.dumps(sidecar))
    with pytest.raises(ModelError, match="do not belong together"):
        TopicClassifier.load(tmp_path)


def test_the_head_reads_the_texts_ngrams(classifier: TopicClassifier) -> None:
    """The n-gram logits reach the head: a German request scores differently with the table zeroed, and the
    encoded path (the gate's passages) feeds the same n-grams as the text path."""
    text = "welche Wanderschuhe sind gut für die Alpen"
    with_table = classifier.text_probabilities(text)
    blind = copy.copy(classifier)
    blind._table = np.zeros_like(classifier._table)
    assert np.abs(blind.text_probabilities(text) - with_table).max() > 0.01
    encoded = classifier.encoder.encode_text(text)
    np.testing.assert_allclose(classifier.encoded_probabilities(encoded), with_table, atol=1e-5)
    with pytest.raises(UsageError):
        classifier.probabilities(encoded.embeddings, [])


def test_english_utterances_read_only_the_sensitive_ngram_columns(classifier: TopicClassifier) -> None:
    """The sidecar names English as narrow: zeroing the other columns of the table changes nothing for an English
    request, but it does for a German one and for a long English post (more than one passage)."""
    assert classifier.calibration.narrow_ngram_languages == ("en",)
    narrow = classifier.ngram_columns(1, "en")
    assert 0 < narrow.sum() < len(narrow) and classifier.ngram_columns(1, "de").all()
    assert classifier.ngram_columns(2, "en").all()
    assert classifier._table is not None
    cut = copy.copy(classifier)
    cut._table = (classifier._table * narrow).astype(classifier._table.dtype)
    request = "what are good running shoes for trails"
    np.testing.assert_array_equal(cut.text_probabilities(request), classifier.text_probabilities(request))
    encoded = classifier.encoder.encode_text(request)
    np.testing.assert_array_equal(cut.encoded_probabilities(encoded), classifier.encoded_probabilities(encoded))
    blind = copy.copy(classifier)
    blind._table = np.zeros_like(classifier._table)
    assert np.abs(blind.text_probabilities(request) - classifier.text_probabilities(request)).max() > 1e-4
    german = "welche Wanderschuhe sind gut für die Alpen"
    assert np.abs(cut.text_probabilities(german) - classifier.text_probabilities(german)).max() > 0.01
    post = " ".join(["The new graphics card renders the scene twice as fast as the old one did."] * 30)
    assert len(classifier.encoder.encode_text(post).passages) > 1
    assert np.abs(cut.text_probabilities(post) - classifier.text_probabilities(post)).max() > 1e-4


def test_the_gate_and_the_topic_head_read_the_ngram_hashes_that_encoded_carries(classifier: TopicClassifier) -> None:
    """An utterance is hashed once: both n-gram tables and the language detection read `Encoded.ngram_hashes`, so
    hashes planted there (none) change what both heads see and the language they hold it to, and a fresh `Encoded`
    gives the text path's figures."""
    from edge.privacy.sensitive_model import SensitiveModel

    text = "welche Wanderschuhe sind gut für die Alpen"
    model = SensitiveModel.load(encoder=classifier.encoder)
    encoded = classifier.encoder.encode_text(text)
    assert encoded.ngram_hashes is encoded.ngram_hashes
    np.testing.assert_allclose(
        classifier.encoded_probabilities(encoded), classifier.text_probabilities(text), atol=1e-5
    )
    assert np.abs(model.passage_inputs(text, encoded)[1]).max() > 0.01
    planted = classifier.encoder.encode_text(text)
    planted.__dict__["ngram_hashes"] = (np.zeros(0, dtype=np.int64),)
    assert not model.passage_inputs(text, planted)[1].any()
    assert encoded.language == language(text) == "de" and planted.language == "en"
    assert not np.array_equal(model.thresholds_for(text, encoded), model.thresholds_for(text, planted))
    blind = copy.copy(classifier)
    blind._table = np.zeros_like(classifier._table)
    np.testing.assert_allclose(classifier.encoded_probabilities(planted), blind.text_probabilities(text), atol=1e-5)
    assert ngrams.ngram_ids(text, 1 << 15).tolist() == (ngrams.hashes(text) % (1 << 15)).tolist()


def test_classify_encoded_matches_classify_without_another_encoder_pass(classifier: TopicClassifier) -> None:
    text = "any cheap flights to Lisbon in May"
    encoded = classifier.encoder.encode_text(text)
    assert classifier.classify_encoded(encoded) == classifier.classify(text)
    assert classifier.classify_encoded(classifier.encoder.encode_text("Yes, please.")) == []


def test_a_text_is_held_to_its_languages_interest_threshold(classifier: TopicClassifier) -> None:
    """The sidecar carries an interest threshold per other language of use; a German request is held to German's,
    whatever the shared (English) one says."""
    assert set(classifier.calibration.language_thresholds) == {"de", "es", "fr", "it"}
    text = "welche Wanderschuhe sind gut für die Alpen"
    probs = classifier.text_probabilities(text)
    interest = 1.0 - float(probs[list(classifier.calibration.labels).index(NO_INTEREST_LABEL)])
    under, over = interest - 0.01, interest + 0.01
    held = copy.copy(classifier)
    held.calibration = replace(classifier.calibration, threshold=under, language_thresholds={"de": over})
    assert held.classify(text) == []
    assert held.topics_from_probabilities(probs, "en")
    held.calibration = replace(classifier.calibration, threshold=over, language_thresholds={"de": under})
    assert held.classify(text)
    assert held.topics_from_probabilities(probs, "en") == []
