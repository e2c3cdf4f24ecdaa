"""A task's status leading its line, as blogs and checklists write it: "**Done:** cap the job's cache use",
"Done — add an alert", "[in progress] write the runbook", "(done) remove the old flag", "Open: ask the vendor"."""

from __future__ import annotations

import re

from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.tokens import EMOJI_LEAD, name_key
from app.model import TaskStatus

# The status's word in bold (with its colon inside or after), in brackets, or plain before a colon or a spaced
# dash; then the task's text. Tried at the line's start only, with bounded runs: linear on any line.
_WORD = r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ -]{1,20}?"
_LEAD = re.compile(
    rf"(?:(?P<bold>\*\*|__)(?P<in_bold>{_WORD}):?(?P=bold):?"
    rf"|\[(?P<in_square>{_WORD})\]|\((?P<in_round>{_WORD})\)"
    rf"|(?P<plain>{_WORD})(?::|[ \t]+[—–-]))"
    r"[ \t]+(?=\S)"
)


def status_leading(text: str) -> tuple[str, TaskStatus] | None:
    """``text`` without the status that leads it, and that status; ``None`` when no status word leads it
    ("**Preventive:** add …" and "Alerting: add …" name no status)."""
    # "⚠️ **TO DO**: revoke the old token", "🚧 In progress: …": a mark before the status is its decoration.
    decoration = EMOJI_LEAD.match(text) if text[:1] > "\x7f" else None
    after = decoration.end() if decoration is not None else 0
    found = _LEAD.match(text, after)
    if found is None:
        return None
    word = name_key(found["in_bold"] or found["in_square"] or found["in_round"] or found["plain"])
    status = TASK_STATUSES.get(word)
    if status is None:
        return None
    return text[found.end() :], status
