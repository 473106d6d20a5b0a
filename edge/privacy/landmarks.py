"""Is it only the way there? A church, a hospital or a prison named to give directions.

"Turn left after the mosque, the café is just opposite", "Bieg an der Kirche rechts ab", "c'est en face de
l'hôpital": a place of worship, of care or of the law used as a landmark says nothing about anyone's faith, health
or record, yet the sensitive model reads those places as its cues (glasses give directions all day). `swap_landmarks`
gives `edge.privacy.swap.SwapRelease` the same sentence with such a place made an ordinary one (a bakery, a
market) where the sentence uses it as a landmark: right after a word of position ("opposite", "next to", "behind",
"gegenüber", "en face de", "accanto a"), after "turn left/right at", or anywhere in a sentence that calls it a
landmark. If the swapped sentence is far from sensitive in every category, the landmark alone made the block.

A place said as where someone goes, prays, is treated or was held is no landmark, and two guards keep such
sentences whole: no swap when the speaker or their people are in the sentence ("I", "my", "wir", "nuestro",
"notre", "nostro": "we live opposite the church and go every Sunday" would lose its faith with the church), nor
when it names a visit, a service or a stay (`ATTENDANCE`: "pray", "mass", "every Friday", "released", "appointment"
in five languages). "After"/"before" count as position only beside a turn ("turn right after the church"), since
"after church" alone is a service attended.
"""

from __future__ import annotations

import re

from edge.privacy.speaker import FIRST_PERSON, whole_words

_PLACES: dict[str, tuple[tuple[str, str, str], ...]] = {
    # (the category a place cues, the places, the ordinary place they become: of the same grammatical gender, so
    # that the article before them still fits)
    "en": (
        ("religion", r"churchyard|church|mosque|synagogue|temple|cathedral|chapel|gurdwara|kingdom hall", "bakery"),
        ("health", r"hospital|clinic|pharmacy|chemist's|chemist", "bakery"),
        ("criminal", r"prison|jail|police station|courthouse|court house", "bakery"),
        ("political", r"polling station", "bakery"),
    ),
    "de": (
        ("religion", r"Kirche|Moschee|Synagoge|Kapelle|Kathedrale", "Bäckerei"),
        ("religion", r"Münster", "Kino"),
        ("religion", r"Dom|Tempel", "Bahnhof"),
        ("health", r"Apotheke|Klinik|Notaufnahme", "Bäckerei"),
        ("health", r"Krankenhaus", "Kino"),
        ("criminal", r"Polizei|Polizeiwache", "Bäckerei"),
        ("criminal", r"Gefängnis|Gericht|Amtsgericht|Polizeipräsidium", "Kino"),
        ("criminal", r"Knast", "Bahnhof"),
        ("political", r"Wahllokal", "Kino"),
    ),
    "es": (
        ("religion", r"iglesia|mezquita|sinagoga|capilla|catedral|ermita|parroquia", "panadería"),
        ("religion", r"templo", "mercado"),
        ("health", r"farmacia|clínica", "panadería"),
        ("health", r"hospital|centro de salud|ambulatorio", "mercado"),
        ("criminal", r"cárcel|prisión|comisaría", "panadería"),
        ("criminal", r"juzgado", "mercado"),
        ("political", r"colegio electoral", "mercado"),
    ),
    "fr": (
        ("religion", r"église|mosquée|synagogue|chapelle|cathédrale|basilique", "boulangerie"),
        ("religion", r"temple", "marché"),
        ("health", r"pharmacie|clinique", "boulangerie"),
        ("health", r"hôpital", "hôtel"),
        ("criminal", r"prison|gendarmerie", "boulangerie"),
        ("criminal", r"commissariat|tribunal|palais de justice", "marché"),
        ("political", r"bureau de vote", "marché"),
    ),
    "it": (
        ("religion", r"chiesa|moschea|sinagoga|cappella|cattedrale|basilica", "panetteria"),
        ("religion", r"tempio|duomo", "mercato"),
        ("health", r"farmacia|clinica", "panetteria"),
        ("health", r"pronto soccorso", "mercato"),
        ("health", r"ospedale", "albergo"),
        ("criminal", r"prigione|questura|caserma", "panetteria"),
        ("criminal", r"carcere|commissariato|tribunale", "mercato"),
        ("political", r"seggio(?: elettorale)?", "mercato"),
    ),
}
CATEGORIES = ("religion", "health", "criminal", "political")

