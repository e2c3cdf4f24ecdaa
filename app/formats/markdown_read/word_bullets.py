"""Bullets a Word document or its PDF leaves behind when copied as text, read as the list items they are.

Word draws its default bullets with symbol fonts: the round one is the Symbol font's character, stored in the
private-use area (U+F0B7), and so are Wingdings' square, arrow, diamond and tick bullets. Copied out of Word or
a PDF, the text keeps those characters, which no font shows as bullets; the second level of Word's default
list is the letter "o" (in Courier New) and copies as a plain "o". A careful reader sees a bulleted list, its
"o" lines one level in. Line for line, so positions do not move; the rest of the line stays as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.tables import LONGEST_LINE

# Symbol's round bullet, Wingdings' square, arrowhead, diamond, tick and filled square, as Word stores them.
_SYMBOL_BULLETS = frozenset("\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e")
_NESTED = "    "  # one level in, under a bullet ("- ") or a number ("1. ") alike


def word_symbol_bullets(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with Word's symbol-font bullets written "- " and, beside them, its "o" bullets written as the
    items one level in; the same list when no line opens with such a bullet."""
    if not any(
        outside and line.lstrip(" \t")[:1] in _SYMBOL_BULLETS for line, outside in zip(lines, flags, strict=True)
    ):
        return lines
    out = list(lines)
    for index, line in enumerate(lines):
        if flags[index] and len(line) <= LONGEST_LINE:
            out[index] = _item(line)
    return out


def _item(line: str) -> str:
    text = line.lstrip(" \t")
    indent = line[: len(line) - len(text)]
    if text[:1] in _SYMBOL_BULLETS and text[1:2] in (" ", "\t", "\u00a0") and text[2:].strip():
        return f"{indent}- {text[2:].lstrip()}"
    # Only where the document writes Word's bullets: elsewhere "o " may open a sentence in another language.
    if text[:1] == "o" and text[1:2] in (" ", "\t") and text[2:].strip():
        return f"{indent}{_NESTED}- {text[2:].lstrip()}"
    return line
