"""Documents exported or copied from word processors and note tools, read as the Markdown they stand for.

A Google Docs or Word file converted by pandoc keeps "•" bullets, non-breaking spaces, ``[Summary]{.underline}``
spans and tables drawn with dashed column rules; a page copied from Notion writes its toggles "▸ Impact"; a
Logseq or Workflowy outline puts everything in bullets (``outlines`` reads those); a form ticks its boxes
"☐"/"☒"; a status page's history heads each update with its status ("### Resolved") and dates it on a line below
its text. Each line is rewritten into the Markdown a
reader sees in it; every word stays. String methods and patterns anchored at one place a line: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.notion_toggles import bullet_toggles, toggle_lines, toggle_name
from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_read.tables import LONGEST_LINE
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_read.word_bullets import word_symbol_bullets
from app.formats.markdown_syntax import flagged_lines
from app.text_pieces import in_turns
from app.timeparse import read

# "[Summary]{.underline}", "[text]{#id .mark}": pandoc's spans; the brackets and attributes are markup.
_SPAN = re.compile(r"\[([^\[\]\n]{1,300})\]\{[.#][^{}\n]{0,100}\}")
# "• text", "◦ text", "▪ text", "► text": bullets a word processor writes as characters.
_BULLET = re.compile(r"([ \t]*)[•◦▪●○■‣⁃∙▸▶►▾▼][ \t\u00a0]+")
# "☐ Start the build …", "☒ Run it by hand": a form's tick boxes, as task list items.
# ("1. ✅ New token created": a numbered list's item ticked the same way keeps its number.)
_BOX = re.compile(r"([ \t]*)(?:(?P<marker>[-*+]|\d{1,3}[.)])[ \t]+)?(?P<box>[☐☒☑✅])[ \t\u00a0]+")
# A pandoc table's column rule: two or more runs of dashes ("------ ------------").
_COLUMN_RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*")
# "--Impact--:", "--Timeline--": a label a PDF or text export set off with double dashes (its underline), read as
# the label "Impact:" it is; a line of its own, its name short and not dashes.
_DASHED_LABEL = re.compile(r"[ \t]*--(?=[^\s-])([^\n]{1,80}?[^\s-])--[ \t]*:?[ \t]*")
# A pandoc multiline table's top and bottom rule: one run of dashes.
_FULL_RULE = re.compile(r"[ \t]*-{10,}[ \t]*")


def from_tool_exports(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with word-processor bullets, spans and dashed tables, Notion toggles, Logseq outlines and tick
    boxes written as Markdown; a file with none comes back as it was (the same list)."""
    lines = word_symbol_bullets(lines, flags)  # line for line: the flags still hold
    if _might_be_outline(lines, flags):
        from app.formats.markdown_read.outlines import from_outline, is_outline

        if is_outline(lines, flags):
            lines = from_outline(lines, flags)
            flags = [True] * len(lines)
    if (history := _status_history(lines, flags)) is not None:
        lines, flags = history, [True] * len(history)
    if (asked := _questions(lines, flags)) is not None:
        lines, flags = asked, [True] * len(asked)
    if (toggled := bullet_toggles(lines, flags)) is not lines:
        lines, flags = toggled, [True] * len(toggled)
    out: list[str] | None = None  # a copy from the first line changed on (a pointer a line: 0.5 MB for 60,000)
    toggles = toggle_lines(lines, flags)
    in_timeline = False  # a tick there ("✅ 14:05 Rollback verified") is the writer's character, not a task's box
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        if outside and len(line) <= LONGEST_LINE:
            new = _line(line, index in toggles, boxes=not in_timeline)
            if new is not line and out is None:
                out = lines[:index]
            line = new
            if line.startswith("#") and (heading := heading_of(line)) is not None:
                in_timeline = section_key(heading[1]) == "timeline"
        if out is not None:
            out.append(line)
    result = lines if out is None else out
    if any(_COLUMN_RULE.fullmatch(line) for line, outside in zip(result, flags, strict=True) if outside):
        result = _dashed_tables(result, flags)
        flags = [True] * len(result)
    if any("\t" in line[1:] for line in result):
        result = _tab_tables(result, flags)  # the same list when it has no table
    return result


