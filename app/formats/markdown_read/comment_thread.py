"""A bug tracker's comment thread, copied as it was, read as the timeline it is.

Bugzilla's text view heads each comment ``------- Comment #2 From Sven Aalto
2023-06-19 10:26:02 UTC -------``; its web page, copied, ``**Ben Hughes
[:bhughes]** · Comment 2 · 2024-04-23 08:55 PDT``. Each comment is a step of
the incident, told by its author at that time. A careful reader takes them
as the timeline, except a comment that is the write-up itself (it holds
labelled parts: "Impact:", "Root cause:"), which is read as the rest of the
document is.

In a file with no timeline of its own, the comments that are events move,
as bullets under a ``## Timeline`` heading, to the end of the file; every
other line stays where it was. Nothing is dropped: the header's words go
into the bullet ("From Sven Aalto (comment 2): …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.plain_title import title_line
from app.formats.markdown_read.tokens import heading_of, split_label
from app.formats.markdown_syntax import outside_fences
from app.timeparse import read

_LONGEST_HEADER = 300
# "------- Comment #2 From Sven Aalto 2023-06-19 10:26:02 UTC -------" (also "Additional Comment")
_TEXT_HEADER = re.compile(
    r"-{3,}[ \t]*(?:additional[ \t]+)?comment[ \t]+#?(?P<number>\d{1,7})[ \t]+from[ \t]+"
    r"(?P<who>[^\d\n]{1,100}?)[ \t]+(?P<when>\d{4}-\d{2}-\d{2}[ T][0-9:]{4,8}(?:[ \t]+[A-Za-z]{1,5})?)"
    r"[ \t]*-{3,}[ \t]*",
    re.IGNORECASE,
)
# "**Ben Hughes [:bhughes]** · Comment 2 · 2024-04-23 08:55 PDT", "**Ana** · Reporter · Description · …"
_WEB_HEADER = re.compile(r"[*_]{2}(?P<who>[^*_\n]{1,100})[*_]{2}(?P<parts>(?:[ \t]*[·•|][ \t]*[^·•|\n]{1,60}){2,4})")
# Jira's text view: "Aditi Rao added a comment - 07/Nov/24 9:40 AM".
_JIRA_HEADER = re.compile(r"(?P<who>[^\W\d_][^\n]{0,80}?)[ \t]+added a comment[ \t]+[-–—][ \t]+(?P<when>\S[^\n]{0,60})")
# Jira's "07/Nov/24": the day, the month's name, two digits of the year.
_JIRA_DATE = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>[A-Za-z]{3})/(?P<year>\d{2})\b")
_WEB_NAMES = re.compile(r"\b(?:comment[ \t]+#?(?P<number>\d{1,7})|(?P<description>description))\b", re.IGNORECASE)
# "Post-mortem summary:", "Root cause analysis below": a comment that opens the write-up, not a step of the incident.
_WRITE_UP_OPENING = re.compile(r":[ \t]*$|\bpost-?mortem\b|\bretrospective\b|\bincident report\b", re.IGNORECASE)
_RULE = re.compile(r"[ \t]*(?:-[ \t]*){3,}|[ \t]*(?:\*[ \t]*){3,}|[ \t]*(?:_[ \t]*){3,}")


def comments_as_timeline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with a comment thread's event comments as a timeline at the end; unchanged without one."""
    headers = [(index, found) for index, line in enumerate(lines) if flags[index] and (found := _header(line))]
    if len(headers) < 2 or has_timeline(lines, flags):
        return lines
    moved: set[int] = set()
    bullets: list[str] = []
    for number, (index, (who, label, moment)) in enumerate(headers):
        end = headers[number + 1][0] if number + 1 < len(headers) else _thread_end(lines, index + 1)
        body = lines[index + 1 : end]
        while body and (not body[-1].strip() or _RULE.fullmatch(body[-1])):
            body.pop()
        first = next((number for number, line in enumerate(body) if line.strip()), len(body))
        body = body[first:]  # one slice: popping the front line by line was quadratic
        if not body or _is_write_up(body) or _WRITE_UP_OPENING.search(body[0]):
            continue
        moved.update(range(index, index + 1 + len(body) + _leading_blanks(lines, index + 1)))
        bullets.append(f"- {moment} — {who} ({label}): {body[0].strip()}")
        bullets.extend(f"  {line}" if line.strip() else "" for line in body[1:])
    if len(bullets) < 2:
        return lines
    kept = [line for index, line in enumerate(lines) if index not in moved]
    if not any(heading_of(line) for line, outside in zip(kept, outside_fences(kept), strict=True) if outside):
        # A thread copied alone ("Bug 4471 - Nightly backups skipped" on its first line): its first line
        # is the title, and the timeline below must not take that place.
        found = title_line(kept)
        if found is not None:
            kept[found[0]] = f"# {kept[found[0]].strip()}"
    return [*kept, "", "## Timeline", "", *bullets]


def _header(line: str) -> tuple[str, str, str] | None:
    """``(who, "comment 2", "2023-06-19 10:26:02 UTC")`` of a comment's header line, else ``None``."""
    if len(line) > _LONGEST_HEADER or ("omment" not in line and "escription" not in line):
        return None
    if (text := _TEXT_HEADER.fullmatch(line.strip())) is not None:
        # "Comment #2 From Sven Aalto" keeps its words: "From Sven Aalto (comment 2): …".
        return f"From {text.group('who').strip()}", f"comment {text.group('number')}", text.group("when").strip()
    if (jira := _JIRA_HEADER.fullmatch(line.strip())) is not None:
        when = _JIRA_DATE.sub(lambda date: f"{date['day']} {date['month']} 20{date['year']}", jira.group("when"))
        reading = read(when, whole=True)
        if reading is not None and reading.has_date and reading.has_time:
            return jira.group("who").strip(), "comment", when.strip()
        return None
    web = _WEB_HEADER.fullmatch(line.strip())
    if web is None:
        return None
    parts = [part.strip() for part in re.split(r"[·•|]", web.group("parts")) if part.strip()]
    named = next((found for part in parts if (found := _WEB_NAMES.fullmatch(part))), None)
    when = parts[-1]
    reading = read(when, whole=True)
    if named is None or reading is None or not reading.has_date or not reading.has_time:
        return None
    label = f"comment {named.group('number')}" if named.group("number") else "description"
    return web.group("who").strip(), label, when


def has_timeline(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file has a timeline section of its own (outside code)."""
    return any(
        flags[index] and (found := heading_of(line)) and section_key(found[1]) == "timeline"
        for index, line in enumerate(lines)
    )


def _thread_end(lines: list[str], start: int) -> int:
    """Where the last comment ends: at a rule, a heading, or a paragraph led by a section's label."""
    index = start
    while index < len(lines):
        line = lines[index]
        previous_blank = index == start or not lines[index - 1].strip()
        if heading_of(line) or (index > start and _RULE.fullmatch(line)):
            return index
        if previous_blank and index > start and _names_a_section(line):
            return index
        index += 1
    return index


def _is_write_up(body: list[str]) -> bool:
    """Whether a comment is the post-mortem itself: it holds a labelled part ("**Root cause:** …")."""
    return any(_names_a_section(line) for line in body)


def _names_a_section(line: str) -> bool:
    label = split_label(line.strip())
    return label is not None and (label[1] or line.rstrip().endswith(":")) and section_key(label[0]) is not None


def _leading_blanks(lines: list[str], start: int) -> int:
    count = 0
    while start + count < len(lines) and not lines[start + count].strip():
        count += 1
    return count
