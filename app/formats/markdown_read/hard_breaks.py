"""Two-space hard line breaks, kept in a form that survives the model's trimming."""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.tokens import BULLET, heading_of, indent_of, is_table_line, setext_level
from app.formats.markdown_syntax import outside_fences


def _continues_paragraph(line: str) -> bool:
    """Whether ``line``, after a paragraph line, is more of that paragraph."""
    stripped = line.strip()
    if not stripped or heading_of(line) or BULLET.match(line) or is_table_line(line):
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
        bare = BULLET.sub("", content, count=1).strip() if BULLET.match(content) else content.strip()
        if not bare or content.endswith("\\") or indent_of(line) >= 4 or not _could_break(content):
            continue
        if _continues_paragraph(lines[index + 1]):
            lines[index] = content + "\\"
    return "\n".join(lines)


def _could_break(content: str) -> bool:
    """A line that is prose (not a heading, table row or rule) can end in a hard break."""
    stripped = content.strip()
    return not (heading_of(content) or is_table_line(content) or setext_level(content) or stripped[0] in "`~")


def keep_draft_hard_breaks(draft: Draft) -> None:
    """Multi-line text fields, where a Markdown hard line break means something."""
    for part, name in (
        (draft, "introduction"),
        (draft, "closing_notes"),
        (draft.summary, "impact"),
        (draft.summary, "root_cause"),
        (draft.root_cause, "cause"),
        (draft.root_cause, "resolution"),
        (draft.humor, "caption"),
        (draft.humor, "closing"),
    ):
        value = getattr(part, name)
        if isinstance(value, str):
            setattr(part, name, keep_hard_breaks(value))
    for event in draft.timeline:
        event.text = keep_hard_breaks(event.text)
    for kept in draft.kept:
        kept.body = keep_hard_breaks(kept.body)
