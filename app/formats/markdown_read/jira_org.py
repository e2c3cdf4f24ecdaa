"""Post-mortems in Jira's wiki markup and in Emacs Org, read as the Markdown they stand for.

A Jira or Confluence page copied as text keeps ``h2. Timeline`` headings,
``||Time||Event||`` header rows, ``{panel}``, ``{code}`` and ``{status}``
macros and ``[~user]`` mentions; an Org file has ``#+TITLE:`` keywords,
``* Heading`` lines, ``** TODO`` tasks with their ``DEADLINE:`` and
``<2024-04-16 Tue 13:05>`` timestamps. A reader sees headings, tables, tasks
and times; the import rewrites those lines into Markdown's before it reads
the file, and leaves every word but the markup's own. String methods and
bounded patterns only: each line is looked at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE
from app.formats.markdown_syntax import flagged_lines

# Words that only draw a macro or configure an export: not the post-mortem's words.
MARKUP_WORDS = ("panel", "borderstyle", "bordercolor", "titlebgcolor", "bgcolor", "solid", "dashed", "noformat")
MARKUP_WORDS += ("colour", "toc", "nil", "num", "src", "deadline", "h", "title")
# A {status} lozenge's colours (not "red": a word post-mortems use), and the weekday an Org timestamp repeats.
MARKUP_WORDS += ("green", "yellow", "grey", "gray", "blue", "purple", "mon", "tue", "wed", "thu", "fri", "sat", "sun")

# ---------------------------------------------------------------- Jira / Confluence wiki markup

_JIRA_HEADING = re.compile(r"h[1-6]\.[ \t]")
_JIRA_MACRO = re.compile(
    r"\{(?P<name>panel|code|noformat|quote|info|note|tip|warning|expand)(?::(?P<attrs>[^{}]{0,300}))?\}"
)
_JIRA_STATUS = re.compile(r"\{status(?::(?P<attrs>[^{}]{0,300}))?\}(?:\{status\})?")
_JIRA_MENTION = re.compile(r"\[~(?:accountid:)?([A-Za-z0-9._:-]{1,64})\]")
_FENCE_MACROS = ("code", "noformat")
# "*Severity:* SEV1" leading a line: Jira's bold is one star each side (one star then a space is a bullet).
_JIRA_BOLD_LEAD = re.compile(r"\*([^*\s][^*\n]{0,80})\*(?=[ \t]|$)")


def is_jira(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is written in Jira's wiki markup: two ``hN.`` headings, or one and a ``||`` table."""
    headings = tables = 0
    for line, outside in flagged_lines(lines, flags):
        if outside and _JIRA_HEADING.match(line):
            headings += 1
        elif outside and line.startswith("||"):
            tables += 1
    return headings >= 2 or (headings >= 1 and tables >= 1)


