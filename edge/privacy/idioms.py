"""Is it only a figure of speech? Swapping an idiom for what it means before the gate asks its model again.

"I nearly had a heart attack when the fire alarm went off", "he's got the patience of a saint", "this project is
killing me", "teamwork is in our DNA", "casi me da un infarto cuando vi el precio": each idiom is built on a word of
health, faith, crime or genetics and says nothing about any of them. `swap_idioms` gives
`edge.privacy.swap.SwapRelease` the same sentence with the idiom said plainly ("I nearly got a fright", "lots of
patience", "tiring me", "in our nature"); if that sentence is far from sensitive in every category, the idiom
alone made the block. Each idiom explains a block of its own category only (`CATEGORIES`), so "I nearly had a
heart attack, they put a stent in last month" keeps its stent, and its health block. A passion called a religion
("coffee is basically my religion", "le rugby, c'est une religion") is said as a passion, and a fingerprint sensor
in a sentence that names a phone or a laptop as its lock screen: "Islam is my religion" is still a religion with a
passion in it, and an employer's fingerprint scanner is still someone's biometrics. Face ID is left alone: the
labelled set counts "turn on face id" as a biometric disclosure.
"""

from __future__ import annotations

import re


def _on_a_device(devices: str, sensor: str, lock: str) -> tuple[str, str]:
    """(pattern, what it means): `sensor` said as `lock`, only in a sentence that names one of `devices`. A phone's
    fingerprint sensor is a lock; an employer's is someone's biometrics."""
    return rf"^(?P<pre>(?=.*\b(?:{devices})\b).*?\b){sensor}", rf"\g<pre>{lock}"