_POSITIONS = {
    "en": r"opposite|next to|next door to|across from|across the (?:road|street) from|beside|behind|in front of|"
    r"outside|past|near|round the corner from|around the corner from|on the corner (?:of|by)|(?:left|right) (?:at|by)",
    "de": r"gegenüber (?:der|dem|vom)|gegenüber|neben (?:der|dem)|hinter (?:der|dem)|vor (?:der|dem)|an (?:der|dem)|"
    r"am|an der Ecke (?:zur|zum)|Ecke|vorbei an (?:der|dem)|am|beim",
    "es": r"enfrente (?:de la|del|de)|frente a(?:l)?(?: la)?|al lado (?:de la|del|de)|junto a(?:l)?(?: la)?|"
    r"detrás (?:de la|del|de)|delante (?:de la|del|de)|cerca (?:de la|del|de)|en la esquina (?:de la|del|de)|"
    r"pasando (?:la|el)",
    "fr": r"en face (?:de la|du|de l'|de)|à côté (?:de la|du|de l'|de)|derrière (?:la|le|l')|devant (?:la|le|l')|"
    r"près (?:de la|du|de l'|de)|au coin (?:de la|du|de l'|de)|juste (?:avant|après) (?:la|le|l')",
    "it": r"di fronte (?:alla|al|all'|a)|davanti (?:alla|al|all'|a)|accanto (?:alla|al|all'|a)|"
    r"dietro (?:alla|al|all'|la|il|l')|vicino (?:alla|al|all'|a)|all'angolo con (?:la|il|l')|oltre (?:la|il|l')",
}
"""Words of position right before a place: the place is where something else is."""

_AROUND_A_TURN = {
    "en": r"after|before|past|at",
    "de": r"nach (?:der|dem)|hinter (?:der|dem)|bei (?:der|dem)|beim",
    "es": r"después (?:de la|del|de)|antes (?:de la|del|de)|tras (?:la|el)|en (?:la|el)",
    "fr": r"après (?:la|le|l')|avant (?:la|le|l')|à (?:la|l')|au",
    "it": r"dopo (?:la|il|l')|prima (?:della|del|dell')|alla|al|all'",
}
"""Words that place a turn ("turn right after the church"); alone they may be a time ("after church")."""

_TURNS = {
    "en": r"turn|take a|bear|keep|go|head|hang a|it's on (?:the|your)|(?:left|right)",
    "de": r"rechts|links|geradeaus|abbiegen|bieg",
    "es": r"derecha|izquierda|recto|gira|tuerce",
    "fr": r"droite|gauche|tout droit|tourne|tournez",
    "it": r"destra|sinistra|dritto|gira|svolta",
}
_LANDMARK = {
    "en": r"landmarks?",
    "de": r"Orientierungspunkt|Wegweiser|Anhaltspunkt",
    "es": r"punto de referencia|referencia",
    "fr": r"point de repère|repère",
    "it": r"punto di riferimento|riferimento",
}

