"""PII detection quality, recomputed from the shipped recognizers and tagger on the untouched test half of the
evaluation set (models/privacy/pii/eval/test.jsonl); and a broken tagger file is an error, not a silent pass."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from edge.errors import ModelError
from tests.conftest import REPO


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("pii_evaluate", REPO / "models" / "privacy" / "pii" / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def metrics() -> dict:
    evaluate = _evaluate_module()
    return evaluate.evaluate(evaluate.load("test"))


def test_recall_per_type_on_the_test_half(metrics: dict) -> None:
    recall = metrics["recall"]
    assert recall["PERSON"]["typed"] >= 0.80
    assert recall["PHONE_NUMBER"]["typed"] >= 0.95
    assert recall["STREET_ADDRESS"]["typed"] >= 0.90
    for kind in ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "NATIONAL_ID", "EMAIL_ADDRESS", "IP_ADDRESS"):
        assert recall[kind]["redacted"] >= 0.99, kind
    assert all(style >= 0.88 for style in metrics["redacted_by_style"].values()), metrics["redacted_by_style"]


def test_precision_and_ordinary_numbers(metrics: dict) -> None:
    assert metrics["ordinary_sentences"] >= 80
    assert metrics["ordinary_with_any_pii"] <= 0.02
    for kind, row in metrics["precision"].items():
        assert row["precision"] >= 0.95, kind


def test_pii_said_in_german_french_spanish_and_italian_on_the_test_half() -> None:
    """Phone and card numbers, e-mail addresses, dates of birth and house numbers as the de/fr/es/it speech
    recognizers write them (numbers as words, digit by digit, in pairs or in groups; "arobase", "punkt";
    eval/build_spoken.py): before, 17 % of phones, 9 % of cards, no e-mail, no birth date and 68 % of addresses were
    redacted (dev half). IBANs (stop 43) were left with their spelled letters beside a number ("D E [NUMBER]"):
    typed 0 of 20."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("spoken_test"))
    assert metrics["recall"]["IBAN_CODE"]["gold"] >= 20 and metrics["recall"]["IBAN_CODE"]["typed"] >= 0.95
    assert metrics["recall"]["PHONE_NUMBER"]["typed"] >= 0.95
    assert metrics["recall"]["CREDIT_CARD"]["redacted"] >= 0.99
    assert metrics["recall"]["EMAIL_ADDRESS"]["typed"] >= 0.99
    assert metrics["recall"]["DATE_OF_BIRTH"]["typed"] >= 0.95
    assert metrics["recall"]["STREET_ADDRESS"]["redacted"] >= 0.90
    assert min(metrics["redacted_by_locale"].values()) >= 0.95, metrics["redacted_by_locale"]
    assert metrics["ordinary_sentences"] >= 70
    # measured 1 of 73 with any span (5 until stop 43: the tagger read spoken prices and room numbers as addresses)
    assert metrics["ordinary_with_any_pii"] <= 0.03
    # no ordinary number said in these languages becomes a phone, card or number
    numbers = ("PHONE_NUMBER", "CREDIT_CARD", "NUMBER")
    assert all(metrics["precision"][kind]["precision"] == 1.0 for kind in numbers if kind in metrics["precision"])


def test_every_faker_address_phone_name_and_card_format_is_redacted_whole() -> None:
    """Faker's full postal addresses (postcode, town, flat, US military mail), phone numbers (extensions, "001-"
    prefixes), names (titles, particles, suffixes) and card numbers (every scheme) in six locales, as synthetic PII
    sets are made: before this sweep German addresses with a postcode were found 0.14 of the time (the number
    recognizer took "450, 76512" for one number), and Faker's 12-digit Maestro numbers were typed as phones."""
    recall = _evaluate_module().faker_formats(60)
    for kind, per_locale in recall.items():
        floor, mean = {"name": (0.90, 0.95), "card": (0.99, 0.99)}.get(kind, (0.95, 0.98))
        assert min(per_locale.values()) >= floor, (kind, per_locale)
        assert sum(per_locale.values()) / len(per_locale) >= mean, (kind, per_locale)


