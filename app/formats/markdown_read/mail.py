"""A post-mortem sent as an e-mail and saved as it was: its headers say what its title and author are.

``Subject:``, ``From:``, ``Date:``, ``To:`` lines at the top of a file are a
mail's headers. A careful reader takes the subject for the title and the
sender for the author, and knows the ``Date:`` is when the mail was sent, not
when the incident happened. A mail that writes no date with its year still
says the incident's day: in its subject ("Payroll file late (Fri 28 June)"),
or as a weekday in its text counted back from the day it was sent ("On Friday
the upload failed", sent on Monday 1 July); only when it says neither was its
"this morning" the day it was sent (better than the day the file was saved).
The header lines other than the subject stay where they are, as written.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.formats.markdown_read.document_day import first_date
from app.formats.markdown_read.header import MEMO_WORD
from app.timefmt import format_date
from app.timeparse import read

_MOST_HEADERS = 30
# (A mail's text copied with its transport headers too: "Message-ID:", "Content-Type:", "X-Mailer:".)
_HEADER = re.compile(
    r"(subject|from|to|cc|bcc|date|sent|reply-to|re|regarding|message-id|mime-version|content-type"
    r"|content-transfer-encoding|in-reply-to|references|importance|x-[a-z0-9-]{1,40})[ \t]*:[ \t]*(.{0,300})",
    re.IGNORECASE,
)
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
    if start is not None and MEMO_WORD.fullmatch(lines[start]):
        # "MEMORANDUM", then a blank line, then the memo's headers.
        start = next((index for index in range(start + 1, min(len(lines), 50)) if lines[index].strip()), None)
    if start is None:
        return None
    found = MailHeaders(range(start, start))
    end = start
    names: set[str] = set()
    while end < min(len(lines), start + _MOST_HEADERS) and (header := _HEADER.fullmatch(lines[end].strip())):
        name, value = header.group(1).lower(), header.group(2).strip()
        names.add(name)
        # A memo's "RE:" (regarding) is its subject; a mail's subject line holds its own "Re:".
        if name in ("subject", "re", "regarding") and not found.subject:
            found.subject, found.subject_at = _REPLY_MARKS.sub("", value).strip(), end
        elif name == "from" and not found.sender and not value[:1].isdigit():
            found.sender = _sender_name(value)  # "From: 10:00 UTC" is a time, not who sent the mail
        elif name in ("date", "sent") and not found.sent:
            found.sent = value
        end += 1
    # A letter opening with its subject alone ("Subject: Reason For Outage (RFO) - …" over a blank line, then
    # "Dear Valued Customer,"): a provider's RFO mailed out; its subject is the title as much as a mail's.
    lone_subject = end - start == 1 and found.subject and (end >= len(lines) or not lines[end].strip())
    if (end - start < 2 and not lone_subject) or not (found.subject or found.sender):
        return None
    found.lines = range(start, end)
    return found


# A subject's tag for the mail's kind ("[Incident Review]", "[Postmortem]", "[EXTERNAL]") and its level
# written beside the title ("(SEV2)", "[Sev 1]", "- P2"): a reader's title is what remains.
_SUBJECT_TAG = re.compile(r"[ \t]*\[[^\[\]]{1,40}\][ \t]*")
_SUBJECT_LEVEL = re.compile(
    r"[ \t]*(?:[-–—|:][ \t]*|\(|\[)(?P<level>(?:sev(?:erity)?|p|s)[- ]?[0-5])[)\]]?[ \t]*$", re.I
)


def subject_title(subject: str) -> tuple[str, str | None]:
    """The title a subject names, without its leading tag and its severity; and that severity ("SEV2")."""
    from app.formats.markdown_read.labels import severity_of

    title, level = subject, None
    if (found := _SUBJECT_LEVEL.search(title)) is not None and (level := severity_of(found.group("level"))):
        title = title[: found.start()]
    while (tag := _SUBJECT_TAG.match(title)) is not None and title[tag.end() :].strip():
        if severity_of(tag.group(0).strip(" \t[]")) and level is None:
            level = severity_of(tag.group(0).strip(" \t[]"))
        title = title[tag.end() :]
    title = title.strip()
    return (title, level) if title else (subject, None)


def _sender_name(value: str) -> str:
    """The sender's name, without the address ("Derek Mwangi <d@x>" is Derek Mwangi); the address alone if no name."""
    match = _NAME_BEFORE_ADDRESS.fullmatch(value) or _NAME_AFTER_ADDRESS.fullmatch(value)
    if match is None:
        # A memo's "FROM: Dana Kowal, IT Operations": the name, then the team it writes for.
        name, comma, team = value.strip().partition(",")
        return name.strip() if comma and len(name.split()) >= 2 and team.strip() else value.strip()
    name = match.group("name").strip()
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and first.strip() else name  # "Mwangi, Derek"


