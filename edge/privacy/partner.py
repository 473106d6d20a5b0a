"""Is it only the partner? Swapping "my wife" for "my neighbour" before the gate asks its model again.

"My wife and I just adopted a puppy", "meine Frau und ich fahren am Wochenende an die See", "my partner and I are
looking for a new flat": the sensitive model reads the words of a couple as cues of sexual orientation or sex
life and blocks some such everyday sentences. `swap_partners` gives `edge.privacy.swap.SwapRelease` the same
sentence with "my wife and I" made "we" and the partner made a neighbour; if that sentence is far from sensitive
in every category, the partner word alone made the block. Only the speaker's own partner ("my husband") and a
partner of the other gender ("his wife", "ihr Mann") are swapped: "his husband" or "her girlfriend" never are.

A partner word can disclose orientation by itself once the speaker's gender is known ("I'm a woman and my wife
..."), and some of what a couple does is a disclosure only because it is a couple ("ich betrüge meine Frau"). The
swap would hide both, so it is not made when the swapped sentence still talks about gender or sexuality
(`GENDERED`), tells the speaker's own gender (`SELF`: "as a dad", and in Spanish, French and Italian, where a
speaker's adjectives carry it, anything the speaker says about themselves: "estoy casada con mi mujer"), or says
what a couple does (`INTIMATE`).
"""

from __future__ import annotations

import re

_NOUN = r"(?=(?:'s)?(?![\w'-]))"
"""The end of a partner noun; "my partner's mum" keeps its "'s"."""

_PARTNERS: dict[str, tuple[tuple[str, str], ...]] = {
    # (pattern of a partner phrase, the neighbour it becomes); the patterns' groups: det (kept), noun (swapped)
    "en": (
        (
            r"\b(?P<det>(?:my|the)\s+(?:(?:ex|future|new|lovely|dear|darling|late)[\s-]+)?)"
            r"(?P<noun>wife|wifey|husband|hubby|partner(?!\s+in\s+crime)|boyfriend|girlfriend|fianc[eé]e?|spouse|ex|other half|"
            r"better half|missus|missis|significant other)",
            "neighbour",
        ),
        (r"\b(?P<det>his\s+(?:(?:ex|future|new)[\s-]+)?)(?P<noun>wife|girlfriend|fianc[eé]e|missus)", "neighbour"),
        (r"\b(?P<det>her\s+(?:(?:ex|future|new)[\s-]+)?)(?P<noun>husband|boyfriend|fianc[eé])", "neighbour"),
    ),
    "de": (
        (r"\b(?P<det>meine[rn]?\s+|seine[rn]?\s+)(?P<noun>Frau|Ehefrau|Freundin|Partnerin|Verlobten?|Ex)", "Nachbarin"),
        (r"\b(?P<det>meine[mn]\s+|ihre[mn]\s+)(?P<noun>Mann|Ehemann|Partner|Verlobten)", "Nachbarn"),
        (r"\b(?P<det>mein\s+|ihr\s+)(?P<noun>Mann|Ehemann|Partner|Verlobter|Ex)", "Nachbar"),
        (r"\b(?P<det>meines\s+|ihres\s+)(?P<noun>Mannes|Ehemannes|Partners)", "Nachbarn"),
    ),
    "es": (
        (r"\b(?P<det>mi\s+)(?P<noun>mujer|esposa|novia|pareja|prometida)", "vecina"),
        (r"\b(?P<det>mi\s+)(?P<noun>marido|esposo|novio|prometido|ex)", "vecino"),
    ),
    "fr": (
        (r"\b(?P<det>ma\s+)(?P<noun>femme|épouse|copine|compagne|fiancée|chérie|conjointe)", "voisine"),
        (r"\b(?P<det>mon\s+)(?P<noun>mari|époux|copain|compagnon|fiancé|chéri|conjoint|ex)", "voisin"),
    ),
    "it": (
        (r"\b(?P<det>(?:la\s+)?mia\s+)(?P<noun>moglie|ragazza|compagna|fidanzata|ex)", "vicina"),
        (r"\b(?P<det>(?:il\s+)?mio\s+)(?P<noun>marito|ragazzo|compagno|fidanzato|ex)", "vicino"),
    ),
}
_COUPLES: dict[str, tuple[str, ...]] = {
    # "my wife and I" said as one subject: the couple becomes "we", which the model reads as no one in particular
    "en": (
        r"\b(?:my|the)\s+(?:{nouns})\s+and\s+i\b",
        r"\bme\s+and\s+(?:my|the)\s+(?:{nouns})",
        r"\bi\s+and\s+my\s+(?:{nouns})",
    ),
    "de": (r"\bmeine?\s+(?:{nouns})\s+und\s+ich\b", r"\bich\s+und\s+meine?\s+(?:{nouns})"),
    "es": (r"\bmi\s+(?:{nouns})\s+y\s+yo\b", r"\byo\s+y\s+mi\s+(?:{nouns})"),
    "fr": (r"\b(?:ma|mon)\s+(?:{nouns})\s+et\s+moi\b", r"\bmoi\s+et\s+(?:ma|mon)\s+(?:{nouns})"),
    "it": (
        r"\b(?:(?:la|il)\s+)?(?:mia|mio)\s+(?:{nouns})\s+(?:e|ed)\s+io\b",
        r"\bio\s+e\s+(?:(?:la|il)\s+)?(?:mia|mio)\s+(?:{nouns})",
    ),
}
_COUPLE_NOUNS = {
    "en": r"wife|wifey|husband|hubby|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|other half|better half|missus",
    "de": r"Frau|Ehefrau|Freundin|Partnerin|Verlobte|Mann|Ehemann|Partner|Verlobter",
    "es": r"mujer|esposa|novia|pareja|prometida|marido|esposo|novio|prometido",
    "fr": r"femme|épouse|copine|compagne|fiancée|chérie|conjointe|mari|époux|copain|compagnon|fiancé|chéri|conjoint",
    "it": r"moglie|ragazza|compagna|fidanzata|marito|ragazzo|compagno|fidanzato",
}
WE = {"en": "we", "de": "wir", "es": "nosotros", "fr": "nous", "it": "noi"}
COUPLE = {
    lang: tuple(re.compile(p.replace("{nouns}", _COUPLE_NOUNS[lang]) + _NOUN, re.IGNORECASE) for p in ps)
    for lang, ps in _COUPLES.items()
}

