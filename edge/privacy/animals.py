"""Is it an animal's health? A pet at the vet is nobody's health record.

"The dog had a seizure last night and the vet wants to see him", "set a reminder to give the cat her thyroid
pill", "le chien a attrapé une piroplasmose", "darf man einer Katze Ibuprofen geben": GDPR's special categories
are facts about people, yet the sensitive model reads an illness, a pill, an operation or a DNA test as anyone's,
and it gave a third of the ordinary sentences about pets a block (`tests/data/pet_sentences.jsonl`).

`AnimalRelease` withdraws a health, genetic or sex-life (neutering) block of a one-passage utterance in English,
German or French that is about an animal and names no person: no "I", "we" or "my" but as the animal's owner
("my dog", "unser Dackel", "le chien de ma copine"), no relative, friend or carer but as the owner ("my sister's
cat"), no name unless the vet is in the sentence (pets have names too: "collect Luna from the vet"). "He", "she"
and "they" are the animal's in such a sentence. An owner's health beside a pet names the owner ("since my hip
replacement my son walks the dog", "der Allergietest hat gezeigt, dass ich auf Hundehaare reagiere") and keeps
its block, and so does a guide dog or a therapy dog, which tells its owner's, and a sensitive word in a clause
that is not the animal's ("the dog is fine but the chemo starts tomorrow"). Spanish and Italian drop the
pronoun ("da quando soffro di attacchi di panico non riesco a portare il cane in centro"): a sentence there tells
the speaker's health with no word naming them, so those two languages are left to the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from edge.privacy.speaker import ASKED, FIRST_PERSON, whole_words

if TYPE_CHECKING:
    from edge.privacy.lexicon import Lexicon
    from edge.privacy.sensitive_model import Decision
    from edge.topics.encoder import Encoded

CATEGORIES = frozenset({"health", "genetic_biometric", "sex_life"})
"""What an animal's care makes the model read: illness and medicine, a breed test, neutering."""

_VETS = {
    "en": r"vets?|vet's|veterinar(?:y|ian|ians)|animal hospital",
    "de": r"Tierarzt\w*|Tierärzt\w*|Tierklinik\w*",
    "fr": r"vétérinaires?|véto|clinique vétérinaire",
}
"""Where an animal is treated: a sentence naming it is about an animal even when the animal goes by its name."""

_ANIMALS = {
    "en": r"dogs?|doggy|doggo|pupp(?:y|ies)|pups?|cats?|kitty|kittens?|moggy|tabby|pets?|horses?|pon(?:y|ies)|"
    r"foals?|mares?|rabbits?|bunn(?:y|ies)|hamsters?|gerbils?|guinea pigs?|ferrets?|budgies?|parrots?|"
    r"canar(?:y|ies)|tortoises?|turtles?|hens?|chickens|goats?|lambs?|fish|goldfish|lizards?|geckos?|snakes?|"
    r"labradors?|retrievers?|spaniels?|terriers?|collies?|poodles?|beagles?|huskies|husky|dachshunds?|"
    r"pugs?|bulldogs?|greyhounds?|whippets?|labradoodles?|cockapoos?|schnauzers?|chihuahuas?|corgis?|staffies?|"
    r"alsatians?|rottweilers?|kennels?|kennel cough|cattery|cows?|cattle|calf|calves|sheep|ewes?|piglets?|"
    r"donkeys?|alpacas?|llamas?|ducks?|bearded dragons?|iguanas?|spay(?:ed|ing)?|neuter(?:ed|ing)?|" + _VETS["en"],
    "de": r"Hund|Hunde|Hundes|Hündin|Welpen?|Katzen?|Kater|Kätzchen|Haustier\w*|Pferde?s?|Pony|Ponys|Kaninchen|"
    r"Hasen?|Hamster|Meerschweinchen|Wellensittich\w*|Papagei\w*|Schildkröten?|Huhn|Hühner|Dackel|Labrador|"
    r"Schäferhund\w*|Terrier|Pudel|Mops|Tierheim\w*|Tierversicherung|Tierkrankenversicherung|Kühe|Kuh|Kalb|"
    r"Schafe?|Ziegen?|Esel|Enten?|" + _VETS["de"],
    "fr": r"chiens?|chiennes?|chiots?|chats?|chatons?|minou|animal|animaux|chevaux|cheval|juments?|poneys?|lapins?|"
    r"hamsters?|cochons? d'inde|perruches?|perroquets?|tortues?|poules?|vaches?|veaux|veau|moutons?|brebis|"
    r"chèvres?|ânes?|canards?|" + _VETS["fr"],
}

