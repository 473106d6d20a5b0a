"""The public API: source → segmenter → recognizer → privacy gate → topic classifier → interest profile.

    from edge import Pipeline, PipelineConfig, samples
    for event in Pipeline(PipelineConfig()).run(samples.conversation()):  # or a WAV path, "mic", "-", "bridge://..."
        print(event.to_json())

Text exists only inside one utterance's trip through `run`; events carry it to the local app, and nothing
here writes, logs or sends it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edge.errors import PrivacyError
from edge.types import Partial, SpeechAudio, SpeechEnded, SpeechPaused, SpeechStarted, Topic, Utterance, Verdict, Word

if TYPE_CHECKING:
    from edge.asr import Recognizer
    from edge.audio import AudioSource
    from edge.privacy import PrivacyGate
    from edge.tokens import InterestProfile
    from edge.topics import TopicClassifier

log = logging.getLogger(__name__)

MIN_SPEECH_RATIO = 0.25
"""An utterance the voice-activity model heard as speech for less than this share of its audio is noise that slipped
through (real utterances measure 0.47-0.92 on the real recordings of benchmarks/real_speech.py); it yields nothing."""

CONTEXT_GAP_S = 10.0
"""A recognizer that reads each utterance with the previous one's text as context (Whisper) forgets it when the
next utterance starts more than this many seconds later, when the stream ends, and after a blocked utterance or
one with personal data."""


@dataclass
class PipelineConfig:
    """What to run. The defaults are the full privacy pipeline on the automatically chosen ASR engine."""

    engine: str = "auto"
    vosk_model: str | Path | None = None
    language: str = "en"  # what is spoken; no engine is picked for another language
    partials: bool = True
    gate: bool = True
    topics: bool = True
    record_profile: bool = False
    chunk_ms: int = 30
    show_blocked_text: bool = False
    """A blocked utterance's event says "[sensitive: CATEGORY]" instead of its text; True shows the app the
    PII-redacted text instead (it still gets no topic, and nothing of it is recorded)."""


@dataclass(frozen=True)
class TextResult:
    """What the privacy gate and the topic classifier made of one text."""

    verdict: Verdict
    topics: tuple[Topic, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "topics": [t.to_json() for t in self.topics],
            "sensitive": {"blocked": self.verdict.blocked, "categories": list(self.verdict.categories)},
            "pii": [p.to_json() for p in self.verdict.pii],
        }


@dataclass(frozen=True)
class UtteranceResult:
    """One finished utterance with its verdict and topics (the pipeline's main event)."""

    index: int
    utterance: Utterance
    analysis: TextResult | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "utterance", "index": self.index, **self.utterance.to_json()}
        if self.analysis is not None:
            # The pipeline built this event with every text field already redacted (see `shown_result`).
            out["text"] = self.analysis.verdict.redacted_text
            out.update(self.analysis.to_json())
        return out


def withheld_text(verdict: Verdict) -> str:
    """What a blocked utterance shows instead of its text: "[sensitive: health]", "[sensitive: health, religion]"."""
    return f"[sensitive: {', '.join(verdict.categories)}]" if verdict.categories else "[sensitive]"


def shown_result(
    index: int, utterance: Utterance, analysis: TextResult | None, *, gated: bool, show_blocked_text: bool = False
) -> UtteranceResult:
    """The event the app receives for one utterance: every text-bearing field redacted the same way.

    Allowed utterance: the text is the gate's redacted text and every other field (words, anything added later)
    goes through `edge.privacy.pii.redact_fields`, so the words of a PII span become one placeholder word.
    Blocked utterance: text and words say `withheld_text` (one word over the utterance's time range) and no PII
    span is listed, unless `show_blocked_text`. Without the gate (`gated` False) nothing is redacted. Fails
    closed: if redaction fails, the event carries "[withheld]" and no words.
    """
    if analysis is None or not gated:
        return UtteranceResult(index, utterance, analysis)
    verdict = analysis.verdict
    try:
        if verdict.blocked and not show_blocked_text:
            text = withheld_text(verdict)
            words = (Word(text, utterance.start, utterance.end, utterance.confidence),) if utterance.words else ()
            shown = replace(utterance, text=text, words=words)
            verdict = replace(verdict, pii=(), redacted_text=text)
        else:
            from edge.privacy.pii import redact_fields

            shown = replace(redact_fields(utterance), text=verdict.redacted_text)
    except Exception as err:  # fail closed: no text rather than an unredacted one
        log.warning("utterance %d: redaction failed (%s); text withheld", index, type(err).__name__)
        shown = replace(utterance, text="[withheld]", words=())
        verdict = replace(verdict, pii=(), redacted_text="[withheld]")
    return UtteranceResult(index, shown, replace(analysis, verdict=verdict))