def test_a_corrupt_tagger_is_a_model_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from edge.privacy.pii import lists, tagger

    models = tmp_path / "models"
    shutil.copytree(REPO / "models" / "privacy" / "pii", models / "privacy" / "pii")
    shutil.copytree(REPO / "models" / "topics", models / "topics", ignore=shutil.ignore_patterns("*.onnx"))
    (models / "privacy" / "pii" / "ner.crfsuite").write_bytes(b"not a model")
    monkeypatch.setenv("EDGE_MODELS", str(models))
    tagger._tagger.cache_clear()
    try:
        with pytest.raises(ModelError, match="corrupt"):
            list(tagger.find_tagged("call Sarah Connor"))
        (models / "privacy" / "pii" / "ner.crfsuite").unlink()
        tagger._tagger.cache_clear()
        with pytest.raises(ModelError, match="not found"):
            list(tagger.find_tagged("call Sarah Connor"))
    finally:
        tagger._tagger.cache_clear()
        lists.words.cache_clear()


@pytest.mark.parametrize(
    ("name", "person", "street", "ordinary", "precision"),
    [
        ("blind_1", 0.95, 0.97, 0.084, 0.95),
        ("blind_2", 0.91, 0.95, 0.056, 0.96),
        ("blind_3", 0.93, 0.89, 0.045, 0.97),
        ("blind_4", 0.90, 0.69, 0.12, 0.94),
        ("blind_5", 0.91, 0.86, 0.041, 0.96),
        ("blind_6", 0.83, 0.84, 0.06, 0.83),  # 36 names only, 30 found
    ],
)
def test_sentences_written_by_hand(name: str, person: float, street: float, ordinary: float, precision: float) -> None:
    """Six sets written blind by helper sessions (eval/blind_1.jsonl: 420 sentences, blind_6: 250, the others 300
    each; names from all over the world, addresses and phones of many locales, capitalised things that are no one).
    Before stop 51 they gave PERSON 0.51, 0.48, 0.43, 0.52, 0.58, 0.56 and STREET_ADDRESS 0.67, 0.85, 0.72, 0.58, 0.60,
    0.64: far under the Faker-made test half's 0.96 and 0.95. After stop 51's changes (blind_1's misses were read for
    them; each later set was measured once between rounds) PERSON 0.85, 0.73, 0.81, 0.83, 0.86, 0.67; after stop
    52's rules for names said with no cue, which read the misses of all six, 0.87, 0.80, 0.89, 0.86, 0.88, 0.72; the
    figures after stop 53's names beside contact details were 0.90, 0.84, 0.91, 0.87, 0.89, 0.78. The bars are stop
    54's, after the tagger was retrained to read names no list holds and its addresses need a house number or a
    word for where someone lives: PERSON 0.93, 0.89, 0.91, 0.88, 0.90, 0.81, STREET_ADDRESS up or equal in all six;
    sentences with no one given a span fewer in two sets, as many in one and more in three (blind_4: 6 -> 11 of 92,
    shops and places of two rare words such as "Saravana Bhavan"; over the ten earlier hand-written sets 89 -> 82 of
    1,002). Stop 57's first names of the world kept when frequent but no dictionary word ("davide", "aurélien"),
    and of Ireland, New Zealand, Austria, Switzerland, Belgium, Québec and Latin America, then first names that are
    words written as names ("Did Grace ever send"): PERSON 0.952, 0.915, 0.936, 0.902, 0.917, 0.833, precision up or
    equal in all six. A change that finds fewer names or addresses, or more in sentences with none, fails."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load(name))
    recall = metrics["recall"]
    assert recall["PERSON"]["gold"] >= 36 and recall["PERSON"]["typed"] >= person
    assert recall["STREET_ADDRESS"]["typed"] >= street
    assert recall["PHONE_NUMBER"]["typed"] >= 0.99 and recall["EMAIL_ADDRESS"]["typed"] >= 0.99
    if "IBAN_CODE" in recall:
        assert recall["IBAN_CODE"]["typed"] >= 0.99 and recall["CREDIT_CARD"]["typed"] >= 0.99
    assert metrics["ordinary_sentences"] >= 90 and metrics["ordinary_with_any_pii"] <= ordinary
    assert metrics["precision"]["PERSON"]["precision"] >= precision


def test_places_written_by_hand() -> None:
    """eval/blind_places.jsonl (stop 52, written blind by a helper session): 400 sentences full of towns, stations,
    restaurants, clubs and titles, many named after people ("Santiago de Compostela", "Victoria Station", "Casa
    Lucio", "the museum in Clinton"); 240 name no one, 160 name people or addresses too. Before the place rules
    (`edge.privacy.pii.places`) 69 of the 240 got a span and PERSON precision was 0.51; read blind after the first
    round 52 and 0.60; 36 and 0.71 now, with the names and addresses found unchanged (PERSON 0.849, STREET_ADDRESS
    0.80). PERSON 0.896 with stop 57's first names (precision 0.727 -> 0.731). A change that finds fewer people or
    takes more places for people fails."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_places"))
    recall = metrics["recall"]
    assert recall["PERSON"]["gold"] == 106 and recall["PERSON"]["typed"] >= 0.89
    # 0.80 until stop 54: a street said with no house number and no one living there ("a pharmacy in via del
    # Corso", "coffee shops on Michigan Avenue") is no longer the tagger's, which this set counts as an address
    assert recall["STREET_ADDRESS"]["gold"] == 60 and recall["STREET_ADDRESS"]["typed"] >= 0.73
    assert metrics["ordinary_sentences"] == 240 and metrics["ordinary_with_any_pii"] <= 0.113
    assert metrics["precision"]["PERSON"]["precision"] >= 0.70


