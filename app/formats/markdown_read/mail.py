"""A post-mortem sent as an e-mail and saved as it was: its headers say what its title and author are.

``Subject:``, ``From:``, ``Date:``, ``To:`` lines at the top of a file are a
mail's headers. A careful reader takes the subject for the title and the
sender for the author, and knows the ``Date:`` is when the mail was sent, not
when the incident happened (though, when the mail writes no other date, its
"this morning" was that day: better than the day the file was saved). The header lines other than the subject stay
where they are, as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MOST_HEADERS = 30
_HEADER = re.compile(r"(subject|from|to|cc|date|sent|reply-to)[ \t]*:[ \t]*(.{0,300})", re.IGNORECASE)
# "Derek Mwangi <dmwangi@example.com>", '"Mwangi, Derek" <d@x>', "dmwangi@example.com (Derek Mwangi)"
_NAME_BEFORE_ADDRESS = re.compile(r"[ \t]*\"?(?P<name>[^<>\"@]{2,80}?)\"?[ \t]*<[^<>\s]{3,200}>[ \t]*")
_NAME_AFTER_ADDRESS = re.compile(r"[ \t]*[^\s()@]{1,100}@[^\s()]{1,100}[ \t]*\((?P<name>[^()@]{2,80})\)[ \t]*")
# "Re: Fwd: Post-mortem …": the reply marks are not the title.
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)[ \t]*:[ \t]*)+", re.IGNORECASE)


@dataclass
class MailHeaders:
    """The headers at the top of a file: where they are, and what they say."""

    lines: range
    subject: str = ""
    subject_at: int | None = None
    sender: str = ""
    sent: str = ""  # the Date: header's value, as written

    def header_lines(self, lines: list[str]) -> set[str]:
        """The header lines themselves (the subject's among them)."""
        return {lines[index] for index in self.lines}


def mail_headers(lines: list[str]) -> MailHeaders | None:
    """The headers block at the top of ``lines`` (two or more header lines, a subject or sender among them)."""
    start = next((index for index, line in enumerate(lines[:50]) if line.strip()), None)
    if start is None:
        return None
    found = MailHeaders(range(start, start))
    end = start
    names: set[str] = set()
    while end < min(len(lines), start + _MOST_HEADERS) and (header := _HEADER.fullmatch(lines[end].strip())):
        name, value = header.group(1).lower(), header.group(2).strip()
        names.add(name)
        if name == "subject" and not found.subject:
            found.subject, found.subject_at = _REPLY_MARKS.sub("", value).strip(), end
        elif name == "from" and not found.sender and not value[:1].isdigit():
            found.sender = _sender_name(value)  # "From: 10:00 UTC" is a time, not who sent the mail
        elif name in ("date", "sent") and not found.sent:
            found.sent = value
        end += 1
    if end - start < 2 or not (found.subject or found.sender):
        return None
    found.lines = range(start, end)
    return found


def _sender_name(value: str) -> str:
    """The sender's name, without the address ("Derek Mwangi <d@x>" is Derek Mwangi); the address alone if no name."""
    match = _NAME_BEFORE_ADDRESS.fullmatch(value) or _NAME_AFTER_ADDRESS.fullmatch(value)
    if match is None:
        return value.strip()
    name = match.group("name").strip()
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and first.strip() else name  # "Mwangi, Derek"
