"""Is it only the way there? A church, a hospital or a prison named to give directions.

"Turn left after the mosque, the café is just opposite", "Bieg an der Kirche rechts ab", "c'est en face de
l'hôpital": a place of worship, of care or of the law used as a landmark says nothing about anyone's faith, health
or record, yet the sensitive model reads those places as its cues (glasses give directions all day). `swap_landmarks`
gives `edge.privacy.swap.SwapRelease` the same sentence with such a place made an ordinary one (a bakery, a
market) where the sentence uses it as a landmark: right after a word of position ("opposite", "next to", "behind",
"gegenüber", "en face de", "accanto a"), after "turn left/right at", or anywhere in a sentence that calls it a
landmark. If the swapped sentence is far from sensitive in every category, the landmark alone made the block.

A place said as where someone goes, prays, is treated or was held is no landmark, and two guards keep such
sentences whole: no swap when the sentence names a visit, a service or a stay (`ATTENDANCE`: "pray", "mass", "every
Friday", "released", "appointment" in five languages: "we live opposite the church and go every Sunday" would lose
its faith with the church), and with the speaker or their people in the sentence ("I", "my", "wir", "nuestro",
"notre", "nostro") only a place right after a word of position in a sentence about where someone lives, parks,
meets or walks past is swapped ("we got lost near the cathedral", "Je suis garé à côté de l'église"; until stop 57
no such sentence was), not one at a turn, one called a landmark or one the sentence is about ("I turned left at the
mosque and went in"). "After"/"before" count as position only beside a turn ("turn right after the church"), since
"after church" alone is a service attended.

The same holds for a sentence about the place itself that names no one at all (`talked_about`, stop 55): "the
mosque tower is the tallest building in the old town", "welche Apotheke hat heute Notdienst", "la pharmacie de
garde est ouverte ce soir" (a building's looks, hours, queue or car park), with guards of its own: no one named
(`SOMEONE`), no news or rite from the place ("the hospital called", "the funeral"), and no question seeking a
place of worship or its hours ("where is the nearest gurdwara", "the mosque on fifth opens at six").
"""

from __future__ import annotations

import re

from edge.privacy.impersonal import SOMEONE as EN_SOMEONE
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
    r"vot\w*|meetings?|hearing|trial|court date",
    "de": r"bete|betet|beten|betend|gebet\w*|gottesdienst|messe|beichte|freitagsgebet|sabbat|"
    r"jeden (?:sonntag|freitag|samstag)|termin|behandlung|therapie|chemo|entzug|rezept|entlassen|sitzt|gesessen|besuchszeit\w*|wähl\w*|"
    r"versammlung|verhandlung|prozess",
    "es": r"rez\w*|oro|ora|oramos|orar|oración|misa|culto|confesión|sábado santo|cada (?:domingo|viernes|sábado)|"
    r"todos los (?:domingos|viernes|sábados)|cita|tratamiento|terapia|quimio|receta|sale|salió|preso|visitas|vot\w*|reunión|juicio|audiencia|vista",
    "fr": r"prie|prient|prier|prions|prière\w*|messe|culte|confession|shabbat|chaque (?:dimanche|vendredi|samedi)|"
    r"tous les (?:dimanches|vendredis|samedis)|rendez-vous|rdv|traitement|thérapie|chimio|ordonnance|sort|sortie|détenu\w*|parloir|"
    r"garde à vue|vot\w*|"
    r"réunion|(?:l'|d')?audience|procès|convocation",
    "it": r"pregare|preghiamo|pregano|preghiera|preghiere|messa|funzione|confession\w*|ogni (?:domenica|venerdì|sabato)|"
    r"tutte le domeniche|appuntamento|visita|cura|terapia|chemio|ricetta|esce|uscito|detenut\w*|colloqui|vot\w*|"
    r"riunione|(?:l')?udienza|processo",
}
"""A visit, a service, a treatment or a stay: the place is where something happens to someone, not a landmark."""


