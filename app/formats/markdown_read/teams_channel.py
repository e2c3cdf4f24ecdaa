"""A Microsoft Teams channel copied as text: each message its sender's line, its time's line, then its words.

    Dana Kowal
    5/2 9:41 PM
    alert fired on the checkout queue, I'm IC
    👍 2

        Theo Park
        5/2 9:44 PM
        on it

(a reply indented under the message it answers; the time "5/2 9:41 PM", "Yesterday 9:41 PM" or "9:41 PM").
A careful reader sees each message as an event at its time, its sender kept with its words, and a message
that states the report's fields in labels ("Title:", "Severity:", "Impact:", "Follow-ups:"), as the summary
an incident commander pins at the end, as the report's header and parts. This pass writes the messages as
a ``## Timeline`` of "- 5/2 9:41 PM — Dana Kowal: …" entries and the summary message's lines above it;
every word stays (reactions and "(edited)" with their message). Loaded only when a few lines near the top
are a time alone (``rare_layouts.teams_channel``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.formats.markdown_read.tokens import heading_of

# "Dana Kowal", "theo.park": the sender alone on a short line.
_SENDER = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]{0,30}(?:[ \t][A-Z][\w.'’-]{0,30}){0,3}|[a-z][\w.-]{1,40})[ \t]*")
# "5/2 9:41 PM", "5/2/2026 9:41 PM", "Yesterday 9:41 PM", "9:41 PM", "21:41": the time alone on its line.
_STAMP = re.compile(
    r"[ \t]*(?P<day>\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?i:yesterday|today))?[ \t,]*"
    r"(?P<clock>\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*"
)
# A line that labels one of the report's fields: what makes a message the report's summary.
_FIELD_LABEL = re.compile(
    r"[ \t]*(?:title|severity|sev|priority|status|impact|root[ \t]cause|cause|resolution|fix|summary[ \t]author"
    r"|author|follow[- ]?ups?|action[ \t]items)[ \t]*:",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(r"[ \t]*title[ \t]*:[ \t]*(?P<title>\S.{0,200}?)[ \t]*", re.IGNORECASE)
# "👍 3", "❤️ 1 😮 2": the reactions under a message (symbols and counts, no word).
_REACTIONS = re.compile(r"(?:[^\w\s]{1,8}[ \t]*\d{1,4}[ \t]*){1,12}")
_FEWEST_MESSAGES = 3
_FEWEST_FIELDS = 3
_LONGEST_SENDER = 60


def _is_message(lines: Sequence[str], index: int) -> bool:
    line, stamp = lines[index], lines[index + 1] if index + 1 < len(lines) else ""
    if len(line) > _LONGEST_SENDER or len(stamp) > _LONGEST_SENDER or not line.strip():
        return False
    return _STAMP.fullmatch(stamp) is not None and _SENDER.fullmatch(line) is not None


def teams_channel(lines: list[str], flags: Sequence[int], today: date | None = None) -> list[str]:
    """``lines`` rewritten as a report with a timeline of the channel's messages; ``lines`` itself for anything
    else (a file with headings or code, or one whose messages are not most of its lines)."""
    if not all(flags) or any(heading_of(line) for line in lines):
        return lines
    starts = [index for index in range(len(lines) - 1) if _is_message(lines, index)]
    if len(starts) < _FEWEST_MESSAGES:
        return lines
    messages = [
        (start, _body(lines, start + 2, end)) for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)
    ]
    written = sum(1 for line in lines[starts[0] :] if line.strip())
    if 2 * sum(len(body) + 2 for _, body in messages) < written:
        return lines
    summary = next((message for message in reversed(messages) if _states_fields(message[1])), None)
    out = list(lines[: starts[0]])
    while out and not out[-1].strip():
        out.pop()
    if summary is not None:
        start, body = summary
        title = next((found["title"] for line in body if (found := _TITLE_LABEL.fullmatch(line))), None)
        if title:
            out = [f"# {title}", "", *out]
        # The summary's sender and time stay with it, as its byline; its labelled lines are the report's fields.
        out.extend(["", f"{lines[start].strip()} · {lines[start + 1].strip()}", "", *body])
    out.extend(["", "## Timeline", ""])
    for start, body in messages:
        if summary is None or start != summary[0]:
            out.extend(_entry(lines[start].strip(), lines[start + 1].strip(), body, today))
    return out


def _body(lines: list[str], start: int, end: int) -> list[str]:
    """A message's lines, its reactions ("👍 3") set apart by a blank line: not words of a list item above."""
    body = [line.strip() for line in lines[start:end]]
    while body and not body[-1]:
        body.pop()
    if body and _REACTIONS.fullmatch(body[-1]) and len(body) > 1 and body[-2]:
        body.insert(len(body) - 1, "")
    return body


def _states_fields(body: list[str]) -> bool:
    return sum(1 for line in body[:200] if _FIELD_LABEL.match(line)) >= _FEWEST_FIELDS


def _entry(sender: str, stamp: str, body: list[str], today: date | None) -> list[str]:
    """ "- 5/2 9:41 PM — Dana Kowal: words", the message's other lines under it."""
    found = _STAMP.fullmatch(stamp)
    when = stamp
    relative = found["day"].lower() if found is not None and found["day"] else ""
    if found is not None and relative in ("yesterday", "today") and today is not None:
        day = today - timedelta(days=1 if relative == "yesterday" else 0)
        when, sender = f"{day.month}/{day.day}/{day.year} {found['clock']}", f"{sender} ({found['day']})"
    words = [line for line in body if line]
    first = words[0] if words else ""
    return [f"- {when} — {sender}: {first}".rstrip(), *(f"  {line}" for line in words[1:])]
