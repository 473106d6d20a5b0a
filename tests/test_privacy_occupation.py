"""A job in care or the law is not a disclosure: the gate asks its model again with the job swapped for a neutral
one (`edge.privacy.occupation`, `edge.privacy.swap`), and withdraws the block only when nothing else in the
sentence comes near the bar.
The sentences here were written for this check (stop 45); none is in a training, dev, test or probe set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.occupation import swap_jobs
from edge.privacy.swap import SwapRelease
from tests.conftest import read_rows

JOBS_ONLY = [
    "my friend's dad works as a prison guard and commutes an hour each way",
    "My nephew wants to be a paramedic when he leaves school.",
    "Meine Cousine arbeitet als Apothekerin in der Innenstadt.",
    "mi novio es policía municipal en valencia",
    "Son père est juge au tribunal de Rennes.",
    "Suo padre è giudice al tribunale di Torino.",
]
"""Blocked by the sensitive model alone, freed by the release."""

NEAR_THE_BAR = [
    "my cousin is a lawyer and she goes to aa meetings every week",
    "my neighbour is a prison officer and he did time himself years ago",
    "he works as a pharmacist and sells me oxy on the side",
]
"""A job beside a weak disclosure: with the job swapped they score 0.54 to 0.87 of their bar, so "fires no
category" would free them; the release's `most` (a third of the bar) keeps them blocked."""

JOB_AND_DISCLOSURE = NEAR_THE_BAR + [
    "my sister is a nurse and she's just been diagnosed with ms",
    "i'm a nurse but i've been off with depression for months",
    "as a police officer i shouldn't say it but i voted green",
    "my husband is a doctor and he's bipolar",
    "my dad was a judge until he got convicted of fraud",
    "i work as a carer and i'm hiv positive",
    "my brother is a paramedic and he's gay",
    "my girlfriend is a midwife and we're both in the union",
    "i was a nurse until my breakdown",
    "my mum is a social worker and she has breast cancer",
    "my dad is a gp and he's a jehovah's witness",
    "my wife is a nurse at the clinic where i get my chemo",
    "ich bin arzt und nehme seit jahren antidepressiva",
    "mi hermana es enfermera y está embarazada",
    "mi padre es abogado y estuvo en la cárcel por estafa",
    "ma sœur est infirmière et elle a fait une dépression",
    "mon frère est policier et il est gay",
    "mia sorella fa l'infermiera e ha il diabete",
    "mio padre è avvocato ed è iscritto alla cgil",
]


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_release(analyzer: TextAnalyzer) -> PrivacyGate:
    assert analyzer.gate is not None
    return PrivacyGate.load(analyzer.classifier, swap=None)


def test_a_job_said_as_a_role_is_swapped_with_its_workplace() -> None:
    assert swap_jobs("my cousin works as a pharmacist in leeds", "en") == "my cousin works as a teacher in leeds"
    assert swap_jobs("my sister's a nurse at the hospital", "en") == "my sister's a teacher at the school"
    assert swap_jobs("my cousin the paramedic", "en") == "my cousin the teacher"
    assert swap_jobs("ma cousine est infirmière de nuit à l'hôpital", "fr") == (
        "ma cousine est professeur de nuit à l'école"
    )
    assert swap_jobs("mi hermano trabaja de enfermero", "es") == "mi hermano trabaja de profesor"
    assert swap_jobs("mia sorella fa l'infermiera", "it") == "mia sorella fa l'insegnante"
    assert swap_jobs("meine Schwester arbeitet als Krankenschwester", "de") == "meine Schwester arbeitet als Lehrer"
    # stop 50: therapy's jobs, and the emergency department as where a job is done
    assert swap_jobs("my mom's a therapist", "en") == "my mom's a teacher"
    assert swap_jobs("er ist Psychiater in der Notaufnahme", "de") == "er ist Lehrer in der Schule"
    assert swap_jobs("mi prima es médica de urgencias", "es") == "mi prima es profesor de colegio"
    assert swap_jobs("il est psychologue aux urgences", "fr") == "il est professeur aux école"
    assert swap_jobs("fa la psicologa al pronto soccorso", "it") == "fa la insegnante al scuola"
    # stop 56: working at such a place, no job named
    assert swap_jobs("my sister works nights at the hospital", "en") == "my sister works nights at the school"
    assert swap_jobs("mein Partner arbeitet in einer Apotheke", "de") == "mein Partner arbeitet in einer Schule"
    assert swap_jobs("mi padre trabaja de celador en el hospital", "es") == "mi padre trabaja de celador en el colegio"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I have to see the doctor on Monday", "en"),
        ("the nurse took my blood this morning", "en"),
        ("I'm at the hospital again", "en"),
        ("qué sabes de abogado de oficio", "es"),  # a public defender: a criminal case, not a job
        ("mi hermano necesita un abogado de oficio", "es"),
        ("I'm seeing a therapist on thursdays", "en"),  # a patient, not a job
        ("ich war gestern in der Notaufnahme", "de"),
        ("voy a urgencias, me duele el pecho", "es"),
        ("I worked out at the hospital gym after my scan", "en"),  # a visit: the scan
        ("I stay at the clinic for three weeks", "en"),  # no work
    ],
)
def test_a_visit_or_a_place_is_not_a_role(text: str, lang: str) -> None:
    assert swap_jobs(text, lang) is None


