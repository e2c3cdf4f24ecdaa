"""A label naming two roles of one person, joined by a slash: "Facilitator / author:", "Author/IC:".

The person holds both: a careful reader takes the line as the authors' when either role is one the authors'
labels name (the writer's own first: "author" over "facilitator").
"""

from __future__ import annotations

from collections.abc import Collection

_MOST_PARTS = 4


def role_among_joined(key: str, labels: Collection[str], writers: Collection[str] = ()) -> str | None:
    """The part of a slash-joined ``key`` that is one of ``labels`` (one of ``writers`` first); else ``None``."""
    if "/" not in key or len(key) > 80 or key in labels:
        return None
    parts = [part.strip() for part in key.split("/", _MOST_PARTS)]
    named = [part for part in parts if part in labels]
    return next((part for part in named if part in writers), named[0] if named else None)
