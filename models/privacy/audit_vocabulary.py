"""Which everyday words does the gate block? Each language's most frequent words, one at a time, in a neutral frame.

    python models/privacy/audit_vocabulary.py [--words 5000] [--skip 0] [--out audit.json]

The `--words` most frequent words of English, German, Spanish, French and Italian (wordfreq's lists, the `train`
extra installs it; `--skip` leaves out the most frequent ones, e.g. to audit words 5,000-10,000 that nobody looked
at) go one at a time into a frame that says nothing ("I wrote ___ on the list") and through the shipped gate's
model layer. Most words that block are topic words (government, hospital, prison) and may. The others are
everyday words that share letters with a sensitive word of another language, or that training only showed in
sensitive sentences; `lexicon/guards.txt` answers those that a term of another language spells (French "paroles",
Italian "ho preso", Spanish "pagan"). Prints the count per language and, with `--out`, writes every blocked word
with its categories, whether the lexicon proposed it, and its score over the threshold.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from edge.privacy.sensitive_model import SensitiveModel

FRAMES = {
    "en": "I wrote {} on the list",
    "de": "ich habe {} auf die Liste geschrieben",
    "es": "he apuntado {} en la lista",
    "fr": "j'ai noté {} sur la liste",
    "it": "ho scritto {} sulla lista",
}


def frequent_words(lang: str, count: int, skip: int = 0) -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list(lang, skip + count)[skip:] if len(w) > 2 and w.isalpha()]


def audit(model: SensitiveModel, lang: str, words: list[str]) -> list[dict]:
    blocked = []
    for rank, word in enumerate(words):
        text = FRAMES[lang].format(word)
        decision = model.decide(text, model.encoder.encode_text(text))
        if decision.categories:
            ratio = float(np.max(decision.scores / decision.thresholds))
            blocked.append(
                {"word": word, "rank": rank, "categories": list(decision.categories),
                 "proposed": bool(decision.proposed), "score_over_threshold": round(ratio, 2)}
            )  # fmt: skip
    return blocked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000, help="how many of each language's most frequent words")
    parser.add_argument("--skip", type=int, default=0, help="leave out this many of the most frequent words")
    parser.add_argument("--out", type=Path, help="JSON file for the blocked words (default: print the counts only)")
    args = parser.parse_args()
    model = SensitiveModel.load()
    report = {}
    for lang in FRAMES:
        words = frequent_words(lang, args.words, args.skip)
        blocked = audit(model, lang, words)
        report[lang] = {"words": len(words), "blocked": len(blocked), "list": blocked}
        print(f"{lang}: {len(blocked)} of {len(words)} words blocked in '{FRAMES[lang]}'", flush=True)
    if args.out:
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
