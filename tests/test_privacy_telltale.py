"""A pregnancy or a recovery told sideways, and HIV prevention written "PrEP", are blocked as health
(`edge.privacy.telltale`, the gate's "telltale" layer).

`tests/data/sideways_sentences.jsonl` holds three sets written by helper sessions with no access to the repository,
each half or more disclosures told without the obvious word ("the baby's due in March", "ninety days without a drink
tomorrow", "estoy de doce semanas"), the rest look-alikes ("the report is due in March", "no wine for me, I'm
driving"): "design" (300, stop 48, read once before the layer had its second form), "design2" (250, read once
after it) and "blind" (150, read once the phrases were done; a few phrases were widened after its misses were read).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.telltale import fast_until_sunset, telltale
from tests.conftest import DATASETS, INTEREST_PROBE, LABELLED, PROBE, read_rows

DATA = Path(__file__).parent / "data" / "sideways_sentences.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]

TELLS = [
    ("we're expecting our second baby in the spring", "en"),
    ("she's twenty two weeks along and still cycling to work", "en"),
    ("the baby's due in august so we cancelled the festival", "en"),
    ("move my dating scan to thursday afternoon", "en"),
    ("two years sober on Friday and I'm having cake", "en"),
    ("remind me to pick up my methadone at nine", "en"),
    ("remind me to take my PrEP at ten", "en"),  # HIV prevention by its capitals, in any language
    ("add PrEP to my shopping list", "en"),
    ("ich nehme seit Mai PrEP", "de"),
    ("ich bin in der 14. Woche und mir ist ständig übel", "de"),
    ("der Geburtstermin ist Mitte Mai", "de"),
    ("mein Vater ist seit fünf Jahren trocken", "de"),
    ("estoy de veinte semanas y ya se me nota", "es"),
    ("mi cuñada sale de cuentas en abril", "es"),
    ("llevo trescientos días sin beber", "es"),
    ("l'échographie du deuxième trimestre est jeudi", "fr"),
    ("ça fait six mois sans boire, une goutte", "fr"),
    ("mia sorella è alla ventesima settimana", "it"),
    ("sono due anni senza bere domani", "it"),
    ("we're at thirty weeks so no more long flights", "en"),
    ("my sober anniversary is next month", "en"),
    ("he's been in rehab since june", "en"),
    ("ich brauche eine Umstandshose", "de"),
    ("sie geht jeden Morgen zur Substitutionsambulanz", "de"),
    ("el bebé viene de nalgas", "es"),
    ("mi tío lleva diez años limpio", "es"),
    ("je suis à six mois, je ne prends plus l'avion", "fr"),
    ("il est reparti en postcure", "fr"),
    ("mia cognata è all'ottavo mese", "it"),
    ("ogni mattina passo al sert", "it"),
    ("seit vierzig Tagen keine Wette mehr", "de"),
    ("can you find a dress that fits over the bump", "en"),
    ("no sushi for me, we're due in june", "en"),
    ("er trinkt seit zwei Jahren nichts mehr", "de"),
    ("ich hab seit acht Monaten nichts mehr getrunken", "de"),
    # a pregnancy test's result (stop 57: "ho fatto il test stamattina e sono uscite due linee, aiuto" passed)
    ("the test came back with two pink lines", "en"),
    ("der Test zeigt zwei Striche", "de"),
    ("salieron dos rayitas en el predictor", "es"),
    ("deux traits sur le test ce matin", "fr"),
    ("ho fatto il test stamattina e sono uscite due linee, aiuto", "it"),
    # a relapse, and time sober counted from its start (stop 58, blind pet sentences)
    ("he's been drinking again and forgot to pick the dog up from the vet", "en"),
    ("she fell off the wagon after the funeral", "en"),
    ("ça fait un an que je suis sobre et c'est en partie grâce au cheval", "fr"),
    ("hace dos años que estoy sobrio", "es"),
    ("è un anno che sono sobria", "it"),
    ("je suis en cloque de trois mois et j'ose pas le dire à mon chef", "fr"),  # probe batch 22
    ("she's up the duff again, due in june", "en"),
    ("turns out I've got a bun in the oven", "en"),
    ("my cousin got knocked up at nineteen", "en"),
]
"""One sentence per kind of phrase, written for this test (eleven at stop 49, after reading the misses of 1,000
sideways disclosures in `models/privacy/written/indirect.jsonl`; the last three at stop 50, after probe batch 19's)."""

LOOK_ALIKES = [
    ("the report is due in march", "en"),
    ("we started drinking again after the toast", "en"),
    ("put the buns in the oven at six", "en"),
    ("I knocked up a quick curry for dinner", "en"),
    ("I fell off the wagon with the diet this weekend", "en"),
    ("the baby's due for a nap at two", "en"),
    ("two weeks in Spain sounds perfect", "en"),
    ("we're having the baby over on saturday while her parents are away", "en"),
    ("we're doing a digital detox weekend", "en"),
    ("the goalkeeper kept a clean sheet for three weeks", "en"),
    ("our mare is due in may", "en"),
    ("die Wäsche ist seit drei Tagen trocken", "de"),
    ("es ist seit drei Monaten trocken, der Rasen ist braun", "de"),
    ("lo anunciaron con bombo y platillo", "es"),
    ("el agua está en estado líquido", "es"),
    ("mon parrain m'a offert un vélo pour mon anniversaire", "fr"),
    ("lo sponsor della squadra ha pagato le maglie", "it"),
    ("we're at six weeks of the project and on track", "en"),
    ("the rehab centre for injured racehorses opens in june", "en"),
    ("je suis à six mois de la retraite", "fr"),
    ("the speed bump outside school is huge", "en"),
    ("slow down before you drive over the bump", "en"),
    ("we're at two weeks until launch", "en"),
    ("my sister works at the maternity ward, she's on nights", "en"),
    ("je travaille à la maternité depuis dix ans", "fr"),
    ("ich nehme keine Wette mehr an", "de"),
    ("we're due for a service in march", "en"),
    ("we're due in court in may", "en"),
    ("ich trinke seit drei Tagen nichts außer Wasser", "de"),
    ("seit zwei Monaten nichts mehr von ihm gehört", "de"),
    ("meal prep for the week is done", "en"),
    ("Prep time is ten minutes", "en"),
    ("PREP the veggies first", "en"),
    # a test with two lines that is no pregnancy test (stop 57)
    ("the test has two lines of code that fail", "en"),
    ("write two lines for the test summary", "en"),
    ("il test ha due righe di codice", "it"),
    ("el test tiene dos líneas de código", "es"),
]
"""Nearly the same words, and no pregnancy or recovery."""


@pytest.mark.parametrize(("text", "lang"), TELLS)
def test_a_sideways_pregnancy_or_recovery_is_told(text: str, lang: str) -> None:
    assert telltale(text, lang)


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_a_look_alike_is_not(text: str, lang: str) -> None:
    assert telltale(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ich faste diesen monat bis sonnenuntergang also plan das abendessen erst nach neun", "de"),
        ("i can't eat until sundown this month", "en"),
        ("I'm fasting from sunrise to sunset this month", "en"),
        ("ayuno hasta la puesta de sol todo el mes", "es"),
        ("pendant le ramadan je mange pas avant le coucher du soleil", "fr"),
        ("questo mese non mangio fino al tramonto", "it"),
    ],
)
def test_a_fast_until_sunset_is_told(text: str, lang: str) -> None:
    assert fast_until_sunset(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we'll eat before sunset on the beach", "en"),
        ("what time is sunset today", "en"),
        ("don't forget the drinks before sunset", "en"),
        ("wir essen vor Sonnenuntergang am See", "de"),
        ("il duomo di Milano è bellissimo al tramonto", "it"),
    ],
)
def test_a_meal_at_sunset_is_no_fast(text: str, lang: str) -> None:
    assert fast_until_sunset(text, lang) is None


