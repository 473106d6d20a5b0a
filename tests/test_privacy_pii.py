"""PII redaction: every type found with its span and token; near-misses left alone."""

from __future__ import annotations

import pytest

from edge.privacy.pii import find_pii, iban_valid, luhn_valid, redact_pii, ssn_valid


def kinds(text: str) -> list[tuple[str, str]]:
    return [(span.type, text[span.start : span.end]) for span in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email me at john.smith@example.com today", [("email", "john.smith@example.com")]),
        ("write to john dot smith at gmail dot com", [("email", "john dot smith at gmail dot com")]),
        ("call 555-123-4567 now", [("phone", "555-123-4567")]),
        ("call (555) 123-4567", [("phone", "(555) 123-4567")]),
        ("dial 1-800-555-1234", [("phone", "1-800-555-1234")]),
        ("my cell is 5551234567", [("phone", "5551234567")]),
        ("ring +44 20 7946 0958 please", [("phone", "+44 20 7946 0958")]),
        ("ring me on 020 7946 0958", [("phone", "020 7946 0958")]),
        ("mon numéro 06 12 34 56 78", [("phone", "06 12 34 56 78")]),
        ("my number is five five five one two three four", [("phone", "five five five one two three four")]),
        (
            "it's oh seven seven double nine one two three four five six",
            [("phone", "oh seven seven double nine one two three four five six")],
        ),
        ("card 4111 1111 1111 1111 please", [("card", "4111 1111 1111 1111")]),
        ("use 5500-0000-0000-0004", [("card", "5500-0000-0000-0004")]),
        ("pay with 378282246310005", [("card", "378282246310005")]),
        ("my iban is DE89 3704 0044 0532 0130 00 thanks", [("iban", "DE89 3704 0044 0532 0130 00")]),
        ("send to GB82WEST12345698765432", [("iban", "GB82WEST12345698765432")]),
        ("my ssn is 123-45-6789", [("ssn", "123-45-6789")]),
        ("social security number 078051120", [("ssn", "078051120")]),
        ("the server is 192.168.1.10", [("ip", "192.168.1.10")]),
        ("ping 2001:db8::8a2e:370:7334 now", [("ip", "2001:db8::8a2e:370:7334")]),
        ("go to https://example.com/a?b=1. then", [("url", "https://example.com/a?b=1")]),
        ("see www.example.org for more", [("url", "www.example.org")]),
        ("check out example dot com", [("url", "example dot com")]),
        ("I live at 221B Baker Street", [("address", "221B Baker Street")]),
        ("send it to 1600 Pennsylvania Avenue, apt 4", [("address", "1600 Pennsylvania Avenue, apt 4")]),
        ("we're at two twenty one b baker street", [("address", "two twenty one b baker street")]),
        ("post it to SW1A 1AA", [("address", "SW1A 1AA")]),
        ("I was born on 3 March 1985", [("dob", "3 March 1985")]),
        ("my birthday is march third", [("dob", "march third")]),
        ("DOB 03/04/1985", [("dob", "03/04/1985")]),
        ("born on the third of march nineteen eighty five", [("dob", "the third of march nineteen eighty five")]),
        ("she was born in 1985", [("dob", "1985")]),
        ("my name is Sarah Connor", [("name", "Sarah Connor")]),
        ("my name is john", [("name", "john")]),
        ("text jennifer that I'm late", [("name", "jennifer")]),
        ("meeting with Dr. Patel at 3", [("name", "Patel")]),
        ("I'm Michael", [("name", "Michael")]),
        ("dinner with jessica and tom tonight", [("name", "jessica"), ("name", "tom")]),
        ("Sarah is coming over", [("name", "Sarah")]),
    ],
)
def test_finds_each_type(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 please",  # 16 digits failing Luhn
        "the order 4111111111111112 shipped",
        "iban DE89 3704 0044 0532 0130 01 thanks",  # wrong IBAN check digits
        "GB82 WEST 1234 5698 7654 33 is mine",
        "ssn 666-12-3456",  # invalid SSN areas and groups
        "ssn 900-12-3456",
        "ssn 123-00-4567",
        "update to version 1.2.3.4",
        "the address 300.1.1.1 is not an ip",
        "call of duty",
        "call mom",
        "April showers bring May flowers",
        "with grace and hope",
        "ask will about it",
        "I have 3 kids and 2 dogs",
        "it costs 1299.99",
        "the years 1985 1990 2000",
        "meet at 5 pm on Main Street",
        "in 2019 we sold 12000 units",
        "the time is 10:30:00",
        "look at the dot com bubble",
        "the doctor appointment is at noon",
        "Don't do that",
        "I'm tired",
        "the church street bakery",
        "one two three",
        "report.pdf and notes.txt",
    ],
)
def test_near_misses_are_left_alone(text: str) -> None:
    redacted, spans = redact_pii(text)
    assert spans == ()
    assert redacted == text


def test_redacted_text_uses_tokens_and_spans_index_the_original() -> None:
    text = "I'm Michael, email mike@example.com or call 555-123-4567, card 4111 1111 1111 1111"
    redacted, spans = redact_pii(text)
    assert redacted == "I'm [NAME], email [EMAIL] or call [PHONE], card [CARD]"
    assert [s.type for s in spans] == ["name", "email", "phone", "card"]
    assert [text[s.start : s.end] for s in spans] == [
        "Michael",
        "mike@example.com",
        "555-123-4567",
        "4111 1111 1111 1111",
    ]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_validators() -> None:
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")
    assert iban_valid("DE89370400440532013000") and not iban_valid("DE89370400440532013001")
    assert not iban_valid("DE8937040044053201300")  # wrong length for DE
    assert ssn_valid("123", "45", "6789")
    assert not ssn_valid("000", "45", "6789") and not ssn_valid("666", "45", "6789")
    assert not ssn_valid("950", "45", "6789") and not ssn_valid("123", "00", "6789")
    assert not ssn_valid("123", "45", "0000")


def test_empty_and_plain_text() -> None:
    assert redact_pii("") == ("", ())
    assert redact_pii("what's the weather tomorrow") == ("what's the weather tomorrow", ())
