"""Measures each written under a heading of its own, after the measures' heading, at its level:

    # Corrective and Preventative Measures
    # Staging First:
    Try every configuration change in staging before it reaches production.
    # Queue Alerts:
    Page the on-call engineer when the queue backs up.

Each such heading names one measure (it ends with a colon, as a label does, and names no part of a report):
folded into the measures' section as a labelled paragraph, which the measures' reader takes as one
improvement, its name kept (``label_blocks``). Only a run of two or more, right after the measures' heading.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.label_blocks import title_label
from app.formats.markdown_read.names import section_key

_LEAST_RUN = 2


def _names_a_measure(heading: str) -> bool:
    text = heading.strip().strip("*_").strip()
    if not text.endswith((":", "：")):
        return False
    return section_key(text) is None and title_label(text[:-1].strip())


def fold_measure_headings(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """``sections`` with each run of measure-naming headings after a measures' section folded into it."""
    limit = len(sections) if extras_from is None else extras_from
    out: list[Section] = []
    folded = 0
    number = 0
    while number < len(sections):
        section = sections[number]
        out.append(section)
        number += 1
        if number > limit or section_key(section.heading) != "measures":
            continue
        run = number
        while run < limit and sections[run].level == section.level and _names_a_measure(sections[run].heading):
            run += 1
        if run - number < _LEAST_RUN:
            continue
        lines = list(section.lines)
        for part in sections[number:run]:
            body = list(part.lines)
            while body and not body[0].strip():
                body.pop(0)
            lines.extend(("", part.heading.strip(), *body))
        section.lines = lines
        folded += run - number
        number = run
    return out, None if extras_from is None else extras_from - folded
