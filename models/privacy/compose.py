"""Compose spoken-style training sentences from independent parts, so a model cannot learn the templates.

A *fact* is one hand-written clause (`facts_en.py`, `facts_xx.py`) with optional slots (`{med}`, `{p}`, ...).
Each fact is expanded with slot fillers, wrapped in a speaker context (a lead-in such as "honestly" or "I haven't
told anyone but", a tail such as "so I can't come on Friday"), optionally made disfluent ("um", a repeated word)
and rendered as an ASR engine or Whisper would give it. Lead-ins and tails are shared by sensitive and ordinary
facts, so only the fact itself can decide.

Facts are split between `train` and `dev` by a hash of the fact's own text: a dev sentence always comes from a
fact the model never saw in any wording. Seeded; the same seed gives the same sentences.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

DEV_SHARE = 5
"""One fact in DEV_SHARE goes to the dev set (thresholds), the rest to training."""


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    category: str | None
    kind: str
    """`paraphrase` / `explicit` (sensitive), `trap` / `everyday` / `command` / `chat` / `interest` (ordinary);
    `compound` (`corpus.compounds`: either, as its statement is)."""
    tier1: str | None = None
    part: str = "train"


def part_of(key: str) -> str:
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % DEV_SHARE == 0 else "train"


def lines(block: str) -> list[str]:
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    """`template` with every `{slot}` replaced by a random filler (unknown slots stay as written)."""
    return _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]) if m.group(1) in slots else m.group(0), template)


# --- speaker context ---------------------------------------------------------------------------------

LEAD = {
    "en": [
        "", "", "", "", "", "honestly ", "so ", "um so ", "you know ", "okay so ", "well ", "I mean ", "yeah ",
        "to be honest ", "I guess ", "the thing is ", "just so you know ", "between us ", "funny thing is ",
        "I haven't told anyone but ", "I told my boss that ", "I should tell you that ", "it turns out ",
        "I just found out ", "my mum doesn't know that ", "note to self ", "remember that ", "hey so ",
        "don't laugh but ", "long story short ", "oh and ", "anyway ", "so basically ", "as of last week ",
        "I wanted to say ", "for the record ", "if you must know ", "hey assistant ", "ok google ", "alexa ",
    ],
    "de": ["", "", "", "also ", "ehrlich gesagt ", "weißt du ", "naja ", "übrigens ", "ich muss dir sagen, ",
           "unter uns, ", "ganz ehrlich ", "ähm ", "ja also ", "stell dir vor, "],
    "es": ["", "", "", "pues ", "la verdad es que ", "oye ", "mira ", "bueno ", "entre nosotros, ", "o sea ",
           "te cuento que ", "eh ", "sinceramente ", "por cierto "],
    "fr": ["", "", "", "bon ", "franchement ", "tu sais ", "alors ", "entre nous, ", "euh ", "en fait ",
           "je dois te dire que ", "au fait ", "honnêtement ", "bref "],
    "it": ["", "", "", "allora ", "sinceramente ", "sai ", "beh ", "tra noi, ", "ehm ", "in realtà ",
           "ti devo dire che ", "comunque ", "a dire il vero ", "senti "],
}  # fmt: skip
"""Lead-ins that take a first-person clause after them. Blank entries keep many sentences bare."""

TAIL = {
    "en": [
        "", "", "", "", "", " so yeah", " I guess", " and it's been hard", " and I don't know what to do",
        " so I'll be late tomorrow", " which is why I'm tired", " anyway", " if that makes sense",
        " so I can't come on Friday", " don't tell anyone", " lol", " to be honest", " just saying",
        " so keep that in mind", " and nobody at work knows", " since last year", " for a while now", " again",
        " and I'm fine with it", " so can we talk later", " you know", " I think", " right now",
        " so remind me on Monday", " and my parents don't know", " but that's okay",
    ],
    "de": ["", "", "", " also ja", " glaube ich", " und das ist schwer", " weißt du", " seit letztem Jahr",
           " sag es keinem", " deshalb bin ich müde", " irgendwie"],
    "es": ["", "", "", " así que nada", " creo", " y es difícil", " sabes", " desde el año pasado",
           " no se lo digas a nadie", " por eso estoy cansado", " la verdad"],
    "fr": ["", "", "", " voilà", " je crois", " et c'est dur", " tu vois", " depuis l'an dernier",
           " ne le dis à personne", " c'est pour ça que je suis fatigué", " quoi"],
    "it": ["", "", "", " ecco", " credo", " ed è dura", " sai", " dall'anno scorso", " non dirlo a nessuno",
           " per questo sono stanco", " insomma"],
}  # fmt: skip

ASK_LEAD = {
    "en": ["", "", "", "hey ", "please ", "can you ", "could you ", "ok ", "quick question ", "hey google ",
           "siri ", "um ", "I need you to ", "so "],
    "de": ["", "", "hey ", "bitte ", "kannst du ", "ähm "],
    "es": ["", "", "oye ", "por favor ", "puedes ", "eh "],
    "fr": ["", "", "dis ", "s'il te plaît ", "tu peux ", "euh "],
    "it": ["", "", "senti ", "per favore ", "puoi ", "ehm "],
}  # fmt: skip
"""Lead-ins for requests ("remind me to ...", "find ..."), whose first word is a verb or a question word."""
QUESTION_SAFE = {"", "hey", "ok", "quick question", "hey google", "siri", "um", "so", "ähm", "oye", "eh", "dis",
                 "euh", "senti", "ehm"}  # fmt: skip

FILLERS = {
    "en": ["um", "uh", "like", "you know", "I mean", "sort of", "er"],
    "de": ["ähm", "äh", "also", "halt", "irgendwie"],
    "es": ["eh", "este", "o sea", "pues", "bueno"],
    "fr": ["euh", "ben", "genre", "quoi", "enfin"],
    "it": ["ehm", "cioè", "tipo", "insomma", "boh"],
}

_QUESTION = re.compile(
    r"(?i)^(what|how|who|when|where|why|which|is|are|do|does|did|can|could|should|will|would|wie|was|wann|wo|"
    r"warum|qué|cómo|cuándo|dónde|por qué|quel|quelle|comment|quand|où|pourquoi|est-ce|che|come|quando|dove|perché)\b"
)


def disfluent(text: str, lang: str, rng: random.Random) -> str:
    """One filler word dropped in, and sometimes a word said twice."""
    words = text.split()
    if len(words) < 3:
        return text
    at = rng.randrange(1, len(words))
    words.insert(at, rng.choice(FILLERS.get(lang, FILLERS["en"])))
    if rng.random() < 0.4:
        k = rng.randrange(0, len(words))
        words.insert(k, words[k])
    return " ".join(words)


def asr_plain(text: str) -> str:
    """As a streaming ASR engine gives it: lower case, no punctuation (apostrophes and brackets kept)."""
    return " ".join(re.sub(r"[^\w\s'’\[\]-]", " ", text).lower().split())


def whisper_style(text: str) -> str:
    """As Whisper punctuates it: a capital first letter and a closing mark."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    if text[-1] not in ".?!":
        text += "?" if _QUESTION.match(text) else "."
    return text


