"""The privacy gate: context decides (not words), fails closed, and meets its quality bars on the untouched test
half of the labelled sentences (five languages) and on held-out real posts and assistant requests."""

from __future__ import annotations

import json
import logging
import shutil
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from edge.errors import ModelError
from edge.pipeline import TextAnalyzer
from edge.privacy import CATEGORIES, PrivacyGate
from edge.privacy.sensitive_model import SensitiveModel, privacy_dir
from edge.topics.encoder import Encoded
from edge.types import Verdict
from tests.conftest import DATASETS, INTEREST_PROBE, PROBE, labelled, read_rows

# Bars at the measured figures less a margin, so a regression fails. They are below the targets
# (recall 0.95 / 0.97, false blocks 0.05 / 0.03): models/privacy/MODEL_CARD.md gives the figures and the gap.
PARAPHRASE_RECALL = 0.92  # measured 0.977 with stop 39's lexicon (0.960 before; M 0.966, L 0.960)
EXPLICIT_RECALL = 0.94  # measured 0.985 with stop 39's lexicon (0.969 before, as M; L 0.959)
TRAP_FALSE_BLOCK = 0.09  # measured 0.034 with stop 53's idioms (0.046 with the interest release; M 0.063, L 0.069)
REQUEST_FALSE_BLOCK = 0.05  # measured 0.013 (commands, interest requests, small talk; M 0.018)
PROBE_RECALL = 0.95  # measured 0.983 over 23 batches (blind 16 0.940, 18 1.0, 21 0.910, 22 0.963, 23 0.986)
EVERYDAY_OTHER_LANGUAGES_FALSE_BLOCK = 0.18  # measured 0.079 (the probe's batches 5 and 6; M 0.136)
# measured 0.078 over 23 batches (185 of 2,371; batch 23 read blind 14 of 130, 11 of 128 now; batch 22 read blind 17
# of 140, 9 of 135 now); over the first twenty 0.078 (154 of 1,969 with stop 58's animals and idioms; 163 with stop
# 57's landmarks beside the speaker; 166 with stop 56's everyday votes; 170 with stop 55's places talked about and
# failing unlocks; 188 at stop 54, 200 at stop 52; nineteen 0.101; blind 17 0.094, 18 0.271, 19 0.120, 20 0.153, 21
# 0.114, 22 0.121, 23 0.108)
PROBE_FALSE_BLOCK = 0.16
# measured 0.071 (83 of 1,172; batch 23 read blind 11 of 70, 9 now; batch 22 read blind 9 of 80, 4 of 78 now; the
# first twenty 64 of 945, 72 at stop 57, 73 at stop 56, 76 at stop 55, 83 at stop 54, 94 before 53)
ENGLISH_PROBE_FALSE_BLOCK = 0.13


@pytest.fixture(scope="module")
def gate() -> PrivacyGate:
    return PrivacyGate.load()


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


def probe() -> list[dict]:
    return read_rows(PROBE)


@pytest.fixture(scope="module")
def test_half(gate: PrivacyGate) -> list[dict]:
    """The untouched test half, each row with the gate's decision."""
    rows = labelled("test")
    for row in rows:
        row["blocked"] = gate.check(row["text"]).blocked
    return rows


def rate(rows: list[dict]) -> float:
    return sum(r["blocked"] for r in rows) / len(rows)


# --- decisions in context ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "let's meet at the church street bakery at noon",
        "the Grateful Dead played a great set",
        "the Labour Day sale starts on Monday",
        "I'm addicted to this TV show",
        "the hospital parking lot is full so park at the mall",
        "wir fahren im Sommer nach Italien in den Urlaub",
        "Yes please.",
        "Yes, please.",
        "Green Bay won again on Sunday",
        "we need to jail break my old iPhone",
        "la grève des trains est finie, quand part le prochain tgv",  # a strike as news, not membership
        "when is the next zelda game coming out",  # with "zelda game" redacted whole it read "[NAME] coming out"
    ],
)
def test_trap_words_in_ordinary_sentences_pass(gate: PrivacyGate, text: str) -> None:
    assert not gate.check(text).blocked


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my PO wants me to check in every week", "criminal"),
        ("my sponsor called me at midnight", "health"),
        ("estoy embarazada de tres meses", "health"),
        ("soy musulmán y no como cerdo", "religion"),
        ("my chemotherapy starts monday", "health"),
        ("my union rep sarah called about the strike", "trade_union"),
    ],
)
def test_paraphrases_without_keywords_block(gate: PrivacyGate, text: str, category: str) -> None:
    verdict = gate.check(text)
    assert verdict.blocked and category in verdict.categories and verdict.layers == ("model",)