_ARTICLES = {
    "en": r"the|a|an|this|that",
    "de": r"der|die|das|den|dem|ein|eine|einen|diese[rsm]?",
    "es": r"el|la|los|las|un|una|este|esta",
    "fr": r"le|la|les|l'|un|une|ce|cette",
    "it": r"il|lo|la|i|gli|le|l'|un|uno|una|quest[oa]",
}
_ASKING = {
    "en": r"where's|where is|where are|which|what time (?:does|do|is)|when (?:does|do|is)|how far (?:away )?is|"
    r"is there|is|are|does",
    "de": r"wo ist|wo sind|wo gibt es|welche[rsmn]?|wann (?:hat|öffnet|schließt|macht)|hat|ist|wie weit ist",
    "es": r"¿?(?:dónde (?:está|hay|queda)|cuál es|qué|a qué hora (?:abre|cierra)|cuándo (?:abre|cierra)|está|hay)",
    "fr": r"où (?:est|se trouve|sont)|quelle?s?|c'est quel(?:le)?|à quelle heure (?:ouvre|ferme)|est-ce que",
    "it": r"dov'è|dove (?:è|si trova|sono)|quale|qual è|a che ora (?:apre|chiude)|quando (?:apre|chiude)|c'è",
}
_SOMEONE = {
    "de": r"du|dich|dir|dein\w*|ihr|euch|euer\w*|er|ihn|ihm|sein\w*|sie|ihre?\w*|jemand\w*|man|leute|"
    r"mutter|mama|vater|papa|eltern|frau|mann|freund\w*|sohn|tochter|kind\w*|bruder|schwester|oma|opa|onkel|tante|"
    r"cousin\w*|neffe|nichte|nachbar\w*|kolleg\w*|chef\w*|arzt|ärztin|pfarrer\w*|priester\w*|imam|rabbi\w*|"
    r"patient\w*|häftling\w*",
    "es": r"tú|tu|tus|te|ti|usted\w*|vosotr\w*|os|él|ella|ellas|ellos|le|les|su|sus|suy[oa]s?|alguien|gente|"
    r"madre|mamá|padre|papá|padres|mujer|marido|espos[oa]|novi[oa]s?|hij[oa]s?|herman[oa]s?|abuel[oa]s?|tí[oa]s?|"
    r"prim[oa]s?|sobrin[oa]s?|vecin[oa]s?|compañer[oa]s?|amig[oa]s?|jef[ea]s?|médic[oa]s?|enfermer[oa]s?|cura|"
    r"sacerdote|imán|rabino|pacientes?|niñ[oa]s?|hombres?|señor\w*|pres[oa]s?",
    "fr": r"tu|te|t'\w+|toi|ton|ta|tes|vous|votre|vos|il(?! (?:faut|y a|fait|pleut|reste))|elle|ils|elles|lui|"
    r"leur|leurs|son|sa|ses|quelqu'un|gens|mère|maman|père|papa|parents|femme|mari|copain|copine|fils|fille|"
    r"enfants?|frère|sœur|soeur|grand-\w+|oncle|tante|cousin\w*|neveu|nièce|voisin\w*|collègues?|ami\w*|"
    r"patron\w*|chef|médecin|infirmi\w+|prêtre|curé|imam|rabbin|patient\w*|détenu\w*",
    "it": r"tu|te|ti|tuo|tua|tuoi|tue|voi|vi|vostr\w*|lui|lei|loro|gli|suo|sua|suoi|sue|qualcuno|gente|madre|"
    r"mamma|padre|papà|genitori|moglie|marito|fidanzat\w*|figli\w*|fratell\w*|sorell\w*|nonn\w*|zi[oa]|zii|"
    r"cugin\w*|nipot\w*|vicin[oaie](?! (?:a|al|alla|all'|ai|alle))|collegh\w*|colleg[ae]|amic\w*|capo|"
    r"medic[oi]|infermier\w*|prete|parroco|imam|rabbino|pazient\w*|detenut\w*",
}
"""Words by which a sentence names a person, the speaker aside (`FIRST_PERSON`); English has its own list in
`edge.privacy.impersonal`."""

