"""A page written in Textile, read as the Markdown it stands for.

Redmine's wikis and issues, Basecamp, older Jira and Trac-less wikis write Textile: ``h2. Timeline`` headings,
``p. `` paragraphs, ``bc. `` code blocks, ``bq. `` quotes, ``|_. Time |_. Event |`` tables (cell and row
attributes as ``|{background:#ddd}. x|``), ``# `` numbered and ``* `` bulleted lists (``## ``, ``** `` nested),
``@code@``, ``*bold*``, ``-deleted-``, ``"text":url`` links, ``!image.png!`` pictures and ``{{toc}}`` macros;
Redmine adds ``<pre><code class="sql">`` blocks and ``{{collapse(title)`` … ``}}`` parts shown on a click.
A reader sees a title, sections, tables and lists; the page is rewritten into Markdown's, every word kept.
Each line is looked at once; every pattern is anchored on a mark and cannot cross the next one, so a long
line costs its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE, pipe_row
from app.formats.markdown_syntax import flagged_lines

# "h2. ", "p(lead). ", "bq{color:grey}. ", "bc.. " (extended: it runs to the next block), "fn1. ".
_ATTRIBUTES = r"(?:\([^()\n]{0,60}\)|\{[^{}\n]{0,200}\}|\[[A-Za-z-]{0,10}\]|[<>=()]{1,4}){0,4}"
_BLOCK = re.compile(rf"(?P<kind>h[1-6]|p|bq|bc|pre|notextile|fn\d{{1,3}}){_ATTRIBUTES}\.(?P<extended>\.?)(?: |$)")
# "table{border:1px solid}." over a table: its style alone.
_TABLE_STYLE = re.compile(rf"table{_ATTRIBUTES}\.[ \t]*")
# A cell's or row's attributes before its text: "_.", "\2.", "/3.", "{background:#ddd}.", "(warn).", "<.", "^.".
_CELL_ATTRIBUTES = re.compile(r"(?:_|[<>=^~]|\\\d{1,3}|/\d{1,3}|\{[^{}\n]{0,200}\}|\([^()\n]{0,60}\)){1,6}\.(?: |$)")
# "{{toc}}", "{{>toc}}", "{{<toc}}": Redmine's table of contents, no words of the page.
_STYLES = re.compile(r"\{[^{}\n]{0,200}\}|\([^()\n]{0,60}\)")
_TOC_MACROS = ("{{toc}}", "{{>toc}}", "{{<toc}}")

# Inline marks: each opens at its mark after a space or punctuation, holds no mark of its kind, and closes
# before a space or punctuation, so "tracking-api", "a_b_c" and "ops@example.org" stay as they are.
_CODE = re.compile(r"(?<![\w@])@(?=[^\s@])([^@\n]{1,400}?)(?<=[^\s@])@(?![\w@])")
_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![\w*])")
_DELETED = re.compile(r"(?<![\w-])-(?=[^\s-])([^-\n]{1,400}?)(?<=[^\s-])-(?![\w-])")
_SPAN = re.compile(r"%(?:\{[^{}\n]{0,200}\}|\([^()\n]{0,60}\))([^%\n]{1,400})%")
_LINK = re.compile(r'"([^"\n]{1,300})":((?:https?|ftp|mailto):[^\s<>"]{1,2000}|/[^\s<>"]{1,2000})')
_IMAGE = re.compile(
    r"(?<![\w!])!(?:[<>=]|\{[^{}\n]{0,200}\})?"
    r"([^\s!()]{1,500}\.(?:png|jpe?g|gif|svg|webp|bmp)|https?://[^\s!()]{1,500})"
    r"(?:\(([^()\n]{0,300})\))?!(?::([^\s<>\"]{1,2000}))?",
    re.IGNORECASE,
)
_URL_CLOSERS = ".,;:!?)_*"  # a sentence's end or the close of an emphasis around the link
_MOST_LIST_DEPTH = 8


def from_textile(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` of a Textile page as Markdown (see the module's docstring)."""
    out: list[str] = []
    table: list[list[tuple[bool, str]]] = []
    # While in a code block: what closes it ("" a blank line, "block" the next block, "</pre>" its tag).
    code_end: str | None = None
    in_collapse = False
    for line, outside in flagged_lines(lines, flags):
        if not outside or len(line) > LONGEST_LINE:
            out.extend(_table(table))
            table = []
            out.append(line)
            continue
        stripped = line.strip()
        block = _BLOCK.match(stripped)
        if code_end is not None:
            closed = (
                (code_end == "" and not stripped)
                or (code_end == "block" and block is not None)
                or (code_end == "</pre>" and stripped.lower().endswith("</pre>"))
            )
            if closed and code_end == "</pre>":
                closing = len("</code></pre>") if stripped.lower().endswith("</code></pre>") else len("</pre>")
                body = stripped[:-closing]
                out.extend([body, "```"] if body else ["```"])
                code_end = None
                continue
            if not closed:
                out.append(line)
                continue
            out.append("```")
            code_end = None
            if block is None:
                out.append(line)
                continue
        if (row := _row(stripped)) is not None:
            table.append(row)
            continue
        out.extend(_table(table))
        table = []
        if stripped in _TOC_MACROS or _TABLE_STYLE.fullmatch(stripped) or (stripped == "}}" and in_collapse):
            in_collapse = in_collapse and stripped != "}}"
            out.append("")
            continue
        if stripped.lower().startswith("<pre>") and "</pre>" not in stripped.lower():
            # Redmine's "<pre><code class="sql">" over lines of code, to "</code></pre>"
            out.append("```")
            code_end = "</pre>"
            continue
        if stripped.startswith("{{collapse") and not stripped.endswith("}}"):
            # Redmine's "{{collapse(Raw notes)" over lines shown on a click, to "}}": its title over its lines
            title = stripped[len("{{collapse") :].strip("() ")
            out.append(f"**{_inline(title)}**" if title else "")
            in_collapse = True
            continue
        if block is not None:
            kind, text = block.group("kind"), stripped[block.end() :]
            if kind in ("bc", "pre", "notextile"):
                out.append("```")
                code_end = "block" if block.group("extended") else ""
                if text:
                    out.append(text)
                continue
            out.append(_block(kind, _inline(text)))
            continue
        out.append(_list_item(line) or _inline(line))
    out.extend(_table(table))
    if code_end is not None:
        out.append("```")
    return out


