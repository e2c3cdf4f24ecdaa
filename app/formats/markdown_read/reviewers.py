"""The reviewers named after a report's authors: "Camille Martin — relu par Sophie Bernard".

A byline often credits the review in the same line as the writing ("Written by: Ana Souza, Bo Li —
reviewed by Kim Park", "Verfasst von: Lena Vogt (geprüft von Tim Brandt)"). A careful reader lists
the writers as the authors and leaves the reviewer out of them; the line itself stays as written, so
the review is still credited where it was.
"""

from __future__ import annotations

import re

# The clause, after a dash, a comma, a semicolon or in brackets, to the end of the value.
_REVIEW_CLAUSE = re.compile(
    r"[ \t]*(?:[-–—,;·|][ \t]*\(?|\()[ \t]*"
    r"(?:reviewed|proof-?read|approved|checked|relu|relue|relus|validé|validée|approuvé|approuvée"
    r"|revisado|revisada|aprobado|aprobada|revisto|revista|geprüft|gegengelesen|freigegeben|korrekturgelesen"
    r"|rivisto|rivista|approvato|approvata|nagekeken|gereviewd|beoordeeld|goedgekeurd)"
    r"[ \t]+(?:by|par|por|von|da|door)\b",
    re.IGNORECASE,
)
_LONGEST_VALUE = 300  # a byline, not a paragraph


def without_reviewers(value: str) -> str:
    """``value`` up to the clause crediting a review ("— relu par …"), or as written when it has none."""
    if len(value) > _LONGEST_VALUE:
        return value
    found = _REVIEW_CLAUSE.search(value)
    return value[: found.start()].rstrip(" \t") if found is not None and found.start() > 0 else value
