"""A section's name written at the start of its first paragraph: "Root Cause and Resolution: The web stack's…".

Plain-text post-mortems (and ones pasted from a word processor) often run a section's name into its
text, as a label: "📅 Timeline: Here's how it unfolded:", "Corrective and Preventative Measures: To
keep our system perky we'll…". A reader sees the section begin there. Only the names of the report's
own parts count (the timeline, the root cause and resolution, the measures, the closing words, the
humour): "Impact:" or "Root cause:" at the start of a line is a label inside the summary, and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import names_measure_part, section_key
from app.formats.markdown_read.tokens import heading_of
from app.text_pieces import in_turns

# An emoji or two before the name are decoration ("🔧 Root Cause and Resolution: …").
# (A bold label, "**Humor:** …", is read where it stands by the readers of labelled paragraphs, and so is a
# label whose text runs on in lower case, "Lessons learned: test with two tenants.", as a mail writes it.)
_RUN_IN = re.compile(
    r"(?P<decoration>[^\x00-\x7f\w\s][^\x00-\x7f\w]{0,3}[ \t]*)?(?P<name>[A-Za-z][A-Za-z &/'-]{2,60}?)"
    r"[ \t]*:[ \t]+(?P<text>(?![a-z])\S.*)"
)
# A memo's run-in label, a word or a few with a full stop, bold or plain, opening its paragraph: "Cause. The
# processor's notice…", "**What happened.** At 4:12…", "Next steps." over a numbered list. Capitalised, and
# only a part's name: "Fixed. Then…" names none.
_RUN_IN_STOP = re.compile(
    r"(?P<open>\*\*|__)?(?P<name>[A-Z][a-z]{1,20}(?:[ \t][A-Za-z&/'-]{1,20}){0,3}?)"
    r"(?(open)(?:\.(?P=open)|(?P=open)\.)|\.)"
    r"(?:[ \t]+(?P<text>[A-Z0-9(\"'“‘].*))?"
)
_STOP_PARTS = ("root_cause", "cause", "resolution", "impact", "measures", "closing_notes", "humor")
_PARTS = ("timeline", "root_cause", "measures", "closing_notes", "humor")
_LONGEST_LINE = 5_000


def run_in_section_names(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each paragraph that opens with a part's name and a colon cut into that part's heading
    and its text; ``lines`` itself when there is none (a list a line is costly to copy)."""
    out: list[str] | None = None
    for index, line in in_turns(enumerate(lines)):
        starts_paragraph = index == 0 or not lines[index - 1].strip()
        found = _RUN_IN.fullmatch(line) if flags[index] and len(line) < _LONGEST_LINE else None
        if found is not None and not starts_paragraph and not _measures_lead(found, lines, index):
            found = None
        name = found.group("name").strip() if found is not None else ""
        if found is None and flags[index] and starts_paragraph and len(line) < _LONGEST_LINE:
            found = _RUN_IN_STOP.fullmatch(line)
            name = found.group("name").strip() if found is not None else ""
            if found is not None and section_key(name) in _STOP_PARTS:
                out = lines[:index] if out is None else out
                out.extend((f"###### {name}", "", found.group("text") or ""))
                continue
            found = None
        if found is None or section_key(name) not in _PARTS or names_measure_part(name):
            if out is not None:
                out.append(line)
            continue
        if out is None:
            out = lines[:index]
        out.extend((f"###### {name}", "", found.group("text")))
    return lines if out is None else out


def _measures_lead(found: re.Match[str], lines: list[str], index: int) -> bool:
    """Whether a run-in name inside a paragraph of one-line labels starts the measures: "Corrective Actions:
    the team proposes these fixes:" over "Scaling: add a replica" lines. Its text announces the list under
    it; other labels of such a run ("Impact: …") stay the summary's."""
    return (
        section_key(found.group("name")) == "measures"
        and found.group("text").rstrip().endswith(":")
        and index + 1 < len(lines)
        and bool(lines[index + 1].strip())
    )


# "## Root Cause and Resolution: The root cause was …": a heading whose line runs on into its first sentence.
_RUN_IN_HEADING = re.compile(r"(?P<name>[A-Za-z][A-Za-z &/'-]{2,60}?)[ \t]*:[ \t]+(?P<text>\S.*)")
# "## Timeline: 5 March 2024 (all times UTC)" qualifies its name; a sentence after the colon ends as one, or
# is long ("## Root Cause: A cron job wrote a copy of the logs every minute")
_FEWEST_WORDS, _MANY_WORDS = 4, 8


def run_in_headings(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each heading that carries its section's first sentence after the name and a colon cut
    into the heading and that sentence, as a paragraph under it; ``lines`` itself when there is none.

    The first heading is left alone: "# Incident Summary: Payment outage" is the title, not a section.
    """
    out: list[str] | None = None
    first = True
    for index, line in in_turns(enumerate(lines)):
        found = heading_of(line) if flags[index] and len(line) < _LONGEST_LINE else None
        split = None if found is None or first else _split_heading(found[1])
        first = first and found is None
        if split is None:
            if out is not None:
                out.append(line)
            continue
        out = lines[:index] if out is None else out
        out.extend((f"{'#' * found[0]} {split[0]}", "", split[1]))
    return lines if out is None else out


def _split_heading(heading: str) -> tuple[str, str] | None:
    found = _RUN_IN_HEADING.fullmatch(heading)
    if found is None or section_key(found.group("name")) is None:
        return None
    text, words = found.group("text").strip(), len(found.group("text").split())
    sentence = words >= _MANY_WORDS or (words >= _FEWEST_WORDS and text.rstrip("*_")[-1:] in ".:!")
    return (found.group("name").strip(), text) if sentence else None
