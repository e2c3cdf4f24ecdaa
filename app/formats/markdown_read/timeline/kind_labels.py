"""A timeline written by kind rather than by time, as many reports fill in the well-known template.

"Detection Time: March 4, 10:00 AM" over "Detection Method: a shopper wrote in", "Actions Taken:" over
its list, "Escalation: the checkout team": each label names the kind of what follows, as the
reference's ``- **Detection:**`` groups do. Written as plain lines (or as bullets naming the detection's
time and its method apart), they are rewritten here into those groups, line for line, before the
timeline's recognisers read them; the labels' own words are kept in the rewritten lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.milestone_words import is_milestone_line
from app.formats.markdown_read.timeline.bare_steps import is_plain
from app.formats.markdown_read.timeline.kinds import DETECTION_HOW, DETECTION_WHEN, kind_named
from app.formats.markdown_read.tokens import BULLET, TIME_LED, heading_of, name_key, split_label
from app.formats.markdown_syntax import outside_fences
from app.timeparse import read

# The detection written as two labels: when, then how ("Detection Time:", "Detection Method:").
_DETECTION_WHEN = DETECTION_WHEN
_DETECTION_HOW = DETECTION_HOW


def kind_labelled_lines(lines: list[str]) -> list[str]:
    """``lines`` with plain kind labels as the reference's groups, and a detection's time and method,
    written apart, as one group: its time alone on the first nested bullet, its text on the next."""
    flags = outside_fences(lines)
    out: list[str] = []
    in_group = False  # the lines under a plain label written as a group: its list, nested under it
    index = 0
    while index < len(lines):
        line = lines[index]
        bullet = BULLET.match(line)
        heading = heading_of(line) if flags[index] else None
        if heading is not None and kind_named(heading[1]) is not None and _paragraph_follows(lines, flags, index):
            # "### Misleading investigation" over a paragraph (not a list): the paragraph is its event
            out.append(f"- {heading[1].strip().rstrip(':')}:")
            in_group, index = True, index + 1
            while index < len(lines) and flags[index] and not BULLET.match(lines[index]):
                if heading_of(lines[index]) is not None or _entries_resume(lines, index):
                    break
                out.append(f"  {lines[index]}" if lines[index].strip() else "")
                index += 1
            in_group = False
            continue
        if not flags[index] or heading is not None:
            in_group = False
            out.append(line)
            index += 1
            continue
        timed = _TIMED_LABEL.fullmatch(line[bullet.end() :] if bullet else line) if not line[:1].isspace() else None
        if timed is not None and _CLOCK.search(timed.group("when")) and _reads_as_a_time(timed.group("when")):
            # "Detection and Discovery (Nov 5, 2023, 21:30): The alert fired": the time in brackets
            label, when, text = timed.group("label").strip(), timed.group("when").strip(), timed.group("text")
            if kind_named(label) is not None:
                out.extend([f"- {label}:", f"  - {when}", f"  - {text.strip()}"])
            elif kind_named(first := label.split(" and ")[0]) is not None:
                # "Detection and Discovery (…):" names the kind by its first words; all of them stay in the text
                out.extend([f"- {first}:", f"  - {when}", f"  - {label}: {text.strip()}"])
            else:
                out.append(f"- {when} – {label}: {text.strip()}")
            in_group = False
            index += 1
            continue
        if bullet is None and _milestones_run_on(lines, index):
            # "Resolved: 12 Feb, 15:20" over "Review held: 14 Feb, 10:00": key timestamps, each its own event,
            # not a kind's group over the lines after it (``milestone_lines``)
            out.append(line)
            in_group = False
            index += 1
            continue
        label = _kind_label(line[bullet.end() :] if bullet and not _nested(bullet) else line)
        if label is not None and (bullet is None or not _nested(bullet)):
            key, value = label
            pair = _detection_pair(lines, flags, index, key, value)
            if pair is not None:
                out.extend(pair[0])
                index = pair[1]
                in_group = False
                continue
            if bullet is None and value and not _CLOCK.search(value) and _amid_told_lines(lines, flags, index):
                # "Misleading paths: Initially we suspected …" on its own line among untimed sentences, one entry
                # a line: one more of them, its words kept whole as written (its label gives its kind: kinds.py)
                out.append(line)
                in_group = False
                index += 1
                continue
            if bullet is None:
                out.append(f"- {line.strip()}")  # "Actions Taken:" alone: the group's head
                in_group = True
                index += 1
                if not value and (paragraph := _paragraph_after_blank(lines, flags, index)):
                    # "Actions Taken:", a blank line, then its lines: they are the group's, nested under it
                    out.extend(f"  {text}" for text in paragraph)
                    index += 1 + len(paragraph)
                    in_group = False
                    continue
                following = lines[index] if index < len(lines) and flags[index] else ""
                if following and not BULLET.match(following) and TIME_LED.match(following):
                    # "Misleading paths: …" then "2:00 PM UTC: escalated to …": the timeline goes on; the
                    # timed line is not more of the label's paragraph, nor of its kind
                    out.append("")
                    in_group = False
                continue
        if in_group and bullet is not None and not _nested(bullet):
            out.append(f"  {line}")  # the group's list, nested under it
        else:
            in_group = in_group and (bool(line.strip()) or _next_is_bullet(lines, index))
            out.append(line)
        index += 1
    return out


def _milestones_run_on(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` and the line after it are both a milestone's name and time alone."""
    return (
        index + 1 < len(lines)
        and is_milestone_line(lines[index]) is not None
        and is_milestone_line(lines[index + 1]) is not None
    )


