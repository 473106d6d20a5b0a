"""A place named after someone is no one (edge.privacy.pii.places), and a person named like a place stays a person."""

from __future__ import annotations

import pytest

from edge.privacy.pii import find_pii
from edge.privacy.pii.places import is_a_place
from edge.privacy.pii.registry import Finding


def names_in(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_pii(text) if span.type == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "¿Qué ver en Santiago de Compostela en dos días?",
        "Reggio Emilia è bella in primavera",
        "Meet me outside Victoria Station at ten to six.",
        "Book a table for four near Santa Monica Pier.",
        "How far is Lake Louise from Calgary?",
        "Reserva mesa en Casa Lucio para el sábado.",
        "Prenota un tavolo al ristorante Da Enzo per sabato.",
        "The Route 66 museum in Clinton charges seven dollars.",
        "il volo per l'aeroporto Marco Polo parte alle otto",
        "C'è sciopero a Firenze Santa Maria Novella oggi?",
        "What's the fastest route from Irving to Denton?",
        "set a reminder to renew my railcard before we go to bradford",
        "hotels near Austin for the weekend",
    ],
)
def test_places_are_no_one(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ask Florence if she is coming", "Florence"),
        ("dile a Victoria que llego tarde", "Victoria"),
        ("message chester that the train is late", "chester"),
        ("ask Charlotte to meet me in Austin", "Charlotte"),
        ("tell Santiago de la Cruz I'm late", "Santiago de la Cruz"),
        ("give it to Austin when he's back", "Austin"),
        ("va a casa di Marco stasera", "Marco"),
    ],
)
def test_people_named_like_places_stay_people(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_town_holding_the_name_must_hold_all_of_it() -> None:
    text = "Victoria"
    assert not is_a_place(text, Finding(0, len(text), "name"))  # one word and nothing around it: a person first
    text = "see you in Victoria"
    assert is_a_place(text, Finding(11, 19, "name"))
    text = "see you in Victoria's room"  # hers, not the town's
    assert not is_a_place(text, Finding(11, 19, "name"))
