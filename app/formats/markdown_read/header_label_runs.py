"""A header line of several labels ("_Status: Final · Severity: SEV-1 · Owner: Realtime team_") cut into its parts.

The parts are separated by "·", "•" or "|"; a part written without its label ("SEV3", "2024-09-18",
"opened by **mkoval**") gets the label its value says, so that the header reads it as any labelled line.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.authors import byline_names
from app.formats.markdown_read.labels import severity_of
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_read.whole_emphasis import inside_emphasis, without_whole_emphasis
from app.timefmt import parse_date

# Emoji and symbols before a label ("🗓️ **Incident date:**") are decoration.
_DECORATION = re.compile(r"^[^\w*_(]+")
# "*Autori: A, B — Gravità: SEV2 — Stato: definitivo*": a spaced dash parts the labels as a "·" does.
_RUN_SEPARATOR = re.compile(r"[ \t]+[·•|—–][ \t]+")


def label_run(line: str) -> list[str] | None:
    """The parts of a line of "Label: value" parts separated by "·", "•" or "|" (a quote, emoji allowed)."""
    line = line.removeprefix(">").strip()
    if len(line) > 500 or not any(mark in line for mark in "·•|—–"):
        return None  # a long line is prose; the separator pattern would retry at every space of it
    # The whole line in italics, or each part ("_Status: Final_ · _Severity: SEV1_"): the labels inside.
    parts = [
        without_whole_emphasis(_DECORATION.sub("", part)) for part in _RUN_SEPARATOR.split(without_whole_emphasis(line))
    ]
    # "Facilitator: Nadia Benali · 2024-09-18 · SEV3": a date or a severity needs no label to be known.
    parts = [_unlabelled(part) for part in parts]
    labelled = sum(1 for part in parts if (label := split_label(part)) and label[1])
    # "*Facilitator and write-up: Morgan Ellis · Attendees: Kai, Noor · Debrief held 2 July*": two labels
    # make it a run even with a part that is not one (then the line stays as written).
    if len(parts) < 2 or labelled < min(len(parts), 2):
        return None
    return parts


def emphasised_label(line: str) -> str | None:
    """ "*Service: auth-gateway (login)*": a labelled line set in italics (or bold) as a whole, without them."""
    inside = inside_emphasis(line.strip()) if len(line) <= 500 else None
    if inside is None or (label := split_label(inside)) is None or not label[1]:
        return None
    return inside


# "SEV3", "Sev 2", "P1", "S2": a level written as one (a word such as "High" could be a priority or a status).
_WRITTEN_LEVEL = re.compile(r"(?:sev(?:erity)?[- ]?|p|s)[0-5]", re.IGNORECASE)


def _unlabelled(part: str) -> str:
    """A part of a run written without its label, with the label its value says ("SEV3" → "Severity: SEV3")."""
    if "opened" in part.lower()[:100] and len(part) <= 200 and byline_names(part):
        # An issue page's "opened by **mkoval**", "mkoval opened this issue on …": one of the page's fields.
        return f"Opened by: {part}"
    if len(part) > 40 or split_label(part) is not None:
        return part
    if _WRITTEN_LEVEL.fullmatch(part.strip()) and severity_of(part) is not None:
        return f"Severity: {part}"
    if parse_date(part.strip()) is not None:
        return f"Date: {part}"
    return part
