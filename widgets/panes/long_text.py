"""Text too long to edit in a form field: shown in part, read-only, kept and saved unchanged.

Qt lays out a paragraph all at once, on the UI thread, in time that grows with
its length (a 64 KB line took 1.4 s to show in a text field, 1 MiB minutes; a
60 MB text stalled the window for 33 s and took 2.9 GB), and sets up every line
of a text field at once (60,000 lines took 0.8 s). A field whose text is
beyond these bounds shows its start instead, says why, and cannot be typed in:
the document keeps the text exactly, and saving writes it back unchanged.
"""

from __future__ import annotations

EDITABLE_LINE_CHARS = 8_000
"""Longest line a field lays out: an unbroken line this long takes about 60 ms."""
EDITABLE_TEXT_CHARS = 400_000
"""Most text a multi-line field holds."""
EDITABLE_LINES = 5_000
"""Most lines a multi-line field holds: each costs about 16 us to set up (60,000 lines took 0.8 s)."""
EDITABLE_ONE_LINE_CHARS = 100_000
"""Longest text a one-line field holds: it never wraps, so its cost only grows in step (70 ms here)."""
EXCERPT_LINE_CHARS = 2_000
EXCERPT_CHARS = 20_000
EXCERPT_LINES = 200


def why_too_long(text: str) -> str:
    """What makes ``text`` too long for a multi-line field ("" when it is not); cheap for any size."""
    if len(text) > EDITABLE_TEXT_CHARS:
        return f"{len(text):,} characters"
    if len(text) <= EDITABLE_LINE_CHARS:
        return ""
    # Counted, not split: 60,000 lines of "***" split into a list of strings took 4 MB at each look.
    lines = text.count("\n") + 1
    if lines > EDITABLE_LINES:
        return f"{lines:,} lines"
    longest = max(map(len, text.split("\n")))
    return f"a line of {longest:,} characters" if longest > EDITABLE_LINE_CHARS else ""


def too_long_to_edit(text: str) -> bool:
    return bool(why_too_long(text))


def too_long_for_one_line(text: str) -> bool:
    return len(text) > EDITABLE_ONE_LINE_CHARS


def notice(text: str) -> str:
    reason = why_too_long(text) or f"{len(text):,} characters"
    return (
        f"This text is too long to edit here ({reason}). "
        "It is kept as it is and saved unchanged; edit the file in a text editor to change it."
    )


def excerpt(text: str) -> str:
    """The start of ``text``, every line cut to a length a field shows at once, then the notice."""
    shown: list[str] = []
    size = 0
    for line in text[: EXCERPT_CHARS + EXCERPT_LINE_CHARS].split("\n")[:EXCERPT_LINES]:
        if size >= EXCERPT_CHARS:
            break
        line = line if len(line) <= EXCERPT_LINE_CHARS else line[:EXCERPT_LINE_CHARS] + " …"
        shown.append(line)
        size += len(line) + 1
    return "\n".join(shown) + f"\n\n[… {notice(text)}]"


def excerpt_line(text: str) -> str:
    """The start of a one-line ``text`` and the notice, on one line."""
    return f"{text[:EXCERPT_LINE_CHARS]} … [{notice(text)}]"
