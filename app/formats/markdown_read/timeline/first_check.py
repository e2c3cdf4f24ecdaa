"""The first check that finds the service down, after a silent start, is how the incident became known.

A timeline that opens on the incident's own course ("Build succeeds", "Container crashes silently", "Service
stops retrying": nobody saw it) and then tells "Confirmed via `curl`: the site returns HTTP 404" has found the
outage at that check: a careful reader calls it the detection, though someone ran a command (a step, read
alone). Only where no detection or escalation came before it, and something came before it: a check alone in its
timeline is a step of the response.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import EventDraft
from app.model import EventKind

# The service answering with an error, in English, Spanish, Portuguese, French or Italian: "returns HTTP 404",
# "retorna HTTP 404", "devuelve 503", "renvoie une 502", "restituisce 500".
_ANSWERS_WITH_AN_ERROR = re.compile(
    r"\b(?:returns?|returned|returning|responds?[ \t]+with|answers?[ \t]+with|gives?|gave|retorna(?:va)?"
    r"|devuelve|devolvía|devolve|renvoie|restituisce)[ \t]+(?:an?[ \t]+|une?[ \t]+|um[ \t]+|o[ \t]+|el[ \t]+)?"
    r"(?:http[ \t]*)?(?:status[ \t]+)?(?:code[ \t]+)?[`'\"]?[45]\d\d\b",
    re.IGNORECASE,
)


def first_check_as_detection(events: list[EventDraft]) -> None:
    """Make the first guessed step that finds the service answering with an error the detection, when only the
    incident's course (notes) came before it."""
    for index, event in enumerate(events):
        if event.kind is not EventKind.NOTE:
            if (
                index
                and event.kind_guessed
                and event.kind is EventKind.ACTION
                and _ANSWERS_WITH_AN_ERROR.search(event.text[:400])
            ):
                event.kind = EventKind.DETECTION
            return
