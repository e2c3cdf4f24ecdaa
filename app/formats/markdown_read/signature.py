"""A mail's or a note's sign-off at the very end ("Thanks,\\nRachel", "— Rachel", "Cheers, R."): its byline.

Read as part of the last section, a signature became that section's leftover
(an extra section "NEXT STEPS" holding only "Rachel"). A careful reader sees
who signed: the name is the author when the document names none; a name the
authors already hold ("Rachel" for Rachel Osei), written alone, says nothing
more; otherwise the sign-off ends the closing notes, as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.layout_bounds import LONGEST_SIGN_OFF

_NAME = r"(?P<name>[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){0,2})"
_VALEDICTION = (
    r"(?:thanks|thank[ \t]+you|many[ \t]+thanks|cheers|best|best[ \t]+regards|kind[ \t]+regards|regards"
    r"|warm[ \t]+regards|all[ \t]+the[ \t]+best|sincerely|yours)"
)
_DASHED = re.compile(r"(?:--|—|–|~)[ \t]*" + _NAME + r"[ \t]*")  # "— Rachel", "-- R."
_VALEDICTION_LINE = re.compile(_VALEDICTION + r"[ \t]*[,.!]?[ \t]*", re.IGNORECASE)
_VALEDICTION_AND_NAME = re.compile(r"(?i:" + _VALEDICTION + r")[ \t]*,[ \t]*" + _NAME + r"[ \t]*")
_ALONE = re.compile(_NAME + r"[ \t]*")
_FROM = re.compile(r"from[ \t]*:", re.IGNORECASE)


def signature_cut(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` without the sign-off that ends them (kept in ``draft.signature``); unchanged without one."""
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    if last < 2 or not flags[last] or len(lines[last]) > LONGEST_SIGN_OFF:
        return lines
    line = lines[last].strip()
    above = last - 1  # the line right above: a valediction ("Thanks,") or the end of the text
    start: int | None = None
    if (found := _DASHED.fullmatch(line) or _VALEDICTION_AND_NAME.fullmatch(line)) is not None:
        start = last
    elif (found := _ALONE.fullmatch(line)) is not None and not _VALEDICTION_LINE.fullmatch(line):
        if _VALEDICTION_LINE.fullmatch(lines[above].strip()):
            start = above
        elif not lines[above].strip() and _is_mail(lines):
            start = last  # a name alone under a blank line, at the end of a mail
    if start is None or found is None or any(not lines[index].strip() for index in range(start, last)):
        return lines
    draft.signature = (lines[start : last + 1], found.group("name").strip())
    return lines[:start]


def _is_mail(lines: list[str]) -> bool:
    head = [line for line in lines[:20] if line.strip()][:6]
    return any(_FROM.match(line.strip()) for line in head)


def finish_signature(draft: Draft) -> None:
    """The signer as the author when none is named; the sign-off in the closing notes unless it only
    repeats an author's name."""
    if draft.signature is None:
        return
    written, name = draft.signature
    authors = draft.metadata.authors
    if authors is None:
        draft.metadata.authors = [name.rstrip(".")] if len(name.rstrip(".")) > 1 else None
        authors = draft.metadata.authors or []
        if len(written) == 1 and _DASHED.fullmatch(written[0].strip()) and draft.metadata.authors:
            return  # "— Rachel Osei": the byline, now the authors
    if len(written) == 1 and not _VALEDICTION_AND_NAME.fullmatch(written[0].strip()) and _signs(name, authors):
        return  # "Rachel" under a mail from Rachel Osei says no more than the authors do
    closing = "\n".join(line.strip() for line in written)
    draft.closing_notes = "\n\n".join(part for part in (draft.closing_notes or "", closing) if part)


def _signs(name: str, authors: list[str]) -> bool:
    """Whether ``name`` is one of ``authors`` as a sign-off writes it: the whole name, the first name, or
    the initial."""
    signed = name.rstrip(".").casefold()
    for author in authors:
        words = author.split(",")[0].split()
        if not words:
            continue
        full, first = " ".join(words).casefold(), words[0].casefold()
        if signed in (full, first) or (len(signed) == 1 and first.startswith(signed)):
            return True
    return False
