"""Every text-bearing field redacted the same way: words, partial captions, a field added later, blocked text."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from edge.errors import PrivacyError
from edge.privacy.pii import redact_fields, redact_words
from edge.types import Partial, Utterance, Word


def words(*items: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text, start, end, 0.9) for text, start, end in items)


@pytest.mark.parametrize(
    ("spoken", "before", "after"),
    [
        ("call me on five five five two one two four three six seven please", ["call", "me", "on"], ["please"]),
        # said in German, as Vosk's German model writes it
        (
            "ruf mich unter null eins sieben sechs zwei drei vier fünf sechs sieben acht an",
            ["ruf", "mich", "unter"],
            ["an"],
        ),
    ],
)
def test_words_of_a_spoken_phone_number_become_one_placeholder_with_the_span_times(
    spoken: str, before: list[str], after: list[str]
) -> None:
    ws = tuple(Word(w, i * 0.5, i * 0.5 + 0.4, 0.8) for i, w in enumerate(spoken.split()))
    out = redact_words(ws, spoken)
    assert [w.text for w in out] == [*before, "[PHONE]", *after]
    placeholder = out[len(before)]
    assert (placeholder.start, placeholder.end) == (ws[len(before)].start, ws[-len(after) - 1].end)


def test_whisper_style_words_with_punctuation_and_a_formatted_number() -> None:
    text = "My card number is 4,111,111,111,111,111,111,111. Thanks, Sarah."
    ws = words(
        ("My", 0, 0.2), ("card", 0.2, 0.4), ("number", 0.4, 0.6), ("is", 0.6, 0.7),
        ("4,111,111,111,111,111,111,111.", 0.7, 3.0), ("Thanks,", 3.1, 3.4), ("Sarah.", 3.4, 3.8),
    )  # fmt: skip
    out = redact_words(ws, text)
    assert [w.text for w in out] == ["My", "card", "number", "is", "[CARD]", "Thanks,", "[NAME]"]


def test_words_that_differ_from_the_text_are_still_redacted() -> None:
    # The words spell the number differently from the text: the words' own text is analysed too.
    ws = words(("ring", 0, 0.3), ("555-212-4367", 0.3, 2.0))
    assert [w.text for w in redact_words(ws, "ring five five five two one two four three six seven")] == [
        "ring",
        "[PHONE]",
    ]
    # A word with digits that cannot be placed in the text is masked: fail closed.
    assert [w.text for w in redact_words(words(("order", 0, 1), ("77", 1, 2)), "order")] == ["order", "[NUMBER]"]


def test_utterance_every_text_field_redacted_and_engine_kept() -> None:
    text = "email jane.doe@example.com or call 555-212-4367"
    utterance = Utterance(
        0.0,
        3.0,
        text,
        "whisper",
        words(
            ("email", 0, 0.5),
            ("jane.doe@example.com", 0.5, 1.5),
            ("or", 1.5, 1.7),
            ("call", 1.7, 2.0),
            ("555-212-4367", 2.0, 3.0),
        ),  # fmt: skip
    )
    shown = redact_fields(utterance)
    assert shown.text == "email [EMAIL] or call [PHONE]"
    assert [w.text for w in shown.words] == ["email", "[EMAIL]", "or", "call", "[PHONE]"]
    assert shown.engine == "whisper" and (shown.start, shown.end) == (0.0, 3.0)


def test_partial_caption_masks_a_number_still_being_dictated() -> None:
    assert redact_fields(Partial(1.0, "it is five five five two"), caption=True).text == "it is [NUMBER]"
    assert redact_fields(Partial(1.0, "it is 5 5 5 2"), caption=True).text == "it is [NUMBER]"
    assert redact_fields(Partial(1.0, "set a timer for 10 minutes"), caption=True).text == "set a timer for 10 minutes"
    # the number a caption ends on may still grow into a card number or an address
    assert redact_fields(Partial(1.0, "my card number is 4"), caption=True).text == "my card number is [NUMBER]"
    assert redact_fields(Partial(1.0, "I live at 42m"), caption=True).text == "I live at [NUMBER]"
    # a number next to a redacted one, or after "number", "address", is most likely the same one misheard
    assert redact_fields(Partial(1.0, "call me on 5.5 to 2124"), caption=True).text == "call me on [NUMBER] to [NUMBER]"
    assert redact_fields(Partial(1.0, "my address is 221 acres tree"), caption=True).text == (
        "my address is [NUMBER] acres tree"
    )
    assert (
        redact_fields(Partial(1.0, "my car number is 4. my car"), caption=True).text
        == "my car number is [NUMBER]. my car"
    )


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("meine Nummer ist null eins sieben", "meine Nummer ist [NUMBER]"),
        ("meine Kartennummer ist vier", "meine Kartennummer ist [NUMBER]"),
        ("mon numéro c'est le zéro six", "mon numéro c'est le [NUMBER]"),
        ("mi número es seis cero", "mi número es [NUMBER]"),
        ("il mio numero è tre tre", "il mio numero è [NUMBER]"),
        ("stell einen Timer auf zehn Minuten", "stell einen Timer auf zehn Minuten"),
    ],
)
def test_partial_caption_masks_a_number_being_dictated_in_another_language(said: str, shown: str) -> None:
    assert redact_fields(Partial(1.0, said), caption=True).text == shown


def test_a_new_text_field_is_redacted_and_an_unknown_kind_of_field_is_refused() -> None:
    @dataclass(frozen=True)
    class Future:
        text: str
        summary: str
        extra: tuple[str, ...] = ()

    assert redact_fields(Future("hi", "call 555-212-4367")).summary == "call [PHONE]"
    with pytest.raises(PrivacyError, match="Future.extra"):
        redact_fields(Future("hi", "x", ("call 555-212-4367",)))


def test_blocked_utterance_text_is_replaced_unless_the_app_asks_for_it() -> None:
    from edge.pipeline import TextResult, shown_result
    from edge.types import PiiSpan, Verdict

    text = "I'm Michael and my doctor changed my medication"
    utterance = Utterance(2.0, 5.0, text, "whisper", words(("I'm", 2.0, 2.2), ("Michael", 2.2, 2.8)))
    verdict = Verdict(True, ("health",), ("model",), (PiiSpan("name", 4, 10, 4, 11),), "I'm [NAME] and my ...")
    hidden = shown_result(0, utterance, TextResult(verdict), gated=True)
    assert hidden.analysis is not None
    assert hidden.utterance.text == hidden.analysis.verdict.redacted_text == "[sensitive: health]"
    assert [(w.text, w.start, w.end) for w in hidden.utterance.words] == [("[sensitive: health]", 2.0, 5.0)]
    assert hidden.analysis.verdict.pii == () and hidden.to_json()["text"] == "[sensitive: health]"
    shown = shown_result(0, utterance, TextResult(verdict), gated=True, show_blocked_text=True)
    assert shown.analysis is not None
    assert shown.utterance.text == "I'm [NAME] and my ..."
    assert [w.text for w in shown.utterance.words] == ["I'm", "[NAME]"]
    assert shown.analysis.topics == () and shown.analysis.verdict.blocked
    ungated = shown_result(0, utterance, TextResult(Verdict(False, redacted_text=text)), gated=False)
    assert ungated.utterance is utterance  # no gate, no redaction (edge transcribe)