def _block(kind: str, text: str) -> str:
    if kind.startswith("h"):
        return f"{'#' * int(kind[1])} {text}"
    if kind == "bq":
        return f"> {text}"
    if kind.startswith("fn"):
        return f"[{kind[2:]}] {text}"  # a footnote, its number kept as the reader sees it
    return text  # "p. ": a paragraph


def _list_item(line: str) -> str | None:
    """``# item``, ``## item``, ``* item``, ``** item`` as Markdown's list items, else ``None``."""
    mark = line[:1]
    if mark not in ("#", "*"):
        return None
    depth = len(line) - len(line.lstrip(mark))
    if depth > _MOST_LIST_DEPTH or line[depth : depth + 1] != " " or not line[depth:].strip():
        return None
    bullet, indent = ("1.", "   ") if mark == "#" else ("*", "  ")  # under its parent's text, as Markdown nests
    return f"{indent * (depth - 1)}{bullet} {_inline(line[depth:].strip())}"


def _row(stripped: str) -> list[tuple[bool, str]] | None:
    """``|_. Time |_. Event |``, ``{background:#ddd}. |a|b|``: each cell, and whether it is a header; else ``None``."""
    if stripped[:1] != "|":
        attributes = _CELL_ATTRIBUTES.match(stripped)
        if attributes is None or stripped[attributes.end() :].lstrip()[:1] != "|":
            return None
        stripped = stripped[attributes.end() :].lstrip()  # the row's own style
    if len(stripped) < 2 or not stripped.endswith("|") or stripped.startswith("||"):
        return None
    cells: list[tuple[bool, str]] = []
    for raw in stripped[1:-1].split("|"):
        text = raw.strip()
        attributes = _CELL_ATTRIBUTES.match(text)
        header = attributes is not None and "_" in _STYLES.sub("", text[: attributes.end()])
        if attributes is not None:
            text = text[attributes.end() :].strip()
        cells.append((header, _inline(text).replace("|", "\\|")))
    return cells


def _table(rows: list[list[tuple[bool, str]]]) -> list[str]:
    """Rows as a pipe table: the first its header when all its cells are headers, else an empty header (a label in
    each row's first cell: labelled facts)."""
    if not rows:
        return []
    width = max(len(row) for row in rows)
    cells = [[text for _, text in row] for row in rows]
    if all(header for header, _ in rows[0]):
        header_row, body = cells[0], cells[1:]
    else:
        header_row, body = [""] * width, cells
    return ["", pipe_row(header_row, width), pipe_row(["---"] * width, width), *(pipe_row(r, width) for r in body), ""]


def _inline(text: str) -> str:
    """A line's inline marks as Markdown's; ``@code@`` spans are kept whole, the marks inside them as written."""
    if not any(mark in text for mark in '@*-%"!'):
        return text
    out: list[str] = []
    last = 0
    for found in _CODE.finditer(text):
        out.append(_marks(text[last : found.start()]))
        out.append(f"`{found.group(1)}`")
        last = found.end()
    out.append(_marks(text[last:]))
    return "".join(out)


def _marks(text: str) -> str:
    if "%" in text:
        text = _SPAN.sub(r"\1", text)
    if "!" in text:
        text = _IMAGE.sub(_image, text)
    if '":' in text:
        text = _LINK.sub(_link, text)
    if "*" in text:
        text = _BOLD.sub(r"**\1**", text)
    if "-" in text:
        text = _DELETED.sub(r"~~\1~~", text)
    return text


def _link(found: re.Match[str]) -> str:
    label, url = found.group(1), found.group(2)
    kept = url.rstrip(_URL_CLOSERS)
    if label.endswith(")") and "(" in label:  # "text(title)": the title kept as words beside the text
        label = label.replace("(", " (", 1).replace("  (", " (")
    return f"[{label}]({kept}){url[len(kept) :]}"


def _image(found: re.Match[str]) -> str:
    source, alt, target = found.group(1), found.group(2) or "", found.group(3)
    picture = f"![{alt}]({source})"
    if target is None:
        return picture
    kept = target.rstrip(_URL_CLOSERS)
    return f"[{picture}]({kept}){target[len(kept) :]}"
