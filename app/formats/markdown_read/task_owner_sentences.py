"""A task's owner (and due date) told in a sentence of the task's own item, as a blog post or a letter writes it.

"- We're adding an alert on disk growth. Noor owns this; target is June 3.", "- The runbook will say to check
the replicas first. Tomás is updating it.", "- Add a canary stage. Li Wei will handle it, by the end of May.":
a careful reader takes the named person as the task's owner and the date after "target is", "by" or "due" as
its due date. The item's text stays as written (nothing is taken out of the sentence); a first name alone
counts only when the document names that person elsewhere too (``task_details.owners_named_elsewhere``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.formats.markdown_read.task_due import due_date
from app.formats.markdown_read.task_names import FULL_NAME, first_name

_NAME = r"[A-ZÀ-Þ][\w'’-]{1,30}(?:[ \t]+[A-ZÀ-Þ][\w'’-]{1,30})?"
# The sentence naming who: a sentence's start (or after a dash or a semicolon), a name, then a verb saying that
# person has the task: "owns this", "will own it", "is on it", "is updating it", "has taken this on".
_WHO = re.compile(
    r"(?:^|(?<=[.!?;:—–])[ \t]+|[ \t]+[-–—][ \t]+)(?P<who>" + _NAME + r")[ \t]+"
    r"(?:owns|will[ \t]+own|is[ \t]+owning|has|has[ \t]+taken|will[ \t]+take|is[ \t]+taking|takes|is[ \t]+on"
    r"|will[ \t]+(?:handle|drive|lead|do|write|update|fix)|is[ \t]+(?:handling|driving|leading)"
    r"|is[ \t]+[a-z]{3,20}ing)"
    r"[ \t]+(?:this|it|that)\b(?:[ \t]+on\b)?",
)
# The due date in the same sentence or the clause after: "target is March 27", "by 3 June", "due 2026-06-01",
# "ETA: Friday", "aiming for May 2".
_DUE = re.compile(
    r"[ \t]*[,;—–-]?[ \t]*(?:and[ \t]+)?(?:(?:the[ \t]+)?target(?:[ \t]+date)?(?:[ \t]+is|:)|due(?:[ \t]+(?:by|on))?"
    r"|by|eta:?|aiming[ \t]+for|deadline(?:[ \t]+is|:)?)[ \t]+(?P<due>[^.;,()]{3,30}(?:,[ \t]*\d{4})?)",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    ("we", "they", "it", "this", "that", "the", "our", "these", "those", "there", "he", "she", "you", "i")
) | frozenset(("everyone", "someone", "nobody", "each", "every", "all", "team", "nothing", "who", "which"))
_LONGEST = 600  # an item longer than this is a paragraph, not a task's line with its owner told in it


def owner_told(text: str, day: date | None) -> dict[str, Any] | None:
    """The owner (and due date) a sentence of ``text`` tells, as task fields; ``None`` when none does. A first
    name alone is marked ``first_name_only``: it stays the owner only if the document names that person again."""
    if len(text) > _LONGEST or " " not in text:
        return None
    found = None
    for match in _WHO.finditer(text):
        found = match  # the last: "Ana asked for it. Noor owns this." names Noor
    if found is None or (found.start() == 0 and found.end() >= len(text.rstrip(" ."))):
        return None  # the whole item is the sentence naming who: no task told beside it
    who = found["who"]
    if who.split()[0].lower() in _NOT_NAMES:
        return None
    full = bool(FULL_NAME.fullmatch(who))
    if not full and not (" " not in who and first_name(who)):
        return None
    fields: dict[str, Any] = {"owner": who}
    if not full:
        fields["first_name_only"] = True
    due_said = _DUE.match(text, found.end())
    if due_said is not None and (due := due_date(due_said["due"].strip(), day)) is not None:
        fields["due"] = due
    return fields
