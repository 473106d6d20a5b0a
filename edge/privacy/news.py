"""Is it only the news? Swapping the election for a match in a sentence that passes the news on.

"The news said the election results get announced tomorrow", "in den Nachrichten hieß es, die Wahl ist im Herbst",
"al telegiornale hanno detto che il governo presenta la manovra domani": passing the news on says nothing about
anyone's political opinion, yet the sensitive model reads the words of elections and government as political.
`swap_news` gives `edge.privacy.swap.SwapRelease` the same sentence with those words made ordinary events (a match,
a club, a sale); if that sentence is far from sensitive in every category, the event words alone made the block.

Only a sentence that says where the news came from is swapped (the news, a channel, the radio, the paper, in
each language), and the swap explains a political block only: "the news said the election is in May and I'm
voting Green again" keeps "voting Green" when "election" becomes "match", and the model still blocks it.
"""

from __future__ import annotations

import re

_FRAMES = {
    "en": r"news|on the radio|on (?:the )?(?:tv|telly)|in the paper|headlines|(?:every|each|all the) channels?|channel \w+",
    "de": r"Nachrichten|Tagesschau|heute-journal|Radio|Zeitung|Schlagzeilen|(?:allen|jedem) Sendern?",
    "es": r"noticias|telediario|en la radio|en el periódico|titulares|(?:todos los|cada) canal(?:es)?",
    "fr": r"infos|informations|journal télévisé|au journal|à la radio|dans le journal|gros titres|(?:toutes les) chaînes",
    "it": r"telegiornal[ei]|tg\d?|notizi[ae]|alla radio|sul giornale|titoli|(?:tutti i|ogni) canal[ei]",
}
NEWS_FRAME = {lang: re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _FRAMES.items()}
"""Where the news came from. A sentence without one is never swapped."""

_EVENTS: dict[str, tuple[tuple[str, str], ...]] = {
    # (the words of elections and government, the ordinary event they become)
    "en": (
        (r"(?:general |local |presidential |european |council |snap )?elections", "matches"),
        (r"(?:general |local |presidential |european |council |snap )?election", "match"),
        (r"(?:presidential |leaders' |televised )?debate", "quiz show"),
        (r"parliament|the government|government|congress|the senate|senate|referendum", "the club"),
    ),
    "de": (
        (r"(?:Bundestags|Landtags|Europa|Kommunal|Bürgermeister)?wahl(?:en)?", "Ausstellung"),
        (r"Bundestag|Parlament|Regierung|Koalition|Kanzler(?:in)?", "Firma"),
    ),
    "es": (
        (r"elecciones(?: generales| municipales| europeas)?", "rebajas"),
        (r"el parlamento|el congreso|el gobierno|parlamento|congreso|gobierno", "el club"),
    ),
    "fr": (
        (r"élections?(?: législatives| présidentielles?| municipales| européennes)?", "soldes"),
        (r"le gouvernement|le parlement|l'assemblée|gouvernement|parlement", "le club"),
    ),
    "it": (
        (r"elezioni(?: politiche| europee| comunali)?", "partite"),
        (r"il governo|il parlamento|governo|parlamento", "il club"),
        (r"(?:la )?manovra", "la stagione"),
    ),
}
EVENTS = {
    lang: tuple((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), word) for p, word in rules)
    for lang, rules in _EVENTS.items()
}


def swap_news(text: str, lang: str) -> str | None:
    """`text` with the words of elections and government made ordinary events, when it says where the news came
    from; None when it does not, or names no such word."""
    frame = NEWS_FRAME.get(lang)
    if frame is None or frame.search(text) is None:
        return None
    swapped = text
    for pattern, event in EVENTS[lang]:
        swapped = pattern.sub(event, swapped)
    return None if swapped == text else swapped