def from_jira(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with Jira's headings, header rows, macros, statuses and mentions written as Markdown."""
    out: list[str] = []
    in_code = False
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        if not outside or len(line) > LONGEST_LINE:
            out.append(line)
            continue
        stripped = line.strip()
        macro = _JIRA_MACRO.fullmatch(stripped)
        if macro is not None and (in_code or macro.group("name") in _FENCE_MACROS):
            if macro.group("name") in _FENCE_MACROS:
                out.append("```")  # "{code:java}" opens a block, "{code}" closes it
                in_code = not in_code
            else:
                out.append(line)
            continue
        if in_code:
            out.append(line)
            continue
        if macro is not None:
            title = _attribute(macro.group("attrs") or "", "title")
            out.append(f"**{title}**" if title else "")  # a panel's title is its heading; the frame is markup
            continue
        if line.startswith("||"):
            cells = [cell.strip() for cell in stripped.strip("|").split("||")]
            out.append("| " + " | ".join(cells) + " |")
            out.append("|" + "---|" * len(cells))
            continue
        if line.startswith("# ") and len(line) > 2 and _in_a_numbered_list(lines, index):
            line = "1. " + line[2:].strip()  # Jira's numbered item, not a Markdown heading
        line = _JIRA_BOLD_LEAD.sub(r"**\1**", line, count=1) if line.startswith("*") else line
        line = _JIRA_STATUS.sub(lambda found: _attribute(found.group("attrs") or "", "title"), line)
        out.append(_JIRA_MENTION.sub(r"@\1", line))
    if in_code:
        out.append("```")
    return out


def _in_a_numbered_list(lines: list[str], index: int) -> bool:
    """Whether the ``# …`` line at ``index`` has a ``# …`` item next to it: Jira's list, not a page's title."""
    return any(0 <= near < len(lines) and lines[near].startswith("# ") for near in (index - 1, index + 1))


def _attribute(attrs: str, name: str) -> str:
    """The value of ``name`` in a macro's ``title=Incident details|borderStyle=solid`` attributes."""
    for part in attrs.split("|"):
        key, _, value = part.partition("=")
        if key.strip().lower() == name:
            return value.strip()
    return ""


# ---------------------------------------------------------------- Emacs Org

_ORG_KEYWORD = re.compile(r"#\+(?P<key>[A-Za-z_]{1,30}):[ \t]*(?P<value>.*)")
_ORG_BLOCK = re.compile(r"[ \t]*#\+(?P<edge>begin|end)_(?P<kind>[A-Za-z]{1,20})\b.*", re.IGNORECASE)
_ORG_HEADING = re.compile(r"(?P<stars>\*{1,6})[ \t]+(?:(?P<todo>TODO|DONE|NEXT|WAITING|CANCELLED)[ \t]+)?(?P<text>.*)")
# "<2024-04-16 Tue 13:05>", "[2024-04-16 Tue]": an active or inactive timestamp; the weekday only repeats the date.
_ORG_STAMP = re.compile(r"[<\[](\d{4}-\d{2}-\d{2})(?:[ \t]+[A-Za-z]{2,9}\.?)?(?:[ \t]+(\d{1,2}:\d{2}))?[>\]]")
# "=webhooks_queue_depth=", "~getaddrinfo~": verbatim and code, between spaces or punctuation.
_ORG_CODE = re.compile(r"(?<![\w=~])([=~])([^\s=~][^=~\n]{0,200}?)\1(?![\w=~])")
_PLANNING = re.compile(r"[ \t]+(?P<key>DEADLINE|SCHEDULED|CLOSED):[ \t]*(?P<value>.*)")
_OWNER_LINE = re.compile(r"[ \t]+(?P<key>[A-Z][A-Za-z ]{1,20}):[ \t]*(?P<value>\S.*)")
# A property drawer's lines: ":PROPERTIES:", ":OWNER:    Lars Eriksen", ":END:".
_DRAWER_LINE = re.compile(r"[ \t]*:(?P<key>[A-Za-z][A-Za-z0-9_-]{0,30}):(?:[ \t]+(?P<value>\S.*))?[ \t]*")
# "- Start :: <2024-04-16 Tue 13:05>": a description list's item, its term then "::", as a label is written.
# Only at the line's start: a long line of dashes is not tried at each of them.
_ORG_DESCRIPTION = re.compile(r"\A(?P<lead>[ \t]*[-+][ \t]+)(?P<term>[^:\n]{1,60}?)[ \t]+::(?=[ \t]|$)")
_TASK_STATES = {"TODO": "[ ]", "NEXT": "[ ]", "WAITING": "[ ]", "DONE": "[x]", "CANCELLED": "[x]"}
_KEYWORD_LABELS = {"title": None, "author": "Author", "date": "Date", "email": "E-mail"}
_EXPORT_KEYWORDS = ("options", "startup", "language", "setupfile", "latex_class", "html_head", "property")


def is_org(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is an Org document: an ``#+TITLE:``-like keyword line in its first lines, and an
    Org heading (``* Summary``) somewhere."""
    head = [line for line, outside in zip(lines[:30], flags[:30], strict=True) if outside]
    if not any(_ORG_KEYWORD.fullmatch(line) for line in head):
        return False
    return any(outside and _ORG_HEADING.fullmatch(line) for line, outside in flagged_lines(lines, flags))


def from_org(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with Org's keywords, headings, TODO tasks, planning lines, blocks and timestamps as Markdown."""
    out: list[str] = []
    in_task = in_drawer = False
    for line, outside in flagged_lines(lines, flags):
        if not outside or len(line) > LONGEST_LINE:
            out.append(line)
            continue
        if (block := _ORG_BLOCK.fullmatch(line)) is not None:
            kind = block.group("kind").lower()
            out.append("```" if kind in ("src", "example") else "")
            in_task = False
            continue
        if (keyword := _ORG_KEYWORD.fullmatch(line)) is not None:
            out.append(_org_keyword(keyword.group("key").lower(), _stamps(keyword.group("value").strip())))
            in_task = False
            continue
        if (heading := _ORG_HEADING.fullmatch(line)) is not None:
            text = _inline(heading.group("text").strip())
            todo = heading.group("todo")
            in_task = todo is not None
            level = len(heading.group("stars")) + 1
            out.append(f"- {_TASK_STATES[todo]} {text}" if todo else f"{'#' * level} {text}")
            continue
        if in_task and (planning := _PLANNING.match(line)) is not None:
            when = _stamps(planning.group("value").strip())
            if planning.group("key") == "DEADLINE":
                out.append(f"  - Due: {when}")
            else:
                # "CLOSED: [2024-11-18 Mon 10:45]": when it was done (or is planned); a task has no field for
                # it, so it follows the task's text, not a detail left over under a heading of its own.
                out.append(f"  ({planning.group('key').lower()} {when})")
            continue
        if in_task and (drawer := _DRAWER_LINE.fullmatch(line)) is not None:
            # ":PROPERTIES:" … ":END:" under a task: its edges are markup, ":OWNER: Lars" a detail of the task.
            key = drawer.group("key")
            if key.upper() not in ("PROPERTIES", "END") and drawer.group("value"):
                out.append(f"  - {key.replace('_', ' ').capitalize()}: {_inline(drawer.group('value').strip())}")
            elif key.upper() not in ("PROPERTIES", "END"):
                out.append(line)
            continue
        if (drawer := _DRAWER_LINE.fullmatch(line)) is not None and (in_drawer or drawer.group("key") == "PROPERTIES"):
            # A heading's (or the file's) own drawer: ":SEVERITY: SEV3" is a "Severity: SEV3" line, as its
            # "#+AUTHOR:" keyword is; the drawer's edges are markup.
            key = drawer.group("key")
            in_drawer = key != "END"
            if key not in ("PROPERTIES", "END"):
                value = drawer.group("value")
                out.append(f"{key.replace('_', ' ').capitalize()}: {_inline(value.strip())}" if value else line)
            continue
        if in_task and (detail := _OWNER_LINE.fullmatch(line)) is not None:
            out.append(f"  - {detail.group('key')}: {_inline(detail.group('value').strip())}")
            continue
        if in_task and line.strip():
            in_task = line[:1] in " \t"  # the task's own indented lines; a line at the margin ends it
        # "- Impact :: no usable backup": the term is the label of what follows ("- Impact: …").
        line = _ORG_DESCRIPTION.sub(r"\g<lead>\g<term>:", line, count=1) if "::" in line else line
        out.append(_inline(line))
    return out


def _org_keyword(key: str, value: str) -> str:
    if key == "title":
        return f"# {value}" if value else ""
    if key in _EXPORT_KEYWORDS:
        return ""  # how to export the file, not what it says
    return f"{_KEYWORD_LABELS.get(key) or key.replace('_', ' ').capitalize()}: {value}"


def _stamps(text: str) -> str:
    """Org's timestamps as the date and time they write: ``<2024-04-16 Tue 13:05>`` as ``2024-04-16 13:05``."""
    if "<" not in text and "[" not in text:
        return text
    return _ORG_STAMP.sub(lambda found: " ".join(part for part in found.groups() if part), text)


def _inline(text: str) -> str:
    if "=" in text or "~" in text:
        text = _ORG_CODE.sub(r"`\2`", text)
    return _stamps(text)
