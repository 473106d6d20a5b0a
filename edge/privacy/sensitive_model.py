"""The sensitive model: per-category scores from context, with the lexicon's proposals as one of its inputs.

Per passage, three inputs meet in one small int8 ONNX head (`models/privacy/sensitive_head.onnx`, trained by
`models/privacy/train_sensitive.py`):

- the shared sentence embedding (the same `Encoded` the topic head reads: one encoder pass per utterance);
- the lexicon's proposals, one 0/1 per category: a curated word says "maybe", the model weighs it against the
  rest of the sentence ("church" in "Church Street bakery", "dead" in "Grateful Dead");
- hashed word and character n-grams (`edge.privacy.ngrams`, table `sensitive_ngrams.npy`), which carry cues the
  English encoder misses, in German, Spanish, French and Italian especially.

`sensitive_head.json` holds the categories and the thresholds: one set for utterances, one for long texts (posts,
e-mails), each chosen on its own kind of text, and for utterances in German, Spanish, French or Italian (as
`edge.topics.language` detects them) a set of their own where that language's ordinary dev sentences needed
higher bars. A long text is scored per passage, every passage of it; the long-text head
(`edge.privacy.post_head`) decides the categories long training texts cover from the leading passages at once
(subject and first three windows, as it was trained), a passage anywhere fires one of them when it scores far
above its long-text threshold, and any other category fires when a passage reaches that threshold. What a long
text quotes or signs (quoted replies, signature, text after a dashed line: `Encoded.own`) is held to the same
passage rules with `ASIDE_MARGIN` on top.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from edge.errors import ModelError
from edge.home import models_dir
from edge.privacy import ngrams
from edge.privacy.lexicon import CATEGORIES, Lexicon
from edge.privacy.ngrams import pooled
from edge.privacy.post_head import POST_HEAD_FILE, PostHead
from edge.topics.encoder import Encoded, TextEncoder
from edge.topics.language import language, load_table

ASIDE_MARGIN = 2.0
"""How much more than a long text's own passage a quoted or signed passage must score to fire. Chosen on the 20
Newsgroups dev posts against the long-text false-block budget (`train_sensitive.LONG_BUDGETS`, 0.065): with no
margin the set-aside text raised false blocks from 0.058 to 0.085; at 1.5, 2, 3 they were 0.070, 0.065 and 0.061,
and a training-half disclosure put after a signature marker or in a quoted reply of an ordinary post was blocked
0.58, 0.49 and 0.43 of the time (0.06 while the gate did not read that text). Signatures name medical schools and
quote political slogans; quoted replies argue with other posters."""

HEAD_FILE = "sensitive_head.onnx"
NGRAM_FILE = "sensitive_ngrams.npy"
SIDECAR_FILE = "sensitive_head.json"
_FIX = "reinstall edge or rebuild it with models/privacy/train_sensitive.py"


def privacy_dir() -> Path:
    return models_dir() / "privacy"


@dataclass(frozen=True)
class HeadConfig:
    """What the training script writes beside the head."""

    version: str
    categories: tuple[str, ...]
    thresholds: tuple[float, ...]
    head: str = HEAD_FILE
    ngrams: str = NGRAM_FILE
    proposal_factor: float = 1.0
    """A category the lexicon proposed fires at this fraction of its threshold: the proposal lowers the bar, the
    sentence still has to clear it."""
    long_thresholds: tuple[float, ...] | None = None
    """Thresholds for long texts (posts, e-mails: more than one passage), chosen on long posts; None: the same."""
    language_thresholds: dict[str, tuple[float, ...]] = field(default_factory=dict)
    """Utterance thresholds for a detected language other than English; a language not named uses `thresholds`."""

    @classmethod
    def read(cls, path: Path) -> HeadConfig:
        if not path.is_file():
            raise ModelError(f"sensitive model sidecar not found: {path}; {_FIX}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            categories = tuple(str(c) for c in data["categories"])
            thresholds = tuple(float(data["thresholds"][c]) for c in categories)
            config = cls(
                str(data["version"]),
                categories,
                thresholds,
                str(data.get("head", HEAD_FILE)),
                str(data.get("ngrams", NGRAM_FILE)),
                float(data.get("proposal_factor", 1.0)),
                tuple(float(data["long_thresholds"][c]) for c in categories) if "long_thresholds" in data else None,
                {
                    str(lang): tuple(float(values[c]) for c in categories)
                    for lang, values in data.get("language_thresholds", {}).items()
                },
            )
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ModelError(f"sensitive model sidecar {path} is corrupt ({type(err).__name__}); {_FIX}") from None
        if categories != CATEGORIES:
            raise ModelError(
                f"sensitive model sidecar {path} names categories {list(categories)}, not {list(CATEGORIES)}; {_FIX}"
            )
        return config


def read_table(path: Path) -> np.ndarray:
    """The n-gram table (buckets, categories), or a ModelError."""
    return ngrams.read_table(path, "sensitive n-gram table", len(CATEGORIES), _FIX)


@dataclass(frozen=True)
class Decision:
    """The model's answer for one text: fired categories, and those of them the lexicon had proposed."""

    categories: tuple[str, ...]
    proposed: tuple[str, ...]
    scores: np.ndarray
    thresholds: np.ndarray
    """The thresholds the text was held to (`thresholds_for`), before a lexicon proposal lowered any."""

    @property
    def strength(self) -> float:
        """The highest score as a multiple of its threshold (a lexicon proposal's lower bar not counted): how far
        over the line the strongest category is, which the gate's second opinions weigh."""
        return float(np.max(self.scores / self.thresholds))


