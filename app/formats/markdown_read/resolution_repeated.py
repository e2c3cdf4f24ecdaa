"""A resolution given twice: a status header's one line, then a "## Resolution" section that opens with it.

"> **Fix:** PR #43, deployed 22 June." at the top, and under "## Resolution" "PR #43, deployed 22 June:" over
the list of what the change did: the header said in one line what the section tells in full. A reader takes the
section as the resolution; it holds the header's words too, so nothing of the document is lost.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"[*_`\\]")
_SPACE = re.compile(r"\s+")
_LONGEST_LINE = 300  # a header's value, one line: longer, it is a story of its own
_SHORTEST_LINE = 8  # "Reverted", "Fixed": too few words to know the section repeats them
_LONGEST_TEXT = 20_000  # of the section, looked at


def _plain(text: str) -> str:
    return _SPACE.sub(" ", _MARKS.sub("", text)).strip().lower()


def section_repeating(given: str | None, section_text: str) -> str | None:
    """``section_text`` when it repeats ``given`` (one short line, its last stop or colon aside), else ``None``."""
    if not given or "\n" in given.strip() or len(given) > _LONGEST_LINE:
        return None
    line = _plain(given).rstrip(".:;!")
    if len(line) < _SHORTEST_LINE or _plain(section_text) == _plain(given):
        return None
    return section_text if line in _plain(section_text[:_LONGEST_TEXT]) else None
