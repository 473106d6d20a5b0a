"""Every text the gate and the topic model learn from, split once into train, dev and report parts.

- `train`: what the encoder fine-tuning and the heads learn from;
- `dev`: never trained on; thresholds are chosen here (a fifth of the composed facts, a third of the labelled
  train half, a tenth of the 20 Newsgroups training posts, a tenth of CLINC150 train);
- `report`: measured, never used for a choice (20 Newsgroups held-out fifth, CLINC150 val);
- the labelled `test` half (tests/data/gate_sentences.jsonl) is read here only to keep it out of everything else.

Composed sentences come from `compose.py` with the facts in `facts_en.py`, `facts_xx.py`, `facts_more.py`,
`facts_spoken.py`, `facts_spoken_more.py`, `facts_hard.py`, `facts_requests.py`, `facts_lookalike.py`,
`facts_shorthand.py` and the topic scripts' `interests_more.py` and `interests_spoken.py`; the plain sentences of
`facts_chat.py` (small talk and look-alike words) and `facts_senses.py` (everyday senses of the lexicon's words),
said as they are, without a speaker context, are composed only as renderings (`plain`); `compounds` joins a
statement and a request for the sensitive head alone; the earlier frames in `templates.py`, `templates_xx.py` and
the topic scripts' command and interest frames join them. `written()` (stops 49 and 50: minimal pairs, everyday
speech, disclosures told sideways, jobs said in passing) is read only by the `--written-weight` option of
`train_sensitive.py` and `models/topics/finetune_encoder.py`.

    python models/privacy/corpus.py          # counts per source, part, language and category
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
for path in (REPO, HERE, REPO / "models" / "topics"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import facts_en  # noqa: E402
import facts_xx  # noqa: E402
from compose import Example, compose, lines, part_of, renderings  # noqa: E402
from templates import HARD_NEGATIVES, category_sentences  # noqa: E402
from templates_xx import multilingual_sentences  # noqa: E402

from edge.privacy.lexicon import CATEGORIES  # noqa: E402

SEED = 7
LABELLED = REPO / "tests" / "data" / "gate_sentences.jsonl"
PROBE = REPO / "tests" / "data" / "gate_probe.jsonl"
JOB_SENTENCES = REPO / "tests" / "data" / "job_sentences.jsonl"
LANDMARK_SENTENCES = REPO / "tests" / "data" / "landmark_sentences.jsonl"
PLACE_UNLOCK_SENTENCES = REPO / "tests" / "data" / "place_unlock_sentences.jsonl"
TITLE_SENTENCES = REPO / "tests" / "data" / "title_sentences.jsonl"
VOTE_SENTENCES = REPO / "tests" / "data" / "vote_sentences.jsonl"
PET_SENTENCES = REPO / "tests" / "data" / "pet_sentences.jsonl"
PET_SENTENCES_2 = REPO / "tests" / "data" / "pet_sentences_2.jsonl"
SHIFT_SENTENCES = REPO / "tests" / "data" / "shift_sentences.jsonl"
WEDDING_SENTENCES = REPO / "tests" / "data" / "wedding_sentences.jsonl"
REQUEST_SENTENCES = (
    REPO / "tests" / "data" / "request_sentences.jsonl",
    REPO / "tests" / "data" / "request_sentences_2.jsonl",
)
INTEREST_PROBE = REPO / "tests" / "data" / "interest_probe.jsonl"
LEXICON = HERE / "lexicon"
WRITTEN = HERE / "written"
WRITTEN_FILES = ("pairs.jsonl", "ordinary.jsonl", "indirect.jsonl", "jobs.jsonl")
NEWSGROUP_CATEGORY = {
    "sci.med": "health",
    "alt.atheism": "religion",
    "soc.religion.christian": "religion",
    "talk.religion.misc": "religion",
    "talk.politics.guns": "political",
    "talk.politics.mideast": "political",
    "talk.politics.misc": "political",
}


def datasets_dir(arg: str | None = None) -> Path:
    return Path(arg or os.environ.get("EDGE_DATASETS") or REPO.parent / "shared" / "datasets")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _bucket(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % n


# --- real datasets -----------------------------------------------------------------------------------


def news_part(post_id: str) -> str:
    """`report` (the held-out fifth, as before), `dev` (a tenth) or `train`."""
    if _bucket(post_id, 5) == 0:
        return "report"
    return "dev" if _bucket(post_id, 10) == 1 else "train"


def newsgroups(datasets: Path, part: str) -> list[dict]:
    """20 Newsgroups train-split posts of one part, each with its sensitive `category` (None for 13 groups).
    `heldout` is another name for `report`."""
    part = "report" if part == "heldout" else part
    out = []
    for row in read_jsonl(datasets / "20news" / "train.jsonl"):
        if news_part(row["id"]) == part:
            out.append(row | {"category": NEWSGROUP_CATEGORY.get(row["group"])})
    return out


def clinc(datasets: Path, part: str) -> list[dict]:
    """CLINC150 requests: `train` and `dev` (a tenth, by text) from its train file, `report` = its val file."""
    if part == "report":
        return read_jsonl(datasets / "clinc150" / "val.jsonl")
    return [
        r
        for r in read_jsonl(datasets / "clinc150" / "train.jsonl")
        if ("dev" if _bucket(r["text"], 10) == 0 else "train") == part
    ]


# --- the labelled sentences --------------------------------------------------------------------------


def labelled(part: str) -> list[dict]:
    """Rows of tests/data/gate_sentences.jsonl: `test` (the untouched half), or the train half cut into
    `train` (two thirds) and `dev` (a third, by a hash of the text)."""
    rows = read_jsonl(LABELLED)
    if part == "test":
        return [r for r in rows if r["split"] == "test"]
    return [r for r in rows if r["split"] == "train" and ("dev" if _bucket(r["text"], 3) == 0 else "train") == part]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


class LeakGuard:
    """Flags texts that equal or nearly equal (word Jaccard >= `threshold`) a sentence of the test half."""

    def __init__(self, texts: Iterable[str], threshold: float = 0.75) -> None:
        texts = list(texts)
        self.threshold = threshold
        self.exact = {normalise(t) for t in texts}
        self.sets = [set(normalise(t).split()) for t in texts]
        self.index: dict[str, list[int]] = {}
        for i, words in enumerate(self.sets):
            for w in words:
                self.index.setdefault(w, []).append(i)

    def leaks(self, text: str) -> bool:
        norm = normalise(text)
        if norm in self.exact:
            return True
        words = set(norm.split())
        if not words:
            return False
        shared = Counter(i for w in words for i in self.index.get(w, ()))
        return any(n / len(words | self.sets[i]) >= self.threshold for i, n in shared.items() if n >= 2)


def protected_texts() -> list[str]:
    """What no training or dev text may copy: the labelled test half, the fresh probe sentences
    (tests/data/gate_probe.jsonl and interest_probe.jsonl), the jobs said in passing (job_sentences.jsonl), the
    landmarks (landmark_sentences.jsonl), the places talked about and failing unlocks (place_unlock_sentences.jsonl,
    stop 55: the shipped models were trained before, with two near copies of its hospital car parks), the programmes
    asked about (title_sentences.jsonl, stop 55), the everyday votes, pets' health, shifts and weddings
    (vote_sentences.jsonl, pet_sentences.jsonl, shift_sentences.jsonl, wedding_sentences.jsonl, stop 56; a second
    pets' set, pet_sentences_2.jsonl, stop 58), the
    assistant requests (request_sentences.jsonl and _2), and the sentences the unit tests of the topic classifier
    score (tests/test_topics_classifier.py)."""
    import ast

    texts = [r["text"] for r in labelled("test")] + [
        r["text"]
        for path in (
            PROBE,
            INTEREST_PROBE,
            JOB_SENTENCES,
            LANDMARK_SENTENCES,
            PLACE_UNLOCK_SENTENCES,
            TITLE_SENTENCES,
            VOTE_SENTENCES,
            PET_SENTENCES,
            PET_SENTENCES_2,
            SHIFT_SENTENCES,
            WEDDING_SENTENCES,
            *REQUEST_SENTENCES,
        )
        for r in read_jsonl(path)
    ]
    tree = ast.parse((REPO / "tests" / "test_topics_classifier.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") in ("INTERESTS", "NO_INTEREST", "SENSITIVE") for t in node.targets
        ):
            texts += [
                c.value
                for c in ast.walk(node.value)
                if isinstance(c, ast.Constant) and isinstance(c.value, str) and " " in c.value
            ]
    return texts


@functools.cache
def leak_guard(threshold: float = 0.75) -> LeakGuard:
    """The guard over `protected_texts()`, built once per threshold for every caller."""
    return LeakGuard(protected_texts(), threshold=threshold)


def fact_ok(fact: str) -> bool:
    """A hand-written fact may be composed only when, slots left out, it shares less than 60 % of its words with
    any protected sentence: a wrapped near copy of a test sentence would still be one."""
    return not leak_guard(0.6).leaks(re.sub(r"\{\w+\}", " ", fact))


# --- composed sentences ------------------------------------------------------------------------------


def lexicon_terms() -> list[tuple[str, str]]:
    """(term, category) for the plain English lexicon lines (no patterns, no stems, at most three words)."""
    out = []
    for category in CATEGORIES:
        for line in (LEXICON / f"{category}.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("# --- German"):
                break
            if not line or line.startswith(("#", "re:")) or line.endswith("*") or len(line.split()) > 3:
                continue
            out.append((line, category))
    return out


def _trap_frames(seed: int) -> list[Example]:
    import random

    out = []
    for term, _ in lexicon_terms():
        rng = random.Random(f"{seed}|trap|{term}")
        for frame in rng.sample(facts_en.TRAP_FRAMES, 2):
            out.append(Example(frame.format(T=term), "en", None, "trap", None, part_of(f"trapterm|{term}")))
    return out


def facts(block: str) -> list[str]:
    """The facts of a block, less any that nearly copies a protected sentence (`fact_ok`)."""
    return [f for f in lines(block) if fact_ok(f.split("|")[0])]


def composed(seed: int = SEED) -> list[Example]:
    """All composed sentences (train and dev parts), five languages."""
    out: list[Example] = []
    slots = facts_en.SLOTS
    for category, shapes in facts_en.SENSITIVE.items():
        for shape, per_fact in (("first", 8), ("third", 6), ("ask", 6)):
            chosen = facts(shapes.get(shape, ""))
            out += compose(
                chosen, slots, lang="en", category=category, kind="paraphrase", per_fact=per_fact, seed=seed,
                request=shape == "ask",
            )  # fmt: skip
    for shape, per_fact in (("first", 14), ("third", 10), ("ask", 8)):
        chosen = facts(facts_en.ORDINARY[shape])
        out += compose(
            chosen, slots, lang="en", category=None, kind="everyday", per_fact=per_fact, seed=seed,
            request=shape == "ask",
        )  # fmt: skip
    for category, block in facts_en.MORE_SENSITIVE.items():
        out += compose(facts(block), slots, lang="en", category=category, kind="paraphrase", per_fact=8, seed=seed)
    out += compose(facts(facts_en.MORE_ORDINARY), slots, lang="en", category=None, kind="everyday", per_fact=12,
                   seed=seed)  # fmt: skip
    out += compose(facts(facts_en.TRAPS), slots, lang="en", category=None, kind="trap", per_fact=5, seed=seed)
    out += _trap_frames(seed)
    from interests import QUESTIONS

    out += _per_branch({"en": QUESTIONS}, per_fact=4, seed=seed)
    for lang, categories in facts_xx.SENSITIVE.items():
        lang_slots = facts_xx.SLOTS[lang]
        for category, block in categories.items():
            out += compose(facts(block), lang_slots, lang=lang, category=category, kind="paraphrase", per_fact=6,
                           seed=seed)  # fmt: skip
        out += compose(facts(facts_xx.ORDINARY[lang]), lang_slots, lang=lang, category=None, kind="everyday",
                       per_fact=10, seed=seed)  # fmt: skip
        out += compose(facts(facts_xx.TRAPS[lang]), lang_slots, lang=lang, category=None, kind="trap", per_fact=5,
                       seed=seed)  # fmt: skip
        out += compose(facts(facts_xx.COMMANDS[lang]), lang_slots, lang=lang, category=None, kind="command",
                       per_fact=4, seed=seed, request=True)  # fmt: skip
        for line in facts(facts_xx.INTERESTS[lang]):
            text, tier1 = line.split("|")
            out += compose([text], lang_slots, lang=lang, category=None, kind="interest", per_fact=4, seed=seed,
                           request=True, tier1=tier1)  # fmt: skip
    return out + _more(seed) + _requests_more(seed) + plain(seed)


def _more(seed: int) -> list[Example]:
    """`facts_more.py`: ordinary and trap sentences in the four other languages, explicit sentences in all five."""
    import facts_more

    return (
        _per_language(facts_more.ORDINARY, kind="everyday", per_fact=6, seed=seed)
        + _per_language(facts_more.TRAPS, kind="trap", per_fact=5, seed=seed)
        + _per_category(facts_more.EXPLICIT, kind="explicit", per_fact=6, seed=seed)
        + _spoken(seed)
        + _spoken_more(seed)
        + _hard(seed)
        + _lookalike(seed)
    )


def _spoken(seed: int) -> list[Example]:
    """`facts_spoken.py`: short spoken commands, chat and look-alike sentences in the four other languages, and
    keyword-free paraphrases in all five."""
    import facts_spoken

    return _per_language(facts_spoken.ORDINARY, kind="everyday", per_fact=4, seed=seed) + _per_category(
        facts_spoken.PARAPHRASE, kind="paraphrase", per_fact=6, seed=seed
    )


def _spoken_more(seed: int) -> list[Example]:
    """`facts_spoken_more.py`: more keyword-free paraphrases, explicit sentences and ordinary sentences with
    look-alike words in the four other languages."""
    import facts_spoken_more

    return (
        _per_language(facts_spoken_more.ORDINARY, kind="everyday", per_fact=4, seed=seed)
        + _per_category(facts_spoken_more.PARAPHRASE, kind="paraphrase", per_fact=6, seed=seed)
        + _per_category(facts_spoken_more.EXPLICIT, kind="explicit", per_fact=6, seed=seed)
    )


def _hard(seed: int) -> list[Example]:
    """`facts_hard.py`: keyword-free paraphrases in all five languages (most in Spanish and French) and explicit
    Spanish and French sentences; `facts_requests.py`: keyword-free requests and shorthand in all five."""
    import facts_hard
    import facts_requests

    return (
        _per_category(facts_hard.PARAPHRASE, kind="paraphrase", per_fact=6, seed=seed)
        + _per_category(facts_hard.EXPLICIT, kind="explicit", per_fact=6, seed=seed)
        + _per_category(facts_requests.PARAPHRASE, kind="paraphrase", per_fact=6, seed=seed)
    )


def _lookalike(seed: int) -> list[Example]:
    """`facts_lookalike.py`: ordinary sentences around a look-alike word or name and short assistant commands in
    the four other languages; `facts_shorthand.py`: keyword-free paraphrases (jargon, abbreviations, drug and
    clinic names, rituals), five languages."""
    import facts_lookalike
    import facts_shorthand

    out = _per_language(facts_lookalike.TRAPS, kind="trap", per_fact=4, seed=seed)
    for lang, block in facts_lookalike.COMMANDS.items():
        out += compose(facts(block), _slots(lang), lang=lang, category=None, kind="command", per_fact=4,
                       seed=seed, request=True)  # fmt: skip
    return out + _per_category(facts_shorthand.PARAPHRASE, kind="paraphrase", per_fact=6, seed=seed)


def plain(seed: int = SEED) -> list[Example]:
    """`facts_chat.py`, `facts_senses.py`, `facts_everyday.py` and `facts_idioms.py`: small talk, everyday errands
    and family plans, and sentences with look-alike words, five languages, each as written, as an ASR engine and as
    Whisper gives it, with no lead-in or tail: "good night" wrapped in "I haven't told anyone but" is not small talk
    any more. Their dev part is a false-block set of its own in `train_sensitive.py`."""
    import facts_chat
    import facts_everyday
    import facts_idioms
    import facts_senses

    blocks = [(lang, "chat", block) for lang, block in facts_chat.CHAT.items()]
    blocks += [(lang, "everyday", block) for lang, block in facts_everyday.EVERYDAY.items()]
    blocks += [("en", "trap", facts_chat.TRAPS_EN)] + [(lang, "trap", b) for lang, b in facts_chat.TRAPS_XX.items()]
    blocks += [(lang, "trap", block) for lang, block in facts_senses.SENSES.items()]
    blocks += [(lang, "trap", block) for lang, block in facts_idioms.IDIOMS.items()]
    return [
        Example(text, lang, None, kind, None, part_of(f"{lang}|{line}"))
        for lang, kind, block in blocks
        for line in facts(block)
        for text in renderings(line)
    ]


def written() -> list[Example]:
    """`written/*.jsonl` (stop 49, helper sessions with no repository access; `written/README.md`): spoken
    sentences said as they are, five languages. The pairs share a misleading word or scene, one ordinary, one a
    disclosure ("my wife's at choir practice so I'm cooking" / "my wife and I go to mass every sunday"); both
    sides of a pair go to the same part. Not in `examples()`: the shipped models never learnt from them;
    `train_sensitive.py --written-weight` and `finetune_encoder.py --written-weight` measure what they do (the
    privacy model card, stops 49 and 50)."""
    rows = [row for name in WRITTEN_FILES for row in read_jsonl(WRITTEN / name)]
    out: list[Example] = []
    for row in rows:
        if not fact_ok(row["text"]):  # stricter than `leak_guard()`, which it makes redundant
            continue
        key = f"pair|{row['lang']}|{row['pair']}" if "pair" in row else f"{row['lang']}|{row['text']}"
        kind = "paraphrase" if row.get("category") else "trap"
        out.append(Example(row["text"], row["lang"], row.get("category"), kind, None, part_of(key)))
    return out


def _requests_more(seed: int) -> list[Example]:
    """`interests_more.py`, `interests_spoken.py` and `interests_wishes.py` (models/topics): interest requests per
    tier-1 branch and device commands, five languages."""
    import interests_more
    import interests_spoken
    import interests_wishes

    out: list[Example] = []
    for module in (interests_more, interests_spoken, interests_wishes):
        out += _per_branch(module.INTERESTS, per_fact=3, seed=seed)
        for lang, block in module.COMMANDS.items():
            out += compose(facts(block), _slots(lang), lang=lang, category=None, kind="command", per_fact=4,
                           seed=seed, request=True)  # fmt: skip
    return out


def _per_branch(blocks: dict[str, dict[str, str]], *, per_fact: int, seed: int) -> list[Example]:
    """Interest requests composed from one block of facts per language and tier-1 branch."""
    out: list[Example] = []
    for lang, branches in blocks.items():
        for branch, block in branches.items():
            out += compose(facts(block), _slots(lang), lang=lang, category=None, kind="interest", per_fact=per_fact,
                           seed=seed, request=True, tier1=branch)  # fmt: skip
    return out


def _slots(lang: str) -> dict[str, list[str]]:
    return facts_en.SLOTS if lang == "en" else facts_xx.SLOTS[lang]


def _per_language(blocks: dict[str, str], *, kind: str, per_fact: int, seed: int) -> list[Example]:
    """Ordinary sentences composed from one block of facts per language."""
    out: list[Example] = []
    for lang, block in blocks.items():
        out += compose(facts(block), _slots(lang), lang=lang, category=None, kind=kind, per_fact=per_fact, seed=seed)
    return out


def _per_category(blocks: dict[str, dict[str, str]], *, kind: str, per_fact: int, seed: int) -> list[Example]:
    """Sensitive sentences composed from one block of facts per language and category."""
    out: list[Example] = []
    for lang, categories in blocks.items():
        for category, block in categories.items():
            out += compose(facts(block), _slots(lang), lang=lang, category=category, kind=kind, per_fact=per_fact,
                           seed=seed)  # fmt: skip
    return out


def earlier_frames(seed: int = SEED) -> list[Example]:
    """The first training frames (templates.py: held-out frames go to dev), multilingual term frames, hard
    negatives, and the topic scripts' commands, food orders and interest requests."""
    from commands import command_phrases, food_order_phrases
    from interests import interest_phrases

    train, val = category_sentences(seed)
    out = [Example(t, "en", c, "explicit", None, "train") for t, c in train]
    out += [Example(t, "en", c, "explicit", None, "dev") for t, c in val]
    out += [Example(t, "en", None, "trap", None, "train") for t in HARD_NEGATIVES]
    out += [
        Example(t, "xx", c, "explicit" if c else "everyday", None, "train") for t, c in multilingual_sentences(seed)
    ]
    out += [Example(t, "en", None, "command", None, part_of(t)) for t in command_phrases(20240501)]
    out += [Example(t, "en", None, "interest", "Food & Drink", part_of(t)) for t in food_order_phrases(20240501)]
    out += [Example(t, "en", None, "interest", b, part_of(t)) for t, b in interest_phrases(20240501)]
    return out


def examples(seed: int = SEED) -> list[Example]:
    """Composed and earlier sentences, deduplicated, with any near copy of a test-half sentence dropped."""
    guard = leak_guard()
    seen: set[str] = set()
    out = []
    for ex in composed(seed) + earlier_frames(seed):
        key = normalise(ex.text)
        if key in seen or guard.leaks(ex.text):
            continue
        seen.add(key)
        out.append(ex)
    return out


CONNECTORS = {
    "en": [" so ", ", ", " and ", ". anyway ", ". by the way "],
    "de": [" also ", ", ", " und ", ". übrigens "],
    "es": [" así que ", ", ", " y ", ". por cierto "],
    "fr": [" alors ", ", ", " et ", ". au fait "],
    "it": [" quindi ", ", ", " e ", ". comunque "],
}  # fmt: skip


def compounds(rows: list[Example], seed: int = SEED, every: tuple[int, int] = (6, 2)) -> list[Example]:
    """A statement and a request said in one breath ("my chemotherapy starts monday so where can I buy a nice
    wig"), labelled by the statement: sensitive ones stay sensitive whatever the request asks, and the same
    requests after ordinary statements stay ordinary, so the model learns that the request does not decide. Every
    `every[0]`-th sensitive and `every[1]`-th ordinary statement (about as many of each: there are about 2.5 times
    as many sensitive statements), paired with a request of its language and part, either order; for the
    sensitive head only (train_sensitive.py), not for the encoder or the topic head."""
    import random

    rng = random.Random(f"compounds|{seed}")
    requests: dict[tuple[str, str], list[str]] = {}
    for ex in rows:
        if ex.kind in ("interest", "command"):
            requests.setdefault((ex.lang, ex.part), []).append(ex.text)
    guard = leak_guard()
    out = []
    sensitive = [ex for ex in rows if ex.kind in ("paraphrase", "explicit")]
    ordinary = [ex for ex in rows if ex.kind in ("everyday", "trap")]
    chosen = sensitive[:: every[0]] + ordinary[:: every[1]]
    for ex in chosen:
        pool = requests.get((ex.lang, ex.part))
        if not pool or ex.lang not in CONNECTORS:
            continue
        request, joint = rng.choice(pool), rng.choice(CONNECTORS[ex.lang])
        text = ex.text + joint + request if rng.random() < 0.7 else request + joint.replace(". ", ", ") + ex.text
        text = " ".join(text.split())
        if not guard.leaks(text):
            out.append(Example(text, ex.lang, ex.category, "compound", None, ex.part))
    return out


def main() -> None:
    rows = examples()
    counts = Counter((e.part, e.lang, e.category or e.kind) for e in rows)
    for key, n in sorted(counts.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        print(*key, n)
    print("total", len(rows), "dev", sum(e.part == "dev" for e in rows))


if __name__ == "__main__":
    main()