def test_names_said_with_no_cue_written_by_hand() -> None:
    """eval/blind_names.jsonl (stop 52, written blind by a helper session): 400 sentences, 280 naming people with no
    cue before them ("Chidinma wants ...", "Harpreet's flight", "invite Mei, Arash and Lucía", "le vélo de Solène",
    nine English locales and four other languages), 120 naming no one among capitalised words ("Will you", "Summer
    holidays"). Before stop 52's rules PERSON 0.527; read blind after their first round 0.593; 0.700 after its misses
    were read, 0.705 with stop 53's lowercase surnames and contact names, 0.742 with stop 54's tagger; sentences with
    no one given a span 0.10 throughout; 0.798 with stop 57's first names, 0.811 with its names that are words written
    as names (precision 0.946 -> 0.949 -> 0.950)."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_names"))
    assert metrics["recall"]["PERSON"]["gold"] == 376 and metrics["recall"]["PERSON"]["typed"] >= 0.81
    assert metrics["ordinary_sentences"] == 120 and metrics["ordinary_with_any_pii"] <= 0.10
    assert metrics["precision"]["PERSON"]["precision"] >= 0.94


def test_names_no_list_holds_written_by_hand() -> None:
    """eval/blind_names_2.jsonl (stop 54, written blind by a helper session, its misses not read): 400 sentences in
    six English locales and four other languages, 280 naming people with no cue, most by names no shipped list
    holds ("Meenakshi", "Oluwaseun", "Rawiri", "Tadhg"), 120 naming no one among shops, places, dishes and titles.
    PERSON 0.546 before the tagger was retrained, 0.644 after its first version, 0.635 after the last (cased text
    0.545 -> 0.665, lowercase 0.547 -> 0.558); precision 0.959 -> 0.931; 12 of the 120 with a span before and after.
    Measured again at stop 57, before and after its first names (its misses still not read): PERSON 0.635 -> 0.697
    (exactly 0.582 -> 0.644), precision 0.931 -> 0.937, the 120 unchanged; with its names that are words written as
    names 0.703 (exactly 0.650), precision 0.938 (the new spans of that change were seen)."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_names_2"))
    person = metrics["recall"]["PERSON"]
    assert person["gold"] == 337 and person["typed"] >= 0.70 and person["exact"] >= 0.64
    assert metrics["precision"]["PERSON"]["precision"] >= 0.93
    assert metrics["ordinary_sentences"] == 120 and metrics["ordinary_with_any_pii"] <= 0.10