def test_allows_ordinary_request_and_redacts_pii(gate: PrivacyGate) -> None:
    verdict = gate.check("text jennifer at 555-123-4567 that the pizza is here")
    assert not verdict.blocked and verdict.categories == () and verdict.layers == ()
    assert "555" not in verdict.redacted_text and "pizza is here" in verdict.redacted_text
    assert {p.type for p in verdict.pii} >= {"phone"}


def test_sensitive_term_inside_a_redacted_name_still_counts(gate: PrivacyGate) -> None:
    verdict = gate.check("I'm Christian and I go to church on Sundays")
    assert verdict.blocked and "religion" in verdict.categories


def test_verdict_json_carries_no_text(gate: PrivacyGate) -> None:
    verdict = gate.check("my union rep sarah called about the strike")
    dumped = json.dumps(verdict.to_json())
    assert "sarah" not in dumped and "strike" not in dumped
    assert verdict.to_json()["blocked"] is True and "trade_union" in verdict.to_json()["categories"]


def test_assess_hands_the_encoded_redacted_text_to_the_topic_classifier(gate: PrivacyGate) -> None:
    verdict, encoded = gate.assess("email jane.doe@example.com the cheapest flights to Lisbon in May")
    assert not verdict.blocked and encoded is not None
    assert encoded.text == verdict.redacted_text and encoded.embeddings.shape == (1, 384)
    blocked, nothing = gate.assess("I have stage two breast cancer")
    assert blocked.blocked and nothing is None


@pytest.mark.parametrize("text", ["", " ", "...", "?", "?!", "-", "—", "…", "\u200b"])
def test_a_text_without_words_passes_with_nothing_to_record(analyzer: TextAnalyzer, text: str) -> None:
    """A wordless text discloses nothing, and the model's verdict on it (religion and politics for "?") would show
    the app a block for no reason."""
    result = analyzer.analyze(text)
    assert result.verdict == Verdict(blocked=False, redacted_text=text) and result.topics == ()


def test_a_symbol_is_read_by_the_model() -> None:
    read: list[str] = []

    def spy(original: str, encoded: Encoded) -> tuple[str, ...]:
        read.append(original)
        return ()

    gate = PrivacyGate([("spy", spy)])
    for text in ("🏳️‍🌈", "✝", "€ 5", "...", "?!"):
        gate.check(text)
    assert read == ["🏳️‍🌈", "✝", "€ 5"]


# --- fail closed -----------------------------------------------------------------------------------


def _boom(original: str, encoded: Encoded) -> tuple[str, ...]:
    raise RuntimeError("layer exploded")


def test_failing_layer_blocks_and_no_layer_unblocks(caplog: pytest.LogCaptureFixture) -> None:
    quiet = ("quiet", lambda original, encoded: ())
    gate = PrivacyGate([quiet, ("broken", _boom), quiet])
    with caplog.at_level(logging.DEBUG):
        verdict = gate.check("what's the weather in lisbon")
    assert verdict.blocked and verdict.layers == ("error",) and verdict.categories == ()
    assert "lisbon" not in caplog.text  # the failure is logged without the utterance
    fired = ("model", lambda original, encoded: ("health",))
    verdict = PrivacyGate([fired, quiet]).check("anything")
    assert verdict.blocked and verdict.layers == ("model",) and verdict.categories == ("health",)


def test_failing_redaction_or_encoder_blocks() -> None:
    def bad_redact(text: str):
        raise ValueError("regex engine broke")

    verdict = PrivacyGate([("quiet", lambda o, e: ())], redact=bad_redact).check("hello there")
    assert verdict == Verdict(blocked=True, layers=("error",))

    def bad_encode(text: str) -> Encoded:
        raise RuntimeError("onnxruntime broke")

    verdict, encoded = PrivacyGate([("quiet", lambda o, e: ())], encode=bad_encode).assess("hello there")
    assert verdict.blocked and verdict.layers == ("error",) and encoded is None


