"""The privacy gate: PII redaction, one encoder pass, then sensitive-content detection in layers. Fails closed.

The shipped gate has one deciding layer, "model" (`edge.privacy.sensitive_model`): the lexicon proposes, the
sentence as a whole decides, and for a short utterance the topic head gives a second opinion (`TopicRelease`;
for an English statement that names no one, `edge.privacy.impersonal.ImpersonalRelease`); the model gives itself
one with a job, a partner, the news or an idiom swapped for harmless words (`edge.privacy.swap.SwapRelease`).
A second layer, "couple", blocks what no word says: two people of one gender tied as a couple by grammar alone
("my sister and her wife", "sono stanca, mia moglie cucina"; `edge.privacy.couple`); the same reading lets the
model layer withdraw an orientation block of a couple of two genders (`edge.privacy.couple.CoupleRelease`).
A third, "telltale", blocks a pregnancy or a recovery told sideways, which the model scores as nothing ("the
baby's due in March", "ninety days without a drink"), and HIV prevention written "PrEP", which the uncased encoder
reads as "prep" (`edge.privacy.telltale`).
`assess` returns the `Encoded` redacted text with the verdict, so the topic classifier reuses the same embedding
instead of running the encoder again. Any layer may block and none can unblock; an exception anywhere blocks the
text with layer "error"; `check` and `assess` never raise.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from edge.privacy.animals import AnimalRelease
from edge.privacy.couple import CoupleRelease, same_gender_couple
from edge.privacy.impersonal import ImpersonalRelease
from edge.privacy.lexicon import CATEGORIES
from edge.privacy.pii import redact_pii
from edge.privacy.swap import SwapRelease
from edge.privacy.telltale import fast_until_sunset, telltale
from edge.topics.encoder import Encoded
from edge.types import PiiSpan, Verdict

if TYPE_CHECKING:
    from edge.privacy.lexicon import Lexicon
    from edge.privacy.sensitive_model import Decision, SensitiveModel

log = logging.getLogger(__name__)

Layer = tuple[str, Callable[[str, Encoded], Sequence[str]]]
"""(name, detect(original_text, encoded_redacted_text) -> categories that fired)."""

Redact = Callable[[str], tuple[str, tuple[PiiSpan, ...]]]


@dataclass(frozen=True)
class TopicRelease:
    """The model layer withdraws its own block of an utterance that the topic head reads as plainly ordinary.

    Both cases need: the lexicon proposed nothing, no category scored `margin` times its threshold or more, and
    the text is one passage. Then:

    - a **command**: the topic head puts at least `no_interest` on "no interest", at most `sensitive_mass` on the
      sensitive labels and gives no topic. It yields no topic either way, so no token could leave the device for
      it; the local app sees "mark email as read" or "quanti gradi ci sono fuori" instead of a block;
    - an **interest**: the topic head gives a topic and puts at most `interest_sensitive_mass` on the
      sensitive labels. This one yields its topic, so two models have to read the text as ordinary: the
      sensitive head, which fired but weakly and on no proposed word, and the topic head, which learned the same
      disclosures as sensitive labels of its own ("when does Comic-Con take place", "mein Auto muss nächste Woche
      zum TÜV").

    The values were chosen on dev sentences (the privacy model card): there the command case released 1 of the
    7,113 sensitive sentences model M blocked, a request ("could you find a meeting near me tonight, I need
    one?"); the interest case releases none of the 6,894 sensitive ones the shipped model blocks, and 38 of the
    1,030 ordinary ones."""

    no_interest: float = 0.7
    sensitive_mass: float = 0.03
    margin: float = 2.5
    interest_sensitive_mass: float = 0.01

    def applies(self, classifier: Any, encoded: Encoded, decision: Decision) -> bool:
        if decision.proposed or encoded.passages != (encoded.text,):
            return False
        if decision.strength >= self.margin:
            return False
        head = classifier.reading(encoded)
        if head.has_topic:
            return head.sensitive_mass <= self.interest_sensitive_mass
        return head.no_interest >= self.no_interest and head.sensitive_mass <= self.sensitive_mass


def wordless(text: str) -> bool:
    """No letter, digit or symbol: "", "...", "?!", "—". Such a text discloses nothing, and the model layer's
    verdict on it means nothing (the encoder read "?" and "-" as religion and politics). An emoji is a symbol, so
    "🏳️‍🌈" is still read."""
    return not any(unicodedata.category(ch)[0] in "LNS" for ch in text)


def _unencoded(text: str) -> Encoded:
    return Encoded(text, (text,), np.zeros((1, 0), dtype=np.float32))


class PrivacyGate:
    """`check(text) -> Verdict`. Build it once (`PrivacyGate.load`) and reuse it for every utterance."""

    def __init__(
        self,
        layers: Sequence[Layer],
        redact: Redact = redact_pii,
        encode: Callable[[str], Encoded] | None = None,
    ) -> None:
        self.layers = tuple(layers)
        self._redact = redact
        self._encode = encode or _unencoded

    @classmethod
    def load(
        cls,
        classifier: Any = None,
        *,
        lexicon: Lexicon | None = None,
        model: SensitiveModel | None = None,
        release: TopicRelease | None = TopicRelease(),
        impersonal: ImpersonalRelease | None = ImpersonalRelease(),
        swap: SwapRelease | None = SwapRelease(),
        animals: AnimalRelease | None = AnimalRelease(),
        couple: bool = True,
        other_gender: CoupleRelease | None = CoupleRelease(),
        telltales: bool = True,
    ) -> PrivacyGate:
        """The shipped gate. Pass the `TopicClassifier` so that the gate and the classifier share its encoder and
        the classifier's head gives short utterances a second opinion (`release`, and `impersonal` for English
        statements that name no one). Without a classifier, or with None for both, the sensitive model decides alone,
        but for `swap` (a block that only a job, a partner, the news or an idiom made: the model asked again with
        the words swapped; None turns it off). `couple` adds the layer that blocks a couple of one gender told by
        grammar alone; `other_gender` withdraws an orientation block of a couple of two genders (None turns it off).
        `telltales` adds the layer that blocks a pregnancy or a recovery told sideways ("the baby's due in March",
        "ninety days without a drink") as health.

        Raises `ModelError` when a shipped lexicon or model file is missing or corrupt.
        """
        from edge.privacy.sensitive_model import SensitiveModel

        if model is None:
            model = SensitiveModel.load(encoder=getattr(classifier, "encoder", None), lexicon=lexicon)
        sensitive_model = model

        def model_layer(original: str, encoded: Encoded) -> tuple[str, ...]:
            decision = sensitive_model.decide(original, encoded)
            if not decision.categories:
                return ()
            if classifier is not None:
                if impersonal is not None and impersonal.applies(classifier, encoded, decision):
                    return ()
                if release is not None and release.applies(classifier, encoded, decision):
                    return ()
            if animals is not None and animals.applies(sensitive_model.lexicon, encoded, decision):
                return ()
            # last: the releases that run the encoder again
            if swap is not None and swap.applies(sensitive_model, original, encoded, decision):
                return ()
            if other_gender is not None and other_gender.applies(sensitive_model, original, encoded, decision):
                return ()
            return decision.categories

        def couple_layer(original: str, encoded: Encoded) -> tuple[str, ...]:
            return ("sexual_orientation",) if same_gender_couple(original, encoded.language) else ()

        def telltale_layer(original: str, encoded: Encoded) -> tuple[str, ...]:
            lang = encoded.language
            found = {"health": telltale(original, lang), "religion": fast_until_sunset(original, lang)}
            return tuple(category for category, phrase in found.items() if phrase)

        layers: list[Layer] = [("model", model_layer)]
        if couple:
            layers.append(("couple", couple_layer))
        if telltales:
            layers.append(("telltale", telltale_layer))
        return cls(layers, encode=model.encoder.encode_text)

    def check(self, text: str) -> Verdict:
        """Redact PII, run every layer, and block when any layer fires or fails."""
        return self.assess(text)[0]

    def assess(self, text: str) -> tuple[Verdict, Encoded | None]:
        """`check`, plus the encoded redacted text for the topic classifier (None when the gate failed)."""
        try:
            if not isinstance(text, str):
                raise TypeError(f"PrivacyGate.check takes a str, not {type(text).__name__}")
            redacted, spans = self._redact(text)
        except Exception as err:  # noqa: BLE001 - fail closed, whatever went wrong
            log.warning("privacy gate: PII redaction failed (%s); utterance blocked", type(err).__name__)
            return Verdict(blocked=True, layers=("error",)), None
        if wordless(redacted):
            return Verdict(blocked=False, pii=spans, redacted_text=redacted), _unencoded(redacted)
        try:
            encoded = self._encode(redacted)
        except Exception as err:  # noqa: BLE001 - fail closed, whatever went wrong
            log.warning("privacy gate: encoder failed (%s); utterance blocked", type(err).__name__)
            return Verdict(blocked=True, layers=("error",), pii=spans, redacted_text=redacted), None
        categories: dict[str, None] = {}
        fired: list[str] = []
        for name, detect in self.layers:
            try:
                found = tuple(detect(text, encoded))
            except Exception as err:  # noqa: BLE001 - fail closed, whatever went wrong
                log.warning("privacy gate: layer %s failed (%s); utterance blocked", name, type(err).__name__)
                fired.append("error")
                continue
            if found:
                fired.append(name)
                categories.update(dict.fromkeys(found))
        order = {c: i for i, c in enumerate(CATEGORIES)}
        ordered = tuple(sorted(categories, key=lambda c: (order.get(c, len(order)), c)))
        verdict = Verdict(
            blocked=bool(fired),
            categories=ordered,
            layers=tuple(dict.fromkeys(fired)),
            pii=spans,
            redacted_text=redacted,
        )
        return verdict, (None if verdict.blocked else encoded)
