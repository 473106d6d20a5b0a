"""Is it only the story? A film, a documentary or a podcast about a sensitive subject.

"We're watching a documentary about the Reformation tonight", "anoche vimos una peli sobre una cárcel", "ascolto un
podcast di politica in palestra": what a film or a podcast is about says nothing about the one who watches or
listens, yet the sensitive model reads its subject as the speaker's. `swap_media` gives
`edge.privacy.swap.SwapRelease` the same sentence with the subject made volcanoes: if that sentence is far from
sensitive in every category, the subject alone made the block.

Only the subject right after a work and "about" ("a film about", "eine Doku über", "un documental sobre", "un
documentaire sur", "un film su") is swapped, up to the end of its clause. No swap when the speaker or their people
are in the sentence other than as the ones watching, listening or reading ("that prison film is spot on, my brother
did two years inside" keeps its brother; "a documentary about autism made me realise I have it" its "I").
"""

from __future__ import annotations

import re

from edge.privacy.landmarks import ATTENDANCE
from edge.privacy.speaker import ASKED, FIRST_PERSON, whole_words

_WORKS = {
    "en": r"documentary|documentaries|docuseries|doc|film|films|movie|movies|series|show|podcast|podcasts|book|"
    r"books|novel|exhibit|exhibition|play|musical",
    "de": r"Doku|Dokus|Dokumentation|Dokumentarfilm|Film|Filme|Serie|Sendung|Podcast|Buch|Roman|Ausstellung|Reportage",
    "es": r"documental|documentales|película|películas|peli|pelis|serie|series|podcast|libro|novela|exposición|"
    r"reportaje",
    "fr": r"documentaire|docu|film|films|série|émission|podcast|livre|roman|expo|exposition|reportage",
    "it": r"documentario|documentari|film|serie|podcast|libro|romanzo|mostra|reportage|servizio",
}
_ABOUT = {
    "en": r"about|on",
    "de": r"über",
    "es": r"sobre|de",
    "fr": r"sur|à propos de",
    "it": r"su|sul|sulla|sullo|sui|sugli|sulle|sull'|di",
}
_END = {
    "en": r"[,.;:!?]|\s+(?:and|but|so|because|when|while|since|after|before|until|during|that|which|who|where|tonight|"
    r"today|yesterday|last|this|in|at|on|with|is|was|were|are)\b",
    "de": r"[,.;:!?]|\s+(?:und|aber|weil|wenn|als|während|nachdem|bis|dass|der|die|das|wo|in|im|am|beim|heute|gestern|"
    r"war|ist|läuft|kommt)\b",
    "es": r"[,.;:!?]|\s+(?:y|pero|porque|cuando|mientras|durante|desde|que|donde|en|esta|anoche|hoy|ayer|es|era|fue|"
    r"está)\b",
    "fr": r"[,.;:!?]|\s+(?:et|mais|parce|quand|pendant|depuis|que|qui|où|dans|à|au|ce soir|hier|aujourd'hui|est|était|"
    r"passe)\b",
    "it": r"[,.;:!?]|\s+(?:e|ma|perché|quando|mentre|durante|che|dove|in|a|al|alla|nel|nella|stasera|ieri|oggi|è|era|"
    r"c'è)\b",
}
"""Where the subject of a work ends: its clause ends, another begins ("when", "weil", "que", "quando"), or a place
or a time follows ("in the waiting room", "en los ochenta"). A subject of more than four words is not swapped: the
swap must not take a sentence's other clauses with it."""
NEUTRAL = {"en": "volcanoes", "de": "Vulkane", "es": "volcanes", "fr": "les volcans", "it": "vulcani"}
"""The subject a work is given instead: one that no category's cues touch."""

_WATCHING = {
    "en": r"(?:i|we)(?:'m|'re| am| are| was| were)?\s+(?:just\s+)?(?:watching|watched|listening to|listened to|"
    r"reading|read|saw|seen|recording|recorded|binge-watching|binging|binged|finished|started)",
    "de": r"(?:ich|wir)\s+(?:schau\w*|seh\w*|sah\w*|hör\w*|les\w*)",
    "es": r"(?:yo\s+)?(?:veo|vemos|vimos|vi|escucho|escuchamos|leo|leemos|estoy viendo|estamos viendo)",
    "fr": r"(?:je|j'|on|nous)\s*(?:regarde\w*|écoute\w*|lis|lisons)|(?:j'ai|on a|nous avons)\s+(?:vu|regardé|écouté|lu)",
    "it": r"(?:io\s+|noi\s+)?(?:guardo|guardiamo|ascolto|ascoltiamo|leggo|leggiamo|ho visto|abbiamo visto)",
}
"""The speaker as the one who watches, listens or reads: not a disclosure, so not the speaker of `FIRST_PERSON`."""
SUBJECT = {
    lang: re.compile(
        rf"(?<![\w'-])(?:{_WORKS[lang]})\s+(?:{_ABOUT[lang]})(?:(?<=')|\s+)"
        rf"(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)(?={_END[lang]}|\s*$)",
        re.IGNORECASE,
    )
    for lang in _WORKS
}
WATCHING = {lang: whole_words(p) for lang, p in _WATCHING.items()}


def swap_media(text: str, lang: str) -> str | None:
    """`text` with the subject of every film, documentary, podcast or book it names made volcanoes; None when it
    names none, or when the speaker or their people are in it other than as the audience."""
    pattern = SUBJECT.get(lang)
    if pattern is None or pattern.search(text) is None:
        return None
    if FIRST_PERSON[lang].search(ASKED[lang].sub(" ", WATCHING[lang].sub(" ", text))):
        return None
    return pattern.sub(lambda m: m.group(0)[: m.start("subject") - m.start(0)] + NEUTRAL[lang], text)


