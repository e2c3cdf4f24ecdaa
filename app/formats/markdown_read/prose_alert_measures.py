"""A new alert or check the report's prose says is being set up: "We are also working with Hyperping to set up an
alert for the JavaScript loading."

A short report (a status page's incident, a few paragraphs) often tells its one measure in a sentence, with no
"to prevent a recurrence" before it: a new alert, monitor or check that would have caught the fault. A reader
copies it into the improvements. Only such a sentence, with "we" doing it: "We are working to restore service"
is no measure, and "the alert was set up wrongly" tells of the past.
"""

from __future__ import annotations

import re

# "we are (also) working with Hyperping to set up an alert", "we will add monitoring for", "we've created a check".
_NEW_ALERT = re.compile(
    r"^(?:we|our team|the team)(?:[ \t]+are|[ \t]+will|[ \t]+have|['’]re|['’]ll|['’]ve)(?:[ \t]+also)?(?:[ \t]+be)?"
    r"(?:[ \t]+working(?:[ \t]+with[ \t]+[^.;\n]{1,60}?)?[ \t]+(?:to|on))?"
    r"[ \t]+(?:set(?:ting)?[ \t]+up|add(?:ed|ing)?|creat(?:e|ed|ing)|implement(?:ed|ing)?|introduc(?:e|ed|ing)"
    r"|build(?:ing)?|configur(?:e|ed|ing))"
    r"[ \t]+(?:(?:an?|new|more|better|additional|extra|the)[ \t]+){0,3}(?:[\w-]+[ \t]+){0,2}?"
    r"(?:alerts?|alerting|alarms?|monitors?|monitoring|checks?|health[ \t]?checks?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LONGEST_PROSE = 20_000
_MOST = 5


def alert_measures(texts: list[str]) -> list[str]:
    """The sentences of ``texts`` that say a new alert or check is being set up, as written."""
    found: list[str] = []
    for text in texts:
        flat = " ".join(text[:_LONGEST_PROSE].split())
        for sentence in _SENTENCE_END.split(flat):
            if _NEW_ALERT.match(sentence) and len(found) < _MOST:
                found.append(sentence.strip())
    return found
