"""An impact labelled in a section kept as written: "**Who was hit:** about 6% of iOS users" under "Quick facts".

A fact box under a heading no reader knows ("Quick facts", "At a glance") labels the impact in the team's words
("Who was hit", "Who was affected", "Blast radius"). A careful reader takes that line as the impact, over one
guessed from the opening sentences.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_syntax import unescape_block

_IMPACT_LABELS = frozenset(
    (
        "impact",
        "customer impact",
        "user impact",
        "who was hit",
        "who was affected",
        "who was impacted",
        "who got hit",
        "who it hit",
        "blast radius",
        "users affected",
        "customers affected",
    )
)
_BULLET = re.compile(r"[ \t]*[-*+•][ \t]+(?=\S)")
_KEPT_LOOKED_AT = 20
_LINES_LOOKED_AT = 200
_LONGEST_LINE = 1000


def impact_labelled_in_kept_text(draft: Draft) -> bool:
    """Set the impact from a labelled line of a kept section, when the sections read gave none; whether it did."""
    if draft.summary.impact:
        return False
    for kept in sorted(draft.kept, key=lambda kept: kept.position)[:_KEPT_LOOKED_AT]:
        for line in kept.body.split("\n", _LINES_LOOKED_AT)[:_LINES_LOOKED_AT]:
            written = _BULLET.sub("", line[:_LONGEST_LINE], count=1).strip()
            label = split_label(written) if written.startswith(("**", "__")) or ":" in written[:40] else None
            if label is not None and label[0] in _IMPACT_LABELS and label[1].strip():
                draft.summary.impact = unescape_block(label[1].strip())
                return True
    return False
