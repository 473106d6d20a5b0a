"""Is it only the job? The gate's second opinion for an utterance that names someone's job in care or the law.

"My cousin works as a pharmacist in Leeds", "ma cousine est infirmière de nuit", "mia sorella fa l'infermiera in
ospedale": a job says nothing about anyone's health or record, yet the sensitive model blocks such sentences,
because the words of care and the law are its strongest cues (the lexicon proposes "nurse", "midwife",
"paramedic"). `swap_jobs` gives `edge.privacy.swap.SwapRelease` the same sentence with the job swapped for a
neutral one ("teacher", and where it is done for "school"): if that sentence is far from sensitive in every
category, the job alone made the block, and it is withdrawn. "My sister's a nurse and she sorts out my insulin"
is still blocked with a teacher in it, so the disclosure stays blocked. A sentence that also tells of a visit, a
service, a treatment or a stay (`edge.privacy.landmarks.ATTENDANCE`: "Meine Cousine ist Notfallsanitäterin und
geht jeden Sonntag in die Messe") is never swapped: what is left after the swap must not depend on the model
alone to keep its disclosure.

Only a job said as someone's role counts ("is a nurse", "works as a midwife", "training to be a paramedic", "my
cousin the pharmacist", and the other four languages' forms): "I have to see the doctor" or "the nurse took my
blood" are a visit, not a job, and are never swapped. Working at such a place with no job named ("my sister works
nights at the hospital", `WORKS_AT`) has the place swapped alone.
"""

from __future__ import annotations

import re

from edge.privacy.landmarks import ATTENDANCE

_EN_JOBS = (
    r"nurse|midwife|pharmacist|chemist|paramedic|doctor|gp|dentist|dental (?:nurse|hygienist)|surgeon|"
    r"physio(?:therapist)?|optician|vet|care worker|carer|psychologist|(?:psycho)?therapist|psychiatrist|"
    r"radiographer|porter|"
    r"police (?:officer|detective)|policeman|policewoman|detective|prison (?:officer|guard)|lawyer|solicitor|"
    r"barrister|judge|magistrate|court clerk|social worker"
)
_ROLE_PATTERNS = {
    "en": (
        rf"(?:\b(?:is|was|'s|am|'m|are|'re|as|be|become|becoming)\s+(?:a|an)\s+(?:\w+\s+)?|\bmy\s+\w+\s+the\s+)"
        rf"(?P<job>{_EN_JOBS})s?\b"
    ),
    "de": (
        r"\b(?:ist|bin|war|als|wird|werden)\s+(?:eine?\s+)?(?P<job>Krankenschwester|Krankenpfleger(?:in)?|"
        r"Pfleger(?:in)?|Hebamme|Apotheker(?:in)?|Arzt|Ärztin|Zahnarzt|Zahnärztin|(?:Notfall)?[Ss]anitäter(?:in)?|"
        r"(?:Psycho)?[Tt]herapeut(?:in)?|Psycholog(?:e|in)|Psychiater(?:in)?|"
        r"Polizist(?:in)?|Anwalt|Anwältin|Richter(?:in)?)\b"
    ),
    "es": (
        r"\b(?:es|soy|eres|era|ser|como|trabaj\w*\s+de)\s+(?:una?\s+)?(?P<job>enfermer[oa]|matrona|comadrona|"
        r"farmacéutic[oa]|médic[oa]|dentista|psicólog[oa]|psiquiatra|terapeuta|paramédic[oa]|polic[íi]a|"
        r"abogad[oa](?!\s+de\s+oficio)|jueza?)\b"
    ),
    "fr": (
        r"\b(?:est|suis|était|comme|devenir)\s+(?:une?\s+)?(?P<job>infirmi(?:er|ère)|sage-femme|pharmacien(?:ne)?|"
        r"médecin|dentiste|psychologue|psychiatre|(?:psycho)?thérapeute|ambulanci(?:er|ère)|policier|policière|"
        r"avocat(?:e)?|juge)\b"
    ),
    "it": (
        r"\b(?:è|sono|era|fa|come|fare)\s+(?:una?\s+|l'|il\s+|la\s+)?(?P<job>infermier[ea]|ostetrica|farmacista|"
        r"medico|dentista|psicolog[oa]|psichiatra|terapeuta|soccorritore|poliziott[oa]|avvocat[oa]|giudice)\b"
    ),
}
ROLE = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in _ROLE_PATTERNS.items()}
NEUTRAL = {"en": "teacher", "de": "Lehrer", "es": "profesor", "fr": "professeur", "it": "insegnante"}
"""The job a role is swapped for: one that no category's cues touch. (A baker frees more ordinary sentences, the
model reading teachers' unions into a teacher, but let "he works as a pharmacist and sells me oxy on the side"
through: stop 55, not shipped.)"""
_WORKPLACES = {
    "en": r"hospital|clinic|pharmacy|chemist's|care home|a&e|emergency room|police station|courthouse|court",
    "de": r"Krankenhaus|Klinik|Praxis|Notaufnahme|Apotheke|Pflegeheim|Polizeiwache|Gericht",
    "es": r"hospital|clínica|farmacia|urgencias|centro de salud|residencia|comisaría|juzgado",
    "fr": r"hôpital|clinique|pharmacie|urgences|maison de retraite|commissariat|tribunal",
    "it": r"ospedale|clinica|farmacia|pronto soccorso|casa di riposo|questura|tribunale",
}
"""Not a prison: it is where someone is held more often than where they work ("mi vecino era abogado hasta que
pasó tres años en la cárcel" must keep its prison)."""
WORKPLACE = {lang: re.compile(rf"\b(?:{p})(?!\w)", re.IGNORECASE) for lang, p in _WORKPLACES.items()}
NEUTRAL_PLACE = {"en": "school", "de": "Schule", "es": "colegio", "fr": "école", "it": "scuola"}
"""Where the job is done goes with it: "est infirmière de nuit à l'hôpital" -> "... professeur de nuit à l'école"."""


