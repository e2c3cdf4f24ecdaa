"""The poster's line over a Slack post copied from the chat's window: who wrote it, not its title.

Copied from the window, a post opens with its sender and the time it was sent, then the post itself::

    Ananya Rao  4:48 PM
    :rotating_light: *Incident summary - search indexing stalled (SEV3)* :rotating_light:

A careful reader takes the bold line as the title and the sender as the summary's author. This pass writes
the bold line first and the sender's line under it as a labelled line ("Posted by: Ananya Rao", the time it
was sent on a line of its own), so the header reads it as it reads any other author. Only the first line
written is looked at, and only when the post's first bold line comes straight after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# "Ananya Rao  4:48 PM", "dana.k 16:48", "Ananya Rao, 4:48 PM": a sender's name (two to four words, or a handle)
# and the time, as the chat's window shows them over a message.
_POSTER = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.'’-]{0,30}(?:[ \t][A-Z][\w.'’-]{0,30}){0,3}|[a-z][\w.-]{1,40})[ \t]*[,·|]?[ \t]+"
    r"(?P<time>\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*"
)
_LONGEST = 120
POSTED_BY = "Posted by"


def poster_under_title(
    lines: list[str], flags: Sequence[int], is_title: Callable[[str], bool]
) -> tuple[list[str], Sequence[int]]:
    """``lines`` (and their ``flags``) with a sender's line that opens the post moved under the post's bold first
    line (``is_title`` says which that is) and written as "Posted by: name" over "Posted at: time"; ``lines`` and
    ``flags`` themselves for any other post."""
    written = [index for index, line in enumerate(lines[:50]) if line.strip()]
    if len(written) < 2:
        return lines, flags
    first, second = written[0], written[1]
    if not (flags[first] and flags[second]) or len(lines[first]) > _LONGEST or len(lines[second]) > _LONGEST:
        return lines, flags
    poster = _POSTER.fullmatch(lines[first])
    if poster is None or not is_title(lines[second]):
        return lines, flags
    said = [f"{POSTED_BY}: {poster['name']}", f"Posted at: {poster['time']}"]
    moved = [*lines[:first], lines[second], *said, *lines[first + 1 : second], *lines[second + 1 :]]
    return moved, [*flags[:first], 1, 1, 1, *flags[first + 1 : second], *flags[second + 1 :]]