PARTNER = {
    lang: tuple((re.compile(pattern + _NOUN, re.IGNORECASE), neighbour) for pattern, neighbour in rules)
    for lang, rules in _PARTNERS.items()
}

_GENDERED = {
    "en": (
        r"man|men|woman|women|guys?|girls?|boys?|lad|lads|lass|lady|ladies|blokes?|dudes?|gals?|females?|males?|"
        r"feminine|masculine|wi(?:fe|ves)|husbands?|boyfriends?|girlfriends?|fianc[eé]e?s?|spouses?|partners?|"
        r"brides?|grooms?|mums|moms|mothers|dads|fathers|"
        r"gay|gays|lesbians?|bi|bisexual|queer|straight|trans|transgender|non-?binary|homo\w*|hetero\w*|"
        r"sexual\w*|same-sex|coming out|came out|come out|pride|lgbt\w*|dyke|fag\w*"
    ),
    "de": (
        r"Mann|Männer|Frau|Frauen|Typ|Kerl|Mädchen|Junge|Jungs|weiblich|männlich|Ehe\w*|Freund(?:in)?|"
        r"Partner(?:in)?|Verlobte[rn]?|"
        r"Mütter|Väter|Papas|Mamas|Braut|Bräutigam|schwul\w*|lesb\w*|bi|bisexuell\w*|queer|hetero\w*|homo\w*|trans\w*|"
        r"sexu\w*|gleichgeschlecht\w*|Coming-out|geoutet|outen|CSD"
    ),
    "es": (
        r"hombres?|mujer|mujeres|chic[oa]s?|señor|señora|espos[oa]s?|marido|novi[oa]s?|parejas?|prometid[oa]|"
        r"dos madres|dos padres|papás|mamás|gay|gais|gays|lesbiana\w*|"
        r"bisexual\w*|queer|hetero\w*|homo\w*|trans\w*|sexu\w*|mismo sexo|orgullo|salir del armario|"
        r"salí del armario"
    ),
    "fr": (
        r"hommes?|femme|femmes|filles?|garçons?|mecs?|nanas?|épouse|époux|mari|copine|copain|compagne|compagnon|"
        r"fiancée?|conjointe?|deux mères|deux pères|papas|mamans|gay|gays|gai|lesbiennes?|"
        r"bi|bisexuel\w*|queer|hétéro\w*|homo\w*|trans\w*|sexu\w*|même sexe|coming out|fierté"
    ),
    "it": (
        r"uom[oi]|donna|donne|ragazz[oaie]|tipo|tipa|moglie|marito|compagn[oa]|fidanzat[oa]|papà|mamm[ae]|"
        r"gay|lesbica|lesbiche|bisessual\w*|"
        r"queer|etero\w*|omo\w*|trans\w*|sessu\w*|stesso sesso|coming out|orgoglio"
    ),
}
GENDERED = {lang: re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _GENDERED.items()}
"""Words about gender or sexuality, and partners left unswapped ("her girlfriend"). Once the partner is swapped
away, these are what is left of an orientation disclosure ("as a man I'm lucky to have my husband"), so a
sentence with one is never swapped."""

