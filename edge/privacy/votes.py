"""Is it only an everyday vote? Swapping the words of voting for the words of choosing.

"We voted on where to eat and ended up at the taco place again", "my son was elected class rep", "on a voté et
c'est crêpes ce soir", "la peña ciclista elige mañana al nuevo presidente": a vote on dinner, a class rep or a
talent show says nothing about anyone's political opinion, yet the sensitive model reads the words of voting as
political (and, for the strike ballots it learned, as trade-union). `swap_votes` gives
`edge.privacy.swap.SwapRelease` the same sentence with those words made words of choosing ("picked", "ausgesucht",
"escogimos", "choisi", "scelto"); if that sentence is far from sensitive in every category, the voting words alone
made the block.

Only a vote in an everyday setting is swapped (`SETTING`: a class, a club, an office, a family, dinner, a film, a
name, a talent show); a vote said bare ("I voted for them and I regret it") is most often one of the state. And
what is voted for has to stay in the sentence for the model to read, so no swap when it would go with the words:
a political or trade-union term of the lexicon besides them ("we all voted green in the local elections", "the
whole office voted to strike"), a vote with a bare object ("I voted Labour", "ich habe CDU gewählt", "voté PP") or
on leaving or staying, a habit of voting or of not voting ("I never vote"), or running for office.
"""

from __future__ import annotations

import re

from edge.privacy.lexicon import shipped

_Rule = tuple[str, str]

_CHOOSING: dict[str, tuple[_Rule, ...]] = {
    # (the words of voting, the words of choosing they become), tried in order
    "en": (
        (r"voted for", "went for"),
        (r"vote for", "go for"),
        (r"votes for", "goes for"),
        (r"voting for", "going for"),
        (r"voted (?P<p>on|to)", r"decided \g<p>"),
        (r"vote (?P<p>on|to)", r"decide \g<p>"),
        (r"votes (?P<p>on|to)", r"decides \g<p>"),
        (r"voting (?P<p>on|to)", r"deciding \g<p>"),
        (r"re-?elected|elected|voted", "picked"),
        (r"re-?electing|electing|voting|polling|nominating", "picking"),
        (r"re-?elect|elect|vote|nominate", "pick"),
        (r"votes|nominates", "picks"),
        (r"nominated", "picked"),
        (r"re-?elections|elections", "selections"),
        (r"re-?election|election|ballot|poll|televote", "selection"),
        (r"ballots|polls", "selections"),
        (r"voters", "people"),
        (r"voter", "person"),
        (r"campaigned", "pushed"),
        (r"campaigning|lobbying", "pushing"),
        (r"running for", "going for"),
    ),
    "de": (
        (r"abgestimmt|gewählt|ausgewählt", "ausgesucht"),
        (r"abstimmen|wählen", "aussuchen"),
        (r"Abstimmung(?:en)?|Wahl(?:en)?|Umfrage(?:n)?|Televoting", "Auswahl"),
        (r"stimm(?:en|t|e)\s+(?P<rest>(?:\w+\s+){0,6}?)ab", r"suchen \g<rest>aus"),
        (r"wählt|wähle|wählst", "sucht aus"),
        (r"(?-i:Stimmen)", "Punkte"),
    ),
    "es": (
        (r"votar(?: por)?|elegir", "escoger"),
        (r"voté|elegí", "escogí"),
        (r"votó|eligió", "escogió"),
        (r"votamos|elegimos", "escogimos"),
        (r"votado(?: por)?|elegido|elegida", "escogido"),
        (r"votan|eligen", "escogen"),
        (r"vota|elige", "escoge"),
        (r"voto|votación|votaciones|televoto|elecciones|elección|encuesta", "opción"),
        (r"(?P<v>hac\w*|hic\w*|hiz\w*) campaña", r"\g<v> presión"),
    ),
    "fr": (
        (r"voter(?: pour)?|élire", "choisir"),
        (r"votée?s?(?: pour)?|élue?s?", "choisi"),
        (r"votons", "choisissons"),
        (r"votez", "choisissez"),
        (r"votent", "choisissent"),
        (r"(?P<det>(?:le|au|du|un|ce|mon|ton|son|notre|votre|leur)\s+)vote", r"\g<det>choix"),
        (r"votes?", "choisit"),
        (r"élections?|scrutin|sondage|télévote", "sélection"),
        (r"(?P<v>fai\w*|fait|fis) campagne", r"\g<v> pression"),
    ),
    "it": (
        (r"votare(?: per)?|eleggere", "scegliere"),
        (r"votato(?: per)?|eletto", "scelto"),
        (r"votata|eletta", "scelta"),
        (r"votati|eletti", "scelti"),
        (r"votiamo|eleggiamo", "scegliamo"),
        (r"votano|eleggono", "scelgono"),
        (r"vota|elegge", "sceglie"),
        (r"voto|voti|votazione|votazioni|elezione|elezioni|televoto|sondaggio", "scelta"),
        (r"(?P<v>fa\w*|fatto) campagna", r"\g<v> pressione"),
    ),
}
CHOOSING = {
    lang: tuple((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), word) for p, word in rules)
    for lang, rules in _CHOOSING.items()
}

