"""HTML that exports from wikis and note apps leave in Markdown: line breaks, entities, callouts.

Confluence writes ``<br>`` inside table cells and ``&nbsp;`` between words;
Notion wraps a callout in ``<aside>``. A reader sees a line break, a space
and a box; the import takes the words and leaves the markup. Code (fenced
blocks, backtick spans) is left as written: there the markup is the text.
"""

from __future__ import annotations

import html
import re

from app.formats.markdown_read.tokens import is_table_line

# The entities such exports write; others stay as written (a word like "&copy;" in prose is rare,
# and each name decoded here is a word the no-loss check must know is markup).
ENTITY_NAMES = (
    "nbsp",
    "amp",
    "lt",
    "gt",
    "quot",
    "apos",
    "ndash",
    "mdash",
    "hellip",
    "lsquo",
    "rsquo",
    "ldquo",
    "rdquo",
    "bull",
    "middot",
    "rarr",
    "larr",
)
MARKUP_WORDS = (*ENTITY_NAMES, "br", "aside")

_ENTITY = r"&(?P<entity>" + "|".join(ENTITY_NAMES) + r"|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
# One pass from left to right: a code span is skipped whole, so that markup inside it stays.
_MARKUP = re.compile(
    r"(?P<code>(`+)[^`]*?(?P=code_ticks))".replace("(`+)", "(?P<code_ticks>`+)")
    + r"|(?P<br>[ \t]*<br[ \t]*/?>[ \t]*)"
    + r"|(?P<aside>[ \t]*</?aside(?:[ \t][^<>]{0,200})?>[ \t]*)"
    + "|"
    + _ENTITY,
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:,!?]$")


def without_html_markup(lines: list[str], flags: list[bool]) -> list[str]:
    """``lines`` with HTML line breaks, common entities and ``<aside>`` tags read as a person reads them.

    A ``<br>`` in a table cell joins its two lines with "; " (a cell holds
    one line); elsewhere it is a line break, so the result may hold more lines.
    """
    out: list[str] = []
    for line, outside in zip(lines, flags, strict=True):
        if not outside or ("<" not in line and "&" not in line):
            out.append(line)
            continue
        replace = _in_table if is_table_line(line) else _in_text
        out.extend(_MARKUP.sub(replace, line).split("\n"))
    return out


def _in_table(match: re.Match[str]) -> str:
    return _replacement(match, in_table=True)


def _in_text(match: re.Match[str]) -> str:
    return _replacement(match, in_table=False)


def _replacement(match: re.Match[str], *, in_table: bool) -> str:
    if match.group("code") is not None:
        return match.group()
    if match.group("aside") is not None:
        return ""
    if match.group("entity") is not None:
        return " " if match.group("entity").lower() == "nbsp" else html.unescape(match.group())
    line = match.string
    before, after = line[: match.start()].rstrip(), line[match.end() :].strip()
    if not before or not after or after.startswith("|") or before.endswith("|"):
        return " " if in_table and before and after else ""  # at a cell's edge: nothing to join
    if in_table:
        return " " if _SENTENCE_END.search(before) else "; "
    return "\n"
