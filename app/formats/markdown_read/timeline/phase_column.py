"""A timeline table's "Phase" column as evidence of each row's kind.

Security post-mortems (NIST SP 800-61) and some incident tools tag each timeline row with the response's
phase: Detection, Escalation, Containment, Eradication, Recovery, Notification. A careful reader takes the
phase as the row's kind where the words do not say better: "1,204 files quarantined" in the Eradication
phase is a deed, "confirms the anomalous calls" in the Detection phase is the detection. A phase allows
some kinds besides its own ("we first believed the keys were phished" during Containment is a wrong path,
"new keys issued" during Recovery a deed): when the words give one of those, the words win. A phase that
says nothing of the kind ("Investigation", "—") leaves the words to decide.
"""

from __future__ import annotations

from app.formats.markdown_read.timeline.kinds import guess_kind
from app.formats.markdown_read.tokens import name_key
from app.model import EventKind

_DETECTED = frozenset({EventKind.DETECTION})
_DEEDS = frozenset({EventKind.ACTION, EventKind.MISLEADING})
_ENDING = frozenset({EventKind.RESOLUTION, EventKind.ACTION})
_TOLD = frozenset({EventKind.NOTE, EventKind.ESCALATION})

# The phase's kind, and the kinds its words may give instead.
_PHASES: dict[str, tuple[EventKind, frozenset[EventKind]]] = {
    **dict.fromkeys(("detection", "identification", "detected"), (EventKind.DETECTION, _DETECTED)),
    **dict.fromkeys(("escalation", "escalated"), (EventKind.ESCALATION, frozenset({EventKind.ESCALATION}))),
    **dict.fromkeys(
        ("containment", "eradication", "mitigation", "remediation", "response"), (EventKind.ACTION, _DEEDS)
    ),
    **dict.fromkeys(("recovery", "resolution", "resolved", "recovered"), (EventKind.RESOLUTION, _ENDING)),
    **dict.fromkeys(("notification", "communication", "communications", "comms"), (EventKind.NOTE, _TOLD)),
}


def phase_kind(phase: str, text: str) -> EventKind | None:
    """The kind of a row of phase ``phase`` saying ``text``; ``None`` when the phase names no kind."""
    found = _PHASES.get(name_key(phase.strip().strip("*_`")))
    if found is None:
        return None
    own, allowed = found
    guessed = guess_kind(text)
    return guessed if guessed in allowed else own
