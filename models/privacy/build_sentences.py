"""Build the labelled sentence set `tests/data/gate_sentences.jsonl` from the hand-written lists beside this file.

Sources: `sentences_{en,de,es,fr,it}.py` (written for this project) and the project's earlier labelled English
set (`tests/data/sensitive_sentences.jsonl` at commit d3e512a, folded in: its `tune` half goes to `train`, its
`holdout` half to `test`). Every row: `text`, `lang`, `sensitive`, `category` (None for ordinary), `kind`
(`paraphrase` / `explicit` for sensitive; `trap` / `command` / `chat` / `interest` for ordinary), `tier1` (for
interests), `split` (`train` / `test`).

Split: within each (language, category, kind) group, rows sorted by a SHA-1 of their text alternate between
train and test, so both halves cover every group. The `test` half is never used for training or for choosing
thresholds: it is what tests/test_privacy_gate.py and tests/test_topics_commands.py score. English interest
requests are one exception, and `TRAIN_ONLY_*` sentences (written later, for training only) another: the first set was measured once and its test half read to diagnose errors, so all
of it now trains and `INTERESTS_HELDOUT` (written afterwards, never trained on) is their test set.

    python models/privacy/build_sentences.py
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "data" / "gate_sentences.jsonl"
LANGS = ("en", "de", "es", "fr", "it")
EARLIER = HERE / "earlier_sentences.jsonl"


def lines(block: str) -> list[str]:
    return [line.strip() for line in block.splitlines() if line.strip()]


def rows_of(lang: str) -> list[dict]:
    sys.path.insert(0, str(HERE))
    module = importlib.import_module(f"sentences_{lang}")
    out = []
    for category, kinds in module.SENSITIVE.items():
        for kind, block in kinds.items():
            out += [dict(text=t, lang=lang, sensitive=True, category=category, kind=kind) for t in lines(block)]
    for kind, block in module.ORDINARY.items():
        out += [dict(text=t, lang=lang, sensitive=False, category=None, kind=kind) for t in lines(block)]
    for category, block in getattr(module, "TRAIN_ONLY_SENSITIVE", {}).items():
        out += [
            dict(
                text=t, lang=lang, sensitive=True, category=category, kind="paraphrase", split="train", train_only=True
            )
            for t in lines(block)
        ]
    out += [
        dict(text=t, lang=lang, sensitive=False, category=None, kind="trap", split="train", train_only=True)
        for t in lines(getattr(module, "TRAIN_ONLY_ORDINARY", ""))
    ]
    heldout = lines(getattr(module, "INTERESTS_HELDOUT", ""))
    for line in lines(module.INTERESTS) + heldout:
        text, tier1 = line.split("|")
        row = dict(text=text, lang=lang, sensitive=False, category=None, kind="interest", tier1=tier1)
        if heldout:  # the first interest set's test half was looked at: it all trains, the held-out set tests
            row["split"] = "test" if line in heldout else "train"
        out.append(row)
    return out


def split(rows: list[dict]) -> list[dict]:
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        if not row.get("train_only"):  # sentences added for training only stay out of the alternation
            groups.setdefault((row["lang"], row["category"], row["kind"]), []).append(row)
    for members in groups.values():
        members.sort(key=lambda r: hashlib.sha1(r["text"].encode()).hexdigest())
        for i, row in enumerate(members):
            row.setdefault("split", "train" if i % 2 == 0 else "test")
    return rows


def earlier() -> list[dict]:
    out = []
    for line in EARLIER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        kind = "explicit" if row["sensitive"] else "trap"
        split_name = "train" if row["split"] == "tune" else "test"
        out.append(
            dict(text=row["text"], lang="en", sensitive=row["sensitive"], category=row["category"], kind=kind)
            | {"split": split_name}
        )
    return out


def build() -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    for row in earlier() + [r for lang in LANGS for r in rows_of(lang)]:
        key = row["text"].lower().strip(" .?!")
        if key in seen:
            continue
        seen.add(key)
        rows.append(row)
    rows = split(rows)
    fields = ("text", "lang", "sensitive", "category", "kind", "tier1", "split")
    return [{f: row.get(f) for f in fields} for row in rows]


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    sensitive = sum(r["sensitive"] for r in rows)
    print(f"{len(rows)} rows ({sensitive} sensitive, {len(rows) - sensitive} ordinary) -> {OUT}")


if __name__ == "__main__":
    main()
