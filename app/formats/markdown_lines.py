"""Line-level Markdown reading for the importer: headings, list items, labels, tables.

These are the small, linear building blocks ``markdown_import`` reads
sections with. They read Markdown as people write it (any bullet character,
tabs or spaces, bold or plain labels) and as ``markdown_export`` writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.formats.markdown_export import unescape_block


def name_key(text: str) -> str:
    """A heading or label as a lookup key: lower case, no numbering, emphasis or trailing colon."""
    text = text.strip().strip("*_").strip()
    text = re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", text)
    text = text.rstrip(":").strip().strip("*_").rstrip(":")
    return " ".join(text.lower().split())


_BULLET = re.compile(r"([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")


def heading_of(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of an ATX heading line, without its optional closing ``#`` run.

    Written with string methods: a regular expression for the closing run
    backtracks quadratically over long runs of spaces in hostile text.
    """
    text = line.lstrip(" ")
    if len(line) - len(text) > 3 or not text.startswith("#"):
        return None
    level = len(text) - len(text.lstrip("#"))
    rest = text[level:]
    if level > 6 or (rest and rest[0] not in " \t"):
        return None
    content = rest.strip(" \t")
    without_closing = content.rstrip("#")
    if without_closing != content and (not without_closing or without_closing[-1] in " \t"):
        content = without_closing.rstrip(" \t")
    return level, content


def columns(whitespace: str) -> int:
    column = 0
    for char in whitespace:
        column = (column // 4 + 1) * 4 if char == "\t" else column + 1
    return column


def indent_of(line: str) -> int:
    return columns(line[: len(line) - len(line.lstrip(" \t"))])


def dedent(line: str, width: int) -> str:
    """``line`` without up to ``width`` columns of indentation."""
    column = index = 0
    while column < width and index < len(line) and line[index] in " \t":
        column = column + 1 if line[index] == " " else (column // 4 + 1) * 4
        index += 1
    return line[index:]


@dataclass
class Item:
    """A list item: its first line after the marker, and its indented continuation."""

    marker: str
    head: str
    body: list[str]
    raw: list[str]

    @property
    def text(self) -> str:
        lines = [self.head, *self.body] if self.head else self.body
        return "\n".join(lines).strip("\n")


def parse_items(lines: list[str]) -> list[Item | str]:
    """The top-level list items of ``lines``; lines outside any item come back as strings."""
    out: list[Item | str] = []
    count, index = len(lines), 0
    while index < count:
        line = lines[index]
        match = _BULLET.match(line)
        if match is None:
            out.append(line)
            index += 1
            continue
        marker_end = columns(line[: match.end(2)])
        spaces = columns(line[: match.end()]) - marker_end
        content = marker_end + (spaces if 1 <= spaces <= 4 else 1)
        end, previous_blank = index + 1, False
        while end < count:
            following = lines[end]
            if not following.strip():
                previous_blank = True
            elif indent_of(following) >= content:
                previous_blank = False
            elif previous_blank or _BULLET.match(following) or heading_of(following):
                break
            end += 1
        while end > index + 1 and not lines[end - 1].strip():
            end -= 1
        body = [dedent(following, content) for following in lines[index + 1 : end]]
        out.append(Item(match.group(2), line[match.end() :], body, lines[index:end]))
        index = end
    return out


_BOLD_LABEL = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?)(?:\*\*|__)(.*)")
_BARE_LABEL = re.compile(r"[A-Za-z][A-Za-z /&'-]{0,40}")
_PLAIN_LABEL = re.compile(r"([A-Za-z][A-Za-z /&'-]{0,40}):(?:[ \t]+(.*)|$)")


def split_label(head: str) -> tuple[str, str] | None:
    """``**Label:** value`` or ``Label: value`` as ``(label key, value)``."""
    match = _BOLD_LABEL.fullmatch(head)
    if match is not None:
        label, rest = match.group(1), match.group(2)
        if not label.rstrip().endswith(":"):
            # "**Label**: value" puts the colon outside; "**Label:** :" keeps a value of ":".
            rest = rest.lstrip(" \t").removeprefix(":")
        return name_key(label), rest.strip()
    match = _PLAIN_LABEL.fullmatch(head)
    if match is not None:
        return name_key(match.group(1)), (match.group(2) or "").strip()
    if _BARE_LABEL.fullmatch(head):
        return name_key(head), ""  # "- Impact" with its colon forgotten; callers check the name.
    return None


def text_of_items(entries: list[Item | str]) -> str:
    """Nested bullets as one text: one bullet is its text, several a Markdown list."""
    items = [entry for entry in entries if isinstance(entry, Item)]
    if not items or any(isinstance(entry, str) and entry.strip() for entry in entries):
        return "\n".join(line for entry in entries for line in (entry.raw if isinstance(entry, Item) else [entry]))
    if len(items) == 1:
        return items[0].text
    lines: list[str] = []
    for item in items:
        text_lines = item.text.split("\n")
        lines.append(f"- {text_lines[0]}")
        lines.extend(f"  {line}" if line else "" for line in text_lines[1:])
    return "\n".join(lines)


def _raw(entries: list[Item | str]) -> list[str]:
    return [line for entry in entries for line in (entry.raw if isinstance(entry, Item) else [entry])]


# --------------------------------------------------------------------------- tables

_TABLE_LINE = re.compile(r" {0,3}\|.*")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def is_table_line(line: str) -> bool:
    return bool(_TABLE_LINE.fullmatch(line))


def table_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(inner)]