_PEOPLE = {
    "en": r"mum|mom|mummy|mommy|mother|dad|daddy|father|parents?|wife|husband|spouse|partner|fianc[eé]e?|"
    r"boyfriend|girlfriend|son|daughter|child|children|kids?|baby|brother|sister|grandma|grandpa|granny|gran|"
    r"grandad|nan|nana|uncle|aunt|auntie|cousin|nephew|niece|in-laws?|family|friends?|mates?|flatmates?|"
    r"roommates?|neighbou?rs?|colleagues?|coworkers?|boss|teammates?|classmates?|man|woman|men|women|guy|"
    r"girl|boy|lady|doctors?|gp|dentists?|therapists?|psychiatrists?|nurses?|surgeons?|midwife|patients?|"
    r"sponsor|carers?|priest|officer|lawyer|someone|somebody|people",
    "de": r"Mutter|Mama|Vater|Papa|Eltern|Frau|Mann|Freund\w*|Sohn|Tochter|Kind|Kinder|Baby|Bruder|Schwester|"
    r"Oma|Opa|Onkel|Tante|Cousin\w*|Neffe|Nichte|Nachbar\w*|Kolleg\w*|Chef\w*|Arzt|Ärztin|Patient\w*|jemand",
    "fr": r"mère|maman|père|papa|parents|femme|mari|copain|copine|fils|fille|enfants?|bébé|frère|sœur|soeur|"
    r"grand-\w+|mamie|papi|oncle|tante|cousin\w*|neveu|nièce|voisin\w*|collègues?|ami\w*|patron\w*|médecin|"
    r"infirmi\w+|quelqu'un",
}
"""People other than the speaker and the vet, by relation or role."""

_MY = {
    "en": r"my|our",
    "de": r"mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?",
    "fr": r"mon|ma|mes|notre|nos",
}
_OF = {
    "en": r"of\s+(?:my|our)",
    "de": r"(?:von\s+)?(?:meine[mrs]?|unsere[mrs]?)",
    "fr": r"(?:de|à)\s+(?:mon|ma|mes|notre|nos)",
}
_NOT_DESCRIBING = r"(?!(?:and|or|but|with|to|for|the|a|an|of|in|on|at|is|was|has|had|i|me|my|our)\b)"
_ADJECTIVES = {
    lang: rf"(?:{_NOT_DESCRIBING}(?:[\w-]+|\[NAME\])\s+){{0,2}}" if lang == "en" else r"(?:\w+\s+)?" for lang in _MY
}
"""Up to two words between owner and animal ("our old tom cat", where PII redaction made "tom" a name)."""


def _owned(lang: str) -> re.Pattern[str]:
    """An animal, with the speaker or one of their people as its owner before or after it ("my sister's cat",
    "le chien de ma copine")."""
    people, my = _PEOPLE[lang], _MY[lang]
    if lang == "en":
        before = rf"(?:(?:(?:{my})\s+(?:{people})'s|{my}|your|his|her|their|the)\s+)?"
    else:
        before = rf"(?:{my}\s+)?"
    after = rf"(?:\s+{_OF[lang]}\s+(?:{people}))?"
    return whole_words(rf"{before}{_ADJECTIVES[lang]}(?:{_ANIMALS[lang]}){after}")


