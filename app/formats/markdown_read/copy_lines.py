"""A courtesy-copy line ("cc @product-team @support-leads", "CC: ana@example.com"): who was sent the report.

Written under the action items' table or list, it names who should read them, not a task of theirs: a careful
reader keeps it as written. Handles and addresses only: "cc" before a sentence is left to the other readers.
"""

from __future__ import annotations

import re

_ADDRESSEE = r"(?:@[\w.-]{1,60}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})"
_COPY_LINE = re.compile(
    rf"[ \t]*(?:[-*+][ \t]+)?(?:cc|bcc|cc'd|fyi)[ \t]*:?[ \t]+{_ADDRESSEE}"
    # (a comma or a space between two: a handle holds neither, so a line is split one way only)
    rf"(?:(?:[ \t]*[,;][ \t]*|[ \t]+)(?:and[ \t]+)?{_ADDRESSEE}){{0,40}}"
    r"[ \t]*\.?[ \t]*",
    re.IGNORECASE,
)
_LONGEST = 2000


def is_copy_line(line: str) -> bool:
    """Whether ``line`` only names who is sent a copy ("cc @product-fernway @support-leads")."""
    return len(line) <= _LONGEST and _COPY_LINE.fullmatch(line) is not None
