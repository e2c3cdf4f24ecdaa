"""A known section name followed by words that only qualify it: "Resolution Steps Taken", "Remediation Actions",
"Prevention Measures", "Recovery Plan", "Linha do tempo reconstruída", "Fix aplicado".

``names.section_key`` strips a closing parenthesis first ("(MANDATORY)", "(Still Needed)"); the words left after
the name are a participle ("taken", "applied", "reconstruída") or a noun saying how the part is written ("steps",
"actions", "plan"). Such words never name another part, so the name before them decides. A plan or a roadmap is
work still to do: whatever its name, it is the measures ("Recovery Plan" is not how service came back).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words that say how a part is written or where it stands, never which part it is.
_FORM_WORDS = frozenset(
    (
        *("steps", "actions", "action", "items", "summary", "overview", "details", "notes", "measures", "tasks"),
        *("taken", "applied", "implemented", "performed", "completed", "done", "made", "needed", "required"),
        *("planned", "proposed", "identified", "reconstructed", "observed", "undertaken", "carried", "out"),
        *("plan", "plans", "roadmap", "still", "so", "far"),
    )
)
_FUTURE_WORDS = frozenset(("plan", "plans", "roadmap", "needed", "required", "planned", "proposed"))
# Said of a remedy, these put it in the past: "Remediation Actions Taken" is what was done to end the incident
# (the resolution), not the work still to do its name alone would be.
_DONE_WORDS = frozenset(("taken", "performed", "applied", "undertaken", "carried"))
_REMEDY_NAMES = frozenset(("remediation", "remediations", "corrective actions", "corrective measures", "mitigation"))
# A French participle after the name ("Solution appliquée", "Correctif déployé", "Mesures adoptées").
_FRENCH_PARTICIPLE = re.compile(r"\w{2,20}(?:é|ée|és|ées)")
# A Spanish or Portuguese participle after the name ("reconstruída", "aplicado", "realizadas").
_ROMANCE_PARTICIPLE = re.compile(r"\w{2,20}(?:ad|id|íd)[oa]s?")
_MOST_WORDS = 3


def qualified_key(bare: str, lookup: Callable[[str], str | None]) -> str | None:
    """The part a heading names when its last words only qualify a known name (``lookup`` reads the name)."""
    words = bare.split()
    if len(words) < 2 or len(words) > 8:
        return None
    dropped: list[str] = []
    while len(words) > 1 and len(dropped) < _MOST_WORDS:
        last = words[-1]
        participle = _ROMANCE_PARTICIPLE.fullmatch(last) or _FRENCH_PARTICIPLE.fullmatch(last)
        if last not in _FORM_WORDS and not participle:
            break
        dropped.append(words.pop())
        if len(words) == 1 and words[0] in _FORM_WORDS:
            return None  # "Actions taken" (in a timeline, what was done): no name is left, only its form
        found = lookup(" ".join(words))
        if found is not None:
            if found == "resolution" and _FUTURE_WORDS.intersection(dropped):
                return "measures"  # "Recovery Plan": what is still to be done
            if found == "measures" and " ".join(words) in _REMEDY_NAMES and _DONE_WORDS.intersection(dropped):
                return "resolution"
            return found
    return None