# A day written without its year, as a subject writes it: "Fri 28 June", "28 Jun", "June 28th", "Friday, 28/6".
_DAY_AND_MONTH = re.compile(
    r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{3,9}\b|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\d{1,2}[/.]\d{1,2}(?![/.\d]))",
    re.IGNORECASE,
)
# A weekday a mail's text tells a past event on: "On Friday the upload failed", "last Tuesday", "Friday's
# batch", "on Friday evening". "by Friday", "next Friday", "until Friday" are a promise, not the incident.
_PAST_WEEKDAY = re.compile(
    r"\b(?P<word>on|last|this[ \t]+past|since)[ \t]+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<alone>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s|[ \t]+(?:morning|afternoon"
    r"|evening|night))\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NOT_THE_PAST = re.compile(r"\b(?:by|until|till|before|next|due|from)[ \t]+$", re.IGNORECASE)


def incident_day(mail: MailHeaders, text: Iterable[str]) -> tuple[date | None, str]:
    """The incident's day in a mail that writes no date with its year, and the note telling the user how it
    was found: the day its subject names, else the weekday its ``text`` tells the incident on, counted back
    from the day it was sent, else that day itself."""
    sent = first_date([mail.sent]) if mail.sent else None
    if sent is None:
        return None, ""
    if (day := _subject_day(mail.subject, sent)) is not None:
        return (
            day,
            f"The mail's subject names the incident's day without its year: its times were placed on "
            f"{format_date(day)}.",
        )
    if (day := _weekday_before(text, sent)) is not None:
        return day, (
            f"The mail names the incident's weekday only: its times were placed on {format_date(day)}, counted "
            "back from the day it was sent."
        )
    return (
        sent,
        f"The mail writes no date of the incident: its times were placed on {format_date(sent)}, the day it was sent.",
    )


def _subject_day(subject: str, sent: date) -> date | None:
    """The day ``subject`` names without its year: in the year the mail was sent, or the year before
    when that day is still to come (a mail of 2 January about "Sat 30 Dec")."""
    for match in itertools.islice(_DAY_AND_MONTH.finditer(subject[:300]), 5):
        for year in (sent.year, sent.year - 1) if sent.year > 1 else (sent.year,):
            reading = read(match.group(0), default_year=year, date_only_ok=True)
            if reading is None or not reading.has_date or reading.has_time:
                break
            day = reading.moment.date()
            if day.year != year:
                break  # it wrote its own year after all
            if day <= sent:
                return day
    return None


def _weekday_before(text: Iterable[str], sent: date) -> date | None:
    """The day of the first weekday the mail tells a past event on, the latest such day before it was sent
    ("last Friday": at least a day before; "on Monday", sent on a Monday: that day)."""
    for line in itertools.islice(text, 400):
        for match in itertools.islice(_PAST_WEEKDAY.finditer(line[:2000]), 10):
            if _NOT_THE_PAST.search(line[max(0, match.start() - 12) : match.start()]):
                continue
            named = (match.group("day") or match.group("alone")).lower()
            back = (sent.weekday() - _WEEKDAYS.index(named)) % 7
            if back == 0 and (match.group("word") or "").lower() in ("last", "this past"):
                back = 7
            try:
                return sent - timedelta(days=back)
            except OverflowError:  # a mail dated in the calendar's first week
                return None
    return None
