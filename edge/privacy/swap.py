"""Was it only the word? The gate asks its model again with a harmless word swapped in.

Some words are the sensitive model's strongest cues and still, said in an ordinary way, disclose nothing: a job
in care or the law ("my cousin works as a pharmacist", `edge.privacy.occupation.swap_jobs`) or the speaker's
partner ("my wife and I just adopted a puppy", `edge.privacy.partner.swap_partners`), an election passed on
from the news ("the news said the election results get announced tomorrow", `edge.privacy.news.swap_news`), or
an idiom ("I nearly had a heart attack when the alarm went off", `edge.privacy.idioms.swap_idioms`), or a
place of worship, care or the law named as a landmark or talked about as a building ("turn left after the mosque",
"la pharmacie de garde est ouverte ce soir", `edge.privacy.landmarks`), or what a film or a podcast is about ("a
documentary about the Reformation", `edge.privacy.media`), or the title of a programme asked about ("su che canale
danno Doc Nelle tue mani", `edge.privacy.media.swap_titles`), or a fingerprint sensor or face unlock that fails
("face id won't unlock with these sunglasses on", `edge.privacy.unlock`), or a vote on dinner or a class rep
("we voted on where to eat", `edge.privacy.votes`).
`SwapRelease` makes every such swap at once and withdraws the block when the swapped sentence is far from
sensitive in every category.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from edge.privacy.idioms import CATEGORIES as IDIOM_CATEGORIES
from edge.privacy.idioms import swap_idioms
from edge.privacy.landmarks import CATEGORIES as LANDMARK_CATEGORIES
from edge.privacy.landmarks import swap_landmarks
from edge.privacy.media import swap_media, swap_titles
from edge.privacy.news import swap_news
from edge.privacy.occupation import swap_jobs
from edge.privacy.partner import swap_partners
from edge.privacy.unlock import swap_unlock
from edge.privacy.votes import swap_votes

if TYPE_CHECKING:
    from edge.privacy.sensitive_model import Decision, SensitiveModel
    from edge.topics.encoder import Encoded


@dataclass(frozen=True)
class Swap:
    """`swap(text, language)` returns the text with its harmless words swapped, or None when it has none.
    `explains`: the categories a block may be withdrawn for when this swap is the one made (None: any)."""

    swap: Callable[[str, str], str | None]
    explains: frozenset[str] | None = None


JOBS = Swap(swap_jobs)
"""A job in care or the law can make any category fire (health, criminal, political for a judge)."""
PARTNERS = Swap(swap_partners, frozenset({"sexual_orientation", "sex_life"}))
"""A partner word is a cue for orientation and sex life only. A block in another category is about something
else in the sentence, which the swap must not hide from the model's weak side: "mein Mann ist Rom aus Rumänien"
is still a disclosure with a neighbour in it, yet the model scores that sentence under a third of its bar."""
NEWS = Swap(swap_news, frozenset({"political"}))
"""Elections and government passed on from the news are a cue for politics only."""
IDIOMS = tuple(Swap(partial(swap_idioms, category=c), frozenset({c})) for c in IDIOM_CATEGORIES)
"""An idiom explains a block of its own category only ("god knows" a religion block, not a health one)."""
LANDMARKS = tuple(Swap(partial(swap_landmarks, category=c), frozenset({c})) for c in LANDMARK_CATEGORIES)
"""A church, a hospital, a prison or a polling station as a landmark explains a block of its own category only:
"the party office next to the church is where Julien campaigns" stays political with the church swapped."""
MEDIA = Swap(swap_media)
"""What a film, a documentary or a podcast is about can make any category fire (a prison film, the Reformation,
a political podcast)."""
TITLES = Swap(swap_titles)
"""The title of a programme asked about can make any category fire ("Hospital Central", "Il commissario
Montalbano")."""
UNLOCK = Swap(swap_unlock, frozenset({"genetic_biometric", "health"}))
"""A failing fingerprint sensor or face unlock is a cue for biometrics (and, for the fingers and faces in it,
health) only."""
VOTES = Swap(swap_votes, frozenset({"political", "trade_union"}))
"""A vote on dinner, a class rep or a talent show is a cue for politics (and, for strike ballots, unions) only."""


@dataclass(frozen=True)
class SwapRelease:
    """The model layer withdraws its block of a one-passage utterance when the same utterance after `swaps`
    scores under `most` of its threshold in every category: the block was the swapped words', and nothing else
    in the sentence comes near the bar; and only when the swaps made can explain every category of the block.

    Not "fires no category": with the job gone, a weak disclosure beside it can fall just under the bar ("my cousin
    is a lawyer and she goes to AA meetings every week", "he works as a pharmacist and sells me oxy on the side"
    scored 0.54 to 0.87 of it). Chosen on 40 such sentences written for the check (the lowest 0.54) and the ordinary
    ones it frees; the partner, news and idiom swaps hold the same bar (the privacy model card, stops 45 and 46)."""

    swaps: tuple[Swap, ...] = (JOBS, PARTNERS, NEWS, *IDIOMS, *LANDMARKS, MEDIA, TITLES, UNLOCK, VOTES)
    most: float = 1 / 3

    def swapped(self, text: str, lang: str) -> tuple[str, frozenset[str] | None] | None:
        """`text` after every swap that applies, in order, and the categories those swaps explain (None: any);
        None when no swap applies."""
        explains: frozenset[str] | None = frozenset()
        made = False
        for swap in self.swaps:
            changed = swap.swap(text, lang)
            if changed is None:
                continue
            text, made = changed, True
            explains = None if explains is None or swap.explains is None else explains | swap.explains
        return (text, explains) if made else None

    def applies(self, model: SensitiveModel, original: str, encoded: Encoded, decision: Decision) -> bool:
        if encoded.passages != (encoded.text,):
            return False
        lang = encoded.language
        found = self.swapped(encoded.text, lang)
        if found is None:
            return False
        swapped, explains = found
        if explains is not None and not explains.issuperset(decision.categories):
            return False
        swapped_original = (self.swapped(original, lang) or (original, None))[0]
        return model.decide(swapped_original, model.encoder.encode_text(swapped)).strength < self.most
