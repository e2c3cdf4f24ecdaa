"""The timeline entry that applied the fix, as the resolution of a report that tells it nowhere else.

Many reports have no "Resolution" section: the fix is a step of the timeline ("16:33 Deleted the ingress pods and
waited for new ones", then "16:35 Confirmed the site is back"). A careful reader filling in "how was it resolved"
copies the step that did it: the entry that ends the incident when it tells a deed ("The PR has been merged and
deployed, bringing the outage to an end"), else the last deed just before it. An entry that only tells the state
it ended in ("Order is restored!") says nothing of how, and gives none. The copy is said to be a guess.

``resolution_from_the_timeline`` is the reader's one last resort for the resolution: an entry's own "the incident
was resolved by …" clause first (``timeline_resolution``), told by the writer and kept with no note; then this.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, EventDraft
from app.formats.markdown_read.timeline_resolution import resolution_from_the_fix_entry
from app.formats.markdown_syntax import unescape_block
from app.model import EventKind

# A deed that changes the system: what was done to fix it, not what was seen or thought ("restored", "resolved"
# and "back" tell the state it ended in; "checked", "noticed" tell no change).
_DEED = re.compile(
    r"\b(?:merged|(?:re)?deploy(?:ed|s)|replaced?|patch(?:ed|es)?|restart(?:ed|s)?|reboot(?:ed|s)?"
    r"|revert(?:ed|s|ing)?|roll(?:ed|s|ing)?[ \t]+back|rolled-back|updated?s?|correct(?:ed|s)|fixed"
    r"|pushed|reinstall(?:ed|s)?|deleted?|removed?|cordon(?:ed)?|kill(?:ed|s)?|renamed?|edited|applied|upgraded?"
    r"|expanded?|rotated?|recreated?|increased|scaled[ \t]+(?:up|out))\b",
    re.IGNORECASE,
)
# "Failed to restart", "could not deploy", "tried to roll back": a deed that did not happen.
_NOT_DONE = re.compile(
    r"\b(?:fail(?:ed|s)?|could[ \t]+not|couldn't|unable|tried|attempt(?:ed|s)?|did[ \t]+not)\b", re.I
)
# "Found a firewall rule pushed at 14:55 that …", "Identified the bad deploy": what was found, however it was made.
_FINDING = re.compile(
    r"[ \t*_—–-]*(?:we[ \t]+)?"
    r"(?:found|identified|discovered|noticed|realized|realised|determined|traced|saw|spotted)\b",
    re.IGNORECASE,
)
# "Status page updated", "Customers informed": word sent out about the incident, not a change that fixed it.
_TELLING = re.compile(
    r"\b(?:status[ \t]*page|announce[ds]?|communicated|tweet(?:ed)?|informed|notified|posted|e-?mailed)\b",
    re.IGNORECASE,
)
_LONGEST_LOOK = 400  # characters of an entry looked at
_STEPS_BACK = 3  # entries looked at before the one that ends the incident
_SKIPPED = (EventKind.MISLEADING, EventKind.DETECTION)


def resolution_from_the_timeline(draft: Draft) -> None:
    """The resolution of a report that tells its fix only in the timeline, when no section nor sentence told one:
    the clause of an entry saying how it was resolved ("…, the incident was resolved by tracing its calls"), read
    as written; else the step that applied the fix, copied with a note that it was a guess."""
    resolution_from_the_fix_entry(draft)
    resolution_from_the_fix_step(draft)


def resolution_from_the_fix_step(draft: Draft) -> None:
    """Copy the timeline's fix step to the resolution when it is empty, and note the guess."""
    if draft.root_cause.resolution or not draft.timeline:
        return
    events = draft.timeline
    ending = next((at for at, event in enumerate(events) if event.kind is EventKind.RESOLUTION), len(events) - 1)
    for at in range(ending, max(ending - _STEPS_BACK - 1, -1), -1):
        if events[at].kind in _SKIPPED or not _tells_a_deed(events[at]):
            continue
        # The deeds done one after another ("replaced the file with a link", then "restarted the server"): the fix.
        first = at
        while first > max(at - _STEPS_BACK + 1, 0) and events[first - 1].kind is EventKind.ACTION:
            if not _tells_a_deed(events[first - 1]):
                break
            first -= 1
        steps = [unescape_block(event.text.strip()) for event in events[first : at + 1]]
        draft.root_cause.resolution = steps[0] if len(steps) == 1 else "\n".join(f"- {step}" for step in steps)
        event = events[first]
        which = "entry" if len(steps) == 1 else "entries"
        when = f" {'at' if len(steps) == 1 else 'from'} {event.time:%H:%M}" if event.has_clock and event.time else ""
        draft.notes.append(
            f"The resolution was taken from the timeline's {which}{when}; check it on the Root Cause page"
        )
        return


def _tells_a_deed(event: EventDraft) -> bool:
    # A step of a timeline has its moment: an untimed "**Resolution:** …" paragraph among the kinds' labels is
    # the timeline's own part, which ``resolution_told_in_timeline`` reads when it is one.
    if event.time is None:
        return False
    head = event.text[:_LONGEST_LOOK]
    if _DEED.search(head) is None or _FINDING.match(head) is not None:
        return False
    return _NOT_DONE.search(head) is None and _TELLING.search(head) is None
