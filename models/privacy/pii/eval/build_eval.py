"""Builds the PII evaluation set: dev.jsonl (for tuning) and test.jsonl (the untouched half, for reporting).

    pip install faker && python models/privacy/pii/eval/build_eval.py

Templates written for this set only (the tagger trains on others, `../train_tagger.py`), filled with Faker
values for six locales and rendered in four styles (`../synth.py`); surnames from the evaluation half of the
hash split, so no surname the tagger saw in training appears here. Seeded: the same files every time.
Also ordinary sentences with numbers and no PII, for false positives.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from synth import LOCALES, STYLES, Values, render  # noqa: E402

EN = [
    "My name is {PERSON}.",
    "Hi, this is {PERSON} calling about the invoice.",
    "Can you remind {PERSON} about dinner tomorrow?",
    "I had lunch with {PERSON} and {PERSON} yesterday.",
    "Send a message to {PERSON} saying I'm running late.",
    "{PERSON} will pick up the kids at {TIME}.",
    "Please add {PERSON} to the guest list.",
    "The appointment is with {PERSON} on Monday.",
    "My phone number is {PHONE_NUMBER}.",
    "You can reach me at {PHONE_NUMBER} after {TIME}.",
    "Call {PERSON} on {PHONE_NUMBER}.",
    "Save {PHONE_NUMBER} as the office number.",
    "Text me on {PHONE_NUMBER} when you land.",
    "It is {PHONE_NUMBER}.",
    "I live at {STREET_ADDRESS}.",
    "Ship the parcel to {STREET_ADDRESS}, please.",
    "Our new flat is at {STREET_ADDRESS}.",
    "Navigate to {STREET_ADDRESS}.",
    "The party is at {STREET_ADDRESS} on Saturday.",
    "My card number is {CREDIT_CARD}.",
    "Pay with the card {CREDIT_CARD}, expiry next year.",
    "Use {CREDIT_CARD} for the booking.",
    "Transfer the rent to {IBAN_CODE}.",
    "My IBAN is {IBAN_CODE}.",
    "My social security number is {US_SSN}.",
    "The SSN on the form is {US_SSN}.",
    "My ID number is {NATIONAL_ID}.",
    "Write to me at {EMAIL_ADDRESS}.",
    "My email is {EMAIL_ADDRESS}.",
    "Forward the receipt to {EMAIL_ADDRESS} please.",
    "The server's address is {IP_ADDRESS}.",
    "Connect to {IP_ADDRESS} for the printer.",
    "Check out {URL} for the menu.",
    "I was born on {DATE_OF_BIRTH}.",
    "My date of birth is {DATE_OF_BIRTH}.",
    "{PERSON} lives at {STREET_ADDRESS} and her number is {PHONE_NUMBER}.",
    "I'm {PERSON}, my email is {EMAIL_ADDRESS}.",
]
NATIVE = {
    "de_DE": [
        "Ich heiße {PERSON}.",
        "Meine Telefonnummer ist {PHONE_NUMBER}.",
        "Ich wohne in der {STREET_ADDRESS}.",
        "Ruf {PERSON} unter {PHONE_NUMBER} an.",
        "Meine IBAN lautet {IBAN_CODE}.",
        "Meine Steuer-ID ist {NATIONAL_ID}.",
    ],
    "fr_FR": [
        "Je m'appelle {PERSON}.",
        "Mon numéro de téléphone est le {PHONE_NUMBER}.",
        "J'habite au {STREET_ADDRESS}.",
        "Appelle {PERSON} au {PHONE_NUMBER}.",
        "Mon numéro de sécurité sociale est {NATIONAL_ID}.",
    ],
    "es_ES": [
        "Me llamo {PERSON}.",
        "Mi número de teléfono es {PHONE_NUMBER}.",
        "Vivo en {STREET_ADDRESS}.",
        "Llama a {PERSON} al {PHONE_NUMBER}.",
        "Mi DNI es {NATIONAL_ID}.",
    ],
    "it_IT": [
        "Mi chiamo {PERSON}.",
        "Il mio numero di telefono è {PHONE_NUMBER}.",
        "Abito in {STREET_ADDRESS}.",
        "Chiama {PERSON} al {PHONE_NUMBER}.",
        "Il mio codice fiscale è {NATIONAL_ID}.",
    ],
}
ORDINARY = [
    "Raise the volume to level {SMALL}.",
    "Set a timer for {NUM} minutes.",
    "Buy {SMALL} eggs and {SMALL} bottles of milk.",
    "Wake me up at {TIME} tomorrow.",
    "The train leaves at {TIME} from platform {SMALL}.",
    "We moved here in {YEAR}.",
    "It costs {PRICE} at the shop.",
    "The city has {BIG} inhabitants.",
    "Turn the thermostat to {NUM} degrees.",
    "Remind me in {NUM} minutes to call the plumber.",
    "How far is {NUM} kilometres in miles?",
    "The match ended {SMALL} to {SMALL}.",
    "Read chapter {SMALL}, pages {NUM} to {NUM}.",
    "Play the top {NUM} songs from {YEAR}.",
    "What was the population in {YEAR}, about {BIG}?",
    "Book a table for {SMALL} at {TIME}.",
    "Add {SMALL} kilos of potatoes for {PRICE}.",
]


def build(seed: int = 20240613, per_template: int = 4) -> list[dict]:
    values = Values(seed, half=1)
    rng = random.Random(seed)
    rows = []
    for loc in LOCALES:
        templates = EN + NATIVE.get(loc, [])
        for template in templates:
            if "{US_SSN}" in template and loc != "en_US":
                continue
            for _ in range(per_template):
                rows.append(render(template, values, loc, rng.choice(STYLES)).to_json())
        for template in ORDINARY:
            for _ in range(2):
                rows.append(render(template, values, loc, rng.choice(STYLES)).to_json())
    rng.shuffle(rows)
    return rows


def main() -> None:
    rows = build()
    half = len(rows) // 2
    for name, part in (("dev.jsonl", rows[:half]), ("test.jsonl", rows[half:])):
        with open(HERE / name, "w", encoding="utf-8") as out:
            for row in part:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(part)} sentences")


if __name__ == "__main__":
    main()