def test_non_text_input_blocks_instead_of_raising(gate: PrivacyGate) -> None:
    assert gate.check(None).layers == ("error",)  # type: ignore[arg-type]
    assert gate.check(b"bytes").blocked  # type: ignore[arg-type]


def test_real_layer_failure_blocks() -> None:
    """A real model whose head session is gone (as after a corrupt reload) must block, not raise."""
    model = SensitiveModel.load()
    model._head = None  # the next run raises AttributeError inside the layer
    verdict = PrivacyGate.load(model=model).check("what's the weather tomorrow")
    assert verdict.blocked and verdict.layers == ("error",)


# --- shipped files ---------------------------------------------------------------------------------


def test_missing_or_corrupt_model_files_raise_model_error(tmp_path: Path) -> None:
    folder = tmp_path / "privacy"
    shutil.copytree(privacy_dir(), folder, ignore=shutil.ignore_patterns("lexicon", "*.py", "*.jsonl"))
    (folder / "sensitive_head.json").write_text("{not json")
    with pytest.raises(ModelError, match="corrupt"):
        SensitiveModel.load(folder)
    shutil.copy(privacy_dir() / "sensitive_head.json", folder / "sensitive_head.json")
    (folder / "sensitive_ngrams.npy").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="n-gram table .* corrupt"):
        SensitiveModel.load(folder)
    shutil.copy(privacy_dir() / "sensitive_ngrams.npy", folder / "sensitive_ngrams.npy")
    (folder / "sensitive_head.onnx").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="not an ONNX model"):
        SensitiveModel.load(folder)
    (folder / "sensitive_head.onnx").unlink()
    with pytest.raises(ModelError, match="not found"):
        SensitiveModel.load(folder)


LONG_POST = (
    "I have been reading about the new graphics cards and their drivers for a while now. "
    "My doctor changed my blood pressure medication last week and the new pills make me dizzy in the morning, "
    "so I asked the pharmacist whether I should take them with food or in the evening instead. "
) * 4


CAR_POST = 3 * (
    "We finally replaced the brake pads on the old station wagon this weekend. "
    "The front rotors were still within spec, so we only cleaned them and checked the calipers for sticking. "
    "My neighbour lent me his torque wrench, which made the wheel nuts much easier to get right. "
    "Next month the timing belt is due, and the dealer wants far too much for the job, so I am reading the manual. "
    "If anyone has done the belt on the two litre engine, I would like to hear how long it took you. "
    "The tensioner looks simple, but the crank pulley bolt is said to be very tight and needs a holding tool. "
)


def test_the_gate_reads_every_window_of_a_long_text(analyzer: TextAnalyzer) -> None:
    """A disclosure after three windows of car talk blocks the text (the gate once read only the first three);
    the topic head and the long-text head still read the leading windows."""
    disclosure = CAR_POST + "\n\nI was diagnosed with HIV last year and I'm still scared to tell anyone.\n"
    question = CAR_POST + "\n\nAlso, does anyone know a good tire shop near the airport?\n"
    assert analyzer.classifier is not None
    encoded = analyzer.classifier.encoder.encode_text(disclosure)
    assert len(encoded.passages) == 6 and encoded.lead == 3
    verdict = analyzer.analyze(disclosure).verdict
    assert verdict.blocked and verdict.categories == ("health",)
    plain = analyzer.analyze(question)
    assert not plain.verdict.blocked and plain.topics[0].tier1 == "Automotive"
    # the topic head reads the leading windows only: the same probabilities as without the last ones
    lead = analyzer.classifier.encoded_probabilities(analyzer.classifier.encoder.encode_text(question))
    assert np.array_equal(lead, analyzer.classifier.text_probabilities(question))


DISCLOSURE = "I was diagnosed with HIV last year and I'm still scared to tell anyone."
SET_ASIDE = {
    "signature": "\n\n-- \n{}\n",
    "dashed line": "\n\n-----Original Message-----\nFrom: Jo\n{}\n",
    "quoted reply": "\n\nIn article <1993Apr20.1@news.example.edu> jo@example.edu writes:\n> {}\n",
    "nested quote": "\n\nJo wrote:\n> > {}\n",
}


