"""Is it only the phone's lock? A fingerprint sensor or face unlock that fails.

"Face id won't unlock with these sunglasses on", "el sensor de huellas del portátil ya no reconoce mi dedo", "die
Gesichtserkennung an meinem Handy spinnt schon wieder": a device that does not recognise its owner says nothing
about anyone's biometric data, yet the sensitive model reads the sensor's name as its cue (glasses and phones hear
this all day). `swap_unlock` gives `edge.privacy.swap.SwapRelease` the same sentence with the biometric unlock made
a PIN: if that sentence is far from sensitive in every category, the sensor alone made the block.

The idioms (`edge.privacy.idioms`) already read a phone's fingerprint sensor as its lock whatever is said of it;
this swap covers face unlock too, and the sensor named alone ("face id", "my fingerprint"), which only a failure
makes a lock. Only a sentence that says the unlock fails, stalls or is slow is swapped. Setting one up, saving,
registering or handing over a fingerprint or a face ("turn on face id", "register my fingerprint for the front
door", "the airport took my fingerprints") is giving biometric data away, and is never swapped.
"""

from __future__ import annotations

import re

from edge.privacy.speaker import whole_words

_UNLOCKS = {
    "en": r"face ?id|touch ?id|face unlock|facial recognition|fingerprint (?:sensor|scanner|reader|unlock)|"
    r"fingerprint",
    "de": r"Face ?ID|Touch ?ID|Gesichtserkennung|Fingerabdrucksensor|Fingerabdruckscanner|Fingerabdruck",
    "es": r"face ?id|touch ?id|reconocimiento facial|sensor de huellas?|lector de huellas?|huella(?: dactilar)?",
    "fr": r"face ?id|touch ?id|reconnaissance faciale|capteur d'empreintes?|lecteur d'empreintes?|"
    r"déverrouillage (?:par empreinte|facial)|empreinte(?: digitale)?",
    "it": r"face ?id|touch ?id|riconoscimento facciale|sensore (?:di|per le) impronte?|lettore di impronte?|"
    r"sblocco (?:col viso|facciale|con l'impronta)|impronta(?: digitale)?",
}
_FAILS = {
    "en": r"won't|wont|doesn't|doesnt|didn't|can't|cannot|isn't|not working|stopped|broken|broke|keeps failing|"
    r"fails?|failed|slow|glitch\w*|buggy|so annoying|useless",
    "de": r"nicht|spinnt|kaputt|langsam|hängt|funktioniert nicht|geht nicht",
    "es": r"no|ya no|falla|fallando|roto|lento|no funciona",
    "fr": r"ne|n'\w+|plus|pas|bug\w*|lent|cassé|marche plus",
    "it": r"non|più|lento|rotto|si blocca|va in tilt",
}
"""Words that say the unlock does not work; "recognise my face" with none of them is not a failure."""
_RECOGNISE_ME = {
    "en": r"recogni[sz]e my (?:face|finger|thumb)",
    "de": r"erkennt mein(?:en)? (?:Gesicht|Finger|Daumen)",
    "es": r"reconoce (?:mi|la) (?:cara|dedo|huella)",
    "fr": r"reconna[iî]t (?:mon|ma) (?:visage|doigt|pouce|empreinte)",
    "it": r"riconosce (?:il mio|la mia) (?:faccia|viso|dito|impronta)",
}
_HANDED_OVER = {
    "en": r"(?:re-?)?set\w* up|setting up|reset|turn on|switch on|enable|(?:re-?)?(?:save|saved|register\w*|enrol\w*)|"
    r"add|added|store\w*|upload\w*|scan\w*|took|taken|take|give|gave|on file|database|police|border|airport|bank has",
    "de": r"(?:neu )?einricht\w*|richte|aktivier\w*|speicher\w*|(?:neu )?registrier\w*|hinterleg\w*|abgenommen|"
    r"genommen|Polizei|Grenze|Flughafen",
    "es": r"(?:re)?configur\w*|activ\w*|guard\w*|(?:re)?registr\w*|tomaron|tomado|dar|di|policía|frontera|aeropuerto",
    "fr": r"(?:re)?configur\w*|activ\w*|(?:ré|re)?enregistr\w*|sauvegard\w*|pris|prendre|donn\w*|police|frontière|"
    r"aéroport",
    "it": r"(?:ri)?configur\w*|attiv\w*|salv\w*|(?:ri)?registr\w*|pres[eo]|preso|dat[oa]|polizia|frontiera|aeroporto",
}
"""A fingerprint or a face given, kept or taken: biometric data leaving its owner, never swapped."""
_BODILY = {
    "en": r"surgery|operation|op|accident|injury|injured|chemo\w*|burns?|burnt|scars?|stroke|condition|illness|"
    r"disease|eczema|psoriasis|swelling|swollen|bell's palsy|palsy|disfigure\w*",
    "de": r"Operation|OP|Unfall|Verletzung|Chemo\w*|Verbrennung\w*|Narbe\w*|Schlaganfall|Krankheit|Ekzem|"
    r"Schuppenflechte|Schwellung|geschwollen\w*|Lähmung",
    "es": r"operación|operaron|cirugía|accidente|lesión|quimio\w*|quemadura\w*|cicatri\w+|ictus|enfermedad|eccema|"
    r"psoriasis|hinchad\w*|parálisis",
    "fr": r"opération|opéré\w*|chirurgie|accident|blessure|chimio\w*|brûlure\w*|cicatrice\w*|AVC|maladie|eczéma|"
    r"psoriasis|enflé\w*|gonflé\w*|paralysie",
    "it": r"operazione|operat\w*|intervento|incidente|ferita|chemio\w*|ustion\w*|cicatric\w*|ictus|malattia|"
    r"eczema|psoriasi|gonfi\w*|paralisi",
}
"""A body that changed is the reason the sensor fails ("face id doesn't know me since the surgery on my jaw"): a
fact about health, never swapped."""
NEUTRAL = {"en": "the PIN", "de": "die PIN", "es": "el PIN", "fr": "le code PIN", "it": "il PIN"}
_MY_FACE = {
    "en": r"my (?:face|finger|thumb)",
    "de": r"mein(?:en)? (?:Gesicht|Finger|Daumen)",
    "es": r"mi (?:cara|dedo)",
    "fr": r"mon (?:visage|doigt|pouce)",
    "it": r"(?:il mio|la mia) (?:faccia|viso|dito)",
}
_ARTICLE_BEFORE = r"(?:(?<![\w'-])(?:the|my|this|der|die|meine?n?|el|la|mi|le|mon|ma|il|mio|mia)\s+)?"
"""The article or possessive before the unlock goes with it: "my fingerprint won't unlock" -> "the PIN won't"."""