_INTIMATE = {
    "en": (
        r"cheat\w*|affair|unfaithful|two-tim\w*|sleep with|slept with|sleeping with|in bed|double bed|safe ?word|"
        r"nudes?|naked|sext\w*|adopt\w* (?:a |our |the )?(?:child|kid|baby|son|daughter)|surrogate|donor|sperm"
    ),
    "de": (
        r"betrüg\w*|betrog\w*|fremdgeh\w*|fremdgegangen|Affäre|Seitensprung|Bett|Doppelbett|nackt\w*|"
        r"adoptier\w* (?:ein |das )?Kind|Kinderwunsch|Samenspend\w*|Leihmutter\w*"
    ),
    "es": (
        r"cuernos|infiel\w*|engañ\w*|amante|cama|desnud\w*|adopt\w* (?:a |un )?(?:niñ[oa]|bebé|hij[oa])|"
        r"donante|vientre de alquiler"
    ),
    "fr": (
        r"tromp\w*|infidèle|liaison|maîtresse|amant|lit|nue?s?|adopt\w* (?:un |une )?(?:enfant|bébé)|donneur|"
        r"mère porteuse"
    ),
    "it": (
        r"tradi\w*|corna|cornut[oa]|amante|letto|nud[oaie]|senza niente addosso|"
        r"adott\w* (?:un |una )?(?:bambin[oa]|figli[oa])|donatore|utero in affitto"
    ),
}
INTIMATE = {lang: re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _INTIMATE.items()}
"""What a couple does that only the partner makes a disclosure: "ich betrüge meine Frau", "my girlfriend and I
have a safe word", "mein Mann und ich adoptieren ein Kind". With the partner swapped away the model reads
"cheating on my neighbour" as a quarrel, so a sentence with one is never swapped."""

_KIN_EN = (
    r"dad|daddy|father|mum|mummy|mom|mommy|mother|son|daughter|brother|sister|uncle|aunt|auntie|grandma|grandpa|"
    r"grandmother|grandfather|nephew|niece|stepdad|stepmum|stepmom|widow|widower|husband|wife|bride|groom|"
    r"waitress|actress|hostess|housewife|househusband|chap|fella|fellow|gentleman|king|queen|prince|princess"
)
_SELF = {
    "en": (
        rf"(?:(?:i'm|i am|im|being)\s+(?:a|an|the|one of the)?|as\s+(?:a|an|the|one of the))\s*(?:[\w-]+\s+)?"
        rf"(?:{_KIN_EN})s?"
    ),
    "de": (
        r"(?:ich bin|als)\s+(?:eine?\s+)?(?:\w+\s+)?(?:Vater|Mutter|Papa|Mama|Sohn|Tochter|Bruder|Schwester|Onkel|"
        r"Tante|Oma|Opa|Witwer?|Hausfrau|Hausmann|\w+in)"
    ),
    "es": r"soy|estoy|estaba|fui|me siento|me he|me casé|casad[oa]s?|comprometid[oa]s?|enamorad[oa]s?",
    "fr": r"je suis|j'suis|suis|j'étais|je me sens|je me suis|mariée?s?|fiancée?s?|amoureuse|amoureux",
    "it": r"sono|ero|sto|mi sento|mi sono|sposat[oaie]|fidanzat[oaie]|innamorat[oaie]",
}
SELF = {lang: re.compile(rf"(?<![\w'-])(?:{p})(?![\w-])", re.IGNORECASE) for lang, p in _SELF.items()}
"""Where a speaker's words carry their own gender: "I'm a dad", "als Lehrerin", and in Spanish, French and Italian
any first-person adjective ("sono stanca", "je suis mariée"). Such a sentence is not swapped: with "mia moglie"
gone, "sono sposata" would no longer show what it said."""


def partners_swapped(text: str, lang: str) -> str:
    """`text` with "my wife and I" made "we" and the speaker's partner (and a partner of the other gender) made a
    neighbour, whatever else it says; unchanged when it names no partner."""
    for couple in COUPLE.get(lang, ()):
        text = couple.sub(WE[lang], text)
    for pattern, neighbour in PARTNER.get(lang, ()):
        text = pattern.sub(rf"\g<det>{neighbour}", text)
    return text


def tells_more(swapped: str, lang: str) -> bool:
    """Does a swapped text still say something that the partner word made a disclosure: gender, sexuality, the
    speaker's own gender, or what a couple does (`GENDERED`, `SELF`, `INTIMATE`)?"""
    return any(guard[lang].search(swapped) for guard in (GENDERED, SELF, INTIMATE))


def swap_partners(text: str, lang: str) -> str | None:
    """`partners_swapped`, or None when the text names no partner or the swapped text `tells_more`."""
    if lang not in PARTNER:
        return None
    swapped = partners_swapped(text, lang)
    if swapped == text or tells_more(swapped, lang):
        return None
    return swapped