_SETTINGS = {
    "en": r"office|offices|team|colleagues|workmates|class|classes|school|student|students|prom|club|committee|"
    r"association|society|hoa|residents|neighbou?rs|family|kids|children|group chat|chat|whatsapp|friends|lads|"
    r"girls|quiz|pub|band|dinner|lunch|breakfast|brunch|food|eat|restaurant|takeaway|pizza|burgers?|sushi|curry|"
    r"thai|chinese|indian|italian|mexican|tacos?|cake|dessert|menu|film|films|movie|movies|show|series|song|songs|"
    r"playlist|book|books|name|logo|colou?r|theme|venue|trip|holiday|cabin|destination|(?:christmas|birthday|office|"
    r"leaving|summer|garden|dinner) party|costume|game|captain|treasurer|secretary|chair(?:man|woman|person)?|"
    r"employee of the month|award|prize|best|favou?rite|x factor|strictly|eurovision|love island|big brother|idol|"
    r"talent|bake off|the voice|contest|competition|app|coffee machine|canteen|fridge|plant|skip|escape room|float|"
    r"parade|pet|dog|cat|hamster|fish|puppy|kitten|playground|class rep|representative|mascot|uniform",
    "de": r"Büro|Team|Kollegen|Kolleginnen|Klasse|Schule|Schüler\w*|Verein|Club|Klub|Ausschuss|Vorstand|Nachbarn|"
    r"Familie\w*|Kinder|WhatsApp\S*|Gruppe|Chat|Freunde|Essen|Abendessen|Mittagessen|Pizza|Restaurant|Film|Filme|"
    r"Serie|Buch|Lied|Song|Name|Namen|Logo|Farbe|Motto|Urlaub|Ausflug|Reise|Reiseziel|Feier|Party|Weihnachtsfeier|"
    r"Geburtstag\w*|Spiel|Kapitän|Kassenwart\w*|Vorsitzende\w*|Mitarbeiter\w* des Monats|Preis|Lieblings\w*|ESC|"
    r"Eurovision|Song Contest|Castingshow|DSDS|Let's Dance|Dschungelcamp|Kaffeemaschine|Kantine|Klassensprecher\w*|"
    r"Schülersprecher\w*|Schulsprecher\w*|Elternbeirat|Hund|Katze|Haustier",
    "es": r"oficina|ofi|equipo|compañeros|compis|clase|colegio|cole|instituto|club|peña|comunidad de vecinos|vecinos|"
    r"familia|niños|chavales|grupo|chat|whatsapp|amigos|comida|cena|comer|cenar|almuerzo|pizza|restaurante|japonés|"
    r"chino|italiano|tarta|postre|película|peli|serie|libro|canción|nombre|logo|color|tema|viaje|vacaciones|destino|"
    r"fiesta|cumpleaños|juego|capitán|capitana|tesorer[oa]|delegad[oa] de clase|emplead[oa] del mes|premio|"
    r"favorit[oa]|eurovisión|operación triunfo|gran hermano|concurso|cafetera|perro|gato|mascota|disfraz",
    "fr": r"bureau|boulot|équipe|collègues|classe|école|lycée|collège|club|asso|association|copro|voisins|famille|"
    r"enfants|gamins|groupe|whatsapp|potes|amis|repas|dîner|déjeuner|manger|resto|restaurant|pizza|raclette|crêpes|"
    r"gâteau|dessert|film|série|livre|chanson|nom|logo|couleur|thème|voyage|vacances|destination|soirée|fête|"
    r"anniversaire|jeu|capitaine|trésorière?|délégué\w* de classe|employé\w* du mois|prix|préféré\w*|eurovision|"
    r"star ac(?:adémie)?|the voice|koh-lanta|concours|machine à café|cantine|chien|chat|lapin|poisson|déguisement",
    "it": r"ufficio|squadra|team|colleghi|classe|scuola|club|associazione|condominio|vicini|famiglia|bambini|ragazzi|"
    r"gruppo|chat|whatsapp|amici|pranzo|cena|mangiare|pizza|pizzeria|sushi|ristorante|torta|dolce|film|serie|libro|"
    r"canzone|nome|logo|colore|tema|viaggio|vacanze|meta|festa|compleanno|gioco|capitano|tesoriere|rappresentante "
    r"di classe|dipendente del mese|premio|preferit[oa]|eurovision|sanremo|x factor|grande fratello|concorso|gara|"
    r"macchinetta del caffè|mensa|cane|gatto|pesce|costume",
}
SETTING = {lang: re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _SETTINGS.items()}
"""Who votes or what on, in everyday life: a class, a club, an office, a family; dinner, a film, a name, a talent
show. A sentence with none is never swapped: a vote said without its setting ("I voted for them and I regret it",
"register me to vote in the next election") is most often a vote of the state."""

