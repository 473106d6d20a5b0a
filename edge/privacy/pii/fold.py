"""Typographic look-alikes folded to ASCII, one character for one, before the recognizers read a text.

Text that did not come from the speech recognizer (a message, a pasted note) writes numbers with what typesetting
and keyboards put between the groups: a no-break space (U+00A0; U+202F in French), an en dash or a non-breaking
hyphen ("555–212–4367", "555‑212‑4367"), full-width digits and letters. The recognizers' patterns are written for
" " and "-", so without this a phone number with en dashes passed unredacted. Every character maps to exactly one
character, so a span found in the folded text indexes the original text as it is.
"""

from __future__ import annotations

import functools
import unicodedata

_FULL_WIDTH = range(0xFF01, 0xFF5F)
"""Full-width "！" to "～", which are ASCII "!" to "~" moved up by 0xFEE0."""


@functools.cache
def _table() -> dict[int, str]:
    """Space separators -> " ", dashes and the minus sign -> "-", full-width ASCII -> ASCII."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x10000):
        category = unicodedata.category(chr(code))
        if category == "Zs":
            table[code] = " "
        elif category == "Pd" or code == 0x2212:
            table[code] = "-"
    for code in _FULL_WIDTH:
        table[code] = chr(code - 0xFEE0)
    return table


def fold(text: str) -> str:
    """`text` with typographic look-alikes replaced by their ASCII forms; as long as `text`, offsets unchanged."""
    return text if text.isascii() else text.translate(_table())
