"""A DokuWiki page, read as the Markdown it stands for.

DokuWiki writes headings with the most equals signs for the highest level (``====== Title ======`` over
``===== Timeline =====``, MediaWiki's the other way round), tables as ``^ header ^`` and ``| cell |`` rows,
a forced line break as ``\\\\``, ``//italic//``, ``''monospace''``, ``[[target|text]]`` links, lists as
``  * item`` (``  - item`` numbered) indented two spaces a level, and boxes as ``<note warning>…</note>`` or
``<WRAP …>``. A reader sees a title, sections, tables and lists; the page is rewritten into Markdown's, every
word kept. String methods only, each line looked at once: a page is untrusted text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row
from app.formats.markdown_syntax import flagged_lines

# A box's kind, as a label over its words ("<note warning>": "**Warning:** …").
_BOX_KINDS = ("important", "warning", "tip", "info", "alert", "help", "todo", "caution", "notice", "success")
_LINE_CLOSE = "\\\\"  # "\\": a forced line break
_MACROS = ("~~NOTOC~~", "~~NOCACHE~~")
_MOST_LIST_DEPTH = 8


def dokuwiki_heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of a DokuWiki heading (``===== Timeline =====`` is level 2), else ``None``."""
    if not line.startswith("==") or len(line) > LONGEST_LINE:
        return None
    stripped = line.rstrip(" \t")
    opening = len(stripped) - len(stripped.lstrip("="))
    closing = len(stripped) - len(stripped.rstrip("="))
    if not 2 <= opening <= 6 or closing < 2 or len(stripped) <= opening + closing:
        return None
    text = stripped[opening:-closing].strip(" \t")
    if not text:
        return None
    return 7 - opening, text


def is_dokuwiki(lines: Sequence[str], flags: Sequence[int]) -> bool:
    """Whether a page of ``== … ==`` headings is DokuWiki's: its first heading is its highest and written with four
    equals signs or more (MediaWiki's first is ``=`` or ``==``), or it has a mark only DokuWiki writes (a ``^ … ^``
    header row, a line closed by ``\\\\``, a ``<note>`` or ``<WRAP>`` box, a ``{{tag>…}}``)."""
    first: int | None = None
    most = 0
    marks = 0
    for line, outside in flagged_lines(lines, flags):
        if not outside or len(line) > LONGEST_LINE:
            continue
        if (heading := dokuwiki_heading(line)) is not None:
            opening = 7 - heading[0]
            first = opening if first is None else first
            most = max(most, opening)
            continue
        stripped = line.strip()
        if (
            (stripped.startswith("^") and stripped.endswith(("^", "|")) and len(stripped) > 2)
            or stripped.endswith(" " + _LINE_CLOSE)
            or stripped.lower().startswith(("<note", "<wrap"))
            or "{{tag>" in stripped
        ):
            marks += 1
    return first is not None and ((first >= 4 and first == most) or marks >= 1)


