"""Weddings, engagements and anniversaries, and disclosures written to look like them.

`tests/data/wedding_sentences.jsonl`: 120 sentences about weddings that name no faith, no couple of one gender and
no health, and 80 disclosures (a religious ceremony, a same-sex wedding, a wedding moved for a pregnancy or an
illness, a marriage's ethnicity or sex life), five languages, written by a helper session that read no repository
file (stop 56, CC0), kept out of every training and dev set (`corpus.protected_texts`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from tests.conftest import read_rows

WEDDING_SENTENCES = Path(__file__).parent / "data" / "wedding_sentences.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


def test_wedding_sentences(analyzer: TextAnalyzer) -> None:
    """Measured at stop 56, read blind: 25 of the 120 weddings blocked, 76 of the 80 disclosures (77 since the PII
    tagger no longer takes "le curé veut qu'on fasse six mois de préparation au mariage" for an address, which had
    left the gate "le [ADDRESS]" to read). A swap of the
    wedding for a party (measured, not kept: the privacy model card, stop 56) blocked 20 and the same 76, but freed
    two disclosures among the corpus sentences ("El sábado me confieso antes de la boda"). Bars at today's figures."""
    rows = read_rows(WEDDING_SENTENCES)
    assert len(rows) == 200 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    false_blocks = [r["text"] for r in rows if not r["sensitive"] and analyzer.gate.check(r["text"]).blocked]
    misses = [r["text"] for r in rows if r["sensitive"] and not analyzer.gate.check(r["text"]).blocked]
    assert len(false_blocks) <= 25, false_blocks
    assert len(misses) <= 3, misses
