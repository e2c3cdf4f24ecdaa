"""Tasks written inside the lessons, each paragraph led by its status: "**TODO**: alert on the service's state".

A team's wiki report often ends with one "Lessons learned" section that holds both what it learnt and what it
did or will do about it::

    ## Lessons learned

    The disk graph would have warned us a day earlier.

    **DONE**: Maya added the dashboard to the uptime checks.

    **TODO** the cleanup should run every night.

A careful reader files the paragraphs led by a status as the tasks (with that status) and keeps the rest as
the lessons. Only two such paragraphs or more count: one "Done:" line alone may be a word of the lesson.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.task_items import read_task
from app.formats.markdown_read.tokens import Item, parse_items
from app.formats.markdown_syntax import outside_fences

_FEWEST = 2
_LONGEST_SECTION = 400  # lines: a lessons section is a few paragraphs; a longer one is left as written
_LOOKED_AT = 200  # characters of a paragraph's start searched for its status


def status_led_tasks(draft: Draft, lines: list[str]) -> list[str] | None:
    """``lines`` without the paragraphs or items led by a task's status, which become tasks; ``None`` when
    fewer than two are so led (the lessons stay as written)."""
    from app.formats.markdown_read.task_status_leads import status_leading

    if len(lines) > _LONGEST_SECTION or not all(outside_fences(lines)):
        return None
    blocks = _blocks(lines)
    led = [status_leading(text[:_LOOKED_AT]) is not None for text, _ in blocks]
    if sum(led) < _FEWEST:
        return None
    kept: list[str] = []
    for (text, raw), task in zip(blocks, led, strict=True):
        if task:
            kept.extend(read_task(Item("", text, [], raw), draft.measures.tasks, inline=True, day=draft.day))
        else:
            kept.extend(raw)
    return kept


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The section's paragraphs and list items: each one's words on one line, and its lines as written (with
    the blank lines after it)."""
    blocks: list[tuple[str, list[str]]] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append((" ".join(line.strip() for line in paragraph if line.strip()), list(paragraph)))
            paragraph.clear()

    for entry in parse_items(lines):
        if isinstance(entry, Item):
            end_paragraph()
            blocks.append((" ".join([entry.head.strip(), *(line.strip() for line in entry.body)]).strip(), entry.raw))
            continue
        paragraph.append(entry)
        if not entry.strip():
            end_paragraph()
    end_paragraph()
    return blocks
