"""How a recovery copy is named to the user: which file it belongs to, and how old it is."""

from __future__ import annotations

from datetime import datetime

from app.recovery_store import RecoveredCopy


def age_text(saved_at: datetime, now: datetime) -> str:
    """'just now', '5 minutes ago', '3 hours ago', 'yesterday', '4 days ago'."""
    seconds = max(0.0, (now - saved_at).total_seconds())
    minutes = int(seconds // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    days = hours // 24
    return "yesterday" if days == 1 else f"{days} days ago"


def describe_copy(copy: RecoveredCopy, now: datetime) -> str:
    """One line for the recovery prompt: the file (with its folder) and the age of the unsaved changes."""
    when = copy.saved_at.astimezone(now.tzinfo) if now.tzinfo else copy.saved_at
    stamp = f"{when:%B} {when.day}, {when:%H:%M}"  # %-d is not on every platform
    where = f"{copy.source.name} in {copy.source.parent}" if copy.source else "An untitled post-mortem (never saved)"
    return f"{where}: changes from {age_text(copy.saved_at, now)} ({stamp})"