# "Isolation (Nov 5, 2023, 21:50): …", "**Issue Detection (November 10, 2023, 8:00 PM)**: …": a label
# with the moment in brackets, then its text. The label's words are bounded, so the match stays linear.
_TIMED_LABEL = re.compile(
    r"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z /&-]{1,50}?)[ \t]*\((?P<when>[^()\n]{4,40})\)(?:\*\*|__)?"
    r"[ \t]*:(?:\*\*|__)?[ \t]*(?P<text>\S.*)"
)
_ANY_YEAR = 2000
"""Only whether it reads is asked here: the entry is dated in the document's year when its time is read."""
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\d{1,2}[ \t]?[ap]\.?m\b", re.IGNORECASE)


def _reads_as_a_time(text: str) -> bool:
    """Whether ``text`` ("Nov 5, 2023, 21:30", "Nov, 5, 23:00" in the document's year) reads as a moment with a
    clock; a slip ("Nov 5, 2023, 25:15") is left as written rather than made an event of its own."""
    reading = read(text.strip(), default_year=_ANY_YEAR)
    return reading is not None and reading.has_time


def _kind_label(text: str) -> tuple[str, str] | None:
    """``(key, value)`` when ``text`` opens with a label naming a kind of event."""
    stripped = text.strip()
    if ":" not in stripped[:80]:
        return None
    label = split_label(stripped)
    if label is None or not label[0] or name_key(stripped.split(":", 1)[0]) != label[0]:
        return None  # "**Resolved** — 10 Oct, 18:02 UTC": a status update's word, not a label with its colon
    return label if kind_named(label[0]) is not None else None


def _detection_pair(
    lines: list[str], flags: Sequence[int], index: int, key: str, value: str
) -> tuple[list[str], int] | None:
    """A detection's time and its method written as two labels (plain or as bullets, each with its value on
    its line or on one bullet nested under it): one detection group, the time first, and the line after."""
    if key not in _DETECTION_WHEN + _DETECTION_HOW:
        return None
    first, after = _label_value(lines, flags, index, value)
    if after + 1 < len(lines) and not lines[after].strip() and lines[after + 1].strip():
        after += 1  # "*Detection Time:*" and its value, a blank line, then "*Detection Method:*"
    if after >= len(lines) or not flags[after]:
        return None
    bullet = BULLET.match(lines[after])
    second_label = _kind_label(lines[after][bullet.end() :] if bullet else lines[after])
    if second_label is None or second_label[0] not in _DETECTION_WHEN + _DETECTION_HOW or second_label[0] == key:
        return None
    second, end = _label_value(lines, flags, after, second_label[1])
    when, how = (first, second) if key in _DETECTION_WHEN else (second, first)
    if not when or not how:
        return None
    head = lines[index].strip()
    head = head[BULLET.match(head).end() :] if BULLET.match(head) else head
    other = lines[after].strip()
    other = other[BULLET.match(other).end() :] if BULLET.match(other) else other
    # The first label is the group's head (the second's words name the same kind: structure, not text);
    # the values are its two nested bullets, the time first.
    group = [f"- {_label_only(head)}", f"  - {when}", f"  - {how}"]
    return group, end


