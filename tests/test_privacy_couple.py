"""A couple of one gender told by grammar alone is blocked (`edge.privacy.couple`, the gate's "couple" layer).

`tests/data/couple_sentences.jsonl` holds three sets written by helper sessions with no access to the repository:
"design" (300 sentences, read while the detector was built), "blind" (400, read once the detector was done) and
"blind2" (400, stop 48, read once after the first of that stop's changes),
half disclosures told only by gender ("my sister and her wife", "sono stanca, mia moglie cucina stasera"), half
look-alikes (other-gender couples, friends, the polite "Ihre Frau").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.couple import ROMANCE, gender_of, same_gender_couple
from edge.privacy.gate import PrivacyGate
from edge.privacy.pii.lists import entries, first_names

DATA = Path(__file__).parent / "data" / "couple_sentences.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]

COUPLES = [
    ("as a woman I love cooking for my wife", "en"),
    ("I'm a dad and my husband picks the kids up on fridays", "en"),
    ("As a stay-at-home dad, I usually cook while my husband's at work.", "en"),
    ("my sister and her wife just bought a house", "en"),
    ("call Marcus and tell him his husband's phone is off", "en"),
    ("my brother's husband is picking us up", "en"),
    ("ich bin Lehrerin und meine Frau ist Ärztin", "de"),
    ("ich bin ein Mann und mein Mann kocht heute", "de"),
    ("mein Bruder und sein Mann kommen zum Essen", "de"),
    ("er hat seinen Verlobten in Berlin kennengelernt", "de"),
    ("frag Oma, ob ihre Frau Tee oder Kaffee möchte", "de"),
    ("die Frau meiner Schwester holt uns ab", "de"),
    ("sie hat ihre Frau am Flughafen geküsst", "de"),
    ("estoy cansada, mi mujer cocina hoy", "es"),
    ("Lucía y su novia se casan en octubre", "es"),
    ("lucía y su novia se casan en octubre", "es"),
    ("pregúntale al abuelo si su marido quiere té", "es"),
    ("el marido de Tomás nos recoge en la estación", "es"),
    ("je suis fatiguée, ma femme fait la cuisine ce soir", "fr"),
    ("je suis tellement nerveux, demain je rencontre les parents de mon petit ami", "fr"),
    ("ma sœur et sa femme arrivent demain", "fr"),
    ("dis à Marc que le portable de son mari est éteint", "fr"),
    ("sono stanca, mia moglie cucina stasera", "it"),
    ("sono molto stanca e mia moglie pure", "it"),
    ("mia sorella e sua moglie vengono a cena", "it"),
    ("Marco e il suo fidanzato vanno a vivere insieme", "it"),
    ("la moglie di mia sorella è simpatica", "it"),
    # stop 48: plurals, Spanish preterites, "the only woman", nouns of both genders, a name after a role
    ("she has two mums and a very spoilt cat", "en"),
    ("both brides walked in together", "en"),
    ("two guys who've been married for ten years run the bakery", "en"),
    ("since I became a dad my husband does the night feeds", "en"),
    ("the husband of my colleague Paul is a chef", "en"),
    ("ich bin ja die einzige Frau im Team und meine Frau findet das lustig", "de"),
    ("mein Onkel hat seinen langjährigen Lebensgefährten geheiratet", "de"),
    ("sein Ex-Mann holt die Kinder ab", "de"),
    ("Lea hat zwei Mamas", "de"),
    ("anoche llegué cansadísima y mi esposa ya dormía", "es"),
    ("la nueva colega y su mujer vienen a cenar", "es"),
    ("je suis la seule femme du service et ma femme trouve ça drôle", "fr"),
    ("cette collègue et sa femme viennent samedi", "fr"),
    ("sono l'unica donna del reparto e mia moglie ride", "it"),
    ("la mia responsabile e sua moglie vengono a cena", "it"),
    ("il marito del mio collega Marco fa il pasticcere", "it"),
    ("le due spose sono arrivate in Vespa", "it"),
]
"""One sentence per construction; all but the last two of each language's third-person forms were missed by the
gate before the layer (the model reads no cue in them)."""

LOOK_ALIKES = [
    ("as my wife said, we need milk", "en"),
    ("my wife is working as a waitress", "en"),
    ("my sister and her husband just bought a house", "en"),
    ("she's having a night out with her girlfriends", "en"),
    ("ich bin in Berlin, meine Frau kommt morgen", "de"),
    ("als meine Frau kam, war ich müde", "de"),
    ("meine Frau arbeitet als Krankenschwester", "de"),
    ("wie geht es Ihrer Frau", "de"),
    ("meine Schwester fragt, ob Sie und Ihre Frau kommen", "de"),
    ("ich als Mann finde das gut", "de"),
    ("Pablo trabaja y su novia estudia", "es"),
    ("mi hijo viene en Semana Santa con su novia", "es"),
    ("mi hermana y su marido compraron una casa", "es"),
    ("estoy contigo, mi marido llega luego", "es"),
    ("je suis fatigué, ma femme fait la cuisine ce soir", "fr"),
    ("il faut que son mari vienne", "fr"),
    ("je suis au bureau, mon mari garde les enfants", "fr"),
    ("Paul et sa femme arrivent vers vingt heures", "fr"),
    ("sono stanco, mia moglie cucina stasera", "it"),
    ("Andrea e la sua ragazza arrivano domani", "it"),
    ("Marco lavora e la sua ragazza studia", "it"),
    ("ci sono una marea di persone e mia moglie è stanca", "it"),
    ("mio figlio viene a Pasqua con la sua ragazza", "it"),
    # stop 48
    ("two mums from school came over for coffee", "en"),
    ("the two grooms of my cousins", "en"),
    ("two women married to my cousins", "en"),
    ("me puse una chaqueta y mi mujer se rió", "es"),
    ("el nuevo colega y su mujer vienen a cenar", "es"),
    ("las dos novias de mis hermanos", "es"),
    ("La nueva profesora de Pablo vino a la fiesta con su marido.", "es"),
    ("Raúl se acuesta con la hermana de su mujer", "es"),
    ("ma collègue et son mari viennent samedi", "fr"),
    ("La femme de mon collègue Julien est kiné.", "fr"),
    ("La nuova maestra di Luca è venuta alla festa con suo marito.", "it"),
]
"""Nearly the same words, and no couple of one gender: each once fooled a draft of the detector, or would have."""


@pytest.mark.parametrize(("text", "lang"), COUPLES)
def test_a_couple_of_one_gender_is_found(text: str, lang: str) -> None:
    assert same_gender_couple(text, lang)


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_a_look_alike_is_not(text: str, lang: str) -> None:
    assert not same_gender_couple(text, lang)


def test_other_languages_are_not_read() -> None:
    assert not same_gender_couple("as a woman I love cooking for my wife", "pt")


def test_name_genders_are_names_of_one_gender() -> None:
    sides = {line.split()[0]: set(line.split()[1:]) for line in entries("first_name_genders.txt")}
    assert set(sides) == {"f", "m"} and min(len(s) for s in sides.values()) > 1500
    assert not sides["f"] & sides["m"]
    assert len((sides["f"] | sides["m"]) & first_names()) > 3000
    assert gender_of("Lucía", "es") == gender_of("lucia", "es") == gender_of("María", "es") == 0
    assert gender_of("Julien", "fr") == gender_of("Mathieu", "fr") == gender_of("José", "es") == 1
    # both genders somewhere, or an ordinary word: no gender
    for word in ("andrea", "andréa", "simone", "michele", "mia", "milan"):
        assert gender_of(word, "it") is None


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


def test_the_gate_blocks_through_its_couple_layer(analyzer: TextAnalyzer, without_layer: PrivacyGate) -> None:
    text = "my sister and her wife just bought a house out in the suburbs"
    assert not without_layer.check(text).blocked
    assert analyzer.gate is not None
    verdict = analyzer.gate.check(text)
    assert verdict.blocked and verdict.layers == ("couple",) and verdict.categories == ("sexual_orientation",)
    assert analyzer.analyze(text).topics == ()


@pytest.fixture(scope="module")
def without_layer(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, couple=False)


RECALL = {"design": 0.97, "blind": 0.93, "blind2": 0.93}
"""Measured: design 149 of 150 disclosures blocked, blind 190 of 200 (183 read blind, before the fixes its misses
showed: names Faker's Swiss and Belgian lists add, German "-in" nouns, "X's" after a kinship word); stop 48's
blind2 194 of 200 (172 with stop 47's detector, 181 read blind with stop 48's first changes)."""


@pytest.mark.parametrize("part", ["design", "blind", "blind2"])
def test_helper_sets(analyzer: TextAnalyzer, without_layer: PrivacyGate, part: str) -> None:
    rows = [r for r in ROWS if r["set"] == part]
    disclosures = [r["text"] for r in rows if r["sensitive"]]
    look_alikes = [(r["text"], r["lang"]) for r in rows if not r["sensitive"]]
    # the layer adds no block to a look-alike: the detector finds none of them
    assert [text for text, lang in look_alikes if same_gender_couple(text, lang)] == []
    assert analyzer.gate is not None
    blocked = sum(analyzer.gate.check(text).blocked for text in disclosures)
    before = sum(without_layer.check(text).blocked for text in disclosures)
    assert blocked / len(disclosures) >= RECALL[part]
    # without the layer the gate lets out about four in ten of them (design 85 of 150, blind 118 and blind2 122 of
    # 200 blocked)
    assert before / len(disclosures) <= 0.65


OTHER_GENDER = [
    "I'm a dad and my wife picks the kids up on Fridays.",
    "Paul et sa femme arrivent vers vingt heures.",
    "Carla e suo marito arrivano verso le otto.",
    "La mujer de Tomás nos recoge en la estación.",
    "mon beau-frère et sa femme arrivent demain par le train de dix heures",
    "nuestro vecino Rodrigo y su mujer están pintando la valla otra vez",
]
"""Blocked as sexual orientation by the model; a couple of two genders, freed by `CoupleRelease`."""


@pytest.mark.parametrize("text", OTHER_GENDER)
def test_a_couple_of_two_genders_is_not_an_orientation(
    analyzer: TextAnalyzer, without_release: PrivacyGate, text: str
) -> None:
    assert without_release.check(text).categories == ("sexual_orientation",)
    assert analyzer.gate is not None and not analyzer.gate.check(text).blocked


@pytest.fixture(scope="module")
def without_release(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, other_gender=None)


@pytest.mark.parametrize(
    "text",
    [
        "Paul et sa femme ne dorment plus ensemble depuis un an et il voit quelqu'un",  # the neighbour check
        "my sister and her wife just bought a house",  # one gender: the couple layer's
    ],
)
def test_the_release_keeps_what_the_couple_does_not_explain(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.gate is not None and analyzer.gate.check(text).blocked


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("after the divorce from my husband I fell for a woman at work", "en"),
        ("ich habe mich nach der Trennung von meinem Mann in eine Kollegin verliebt", "de"),
        ("mi madre sigue pensando que somos solo amigas", "es"),
        ("Paul et sa femme ne dorment plus ensemble", "fr"),
        ("dopo la separazione da mio marito mi sono innamorata di una collega", "it"),
        ("la mia ragazza vuole che una sua amica si unisca a noi", "it"),
    ],
)
def test_romance_beyond_the_couple_is_read(text: str, lang: str) -> None:
    assert ROMANCE[lang].search(text)
    assert not ROMANCE[lang].search("Paul et sa femme arrivent vers vingt heures")


def test_no_disclosure_about_a_couple_is_released(analyzer: TextAnalyzer, without_release: PrivacyGate) -> None:
    """200 orientation and sex-life disclosures about a couple of two genders (a helper session, no repository
    access; "Diego y su esposa tienen un cuarto lleno de cuerdas ..."): the release lets none out. Read blind,
    its first version (guards, no neighbour check) let out 11 of the 183 the gate blocked. 182 since stop 52 redacts
    an owner's name ("Sabines Mann schreibt jede Nacht mit einem Typen ..." reaches the model as "[NAME] Mann ...",
    and without her name it misses the disclosure)."""
    rows = [json.loads(line) for line in (DATA.parent / "couple_disclosures.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 200 and analyzer.gate is not None
    released = [
        r["text"]
        for r in rows
        if without_release.check(r["text"]).blocked and not analyzer.gate.check(r["text"]).blocked
    ]
    assert released == []
    assert sum(analyzer.gate.check(r["text"]).blocked for r in rows) >= 182


def test_couples_of_two_genders_in_the_helper_sets(analyzer: TextAnalyzer, without_release: PrivacyGate) -> None:
    """The helper sets' 221 ordinary sentences about a couple of two genders ("Mon oncle Gérard et sa femme
    reçoivent toute la famille pour Noël"): 82 blocked with the release at half the bar (93 at a third, stop 55;
    114 without it), the model reading partner words and family talk as orientation, and the neighbour the release
    swaps in as half of a couple still. Bar at today's figure."""
    rows = [r for r in ROWS if not r["sensitive"] and r["kind"] in ("other_gender", "other-gender")]
    assert len(rows) == 221 and analyzer.gate is not None
    blocked = [r["text"] for r in rows if analyzer.gate.check(r["text"]).blocked]
    assert len(blocked) <= 82, blocked
    assert len([r for r in rows if without_release.check(r["text"]).blocked]) >= 110
