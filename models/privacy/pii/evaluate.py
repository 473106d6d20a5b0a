"""Measures PII detection on the evaluation set: recall and precision per type, per style and per locale,
false positives on ordinary sentences with numbers, and the time `find_pii` takes per sentence (fastest of
three runs, one thread).

    python models/privacy/pii/evaluate.py                 # the untouched test half -> metrics.json
    python models/privacy/pii/evaluate.py --split dev     # the tuning half, printed only

The figures also hold `spoken_other_languages`: phone and card numbers and e-mail addresses said in German, French,
Spanish and Italian as those languages' speech recognizers write them, beside ordinary sentences with spoken numbers
(`eval/spoken_test.jsonl`, built by `eval/build_spoken.py`; `--split dev` reads `eval/spoken_dev.jsonl`).

With the test half it also sweeps Faker's own address, phone and name formats (`faker_formats`): whatever shape a
locale's generator gives a full postal address (street, house number, flat, postcode, town, US military mail), a
phone number (extensions, trunk prefixes, "001-" dialled from abroad) or a name (titles, particles, suffixes), is
the whole of it redacted with the right type? Synthetic PII sets are built this way, so a format edge does not know shows here first. The evaluation set
only puts Faker's street lines into sentences written for it; the sweep's frames are plain and none is a training
template.

A gold span counts as found when spans of edge's matching type cover at least 80 % of its letters and digits
("typed" recall); "redacted" recall accepts any PII type (what matters for privacy). A predicted span is a true
positive when it overlaps a gold span of its type.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

EDGE_TO_EVAL = {
    "name": "PERSON", "phone": "PHONE_NUMBER", "address": "STREET_ADDRESS", "card": "CREDIT_CARD",
    "iban": "IBAN_CODE", "ssn": "US_SSN", "national_id": "NATIONAL_ID", "email": "EMAIL_ADDRESS",
    "ip": "IP_ADDRESS", "url": "URL", "dob": "DATE_OF_BIRTH", "number": "NUMBER",
}  # fmt: skip
ALSO_ACCEPTED = {"US_SSN": {"NATIONAL_ID"}, "NATIONAL_ID": {"US_SSN", "NUMBER"}}
COVER = 0.8
LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")
FRAMES = {
    "address": ("I live at {}.", "please ship it to {}", "the party is at {} on saturday", "we moved to {} last month"),
    "phone": ("call me at {} please", "my number is {}", "you can reach her on {} after five"),
    "name": ("I'm meeting {} tomorrow", "{} called about the report", "my manager {} approved it", "send it to {}"),
    "card": ("my card number is {}", "please charge {} for the order", "use {} for the booking", "it's {}"),
}
FORMATS_SEED = 20261204


def load(split: str) -> list[dict]:
    lines = (HERE / "eval" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def coverage(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> float:
    wanted = [i for i in range(start, end) if text[i].isalnum()]
    if not wanted:
        return 1.0
    return sum(any(s <= i < e for s, e in spans) for i in wanted) / len(wanted)


def evaluate(rows: list[dict]) -> dict:
    from edge.privacy.pii import DEFAULT_RECOGNIZERS, RecognizerRegistry
    from edge.privacy.pii.numbers import tokens_and_said

    find_pii = RecognizerRegistry(DEFAULT_RECOGNIZERS, cache_size=0).analyze  # timed without the result cache
    find_pii("warm up 555-212-4367 Sarah")
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # type -> [gold, typed, redacted, exact]
    by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    predicted: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # eval type -> [predicted, true]
    ordinary = [0, 0]
    times = []
    misses: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        text = row["text"]
        best = float("inf")
        for _ in range(3):  # the fastest of three: robust to other processes on a shared machine
            tokens_and_said.cache_clear()  # timed without the number reader's memory of the text either
            t0 = time.perf_counter()
            spans = find_pii(text)
            best = min(best, time.perf_counter() - t0)
        times.append(best)
        pred = [(f.start, f.end, EDGE_TO_EVAL[f.type or "number"]) for f in spans]
        gold = [tuple(s) for s in row["spans"]]
        if not gold:
            ordinary[0] += 1
            ordinary[1] += bool(pred)
            if pred:
                misses["ORDINARY"].append(f"{text!r} -> {[text[s:e] for s, e, _ in pred]}")
        for start, end, kind in gold:
            accepted = {kind} | ALSO_ACCEPTED.get(kind, set())
            typed = coverage(text, start, end, [(s, e) for s, e, k in pred if k in accepted]) >= COVER
            redacted = coverage(text, start, end, [(s, e) for s, e, _ in pred]) >= COVER
            found[kind][0] += 1
            found[kind][1] += typed
            found[kind][2] += redacted
            found[kind][3] += any((s, e) == (start, end) for s, e, k in pred if k in accepted)
            by_style[row["style"]][0] += 1
            by_style[row["style"]][1] += redacted
            by_locale[row["locale"]][0] += 1
            by_locale[row["locale"]][1] += redacted
            if not typed:
                misses[kind].append(f"{text!r}: {text[start:end]!r} -> {[(text[s:e], k) for s, e, k in pred]}")
        for start, end, kind in pred:
            predicted[kind][0] += 1
            hit = any(
                s < end and start < e and (kind == k or kind in ALSO_ACCEPTED.get(k, ()) or kind == "NUMBER")
                for s, e, k in gold
            )
            predicted[kind][1] += hit
            if not hit and gold:
                misses["FALSE_" + kind].append(f"{text!r}: {text[start:end]!r}")
    ms = sorted(t * 1000 for t in times)
    return {
        "sentences": len(rows),
        "recall": {
            k: {"gold": g, "typed": round(t / g, 4), "redacted": round(r / g, 4), "exact": round(x / g, 4)}
            for k, (g, t, r, x) in sorted(found.items())
        },
        "precision": {k: {"predicted": p, "precision": round(t / p, 4)} for k, (p, t) in sorted(predicted.items())},
        "redacted_by_style": {k: round(h / g, 4) for k, (g, h) in sorted(by_style.items())},
        "redacted_by_locale": {k: round(h / g, 4) for k, (g, h) in sorted(by_locale.items())},
        "ordinary_sentences": ordinary[0],
        "ordinary_with_any_pii": round(ordinary[1] / max(ordinary[0], 1), 4),
        "latency_ms": {"p50": round(statistics.median(ms), 3), "p95": round(ms[int(0.95 * (len(ms) - 1))], 3)},
        "_misses": {k: v[:15] for k, v in misses.items()},
    }


def faker_sentences(kind: str, locale: str, count: int) -> list[tuple[str, int, int]]:
    """(sentence, start, end of the value) for `count` values of `kind` (a key of FRAMES) from Faker's locale."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(f"{FORMATS_SEED}|{kind}|{locale}")
    rng = random.Random(f"{FORMATS_SEED}|{kind}|{locale}")
    draw = {"address": fake.address, "phone": fake.phone_number, "name": fake.name, "card": fake.credit_card_number}
    out = []
    for _ in range(count):
        value = draw[kind]()
        value = ", ".join(part.strip() for part in value.splitlines())
        frame = rng.choice(FRAMES[kind])
        start = frame.index("{}")
        out.append((frame.format(value), start, start + len(value)))
    return out


