"""Paragraphs opened by a label ("**Impact:** Checkout was down."), read as the labelled items they stand for.

Many post-mortems write the reference's labelled bullets as labelled paragraphs; each section's reader takes
the items made here as it takes a labelled bullet and its nested lines.
"""

from __future__ import annotations

from collections.abc import Callable

from app.formats.markdown_read.label_lines import wraps_on
from app.formats.markdown_read.tokens import Item, heading_of, is_table_line, split_label
from app.text_pieces import in_turns

_LONGEST_LABEL = 40


def labelled_paragraphs(
    entries: list[Item | str], is_label: Callable[[str, str], bool], *, unspaced: bool = False
) -> list[Item | str]:
    """Paragraphs opening with a label ``is_label(key, line)`` takes ("**Impact:** text"), as items.

    Many post-mortems write the reference's labelled bullets as labelled
    paragraphs. A careful reader takes the label's text to be the rest of its
    paragraph and a list right after it; a label alone on its line
    ("**Impact:**") takes the paragraphs after it too. Either runs up to the
    next paragraph that opens with a bold label (or a known plain one), a
    heading or a table. With ``unspaced``, a label also opens mid-paragraph when
    it stands alone on its line or follows another labelled line (a form pasted
    with no blank line: "Duration: …", "Impact: …", "Root Cause:"). The item's body is those lines as written, so the
    section's reader takes it as it takes a labelled bullet's nested lines.
    """
    out: list[Item | str] = []
    current: Item | None = None
    said_on_its_line = False  # "**Impact:** Checkout was down.": a later paragraph is another matter

    def add(entry: Item | str) -> None:
        """``entry`` as part of the open label's text, or as it was when no label is open."""
        if current is None:
            out.append(entry)
        else:
            lines = entry.raw if isinstance(entry, Item) else [entry]
            current.body.extend(lines)
            current.raw.extend(lines)

    starts_paragraph = True
    prose_above = ""  # the line above, when it was a line of prose (not a label's)
    after_label = False  # the line above opened with a label of its own ("Duration: 2 hours")
    for entry in in_turns(entries):
        if isinstance(entry, Item):
            key = (split_label(entry.head) or ("", ""))[0]
            if is_label(key, entry.head):
                current = None  # a labelled bullet: read as one, by the section's reader
            add(entry)
            starts_paragraph, prose_above = True, ""
            continue
        line = entry
        if not line.strip():
            starts_paragraph, after_label, prose_above = True, False, ""
            add(line)
            continue
        stripped = line.strip()
        label = split_label(stripped) if ":" in stripped and not wraps_on(prose_above, line) else None
        # "… had a large" over "impact: 4,200 customers …": the sentence goes on, no label opens
        prose_above = line if label is None and (prose_above or not after_label) else ""
        # Pasted with no blank line between labels: "Impact:" alone on its line, or "Impact: …" under
        # "Duration: …", opens its label as a paragraph would.
        opens = starts_paragraph or (
            unspaced and label is not None and is_label(label[0], stripped) and (not label[1] or after_label)
        )
        # (A labelled line's value wrapped mid-sentence onto the next line keeps the run: "Impact: … pick lists" /
        # "for the morning wave …" / "Root cause: …" are still labels pasted one under another.)
        wrapped = after_label and label is None and (line[:1] in (" ", "\t") or stripped[:1].islower())
        after_label = (label is not None and len(label[0]) <= _LONGEST_LABEL) or wrapped
        if heading_of(line) or is_table_line(line):
            current = None
        elif opens:
            label = split_label(stripped)
            bold = stripped.startswith(("**", "__"))
            if label is not None and is_label(label[0], stripped) and (bold or ":" in stripped or not label[1]):
                current = Item("", stripped, [], [line])
                out.append(current)
                said_on_its_line = bool(label[1])
                starts_paragraph = False
                continue
            if (label is not None and bold) or said_on_its_line:
                current = None  # another label's paragraph, or a paragraph after a label's own
        starts_paragraph = False
        add(line)
    for entry in out:
        if isinstance(entry, Item) and entry.marker == "":
            while entry.body and not entry.body[-1].strip():
                entry.body.pop()  # the blank lines after a label's text are not part of it
    return out
