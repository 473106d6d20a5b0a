"""Is the speaker in the sentence? The words by which someone says "I", "we" or "my" in edge's five languages.

A swap (`edge.privacy.swap`) may only make a word ordinary where nothing in the sentence ties it to the speaker:
"turn left at the church" is a landmark, "we go to the church next to the park" is not; "a documentary about
depression" is what someone watches, "a documentary about depression made me realise I have it" is not.
"""

from __future__ import annotations

import re

_FIRST_PERSON = {
    "en": r"i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|let's",
    "de": r"ich|mich|mir|mein(?:e[mnrs]?)?|wir|uns|unser(?:e[mnrs]?)?",
    "es": r"yo|me|mi|mis|conmigo|nosotros|nosotras|nos|nuestr[oa]s?",
    "fr": r"je|j'\w+|moi|me|m'\w+|mon|ma|mes|nous|notre|nos|on",
    "it": r"io|mi|me|mio|mia|miei|mie|noi|ci|nostr[oaie]",
}


def whole_words(pattern: str) -> re.Pattern[str]:
    """`pattern` matched as whole words, case-insensitively ("j'ai" is one word, "Bett" is not "bet")."""
    return re.compile(rf"(?<![\w'-])(?:{pattern})(?![\w-])", re.IGNORECASE)


FIRST_PERSON = {lang: whole_words(pattern) for lang, pattern in _FIRST_PERSON.items()}
"""The speaker or their people, per language. Spanish and Italian drop the pronoun ("voy", "vado"): those sentences
are the swaps' own guards' to catch."""


_ASKED = {
    "en": r"remind me|tell me|show me|give me|send me|find me|get me|let me know|wake me(?: up)?|text me|ping me|"
    r"play me|read me|help me",
    "de": r"erinner(?:e|n)? mich|sag mir|zeig mir|gib mir|schick mir|such mir|weck mich|hilf mir",
    "es": r"me recuerdas|me dices|me avisas|me pones|me buscas",
    "fr": r"rappelle(?:-| )moi|dis(?:-| )moi|montre(?:-| )moi|donne(?:-| )moi|envoie(?:-| )moi|trouve(?:-| )moi|"
    r"réveille(?:-| )moi|préviens(?:-| )moi|aide(?:-| )moi",
    "it": r"mi ricordi|mi dici|mi mandi|mi trovi|mi svegli|mi aiuti",
}
ASKED = {lang: whole_words(pattern) for lang, pattern in _ASKED.items()}
"""The speaker as the one the assistant is asked to remind, tell or show ("remind me to make popcorn", "erinnere
mich", "rappelle-moi"): the one asking, which says nothing about them; what the request is about keeps its own
first person ("remind me to take my pills")."""
