"""Closing words written at the end of another section: "This postmortem shows…" under the measures' lists.

Many post-mortems end their last section with a paragraph that sums the
report up rather than adding to that section. A careful reader takes it as
the closing notes when the report has no section of them.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.author_notes import is_author_note
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import body_text, heading_of
from app.formats.markdown_syntax import outside_fences, unescape_block

# How such a paragraph opens: it speaks of the report, the incident as a whole, or what the team takes away.
CLOSING_CUE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:(?:Finally|Lastly|Once again|Again|Above all),[ \t]+)?(?:"
    r"(?:This|The|Our) (?:post-?mortem|incident(?: report)?|outage|report|experience|unplanned odyssey)\b"
    r"|In (?:conclusion|summary|short|closing)\b|To (?:conclude|sum up|summari[sz]e)\b"
    r"|These (?:[a-z]+ ){0,2}(?:measures|changes|steps|actions|improvements) (?:will|aim|should|are|help)\b"
    # "With these measures in place, we aim to …": the list looked back on as a whole, after its last item.
    r"|With (?:these|those|all these|the above) (?:[a-z]+ ){0,2}(?:measures|changes|steps|actions|improvements"
    r"|fixes|safeguards)(?: now)? (?:in place|implemented|taken)\b"
    r"|(?:Overall|All in all|Ultimately)\b"
    r"|By (?:implementing|addressing|taking|learning|applying|following|putting|prioriti[sz]ing)\b"
    r"|We (?:(?:want|would like|wish) to |would )?(?:appreciate|apologi[sz]e|thank|are committed|remain committed"
    r"|sincerely|hope)\b|Thank(?:s| you)\b"
    # A sign-off turned to the reader: "Remember, even in the midst of …", "But of course, it will never …".
    r"|(?:(?:And|So)[ \t,]+)?Remember\b|(?:And|But|So)[ \t,]+of course\b"
    # The story's last line: "And that is how we got the site back", "So that's how …", "And that, friends, is how …".
    r"|(?:And|So)[ \t]+that(?:'s|’s|,[^,\n]{1,40},[ \t]+is|[ \t]+is|[ \t]+was)[ \t]+how\b"
    r")",
    re.IGNORECASE,
)


# "We would sincerely take this opportunity to apologize to our users …", "We apologise for …", "Sorry for …"
_APOLOGY = re.compile(r"[^.!?\n]{0,80}?\b(?:apologi[sz]e|apologies|sorry[ \t]+for)\b", re.IGNORECASE)
_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_LIST_OR_TABLE = re.compile(r"[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+|\|)\S")


# The list's last item that looks back on the measures as a whole ("- By implementing these measures, we…").
_CLOSING_ITEM = re.compile(
    r"(?:By (?:implementing|addressing|taking|applying|following|putting)|In (?:conclusion|summary)|Overall"
    r"|To conclude|These (?:[a-z]+ ){0,2}(?:measures|changes|steps|actions|improvements) (?:will|aim|should|help))\b",
    re.IGNORECASE,
)
_MARKER = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")


def _closing_item(lines: list[str], last: int) -> str | None:
    """The closing words written as the last item of a list of two or more, nothing after it: its text."""
    marker = _MARKER.match(lines[last])
    if marker is None or any(line.strip() for line in lines[last + 1 :]):
        return None
    above = next((line for line in reversed(lines[max(last - 3, 0) : last]) if line.strip()), "")
    if not _MARKER.match(above):
        return None  # an item alone, or one under a paragraph, is not a list's last word
    text = lines[last][marker.end() :]
    return text if _CLOSING_ITEM.match(text) else None


def cut_closing_words(lines: list[str]) -> tuple[list[str], list[str]]:
    """A section's lines, and the closing words after its last list or table: from the first paragraph after
    it that opens as closing words ("This postmortem…", "By implementing these measures…") to the end."""
    flags = outside_fences(lines)
    last = max((i for i, line in enumerate(lines) if flags[i] and _LIST_OR_TABLE.match(line)), default=None)
    if last is not None and (closing := _closing_item(lines, last)) is not None:
        return lines[:last], [closing, *lines[last + 1 :]]
    if last is None:
        # Lists written without markers, a paragraph an item: only the last paragraph, after two or more.
        starts = [i for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip())]
        if not starts:
            return lines, []  # an empty section ("## Follow-ups" with nothing under it) closes with nothing
        if len(starts) >= 2 and all(flags[starts[-1] :]) and is_author_note("\n".join(lines[starts[-1] :]).strip()):
            return lines[: starts[-1]], lines[starts[-1] :]  # "Based on a true story.": a note on the story
        # An apology to those affected closes a section of two paragraphs too, however it opens ("We would like
        # to take this chance to apologise …"): no measure is worded so.
        apology = _APOLOGY.match(lines[starts[-1]]) is not None
        cue = apology or CLOSING_CUE.match(lines[starts[-1]]) is not None
        if not (len(starts) >= 3 or (len(starts) == 2 and apology)) or not all(flags[starts[-1] :]) or not cue:
            return lines, []
        return lines[: starts[-1]], lines[starts[-1] :]
    for index in range(last + 1, len(lines)):
        line = lines[index]
        heading = heading_of(line) if flags[index] else None
        if heading is not None and section_key(heading[1]) == "closing_notes":
            return lines[:index], lines[index + 1 :]  # "### Conclusion" closing the measures: its words
        if not flags[index] or heading is not None:
            return lines, []
        if line.strip() and not lines[index - 1].strip() and (CLOSING_CUE.match(line) or is_author_note(line)):
            return lines[:index], lines[index:]
        if _SIGN_OFF.fullmatch(line.strip()) and not lines[index - 1].strip() and not _anything_after(lines, index):
            # "**Now our server is a rockstar. Keep calm and config on!**" alone at the very end: the writer's
            # last words, set in bold, not a measure.
            return lines[:index], lines[index:]
        if _RULE.fullmatch(line) and any(rest.strip() for rest in lines[index + 1 :]):
            # A rule drawn under the list, then words: the report's last words, set apart from the section.
            return lines[:index], lines[index + 1 :]
    return lines, []


# A sentence or two set whole in bold (or italics) and ending as a sentence does; no label ("**Owner: ops.**").
_SIGN_OFF = re.compile(r"(?P<mark>\*\*|__|\*|_)(?=[^\W\d_])[^*_:\n]{10,400}?[.!?][)\"'”’]?(?P=mark)")


def _anything_after(lines: list[str], index: int) -> bool:
    return any(line.strip() for line in lines[index + 1 : index + 50]) or len(lines) > index + 50


def closing_words_from_measures(draft: Draft) -> None:
    """The closing words cut from the end of the measures, as the closing notes when no section gave them;
    else kept with the measures' other text, as written."""
    if draft.closing_after_measures is None:
        return
    section, lines = draft.closing_after_measures
    if draft.closing_notes is None:
        draft.closing_notes = unescape_block(body_text(lines))
    else:
        draft.keep(section, lines)
