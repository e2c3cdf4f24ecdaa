"""Post-mortems written in an outliner (Logseq, Obsidian's outline mode, Roam, Workflowy, Dynalist), read as
the document their bullets hold.

An outliner puts everything in bullets. Its sections are the top bullets: a heading in a bullet ("- ## Timeline"),
a block named like a property with nothing after it ("- Impact::"), or a bullet that is a section's name alone
with bullets under it ("- **Root cause**"); Workflowy hangs the whole page under one bullet, its title. Page
properties ("title:: …", "authors:: [[Ana Lima]]") sit above the bullets; a task's properties sit under it,
plain or as bullets ("owner:: [[Ivo]]"); TODO, DOING and DONE lead tasks. Each line is rewritten into the
Markdown a reader sees in it and every word stays. String methods and patterns anchored at a line's start: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tables import LONGEST_LINE
from app.formats.markdown_syntax import flagged_lines

# Logseq: "- ## Summary" (a heading in a bullet), "severity:: SEV2" (a property), "[[Ivo Petrov]]" (a link).
_OUTLINE_HEADING = re.compile(r"[ \t]*- (?P<heading>#{1,6}[ \t]+\S.*)")
_PROPERTY = re.compile(r"(?P<indent>[ \t]*)(?P<bullet>- )?(?P<key>[A-Za-z][\w-]{0,40}):: ?(?P<value>.*)")
_WIKI_LINK = re.compile(r"\[\[([^\[\]\n]{1,200})\]\]")
# A top bullet that names a section: "- Impact::" (a block named like a property), "- **Root cause**",
# "- Timeline:", "- Action items".
_SECTION_BULLET = re.compile(r"- (?P<bold>\*\*|__)?(?P<name>[^*_:\n]{1,60}?)(?P=bold)?(?P<colons>::?)?[ \t]*")
# The markers an outliner's task opens with, and the status each says ("LATER": not yet, "NOW": under way).
# "WAITING" or "CANCELED" stays a word of the task.
_OUTLINE_TASK = re.compile(r"(?P<lead>[ \t]*- )(?P<marker>TODO|LATER|DONE|DOING|NOW)[ \t]+(?=\S)")
_UNDER_WAY = ("DOING", "NOW")
_FEWEST_SECTIONS = 2


def is_outline(lines: Sequence[str], flags: Sequence[int]) -> bool:
    """Whether the file is an outline: two headings inside bullets ("- ## Summary"), or two top bullets naming a
    known section, each with bullets under it ("- Impact::", "- **Timeline**"), in a file of no other headings."""
    return _sections_at(lines, flags, _top_level(lines, flags)) is not None


def from_outline(lines: list[str], flags: Sequence[int]) -> list[str]:
    """An outline as a document: its section bullets as headings, the bullets under them one level out,
    ``key:: value`` as ``key: value`` (a page's ``title::`` as its title), ``[[links]]`` as their text,
    TODO, DOING and DONE as task boxes, a task's properties as its details."""
    root = _top_level(lines, flags)
    sections = _sections_at(lines, flags, root) or set()
    out: list[str] = []
    # The properties written under a task's bullet ("owner:: [[Ivo]]"), as its details "(owner: Ivo; due: …)".
    task_at: int | None = None
    task_indent = ""
    details: dict[int, list[str]] = {}
    before_bullets = True
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        if not outside or len(line) > LONGEST_LINE:
            out.append(line)
            task_at = None
            continue
        if root is not None:
            if index == root:
                out.append("# " + _WIKI_LINK.sub(r"\1", line.strip()[2:].strip()))
                continue
            line = _dedented(line)
        heading = _OUTLINE_HEADING.fullmatch(line)
        if heading is not None:
            out.append(_WIKI_LINK.sub(r"\1", heading.group("heading")))
            task_at, before_bullets = None, False
            continue
        if index in sections:
            name = _SECTION_BULLET.fullmatch(line)
            out.append("## " + _WIKI_LINK.sub(r"\1", name.group("name").strip()))  # type: ignore[union-attr]
            task_at, before_bullets = None, False
            continue
        if line.startswith("- "):
            before_bullets = False
        line = _dedented(line)
        if "[[" in line:
            line = _WIKI_LINK.sub(r"\1", line)
        if "::" in line and (prop := _PROPERTY.fullmatch(line)):
            indent, key, value = prop.group("indent"), prop.group("key"), prop.group("value").strip()
            if task_at is not None and len(indent) > len(task_indent) and (indent or prop.group("bullet")):
                details.setdefault(task_at, []).append(f"{key}: {value}")
                continue
            if before_bullets and not indent and key.lower() == "title" and value:
                line = f"# {value}"
            else:
                line = f"{indent}{prop.group('bullet') or ''}{key}: {prop.group('value')}"
        elif (task := _OUTLINE_TASK.match(line)) is not None:
            marker = task.group("marker")
            line = f"{task.group('lead')}[{'x' if marker == 'DONE' else ' '}] {line[task.end() :]}"
            task_at, task_indent = len(out), task.group("lead")[:-2]
            if marker in _UNDER_WAY:
                details[task_at] = [f"status: {marker}"]
        elif line.strip():
            task_at = None
        out.append(line)
    for at, parts in details.items():
        out[at] = f"{out[at]} ({'; '.join(parts)})"
    return out


def _dedented(line: str) -> str:
    """A line one level out, its tabs as two spaces each (Logseq indents with tabs)."""
    if line.startswith("\t"):
        line = line[1:]
    elif line.startswith("  "):
        line = line[2:]
    stripped = line.lstrip(" \t")
    if len(stripped) == len(line) or "\t" not in line[: len(line) - len(stripped)]:
        return line
    return line[: len(line) - len(stripped)].replace("\t", "  ") + stripped


def _top_level(lines: Sequence[str], flags: Sequence[int]) -> int | None:
    """The index of the one bullet the whole page hangs under (Workflowy's title), or ``None``."""
    root: int | None = None
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        if not line.strip():
            continue
        if line[:1] in (" ", "\t"):
            if root is None:
                return None
            continue
        if root is not None or not outside or not line.startswith("- ") or index + 1 >= len(lines):
            return None
        root = index
    return root


def _sections_at(lines: Sequence[str], flags: Sequence[int], root: int | None) -> set[int] | None:
    """The indexes of the bullets that head the outline's sections (``None`` when it is no outline): its
    "- ## Heading" bullets, else its top bullets naming a known section, with bullets under them."""
    headed = 0
    named: set[int] = set()
    headings = 0
    previous: tuple[int, str] | None = None  # the last top bullet naming a section, waiting for a child bullet
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        if not outside or len(line) > LONGEST_LINE or not line.strip():
            continue
        if line.lstrip(" \t").startswith("- #") and _OUTLINE_HEADING.fullmatch(line):
            headed += 1
            continue
        if line.startswith("#"):
            headings += 1
        if root is not None and index != root:
            line = _dedented(line)
        if previous is not None:
            if line[:1] in (" ", "\t") and line.lstrip(" \t").startswith(("- ", "* ")):
                named.add(previous[0])
            previous = None
        found = _SECTION_BULLET.fullmatch(line) if line.startswith("- ") else None
        if found is not None and section_key(found.group("name")) is not None:
            previous = (index, found.group("name"))
    if headed >= _FEWEST_SECTIONS:
        return set()
    # A Markdown file with headings of its own and a list of section names in it is no outline.
    return named if len(named) >= _FEWEST_SECTIONS and headings <= 1 else None
