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
from app.formats.markdown_read.signature_breaks import BREAK_LINE as _BREAK_LINE
from app.formats.markdown_read.signature_breaks import spaced_sign_off

_NAME = r"(?P<name>[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){0,2})"
_VALEDICTION = (
    r"(?:thanks|thank[ \t]+you|many[ \t]+thanks|cheers|best|best[ \t]+regards|kind[ \t]+regards|regards"
    r"|warm[ \t]+regards|all[ \t]+the[ \t]+best|sincerely|yours)"
)
_DASHED = re.compile(r"(?:--|—|–|~)[ \t]*" + _NAME + r"[ \t]*")  # "— Rachel", "-- R."
_VALEDICTION_LINE = re.compile(_VALEDICTION + r"[ \t]*[,.!]?[ \t]*", re.IGNORECASE)
_VALEDICTION_AND_NAME = re.compile(r"(?i:" + _VALEDICTION + r")[ \t]*,[ \t]*" + _NAME + r"[ \t]*")
_ALONE = re.compile(_NAME + r"[ \t]*,?[ \t]*")  # "Ana Ruiz," over the team she signs for: the comma is no name's
# Under "Cheers," a name as its writer typed it, later words in lower case: "Abdoul aziz".
_ALONE_SIGNED = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})[ \t]*")
# "P.S. Here is a picture …" and pictures after the sign-off: a postscript, read where it stands.
_POSTSCRIPT = re.compile(r"[ \t]*(?:p\.[ \t]?s\.|ps:|!\[)", re.IGNORECASE)
_LONGEST_POSTSCRIPT = 6
_FROM = re.compile(r"from[ \t]*:", re.IGNORECASE)


def signature_cut(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` without the sign-off that ends them (kept in ``draft.signature``); unchanged without one."""
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    after = _postscript_start(lines, last)  # the lines after the sign-off, kept where they stand
    last = after - 1
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
    elif _VALEDICTION_LINE.fullmatch(lines[above].strip()) and not _VALEDICTION_LINE.fullmatch(line):
        found, start = _ALONE_SIGNED.fullmatch(line), above
    if (start is None or found is None) and (spaced := spaced_sign_off(lines, last, _ALONE, _VALEDICTION_LINE)):
        # "Sincerely,", "</br>" lines, "José Valdiviezo", a blank line, "Software Reliability Engineer."
        names = (_ALONE.fullmatch(line.strip()) for line in lines[spaced + 1 : last + 1])
        signer = next(name["name"] for name in names if name is not None)
        written = [line for line in lines[spaced : last + 1] if line.strip() and not _BREAK_LINE.fullmatch(line)]
        draft.signature = (written, signer)
        while spaced > 0 and (not lines[spaced - 1].strip() or _BREAK_LINE.fullmatch(lines[spaced - 1])):
            spaced -= 1  # the break lines spacing the sign-off from the text go with it
        return lines[:spaced] + lines[last + 1 :] if after < len(lines) else lines[:spaced]
    if start is None or found is None or any(not lines[index].strip() for index in range(start, last)):
        return _signed_with_role(draft, lines, last) if after == len(lines) else lines
    draft.signature = (lines[start : last + 1], found.group("name").strip())
    return lines[:start] + lines[last + 1 :] if after < len(lines) else lines[:start]


def _postscript_start(lines: list[str], last: int) -> int:
    """Where the postscript after a sign-off starts: paragraphs of a few lines each opening "P.S." or with a
    picture, at the end; the end of the lines when there is none."""
    found = len(lines)
    end = last
    for _ in range(_LONGEST_POSTSCRIPT):
        first = end
        while first > 0 and lines[first - 1].strip() and end - first < _LONGEST_POSTSCRIPT:
            first -= 1
        if first == 0 or lines[first - 1].strip() or not _POSTSCRIPT.match(lines[first]):
            break
        found, end = first, first - 1
        while end > 0 and not lines[end].strip():
            end -= 1
    return found


# A letter signed by name and office: "Maya Chen", "Co-founder & CEO, Parcelbird" (on one line or two), a date
# after. The office's first word says the words before it are a name, not a sentence's.
_OFFICES = (
    r"(?:co-?founder|founder|ceo|cto|coo|cio|ciso|cfo|chief|president|vp|svp|evp|vice[ \t]+president|head[ \t]+of"
    r"|director|general[ \t]+manager|managing[ \t]+director)\b"
)
_OFFICE = re.compile(_OFFICES, re.IGNORECASE)
_SIGNER = re.compile(
    rf"(?P<name>[A-Z][a-z'’-]+(?:[ \t]+(?!(?i:{_OFFICES}))[A-Z][a-z'’-]+\.?){{1,2}})[ \t]*[,—–-]?[ \t]*"
)
_LONGEST_SIGNED_BLOCK = 4


def _signed_with_role(draft: Draft, lines: list[str], last: int) -> list[str]:
    """``lines`` without a letter's closing name and office ("Maya Chen" over "CEO, Parcelbird"), kept in
    ``draft.signature``; unchanged without one."""
    start = last
    while start > 0 and lines[start - 1].strip() and last - start < _LONGEST_SIGNED_BLOCK:
        start -= 1
    if start == 0 or lines[start - 1].strip() or any(len(line) > LONGEST_SIGN_OFF for line in lines[start : last + 1]):
        return lines  # the closing block stands as a paragraph of its own, of short lines
    first = lines[start].strip()
    found = _SIGNER.match(first)
    if found is None:
        return lines
    rest = first[found.end() :] or (lines[start + 1].strip() if start < last else "")
    if not _OFFICE.match(rest):
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
    name_only = len(written) == 1 and (_ALONE.fullmatch(written[0].strip()) or _DASHED.fullmatch(written[0].strip()))
    if name_only and _signs(name, authors):
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