def _label_value(lines: list[str], flags: Sequence[int], index: int, value: str) -> tuple[str, int]:
    """A label's value: on its own line, or on the one bullet nested right under it; and the next line."""
    if value:
        return value, index + 1
    nested = index + 1
    if nested < len(lines) and flags[nested] and (found := BULLET.match(lines[nested])) and _nested(found):
        return lines[nested][found.end() :].strip(), nested + 1
    following = lines[nested] if nested < len(lines) and flags[nested] else ""
    plain = following.strip() and not BULLET.match(following) and heading_of(following) is None
    if plain and _kind_label(following) is None:
        # "*Detection Time:*" over "October 15, 2023, 02:15 PM UTC": the value on the line below
        return following.strip(), nested + 1
    return "", index + 1


def _nested(bullet: re.Match[str]) -> bool:
    """Whether a list item sits under another: a one-space indent (" * Actions taken: …", the whole list so
    written) is still the outer list's, as Markdown reads it; two spaces or more nest it."""
    return len(bullet.group(1).expandtabs(4)) >= 2


def _label_only(text: str) -> str:
    """The label part of ``**Detection Time:** March 4`` (``**Detection Time:**``), as written."""
    cut = text.find(":")
    end = cut + 1
    while end < len(text) and text[end] in "*_":
        end += 1
    return text[:end].strip()


def _paragraph_after_blank(lines: list[str], flags: Sequence[int], index: int) -> list[str]:
    """The plain lines after one blank line at ``index`` (none led by a time or a kind's label), up to the next
    blank line or anything else; none when ``index`` is not blank or no such line follows it."""
    if index + 1 >= len(lines) or lines[index].strip() or not flags[index]:
        return []
    paragraph: list[str] = []
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not flags[at] or not is_plain(line) or TIME_LED.match(line) or _kind_label(line) is not None:
            break
        paragraph.append(line)
    return paragraph


def _amid_told_lines(lines: list[str], flags: Sequence[int], index: int) -> bool:
    """Whether the line above ``index`` is an untimed sentence of its own (plain, no label, no time): the timeline
    is told a sentence a line, and a labelled line among them is one more of its entries."""
    above = lines[index - 1] if index > 0 and flags[index - 1] else ""
    return (
        bool(above.strip())
        and is_plain(above)
        and heading_of(above) is None
        and not TIME_LED.match(above)
        and _kind_label(above) is None
        and above.rstrip()[-1:] in ".!?"
    )


def _next_is_bullet(lines: list[str], index: int) -> bool:
    """Whether the next line with text is a list item (a blank line inside a group's list)."""
    for later in range(index + 1, min(index + 3, len(lines))):
        if lines[later].strip():
            return bool(BULLET.match(lines[later]))
    return False


def _entries_resume(lines: list[str], index: int) -> bool:
    """Whether a blank line at ``index`` ends a kind heading's paragraph: the next line is an entry led by a
    time ("15:00 Errors stopped") or a kind's label ("Detection Time: 13:50"), the timeline going on."""
    following = lines[index + 1] if not lines[index].strip() and index + 1 < len(lines) else ""
    return bool(following.strip()) and (TIME_LED.match(following) is not None or _kind_label(following) is not None)


def _paragraph_follows(lines: list[str], flags: Sequence[int], index: int) -> bool:
    """Whether the first line with text after ``index`` is plain text (not a list, a heading or a table)."""
    for later in range(index + 1, min(index + 4, len(lines))):
        if lines[later].strip():
            text = lines[later]
            plain = not BULLET.match(text) and heading_of(text) is None and not text.lstrip().startswith("|")
            return flags[later] and plain and not TIME_LED.match(text)  # "15:35 | installed": events, not a story
    return False
