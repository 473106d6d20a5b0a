"""A partner is not a disclosure: the gate asks its model again with "my wife and I" made "we" and a partner made a
neighbour (`edge.privacy.partner`, `edge.privacy.swap`), unless the sentence tells the speaker's gender, talks
about gender or sexuality, or says what a couple does. The sentences were written for this check (stop 46); none
is in a training, dev, test or probe set, except the two training sentences of the category test."""

from __future__ import annotations

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.occupation import swap_jobs
from edge.privacy.partner import partners_swapped, swap_partners
from edge.privacy.sensitive_model import SensitiveModel
from edge.privacy.swap import JOBS, Swap, SwapRelease

PARTNER_ONLY = [
    "My girlfriend and I are moving into a flat near the park.",
    "My fiancé and I still haven't sent out the invitations.",
    "My husband bought me flowers for no reason.",
    "My partner's mom sent us a huge box of cookies.",
    "My boyfriend is flying to Madrid for his cousin's wedding.",
    "My ex still has my good frying pan.",
    "Ma femme et moi venons d'adopter un chiot.",
]
"""Blocked by the sensitive model alone (as sexual orientation or sex life), freed by the release."""

OVER_THE_BAR = [
    "My wife and I are on our third round of IVF.",
    "Mein Mann und ich versuchen seit einem Jahr, schwanger zu werden.",
    "Io e mio marito stiamo cercando un figlio e facciamo tutto in base all'ovulazione.",
    "My wife found out about my affair by going through my phone.",
    "Mon mari et moi militons pour La France insoumise.",
    "Mi esposa está embarazada de tres meses y todavía no lo sabe nadie.",
    "My husband is in rehab for his drinking.",
]
"""Partner and disclosure: with the partner swapped these still score at least their bar."""

TELLS_MORE = [
    "ich bin ein Mann und mein Mann und ich gehen heute ins Kino",
    "as a dad of two, my husband does the school run",
]
"""The speaker's own gender makes the partner word the disclosure: swapped without the guard, the model scores
them under a third of the bar (0.04 and 0.28), so only `tells_more` keeps them blocked."""

GUARDED = TELLS_MORE + [
    "i'm a woman and my wife and i just adopted a puppy",
    "as a guy, my boyfriend and i get stared at holding hands",
    "je suis mariée à ma femme depuis deux ans",
    "sono sposata con mia moglie da due anni",
    "estoy casada con mi mujer desde hace un año",
    "ich betrüge meine Frau seit einem Jahr",
    "my girlfriend and i have a safe word",
    "my husband and i adopted a little boy from foster care",
    "mein Mann und ich adoptieren ein Kind aus Kolumbien",
]

OTHER_CATEGORY = [
    "ich muss dir sagen, mein Mann ist Rom aus Rumänien",
    "unter uns meine freundin hat hat für die grüne jugend halt kandidiert",
]
"""Training sentences (ethnicity, political) whose neighbour versions the model scores under a third of the bar:
a partner word may explain a block of orientation or sex life only, so these stay blocked."""


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def model(analyzer: TextAnalyzer) -> SensitiveModel:
    assert analyzer.classifier is not None
    return SensitiveModel.load(encoder=analyzer.classifier.encoder)


@pytest.fixture(scope="module")
def jobs_only(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS,)))


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        ("my wife and i just adopted a puppy", "en", "we just adopted a puppy"),
        ("me and my boyfriend went to ikea", "en", "we went to ikea"),
        ("My partner's mom sent us cookies", "en", "My neighbour's mom sent us cookies"),
        ("my brother and his wife are visiting", "en", "my brother and his neighbour are visiting"),
        ("the wife wants a new sofa", "en", "the neighbour wants a new sofa"),
        ("meine Frau und ich fahren an die See", "de", "wir fahren an die See"),
        ("wir gehen mit meinem Mann ins Kino", "de", "wir gehen mit meinem Nachbarn ins Kino"),
        ("mi mujer llega tarde hoy", "es", "mi vecina llega tarde hoy"),
        ("ma femme et moi partons en vacances", "fr", "nous partons en vacances"),
        ("io e la mia ragazza andiamo al mare", "it", "noi andiamo al mare"),
    ],
)
def test_a_partner_becomes_a_neighbour_and_a_couple_we(text: str, lang: str, swapped: str) -> None:
    assert swap_partners(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my sister and her wife bought a house", "en"),  # a partner of the same gender is never swapped
        ("my brother and his husband are coming for christmas", "en"),
        ("my wife and her girlfriend", "en"),
        ("as a single mum my boyfriend helps a lot", "en"),
        ("my girlfriend and i are both bi", "en"),
        ("ich bin Lehrerin und meine Frau ist Ärztin", "de"),
        ("sono stanca, mia moglie cucina stasera", "it"),
        ("le pongo los cuernos a mi pareja", "es"),
        ("my sister is coming for dinner", "en"),  # no partner
        ("my wife is coming for dinner", "pt"),  # no rules for the language
    ],
)
def test_no_swap_when_the_sentence_tells_more_or_names_no_partner(text: str, lang: str) -> None:
    assert swap_partners(text, lang) is None


@pytest.mark.parametrize("text", PARTNER_ONLY)
def test_a_partner_alone_is_not_blocked(analyzer: TextAnalyzer, jobs_only: PrivacyGate, text: str) -> None:
    assert jobs_only.check(text).blocked  # the model alone blocks it
    assert analyzer.gate is not None and not analyzer.gate.check(text).blocked


@pytest.mark.parametrize("text", OVER_THE_BAR + GUARDED + OTHER_CATEGORY)
def test_a_partner_beside_a_disclosure_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.gate is not None
    assert analyzer.gate.check(text).blocked


@pytest.mark.parametrize("text", TELLS_MORE)
def test_the_guard_is_what_keeps_the_speakers_gender(model: SensitiveModel, text: str) -> None:
    encoded = model.encoder.encode_text(text)
    naive = partners_swapped(encoded.text, encoded.language)
    assert model.decide(naive, model.encoder.encode_text(naive)).strength < SwapRelease().most
    assert swap_partners(encoded.text, encoded.language) is None


def test_a_partner_explains_orientation_and_sex_life_only(analyzer: TextAnalyzer) -> None:
    loose = PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, Swap(swap_partners))))
    assert [t for t in OTHER_CATEGORY if loose.check(t).blocked] == []


def test_a_job_and_a_partner_are_swapped_together() -> None:
    release = SwapRelease()
    assert release.swapped("my wife is a midwife and she loves it", "en") == (
        "my neighbour is a teacher and she loves it",
        None,  # a job may explain any category
    )
    assert release.swapped("my wife loves her garden", "en") == (
        "my neighbour loves her garden",
        frozenset({"sexual_orientation", "sex_life"}),
    )
    assert release.swapped("the garden is lovely", "en") is None
    assert swap_jobs("my wife is a midwife", "en") == "my wife is a teacher"