_ATTENDANCE = {
    "en": r"pray\w*|worship\w*|mass|service|sermon|confession|shabbat|sabbath|every (?:sunday|friday|saturday|week)|"
    r"appointment|treatment|chemo\w*|therapy|rehab|meds|prescription|scan|released|locked up|inside|visiting hours|"
    r"vot\w*",
    "de": r"bete|betet|beten|betend|gebet\w*|gottesdienst|messe|beichte|freitagsgebet|sabbat|"
    r"jeden (?:sonntag|freitag|samstag)|termin|behandlung|therapie|chemo|entzug|rezept|entlassen|sitzt|gesessen|besuchszeit\w*|wähl\w*",
    "es": r"rez\w*|oro|ora|oramos|orar|oración|misa|culto|confesión|sábado santo|cada (?:domingo|viernes|sábado)|"
    r"todos los (?:domingos|viernes|sábados)|cita|tratamiento|terapia|quimio|receta|sale|salió|preso|visitas|vot\w*",
    "fr": r"prie|prient|prier|prions|prière\w*|messe|culte|confession|shabbat|chaque (?:dimanche|vendredi|samedi)|"
    r"tous les (?:dimanches|vendredis|samedis)|rendez-vous|rdv|traitement|thérapie|chimio|ordonnance|sort|sortie|détenu\w*|parloir|vot\w*",
    "it": r"pregare|preghiamo|pregano|preghiera|preghiere|messa|funzione|confession\w*|ogni (?:domenica|venerdì|sabato)|"
    r"tutte le domeniche|appuntamento|visita|cura|terapia|chemio|ricetta|esce|uscito|detenut\w*|colloqui|vot\w*",
}
"""A visit, a service, a treatment or a stay: the place is where something happens to someone, not a landmark."""


PLACES = {lang: tuple((c, whole_words(p), word) for c, p, word in rows) for lang, rows in _PLACES.items()}
_ANY_PLACE = {lang: "|".join(p for _, p, _ in rows) for lang, rows in _PLACES.items()}
_THE_PLACE = r"(?:(?<=')|\s+)(?:the\s+|a\s+)?(?:[\w'-]+\s+)?(?P<place>{places})(?![\w-])"
"""After a word of position: an article, one more word ("the old church"), the place."""
AS_LANDMARK = {
    lang: re.compile(rf"(?<![\w'-])(?:{_POSITIONS[lang]})" + _THE_PLACE.format(places=_ANY_PLACE[lang]), re.IGNORECASE)
    for lang in _PLACES
}
AROUND_A_TURN = {
    lang: re.compile(
        rf"(?<![\w'-])(?:{_AROUND_A_TURN[lang]})" + _THE_PLACE.format(places=_ANY_PLACE[lang]), re.IGNORECASE
    )
    for lang in _PLACES
}
TURN = {lang: whole_words(p) for lang, p in _TURNS.items()}
LANDMARK = {lang: whole_words(p) for lang, p in _LANDMARK.items()}
ATTENDANCE = {lang: whole_words(p) for lang, p in _ATTENDANCE.items()}


def place_kind(place: str, lang: str) -> tuple[str, str]:
    """The category `place` cues and the ordinary place it becomes."""
    for category, pattern, word in PLACES[lang]:
        if pattern.fullmatch(place):
            return category, word
    raise ValueError(f"{place!r} is no place of {lang}")


def landmarks(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of the places `text` uses as landmarks (empty when a guard holds or the language is not edge's)."""
    if lang not in PLACES or FIRST_PERSON[lang].search(text) or ATTENDANCE[lang].search(text):
        return []
    if LANDMARK[lang].search(text):
        return sorted(m.span() for _, pattern, _ in PLACES[lang] for m in pattern.finditer(text))
    found = [m.span("place") for m in AS_LANDMARK[lang].finditer(text)]
    if TURN[lang].search(text):
        found += [m.span("place") for m in AROUND_A_TURN[lang].finditer(text)]
    return sorted(set(found))


def swap_landmarks(text: str, lang: str, category: str) -> str | None:
    """`text` with every place of `category` it uses as a landmark made an ordinary place; None when it uses
    none."""
    swapped = text
    for start, end in reversed(landmarks(text, lang)):
        kind, word = place_kind(text[start:end], lang)
        if kind == category:
            swapped = swapped[:start] + word + swapped[end:]
    return None if swapped == text else swapped