def take_table(entries: list[Item | str], start: int) -> tuple[list[str], int]:
    """The table lines from ``entries[start]`` on, and the index after them."""
    end = start
    while end < len(entries):
        entry = entries[end]
        if not isinstance(entry, str) or not is_table_line(entry):
            break
        end += 1
    return [entry for entry in entries[start:end] if isinstance(entry, str)], end


def parse_table(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """A pipe table's header keys and rows, or ``None`` when ``lines`` is not one."""
    if len(lines) < 2 or not _TABLE_RULE.fullmatch(lines[1]):
        return None
    header = [name_key(cell) for cell in table_cells(lines[0])]
    rows = []
    for line in lines[2:]:
        cells = table_cells(line)
        rows.append((cells + [""] * len(header))[: len(header)])
    return header, rows


# --------------------------------------------------------------------------- reading state


@dataclass
class Section:
    heading: str
    lines: list[str]
    position: int


def _empty_data() -> dict[str, Any]:
    return {
        "metadata": {},
        "summary": {},
        "timeline": [],
        "root_cause": {},
        "measures": {"improvements": [], "tasks": []},
        "humor": {"flowchart": {"nodes": [], "edges": []}},
    }


@dataclass
class Reader:
    """What has been read so far: the document's fields as plain data, and the kept sections."""

    data: dict[str, Any] = field(default_factory=_empty_data)
    extras: list[tuple[int, str, str]] = field(default_factory=list)
    filled: set[str] = field(default_factory=set)

    def keep(self, section: Section, lines: list[str], *, whole: bool = False) -> None:
        """Keep ``lines`` of ``section`` word for word as an additional section.

        A ``whole`` section is kept even when empty (its heading is content) and
        has the exporter's escapes undone; leftovers of a known section are kept
        only when they hold text.
        """
        body = "\n".join(lines).strip("\n")
        if whole:
            body = unescape_block(body)
        if whole or body.strip():
            self.extras.append((section.position, section.heading, body))

    def claim(self, key: str) -> bool:
        """Whether ``key`` is still free; a second section for the same field is kept as written."""
        if key in self.filled:
            return False
        self.filled.add(key)
        return True


def body_text(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")


def set_text(reader: Reader, section: Section, part: str, name: str, value: str) -> None:
    """Fill a text field, unless another section filled it already (then keep this one as written)."""
    target = reader.data if not part else reader.data[part]
    if target.get(name):
        reader.keep(section, section.lines, whole=True)
    else:
        target[name] = value


def group_text(item: Item, value: str) -> str:
    nested = text_of_items(parse_items(item.body)) if item.body else ""
    return "\n".join(part for part in (value, nested) if part)


def under_subheadings(entries: list[Item | str], names: dict[str, str]) -> tuple[list[Item | str], dict[str, str]]:
    """Text written under known sub-headings (``### Impact`` then paragraphs), as written.

    Returns the entries that are not under such a heading, and each field's
    text. A sub-heading met twice, or one not in ``names``, stays with the rest.
    """
    rest: list[Item | str] = []
    parts: dict[str, list[str]] = {}
    current: str | None = None
    for entry in entries:
        heading = heading_of(entry) if isinstance(entry, str) else None
        if heading is not None:
            current = names.get(name_key(heading[1]))
            if current is None or current in parts:
                current = None
                rest.append(entry)
            else:
                parts[current] = []
            continue
        if current is None:
            rest.append(entry)
        else:
            parts[current].extend(entry.raw if isinstance(entry, Item) else [entry])
    return rest, {name: body_text(lines) for name, lines in parts.items()}