def test_names_written_after_stop_57_by_hand() -> None:
    """eval/blind_names_3.jsonl (stop 57, written blind by a helper session after that stop's changes, its misses not
    read): 300 sentences in thirteen locales, 200 naming 261 people (modern and regional names, names that are words,
    names after prepositions, lowercase speech), 100 naming no one among shops, titles, holidays and first names used
    as words. Stop 56's code: PERSON 0.762 (exactly 0.697), precision 0.916; stop 57's: 0.828 (0.762), precision
    0.922 (French 0.63 -> 0.87, English of Australia, Britain, Ireland and South Africa up, the others equal); 19 of
    the 100 given a span by both."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_names_3"))
    person = metrics["recall"]["PERSON"]
    assert person["gold"] == 261 and person["typed"] >= 0.82 and person["exact"] >= 0.76
    assert metrics["precision"]["PERSON"]["precision"] >= 0.92
    assert metrics["ordinary_sentences"] == 100 and metrics["ordinary_with_any_pii"] <= 0.19


def test_a_name_ends_where_it_ends_written_by_hand() -> None:
    """eval/blind_bounds.jsonl (stop 53, written blind by a helper session): 300 sentences, 150 with a name followed
    at once by a verb, a conjunction or another word ("text mollie saying", "dile a marta que", "Tell Grant I've
    left"), 100 with a surname that is a word too ("emma stone", "lena sommer", "Giorgio Rossi"), 50 naming no one.
    Read once before and once after a tagged name stopped running into the next word: PERSON spans exactly the
    name's 0.725 -> 0.903, found at all 0.934 both times (no surname lost), 3 of the 50 with a span both times; 0.899
    since a lowercase surname may be any word outside the 5,000 commonest English ones ("tell imogen cheers" runs
    on, while "call hope ramirez back" and "call anh tran at" keep their surnames in other sets); with stop 57's
    first names 0.911 exactly, 0.946 at all."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_bounds"))
    person = metrics["recall"]["PERSON"]
    assert person["gold"] == 258 and person["exact"] >= 0.91 and person["typed"] >= 0.94
    assert metrics["ordinary_sentences"] == 50 and metrics["ordinary_with_any_pii"] <= 0.06


def test_names_beside_contact_details_written_by_hand() -> None:
    """eval/blind_contacts.jsonl (stop 53, written blind by a helper session): 250 notes and requests, 200 naming a
    person beside their phone number, e-mail address, IBAN or street address ("Emergency contact: Rosa Delgado-Ruiz,
    +1 305 555 0148", "save 0412 345 678 as jarrah", "nuovo contatto ling zhang tre quattro ..."), 50 giving such
    details of no one ("the plumber", "Mum"), nine locales. PERSON before `edge.privacy.pii.contacts` 0.635; read
    blind after its first version 0.75; 0.80 with its misses read (new contacts, numbers saved as a name), 0.83 with
    stop 54's tagger, 0.87 with stop 57's first names; PERSON precision 0.986 -> 0.983 -> 0.977 -> 0.978; the details
    themselves unchanged."""
    evaluate = _evaluate_module()
    metrics = evaluate.evaluate(evaluate.load("blind_contacts"))
    recall = metrics["recall"]
    assert recall["PERSON"]["gold"] == 200 and recall["PERSON"]["typed"] >= 0.86
    assert recall["PHONE_NUMBER"]["typed"] >= 0.98 and recall["IBAN_CODE"]["typed"] >= 0.99
    assert recall["STREET_ADDRESS"]["typed"] >= 0.92 and recall["EMAIL_ADDRESS"]["typed"] >= 0.94
    assert metrics["precision"]["PERSON"]["precision"] >= 0.97  # 0.983 until stop 54's tagger, 0.977 since
