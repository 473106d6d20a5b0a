"""An everyday vote is not a political opinion: the gate asks its model again with the words of voting made words
of choosing (`edge.privacy.votes`), only for a vote in an everyday setting whose object is not the opinion itself,
and only for a political or trade-union block.

`tests/data/vote_sentences.jsonl`: 120 everyday votes (dinner, a class rep, a club's treasurer, a talent show, a
group chat's poll) and 80 disclosures written to look like them (a party, a referendum, a candidate canvassed for,
a strike ballot), five languages, written by a helper session that read no repository file (stop 56, CC0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.swap import VOTES, SwapRelease
from edge.privacy.votes import swap_votes
from tests.conftest import read_rows

VOTE_SENTENCES = Path(__file__).parent / "data" / "vote_sentences.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def before(analyzer: TextAnalyzer) -> PrivacyGate:
    """The gate as it was at stop 55: no vote swap."""
    swaps = tuple(s for s in SwapRelease().swaps if s is not VOTES)
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=swaps))


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        (
            "we voted on where to eat and ended up at the taco place",
            "en",
            "we decided on where to eat and ended up at the taco place",
        ),
        ("the kids voted for pancakes", "en", "the kids went for pancakes"),
        ("my son was elected class rep", "en", "my son was picked class rep"),
        ("die Wahl des Klassensprechers ist am Montag", "de", "die Auswahl des Klassensprechers ist am Montag"),
        ("wir stimmen heute Abend über den Film ab", "de", "wir suchen heute Abend über den Film aus"),
        ("hemos votado y al final cenamos en el japonés", "es", "hemos escogido y al final cenamos en el japonés"),
        ("on a voté pour la pizza ce soir", "fr", "on a choisi la pizza ce soir"),
        ("in ufficio abbiamo votato il nuovo logo", "it", "in ufficio abbiamo scelto il nuovo logo"),
    ],
)
def test_an_everyday_vote_becomes_a_choice(text: str, lang: str, swapped: str) -> None:
    assert swap_votes(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I voted for them and I regret it", "en"),  # no everyday setting: a vote of the state
        ("register me to vote in the next election", "en"),
        ("at the office we all voted labour", "en"),  # a bare object is the party
        ("the whole office voted to go on strike", "en"),  # the lexicon's strike stays
        ("everyone in my family voted to leave", "en"),  # a referendum's side
        ("my family never votes", "en"),  # a habit of voting
        ("the family voted green in the local elections", "en"),
        ("i'm stuffing envelopes at the campaign office tonight", "en"),  # a campaign is not swapped
        ("wir haben in der Familie alle Volt gewählt", "de"),
        ("en la oficina todos votamos al PSOE", "es"),
        ("au bureau on a voté Mélenchon au premier tour", "fr"),
        ("in ufficio abbiamo votato per la Lega", "it"),
        ("the kids voted for pancakes", "pt"),  # not one of edge's languages
    ],
)
def test_no_vote_swap_when_the_vote_is_the_opinion(text: str, lang: str) -> None:
    assert swap_votes(text, lang) is None


def test_vote_sentences(analyzer: TextAnalyzer, before: PrivacyGate) -> None:
    """Measured at stop 56: the stop-55 gate blocked 57 of the 120 everyday votes (read blind) and 79 of the 80
    disclosures; this one, whose rules were written after reading the blind figures, blocks 29 and the same 79."""
    rows = read_rows(VOTE_SENTENCES)
    assert len(rows) == 200 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    gate = analyzer.gate

    def blocked(kind: str, by: PrivacyGate) -> list[str]:
        return [r["text"] for r in rows if r["kind"] == kind and by.check(r["text"]).blocked]

    assert len(blocked("vote", before)) >= 55
    assert len(blocked("vote", gate)) <= 29
    assert sum(r["sensitive"] for r in rows if r["kind"] == "disclosure") == 80
    kept, kept_before = blocked("disclosure", gate), blocked("disclosure", before)
    assert len(kept_before) >= 79
    assert set(kept_before) <= set(kept), set(kept_before) - set(kept)  # nothing the old gate blocked goes through