Event = Partial | UtteranceResult


class TextAnalyzer:
    """Privacy gate first, then the topic classifier on the redacted text; a blocked text gets no topic."""

    def __init__(self, gate: PrivacyGate | None, classifier: TopicClassifier | None) -> None:
        self.gate = gate
        self.classifier = classifier

    @classmethod
    def load(cls, *, gate: bool = True, topics: bool = True) -> TextAnalyzer:
        from edge.privacy import PrivacyGate
        from edge.topics import TopicClassifier

        classifier = TopicClassifier.load() if topics or gate else None
        privacy_gate = PrivacyGate.load(classifier=classifier) if gate else None
        return cls(privacy_gate, classifier if topics else None)

    def analyze(self, text: str) -> TextResult:
        """The gate's verdict and, for an allowed text, its topics. The gate's encoder pass is reused by the
        topic head, so each utterance is encoded once."""
        if self.gate is not None:
            verdict, encoded = self.gate.assess(text)
        else:
            verdict, encoded = Verdict(blocked=False, redacted_text=text), None
        if verdict.blocked or self.classifier is None:
            return TextResult(verdict)
        try:
            if encoded is not None and encoded.embeddings.shape[1] == self.classifier.encoder.dim:
                topics = tuple(self.classifier.classify_encoded(encoded))
            else:
                topics = tuple(self.classifier.classify(verdict.redacted_text))
        except Exception as err:  # fail closed: a broken classifier yields no topic, never text
            log.warning("topic classifier failed (%s); utterance yields no topic", type(err).__name__)
            topics = ()
        return TextResult(verdict, topics)


@dataclass
class _Current:
    start: float = 0.0
    active: bool = False
    partial: str = ""
    index: int = 0
    last_end: float | None = None  # when the previous utterance ended (seconds into the stream)