_IDIOMS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    # category -> language -> (idiom, what it means)
    "health": {
        "en": (
            (
                r"(?P<keep>\b(?:nearly|almost|practically|just about)\s+(?:had|have|got|get|gave me|give me))"
                r"\s+a\s+(?:heart attack|coronary|stroke)",
                r"\g<keep> a fright",
            ),
            (r"\b(?P<keep>(?:gave|give|gives|giving)\s+me)\s+a\s+(?:heart attack|coronary)", r"\g<keep> a fright"),
            (r"\bdying\s+(?P<keep>to\s+(?:see|try|know|meet|go|hear|get|watch|read)|for\s+a)\b", r"keen \g<keep>"),
            (r"\bto die for\b", "amazing"),
            (r"\bmy blood (?:runs|ran) cold\b", "i get nervous"),
            (r"\bfeel(?:ing)? human again\b", "feel fine again"),
        ),
        "de": (
            (r"\b(?P<keep>(?:fast|beinahe)\s+(?:einen|nen))\s+Herzinfarkt\b", r"\g<keep> Schreck"),
            (r"\bmich trifft der Schlag\b", "ich bin baff"),
        ),
        "es": (
            (
                r"\b(?P<keep>(?:casi\s+)?me\s+(?:da|dio|va\s+a\s+dar))\s+un\s+(?:infarto|ataque al corazón)",
                r"\g<keep> un susto",
            ),
            (r"\bme muero de ganas\b", "tengo muchas ganas"),
        ),
        "fr": (
            (r"\b(?P<keep>failli\s+(?:faire|avoir))\s+une\s+crise\s+cardiaque", r"\g<keep> très peur"),
            (r"\bje meurs d'envie\b", "j'ai très envie"),
        ),
        "it": (
            (
                r"\b(?P<keep>(?:quasi\s+)?mi\s+(?:viene|è venuto|prende|è preso|veniva))\s+un\s+infarto",
                r"\g<keep> uno spavento",
            ),
            (r"\bmuoio dalla voglia\b", "ho tanta voglia"),
        ),
    },
    "religion": {
        "en": (
            (r"\bthe patience of a saint\b", "lots of patience"),
            (
                r"\b(?:an?\s+)?(?:almost\s+|truly\s+|genuinely\s+|proper\s+)?religious experience\b",
                "a great experience",
            ),
            (r"\b(?:a|the)\s+(?:\w+\s+)?bible\s+(?:of|for|on)\b", "the best book on"),
            (r"\bholy grail\b", "dream"),
            (r"\bpreaching to the (?:choir|converted)\b", "telling people what they know"),
            (
                r"\b(?P<keep>(?:is|'s|are|'re|was|were)\s+(?:basically\s+|practically\s+|pretty much\s+|almost\s+|"
                r"kind of\s+|sort of\s+|like\s+)?)(?:a|my|our|his|her|their)\s+religion\b",
                r"\g<keep>a passion",
            ),
            (r"\blike\s+(?:it's\s+|it\s+is\s+)?a\s+religion\b", "like a passion"),
            (r"\breligious\s+(?P<keep>follower|fan)\b", r"devoted \g<keep>"),
            (r"\breligiously\b", "faithfully"),
        ),
        "de": (
            (r"\b(?:die\s+)?Kirche im Dorf(?:\s+lassen)?\b", "ruhig bleiben"),
            (r"\b(?:quasi|fast|praktisch|wie)\s+(?:eine\s+)?Religion\b", "eine Leidenschaft"),
        ),
        "es": (
            (r"\bla biblia de(?:l)?\b", "el mejor libro de"),
            (
                r"\b(?P<keep>es|son|era)\s+(?:casi\s+|como\s+)?(?:una|la|su|mi|nuestra)\s+religión\b",
                r"\g<keep> una pasión",
            ),
        ),
        "fr": (
            (r"\bla bible d(?:u|e la|es|e)\b", "le meilleur livre de"),
            (r"\b(?P<keep>c'est|est)\s+(?:presque\s+|comme\s+)?une\s+religion\b", r"\g<keep> une passion"),
        ),
        "it": (
            (r"\bla bibbia d(?:el|ella|ei|i)\b", "il miglior libro di"),
            (r"\b(?P<keep>è|sono)\s+(?:quasi\s+|come\s+)?una\s+religione\b", r"\g<keep> una passione"),
        ),
    },
    "criminal": {
        "en": (
            (r"\bkilling\s+it\b", "doing great"),
            (r"\bkilled\s+it\b", "did great"),
            (r"\bkill\s+it\b", "do great"),
            (r"\b(?P<keep>(?:is|are|was|'s|'re)\s+)killing me\b", r"\g<keep>tiring me"),
            (r"\bmurder\s+(?:a|an)\s+(?P<keep>pizza|curry|burger|kebab|pint|beer|coffee|steak)\b", r"eat a \g<keep>"),
            (r"\bdaylight robbery\b", "very expensive"),
            (r"\bstole\s+(?P<keep>(?:a|the)\s+(?:quick\s+)?(?:nap|kiss|glance|look|moment|show))\b", r"took \g<keep>"),
        ),
        "de": ((r"\bbringt mich (?:noch )?um\b", "macht mich fertig"),),
        "es": ((r"\bme está matando\b", "me está cansando"),),
        "fr": ((r"\bça me tue\b", "ça me fatigue"),),
        "it": ((r"\bmi sta uccidendo\b", "mi sta stancando"),),
    },
    "genetic_biometric": {
        "en": (
            (
                r"\b(?P<keep>(?:in|part of)\s+(?:our|its|their|his|her|my|your|(?:the|this|that)\s+\w+'s|\w+'s))\s+dna\b",
                r"\g<keep> nature",
            ),
            _on_a_device(
                "phone|iphone|laptop|tablet|ipad|macbook|mac|android|pixel|keyboard|unlock\\w*",
                r"(?:the\s+)?fingerprint\s+(?:sensor|scanner|reader|unlock)\b",
                "the passcode",
            ),
        ),
        "de": (
            (r"\b(?P<keep>in\s+(?:unserer|ihrer|seiner|meiner|der))\s+DNA\b", r"\g<keep> Natur"),
            _on_a_device(
                "Handy|Smartphone|Laptop|Tablet|iPhone|Telefon|Notebook|Mac",
                r"Fingerabdruck(?:sensor|scanner|leser)\b",
                "Sperrbildschirm",
            ),
        ),
        "es": (
            (r"\b(?P<keep>en\s+(?:nuestro|su|mi|el))\s+ADN\b", r"\g<keep> carácter"),
            _on_a_device(
                "móvil|movil|portátil|portatil|tablet|iphone|teléfono|ordenador|celular",
                r"(?:sensor|lector)\s+de\s+huellas?(?:\s+dactilares)?\b",
                "código",
            ),
        ),
        "fr": (
            (r"\b(?P<keep>dans\s+(?:notre|son|leur|mon|l'))\s*ADN\b", r"\g<keep> nature"),
            _on_a_device(
                "téléphone|portable|ordi|ordinateur|tablette|iphone|smartphone|mac",
                r"(?:capteur|lecteur)\s+d'empreintes?(?:\s+digitales?)?",
                "code",
            ),
        ),
        "it": (
            (r"\b(?P<keep>nel\s+(?:nostro|suo|loro|mio))\s+DNA\b", r"\g<keep> carattere"),
            _on_a_device(
                "telefono|cellulare|portatile|tablet|iphone|smartphone|pc",
                r"(?:sensore|lettore)\s+(?:di|delle)\s+impronte?(?:\s+digitali)?",
                "codice",
            ),
        ),
    },
}
CATEGORIES = tuple(_IDIOMS)
IDIOM = {
    category: {
        lang: tuple((re.compile(p, re.IGNORECASE), plain) for p, plain in rules) for lang, rules in langs.items()
    }
    for category, langs in _IDIOMS.items()
}


def swap_idioms(text: str, lang: str, category: str) -> str | None:
    """`text` with its idioms of `category` said plainly; None when it has none."""
    swapped = text
    for pattern, plain in IDIOM[category].get(lang, ()):
        swapped = pattern.sub(plain, swapped)
    return None if swapped == text else swapped