OWNED_ANIMAL = {lang: _owned(lang) for lang in _ANIMALS}
VET = {lang: whole_words(pattern) for lang, pattern in _VETS.items()}
PEOPLE = {lang: whole_words(rf"(?:{pattern})s?") for lang, pattern in _PEOPLE.items()}
"""A person, also in the genitive ("Papas Demenz")."""
_WORKING = {
    "en": r"guide dogs?|seeing eye dogs?|assistance dogs?|service (?:dog|animal)s?|therapy (?:dog|cat|animal)s?|"
    r"hearing dogs?|emotional support \w+",
    "de": r"Blindenhund\w*|Assistenzhund\w*|Therapiehund\w*|Signalhund\w*|Begleithund\w*",
    "fr": r"chiens? (?:guides?|d'aveugle|d'assistance|de thérapie)|animal de soutien",
}
"""An animal that works for its owner tells the owner's health ("my guide dog is ill and I can hardly see")."""
WORKING = {lang: whole_words(pattern) for lang, pattern in _WORKING.items()}
NEAR_ME = whole_words(r"near me|nearby|close to me|around me|for me")
_CLAUSE_BREAK = {
    "en": r"[,;:.!?]|\b(?:but|and|then|before|after|since|during|while|because|so|or|until|when|though|although)\b",
    "de": r"[,;:.!?]|\b(?:aber|und|dann|bevor|nachdem|seit|seitdem|während|weil|denn|also|oder|bis|wenn|als|dass|"
    r"obwohl)\b",
    "fr": r"[,;:.!?]|\b(?:mais|et|puis|avant|après|depuis|pendant|parce|car|donc|ou|jusqu'à|quand|que|bien que)\b",
}
CLAUSE_BREAK = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in _CLAUSE_BREAK.items()}
_ITS = {
    "en": r"he|him|his|she|her|hers|it|its|they|them|their",
    "de": r"er|ihn|ihm|sein\w*|sie|ihr\w*|es",
    "fr": r"il|elle|lui|son|sa|ses|le|la|l'\w+",
}
ITS = {lang: whole_words(pattern) for lang, pattern in _ITS.items()}
"""How a clause refers back to the animal of the sentence."""


def the_animals_own(text: str, lang: str, terms: list[tuple[int, int]]) -> bool:
    """True when every clause of `text` that holds one of `terms` (spans of sensitive words) also names an animal
    or refers back to one: "the dog is fine but the chemo starts tomorrow" tells the speaker's chemo."""
    if lang not in CLAUSE_BREAK:
        return False
    breaks = [0, *(m.start() for m in CLAUSE_BREAK[lang].finditer(text)), len(text)]
    for start, end in zip(breaks, breaks[1:]):
        clause = text[start:end]
        if not any(start <= s < end for s, _ in terms):
            continue
        if not (OWNED_ANIMAL[lang].search(clause) or ITS[lang].search(clause)):
            return False
    return True


def about_an_animal(text: str, lang: str) -> bool:
    """True when `text` names an animal (or the vet) and no person but as an animal's owner."""
    if lang not in OWNED_ANIMAL or WORKING[lang].search(text):
        return False
    rest, found = OWNED_ANIMAL[lang].subn(" ", ASKED[lang].sub(" ", text))
    if not found:
        return False
    if lang == "en":
        rest = NEAR_ME.sub(" ", rest)
    if FIRST_PERSON[lang].search(rest) or PEOPLE[lang].search(rest):
        return False
    return "[NAME]" not in rest or VET[lang].search(text) is not None


@dataclass(frozen=True)
class AnimalRelease:
    """The model layer withdraws a block of `CATEGORIES` only, of a one-passage utterance about an animal that
    names no person (`about_an_animal`, read on the redacted text, where a name is "[NAME]") and whose every
    clause with a word the lexicon proposes for those categories is the animal's (`the_animals_own`)."""

    def applies(self, lexicon: Lexicon, encoded: Encoded, decision: Decision) -> bool:
        if encoded.passages != (encoded.text,) or not CATEGORIES.issuperset(decision.categories):
            return False
        text, lang = encoded.text, encoded.language
        if not about_an_animal(text, lang):
            return False
        terms = [(h.start, h.end) for h in lexicon.hits(text) if h.category in CATEGORIES]
        return the_animals_own(text, lang, terms)
