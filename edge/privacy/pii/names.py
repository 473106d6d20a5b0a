"""Person names: cue rules ("my name is", "Dr.", "call", "with") over a first-name list, plus capitalised
listed names in cased text. The tagger (`tagger`) adds names these rules miss."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from edge.privacy.pii import lists
from edge.privacy.pii.places import is_a_place, towns
from edge.privacy.pii.registry import Finding

_STRONG_CUE = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name's|name's|i\s+am\s+called|call\s+me|people\s+call\s+me)\s+", re.IGNORECASE
)
_TITLE_CUE = re.compile(r"\b(?:mr|mrs|ms|mx|dr|prof|mister|missus)\.?\s+", re.IGNORECASE)
_TITLE_WORD_CUE = re.compile(r"\b(?:doctor|professor|miss|nurse|officer|judge)\s+", re.IGNORECASE)
_ADDRESSEE_CUE = re.compile(
    r"(?<![\w'-])(?:"
    # English: who a message goes to
    r"(?:send|forward|give|pass)\s+(?:(?:this|it|that|the\s+[\w-]+(?:\s+[\w-]+)?|a\s+(?:message|text|note|link))\s+)?to|"
    r"send|text|message|whatsapp|remind|ask|tell|ring|call|ping|pay|invite|congratulate|thank|hug|greet|welcome|"
    r"meet|pick\s+up|drop\s+off|drop|collect|fetch|wake\s+up|wake|ask\s+for|"
    # German
    r"sag|sage|sagen\s+sie|schreib|schreibe|frag|frage|erinner|erinnere|ruf|schick\s+(?:[\w-]+\s+)*?an|"
    # French
    r"dis\s+à|dites\s+à|demande\s+à|demandez\s+à|préviens|prévenez|appelle|appelez|rappelle|écris\s+à|"
    r"envoie\s+(?:un\s+(?:message|texto|sms|mail)\s+)?à|téléphone\s+à|téléphoner\s+à|payer|"
    # Spanish
    r"dile\s+a|dígale\s+a|pregúntale\s+a|pregunta\s+a|llama\s+a|avisa\s+a|escríbele\s+a|escribe\s+a|"
    r"manda(?:le)?\s+(?:un\s+(?:mensaje|whatsapp|correo)\s+)?a|recuérdale\s+a|pagarle\s+a|"
    # Italian
    r"di'\s+a|dì\s+a|dica\s+a|chiedi\s+a|chiama|avvisa|scrivi\s+a|manda\s+(?:un\s+(?:messaggio|whatsapp)\s+)?a|"
    r"ricorda\s+a"
    r")\s+",
    re.IGNORECASE,
)
"""Words after which the next word is who something is said, sent or paid to ("text Siobhan", "Sag Dragana",
"dile a Rocío", "chiedi a Hamid"): a name there need not be listed when it is written like one (`addressee`);
a listed one that is also an ordinary word counts when capitalised ("Remind Will")."""
_TITLE_ANY_CUE = re.compile(
    r"(?<![\w'-])(?:herr|herrn|frau|monsieur|madame|mademoiselle|mme|mlle|docteur|maître|señor|señora|señorita|sr|sra|srta|"
    r"doña|doctor|doctora|signor|signora|signorina|sig|dottor|dottore|dottoressa|avvocato|professore|professoressa|"
    r"rabbi|imam|reverend|father|sister|auntie|aunty|uncle)\.?\s+",
    re.IGNORECASE,
)
"""Titles of five languages before a surname ("Herr Nguyen", "Mme Delacroix", "doña Pilar", "dottoressa conti"):
not after an article or a possessive ("meine Frau", "die Frau": a wife, a woman; `_NOT_A_TITLE`)."""
_NOT_A_TITLE = re.compile(
    r"(?<![\w'-])(?:[mdsk]eine[rnm]?|ihre[rnm]?|unsere[rnm]?|eure[rnm]?|der|die|eine[rnm]?)\s+$", re.IGNORECASE
)
_JOINERS = r"and|und|et|y|e|&"
_AND = re.compile(rf"\s*(?:,\s*)?(?:{_JOINERS})\s+(?:(?:à|a)\s+)?|\s*,\s*", re.IGNORECASE)
"""Between two names: "Tell Farhan and Zoya", "Sag Lukas und Mia", "Dis à Yanis et à Chloé", "Invite Mei, Arash"."""
_DOES = (
    r"(?:said|says|asked|asks|told|tells|wants|wanted|needs|texted|called|rang|replied|reckons|thinks|thought|promised|"
    r"owes|borrowed|forgot|lost|left\s+(?:his|her)|(?:is|are|'s)\s+(?:coming|bringing|picking|going|flying|staying|"
    r"minding|handling|taking|sending|moving|playing|splitting|doing|stuck|still)|will\s+(?:pick|bring|be|come|send|"
    r"take)|has\s+(?:passed|moved|sent|asked|said|got)|and\s+(?:her|his)\b|"
    r"sagt|hat\s+gesagt|holt|bringt|kommt|kommen|meint|dit|a\s+dit|veut|vient|viennent|ramène|arrive|a\s+oublié|"
    r"a\s+perdu|a\s+pris|dice|ha\s+dicho|quiere|viene|vienen|trae|llega|llegan|ha\s+detto|vuole|arriva|arrivano|"
    r"ha\s+perso|pensano|porta)"
)
"""What only a person does, after a name that opens a sentence: "Chidinma wants", "Hope asked", "Emre holt"."""
_NAME_WORD = r"[^\W\d_][\w'’-]*?"
_FILLERS = (
    r"(?:(?:um|uh|erm|er|so|okay|ok|well|right|yeah|nah|ugh|oh|ah|hmm|actually|bueno|este|pues|vale|oye|euh|alors|"
    r"bon|ben|ehm|eh|cioè|vabbè|allora|ja|genau|also|arre|ya)[\s,]+)*"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?;—])\s*|,\s+){_FILLERS}(?P<name>{_NAME_WORD})"
    rf"(?:\s+(?:and|und|et|y|e)\s+(?:(?:um|uh|euh|ehm),?\s+)?(?P<other>{_NAME_WORD}))?\s+{_DOES}\b",
    re.IGNORECASE,
)
"""One or two names opening a sentence (after fillers or a comma) before a verb only a person does ("Erm, Siobhan
reckons", "Iestyn and Cerys are stuck", "Euh, Mathis a dit")."""
_ASKED_ABOUT = re.compile(
    rf"\b(?:is|did|does|has|was|will|can|could)\s+(?P<name>{_NAME_WORD})\s+(?:still\s+)?"
    r"(?:coming|reply|replied|say|said|call|called|bringing|answer|answered)\b",
    re.IGNORECASE,
)
"""A name asked about: "is kalani coming to the footy", "did Priyanka reply about the invoice"; not a thing that
is free or back ("which bakery has gluten free bread")."""
_OWNED = (
    r"(?:number|mobile|phone|cell|email|e-mail|address|birthday|flight|train|place|house|flat|party|wedding|car|"
    r"keys|mum|mom|dad|mother|father|parents|husband|wife|boyfriend|girlfriend|partner|kids|daughter|son|dog|cat|"
    r"school|job|jacket|bag|room|office|fees|graduation|recital|despedida|line|cv|leaving|naming|book|film|new|"
    r"nummer|geburtstag|handy|adresse|wohnung|zug|auto|flug|hochzeit)"
)
_OWNER = re.compile(rf"(?<![\w'-])(?P<name>{_NAME_WORD})(?P<mark>['’]s|(?<=[^\W\d_])s)\s+{_OWNED}\b", re.I)
"""A name owning a person's thing: "Kealoha's luau", "Eilidh's number", "whats harriets email", "bernds nummer"."""
_LISTED_OWNER = re.compile(rf"(?<![\w'-])(?P<name>{_NAME_WORD})['’]s\b(?!\s+(?-i:[A-Z]))", re.I)
"""A listed first name with its "'s" in cased text, before anything but a capitalised word: "Hamish's dog",
"Kirra's not coming" (not "Trader Joe's Market"); not one that is also a word ("Summer's nearly here")."""
_OWNER_DE = re.compile(
    r"(?<![\w'-])(?P<name>[A-ZÀ-Ý][\w-]*?)s\s+(?:neue[rsn]?\s+)?(?-i:Zug|Nummer|Handy|Geburtstag|Wohnung|Auto|"
    r"Adresse|Flug|Hochzeit|Party|Mann|Frau|Freund|Freundin|Kinder|Mutter|Vater|Haus|Schlüssel)\b"
)
"""German: "Lenas Zug", "Ankes Wohnung" (a listed name and its "s")."""
_OWNED_ROMANCE = re.compile(
    r"\b(?:numéro|anniversaire|adresse|voiture|vélo|maison|appartement|mariage|cadeau|chambre|clés|"
    r"número|cumpleaños|dirección|coche|moto|casa|boda|regalo|llaves|numero|compleanno|indirizzo|"
    r"macchina|bici|matrimonio|chiavi|(?<!de\s)(?-i:chez)|cena\s+da|"
    r"under(?:\s+the\s+name(?:\s+of)?)?|in\s+the\s+name\s+of|a\s+nombre\s+de|au\s+nom\s+de|a\s+nome(?:\s+di)?|"
    r"unter\s+dem\s+namen|auf\s+den\s+namen)\s+(?:de\s+|d['’]|di\s+|del\s+|della\s+)?",
    re.IGNORECASE,
)
"""Whose a thing is, and whose name a table is under: "l'anniversaire d'Aurélien", "les clés sont chez Karim",
"la moto de Unai", "a table under Fitzgerald", "a nome Ferrari"; not a flight ("vol AF 1234") nor a restaurant
("Chez Janou", "de chez Sephora")."""
_WEAK_CUE = re.compile(
    r"\b(?:i'm|i\s+am|this\s+is|it's|with|and|hi|hey|hello|thanks|thank\s+you|meet|meeting|met|see|saw|visit|"
    r"from|for|to|about|love|miss)\s+",
    re.IGNORECASE,
)
_WAKE_WORD = re.compile(
    r"^\W*(?:(?:hey|hi|ok|okay)[\s,]+)?(?:alexa|siri|cortana|bixby|google)\b(?!['’])"
    r"(?!\s+(?:is|was|and|will|said|says|has|had|can|told|thinks|wants)\b(?!\s+(?:it|there|you)\b))",
    re.IGNORECASE,
)
"""An assistant's wake word opening an utterance ("alexa, set a timer", "hey siri"): the device, not a person. Not
when the next word makes it the subject of a sentence ("Alexa is coming over", but "alexa is it cold outside")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
CONTRACTION = re.compile(r"['’](?:t|ll|re|ve|d|m)\b", re.IGNORECASE)
"""A contraction ("don't", "I've"): it ends no name, and a word that has one is none; a possessive may end one."""
_CAPITALIZED = re.compile(r"\b[A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?\b(?!['’](?:t|ll|re|ve|d|m)\b)")
_SURNAME = re.compile(r"\s+([A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?)\b(?!['’](?:t|ll|re|ve|d|m)\b)")

_TITLES = (
    r"Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof|Professor|Doctor|Sir|Dame|Herr|Frau|Dott|Dott\.ssa|Sig|Sig\.ra|Sig\.na|Sr|Sra|"
    r"Srta|Don|Doña|M\.|Mme|Mlle|Ing|Mag|Univ\.\s?Prof|Dipl\.-Ing|Dr\.\s?med"
)
_TITLE_BEFORE = re.compile(rf"(?:(?<![\w.-])(?:{_TITLES})\.?\s+)+$")
"""Titles written before a name ("Miss", "Dott.", "Sig.ra", "Frau", "Dipl.-Ing."): capitalised, so "I miss Anna" keeps
its verb."""
_AFTER_NAME = re.compile(
    r"(?:\s+(?i:de\s+la|de\s+los|de\s+las|del|de|du|des|di|da|della|dos|das|van\s+der|van\s+den|van|von\s+der|von|zu|"
    r"le|la|y)\s+[A-ZÀ-Ý][\w'’-]*)*"
    r"(?:,?\s+(?:Jr|Sr|II|III|IV|DDS|DVM|MD|PhD|Ph\.D|B\.A|B\.Sc|B\.Eng|M\.A|M\.Sc|M\.Eng|MBA|LL\.M|Esq)\b\.?)?"
)
"""What belongs to a name after it in cased text: a particle and the rest of the surname ("de la Rolland", "del
Guillén"), then a suffix ("Jr.", "DDS", "B.A.")."""

Accept = Callable[[str, bool], bool]


_NAMES_A_THING = re.compile(r"['’]s\s+(?-i:[A-Z])\w*")
"""After a name, in cased text: the name is part of a title, a shop or a brand ("Baldur's Gate", "Sam's Club",
"Ben's Diner"), whose next word is capitalised; a person's thing is not ("Kofi's birthday")."""


_STREET_AFTER = re.compile(
    r"\s+(?:street|st\b\.?|avenue|ave\b\.?|road|rd\b\.?|boulevard|blvd|lane|drive|square|terrace|springs|market)\b",
    re.IGNORECASE,
)


def names_a_thing(text: str, found: Finding) -> bool:
    """A name that is part of a thing's name: a title, a shop or a brand ("Baldur's Gate", "Sam's Club", in cased
    text), a street or a square named after someone ("Queen Street", "Madison Avenue", "Queen Victoria Market"), or a
    place (`places.is_a_place`: "San Marco", "Santiago de Compostela", "Victoria Station", "the museum in Clinton")."""
    if text != text.lower() and _NAMES_A_THING.match(text, found.end) is not None:
        return True
    last = text[found.start : found.end].split()[-1:]
    named_street = bool(last) and _STREET_AFTER.fullmatch(" " + last[0]) is not None
    return named_street or _STREET_AFTER.match(text, found.end) is not None or is_a_place(text, found)


def whole_name(text: str, found: Finding) -> Finding:
    """`found` with the title before it and the particles and suffix after it."""
    title = _TITLE_BEFORE.search(text, 0, found.start)
    start = title.start() if title else found.start
    after = _AFTER_NAME.match(text, found.end)  # matches always, maybe nothing
    return Finding(start, after.end() if after else found.end, found.type)


def _without_possessive(word: str, lower_text: bool) -> str:
    """ "Kofi's" -> "Kofi", and in lowercase text "harriets" (a possessive as a recogniser writes it) -> "harriet"
    when only that is a listed name; "Thomas", "Yanis" and "Inès" keep their last letter."""
    word = re.sub(r"['’]s?$", "", word)
    names = lists.first_names()
    if lower_text and word.endswith("s") and word not in names and word[:-1] in names:
        return word[:-1]
    return word


_KIN = frozenset("nan nana mamie mari mama papa".split())
"""Stop words that are listed first names too but, capitalised, are still most often family: "Message Nan"."""


def _name_at(text: str, pos: int, accept: Accept, capitalised_names: bool = False) -> Finding | None:
    """A name starting at `pos` (plus a capitalised surname after it) if `accept(word, capitalised)`.
    `capitalised_names`: a stop word that is also a listed first name is a name when capitalised in cased text
    ("Remind Will to bring the cord", "Sag Lukas und Mia"; not "will", "mia" written small)."""
    first = _WORD.match(text, pos)
    if first is None or CONTRACTION.search(first.group()):  # "Don't" is not "Don"
        return None
    word = _without_possessive(first.group(), text == text.lower())
    stop = lists.words("name_stopwords.txt")
    named = (
        capitalised_names
        and word[:1].isupper()
        and text != text.lower()
        and word.lower() in lists.first_names()
        and word.lower() not in _KIN
    )
    if not word or (word.lower() in stop and not named) or not accept(word.lower(), word[0].isupper()):
        return None
    end = first.start() + len(word)
    surname = _SURNAME.match(text, end)
    if surname and surname.group(1).lower() not in stop:
        end = surname.end(1)
    return Finding(first.start(), end, "name")


def wake_word_end(text: str) -> int:
    """Where the wake word opening `text` ends (0: none)."""
    m = _WAKE_WORD.match(text)
    return m.end() if m else 0


_RANKS = tuple(name for name, _ in lists.RANK_BUCKETS)


def _english_rank(word: str) -> str | None:
    """The commoner rank bucket of `word` and its singular ("jokes": BERT's vocabulary holds "joke"; "tails" is
    rarer than "tail"); None: no English word."""
    buckets = lists.word_buckets()
    found = [buckets.get(w) for w in (word, word[:-1] if word.endswith("s") else word)]
    return min((r for r in found if r), key=_RANKS.index, default=None)


def _written_like_a_name(word: str, capitalised: bool, lower_text: bool) -> bool:
    """An unlisted word as a name after a cue: capitalised in cased text; in lowercase text, outside the 12,000
    commonest English words ("siobhan", "vikram"; not "will", "mere"); never a stop word or a single letter ("send
    it to D E ..." spells an IBAN)."""
    if len(word) < 2 or word in lists.words("name_stopwords.txt"):
        return False
    if lower_text:
        return _english_rank(word) in (None, "r30k")
    return capitalised


def find_names(text: str) -> Iterator[Finding]:
    names = lists.first_names()
    ambiguous = lists.words("ambiguous_names.txt")
    lower_text = text == text.lower()

    def strong(word: str, capitalised: bool) -> bool:
        return word in names or capitalised or lower_text

    def weak(word: str, capitalised: bool) -> bool:
        return word in names and word not in ambiguous

    def listed_or_capitalised(word: str, capitalised: bool) -> bool:
        return word in names or capitalised

    def addressee(word: str, capitalised: bool) -> bool:
        return word in names or _written_like_a_name(word, capitalised, lower_text)

    def titled(word: str, capitalised: bool) -> bool:  # "doctor ramírez", not "my doctor prescribed ..."
        english = lower_text and _english_rank(word) is not None
        return word in names or (_written_like_a_name(word, capitalised, lower_text) and not english)

    cues: tuple[tuple[re.Pattern[str], Accept], ...] = (
        (_STRONG_CUE, strong),
        (_TITLE_CUE, strong),
        (_TITLE_WORD_CUE, listed_or_capitalised),
        (_TITLE_ANY_CUE, titled),
        (_ADDRESSEE_CUE, addressee),
        (_WEAK_CUE, weak),
    )
    wake = wake_word_end(text)
    found_names: list[Finding] = []
    for cue, accept in cues:
        for m in cue.finditer(text):
            if cue is _TITLE_ANY_CUE and _NOT_A_TITLE.search(text, 0, m.start()):
                continue
            found = _name_at(text, m.end(), accept, capitalised_names=accept is addressee)
            if found and found.start >= wake:
                if accept is addressee and lower_text:
                    found = _with_lowercase_surname(text, found)
                found_names.append(whole_name(text, found))
    for m in _CAPITALIZED.finditer(text):  # cased text (Whisper): a listed name written with a capital
        word = m.group().lower()
        if word in names and word not in ambiguous:
            found = _name_at(text, m.start(), weak)
            if found and found.start >= wake:
                found_names.append(whole_name(text, found))
    found_names += _said_about(text, wake)
    found_names = [f for f in found_names if not names_a_thing(text, f)]
    yield from found_names
    yield from _and_the_next(text, found_names, addressee)


def _said_about(text: str, wake: int) -> Iterator[Finding]:
    """Names said with no cue before them: a sentence's subject before a person's verb, a name asked about, the
    owner of a person's thing, the name a table is under (`_SUBJECT`, `_ASKED_ABOUT`, `_OWNER`, `_LISTED_OWNER`,
    `_OWNER_DE`, `_OWNED_ROMANCE`)."""
    names = lists.first_names()
    ambiguous = lists.words("ambiguous_names.txt")
    stop = lists.words("name_stopwords.txt")
    lower_text = text == text.lower()

    def person(word: str, *, listed_only: bool = False, words_too: bool = False) -> bool:
        """`word` as said: a listed first name (one that is also a word only with `words_too`, or capitalised in
        cased text), or else a rare word written like a name, not a town."""
        lowered = word.lower()
        if lowered in stop or len(lowered) < 2:
            return False
        if not lower_text and (not word[:1].isupper() or word.isupper()):
            return False  # cased text writes a name with a capital, and not all in capitals ("IBAN")
        if lowered in names:
            return words_too or lowered not in ambiguous
        rare = _english_rank(lowered) in ((None,) if lower_text else (None, "r30k")) and lowered not in towns()
        return not listed_only and rare

    def at(start: int, word: str) -> Finding:
        return whole_name(text, Finding(start, start + len(word), "name"))

    for m in _SUBJECT.finditer(text):
        for group in ("name", "other"):
            if m.group(group) and m.start(group) >= wake and person(m.group(group), words_too=True):
                yield at(m.start(group), m.group(group))
    for m in _ASKED_ABOUT.finditer(text):
        if m.start("name") >= wake and person(m.group("name")):
            yield at(m.start("name"), m.group("name"))
    for m in _OWNER.finditer(text):
        word = _without_possessive(m.group("name"), lower_text)
        if lower_text == (m.group("mark")[:1] in "'’") or m.start("name") < wake:
            continue  # "'s" in cased text, a bare "s" only as a recogniser writes it: "harriets email"
        if person(word, listed_only=lower_text, words_too=not lower_text):  # "the plumbers number": no one
            yield at(m.start("name"), word)
    for m in _LISTED_OWNER.finditer(text) if not lower_text else ():
        if m.group("name").lower() in names and m.start("name") >= wake and person(m.group("name")):
            yield at(m.start("name"), m.group("name"))
    for m in _OWNER_DE.finditer(text):
        if m.group("name").lower() in names and m.start("name") >= wake:
            yield at(m.start("name"), m.group("name"))
    for m in _OWNED_ROMANCE.finditer(text):
        said = _WORD.match(text, m.end())
        if said is None or (said.group().isupper() and len(said.group()) > 1):
            continue
        if lower_text and said.group() not in names:
            continue  # listed as said, not with an "s" taken off: "limpiar la casa antes de ..." names no one
        # capitalised in cased text; in lowercase text only a listed name ("la cena en casa de oksana")
        found = _name_at(text, m.end(), lambda word, capitalised: capitalised != lower_text and person(
            word if lower_text else word.capitalize(), listed_only=lower_text))  # fmt: skip
        if found and found.start >= wake:
            yield whole_name(text, found)


_LIST_GOES_ON = re.compile(rf"\s*(?:,|(?:{_JOINERS})\b)", re.IGNORECASE)


def _listed_next(text: str, word: re.Match[str] | None) -> bool:
    """After a name and a comma, a name of the same list: a listed first name, or a word the list goes on after
    ("Mei, Arash and Lucía"); not a town ending an address ("Grey Lynn, Auckland 1021") nor a word in capitals
    ("Nerea Etxeberria, IBAN ES04 ...")."""
    if word is None or word.group().isupper():
        return False
    listed = word.group().lower() in lists.first_names()
    return listed or _LIST_GOES_ON.match(text, word.end()) is not None


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def _with_lowercase_surname(text: str, found: Finding) -> Finding:
    """In lowercase text, the word after a name said to someone when it is none of the 5,000 commonest English
    words, no common word of the other languages (`lists.common_words`, which keeps surnames off), no listed name
    and no stop word: "chiedi a hamid rezaei se ...", "call hope ramirez back", not "text siobhan running late" or
    "escribe a alba que ya estoy llegando"."""
    after = _NEXT_WORD.match(text, found.end)
    if after is None or not _written_like_a_name(after.group(1), False, True):
        return found
    word = after.group(1)
    if word in lists.first_names() or _english_rank(word) in ("r2k", "r5k") or word in lists.common_words():
        return found  # "manda un whatsapp a sergio que llego", "schreib lena dass"
    return Finding(found.start, after.end(1), found.type)


def _and_the_next(text: str, found: list[Finding], accept: Accept) -> Iterator[Finding]:
    """The names joined to a found one by "and" or a comma ("Farhan and Zoya", "Lukas und Mia", "Mei, Arash and
    Lucía"), one after another (`_listed_next` for a comma)."""
    ends = sorted({f.end for f in found})
    while ends:
        joined = _AND.match(text, ends.pop(0))
        if joined is None:
            continue
        after = _WORD.match(text, joined.end())
        if joined.group().strip() == "," and not _listed_next(text, after):
            continue
        name = _name_at(text, joined.end(), accept, capitalised_names=True)
        if name is not None:
            name = whole_name(text, name)
            ends.append(name.end)
            yield name
