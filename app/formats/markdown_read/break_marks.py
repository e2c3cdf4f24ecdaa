"""Lines of backslashes alone ("\\\\", "\\"), typed between entries to force a break.

Some writers end each line with "<br />" and put a line of backslashes under it, as LaTeX breaks a line, to
make sure the renderer leaves space between two entries. Markdown shows the backslashes as text; a reader sees
the gap they were meant to make, no words. Each such line is read as the blank line it stands for (line for
line, so positions do not move), so it joins no entry's text.
"""

from __future__ import annotations

from collections.abc import Sequence

_LONGEST_MARK = 8  # "\\\\\\\\": more backslashes than this alone on a line are something else


def without_break_marks(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each line of backslashes alone written blank; the same list when there is none."""
    out: list[str] | None = None
    for index, line in enumerate(lines):
        if line[:1] not in ("\\", " ", "\t") or not flags[index]:
            continue
        mark = line.strip(" \t")
        if not mark or len(mark) > _LONGEST_MARK or mark.strip("\\"):
            continue
        out = out if out is not None else list(lines)
        out[index] = ""
    return lines if out is None else out