UNLOCK = {
    lang: re.compile(rf"{_ARTICLE_BEFORE}(?<![\w'-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _UNLOCKS.items()
}
FAILS = {lang: whole_words(p) for lang, p in _FAILS.items()}
RECOGNISE_ME = {lang: whole_words(p) for lang, p in _RECOGNISE_ME.items()}
HANDED_OVER = {lang: whole_words(p) for lang, p in _HANDED_OVER.items()}
MY_FACE = {lang: whole_words(p) for lang, p in _MY_FACE.items()}
BODILY = {lang: whole_words(p) for lang, p in _BODILY.items()}


def swap_unlock(text: str, lang: str) -> str | None:
    """`text` with a failing biometric unlock made a PIN ("my face" it does not recognise made "the PIN" too);
    None when it names no such unlock, names no failure, gives a fingerprint or a face away or tells of a body
    that changed."""
    if lang not in UNLOCK or not FAILS[lang].search(text):
        return None
    if HANDED_OVER[lang].search(text) or BODILY[lang].search(text):
        return None
    named = UNLOCK[lang].search(text) is not None
    if not named and RECOGNISE_ME[lang].search(text) is None:
        return None
    swapped = UNLOCK[lang].sub(NEUTRAL[lang], text)
    return MY_FACE[lang].sub(NEUTRAL[lang], swapped)
