"""Measures written as labelled paragraphs: a short name, a colon, then the measure told in a sentence or two.

Under "Corrective and Preventative Measures" many reports write no list marker at all:

    Regular Log Reviews: Read the error logs every morning so a failing worker is seen early.

    Staging First:
    Try every configuration change in staging before it reaches production.

Each such paragraph is one measure, its name included ("Staging First: Try every …"): a careful reader
copies the whole of it. Only when the section holds two or more of them, so that one "Note: …" paragraph
stays the author's prose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_LONGEST_LABEL = 60
_MOST_WORDS = 6
# A label that opens a sentence rather than naming a measure: "We will do the following:", "Steps taken by:".
_NOT_FIRST = frozenset(("we", "our", "i", "they", "this", "these", "those", "it", "here", "below", "following"))
_NOT_LAST = frozenset(
    ("by", "to", "the", "following", "are", "is", "was", "were", "will", "include", "includes", "of", "for", "and")
)
_NOT_LAST |= frozenset(("as", "we", "be", "with", "in", "on", "a", "an", "that", "these", "steps", "measures"))
_BOLD = ("**", "__")
_LIST_LEADS = ("- ", "* ", "+ ", "#", ">", "|", "```", "[")


def _unbold(text: str) -> str:
    for mark in _BOLD:
        if text.startswith(mark) and text.endswith(mark) and len(text) > 4:
            return text[2:-2].strip()
    return text


def title_label(label: str) -> bool:
    """A short name: "Regular Configuration Audits", "Improve Monitoring" (not a sentence's opening)."""
    words = label.split()
    if not words or len(words) > _MOST_WORDS or len(label) > _LONGEST_LABEL or not label[:1].isupper():
        return False
    if any(mark in label for mark in (".", "!", "?", ";", "`", "(", "[", "http")):
        return False
    return words[0].lower() not in _NOT_FIRST and words[-1].lower() not in _NOT_LAST


def _label_and_rest(first: str) -> tuple[str, str] | None:
    """``Label: text``, ``**Label:** text``, ``**Label**: text`` as (label, text); the colon within reach."""
    line = first.strip()
    colon = line.find(":", 0, _LONGEST_LABEL + 6)
    if colon <= 0:
        return None
    label, rest = line[:colon], line[colon + 1 :]
    if label.startswith(_BOLD):
        mark = label[:2]
        if label.endswith(mark):  # "**Label**: text"
            label = label[2:-2]
        elif rest.startswith(mark):  # "**Label:** text"
            label, rest = label[2:], rest[2:]
        else:
            return None
    return label.strip(), rest.strip()


def _named(line: str) -> bool:
    found = _label_and_rest(line)
    return found is not None and bool(found[1]) and title_label(found[0])


def label_block(lines: Iterable[str], is_part_name: Callable[[str], bool]) -> str | None:
    """The paragraph ``lines`` as one labelled measure ("Label: text"), or None when it is not one: a short
    name and a colon before its text, or the name alone on its first line (with a colon, or in bold) and the
    text on the lines below. A name of the measures' own lists ("Tasks:", "Improvements:") is not a measure."""
    stripped = [line.strip() for line in lines if line.strip()]
    if not stripped or any(line.startswith(_LIST_LEADS) or line[:1].isdigit() for line in stripped):
        return None
    first = stripped[0]
    if any(_named(line) for line in stripped[1:]):
        return None  # "Enable logging: …" over "Add alerts: …": a list written one item a line (``loose_items``)
    found = _label_and_rest(first)
    if found is not None and found[1]:
        label, text = found[0], " ".join([found[1], *stripped[1:]])
    elif len(stripped) > 1 and (first.endswith(":") or _unbold(first) != first):
        label, text = _unbold(first.rstrip(":").strip()).rstrip(":").strip(), " ".join(stripped[1:])
    else:
        return None
    if not title_label(label) or is_part_name(label) or text.startswith(("**", "__")):
        return None
    return f"{label}: {text}"


def joined_label_blocks(lines: list[str], is_part_name: Callable[[str], bool]) -> tuple[list[str], bool]:
    """``lines`` with each labelled paragraph written on one line ("Staging First: Try every …"), and whether
    there were two or more of them; else ``lines`` as they were, and False. Each line is read once: linear."""
    out: list[str] = []
    found = 0
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            paragraph.append(line)
            continue
        block = label_block(paragraph, is_part_name) if paragraph else None
        found += block is not None
        out.extend([block] if block is not None else paragraph)
        out.append(line)
        paragraph.clear()
    return (out[:-1], True) if found >= 2 else (lines, False)
