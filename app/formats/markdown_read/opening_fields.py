"""Fields stated on a line of their own in a report's opening ("## Executive Summary" over "**Impact**: four days
of exposure", "**Resolution**: all keys rotated"): the authors' own one-line answers.

They fill the resolution when no section told it (a stated cause is the summary's, read elsewhere). The impact
stated there is the authors' summary of it: it goes first, before what an impact section lists (an evidence list,
say), which stays after it. The lines stay in the opening too. Lines inside a code fence are the text of a tool's
output, never fields.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_syntax import outside_fences

_FIELDS = {
    "impact": "impact",
    "user impact": "impact",
    "customer impact": "impact",
    "resolution": "resolution",
    "fix": "resolution",
}
_LONGEST_LINE = 2000
_MOST_NESTED = 50
_BULLET = re.compile(r"[-*+][ \t]+")


def _stated(sections: list[Section]) -> dict[str, str]:
    found: dict[str, str] = {}
    for section in sections:
        lines = section.lines
        for number, (line, outside) in enumerate(zip(lines, outside_fences(lines), strict=True)):
            # Written as a bold label ("**Impact**:", "- **Impact:**") at the start of its line: a field, not a
            # sentence's words.
            stripped = _BULLET.sub("", line.strip(), count=1)
            if not outside or not stripped.startswith(("**", "__")) or len(stripped) > _LONGEST_LINE:
                continue
            label = split_label(stripped)
            if label is None:
                continue
            field = _FIELDS.get(label[0])
            # "- **Impact:**" over bullets of its own: they are its value.
            value = _wrapped_on(label[1], lines, number) if label[1] else _nested_under(lines, number)
            if field is not None and value and field not in found:
                found[field] = value
    return found


def _wrapped_on(value: str, lines: list[str], number: int) -> str:
    """``value`` with the lines a bullet's text wraps onto ("- **Impact:** … on web" over "  and in the app. …"):
    indented under the bullet, none of them a bullet of its own."""
    if _BULLET.match(lines[number].lstrip()) is None:
        return value
    indent = len(lines[number]) - len(lines[number].lstrip())
    wrapped = [value]
    for line in lines[number + 1 : number + 1 + _MOST_NESTED]:
        if not line.strip() or len(line) - len(line.lstrip()) <= indent or _BULLET.match(line.lstrip()):
            break
        wrapped.append(line.strip())
    return "\n".join(wrapped)


def _nested_under(lines: list[str], number: int) -> str:
    """The lines indented under ``lines[number]`` (a bullet's own bullets), dedented, as one text."""
    indent = len(lines[number]) - len(lines[number].lstrip())
    nested: list[str] = []
    for line in lines[number + 1 : number + 1 + _MOST_NESTED]:
        if not line.strip() or len(line) - len(line.lstrip()) <= indent:
            break
        nested.append(line.strip())
    return "\n".join(nested)


def fields_in_opening(draft: Draft, openings: list[Section]) -> None:
    """Fill the impact and the resolution from the opening's labelled lines (see the module's docstring)."""
    stated = _stated(openings)
    if not stated:
        return
    if (impact := stated.get("impact")) is not None:
        before = draft.summary.impact or ""
        if impact not in before:
            draft.summary.impact = f"{impact}\n\n{before}" if before else impact
    if (resolution := stated.get("resolution")) is not None and not draft.root_cause.resolution:
        draft.root_cause.resolution = resolution