@dataclass
class Pipeline:
    """Runs audio sources through every stage; build once, `run` many sources."""

    config: PipelineConfig = field(default_factory=PipelineConfig)
    recognizer: Recognizer | None = None
    analyzer: TextAnalyzer | None = None
    profile: InterestProfile | None = None
    engine_reason: str = ""

    def __post_init__(self) -> None:
        if self.recognizer is None:
            from edge.asr import load_recognizer

            self.recognizer, self.engine_reason = load_recognizer(
                self.config.engine,
                vosk_model=self.config.vosk_model,
                language=self.config.language,
                whisper_partials=self.config.partials,
            )
        if self.analyzer is None and (self.config.gate or self.config.topics):
            self.analyzer = TextAnalyzer.load(gate=self.config.gate, topics=self.config.topics)
        if self.profile is None and self.config.record_profile:
            from edge.tokens import InterestProfile

            self.profile = InterestProfile.open()

    def run(self, source: str | AudioSource) -> Iterator[Event]:
        """Yield partials (if enabled) and one `UtteranceResult` per utterance, as they happen."""
        from edge.audio import Segmenter, open_source

        src = open_source(source, chunk_ms=self.config.chunk_ms) if isinstance(source, str) else source
        segmenter = Segmenter()
        state = _Current()
        with src:
            try:
                for chunk in src:
                    yield from self._steps(segmenter.process(chunk), state, src)
                yield from self._steps(segmenter.flush(), state, src)
            finally:
                if state.active:
                    src.indicate_capture(False)
                self._forget_context()

    def _forget_context(self) -> None:
        forget = getattr(self.recognizer, "forget", None)
        if forget is not None:
            forget()

    def _shown(self, partial: str) -> str:
        """A partial as the app may see it. With the privacy gate on, a partial is judged like a final: a blocked
        one says "[sensitive: CATEGORY]" (unless `show_blocked_text`); any other is redacted like every text
        field, with every run of four or more digits masked too, since a partial can end inside a number being
        dictated ("it is 5 5 5 2 1 2"), too short yet to be a phone number."""
        if self.analyzer is None or self.analyzer.gate is None:
            return partial
        from edge.privacy.pii import redact_fields

        try:
            verdict = self.analyzer.gate.check(partial)
            if verdict.blocked and not self.config.show_blocked_text:
                return withheld_text(verdict)
            return redact_fields(Partial(0.0, partial), caption=True).text
        except Exception as err:  # fail closed: no caption rather than an unredacted one
            log.warning("PII redaction of a partial failed (%s); partial hidden", type(err).__name__)
            return ""

    def _steps(self, events: Iterator[object], state: _Current, src: AudioSource) -> Iterator[Event]:
        for event in events:
            result = self._step(event, state, src)
            if result is not None:
                yield result

    def _step(self, event: object, state: _Current, src: AudioSource) -> Event | None:
        assert self.recognizer is not None
        if isinstance(event, SpeechStarted):
            if state.last_end is not None and event.start - state.last_end > CONTEXT_GAP_S:
                self._forget_context()
            state.start, state.active, state.partial = event.start, True, ""
            src.indicate_capture(True)
            return None
        if isinstance(event, SpeechAudio):
            partial = self.recognizer.accept(event.samples)
            if self.config.partials and partial and partial != state.partial:
                state.partial = partial
                return Partial(state.start, self._shown(partial))
            return None
        if isinstance(event, SpeechPaused):
            prepare = getattr(self.recognizer, "prepare", None)
            if prepare is not None and src.realtime:  # live audio: decode during the end-of-speech wait
                prepare()
            return None
        if isinstance(event, SpeechEnded):
            state.active = False
            src.indicate_capture(False)
            state.last_end = event.end
            transcript = self.recognizer.finish()
            if not transcript.text.strip() or event.speech_ratio < MIN_SPEECH_RATIO:
                self._forget_context()  # what is dropped is no utterance's context either
                return None
            words = tuple(replace(w, start=w.start + state.start, end=w.end + state.start) for w in transcript.words)
            utterance = Utterance(
                start=state.start,
                end=event.end,
                text=transcript.text.strip(),
                engine=self.recognizer.name,
                words=words,
                confidence=transcript.confidence,
            )
            analysis = self.analyzer.analyze(utterance.text) if self.analyzer else None
            if analysis and (analysis.verdict.blocked or analysis.verdict.pii):
                # Neither a sensitive text nor personal data is kept as the next one's context: a number read as
                # context also drew Whisper to write the next utterance as its continuation.
                self._forget_context()
            if analysis and self.profile and analysis.topics and not analysis.verdict.blocked:
                try:
                    self.profile.record(list(analysis.topics))
                except PrivacyError as err:  # defence in depth: the profile refused a topic; record nothing
                    log.warning("utterance %d: profile refused its topics (%s)", state.index, type(err).__name__)
            if analysis and self.profile and analysis.verdict.blocked:
                self.profile.record_held(analysis.verdict.categories)  # a count per category for the owner, no text
            state.index += 1
            gated = self.analyzer is not None and self.analyzer.gate is not None
            return shown_result(
                state.index - 1, utterance, analysis, gated=gated, show_blocked_text=self.config.show_blocked_text
            )
        return None


def transcribe(
    source: str | AudioSource, *, engine: str = "auto", vosk_model: str | Path | None = None
) -> Iterator[Utterance]:
    """Convenience: just the utterances of a source, no gate, no topics."""
    config = PipelineConfig(engine=engine, vosk_model=vosk_model, partials=False, gate=False, topics=False)
    for event in Pipeline(config).run(source):
        if isinstance(event, UtteranceResult):
            yield event.utterance
