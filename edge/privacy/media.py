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

from edge.privacy.speaker import FIRST_PERSON, whole_words

_WORKS = {
    "en": r"documentary|documentaries|docuseries|doc|film|films|movie|movies|series|show|podcast|podcasts|book|"
    r"books|novel|exhibit|exhibition|play|musical",
    "de": r"Doku|Dokus|Dokumentation|Dokumentarfilm|Film|Filme|Serie|Sendung|Podcast|Buch|Roman|Ausstellung",
    "es": r"documental|documentales|película|películas|peli|pelis|serie|series|podcast|libro|novela|exposición",
    "fr": r"documentaire|docu|film|films|série|émission|podcast|livre|roman|expo|exposition",
    "it": r"documentario|documentari|film|serie|podcast|libro|romanzo|mostra",
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
    if FIRST_PERSON[lang].search(WATCHING[lang].sub(" ", text)):
        return None
    return pattern.sub(lambda m: m.group(0)[: m.start("subject") - m.start(0)] + NEUTRAL[lang], text)
