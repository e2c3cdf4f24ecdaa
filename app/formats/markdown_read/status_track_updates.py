"""A cState status page's updates written as paragraphs, each closed by Hugo's "track" shortcode.

cState (a Hugo theme for status pages) has an incident file write each update as a paragraph: its status in
emphasis, its text, and the moment it was posted in a shortcode the page draws as a date::

    *Investigating* - We are looking into failed logins. {{< track "2023-06-29 19:59:10" >}}

    **Problème identifié** Notre hébergeur signale une panne réseau. {{< track "2019-03-30 20:08:19" >}}

A reader takes these paragraphs as the incident's timeline, each at the moment its shortcode gives, in the order
written. A paragraph opened by a status word in any language but posted with no moment (a last "**Résolu** …")
is an update too, without a time; a shortcode alone under a paragraph dates that paragraph. The paragraphs before
and between the updates that are neither (the incident's description) stay where they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.formats.markdown_read.status_words import STATUS_KINDS, other_language_status

# {{< track "2019-03-30 20:08:19" >}} (also with the spaces people type inside the brackets)
_TRACK = re.compile(r"\{\{<[ \t]*track[ \t]+\"(?P<when>[^\"\n]{0,40})\"[ \t]*>[ \t]*\}\}")
# "*Investigating* - ", "**Problème identifié** ", "**Update**: ", "_Resolved_ —": the status in emphasis.
_STATUS_LEAD = re.compile(r"[ \t]*(?P<mark>\*\*|__|\*|_)(?P<status>[^*_\n]{2,40}?)(?P=mark)[ \t]*[-–—:]?[ \t]*")
_RULE = re.compile(r" {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*")
_LONGEST_LINE = 5000
"""Longer lines are never an update's: the patterns stay cheap."""


@dataclass
class _Paragraph:
    lines: range
    text: str  # its lines joined, without the shortcode
    when: str | None  # the shortcode's moment, as written
    tracked: bool  # whether it had a shortcode (an empty one, "", says it has no moment)


def take_tracked_updates(lines: list[str]) -> list[str] | None:
    """The updates as timeline entries ("- 2019-03-30 20:08:19 — **Surveillance** …", or "- **Résolu** …" without
    a moment), taken out of ``lines``; ``None`` (``lines`` unchanged) unless one paragraph has a shortcode."""
    if not any("{{<" in line and "track" in line for line in lines):
        return None
    paragraphs = _paragraphs(lines)
    chosen: list[_Paragraph] = []
    for number, paragraph in enumerate(paragraphs):
        if paragraph.tracked and not paragraph.text:
            # The shortcode alone under its update's text: the paragraph before it is the update.
            before = paragraphs[number - 1] if number else None
            if before is not None and not before.tracked and before.text and (not chosen or chosen[-1] is not before):
                before.when, before.lines = paragraph.when, range(before.lines.start, paragraph.lines.stop)
                chosen.append(before)
            continue
        if paragraph.text and (paragraph.tracked or _opened_by_a_status(paragraph.text)):
            chosen.append(paragraph)
    if not any(paragraph.tracked or paragraph.when for paragraph in chosen):
        return None
    taken = {index for paragraph in chosen for index in paragraph.lines}
    # The "---" drawn right above an update goes with it (left alone, it would close the text above).
    taken |= {p.lines.start - 1 for p in chosen if p.lines.start and _RULE.fullmatch(lines[p.lines.start - 1])}
    lines[:] = [line for index, line in enumerate(lines) if index not in taken]
    entries: list[str] = []
    for paragraph in chosen:
        entries.append(f"- {paragraph.when} — {paragraph.text}" if paragraph.when else f"- {paragraph.text}")
    return entries


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    """The runs of lines between blank lines, outside code fences, each read for its shortcode."""
    found: list[_Paragraph] = []
    start: int | None = None
    fenced = False
    for index, line in enumerate([*lines, ""]):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            start = None
            continue
        if fenced:
            continue
        written = bool(line.strip()) and len(line) <= _LONGEST_LINE  # (a longer line ends a paragraph, as a blank)
        written = written and not _RULE.fullmatch(line)  # a "---" drawn above an update is no text of it
        if written and start is None:
            start = index
        elif not written and start is not None:
            found.append(_read(lines, range(start, index)))
            start = None
    return found


def _read(lines: list[str], span: range) -> _Paragraph:
    joined = " ".join(lines[index].strip() for index in span)
    tracks = list(_TRACK.finditer(joined))
    track = tracks[-1] if tracks else None  # the last shortcode is the update's moment
    if track is None:
        return _Paragraph(span, joined, None, False)
    text = " ".join(_TRACK.sub(" ", joined).split())
    return _Paragraph(span, text, track.group("when").strip() or None, True)


def _opened_by_a_status(text: str) -> bool:
    """Whether a paragraph opens with a status page's status word in emphasis ("**Resolu** Les deux …")."""
    lead = _STATUS_LEAD.match(text)
    if lead is None or lead.end() >= len(text):
        return False
    status = lead.group("status").strip()
    return status.lower() in STATUS_KINDS or other_language_status(status) is not None