def test_other_languages_are_not_read() -> None:
    assert telltale("the baby's due in march", "pt") is None


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_layer(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, telltales=False)


def test_the_gate_blocks_through_its_telltale_layer(analyzer: TextAnalyzer, without_layer: PrivacyGate) -> None:
    text = "no wine for me thanks, the baby's due in november"
    assert not without_layer.check(text).blocked
    result = analyzer.analyze(text)
    assert result.verdict.blocked and result.verdict.layers == ("telltale",)
    assert result.verdict.categories == ("health",) and result.topics == ()


RECALL = {"design": 0.95, "design2": 0.92, "blind": 0.88}
"""Measured (pregnancies and recoveries together): design 197 of 200 (127 without the layer, 154 read blind with
its first form), design2 144 of 150 (102 without, 123 read blind with the second form), blind 91 of 100 (63
without, 83 read blind with the third form)."""


@pytest.mark.parametrize("part", ["design", "design2", "blind"])
def test_helper_sets(analyzer: TextAnalyzer, without_layer: PrivacyGate, part: str) -> None:
    rows = [r for r in ROWS if r["set"] == part]
    disclosures = [r["text"] for r in rows if r["sensitive"]]
    # the layer adds no block to a look-alike: it finds no phrase in any of them
    assert [r["text"] for r in rows if not r["sensitive"] and telltale(r["text"], r["lang"])] == []
    assert analyzer.gate is not None
    blocked = sum(analyzer.gate.check(text).blocked for text in disclosures)
    before = sum(without_layer.check(text).blocked for text in disclosures)
    assert blocked / len(disclosures) >= RECALL[part]
    assert before / len(disclosures) <= 0.7  # the model alone lets out about a third of them


def test_no_ordinary_sentence_we_hold_tells_one() -> None:
    """The ordinary labelled sentences, probe batches and interest requests: no phrase in any (measured: 0 of
    4,028, and 2 of 35,943 composed ordinary training sentences, "the word expecting a baby in the crossword")."""
    rows = [r for r in read_rows(LABELLED) + read_rows(PROBE) if not r["sensitive"]] + read_rows(INTEREST_PROBE)
    assert len(rows) > 2500
    assert [r["text"] for r in rows if telltale(r["text"], r["lang"])] == []


def test_clinc150_requests_rarely_tell_one() -> None:
    """18,200 assistant requests: the two that tell one are disclosures ("is there a reminder for my aa meeting on
    my list", "has my maternity leave been approved")."""
    paths = [DATASETS / "clinc150" / f"{part}.jsonl" for part in ("train", "val")]
    if not all(p.is_file() for p in paths):
        pytest.skip(f"CLINC150 not found under {DATASETS}; set EDGE_DATASETS")
    told = [r["text"] for p in paths for r in read_rows(p) if telltale(r["text"], "en")]
    assert len(told) <= 2, told