@dataclass(frozen=True)
class PassageScores:
    """One text's per-passage scores, (passages, categories), and what they are held to."""

    scores: np.ndarray
    thresholds: np.ndarray
    """The text's thresholds (`thresholds_for`), one per category."""
    bar: np.ndarray
    """Per passage and category: the threshold, lowered by the proposal factor where the lexicon proposed."""
    proposals: np.ndarray
    """The lexicon's 0/1 proposals per passage."""


class SensitiveModel:
    """`decide(original, encoded)` -> the categories at or above their threshold (see the module docstring)."""

    def __init__(
        self,
        encoder: TextEncoder,
        head_session: Any,
        table: np.ndarray,
        lexicon: Lexicon,
        config: HeadConfig,
        post_head: PostHead | None = None,
    ) -> None:
        self.encoder = encoder
        self.lexicon = lexicon
        self.config = config
        self.post_head = post_head
        """None: long texts by the passage rule alone (as when training the long-text head)."""
        self._head = head_session
        self._table = table
        self._thresholds = np.asarray(config.thresholds, dtype=np.float32)
        self._long_thresholds = np.asarray(config.long_thresholds or config.thresholds, dtype=np.float32)
        self._language_thresholds = {
            lang: np.asarray(values, dtype=np.float32) for lang, values in config.language_thresholds.items()
        }
        width = head_session.get_outputs()[0].shape[-1]
        if width != len(config.categories):
            raise ModelError(f"sensitive head has {width} outputs for {len(config.categories)} categories; {_FIX}")

    @classmethod
    def load(
        cls,
        folder: str | Path | None = None,
        *,
        encoder: TextEncoder | None = None,
        lexicon: Lexicon | None = None,
        threads: int = 1,
        post_head: bool = True,
    ) -> SensitiveModel:
        """The shipped model. Pass `encoder` (the topic classifier's) so that one encoder serves both heads;
        `post_head=False` leaves the long-text head out (the passage rule decides every category of a long text)."""
        from edge.topics.encoder import open_session

        folder = Path(folder) if folder is not None else privacy_dir()
        config = HeadConfig.read(folder / SIDECAR_FILE)
        posts = PostHead.read(folder / POST_HEAD_FILE, config.categories) if post_head else None
        table = read_table(folder / config.ngrams)
        encoder = encoder or TextEncoder.load(threads=threads)
        if posts is not None and posts.weights.shape[1] != len(config.categories) + encoder.dim:
            raise ModelError(f"long-text head {folder / POST_HEAD_FILE} was trained for another encoder; {_FIX}")
        session = onnx_session(open_session, folder / config.head, threads)
        if config.language_thresholds:
            load_table()  # fail here, not on the first utterance
        return cls(encoder, session, table, lexicon or Lexicon.load(), config, posts)

    def passage_inputs(self, original: str, encoded: Encoded) -> tuple[np.ndarray, np.ndarray]:
        """(lexicon proposals, n-gram logits) per passage. An utterance's proposals come from the original
        text, so a sensitive word that PII redaction took for a name ("Christian") still counts."""
        if len(encoded.passages) == 1:
            lexicon = [self.lexicon.vector(original)]
        else:
            lexicon = [self.lexicon.vector(p) for p in encoded.passages]
        ngrams = [pooled(self._table, h) for h in encoded.ngram_hashes]
        return np.asarray(lexicon, dtype=np.float32), np.asarray(ngrams, dtype=np.float32)

    def head_scores(self, embeddings: np.ndarray, lexicon: np.ndarray, ngrams: np.ndarray) -> np.ndarray:
        """(n, dim) embeddings, (n, categories) proposals and n-gram logits -> (n, categories) scores in [0, 1]."""
        feeds = {
            "embedding": np.asarray(embeddings, dtype=np.float32),
            "lexicon": np.asarray(lexicon, dtype=np.float32),
            "ngram_logits": np.asarray(ngrams, dtype=np.float32),
        }
        return self._head.run(None, feeds)[0]

    def passage_scores(self, original: str, encoded: Encoded) -> PassageScores:
        """Each passage's scores and the bar each score must reach (also what the long-text head trains on)."""
        lexicon, ngrams = self.passage_inputs(original, encoded)
        thresholds = self.thresholds_for(original, encoded)
        return PassageScores(
            self.head_scores(encoded.embeddings, lexicon, ngrams),
            thresholds,
            np.where(lexicon > 0, thresholds * self.config.proposal_factor, thresholds),
            lexicon,
        )

    def decide(self, original: str, encoded: Encoded) -> Decision:
        scored = self.passage_scores(original, encoded)
        per_passage, bar, lexicon = scored.scores, scored.bar, scored.proposals
        fired_rows = np.asarray(per_passage >= bar)
        names = self.config.categories
        # what one passage of a long text must reach alone: the long-text head's categories `passage_margin` times
        # their threshold, the others their threshold
        decided = np.array([self.post_head is not None and c in self.post_head.decided for c in names])
        margins = np.where(decided, self.post_head.passage_margin if self.post_head else 1.0, 1.0).astype(np.float32)
        if self.post_head is not None and encoded.passages != (encoded.text,):
            # The long-text head reads the leading passages, as it was trained; every passage is held to the
            # passage rules, so a disclosure at the end of a long e-mail is read as one at its start.
            lead = encoded.leading
            by_post = self.post_head.fired(per_passage[lead], encoded.embeddings[lead])
            alone = per_passage >= bar * margins
            fired_rows = np.where(decided, np.array([c in by_post for c in names]) | alone, fired_rows)
        if encoded.own is not None and encoded.own < len(encoded.passages):
            aside = slice(encoded.own, None)
            fired_rows[aside] = per_passage[aside] >= bar[aside] * (margins * ASIDE_MARGIN)
        fired = np.asarray(fired_rows.any(axis=0)).tolist()
        proposed = np.asarray((fired_rows & (lexicon > 0)).any(axis=0)).tolist()
        return Decision(
            tuple(c for c, hit in zip(names, fired) if hit),
            tuple(c for c, hit in zip(names, proposed) if hit),
            per_passage.max(axis=0),
            scored.thresholds,
        )

    def thresholds_for(self, original: str, encoded: Encoded) -> np.ndarray:
        """Long texts get the long-text thresholds; an utterance its detected language's, if it has its own."""
        if encoded.passages != (encoded.text,):
            return self._long_thresholds
        if not self._language_thresholds:
            return self._thresholds
        lang = encoded.language if original == encoded.text else language(original)
        return self._language_thresholds.get(lang, self._thresholds)

    def scores(self, text: str) -> dict[str, float]:
        """Per-category scores of `text` as it stands (no PII redaction), for inspection and tests."""
        decision = self.decide(text, self.encoder.encode_text(text))
        return {c: float(s) for c, s in zip(self.config.categories, decision.scores)}

    def categories(self, text: str) -> tuple[str, ...]:
        return self.decide(text, self.encoder.encode_text(text)).categories


def onnx_session(open_session: Any, path: Path, threads: int) -> Any:
    """The head's session, checked to take the three inputs this module feeds."""
    session = open_session(path, threads)
    names = {i.name for i in session.get_inputs()}
    if names != {"embedding", "lexicon", "ngram_logits"}:
        raise ModelError(f"{path} is not an edge sensitive head (inputs {sorted(names)}); {_FIX}")
    return session
