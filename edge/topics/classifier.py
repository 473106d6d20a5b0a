"""Topic classifier: sentence embedding (+ hashed n-grams) -> head (ONNX) -> probabilities over taxonomy nodes +
"no interest".

The head is a small MLP over the shared sentence embedding. The encoder is English, so the head also reads the
text's hashed word and character n-grams (`edge.privacy.ngrams`, table `topic_ngrams.npy`): one learned logit per
bucket for each tier-1 branch and for "no interest", added to every label of that branch. They carry the German,
Spanish, French and Italian words for commands and interests that the English encoder reads poorly.

Decision rule (the same code scores the held-out sets in models/topics/train.py):

1. `interest = 1 - p(no interest)`; below the calibrated threshold of the text's language (`threshold` for
   English, `language_thresholds` for German, Spanish, French and Italian) the text yields no topic.
2. The best tier-1 branch (summed probability of its nodes) wins. If it is sensitive, or its best node is, or the
   sensitive labels together reach `SENSITIVE_VETO` ("does insulin need to be refrigerated": Cooking 0.66,
   Medical Health 0.26), `classify` returns nothing: a sensitive text must not leak as its runner-up topic.
3. Returned: the winning branch's tier-1 node (score = branch mass), any other non-sensitive branch above
   `secondary_threshold`, and each dominant non-sensitive tier-2 child. Best first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from edge.errors import ModelError, UsageError
from edge.privacy import ngrams
from edge.topics.encoder import Encoded, TextEncoder, open_session, topics_dir
from edge.topics.language import language, load_table
from edge.topics.taxonomy import Node, Taxonomy
from edge.topics.text import content_words, passages
from edge.types import Topic

SIDECAR_FILE = "topics.json"
NO_INTEREST = "none"
MIN_CONTENT_WORDS = 2
_MISMATCHED_TABLE = "topic head and n-gram table do not belong together; rebuild them with models/topics/train.py"
SENSITIVE_VETO = 0.2
"""Sensitive labels holding this much of the probability together veto any topic: when unsure, nothing leaves."""


@dataclass(frozen=True)
class Calibration:
    """What the training script stores beside the head: labels and decision thresholds."""

    version: str
    labels: tuple[str, ...]
    threshold: float
    secondary_threshold: float
    sensitive_threshold: float
    head: str = "head.onnx"
    ngrams: str | None = None
    """The n-gram table the head reads (None: a head over the embedding alone)."""
    language_thresholds: dict[str, float] = field(default_factory=dict)
    """The interest a text in another language of use needs ("de" -> 0.7), calibrated on that language's
    spoken requests: the encoder is English and guesses more there. A language without one uses `threshold`."""
    narrow_ngram_languages: tuple[str, ...] = ()
    """Languages whose utterance-sized texts read only the sensitive branches' n-gram columns ("en": the encoder's
    own language, where the other columns only learned the training requests' words); long texts and the other
    languages read every column."""

    def interest_threshold(self, lang: str | None) -> float:
        return self.language_thresholds.get(lang, self.threshold) if lang else self.threshold

    def ngram_columns(self, sensitive: np.ndarray, passage_count: int, lang: str) -> np.ndarray:
        """0/1 per n-gram column that a text of `passage_count` passages in language `lang` reads: every one, or
        only the `sensitive` ones (`sensitive_columns`). The training script applies the same masks."""
        if passage_count > 1 or lang not in self.narrow_ngram_languages:
            return np.ones_like(sensitive)
        return sensitive

    @classmethod
    def read(cls, path: Path) -> Calibration:
        if not path.is_file():
            raise ModelError(
                f"topic model sidecar not found: {path}; reinstall edge or rebuild it with models/topics/train.py"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                version=str(data["version"]),
                labels=tuple(data["labels"]),
                threshold=float(data["threshold"]),
                secondary_threshold=float(data["secondary_threshold"]),
                sensitive_threshold=float(data["sensitive_threshold"]),
                head=str(data.get("head", "head.onnx")),
                ngrams=str(data["ngrams"]) if data.get("ngrams") else None,
                language_thresholds={str(k): float(v) for k, v in data.get("language_thresholds", {}).items()},
                narrow_ngram_languages=tuple(str(x) for x in data.get("narrow_ngram_languages", ())),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise ModelError(
                f"topic model sidecar {path} is corrupt ({type(err).__name__}); rebuild it with models/topics/train.py"
            ) from None


def sensitive_columns(branches: Sequence[Node]) -> np.ndarray:
    """1 for the n-gram column of each sensitive tier-1 branch, 0 for the others and for "no interest" (last)."""
    return np.array([float(branch.sensitive) for branch in branches] + [0.0], dtype=np.float32)


@dataclass(frozen=True)
class HeadReading:
    """The topic head's view of one text: its probability on "no interest", the probability its sensitive labels
    hold together, and whether the decision rule gives the text a topic."""

    no_interest: float
    sensitive_mass: float
    has_topic: bool


class TopicClassifier:
    """`classify(text)` -> interest topics; `sensitive_topics(text)` -> sensitive nodes for the privacy gate."""

    def __init__(
        self,
        encoder: TextEncoder,
        head_session,
        calibration: Calibration,
        taxonomy: Taxonomy,
        ngram_table: np.ndarray | None = None,
    ) -> None:
        self.encoder = encoder
        self.taxonomy = taxonomy
        self.calibration = calibration
        self._head = head_session
        self._table = ngram_table
        reads_ngrams = "ngram_logits" in {i.name for i in head_session.get_inputs()}
        if reads_ngrams != (ngram_table is not None):
            raise ModelError(_MISMATCHED_TABLE)
        labels = calibration.labels
        if NO_INTEREST not in labels or any(label != NO_INTEREST and label not in taxonomy for label in labels):
            raise ModelError("topic model labels do not match the taxonomy; rebuild it with models/topics/train.py")
        width = head_session.get_outputs()[0].shape[-1]
        if width != len(labels):
            raise ModelError(
                f"topic head has {width} outputs for {len(labels)} labels; rebuild it with models/topics/train.py"
            )
        self._none = labels.index(NO_INTEREST)
        nodes = [taxonomy[label] if label != NO_INTEREST else None for label in labels]
        branches = sorted({node.tier1 for node in nodes if node is not None})
        self._branches = [taxonomy.by_path(name) for name in branches]
        # membership[i, j] = 1 when label j belongs to branch i: branch mass = membership @ p
        self._membership = np.array(
            [[1.0 if node is not None and node.tier1 == b else 0.0 for node in nodes] for b in branches],
            dtype=np.float32,
        )
        self._nodes = nodes
        self._sensitive_labels = np.array(
            [node is not None and (node.sensitive or taxonomy.by_path(node.tier1).sensitive) for node in nodes]
        )
        self._sensitive_columns = sensitive_columns(self._branches)

    @classmethod
    def load(
        cls,
        model_dir: str | Path | None = None,
        *,
        threads: int = 1,
        encoder: TextEncoder | None = None,
        taxonomy: Taxonomy | None = None,
    ) -> TopicClassifier:
        """The shipped classifier. Pass `encoder` to share one TextEncoder (and its cache) with the privacy gate."""
        folder = Path(model_dir) if model_dir is not None else topics_dir()
        calibration = Calibration.read(folder / SIDECAR_FILE)
        encoder = encoder or TextEncoder.load(folder, threads=threads)
        head = open_session(folder / calibration.head, threads)
        table = None
        if calibration.ngrams:
            width = {i.name: i.shape[-1] for i in head.get_inputs()}.get("ngram_logits")
            if not isinstance(width, int):
                raise ModelError(_MISMATCHED_TABLE)
            fix = "reinstall edge or rebuild it with models/topics/train.py"
            table = ngrams.read_table(folder / calibration.ngrams, "topic n-gram table", width, fix)
        load_table()  # the language table, so that a missing one fails here and not on the first utterance
        return cls(encoder, head, calibration, taxonomy or Taxonomy.load(), table)

    # --- scoring -----------------------------------------------------------------------------------

    def probabilities(
        self, embeddings: np.ndarray, texts: Sequence[str], columns: np.ndarray | None = None
    ) -> np.ndarray:
        """Head output for (n, dim) embeddings of the n `texts`: (n, len(labels)) probabilities. `columns`, when
        given, says which n-gram columns the texts read: 0/1 of shape (columns,) for all, or (n, columns)."""
        if self._table is None:
            return self._run_head(embeddings, [], None)
        return self._run_head(embeddings, [ngrams.hashes(text) for text in texts], columns)

    def ngram_columns(self, passage_count: int, lang: str) -> np.ndarray:
        """0/1 per n-gram column (the tier-1 branches, then "no interest") that a text of `passage_count`
        passages in language `lang` reads."""
        return self.calibration.ngram_columns(self._sensitive_columns, passage_count, lang)

    def _run_head(
        self, embeddings: np.ndarray, text_hashes: Sequence[np.ndarray], columns: np.ndarray | None
    ) -> np.ndarray:
        feeds = {"embedding": np.asarray(embeddings, dtype=np.float32)}
        if self._table is not None:
            if len(text_hashes) != len(feeds["embedding"]):
                raise UsageError(f"{len(text_hashes)} texts for {len(feeds['embedding'])} embeddings")
            rows = np.asarray([ngrams.pooled(self._table, h) for h in text_hashes], dtype=np.float32)
            rows = rows.reshape(len(text_hashes), self._table.shape[1])
            feeds["ngram_logits"] = rows if columns is None else rows * columns
        return self._head.run(None, feeds)[0]

    def text_probabilities(self, text: str, lang: str | None = None) -> np.ndarray:
        """Probabilities for one text (in `lang`, detected when not given); a long text (a post) averages over its
        leading passages."""
        if not isinstance(text, str):
            raise UsageError("TopicClassifier takes a text string")
        pieces = passages(text)
        columns = self.ngram_columns(len(pieces), lang or language(text))
        return self.probabilities(self.encoder.encode(pieces), pieces, columns).mean(axis=0)

    def encoded_probabilities(self, encoded: Encoded) -> np.ndarray:
        """Probabilities for an already encoded text (the privacy gate's `Encoded`; a long text's leading passages):
        no encoder pass, and the head runs once per text however often it is asked (kept, read-only, in
        `encoded.head_outputs`)."""
        probs = encoded.head_outputs.get(self)
        if probs is None:
            lead = encoded.leading
            columns = self.ngram_columns(len(encoded.passages[lead]), encoded.language)
            text_hashes = encoded.ngram_hashes[lead] if self._table is not None else ()
            probs = self._run_head(encoded.embeddings[lead], text_hashes, columns).mean(axis=0)
            probs.setflags(write=False)
            encoded.head_outputs[self] = probs
        return probs

    def reading(self, encoded: Encoded) -> HeadReading:
        """What the topic head makes of an encoded text, for the privacy gate's second opinion (`TopicRelease`)."""
        probs = self.encoded_probabilities(encoded)
        return HeadReading(
            no_interest=float(probs[self._none]),
            sensitive_mass=float(probs[self._sensitive_labels].sum()),
            has_topic=bool(self.topics_from_probabilities(probs, encoded.language)),
        )

    def branch_mass(self, probs: np.ndarray) -> np.ndarray:
        return self._membership @ probs

    # --- decisions ---------------------------------------------------------------------------------

    def topics_from_probabilities(self, probs: np.ndarray, lang: str | None = None) -> list[Topic]:
        """The decision rule (module docstring) for one text's probabilities; `lang`: its language of use."""
        cal = self.calibration
        if 1.0 - probs[self._none] < cal.interest_threshold(lang):
            return []
        mass = self.branch_mass(probs)
        best = int(np.argmax(mass))
        if self._branches[best].sensitive or self._best_node(probs, self._branches[best].label).sensitive:
            return []
        if float(probs[self._sensitive_labels].sum()) >= SENSITIVE_VETO:
            return []
        topics = []
        for index, branch in enumerate(self._branches):
            if branch.sensitive or (index != best and mass[index] < cal.secondary_threshold):
                continue
            topics.append(Topic(branch.id, branch.label, branch.tier1, float(mass[index])))
            floor = max(cal.secondary_threshold, 0.5 * float(mass[index]))
            for label_index, node in enumerate(self._nodes):
                if (
                    node is not None
                    and node.tier == 2
                    and node.tier1 == branch.label
                    and not node.sensitive
                    and probs[label_index] >= floor
                ):
                    topics.append(Topic(node.id, node.label, node.tier1, float(probs[label_index])))
        return sorted(topics, key=lambda t: -t.score)

    def sensitive_from_probabilities(self, probs: np.ndarray) -> list[Topic]:
        threshold = self.calibration.sensitive_threshold
        mass = self.branch_mass(probs)
        found = [
            Topic(b.id, b.label, b.tier1, float(m))
            for b, m in zip(self._branches, mass)
            if b.sensitive and m >= threshold
        ]
        found += [
            Topic(node.id, node.label, node.tier1, float(p))
            for node, p in zip(self._nodes, probs)
            if node is not None and node.sensitive and node.tier == 2 and p >= threshold
        ]
        return sorted(found, key=lambda t: -t.score)

    def top_branch(self, probs: np.ndarray, lang: str | None = None) -> str | None:
        """The tier-1 label the model puts first, sensitive or not; None below the interest threshold."""
        if 1.0 - probs[self._none] < self.calibration.interest_threshold(lang):
            return None
        return self._branches[int(np.argmax(self.branch_mass(probs)))].label

    def _best_node(self, probs: np.ndarray, branch: str):
        candidates = [(p, node) for node, p in zip(self._nodes, probs) if node is not None and node.tier1 == branch]
        return max(candidates, key=lambda pair: pair[0])[1]

    # --- public API --------------------------------------------------------------------------------

    def classify(self, text: str) -> list[Topic]:
        """Non-sensitive interest topics above the calibrated threshold, best first; [] for no interest.

        A text with fewer than two content words ("Sure.", "Yes, please.", "I see") carries no interest,
        whatever the model would guess from it.
        """
        if not isinstance(text, str):
            raise UsageError("TopicClassifier takes a text string")
        if len(content_words(text)) < MIN_CONTENT_WORDS:
            return []
        lang = language(text)
        return self.topics_from_probabilities(self.text_probabilities(text, lang), lang)

    def classify_encoded(self, encoded: Encoded) -> list[Topic]:
        """`classify` for a text the privacy gate already encoded: the topic head runs once, the encoder never."""
        if len(content_words(encoded.text)) < MIN_CONTENT_WORDS:
            return []
        return self.topics_from_probabilities(self.encoded_probabilities(encoded), encoded.language)

    def sensitive_topics(self, text: str) -> list[Topic]:
        """Sensitive taxonomy nodes above the recall-tuned threshold, best first (for the privacy gate)."""
        return self.sensitive_from_probabilities(self.text_probabilities(text))