def _line(line: str, toggle_heading: bool = False, *, boxes: bool = True) -> str:
    """One line with its word-processor markup written as Markdown (the same string when it has none)."""
    new = line.replace("\u00a0", " ") if "\u00a0" in line else line
    if "☒" in new or "☑" in new:
        new = _ticked_choice(new)
    if "]{" in new:
        new = _SPAN.sub(r"\1", new)
    first = new.lstrip(" \t")[:1]
    if toggle_heading and (name := toggle_name(new)) is not None:
        return f"## {name}"
    if first == "-" and new.rstrip().endswith(("--", ":")) and (label := _DASHED_LABEL.fullmatch(new)):
        return f"{label.group(1)}:"
    if first and first in "•◦▪●○■‣⁃∙▸▶►▾▼" and (bullet := _BULLET.match(new)):
        new = f"{bullet.group(1)}- {new[bullet.end() :]}"
    elif boxes and first and (first in "☐☒☑✅-*+" or first.isdigit()) and (box := _BOX.match(new)):
        ticked = box.group("box") != "☐"
        marker = box.group("marker") if box.group("marker") and box.group("marker")[0].isdigit() else "-"
        new = f"{box.group(1)}{marker} [{'x' if ticked else ' '}] {new[box.end() :]}"
    return new if new != line else line


# ---------------------------------------------------------------- pandoc's dashed tables


def _dashed_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """Pandoc's simple and multiline tables (columns under dashed rules) as pipe tables."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (flags[index] and _COLUMN_RULE.fullmatch(line)):
            out.append(line)
            index += 1
            continue
        # The header: the lines above the rule, back to a blank line or the table's top rule.
        start = len(out)
        while start > max(0, len(out) - _MOST_HEADER_LINES) and out[start - 1].strip():
            if _FULL_RULE.fullmatch(out[start - 1]):
                break
            start -= 1
        multiline = start > 0 and bool(_FULL_RULE.fullmatch(out[start - 1]))
        header_lines = out[start:]
        spans = _spans(line)
        rows, end = _rows(lines, index + 1, multiline)
        if not rows or len(spans) > _MOST_COLUMNS or (start > 0 and out[start - 1].strip() and not multiline):
            out.append(line)
            index += 1
            continue
        del out[start - 1 if multiline else start :]
        header = _cells(header_lines, spans) if header_lines else [""] * len(spans)
        out.append(_pipe(header))
        out.append(_pipe(["---"] * len(spans)))
        out.extend(_pipe(_cells(row, spans)) for row in rows)
        index = end
    return out


_MOST_HEADER_LINES = 6
_MOST_TABLE_LINES = 2000
_MOST_COLUMNS = 40
"""A rule of more runs of dashes is no table's (each row would be cut at every one: rows x columns)."""


def _rows(lines: list[str], index: int, multiline: bool) -> tuple[list[list[str]], int]:
    """The rows below a column rule (each its lines), and the index after the table.

    A simple table's rows are lines, to a blank line or a closing rule; a multiline table's rows are
    groups of lines between blank lines, to its bottom rule.
    """
    rows: list[list[str]] = []
    current: list[str] = []
    last = min(len(lines), index + _MOST_TABLE_LINES)
    while index < last:
        line = lines[index]
        if _FULL_RULE.fullmatch(line) or _COLUMN_RULE.fullmatch(line):
            index += 1
            break
        if not line.strip():
            if not multiline:
                break
            if current:
                rows.append(current)
                current = []
        elif multiline:
            current.append(line)
        else:
            rows.append([line])
        index += 1
    else:
        if multiline:
            return [], index  # no bottom rule: not a table after all
    if current:
        rows.append(current)
    return rows, index


def _spans(rule: str) -> list[int]:
    """Where each column starts: at each run of dashes of the rule."""
    return [match.start() for match in re.finditer(r"-+", rule)]


def _cells(row: list[str], starts: list[int]) -> list[str]:
    """A row's cells (its lines joined per column), cut where the rule's columns start."""
    cells = [""] * len(starts)
    for line in row:
        bounds = [*_cut_points(line, starts), len(line)]
        for column in range(len(starts)):
            piece = line[bounds[column] : bounds[column + 1]].strip()
            if piece:
                cells[column] = f"{cells[column]} {piece}".strip()
    return cells


def _cut_points(line: str, starts: list[int]) -> list[int]:
    """The column starts, each moved back to the start of a word that runs across it."""
    points = [0]
    for start in starts[1:]:
        point = min(start, len(line))
        floor = points[-1]
        while floor < point < len(line) and line[point - 1] not in " \t" and line[point] not in " \t":
            point -= 1
        points.append(point)
    return points


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# ---------------------------------------------------------------- Logseq, Workflowy and other outlines