def faker_formats(per_locale: int) -> dict[str, dict[str, float]]:
    """Typed recall per kind and locale: the value's letters and digits covered (80 %) by spans of its type."""
    from edge.privacy.pii import find_pii

    result: dict[str, dict[str, float]] = {}
    for kind in FRAMES:
        result[kind] = {}
        for locale in LOCALES:
            hits = 0
            for text, start, end in faker_sentences(kind, locale, per_locale):
                spans = [(s.start, s.end) for s in find_pii(text) if s.type == kind]
                hits += coverage(text, start, end, spans) >= COVER
            result[kind][locale] = round(hits / per_locale, 4)
    return result


BLIND = (
    "blind_1", "blind_2", "blind_3", "blind_4", "blind_5", "blind_6", "blind_places", "blind_names", "blind_bounds",
    "blind_contacts", "blind_names_2", "blind_names_3",
)  # fmt: skip
"""Sentences written by hand by helper sessions that read no repository file (stop 51, CC0): names from all over
the world, addresses and phones in many locales' formats, and sentences with capitalised things that are no one.
blind_1 was measured first and its misses read (stop 51's changes came from them and from the labelled
sentences); each later set was measured once, after a round of changes, before the next round: blind_4 after the
last change to names, blind_6 (mostly addresses) after the last change to addresses. blind_places (stop 52):
towns, stations, restaurants, clubs and titles, many named after people, with and without people in the
sentence; measured once before and once after `edge.privacy.pii.places`, then its misses read. blind_names (stop
52): people named with no cue (a sentence's subject, an owner, a list), measured once before and once after the
first round of the rules for them, then its misses read. blind_bounds (stop 53): names followed at once by a
verb, a conjunction or another word ("text mollie saying", "dile a marta que"), surnames that are words too
("emma stone", "lena sommer"), and no one; measured once before and once after a tagged name stopped running into
the next word (`recall.PERSON.exact`: the span is the name's, no more and no less). blind_contacts (stop 53):
people named beside their phone numbers, e-mail addresses, IBANs and street addresses, and such details of no one
("the plumber", "Mum"); measured once before and once after `edge.privacy.pii.contacts`, then its misses read.
blind_names_2 (stop 54): people named with no cue, most with names no shipped list holds (South Asian, African,
Maori, Gaelic, ...), and 120 sentences of shops, places, dishes and titles that name no one; measured once before
the tagger was retrained, once after its first version and once after the last, its misses not read.
blind_names_3 (stop 57): 300 sentences in thirteen locales, 200 naming people (modern, older and regional names,
names that are words, names after prepositions, in lowercase speech) and 100 naming no one among name-like words;
written after stop 57's changes and measured once with them and once with stop 56's code, its misses not read."""


def blind_figures(name: str) -> dict:
    figures = evaluate(load(name))
    for key in ("_misses", "latency_ms", "redacted_by_style"):
        figures.pop(key)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--misses", action="store_true", help="print examples of misses and false positives")
    args = parser.parse_args()
    result = evaluate(load(args.split))
    spoken = evaluate(load(f"spoken_{args.split}"))
    spoken.pop("latency_ms")
    result["spoken_other_languages"] = spoken
    if args.split == "test":
        result["faker_formats"] = {"per_locale": 300, "typed_recall": faker_formats(300)}
        result["blind"] = {name: blind_figures(name) for name in BLIND}
    misses = result.pop("_misses")
    misses.update({f"SPOKEN_{kind}": examples for kind, examples in spoken.pop("_misses").items()})
    print(json.dumps(result, indent=1))
    if args.misses:
        for kind, examples in misses.items():
            print(f"\n## {kind}")
            print("\n".join(examples))
    if args.split == "test":
        (HERE / "metrics.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