PLACES = {lang: tuple((c, whole_words(p), word) for c, p, word in rows) for lang, rows in _PLACES.items()}
_ANY_PLACE = {lang: "|".join(p for _, p, _ in rows) for lang, rows in _PLACES.items()}
_THE_PLACE = r"(?:(?<=')|\s+)(?:the\s+|a\s+)?(?:[\w'-]+\s+)?(?P<place>{places})(?![\w-])"
"""After a word of position: an article, one more word ("the old church"), the place."""
_ANY_PLACE_WORD = {lang: whole_words(places) for lang, places in _ANY_PLACE.items()}
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
SOMEONE = {"en": EN_SOMEONE} | {lang: whole_words(p) for lang, p in _SOMEONE.items()}
_FILLERS = r"so|well|um|uh|oh|also|äh|ähm|pues|bueno|eh|euh|alors|bon|allora|ehm|beh"
OPENS_WITH_PLACE = {
    lang: re.compile(
        rf"^\s*(?:(?:{_FILLERS}),?\s+)?(?:(?P<ask>{_ASKING[lang]})\s+)?"
        rf"(?:(?:{_ARTICLES[lang]})(?:\s+|(?<='))(?:[\w'-]+\s+){{0,2}}?)?(?P<place>{_ANY_PLACE[lang]})(?![\w-])",
        re.IGNORECASE,
    )
    for lang in _PLACES
}
"""A sentence about the place itself: it opens with the place ("the mosque tower is the tallest building", "la
pharmacie de garde est ouverte ce soir") or with a question about it ("welche Apotheke hat heute Notdienst")."""
_HOURS = {
    "en": r"opens?|opening|closes?|starts?|begins?|times?|at (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|noon|midnight)",
    "de": r"öffnet|offen|schließt|beginnt|fängt|zeiten|um \d+|um (?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    r"zehn|elf|zwölf)",
    "es": r"abre|cierra|empieza|comienza|horarios?|a las? \w+",
    "fr": r"ouvre|ferme|commence|horaires?|à \d+|à (?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|"
    r"minuit)",
    "it": r"apre|chiude|inizia|comincia|orari?|alle \w+|all'una",
}
HOURS = {lang: whole_words(p) for lang, p in _HOURS.items()}
"""When a place of worship opens or starts is when someone would go: "the mosque on fifth opens at six" is not
said about a building."""
_TELLS_OR_HOLDS = {
    "en": r"call\w*|rang|rung|phon\w*|text\w*|wr[io]te|written|email\w*|sent|says?|said|told|tells|confirm\w*|letters?|"
    r"results?|funeral|wedding|baptism|christening|bar mitzvah|bat mitzvah|confirmation|communion",
    "de": r"an\w*ruf\w*|angerufen|schreib\w*|geschrieben|Brief|sagt|gesagt|bestätigt|Befund|Ergebnis\w*|Beerdigung|"
    r"Hochzeit|Trauung|Taufe|Konfirmation|Kommunion",
    "es": r"llam\w*|escrito|escribió|carta|dice|dijo|confirm\w*|resultados?|funeral|entierro|boda|bautizo|comunión|"
    r"confirmación",
    "fr": r"appel\w*|écrit|lettre|dit|confirm\w*|résultats?|enterrement|obsèques|mariage|baptême|communion|confirmation",
    "it": r"chiam\w*|scritto|lettera|dice|detto|conferm\w*|risultat\w*|referto|funerale|matrimonio|battesimo|comunione|"
    r"cresima",
}
TELLS_OR_HOLDS = {lang: whole_words(p) for lang, p in _TELLS_OR_HOLDS.items()}
"""A place that calls, writes or sends results, or holds a rite, is about someone: "the hospital called, the results
are back", "the church is doing the funeral on friday"."""


def place_kind(place: str, lang: str) -> tuple[str, str]:
    """The category `place` cues and the ordinary place it becomes."""
    for category, pattern, word in PLACES[lang]:
        if pattern.fullmatch(place):
            return category, word
    raise ValueError(f"{place!r} is no place of {lang}")


def talked_about(text: str, lang: str) -> tuple[int, int] | None:
    """The span of the place a sentence that names no one is about: "the synagogue on fifth has a farmers market
    out front", "La farmacia in piazza il sabato chiude alle sette"; a question may be about a place of care, the
    law or a vote ("where's the nearest pharmacy?"), not of worship: "where is the nearest gurdwara" is someone
    seeking their faith's place."""
    found = OPENS_WITH_PLACE[lang].match(text)
    if found is None or "[" in text or SOMEONE[lang].search(text) or TELLS_OR_HOLDS[lang].search(text):
        return None
    if place_kind(found.group("place"), lang)[0] == "religion" and (found.group("ask") or HOURS[lang].search(text)):
        return None
    return found.span("place")