def _might_be_outline(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file has a top bullet and a bullet under one: what any outline has (``outlines`` reads it)."""
    top = nested = False
    for line, outside in flagged_lines(lines, flags):
        if outside:
            top = top or line[:2] == "- "
            nested = nested or (line[:1] in (" ", "\t") and line.lstrip(" \t")[:2] == "- ")
            if top and nested:
                return True
    return False


# ---------------------------------------------------------------- a status page's history

# "*12 Mar 2024 · 4:40 PM AEDT*", "Posted Mar 03, 2022 - 14:12 UTC": the line that dates an update.
_DATE_LINE = re.compile(r"[*_]{0,2}(?:posted[ \t]+(?:on[ \t]+)?)?(?P<when>[^*_]{6,60}?)[*_]{0,2}[ \t]*", re.IGNORECASE)


def _status_history(lines: list[str], flags: Sequence[int]) -> list[str] | None:
    """A status page's updates headed by their status ("### Resolved"), each dated on a line of its own under
    its text, as the "**Resolved** — date" entries of a status history section; ``None`` if the file has none."""
    heads = [
        index
        for index, line in in_turns(enumerate(lines))
        if flags[index] and line.startswith("#") and (found := heading_of(line)) and found[1].lower() in STATUS_KINDS
    ]
    if len(heads) < 2:
        return None
    out = [*lines[: heads[0]], "## Status updates", ""]
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(lines)
        block = lines[head + 1 : end]
        # The block's date line: the last of its text's first lines that is a date and time alone.
        dated = next((i for i in range(min(len(block), 12) - 1, -1, -1) if _dates_alone(block[i])), None)
        if dated is None:
            return None
        when = _DATE_LINE.fullmatch(block[dated].strip())
        word = heading_of(lines[head])[1]  # type: ignore[index]
        rest = [line for i, line in enumerate(block) if i != dated]
        out.append(f"**{word}** — {when.group('when').strip()}")  # type: ignore[union-attr]
        out.extend(rest if rest and not rest[0].strip() else ["", *rest])
    return out


def _dates_alone(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False
    when = _DATE_LINE.fullmatch(stripped)
    if when is None:
        return False
    reading = read(when.group("when"), whole=True)
    return reading is not None and reading.has_date and reading.has_time


# ---------------------------------------------------------------- a retrospective written as questions

# "1. **What happened?**", "2) What did we try first?": a numbered question alone on its line.
_QUESTION = re.compile(r"\d{1,2}[.)][ \t]+(?P<mark>\*\*|__)?(?P<question>[^*_\n]{3,150}\?)(?P=mark)?[ \t]*")


# A section's name underlined, as plain-text reports and setext Markdown write it: "Timeline" over "--------".
_SETEXT_SECTION = re.compile(r"[ \t]{0,3}-{3,}[ \t]*")


def _underlined(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is a section's name over its underline (not front matter's last field)."""
    line = lines[index].strip()
    return (
        bool(line) and len(line) <= 200 and not _FIELD.match(line) and bool(_SETEXT_SECTION.fullmatch(lines[index + 1]))
    )


_FIELD = re.compile(r"[\w-]{1,40}:(?:[ \t]|$)")


def _questions(lines: list[str], flags: Sequence[int]) -> list[str] | None:
    """A retrospective written as a numbered list of questions, each answered in the lines indented under it,
    as sections named by the questions; ``None`` unless at least three questions are answered so."""
    asked = [
        index
        for index, line in in_turns(enumerate(lines))
        if flags[index]
        and line[:1].isdigit()
        and len(line) <= 200
        and _QUESTION.fullmatch(line)
        and index + 1 < len(lines)
        and lines[index + 1].startswith((" ", "\t"))
    ]
    if len(asked) < 3 or any(
        flags[i] and (found := heading_of(line)) and found[0] > 1 for i, line in in_turns(enumerate(lines))
    ):
        return None  # (in a document with sections, a numbered list of questions is a section's: "Five whys")
    if any(_underlined(lines, index) for index in range(len(lines) - 1) if flags[index]):
        return None  # the sections' names underlined ("The five whys" over "-------------") are sections too
    out = list(lines)
    for index in asked:
        out[index] = f"## {_QUESTION.fullmatch(lines[index]).group('question')}"  # type: ignore[union-attr]
        following = index + 1
        while following < len(lines) and (lines[following].startswith((" ", "\t")) or not lines[following].strip()):
            out[following] = (
                lines[following].strip()
                if not lines[following].lstrip().startswith("-")
                else (lines[following][_indent(lines[following], index, lines) :])
            )
            following += 1
    return out


def _indent(line: str, question_at: int, lines: list[str]) -> int:
    """How much of an answer's line is the answer's indentation (its first line's)."""
    first = lines[question_at + 1]
    width = len(first) - len(first.lstrip(" \t"))
    return min(width, len(line) - len(line.lstrip(" \t")))


# ---------------------------------------------------------------- a form's tick-one choice and tabbed tables

# "Severity (tick one):  ☐ SEV1   ☒ SEV2   ☐ SEV3": a label, what it asks, then its boxes.
_CHOICE = re.compile(r"(?P<label>[^:☐☒☑()]{1,60}?)[ \t]*(?:\((?P<ask>[^()]{0,40})\))?[ \t]*:[ \t]*(?P<boxes>[☐☒☑].*)")


def _ticked_choice(line: str) -> str:
    """A label whose value is the one box ticked among several, written "Severity: SEV2 (tick one: ☐ SEV1 ☒ SEV2)";
    the boxes stay, in brackets after the value."""
    choice = _CHOICE.fullmatch(line.strip())
    if choice is None:
        return line
    boxes = re.split(r"([☐☒☑])", choice.group("boxes"))[1:]
    options = [(boxes[i], boxes[i + 1].strip()) for i in range(0, len(boxes) - 1, 2)]
    ticked = [text for box, text in options if box != "☐" and text]
    if len(options) < 2 or len(ticked) != 1:
        return line
    ask = f"{choice.group('ask')}: " if choice.group("ask") else ""
    return f"{choice.group('label').strip()}: {ticked[0]} ({ask}{choice.group('boxes').strip()})"


def _tab_tables(lines: list[str], flags: Sequence[int]) -> list[str]:
    """Runs of two or more lines of tab-separated cells, as pasted from a spreadsheet, as pipe tables
    (the first line the header); the same list when there is none.

    A spreadsheet writes an empty cell as two tabs side by side, in every row alike. A text file lines its
    columns up with as many tabs as each cell needs ("Time (WAT)<tab>Actions", then "11:30 AM<tab><tab>Deploy
    starts"): when the rows only agree with their header counting a run of tabs as one, they are read so
    (else the first row is taken for the header, and the text for a column without a name)."""
    out: list[str] = []
    index = 0
    changed = False
    while index < len(lines):
        end, runs = _tab_run(lines, flags, index, runs=False), False
        if end - index < 2:
            end, runs = _tab_run(lines, flags, index, runs=True), True
        if end - index < 2:
            out.append(lines[index])
            index += 1
            continue
        rows = [_TAB_RUN.split(lines[row]) if runs else lines[row].split("\t") for row in range(index, end)]
        out.append(_pipe([cell.strip() for cell in rows[0]]))
        out.append(_pipe(["---"] * len(rows[0])))
        out.extend(_pipe([cell.strip() for cell in row]) for row in rows[1:])
        index, changed = end, True
    return out if changed else lines


_TAB_RUN = re.compile(r"\t+")
_TAB_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])\t+")


def _tab_run(lines: list[str], flags: Sequence[int], index: int, *, runs: bool) -> int:
    """The end of the lines from ``index`` holding as many tab-separated cells as the first (a run of tabs one
    separator when ``runs``)."""
    width = _tab_cells(lines[index], runs=runs) if flags[index] else 0
    end = index
    while width >= 2 and end < len(lines) and flags[end] and _tab_cells(lines[end], runs=runs) == width:
        end += 1
    return end


def _tab_cells(line: str, *, runs: bool = False) -> int:
    """How many tab-separated cells a line holds (0 for a line that is not one: indented, or too long)."""
    if not line or line[0] in " \t" or "\t" not in line or len(line) > LONGEST_LINE:
        return 0
    if (item := _TAB_ITEM.match(line)) and "\t" not in line[item.end() :]:
        return 0  # "*<tab>11:02 AM: …", "1.<tab>Add a replica": a list item, its marker set off by a tab
    if runs:
        return len(_TAB_RUN.findall(line.rstrip("\t"))) + 1
    return line.count("\t") + 1
