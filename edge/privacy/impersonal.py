"""Does an English statement name anyone? The gate's second opinion for weak blocks of statements about things.

The special categories are facts about a person: someone's health, faith, vote. "The senate house library has a
great reading room", "it's a sin to waste good bread" or "that offside call was daylight robbery" name no one, so
they say no such fact about anyone, however sensitive a word in them sounds. The sensitive model still scores some
of them over its bar (look-alike words are its main source of false blocks), and `ImpersonalRelease` withdraws
such a block when it is weak and the topic head agrees. What counts as naming someone is deliberately wide: any
pronoun ("I", "we", "they", "let's"), a relative, friend or partner, a role a disclosure is often told through
("the therapist", "my sponsor", "the officer"), a redacted name or other PII, any question or request.

A statement can still be about the speaker without naming them: "the gender clinic appointment is in june" is
the speaker's appointment. Such sentences are why two readers must agree: the sensitive model scores them weakly,
but the topic head puts most of its probability on its sensitive labels, and the release keeps the block.
English only: the other four languages were not checked this way (the privacy model card).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from edge.privacy.sensitive_model import Decision
    from edge.topics.encoder import Encoded

_OPENER = re.compile(r"(?:the|a|an|this|that|these|those|it|it's|its|there|there's|that's)\b", re.IGNORECASE)
"""How a statement about a thing begins. A text that begins any other way (a verb, a question word, a name, "my",
"got diagnosed ...") is not released."""

SOMEONE = re.compile(
    r"(?<![\w'])(?:"
    # pronouns and their contractions
    r"i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves|let's|lets|"
    r"you|you're|youre|you've|you'd|you'll|your|yours|yourself|he|he's|he'd|he'll|him|his|himself|she|she's|"
    r"she'd|she'll|her|hers|herself|they|they're|they've|they'd|they'll|them|their|theirs|themselves|"
    r"one's|oneself|someone|somebody|anyone|anybody|everyone|everybody|nobody|whoever|who|whom|whose|people|"
    # people by relation
    r"mum|mom|mummy|mommy|mother|dad|daddy|father|parents?|wife|husband|spouse|partner|fianc[eé]e?|"
    r"boyfriend|girlfriend|ex|son|daughter|child|children|kids?|baby|babies|brother|sister|siblings?|twins?|"
    r"grandma|grandpa|granny|gran|grandad|granddad|grandmother|grandfather|grandparents?|nan|nana|papa|mama|"
    r"uncle|aunt|auntie|cousin|nephew|niece|in-laws?|family|friends?|mates?|flatmates?|roommates?|"
    r"neighbou?rs?|colleagues?|coworkers?|boss|manager|teammates?|classmates?|"
    r"man|woman|men|women|guys?|girls?|boys?|lady|ladies|gentleman|gentlemen|teens?|teenagers?|"
    # roles a disclosure is often told through
    r"doctors?|doc|gp|dentists?|therapists?|psychiatrists?|psychologists?|counsell?ors?|nurses?|surgeons?|"
    r"midwife|midwives|physios?|physiotherapists?|patients?|clients?|sponsors?|carers?|caregivers?|"
    r"priests?|pastors?|vicars?|imams?|rabbis?|monks?|nuns?|chaplains?|officers?|lawyers?|solicitors?|"
    r"attorneys?|judges?|cops?|police|guards?|inmates?|donors?"
    r")(?:'s|')?(?![\w'])",
    re.IGNORECASE,
)


def names_no_one(text: str, min_words: int = 5) -> bool:
    """True for an English statement about things or events: it begins like one ("the", "that's", "it's"), has at
    least `min_words` words, asks nothing, and neither refers to anyone nor holds a PII placeholder ("[NAME]").
    Short fragments ("white and black caribbean", "the hajj") are answers about someone more often than not."""
    stripped = text.strip().replace("\u2019", "'")
    return (
        len(stripped.split()) >= min_words
        and _OPENER.match(stripped) is not None
        and not stripped.endswith("?")
        and "[" not in stripped
        and SOMEONE.search(stripped) is None
    )


@dataclass(frozen=True)
class ImpersonalRelease:
    """The model layer withdraws its own block of a short English statement that names no one (`names_no_one`)
    when no category scored `margin` times its threshold or more and the topic head puts less than
    `sensitive_mass` on its sensitive labels (its own veto, `edge.topics.classifier.SENSITIVE_VETO`: at or above
    it the classifier gives the text no topic).

    Chosen on dev (the privacy model card): it releases 17 of the 479 English ordinary dev sentences the gate
    blocked and none of its 2,735 blocked sensitive ones, at any margin from 1.5 to 6; without the topic head's
    agreement 40, but then also implicit disclosures such as "the court ordered anger management classes"."""

    margin: float = 2.0
    min_words: int = 5
    sensitive_mass: float = 0.2

    def applies(self, classifier: Any, encoded: Encoded, decision: Decision) -> bool:
        if encoded.passages != (encoded.text,) or encoded.language != "en":
            return False
        if decision.strength >= self.margin:
            return False
        if not names_no_one(encoded.text, self.min_words):
            return False
        return classifier.reading(encoded).sensitive_mass < self.sensitive_mass
