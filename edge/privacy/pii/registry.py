"""Recognizers and the registry that runs them in priority order, in the shape of Presidio's RecognizerRegistry.

A recognizer finds candidate spans of one family of PII (numbers, e-mail/URL/IP, dates of birth, addresses,
names). The registry asks every recognizer, lowest priority number first; a span that overlaps one already
taken is dropped, unless both are of the same type: then they merge into their union. A recognizer may also *claim* a span without redacting it (type `None`): a 16-digit number
that fails the card checksum is claimed so that no weaker recognizer reads it as a phone number.

A weaker recognizer may name types it *absorbs* (`Recognizer.absorbs`): its span replaces spans of those types
that it wholly contains. A street address ends on its house number and may go on with a postcode, so the digits
of "Scholzgasse 450, 76512 Meiningen" that the number recognizer read as one run are the address's, not a phone
number and not a claim that would keep the address from being redacted.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Finding:
    """A candidate span `[start, end)` of the analysed text; `type` None claims the span without redacting it."""

    start: int
    end: int
    type: str | None


@dataclass(frozen=True)
class Recognizer:
    """One family of PII: its name, the types it emits, its priority (lower wins overlaps) and its finder."""

    name: str
    types: tuple[str, ...]
    priority: int
    find: Callable[..., Iterable[Finding]] = field(compare=False)
    absorbs: tuple[str | None, ...] = ()
    """Types of stronger recognizers' spans that a span of this one replaces when it contains them whole."""
    reads_taken: bool = False
    """`find(text, taken)`: the recognizer also reads the spans the stronger ones took (a name beside a phone
    number is found by what it stands beside)."""


class RecognizerRegistry:
    """The recognizers in use; `analyze(text)` resolves their findings into non-overlapping spans."""

    def __init__(self, recognizers: Iterable[Recognizer] = (), *, cache_size: int = 16) -> None:
        self._recognizers: list[Recognizer] = []
        # The last few texts' results, in memory only: the gate, the event's text and its words ask about the
        # same utterance in turn.
        self._cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
        self._cache_size = cache_size
        for recognizer in recognizers:
            self.add(recognizer)

    def add(self, recognizer: Recognizer) -> None:
        if any(r.name == recognizer.name for r in self._recognizers):
            raise ValueError(f"a recognizer named {recognizer.name!r} is already registered; remove it first")
        self._recognizers.append(recognizer)
        self._recognizers.sort(key=lambda r: r.priority)
        self._cache.clear()

    def remove(self, name: str) -> None:
        self._recognizers = [r for r in self._recognizers if r.name != name]
        self._cache.clear()

    @property
    def recognizers(self) -> tuple[Recognizer, ...]:
        return tuple(self._recognizers)

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for r in self._recognizers for t in r.types))

    def analyze(self, text: str) -> tuple[Finding, ...]:
        """The PII spans of `text` (claims without a type left out), sorted and never overlapping."""
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        found = self._analyze(text)
        if self._cache_size > 0:
            self._cache[text] = found
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return found

    def _analyze(self, text: str) -> tuple[Finding, ...]:
        taken: list[Finding] = []
        for recognizer in self._recognizers:
            finds = recognizer.find(text, tuple(taken)) if recognizer.reads_taken else recognizer.find(text)
            for found in finds:
                if found.start >= found.end:
                    continue
                overlapping = [t for t in taken if found.start < t.end and t.start < found.end]
                if not overlapping:
                    taken.append(found)
                elif found.type is not None and all(
                    t.type in recognizer.absorbs and found.start <= t.start and t.end <= found.end for t in overlapping
                ):
                    taken = [t for t in taken if t not in overlapping] + [found]
                elif found.type is not None and all(t.type == found.type for t in overlapping):
                    # Same type: the union ("Susan" by a rule, "Susan Bouvet" by the tagger -> both words).
                    start = min([found.start] + [t.start for t in overlapping])
                    end = max([found.end] + [t.end for t in overlapping])
                    merged = Finding(start, end, found.type)
                    if not any(merged.start < t.end and t.start < merged.end for t in taken if t not in overlapping):
                        taken = [t for t in taken if t not in overlapping] + [merged]
        return tuple(sorted(f for f in taken if f.type is not None))
