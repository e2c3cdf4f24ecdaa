"""A label named with a word that says how the part is told: "Root Cause Explanation:", "Resolution Detail:".

Students fill the 0x19 template's "Root cause and resolution" with two labelled bullets, and often name each one
more fully than the template does: "**Root Cause Detail:**", "**Resolution Explanation:**". The added word says
the text explains the part, not that it is another part: a careful reader takes it as the plain label.
"""

from __future__ import annotations

# The words after a part's name that only say how it is told.
_HOW_TOLD = ("detail", "details", "explanation", "explained", "description", "summary", "statement", "overview")


def with_qualified_labels(labels: dict[str, str]) -> dict[str, str]:
    """``labels`` and, for each, the same label followed by a word of ``_HOW_TOLD``, naming the same field."""
    qualified = {f"{label} {word}": field for label, field in labels.items() for word in _HOW_TOLD}
    return {**qualified, **labels}