_WHERE_ONE_IS = {
    "en": r"live[sd]?|parked|park (?:the car|up)|meet(?:ing)?|met|got lost|get lost|walk(?:s|ed|ing)? past|"
    r"dr(?:ive|ives|ove|iving) past|drop (?:me|us) off|pick (?:me|us) up",
    "de": r"wohn(?:e|en|t|st)|park(?:e|en|t)|geparkt|treff(?:e|en|t)?|getroffen|verlaufen|vorbei(?:gehen|fahren|laufen)?|"
    r"(?:lass|lasst|setz|setzt)\s+(?:mich|uns)\s+(?:\w+\s+)?(?:raus|ab)|hol(?:e|t|st)?\s+(?:mich|uns)",
    "es": r"viv(?:o|es|e|imos|en|ía)|aparc(?:o|as|a|amos|an|ado|ada|ar|é|aste|ó)|quedamos|quedemos|hemos quedado|"
    r"(?:me|nos) perd(?:í|imos)|(?:paso|pasamos|pasé|pasando) por delante|déjame|déjanos|recógeme|recógenos",
    "fr": r"habit(?:e|es|ent|ons|ez)|vi[st]|vivons|garé(?:e|s|es)?|(?:me|se|te|nous|vous) gar(?:e|es|ons|ez)|"
    r"retrouv(?:e|es|ent|ons|ez)|rejoin\w*|(?:s'est|se sont|me suis|nous sommes) perdu\w*|"
    r"(?:passe|passons|passé|passant) devant|dépose(?:-| )(?:moi|nous)|pique-niqu\w*",
    "it": r"abit(?:o|i|a|iamo|ano)|viv(?:o|i|e|iamo|ono)|(?:ho|abbiamo) parcheggiato|parcheggiamo|vediamo|"
    r"troviamo|incontr(?:o|iamo|ato|ata)|(?:ci siamo|mi sono) pers[ieoa]|(?:passo|passiamo|passando) davanti|"
    r"lasciami|lasciaci",
}
WHERE_ONE_IS = {lang: whole_words(p) for lang, p in _WHERE_ONE_IS.items()}
"""Living, parking, meeting, walking past, getting lost, being dropped off: with the speaker in the sentence, only
such a sentence puts them beside a place rather than in it."""


def landmarks(text: str, lang: str, about: bool = True) -> list[tuple[int, int]]:
    """The spans of the places `text` uses as landmarks, and with `about` the place it is about (`talked_about`);
    empty when a guard holds or the language is not edge's. With the speaker or their people in the sentence, only
    a place right after a word of position counts, and only where the sentence says where someone lives, parks,
    meets or walks (`WHERE_ONE_IS`: "we got lost near the cathedral", "On habite en face de l'hôpital"), not what
    they did or waited for there ("we sat outside the hospital for hours while they operated on mum")."""
    if lang not in PLACES:
        return []
    placeless = _ANY_PLACE_WORD[lang].sub(" ", text)  # "bureau de vote" names no vote cast
    if ATTENDANCE[lang].search(placeless):
        return []
    if FIRST_PERSON[lang].search(text):
        if not WHERE_ONE_IS[lang].search(text):
            return []  # "we sat outside the hospital for hours while they operated on mum"
        beside = (m for m in AS_LANDMARK[lang].finditer(text) if not TURN[lang].match(m.group()))
        return sorted({m.span("place") for m in beside})  # "I turned left at the mosque and went in" stays
    if LANDMARK[lang].search(text):
        return sorted(m.span() for _, pattern, _ in PLACES[lang] for m in pattern.finditer(text))
    subject = talked_about(text, lang) if about else None
    found = [m.span("place") for m in AS_LANDMARK[lang].finditer(text)] + ([subject] if subject else [])
    if TURN[lang].search(text):
        found += [m.span("place") for m in AROUND_A_TURN[lang].finditer(text)]
    return sorted(set(found))


def swap_landmarks(text: str, lang: str, category: str, about: bool = True) -> str | None:
    """`text` with every place of `category` it uses as a landmark or is about made an ordinary place; None when
    it has none."""
    swapped = text
    for start, end in reversed(landmarks(text, lang, about)):
        kind, word = place_kind(text[start:end], lang)
        if kind == category:
            swapped = swapped[:start] + word + swapped[end:]
    return None if swapped == text else swapped