_BARE_OBJECT = {
    # a vote whose object is its own: a party, a candidate, a side ("voted Labour", "ich habe Volt gewählt", "voté
    # PP", "j'ai voté Mélenchon", "ho votato Azione"); in English any bare object (a party is often said lowercase),
    # in the other four a capitalised one after the verb
    "en": r"\bvot(?:e|es|ed|ing)\s+(?!(?:for|on|to|in|at|and|but|by|out|off|through|with|again|twice|online|the|a|"
    r"an|this|that|these|those|my|your|our|their|his|her|its|every|each|it|them|him|me|us|so|now|tonight|today|"
    r"yesterday|already|via|using|before|after|or|if|because)\b)\w",
    "de": r"\b(?-i:[A-ZÄÖÜ]{2,}|Volt|Grünen?|Linken?|Piraten|Freien Wähler|Die PARTEI)\s+(?:\w+\s+)?"
    r"(?:gewählt|wählen|wähle|wählt)\b|\bwähl(?:e|en|t)\s+(?:die\s+|den\s+)?(?-i:[A-ZÄÖÜ]{2,}|Volt|Grünen?|Linken?)",
    "es": r"\bvot(?:é|ó|amos|aron|o|a|an|ar|ado|aré)\s+(?:a\s+|al\s+|por\s+)?(?:la\s+|el\s+|los\s+)?(?-i:[A-ZÁÉÍÓÚÑ])",
    "fr": r"\bvot(?:e|es|é|ée|és|ons|ez|ent|er|erai)\s+(?:pour\s+)?(?:le\s+|la\s+|les\s+)?(?-i:[A-ZÉ])",
    "it": r"\bvot(?:o|i|a|ato|ata|iamo|ano|are|erò)\s+(?:per\s+)?(?:il\s+|la\s+|i\s+)?(?-i:[A-Z])",
}
_SIDES = {
    # a referendum's side, a yes or a no, a blank or spoiled vote
    "en": r"\bvot(?:e|es|ed|ing)\s+(?:to|for)\s+(?:leave|remain|stay|exit|independence|brexit|him|her|them)\b"
    r"|\bspoil(?:ed|t)? my ballot",
    "de": r"\b(?:mit|für)\s+(?:ja|nein)\s+(?:gestimmt|stimmen)\b|\bungültig\s+gewählt\b",
    "es": r"\bvot(?:é|ó|amos|aron|o|ar|ado)\s+(?:que\s+)?(?:sí|no|en blanco|nulo|por\s+(?:él|ella|ellos|ellas))\b"
    r"|\b(?:le|les)\s+vot(?:é|ó|amos|aron|o)\b",
    "fr": r"\bvot(?:e|é|ons|ent|er)\s+(?:oui|non|blanc|nul|pour\s+(?:lui|elle|eux|elles))\b",
    "it": r"\bvot(?:o|ato|are)\s+(?:sì|si|no|scheda bianca|per\s+(?:lui|lei|loro))\b|\b(?:l'|li|le)\s*ho\s+votat[oaie]\b",
}
_POLITICAL_VOTES = {
    # elections of a state, and the things of one: a polling station, a postal vote, a round, a candidate
    "en": r"\b(?:general|local|european|presidential|parliamentary|national|federal|state|regional|municipal|mayoral|"
    r"midterm|snap|(?<!student )(?<!school )council|county|primary|leadership|by-?)\s*elections?\b|\b(?:postal|proxy|absentee|mail-in)\s+"
    r"(?:vote|votes|voting|ballot)\b|\bpolling (?:station|day|card|booth)\b|\bballot box\b|\b(?:first|second) round\b|"
    r"\brun-?off\b|\bturnout\b|\bmanifesto\b|\bcandidates?\b|\bconstituency\b|\bcanvass\w*|\bdoor[- ]?knock\w*",
    "de": r"(?:Europa|Bundestags|Landtags|Kommunal|Gemeinderats|Stadtrats|Bürgermeister|Präsidentschafts|Stich|Brief|"
    r"Parlaments)wahl\w*|\bWahl(?:kampf|lokal|zettel|schein|benachrichtigung|kreis|programm|plakat)\w*|"
    r"[Kk]andidat\w*|\b(?:Erst|Zweit)stimme\b",
    "es": r"\belecciones\s+(?:generales|municipales|autonómicas|europeas|presidenciales)\b|\bcolegio electoral\b|"
    r"\bpapeleta\b|\bvoto por correo\b|\bcandidat\w+|\b(?:primera|segunda) vuelta\b|\burnas?\b",
    "fr": r"\b(?:législatives|présidentielles?|municipales|européennes|régionales|cantonales)\b|\b(?:premier|second) tour\b|"
    r"\bbureau de vote\b|\bisoloir\b|\bprocuration\b|\bbulletin\b|\bcandidat\w*|\burnes?\b",
    "it": r"\belezioni\s+(?:politiche|europee|comunali|regionali|amministrative)\b|\bballottaggio\b|\bseggio\b|"
    r"\bscheda elettorale\b|\burn[ae]\b|\b(?:primo|secondo) turno\b|\bcandidat\w+|\breferendum\b",
}
_HABITS = {
    # voting or not voting as a habit, a duty or a first time: political participation, whatever the sentence adds
    "en": r"\b(?:never|always|usually|don't|didn't|do not|did not|won't|will not|can't|cannot|couldn't|refuse to|"
    r"first time|old enough to|registered to|register to)\s+(?:\w+\s+)?vot(?:e|es|ed|ing)\b(?!\s+(?:for|on)\b)",
    "de": r"\b(?:nie|nicht|immer|noch nie|zum ersten Mal|erstmals)\s+(?:\w+\s+)?(?:gewählt|wählen|wählen gehen|"
    r"wählen gegangen)\b|\bgehe? (?:nie|nicht|immer) wählen\b",
    "es": r"\b(?:nunca|no|siempre|por primera vez)\s+(?:he\s+|hemos\s+)?vot(?:o|é|ado|amos|ar)\b(?!\s+(?:a|al|por|el|la)\b)",
    "fr": r"\b(?:jamais|pas|toujours|première fois)\s+(?:\w+\s+)?vot(?:e|é|er)\b(?!\s+pour\b)"
    r"|\bne\s+vote\s+(?:jamais|pas|plus)\b",
    "it": r"\b(?:mai|non|sempre|prima volta)\s+(?:ho\s+|abbiamo\s+)?vot(?:o|ato|are)\b(?!\s+(?:per|il|la)\b)",
}
NO_SWAP = {
    lang: re.compile(
        "|".join(rules[lang] for rules in (_BARE_OBJECT, _SIDES, _POLITICAL_VOTES, _HABITS)), re.IGNORECASE
    )
    for lang in _BARE_OBJECT
}
"""A vote the voting words cannot be taken from: what is voted for, or the voting itself, is the opinion."""

_GUARDED = ("political", "trade_union")


def choosing(text: str, lang: str) -> str:
    """`text` with the words of voting made words of choosing, whatever else it says."""
    for pattern, word in CHOOSING.get(lang, ()):
        text = pattern.sub(word, text)
    return text


def swap_votes(text: str, lang: str) -> str | None:
    """`choosing(text)` for a vote in an everyday setting (`SETTING`), unless the text holds a political or
    trade-union term of the lexicon besides its words of voting, or is a vote whose object or habit is the opinion
    (`NO_SWAP`); None then, or when it names no word of voting."""
    guard = NO_SWAP.get(lang)
    if guard is None or guard.search(text) or not SETTING[lang].search(text):
        return None
    voting = [m.span() for pattern, _ in CHOOSING[lang] for m in pattern.finditer(text)]
    if not voting:
        return None
    for hit in shipped().hits(text):
        if hit.category in _GUARDED and not any(s <= hit.start and hit.end <= e for s, e in voting):
            return None
    return choosing(text, lang)
