"""A defect told as what stopped the service: "A bug in the GKE resource quota was preventing the hub from creating
new pods", "A misconfiguration of the proxy kept requests from reaching the API".

A summary often names its cause without the word "cause": its sentence opens with the defect ("a bug in …", "a
regression in …", "a typo in …") and goes on with what that defect did to the service (prevented, blocked, kept
… from, broke, stopped). A careful reader filling in the summary's root cause copies that sentence. A defect that
did no harm in the sentence ("A bug in the dashboard was also fixed") names no cause.
"""

from __future__ import annotations

import re

_DEFECT = (
    r"(?:bug|defect|regression|misconfiguration|mis-configuration|typo|race[ \t]+condition|memory[ \t]+leak|flaw"
    r"|glitch|faulty[ \t]+\w+|broken[ \t]+\w+)"
)
# The sentence opens with the defect ("A bug in …", "An unnoticed regression of …"), then, within a clause, says
# what it did. Bounded runs of words and of other characters: linear on a long line.
_DEFECT_DID_HARM = re.compile(
    rf"[ \t]*(?:an?|the|one)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_DEFECT}\b[^.;\n]{{0,160}}?"
    r"\b(?:(?:was|were|had[ \t]+been)[ \t]+)?(?:prevent(?:ed|ing|s)|block(?:ed|ing|s)|kept|keeping|stopp(?:ed|ing)"
    r"|broke|breaking|took[ \t]+down|taking[ \t]+down|knocked[ \t]+out|made|making|caus(?:ed|ing))\b",
    re.IGNORECASE,
)


def names_a_defect_doing_harm(sentence: str) -> bool:
    """Whether ``sentence`` opens with a defect and says what it did to the service."""
    return _DEFECT_DID_HARM.match(sentence[:400]) is not None