_T = r"(?P<title>[^?!.,]{2,60}?)"
_WHEN = (
    r"(?:\s+(?:tonight|today|tomorrow|now|stasera|oggi|domani|heute|morgen|abend|hoy|mañana|esta noche|ce soir|"
    r"aujourd'hui|demain))?"
)
_TV = (
    r"(?:\s+(?:on|in|auf|en|sur|su))?\s+(?:tv|telly|the telly|netflix|iplayer|prime|disney\+?|rai\s*\w*|ard|zdf|rtl|"
    r"arte|tf1)"
)
_ASKS_WHERE_TO_WATCH: dict[str, tuple[tuple[str, bool], ...]] = {
    # (the request, with the title in it; whether the title must be of two words or more, the first with a capital:
    # where the same words could ask about an event or a feast, "when is mass on", "wann beginnt Ramadan")
    "en": (
        (rf"(?:what|which) (?:channel|station|platform|streaming service) (?:is|has|shows) {_T}(?: on)?{_WHEN}", False),
        (rf"{_T},? (?:what|which) channel(?: is (?:it|that) on)?", False),
        (rf"(?:what time|when) is {_T} on(?:{_TV})?{_WHEN}", True),
        (rf"when's {_T} on(?:{_TV})?{_WHEN}", True),
        (rf"is {_T} on{_TV}{_WHEN}", False),
        (rf"is {_T} on{_WHEN}", True),
        (rf"where (?:can|do) (?:i|you|we) (?:watch|stream) {_T}{_WHEN}", False),
        (rf"where to (?:watch|stream) {_T}", False),
        (
            rf"when(?:'s| is| does) the (?:new|next) (?:season|series|episode) of {_T}(?:\s+(?:start|come out|air|on))?",
            False,
        ),
    ),
    "de": (
        (rf"auf welchem (?:Sender|Kanal) (?:läuft|kommt) {_T}{_WHEN}", False),
        (rf"wann (?:läuft|kommt) die (?:neue|nächste) (?:Staffel|Folge)(?: von)? {_T}", False),
        (rf"wann (?:läuft|kommt) {_T}{_WHEN}(?: im Fernsehen| im TV)?", True),
        (rf"(?:wo|auf welchem Streamingdienst) (?:läuft|gibt es) {_T}{_WHEN}", False),
        (rf"läuft {_T} (?:heute|heute abend|im Fernsehen)", True),
        (rf"wo kann (?:ich|man) {_T} (?:streamen|gucken|schauen|im Fernsehen sehen)", False),
    ),
    "es": (
        (
            rf"en qué (?:canal|cadena|plataforma) (?:echan|dan|ponen|sale|está|emiten|se puede ver|puedo ver) {_T}{_WHEN}",
            False,
        ),
        (rf"(?:a qué hora|qué día|cuándo) (?:echan|ponen|emiten) {_T}{_WHEN}", False),
        (rf"(?:a qué hora|cuándo) (?:dan|sale) {_T}{_WHEN}", True),
        (rf"cuándo (?:sale|estrenan|empieza) la (?:nueva|próxima) temporada de {_T}", False),
        (rf"dónde (?:puedo ver|se puede ver|ver) {_T} en (?:streaming|la tele|televisión)", False),
        (rf"echan hoy {_T}", False),
    ),
    "fr": (
        (rf"(?:sur quelle chaîne|c'est sur quelle chaîne) (?:passe|est|c'est)? ?{_T}{_WHEN}", False),
        (rf"{_T},? (?:ça passe|c'est) sur quelle chaîne", False),
        (rf"(?:à quelle heure|quand) (?:passe|est diffusée?) {_T}{_WHEN}", True),
        (rf"(?:c'est quand|quand sort|quand commence) la (?:nouvelle|prochaine) saison (?:de |d'){_T}", False),
        (rf"où (?:regarder|voir|streamer) {_T} en streaming", False),
        (rf"où (?:regarder|streamer) {_T}", False),
    ),
    "it": (
        (rf"su (?:che|quale) canale (?:danno|fanno|c'è|è|va in onda|trasmettono) {_T}{_WHEN}", False),
        (rf"(?:a che ora|quando) (?:danno|fanno|inizia|comincia|c'è|va in onda) {_T}{_WHEN}", True),
        (rf"quando (?:esce|inizia) la (?:nuova|prossima) stagione di {_T}", False),
        (rf"dove (?:posso vedere|si può vedere|vedere) {_T} in streaming", False),
    ),
}
"""How a request asks when or where a programme is on: the words in `title` are its title."""
TITLE = {
    lang: tuple((re.compile(rf"^\W*{p}\s*[?!.]*\s*$", re.IGNORECASE), titled) for p, titled in patterns)
    for lang, patterns in _ASKS_WHERE_TO_WATCH.items()
}
NEUTRAL_TITLE = "Bake Off"
"""The title a programme asked about gets instead."""


def swap_titles(text: str, lang: str) -> str | None:
    """`text` with the title of the programme it asks when or where to watch made "Bake Off" ("su che canale danno
    Doc Nelle tue mani", "c'est quand la nouvelle saison d'Hippocrate"); None when it asks no such thing or the title
    holds the speaker ("when is my appointment on") or a service ("a che ora inizia la Messa di Natale")."""
    for pattern, titled in TITLE.get(lang, ()):
        found = pattern.match(text)
        if found is None:
            continue
        title = found.group("title")
        looks_like_a_title = title[0].isupper() and len(title.split()) >= 2
        if (titled and not looks_like_a_title) or ATTENDANCE[lang].search(title):
            continue
        if FIRST_PERSON[lang].search(title):
            return None
        return text[: found.start("title")] + NEUTRAL_TITLE + text[found.end("title") :]
    return None
