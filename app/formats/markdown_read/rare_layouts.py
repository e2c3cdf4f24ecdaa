"""The passes for layouts few documents have, each loaded by the first document that may have one.

A ticket's text copy, a ten-line note with no headings, a mail's sign-off, a joke closing the report:
each reader is a module of its own that stays in memory once imported, for the whole session. A cheap
look first (a few lines, never the whole file) keeps them out of memory for the documents they cannot
concern: 60,000 "***" lines loaded all four for nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.layout_bounds import LONGEST_NOTE, LONGEST_SIGN_OFF
from app.formats.markdown_read.names import section_key

_FIELDS_LOOKED_AT = 80
"""A ticket's fields are under its title: the first lines hold them, when the file is one."""


def ticket_copy(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``ticket_copy.ticket_copy``, for a file with labelled lines near its top."""
    if sum(":" in line for line in itertools.islice(lines, _FIELDS_LOOKED_AT)) < 2:
        return lines
    from app.formats.markdown_read.ticket_copy import ticket_copy as read

    return read(draft, lines, flags)


def compact_note(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``compact_note.compact_note``, for a file of a short note's length."""
    written = itertools.islice((line for line in lines if line.strip()), LONGEST_NOTE + 1)
    if sum(1 for _ in written) > LONGEST_NOTE:
        return lines
    from app.formats.markdown_read.compact_note import compact_note as read

    return read(lines, flags)


def signature_cut(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``signature.signature_cut``, for a file whose last line has a name's letters."""
    last = next((line for line in reversed(lines) if line.strip()), "")
    if len(last) > LONGEST_SIGN_OFF or not any(char.isalpha() for char in last):
        return lines
    from app.formats.markdown_read.signature import signature_cut as cut

    return cut(draft, lines, flags)


def finish_signature(draft: Draft) -> None:
    if draft.signature is not None:
        from app.formats.markdown_read.signature import finish_signature as finish

        finish(draft)


def jokes_as_humor(
    preamble: list[str], sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """``joke_humor.jokes_as_humor``, for a report with closing notes or a picture above its sections."""
    limit = len(sections) if extras_from is None else extras_from
    closing = any(section_key(section.heading) == "closing_notes" for section in sections[:limit])
    if not closing and not any("![" in line for line in preamble):
        return sections, extras_from
    from app.formats.markdown_read.joke_humor import jokes_as_humor as cut

    return cut(preamble, sections, extras_from)