@pytest.mark.parametrize("text", JOBS_ONLY)
def test_a_job_alone_is_not_blocked(analyzer: TextAnalyzer, without_release: PrivacyGate, text: str) -> None:
    assert without_release.check(text).blocked  # the model alone blocks it
    assert analyzer.gate is not None and not analyzer.gate.check(text).blocked


@pytest.mark.parametrize("text", JOB_AND_DISCLOSURE)
def test_a_job_beside_a_disclosure_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.gate is not None
    assert analyzer.gate.check(text).blocked


def test_the_release_needs_more_than_no_category(analyzer: TextAnalyzer) -> None:
    # the telltale layer would keep "aa meetings" blocked whatever the release does: this is the release's bar alone
    loose = PrivacyGate.load(analyzer.classifier, swap=SwapRelease(most=1.0), telltales=False)
    freed = [t for t in NEAR_THE_BAR if not loose.check(t).blocked]
    # since stop 55 a job beside a visit, a service or a meeting is never swapped at all (`landmarks.ATTENDANCE`)
    assert swap_jobs(NEAR_THE_BAR[0], "en") is None
    assert freed == NEAR_THE_BAR[1:]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meine Cousine ist Notfallsanitäterin und geht jeden Sonntag in die Messe.", "de"),
        ("my uncle is a judge and he votes Labour", "en"),
        ("mi hermana es enfermera y tiene cita con el psiquiatra", "es"),
    ],
)
def test_no_job_swap_beside_a_visit_a_service_or_a_vote(text: str, lang: str) -> None:
    assert swap_jobs(text, lang) is None


def test_a_prison_is_not_swapped_as_a_workplace() -> None:
    swapped = swap_jobs("mi vecino era abogado hasta que pasó tres años en la cárcel", "es")
    assert swapped == "mi vecino era profesor hasta que pasó tres años en la cárcel"


JOB_SENTENCES = Path(__file__).parent / "data" / "job_sentences.jsonl"
"""240 sentences (48 per language: 28 where someone only has a job in care, therapy, the police, prisons or the
law, 20 where such a job stands beside a disclosure), written by a helper session that read no repository file
(stop 50, CC0) and kept out of every training and dev set (`corpus.protected_texts`)."""


def test_jobs_said_in_passing(analyzer: TextAnalyzer) -> None:
    """Measured at stop 50, read blind by the shipped gate: 87 of the 140 ordinary sentences blocked (English 16 of
    28: the model scores many of them near their bar even with the job swapped), 5 of the 100 disclosures passed.
    The bars are today's figures: a change that blocks more of the ordinary ones or passes more disclosures fails."""
    rows = [json.loads(line) for line in JOB_SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 240
    assert analyzer.gate is not None
    ordinary = [r["text"] for r in rows if not r["sensitive"]]
    disclosures = [r["text"] for r in rows if r["sensitive"]]
    false_blocks = [t for t in ordinary if analyzer.gate.check(t).blocked]
    misses = [t for t in disclosures if not analyzer.gate.check(t).blocked]
    assert len(false_blocks) <= 85, false_blocks  # 87 before stop 56's "works at the hospital"
    assert len(misses) <= 5, misses


SHIFT_SENTENCES = Path(__file__).parent / "data" / "shift_sentences.jsonl"
"""200 sentences (en 80, the other four 30 each): 120 where someone works shifts, nights, rotas or on call in care,
medicine, the police, prisons or the law, 80 disclosures beside such a job (burnout, insulin timed around breaks,
a prison officer convicted, a nurses' strike). Written by a helper session that read no repository file (stop 56,
CC0), kept out of every training and dev set (`corpus.protected_texts`)."""


def test_shifts_and_rotas(analyzer: TextAnalyzer) -> None:
    """Measured at stop 56, read blind: 58 of the 120 ordinary sentences blocked (Italian 13 of 18), 3 of the 80
    disclosures passed; 56 since a workplace with no job named is swapped too ("my sister works nights at the
    hospital so don't call her before two"). The hours of a job swapped with it (a night shift made "busy", "i turni
    di notte" "le lezioni") freed 2 more and was not kept: the model reads the rest of such sentences (sleeping by
    day, the children at grandma's) as health too. Bars at today's figures."""
    rows = read_rows(SHIFT_SENTENCES)
    assert len(rows) == 200 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    false_blocks = [r["text"] for r in rows if not r["sensitive"] and analyzer.gate.check(r["text"]).blocked]
    misses = [r["text"] for r in rows if r["sensitive"] and not analyzer.gate.check(r["text"]).blocked]
    assert len(false_blocks) <= 56, false_blocks
    assert len(misses) <= 3, misses
