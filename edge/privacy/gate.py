"""The privacy gate: PII redaction, then sensitive-content detection in layers. Fails closed.

Layers (each may block, none can unblock):
- "lexicon": curated terms per category, on the original text (so a redacted name such as "Christian" still
  counts);
- "model": the int8 ONNX head on the shared sentence encoder, on the redacted text (the text the topic
  classifier sees, so both share one encoder pass);
- "taxonomy": the topic classifier's sensitive branches, when a classifier is given.
An exception anywhere blocks the text with layer "error"; `check` never raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from edge.privacy.lexicon import CATEGORIES, Lexicon
from edge.privacy.pii import redact_pii
from edge.types import PiiSpan, Verdict

log = logging.getLogger(__name__)

Layer = tuple[str, Callable[[str, str], Sequence[str]]]
"""(name, detect(original_text, redacted_text) -> categories that fired)."""


class PrivacyGate:
    """`check(text) -> Verdict`. Build it once (`PrivacyGate.load`) and reuse it for every utterance."""

    def __init__(self, layers: Sequence[Layer], redact: Callable[[str], tuple[str, tuple[PiiSpan, ...]]] = redact_pii):
        self.layers = tuple(layers)
        self._redact = redact

    @classmethod
    def load(cls, classifier=None, *, lexicon: Lexicon | None = None, model=None) -> PrivacyGate:
        """The shipped gate. Pass the `TopicClassifier` to add its taxonomy layer and share its encoder.

        Raises `ModelError` when a shipped lexicon or model file is missing or corrupt.
        """
        from edge.privacy.sensitive_model import SensitiveModel

        lexicon = lexicon or Lexicon.load()
        if model is None:
            model = SensitiveModel.load(encoder=getattr(classifier, "encoder", None))
        layers: list[Layer] = [
            ("lexicon", lambda original, redacted: lexicon.categories(original)),
            ("model", lambda original, redacted: model.categories(redacted)),
        ]
        if classifier is not None:
            layers.append(("taxonomy", taxonomy_layer(classifier)))
        return cls(layers)

    def check(self, text: str) -> Verdict:
        """Redact PII, run every layer, and block when any layer fires or fails."""
        try:
            if not isinstance(text, str):
                raise TypeError(f"PrivacyGate.check takes a str, not {type(text).__name__}")
            redacted, spans = self._redact(text)
        except Exception as err:  # noqa: BLE001 - fail closed, whatever went wrong
            log.warning("privacy gate: PII redaction failed (%s); utterance blocked", type(err).__name__)
            return Verdict(blocked=True, layers=("error",))
        categories: dict[str, None] = {}
        fired: list[str] = []
        for name, detect in self.layers:
            try:
                found = tuple(detect(text, redacted))
            except Exception as err:  # noqa: BLE001 - fail closed, whatever went wrong
                log.warning("privacy gate: layer %s failed (%s); utterance blocked", name, type(err).__name__)
                fired.append("error")
                continue
            if found:
                fired.append(name)
                categories.update(dict.fromkeys(found))
        order = {c: i for i, c in enumerate(CATEGORIES)}
        ordered = tuple(sorted(categories, key=lambda c: (order.get(c, len(order)), c)))
        return Verdict(
            blocked=bool(fired),
            categories=ordered,
            layers=tuple(dict.fromkeys(fired)),
            pii=spans,
            redacted_text=redacted,
        )


def taxonomy_layer(classifier) -> Callable[[str, str], tuple[str, ...]]:
    """The topic classifier's sensitive taxonomy nodes, mapped to their `sensitive_category`.

    Categories outside the GDPR set that the taxonomy marks sensitive (e.g. "gambling") pass through as named.
    """
    taxonomy = classifier.taxonomy

    def detect(original: str, redacted: str) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for topic in classifier.sensitive_topics(redacted):
            node = taxonomy.get(topic.id)
            found[(node.sensitive_category if node is not None else None) or "sensitive"] = None
        return tuple(found)

    return detect