_WORKS_AT = {
    "en": r"\bwork(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:at|in|for)\s+(?:the\s+|a\s+|our\s+|their\s+)?"
    r"(?:local\s+|\w+'s\s+)?",
    "de": r"\barbeite[tn]?\s+(?:\w+\s+){0,3}?(?:im|in der|in einer|in einem|bei der|beim|auf der)\s+",
    "es": r"\btrabaj(?:a|o|an|aba)\s+(?:\w+\s+){0,3}?(?:en el|en la|en un|en una|en)\s+",
    "fr": r"\b(?:travaill|boss)(?:e|es|ent|ait)\s+(?:\w+\s+){0,3}?(?:à l'|au|à la|dans un|dans une|dans la|en)\s*",
    "it": r"\blavor(?:a|o|ano|ava)\s+(?:\w+\s+){0,3}?(?:all'|al|alla|in|nella|nel|in un|in una)\s*",
}
WORKS_AT = {lang: re.compile(rf"{p}(?={_WORKPLACES[lang]})", re.IGNORECASE) for lang, p in _WORKS_AT.items()}
"""Someone works at a hospital, a pharmacy or a court with no job named: "my sister works nights at the hospital"."""


def swap_jobs(text: str, lang: str) -> str | None:
    """`text` with every job said as someone's role, and the places such jobs are done, replaced by neutral ones
    (with no role named, the place alone, where someone works there); None when it names neither, or tells of a
    visit, a service, a treatment or a stay."""
    pattern = ROLE.get(lang)
    if pattern is None or ATTENDANCE[lang].search(text):
        return None
    if pattern.search(text) is None:
        if WORKS_AT[lang].search(text) is None:
            return None
        return WORKPLACE[lang].sub(NEUTRAL_PLACE[lang], text)
    swapped = pattern.sub(lambda m: m.group(0)[: m.start("job") - m.start(0)] + NEUTRAL[lang], text)
    return WORKPLACE[lang].sub(NEUTRAL_PLACE[lang], swapped)
