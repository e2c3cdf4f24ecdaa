"""Line-level Markdown reading for the importer: headings, list items, labels, tables.

These are the small, linear building blocks ``markdown_import`` reads
sections with. They read Markdown as people write it (any bullet character,
tabs or spaces, bold or plain labels) and as ``markdown_export`` writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.formats.markdown_export import outside_fences, unescape_block


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
    """A pipe table's header keys and rows, or ``None`` when ``lines`` is not one.

    A row with more filled cells than the header has is not a table the
    callers can place: cutting the row to the header's width would drop text,
    so the whole table is ``None`` (and stays as written).
    """
    if len(lines) < 2 or not _TABLE_RULE.fullmatch(lines[1]):
        return None
    header = [name_key(cell) for cell in table_cells(lines[0])]
    rows = []
    for line in lines[2:]:
        cells = table_cells(line)
        if any(cells[len(header) :]):
            return None
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
    # The incident's day from a "**Date:**" header line or front matter: the
    # day of timeline times written alone when the summary has no start.
    day: date | None = None
    # Set for files not in the editor's own layout: only there are details
    # written inside a task's line ("(owner: Ana)") read out of its text,
    # because the export writes task text as typed.
    other_template: bool = False

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


# --------------------------------------------------------------------------- other templates' syntax


def setext_level(line: str) -> int | None:
    """1 or 2 when ``line`` underlines the line above it (``=====`` / ``-----``), else ``None``.

    A single ``-`` is not taken: it is far more often an empty list item than
    an underline. String methods, not a regular expression: hostile runs of
    spaces must not make this slow.
    """
    text = line.lstrip(" ").rstrip(" \t")
    if len(line) - len(line.lstrip(" ")) > 3 or not text:
        return None
    if text == "=" * len(text):
        return 1
    if len(text) >= 2 and text == "-" * len(text):
        return 2
    return None


def _could_be_setext_text(line: str) -> bool:
    """Whether ``line`` is a one-line paragraph that an underline would turn into a heading."""
    stripped = line.strip()
    if not stripped or indent_of(line) >= 4 or heading_of(line) or _BULLET.match(line) or is_table_line(line):
        return False
    if stripped[0] in "><" or stripped.startswith("|"):
        return False  # A quote or an HTML block: an underline after it is a rule, not a heading.
    # A thematic break (``***``, ``- - -``) is not a paragraph either.
    return bool(stripped.strip("-*_= \t"))


def find_headings(lines: list[str], flags: list[bool], *, setext: bool) -> list[tuple[int, int, str, int]]:
    """``(index, level, text, body start)`` of the headings outside fenced code.

    ATX headings always count; setext ones (a one-line paragraph underlined
    with ``===`` or ``---``) only when ``setext`` is set, because the editor's
    own export writes free text as typed and does not escape underlines.
    """
    found: list[tuple[int, int, str, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if flags[index] and (atx := heading_of(line)):
            found.append((index, atx[0], atx[1], index + 1))
        elif (
            setext
            and index + 1 < len(lines)
            and flags[index]
            and flags[index + 1]
            and (index == 0 or not lines[index - 1].strip())
            and (level := setext_level(lines[index + 1])) is not None
            and _could_be_setext_text(line)
        ):
            found.append((index, level, line.strip(), index + 2))
            index += 2
            continue
        index += 1
    return found


def _front_matter_end(lines: list[str], closers: tuple[str, ...]) -> int | None:
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t") in closers:
            return index
    return None


def front_matter(lines: list[str]) -> tuple[str, list[str], int] | None:
    """YAML (``---``) or TOML (``+++``) front matter on the very first line.

    Returns its language, its lines without the delimiters and the index of
    the closing line; ``None`` when the file does not start with a closed block.
    """
    if not lines:
        return None
    first = lines[0].rstrip(" \t")
    if first == "---":
        language, closers = "yaml", ("---", "...")
    elif first == "+++":
        language, closers = "toml", ("+++",)
    else:
        return None
    end = _front_matter_end(lines, closers)
    # "+++" opens nothing else in Markdown; "---" is also a rule, so its block must read as settings.
    if end is None or (language == "yaml" and not _looks_like_settings(lines[1:end])):
        return None
    return language, lines[1:end], end


# A settings line (``title: x``, ``date = 2024-05-02``), or what YAML nests under one.
_SETTING = re.compile(r"[A-Za-z_][\w .-]{0,60}[ \t]*[:=].*")
_NESTED = re.compile(r"(?:[ \t]+\S|- |#).*")


def _looks_like_settings(block: list[str]) -> bool:
    """Whether a block between two rules is front matter, not a document opening with a ``---`` rule."""
    if not block or not _SETTING.fullmatch(block[0]):
        return False
    return all(not line.strip() or _SETTING.fullmatch(line) or _NESTED.fullmatch(line) for line in block)


def fenced(language: str, lines: list[str]) -> str:
    """``lines`` as a fenced code block whose fence no line of them can close."""
    longest = max((len(line.lstrip(" \t")) - len(line.lstrip(" \t").lstrip("`")) for line in lines), default=0)
    fence = "`" * max(3, longest + 1)
    return "\n".join([f"{fence}{language}", *lines, fence])


def simple_fields(lines: list[str]) -> dict[str, str]:
    """Top-level ``key: value`` lines of front matter (``title = "x"`` in TOML), quotes taken off."""
    fields: dict[str, str] = {}
    for line in lines:
        if not line[:1].isalpha():
            continue  # Indented (nested) values, comments and list entries are not simple fields.
        key, separator, value = line.partition(":")
        if not separator or "=" in key:
            key, separator, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if separator and key.strip() and value:
            fields.setdefault(key.strip().lower(), value)
    return fields


# --------------------------------------------------------------------------- hard line breaks


def _continues_paragraph(line: str) -> bool:
    """Whether ``line``, after a paragraph line, is more of that paragraph."""
    stripped = line.strip()
    if not stripped or heading_of(line) or _BULLET.match(line) or is_table_line(line):
        return False
    # An underline, a quote, HTML, a fence or a rule starts something else.
    return setext_level(line) is None and stripped[0] not in "><`~" and bool(stripped.strip("-*_= \t"))


def keep_hard_breaks(text: str) -> str:
    """Write ``line  `` hard line breaks as ``line\\``, which means the same to Markdown.

    The model trims trailing spaces from every line (so that stray spaces
    never make two saves differ); a two-space hard break would then vanish and
    the lines would run together when rendered. A trailing backslash survives
    the trim. Only real breaks are rewritten: inside a paragraph, outside
    code, not in indented (code-like) lines, and not after a line that ends
    in a backslash of its own.
    """
    if "  \n" not in text:
        return text
    lines = text.split("\n")
    flags = outside_fences(lines)
    for index in range(len(lines) - 1):
        line = lines[index]
        content = line.rstrip(" ")
        if len(line) - len(content) < 2 or not flags[index] or not flags[index + 1]:
            continue
        bare = _BULLET.sub("", content, count=1).strip() if _BULLET.match(content) else content.strip()
        if not bare or content.endswith("\\") or indent_of(line) >= 4 or not _could_break(content):
            continue
        if _continues_paragraph(lines[index + 1]):
            lines[index] = content + "\\"
    return "\n".join(lines)


def _could_break(content: str) -> bool:
    """A line that is prose (not a heading, table row or rule) can end in a hard break."""
    stripped = content.strip()
    return not (heading_of(content) or is_table_line(content) or setext_level(content) or stripped[0] in "`~")
