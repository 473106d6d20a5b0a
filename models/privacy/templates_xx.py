"""German, Spanish, French and Italian training sentences for the sensitive model: the lexicon's non-English terms
in neutral frames (-> their category), and the same frames around everyday words (-> none), so the model learns
the terms rather than the frames. Written by the edge project for models/privacy/train_sensitive.py.
"""

from __future__ import annotations

import random
from pathlib import Path

from edge.privacy.lexicon import CATEGORIES

LEXICON = Path(__file__).resolve().parent / "lexicon"
SECTION = "# --- German"

FRAMES = {
    "de": ["{x}", "ich habe eine Frage zu {x}", "mein Freund hat mir von {x} erzählt", "es geht um {x}",
           "was weißt du über {x}", "heute war wieder {x} das Thema"],
    "es": ["{x}", "tengo una pregunta sobre {x}", "mi amigo me habló de {x}", "se trata de {x}",
           "qué sabes de {x}", "hoy el tema fue {x}"],
    "fr": ["{x}", "j'ai une question sur {x}", "mon ami m'a parlé de {x}", "il s'agit de {x}",
           "que sais-tu de {x}", "aujourd'hui on a parlé de {x}"],
    "it": ["{x}", "ho una domanda su {x}", "il mio amico mi ha parlato di {x}", "si tratta di {x}",
           "cosa sai di {x}", "oggi si è parlato di {x}"],
}  # fmt: skip

EVERYDAY = {
    "de": ["Fußball", "den Urlaub", "Pizza", "das Wetter", "mein Auto", "Kochen", "die Bahn", "Musik", "den Garten",
           "Filme", "neue Schuhe", "das Handy", "den Umzug", "Fahrräder", "die Hochzeit", "Kaffee", "Berlin"],
    "es": ["fútbol", "las vacaciones", "pizza", "el tiempo", "mi coche", "cocinar", "el tren", "música", "el jardín",
           "películas", "zapatos nuevos", "el móvil", "la mudanza", "bicicletas", "la boda", "café", "Madrid"],
    "fr": ["le foot", "les vacances", "la pizza", "la météo", "ma voiture", "la cuisine", "le train", "la musique",
           "le jardin", "les films", "des chaussures", "le téléphone", "le déménagement", "le vélo", "le mariage",
           "le café", "Paris"],
    "it": ["il calcio", "le vacanze", "la pizza", "il meteo", "la mia macchina", "cucinare", "il treno", "la musica",
           "il giardino", "i film", "scarpe nuove", "il telefono", "il trasloco", "la bici", "il matrimonio",
           "il caffè", "Roma"],
}  # fmt: skip


COMMANDS = {
    "de": ["stell einen Wecker für {t}", "erinnere mich um {t} an {o}", "wie wird das Wetter {w}", "ruf {p} an",
           "schick {p} eine Nachricht", "setz {o} auf die Liste", "was steht {w} im Kalender", "spiel {o}",
           "mach das Licht {w} aus", "verschieb {o} auf {t}", "wie spät ist es", "mach lauter"],
    "es": ["pon una alarma a las {t}", "recuérdame {o} a las {t}", "qué tiempo hará {w}", "llama a {p}",
           "manda un mensaje a {p}", "añade {o} a la lista", "qué tengo {w} en el calendario", "pon {o}",
           "apaga la luz {w}", "mueve {o} a las {t}", "qué hora es", "sube el volumen"],
    "fr": ["mets une alarme à {t}", "rappelle-moi {o} à {t}", "quel temps fera-t-il {w}", "appelle {p}",
           "envoie un message à {p}", "ajoute {o} à la liste", "qu'est-ce que j'ai {w} dans l'agenda", "mets {o}",
           "éteins la lumière {w}", "déplace {o} à {t}", "quelle heure est-il", "monte le son"],
    "it": ["metti una sveglia alle {t}", "ricordami {o} alle {t}", "che tempo farà {w}", "chiama {p}",
           "manda un messaggio a {p}", "aggiungi {o} alla lista", "cosa ho {w} in agenda", "metti {o}",
           "spegni la luce {w}", "sposta {o} alle {t}", "che ore sono", "alza il volume"],
}  # fmt: skip
FILLERS = {
    "t": ["7", "halb acht", "las ocho", "huit heures", "otto", "18:30"],
    "w": ["morgen", "mañana", "demain", "domani", "heute", "hoy", "ce soir", "stasera"],
    "p": ["Mama", "mi hermano", "Paul", "ma sœur", "Giulia", "Peter", "Ana"],
    "o": ["Milch", "el pan", "la réunion", "la riunione", "das Meeting", "Jazz", "la playlist", "il podcast"],
}
STRIKE_WORDS = {"streik", "streiken", "huelga", "grève", "sciopero", "scioperiamo"}
"""Left out of the frames: a strike in the news is no membership; the labelled sentences teach the difference."""


def terms() -> list[tuple[str, str]]:
    """(term, category) for every plain non-English lexicon line (stems lose their '*', patterns are skipped)."""
    out = []
    for category in CATEGORIES:
        lines = (LEXICON / f"{category}.txt").read_text(encoding="utf-8").splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith(SECTION)), len(lines))
        for line in lines[start + 1 :]:
            line = line.strip()
            if line and not line.startswith(("#", "re:")) and line.rstrip("*") not in STRIKE_WORDS:
                out.append((line.rstrip("*"), category))
    return out


def multilingual_sentences(seed: int) -> list[tuple[str, str | None]]:
    rng = random.Random(seed)
    frames = [f for fs in FRAMES.values() for f in fs]
    out: list[tuple[str, str | None]] = []
    for term, category in terms():
        out += [(f.format(x=term), category) for f in rng.sample(frames, 4)]
    for words in EVERYDAY.values():
        out += [(f.format(x=w), None) for w in words for f in frames]
    for commands in COMMANDS.values():
        for command in commands:
            for _ in range(4):
                out.append((command.format(**{k: rng.choice(v) for k, v in FILLERS.items()}), None))
    return list(dict.fromkeys(out))