def from_dokuwiki(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` of a DokuWiki page as Markdown (see the module's docstring)."""
    out: list[str] = []
    table: list[str] = []
    in_code = False
    for line, outside in flagged_lines(lines, flags):
        if not outside or len(line) > LONGEST_LINE:
            out.extend(_table(table))
            table = []
            out.append(line)
            continue
        stripped = line.strip()
        lowered = stripped.lower()
        if in_code:
            if lowered.startswith(("</code>", "</file>")):
                in_code = False
                out.append("```")
            else:
                out.append(line)
            continue
        if stripped[:1] in ("^", "|") and stripped[-1:] in ("^", "|") and len(stripped) > 1:
            table.append(stripped)
            continue
        out.extend(_table(table))
        table = []
        if lowered.startswith(("<code", "<file")) and stripped.endswith(">") and "</" not in stripped:
            in_code = True
            out.append("```" + _code_language(stripped))
        elif (heading := dokuwiki_heading(line)) is not None:
            out.append(f"{'#' * heading[0]} {_inline(heading[1])}")
        else:
            out.extend(_line(line))
    out.extend(_table(table))
    return out


def _code_language(tag: str) -> str:
    """``<code bash>`` → ``bash``; ``<file yaml config.yml>`` → ``yaml``."""
    words = tag.strip("<>").split()
    return words[1] if len(words) > 1 and words[1].isalnum() else ""


def _line(line: str) -> list[str]:
    """One line of text: its boxes' tags, list marker, forced breaks and inline marks as Markdown's."""
    text = line
    for macro in _MACROS:
        text = text.replace(macro, "")
    text = _boxes(text)
    indent = len(text) - len(text.lstrip(" \t"))
    body = text.lstrip(" \t")
    marker = ""
    if indent >= 2 and body[:2] in ("* ", "- "):
        # "  * item" (two spaces a level): a bullet; "  - item": a numbered item.
        depth = min(text[:indent].replace("\t", "  ").count("  "), _MOST_LIST_DEPTH)
        marker = "  " * (depth - 1) + ("- " if body[0] == "*" else "1. ")
        body = body[2:].lstrip(" \t")
    elif indent >= 2:
        body = text  # preformatted text, indented: kept as written
    body = body.rstrip(" \t")
    if body.endswith(_LINE_CLOSE):
        body = body[: -len(_LINE_CLOSE)].rstrip(" \t")
    parts = [part.strip(" \t") for part in body.split(_LINE_CLOSE + " ")] if _LINE_CLOSE + " " in body else [body]
    first, *rest = [_inline(part) for part in parts]
    return [marker + first, *rest]


def _boxes(text: str) -> str:
    """``<note warning>…</note>`` and ``<WRAP important>…</WRAP>`` as their words, the box's kind as a label."""
    lowered = text.lower()
    if "<note" not in lowered and "<wrap" not in lowered and "</note>" not in lowered and "</wrap>" not in lowered:
        return text
    for closing in ("</note>", "</wrap>", "</NOTE>", "</WRAP>", "</Note>", "</Wrap>"):
        text = text.replace(closing, "")
    for opening in ("<note", "<wrap", "<NOTE", "<WRAP", "<Note", "<Wrap"):
        start = text.find(opening)
        if start < 0:
            continue
        end = text.find(">", start)
        if end < 0:
            continue
        classes = text[start + len(opening) : end].lower().split()
        kind = next((word for word in classes if word in _BOX_KINDS), "")
        label = f"**{kind.capitalize()}:** " if kind else ""
        text = text[:start] + label + text[end + 1 :].lstrip(" \t")
    return text


def _inline(text: str) -> str:
    """``''code''``, ``//italic//``, ``[[target|text]]``, ``{{tag>…}}`` and ``{{picture|caption}}`` as Markdown's."""
    if "''" in text:
        text = _pairs(text, "''", "`")
    if "//" in text:
        text = _pairs(text, "//", "_", skip_after=":")
    if "[[" in text:
        text = _brackets(text, "[[", "]]", _link)
    if "{{" in text:
        text = _brackets(text, "{{", "}}", _media)
    if "<del>" in text:
        text = text.replace("<del>", "~~").replace("</del>", "~~")
    if "%%" in text:
        text = text.replace("%%", "")
    return text


def _pairs(text: str, mark: str, markdown: str, *, skip_after: str = "") -> str:
    """Each pair of ``mark`` round words as ``markdown``'s; a mark right after ``skip_after`` ("https://") is text."""
    pieces: list[str] = []
    opened: int | None = None
    last = 0
    index = text.find(mark)
    while index >= 0:
        if skip_after and index > 0 and text[index - 1] in skip_after:
            index = text.find(mark, index + len(mark))
            continue
        if opened is None:
            opened = index
        elif index > opened + len(mark):
            pieces.append(text[last:opened] + markdown + text[opened + len(mark) : index] + markdown)
            last = index + len(mark)
            opened = None
        index = text.find(mark, index + len(mark))
    pieces.append(text[last:])
    return "".join(pieces)


def _brackets(text: str, opening: str, closing: str, written: Callable[[str], str]) -> str:
    pieces: list[str] = []
    last = 0
    while (start := text.find(opening, last)) >= 0 and (end := text.find(closing, start + 2)) >= 0:
        pieces.append(text[last:start] + written(text[start + 2 : end]))
        last = end + 2
    pieces.append(text[last:])
    return "".join(pieces)


def _link(inside: str) -> str:
    """``[[target|text]]`` as ``[text](target)``; ``[[target]]`` as the target's words."""
    target, bar, words = inside.partition("|")
    target, words = target.strip(), words.strip()
    if not bar or not words:
        return target
    return f"[{words}]({target.replace(' ', '_')})"


def _media(inside: str) -> str:
    """``{{tag>a b}}`` as the tags' words; ``{{picture.png|caption}}`` as a Markdown picture."""
    if inside.startswith("tag>"):
        return inside[4:].strip()
    source, _, caption = inside.partition("|")
    return f"![{caption.strip()}]({source.strip()})"


def _table(rows_text: list[str]) -> list[str]:
    """A run of ``^ … ^`` / ``| … |`` rows as a pipe table; the first row is its header when all its cells are."""
    if not rows_text:
        return []
    rows = [_cells(row) for row in rows_text]
    width = max(len(row) for row in rows)
    if len(rows) > 1 and all(header for header, _ in rows[0]):
        header_row = [text for _, text in rows[0]]
        body = rows[1:]
    else:  # "^ Severity | SEV2 |": a label in each row's first cell, a table of facts without a header
        header_row = [""] * width
        body = rows
    out = [pipe_row(header_row, width), pipe_row(["---"] * width, width)]
    out.extend(pipe_row([f"**{text}**" if header and text else text for header, text in row], width) for row in body)
    return ["", *out, ""]


def _cells(row: str) -> list[tuple[bool, str]]:
    """A row's cells, each ``(a header cell, its text)``; a bar inside a link (``[[a|b]]``) is not a cell's edge."""
    cells: list[tuple[bool, str]] = []
    header = row[0] == "^"
    start = 1
    depth = 0
    index = 1
    while index < len(row):
        pair = row[index : index + 2]
        if pair in ("[[", "{{"):
            depth += 1
            index += 2
            continue
        if pair in ("]]", "}}") and depth:
            depth -= 1
            index += 2
            continue
        if depth == 0 and row[index] in "^|":
            text = row[start:index].strip()
            cells.append((header, "" if text == ":::" else _inline(text).replace("|", "\\|")))
            header = row[index] == "^"
            start = index + 1
        index += 1
    return cells
