"""A sign-off spaced out with HTML line breaks, the writer's role under the name.

A README's writer spaces the end of a letter with "</br>" lines (Markdown would join the lines otherwise)::

    Sincerely,
    </br>
    </br>
    José Valdiviezo

    Software Reliability Engineer.

A reader sees the same sign-off as "Sincerely,\\nJosé Valdiviezo": the name is who signed, the line under it the
role. The break lines and blank lines between the parts are no text of their own.
"""

from __future__ import annotations

import re

BREAK_LINE = re.compile(r"[ \t]*(?:<\/?br[ \t]*\/?>[ \t]*)+", re.IGNORECASE)
_ROLE = re.compile(
    r"[\w&'’ ,/-]{0,50}?\b(?:engineer|developer|student|manager|administrator|admin|architect|lead|intern|analyst"
    r"|sre|devops|consultant|specialist|technician|officer|programmer)s?[ \t]*\.?[ \t]*"
    # "for the Checkout Team", "on behalf of the `payments` team": the team the writer signs for
    r"|(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:the[ \t]+)?[\w&'’`. -]{1,40}?[ \t]team[ \t]*\.?[ \t]*",
    re.IGNORECASE,
)
_LONGEST_ROLE = 60
_NEAR = 6
"""How many blank or break lines may stand between the sign-off's parts."""


def _spacing(line: str) -> bool:
    return not line.strip() or BREAK_LINE.fullmatch(line) is not None


def _line_above(lines: list[str], index: int) -> int:
    """The nearest written line above ``index`` across a few blank or break lines; -1 if none."""
    above = index - 1
    while above >= 0 and index - above <= _NEAR and _spacing(lines[above]):
        above -= 1
    return above if above >= 0 and not _spacing(lines[above]) else -1


def spaced_sign_off(lines: list[str], last: int, name: re.Pattern[str], valediction: re.Pattern[str]) -> int | None:
    """Where a sign-off spaced by break lines starts ("Sincerely," over breaks, a name, perhaps a role after
    it), the text ending at ``last``; ``None`` when the end is no such sign-off. ``name`` and ``valediction``
    match a signing name's line and a valediction's, whole."""
    written = lines[last].strip()
    name_at = last
    if len(written) <= _LONGEST_ROLE and _ROLE.fullmatch(written):
        above = _line_above(lines, last)  # "Software Reliability Engineer." under the name
        name_at = above if above >= 0 and name.fullmatch(lines[above].strip()) else last
    if name_at < 0 or name.fullmatch(lines[name_at].strip()) is None or valediction.fullmatch(lines[name_at].strip()):
        return None
    start = _line_above(lines, name_at)
    if start < 0 or not valediction.fullmatch(lines[start].strip()):
        return None
    if name_at == last and start == last - 1:
        return None  # "Thanks,\nRachel" with nothing between: the plain sign-off's, read as it is
    return start
