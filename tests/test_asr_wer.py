"""The WER helper the ASR quality tests rely on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.wer import normalize, number_to_words, wer


def test_identical_text_has_zero_error():
    assert wer(["set a timer for ten minutes"], ["Set a timer for ten minutes."]) == 0.0


def test_counts_substitutions_deletions_insertions_over_reference_words():
    # one substitution (ten -> two), one deletion (a), one insertion (please) over 6 reference words
    assert wer(["set a timer for ten minutes"], ["set timer for two minutes please"]) == pytest.approx(3 / 6)


def test_corpus_wer_pools_words_rather_than_averaging_sentences():
    refs = ["one two three four five six seven eight nine ten", "hello"]
    hyps = ["one two three four five six seven eight nine ten", "goodbye"]
    assert wer(refs, hyps) == pytest.approx(1 / 11)


def test_empty_hypothesis_is_all_deletions():
    assert wer(["turn off the lights"], [""]) == 1.0


def test_digits_times_and_abbreviations_are_spelled_out():
    assert normalize("Set a timer for 10 minutes.") == "set a timer for ten minutes"
    assert normalize("Wake me at 7:30, and at 6:05") == "wake me at seven thirty and at six oh five"
    assert normalize("Mr. John Dashwood") == "mister john dashwood"
    assert (
        normalize("the 21st of May, 1,250 people & 50%")
        == "the twenty first of may one thousand two hundred fifty people and fifty percent"
    )
    assert normalize("What's the weather like?") == "what's the weather like"
    assert normalize("'quoted' words_here") == "quoted words here"
    assert normalize("안녕하세요, 오늘 날씨!") == "안녕하세요 오늘 날씨"


def test_number_to_words():
    assert number_to_words(0) == "zero"
    assert number_to_words(15) == "fifteen"
    assert number_to_words(40) == "forty"
    assert number_to_words(215) == "two hundred fifteen"
    assert number_to_words(100_001) == "one hundred thousand one"
    with pytest.raises(ValueError):
        number_to_words(1_000_000)


@settings(deadline=None)  # no wall-clock limit per example: a busy CI machine must not fail it
@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_normalise_like_digits(n):
    assert normalize(str(n)) == normalize(number_to_words(n)) == number_to_words(n)


def test_wrong_words_are_never_normalised_away():
    assert wer(["book a table for two"], ["book a cable for three"]) == pytest.approx(2 / 5)


def test_mismatched_lists_and_empty_references_are_refused():
    with pytest.raises(ValueError):
        wer(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        wer([""], ["anything"])