def renderings(text: str) -> list[str]:
    """The sentence as written, as an ASR engine without punctuation gives it, and as Whisper punctuates it."""
    return list(dict.fromkeys([text, asr_plain(text), whisper_style(text)]))


def render(text: str, lang: str, rng: random.Random) -> str:
    """One rendering of a composed sentence: as written, ASR-plain, Whisper-style, or disfluent ASR."""
    roll = rng.random()
    if roll < 0.2:
        return text
    if roll < 0.55:
        return asr_plain(text)
    if roll < 0.8:
        return whisper_style(text)
    return asr_plain(disfluent(text, lang, rng))


def wrap(fact: str, lang: str, rng: random.Random, *, request: bool) -> str:
    """The fact in a speaker context: a lead-in and (for statements) a tail."""
    if request:
        leads = ASK_LEAD.get(lang, [""])
        if _QUESTION.match(fact):  # "can you what's ..." is not how anyone talks
            leads = [lead for lead in leads if lead.strip() in QUESTION_SAFE]
        return (rng.choice(leads or [""]) + fact).strip()
    return (rng.choice(LEAD.get(lang, [""])) + fact + rng.choice(TAIL.get(lang, [""]))).strip()


def compose(
    facts: list[str],
    slots: dict[str, list[str]],
    *,
    lang: str,
    category: str | None,
    kind: str,
    per_fact: int,
    seed: int,
    request: bool = False,
    tier1: str | None = None,
) -> list[Example]:
    """`per_fact` distinct sentences per fact, each with its own fillers, context and rendering."""
    out: list[Example] = []
    for fact in facts:
        rng = random.Random(f"{seed}|{lang}|{fact}")
        part = part_of(f"{lang}|{fact}")
        seen: set[str] = set()
        for _ in range(per_fact * 3):
            if len(seen) >= per_fact:
                break
            text = render(wrap(fill(fact, slots, rng), lang, rng, request=request), lang, rng)
            text = " ".join(text.split())
            if text and text.lower() not in seen:
                seen.add(text.lower())
                out.append(Example(text, lang, category, kind, tier1, part))
    return out