@pytest.mark.parametrize("where", sorted(SET_ASIDE))
def test_the_gate_reads_what_a_long_text_quotes_or_signs(analyzer: TextAnalyzer, where: str) -> None:
    """A disclosure in a quoted reply, under a signature marker or after a dashed line blocks the text: the gate
    once left that text unread, as the topic head still does (its probabilities are those of the post alone)."""
    from edge.topics.text import passages

    assert analyzer.classifier is not None
    encoder = analyzer.classifier.encoder
    text = CAR_POST + SET_ASIDE[where].format(DISCLOSURE)
    encoded = encoder.encode_text(text)
    assert encoded.own == len(passages(CAR_POST, max_passages=None)) < len(encoded.passages)
    assert DISCLOSURE in encoded.passages[-1]
    verdict = analyzer.analyze(text).verdict
    assert verdict.blocked and verdict.categories == ("health",)
    own_words = analyzer.classifier.encoded_probabilities(encoder.encode_text(CAR_POST + SET_ASIDE[where].format("")))
    assert np.array_equal(analyzer.classifier.encoded_probabilities(encoded), own_words)


def test_what_a_long_text_quotes_or_signs_is_held_to_a_higher_bar(
    analyzer: TextAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ASIDE_MARGIN` raises the bar for the set-aside passages only: signatures name medical schools and quote
    slogans. An ordinary signature and quoted question pass with the post's own topic."""
    import edge.privacy.sensitive_model as sensitive_model

    signed = CAR_POST + SET_ASIDE["signature"].format(DISCLOSURE)
    appended = CAR_POST + "\n\n" + DISCLOSURE + "\n"
    monkeypatch.setattr(sensitive_model, "ASIDE_MARGIN", 1000.0)
    assert not analyzer.analyze(signed).verdict.blocked
    assert analyzer.analyze(appended).verdict.categories == ("health",)
    monkeypatch.undo()
    ordinary = (
        CAR_POST
        + "\n\nIn article <1993Apr20.1@news.example.edu> jo@example.edu writes:\n"
        + "> Does anyone know a good tire shop near the airport? My winter tires are worn out.\n"
        + '\n-- \nJo Miller | Department of Mechanical Engineering | "Drive slow, arrive alive"\n'
    )
    result = analyzer.analyze(ordinary)
    assert not result.verdict.blocked and result.topics[0].tier1 == "Automotive"


def test_a_body_is_split_into_own_words_and_set_aside_text_and_no_text_line_is_lost() -> None:
    from edge.topics.text import clean_body, read_passages, set_aside

    body = "\n".join(
        [
            "The pads are worn.",
            "In article <x@y.z> jo@example.edu writes:",
            "> > Mine squeal when cold.",
            "| a line quoted with a bar",
            "jo> quoted with initials",
            "+--------+--------+",
            "The rotors are fine.",
            "-- ",
            "Jo Miller, Springfield",
            "-----BEGIN PGP SIGNATURE-----",
            "iQCVAwUBK9xyz",
        ]
    )
    assert clean_body(body) == "The pads are worn. The rotors are fine."
    assert set_aside(body) == (
        "In article <x@y.z> jo@example.edu writes: Mine squeal when cold. a line quoted with a bar "
        "quoted with initials Jo Miller, Springfield iQCVAwUBK9xyz"
    )
    assert read_passages("mine squeal when cold") == (["mine squeal when cold"], [])
    post = "From: jo@example.com\nSubject: Re: brakes\n\n" + body
    assert read_passages(post) == (["brakes", clean_body(body)], [set_aside(body)])


def test_a_note_that_starts_like_a_header_is_read_whole(analyzer: TextAnalyzer) -> None:
    """Only two or more header fields over a blank line are a header block; "Update: ..." on one long line was once
    taken for one with no body (its first 2,000 characters read as one passage), "Note: ..." over a blank line
    was dropped unread."""
    from edge.topics.text import split_headers

    disclosure = "I was diagnosed with HIV last year and I'm still scared to tell anyone."
    for text in (
        "Update: " + CAR_POST + disclosure,
        "Note: " + disclosure + "\n\nSee you tomorrow at the garage.",
    ):
        assert split_headers(text) == ("", text)
        assert analyzer.analyze(text).verdict.categories == ("health",), text[:30]
    post = "From: jo@example.com\nArticle-I.D.: news.1993Apr6\nSubject: Re: brakes\n\nThe pads are worn."
    assert split_headers(post) == ("brakes", "The pads are worn.")


def test_a_text_longer_than_the_gate_reads_is_blocked(analyzer: TextAnalyzer) -> None:
    from edge.errors import UsageError
    from edge.topics.text import MAX_READ_PASSAGES, MAX_WORDS

    text = "the weather was fine and we walked along the river. " * (MAX_READ_PASSAGES * MAX_WORDS // 10 + 10)
    assert analyzer.classifier is not None
    with pytest.raises(UsageError, match="split it"):
        analyzer.classifier.encoder.encode_text(text)
    result = analyzer.analyze(text)
    assert result.verdict.blocked and result.verdict.layers == ("error",) and result.topics == ()


def test_long_texts_are_held_to_their_own_thresholds(tmp_path: Path) -> None:
    folder = tmp_path / "privacy"
    shutil.copytree(privacy_dir(), folder, ignore=shutil.ignore_patterns("lexicon", "*.py", "*.jsonl"))
    sidecar = json.loads((folder / "sensitive_head.json").read_text())
    utterance = "my doctor changed my blood pressure medication last week"
    shipped = SensitiveModel.load(folder)
    encoded = shipped.encoder.encode_text(LONG_POST)
    assert len(encoded.passages) > 1
    assert "health" in shipped.decide(LONG_POST, encoded).categories
    # Long-text thresholds no score reaches, even lowered by a lexicon proposal: the passage rule lets the post
    # pass, the utterance still uses its own thresholds and fires.
    unreachable = 1.01 / sidecar["proposal_factor"]
    sidecar["long_thresholds"] = {c: unreachable for c in sidecar["categories"]}
    (folder / "sensitive_head.json").write_text(json.dumps(sidecar))
    strict = SensitiveModel.load(folder, encoder=shipped.encoder, post_head=False)
    assert strict.decide(LONG_POST, encoded).categories == ()
    assert "health" in strict.decide(utterance, shipped.encoder.encode_text(utterance)).categories
    # With the long-text head, health is the post head's to decide: the passage thresholds no longer matter.
    assert "health" in SensitiveModel.load(folder, encoder=shipped.encoder).decide(LONG_POST, encoded).categories


def test_the_long_text_head_decides_its_categories_for_posts_only(tmp_path: Path) -> None:
    folder = tmp_path / "privacy"
    shutil.copytree(privacy_dir(), folder, ignore=shutil.ignore_patterns("lexicon", "*.py", "*.jsonl"))
    shipped = SensitiveModel.load(folder)
    assert shipped.post_head is not None and shipped.post_head.decided == ("health", "religion", "political")
    post = shipped.encoder.encode_text(LONG_POST)
    utterance = "my doctor changed my blood pressure medication last week"
    assert "health" in shipped.decide(LONG_POST, post).categories
    # A bar no probability reaches: the post passes, although its passages clear their own thresholds...
    head = json.loads((folder / "sensitive_posts.json").read_text())
    (folder / "sensitive_posts.json").write_text(json.dumps(head | {"threshold": 1.01, "passage_margin": 1e9}))
    deaf = SensitiveModel.load(folder, encoder=shipped.encoder)
    assert (
        "health"
        in SensitiveModel.load(folder, encoder=shipped.encoder, post_head=False).decide(LONG_POST, post).categories
    )
    assert deaf.decide(LONG_POST, post).categories == ()
    # ...and an utterance never reads the post head.
    assert "health" in deaf.categories(utterance)
    # A passage at its margin fires by itself.
    (folder / "sensitive_posts.json").write_text(json.dumps(head | {"threshold": 1.01, "passage_margin": 1.0}))
    assert "health" in SensitiveModel.load(folder, encoder=shipped.encoder).decide(LONG_POST, post).categories
    # The categories it does not decide still fire by the passage rule.
    union_post = (
        "The union meeting is on Thursday and the shop steward wants every member to vote on the strike. "
    ) * 8
    assert "trade_union" in deaf.decide(union_post, shipped.encoder.encode_text(union_post)).categories
    (folder / "sensitive_posts.json").write_text(json.dumps(head | {"classes": ["health", "none", "religion"]}))
    with pytest.raises(ModelError, match="does not fit"):
        SensitiveModel.load(folder, encoder=shipped.encoder)
    (folder / "sensitive_posts.json").write_text(json.dumps(head | {"weights": [row[:-1] for row in head["weights"]]}))
    with pytest.raises(ModelError, match="another encoder"):
        SensitiveModel.load(folder, encoder=shipped.encoder)
    (folder / "sensitive_posts.json").write_text('{"classes": [')
    with pytest.raises(ModelError, match="corrupt"):
        SensitiveModel.load(folder, encoder=shipped.encoder)
    (folder / "sensitive_posts.json").unlink()
    with pytest.raises(ModelError, match="long-text head not found"):
        SensitiveModel.load(folder, encoder=shipped.encoder)


def test_an_utterance_is_held_to_its_languages_thresholds(tmp_path: Path) -> None:
    folder = tmp_path / "privacy"
    shutil.copytree(privacy_dir(), folder, ignore=shutil.ignore_patterns("lexicon", "*.py", "*.jsonl"))
    sidecar = json.loads((folder / "sensitive_head.json").read_text())
    german = "ich habe Diabetes und muss dreimal am Tag Insulin spritzen"
    english = "I have diabetes and inject insulin three times a day"
    shipped = SensitiveModel.load(folder)
    assert "health" in shipped.categories(german)
    assert "health" in shipped.categories(english)
    # German thresholds no score reaches: the German sentence passes, the English one is held to the shared set.
    unreachable = 1.01 / sidecar["proposal_factor"]
    sidecar["language_thresholds"] = {"de": {c: unreachable for c in sidecar["categories"]}}
    (folder / "sensitive_head.json").write_text(json.dumps(sidecar))
    strict = SensitiveModel.load(folder, encoder=shipped.encoder)
    assert strict.categories(german) == ()
    assert "health" in strict.categories(english)
    sidecar["language_thresholds"] = {"de": {"health": 0.5}}  # a language's set names every category
    (folder / "sensitive_head.json").write_text(json.dumps(sidecar))
    with pytest.raises(ModelError, match="corrupt"):
        SensitiveModel.load(folder, encoder=shipped.encoder)


def test_model_covers_every_category() -> None:
    model = SensitiveModel.load()
    assert model.config.categories == CATEGORIES
    scores = model.scores("remind me about the union meeting")
    assert set(scores) == set(CATEGORIES) and all(0.0 <= s <= 1.0 for s in scores.values())
    assert max(scores, key=scores.__getitem__) == "trade_union"


def test_shipped_privacy_and_topic_models_fit_the_size_budget() -> None:
    from benchmarks.sizes import gate_and_classifier_bytes
    from edge.home import models_dir

    assert gate_and_classifier_bytes(models_dir()) <= 30 * 1024 * 1024


# --- quality on the untouched test half ------------------------------------------------------------


def test_test_half_is_large_diverse_and_untouched() -> None:
    rows = labelled("test")
    train = {r["text"] for r in labelled("train")}
    assert len(rows) >= 750 and not train & {r["text"] for r in rows}
    assert {r["category"] for r in rows if r["sensitive"]} == set(CATEGORIES)
    assert {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert 0.4 <= sum(r["sensitive"] for r in rows) / len(rows) <= 0.6


def test_composed_training_sentences_keep_out_of_the_test_half() -> None:
    """The composed training and dev sentences (models/privacy/corpus.py) contain no copy or near copy of a test
    sentence, and dev facts are never training facts."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "privacy"))
    import corpus

    guard = corpus.LeakGuard(r["text"] for r in labelled("test"))
    assert guard.leaks("i'm on prep now") and guard.leaks("I'm on PrEP now.")  # a near copy of a test sentence
    assert not guard.leaks("what's the weather like in Lisbon tomorrow")
    examples = corpus.examples()
    assert len(examples) >= 15_000 and {e.part for e in examples} == {"train", "dev"}
    assert not [e.text for e in examples if guard.leaks(e.text)]
    probe_guard = corpus.LeakGuard(r["text"] for r in probe() + read_rows(INTEREST_PROBE))
    assert not [e.text for e in examples if probe_guard.leaks(e.text)]
    request_guard = corpus.LeakGuard(r["text"] for path in corpus.REQUEST_SENTENCES for r in read_rows(path))
    assert not [e.text for e in examples if request_guard.leaks(e.text)]
    train_facts = {corpus.normalise(f) for block in corpus.facts_en.SENSITIVE["health"].values() for f in
                   corpus.lines(block) if corpus.part_of(f"en|{f}") == "train"}  # fmt: skip
    dev_facts = {corpus.normalise(f) for block in corpus.facts_en.SENSITIVE["health"].values() for f in
                 corpus.lines(block) if corpus.part_of(f"en|{f}") == "dev"}  # fmt: skip
    assert dev_facts and train_facts and not dev_facts & train_facts


def test_sensitive_recall_on_paraphrases_and_explicit_sentences(test_half: list[dict]) -> None:
    paraphrases = [r for r in test_half if r["kind"] == "paraphrase"]
    explicit = [r for r in test_half if r["kind"] == "explicit"]
    missed = [r["text"] for r in paraphrases + explicit if not r["blocked"]]
    assert rate(paraphrases) >= PARAPHRASE_RECALL, missed
    assert rate(explicit) >= EXPLICIT_RECALL, missed


def test_false_blocks_on_trap_words_and_assistant_requests(test_half: list[dict]) -> None:
    traps = [r for r in test_half if r["kind"] == "trap"]
    requests = [r for r in test_half if r["kind"] in ("command", "interest", "chat")]
    blocked = [r["text"] for r in traps + requests if r["blocked"]]
    assert rate(traps) <= TRAP_FALSE_BLOCK, blocked
    assert rate(requests) <= REQUEST_FALSE_BLOCK, blocked


def test_every_category_and_language_holds_up(test_half: list[dict]) -> None:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in test_half:
        if r["sensitive"]:
            groups[("category", r["category"])].append(r)
        groups[("lang-" + ("sensitive" if r["sensitive"] else "ordinary"), r["lang"])].append(r)
    for (kind, name), rows in groups.items():
        if kind == "lang-ordinary":
            assert rate(rows) <= 0.20, (name, [r["text"] for r in rows if r["blocked"]])  # worst: fr 2 of 31 (0.065)
        else:
            assert rate(rows) >= 0.85, (name, [r["text"] for r in rows if not r["blocked"]])  # worst 0.900 (fr)


def test_fresh_probe_sentences(analyzer: TextAnalyzer) -> None:
    """Sentences written after the labelled set, in 23 batches, to see how the gate meets words and senses that
    no training sentence uses ("a pilgrimage to the new ikea", "thumbprint cookies", "ho la sclerosi multipla") and
    everyday speech in the other four languages ("mia sorella si sposa a giugno"); the corpus keeps near copies of
    them out of training and dev (`corpus.protected_texts`). Read by the shipped gate, with the topic head's second
    opinions, as `edge run` and `edge classify` build it."""
    gate = analyzer.gate
    assert gate is not None
    rows = probe()
    assert len(rows) >= 250 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    for row in rows:
        row["blocked"] = gate.check(row["text"]).blocked
    sensitive = [r for r in rows if r["sensitive"]]
    ordinary = [r for r in rows if not r["sensitive"]]
    assert rate(sensitive) >= PROBE_RECALL, [r["text"] for r in sensitive if not r["blocked"]]
    assert rate(ordinary) <= PROBE_FALSE_BLOCK, [r["text"] for r in ordinary if r["blocked"]]
    english = [r for r in ordinary if r["lang"] == "en"]
    assert rate(english) <= ENGLISH_PROBE_FALSE_BLOCK, [r["text"] for r in english if r["blocked"]]
    everyday = [r for r in ordinary if r["batch"] in ("probe-5", "probe-6") and r["lang"] != "en"]
    assert len(everyday) >= 100
    # Plain everyday German, Spanish, French and Italian (family, errands, weekends), no look-alike word on purpose:
    # measured 0.079 (11 of 140; 12 before the landmark swap, the model alone 13, M 19), over the 0.05 for
    # traps; the model card says why
    assert rate(everyday) <= EVERYDAY_OTHER_LANGUAGES_FALSE_BLOCK, [r["text"] for r in everyday if r["blocked"]]


@pytest.mark.slow
def test_clinc_ordinary_requests_false_block_rate(gate: PrivacyGate) -> None:
    path = DATASETS / "clinc150" / "val.jsonl"
    if not path.is_file():
        pytest.skip(f"CLINC150 not found at {path}; set EDGE_DATASETS")
    texts = [r["text"] for r in read_rows(path)][::3]
    assert sum(gate.check(t).blocked for t in texts) / len(texts) <= 0.03


@pytest.mark.slow
def test_long_posts_recall_and_false_blocks(gate: PrivacyGate) -> None:
    if not (DATASETS / "20news" / "train.jsonl").is_file():
        pytest.skip(f"20 Newsgroups not found under {DATASETS}; set EDGE_DATASETS")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "privacy"))
    from train_posts import appended, disclosures, embedded, quoted, signed
    from train_sensitive import newsgroups

    posts = newsgroups(DATASETS, "heldout")[::4]
    blocked = np.array([gate.check(p["text"]).blocked for p in posts])
    sensitive = np.array([p["category"] is not None for p in posts])
    # this quarter: recall 0.967 (182), false blocks 0.072 (388); all held-out posts 0.977 / 0.071 (before the gate
    # read quoted and signed text, stop 44: 0.967 / 0.059 here, 0.974 / 0.061 all; reading only the first three
    # windows: 0.973 / 0.055; the targets are 0.95 / 0.08)
    assert blocked[sensitive].mean() >= 0.93
    assert blocked[~sensitive].mean() <= 0.08
    # One disclosure inside an ordinary post is mostly missed: measured 0.240 here (all held-out posts 0.242; 0.165
    # and 0.181 before stop 44, when a disclosure put into a post's opening quote went unread). A known limit
    # (privacy model card), guarded here against getting worse.
    disclosed = disclosures("test")
    inside = [gate.check(p["text"]).blocked for p in embedded(posts, disclosed)]
    assert np.mean(inside) >= 0.20
    # After the post's end: 0.466 here (all held-out posts 0.467; 0.356 before stop 44, when one after a signature
    # went unread; 0.276 when the gate read only the first three windows).
    after = [gate.check(p["text"]).blocked for p in appended(posts, disclosed)]
    assert np.mean(after) >= 0.40
    # Under a signature marker and in a quoted reply, read at ASIDE_MARGIN: 0.510 and 0.500 for every other post
    # here (all held-out posts 0.494 and 0.474; about 0.06 while the gate left that text unread).
    for where in (signed, quoted):
        assert np.mean([gate.check(p["text"]).blocked for p in where(posts[::2], disclosed)]) >= 0.40, where.__name__


def test_threshold_tuning_keeps_recall_at_its_floor() -> None:
    """A false-block budget may cost a category at most MAX_RECALL_DROP of the recall it starts with, also when the
    0.05 clip starts it under RECALL_FLOOR (the tuning once traded health recall from 0.89 down to 0.58)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models" / "privacy"))
    import train_sensitive as ts

    rng = np.random.default_rng(0)
    positives = {c: np.zeros(0, np.float32) for c in CATEGORIES}
    positives["health"] = np.concatenate([rng.uniform(0.0, 0.05, 11), rng.uniform(0.05, 1.0, 89)]).astype(np.float32)
    negatives = {"plain_ordinary": np.zeros((50, len(CATEGORIES)), np.float32)}
    negatives["plain_ordinary"][:, CATEGORIES.index("health")] = rng.uniform(0.0, 1.0, 50)
    th = ts.tune_thresholds(positives, negatives, {"plain_ordinary": 0.0}, floor=ts.RECALL_FLOOR)
    kept = float(np.mean(positives["health"] >= th["health"]))
    assert th["health"] > 0.05  # the budget did raise it
    assert kept >= 0.89 - ts.MAX_RECALL_DROP - 1e-9
    health = negatives["plain_ordinary"][:, CATEGORIES.index("health")]
    assert float(np.mean(health >= th["health"])) > 0  # and the budget stays unmet
