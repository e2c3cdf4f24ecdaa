"""A "Root cause: …" line typed under the impact's lines, with no blank line or heading between them.

A form pasted as plain text ("Impact:" alone on its line, its sentences, then "Root Cause: The root cause was …")
becomes an "Impact" part holding the cause's line too. A careful reader sees the label: the line is the summary's
root cause, not more of the impact.
"""

from __future__ import annotations

from collections.abc import Collection

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_syntax import outside_fences, unescape_block

_LINES_LOOKED_AT = 200


def cause_line_cut(draft: Draft, lines: list[str], labels: Collection[str]) -> list[str]:
    """``lines`` without a line labelled by one of ``labels`` (and its wrapped lines), which becomes the summary's
    root cause, when none was read yet; else ``lines`` as they were."""
    if draft.summary.root_cause is not None or len(lines) > _LINES_LOOKED_AT:
        return lines
    flags = outside_fences(lines)
    for number, line in enumerate(lines):
        label = split_label(line.strip()) if flags[number] and line[:1] not in (" ", "\t", "-", "*") else None
        if number == 0 or label is None or label[0] not in labels or not label[1]:
            continue
        end = number + 1
        while end < len(lines) and lines[end].strip() and flags[end] and split_label(lines[end].strip()) is None:
            end += 1  # its value wrapped onto the next lines
        wrapped = (text.strip() for text in lines[number + 1 : end])
        draft.summary.root_cause = unescape_block(" ".join([label[1], *wrapped]))
        return lines[:number] + lines[end:]
    return lines
