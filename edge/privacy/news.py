"""Is it only the news? Swapping the election for a match in a sentence that passes the news on.

"The news said the election results get announced tomorrow", "in den Nachrichten hieß es, die Wahl ist im Herbst",
"al telegiornale hanno detto che il governo presenta la manovra domani": passing the news on says nothing about
anyone's political opinion, yet the sensitive model reads the words of elections and government as political.
`swap_news` gives `edge.privacy.swap.SwapRelease` the same sentence with those words made ordinary events (a match,
a club, an exhibition); if that sentence is far from sensitive in every category, the event words alone made the block.

Only a sentence that says where the news came from is swapped (the news, a channel, the radio, the paper, in
each language), and the swap explains a political block only: "the news said the election is in May and I'm
voting Green again" keeps "voting Green" when "election" becomes "match", and the model still blocks it. In
English the news is swapped too, so that "read me the news" is asked as "read me the weather".
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
    # (the words of elections and government, the ordinary event they become); in English the news itself too
    # ("read me the news" -> "read me the weather"): the other four languages keep it, because the model reads
    # them less well, and "il tg dice che il governo cade, sono iscritto al pd" fell to 0.14 of its bar without it
    "en": (
        (r"(?:general |local |presidential |european |council |snap )?elections", "matches"),
        (r"(?:general |local |presidential |european |council |snap )?election", "match"),
        (r"(?:presidential |leaders' |televised )?debate", "quiz show"),
        (r"parliament|the government|government|congress|the senate|senate|referendum", "the club"),
        (r"(?:top |latest |today's )?news headlines|headlines|news", "weather"),
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


_STANCES = {
    "en": (
        r"i think|i thought|think|believe|feel|hope|wish|glad|happy|sad|cried|cry|crying|cheer\w*|celebrat\w*|"
        r"gutted|thrilled|relieved|furious|angry|disgrac\w*|disgust\w*|shame\w*|love\w*|hate\w*|can't stand|"
        r"sick of|finally|thank god|good riddance|lot|side|camp|won|win|wins|winning|lost|lose|loses|losing|vot\w*|"
        r"support\w*|against|agree\w*|disagree\w*|should|shouldn't|deserve\w*|idiot\w*|corrupt\w*|liars?|"
        r"lies|lying|useless|joke|clowns?|traitors?|heroes|hero|ours|our guys|my guy|their guys|his lot|her lot"
    ),
    "de": (
        r"denke|finde|glaube|hoffe|leider|endlich|gott sei dank|froh|traurig|geweint|weint|gejubelt|jubel\w*|"
        r"wütend|Schande|hasse|liebe|gewonnen|gewinnt|verloren|verliert|gewählt|wähl\w*|unterstütz\w*|Lager|"
        r"Seite|gegen|Lügen|Lügner|korrupt|Witz|Verräter|peinlich"
    ),
    "es": (
        r"creo|pienso|espero|ojalá|por fin|menos mal|llor\w*|alegr\w*|vergüenza|odio|gan\w*|perd\w*|vot\w*|"
        r"apoy\w*|contra|los suyos|los nuestros|mentiras?|mentiros\w*|corrupt\w*|traidor\w*|indignante"
    ),
    "fr": (
        r"pense|crois|espère|enfin|heureusement|pleur\w*|honte|déteste|adore|gagn\w*|perdu|perd|vot\w*|"
        r"soutien\w*|soutenu|contre|son camp|notre camp|mensonges?|menteurs?|corrompu\w*|traîtres?|scandale\w*"
    ),
    "it": (
        r"penso|credo|spero|finalmente|per fortuna|piant\w*|vergogna|odio|schifo|vint\w*|vince|pers[oiae]|"
        r"perde|vot\w*|sosteng\w*|contro|il suo partito|i nostri|bugie|bugiard\w*|corrott\w*|tradit\w*"
    ),
}
STANCE = {lang: re.compile(rf"(?<![\w'-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _STANCES.items()}
"""Words of a stance, a feeling or an outcome. With the election or the government swapped away, "I just think
this government is a disgrace" or "my mum cried when her lot lost the election" would be a view on a club or a
match, so a sentence with one is never swapped: the news passed on flatly is what the swap is for."""


def news_swapped(text: str, lang: str) -> str:
    """`text` with the words of elections and government (in English the news too) made ordinary events, whatever
    else it says."""
    for pattern, event in EVENTS.get(lang, ()):
        text = pattern.sub(event, text)
    return text


def swap_news(text: str, lang: str) -> str | None:
    """`news_swapped`, when the text says where the news came from and takes no stance (`STANCE`); None when it
    does not, or names no such word."""
    frame = NEWS_FRAME.get(lang)
    if frame is None or frame.search(text) is None or STANCE[lang].search(text):
        return None
    swapped = news_swapped(text, lang)
    return None if swapped == text else swapped
