"""An incident channel exported from Slack, Teams or another chat, with no headings: read as its timeline.

A team that fixes an incident in a channel often hands the channel's export on as the record::

    #inc-2026-06-03-payments
    Times are US Pacific.

    --- Wednesday, June 3rd ---
    [11:02 PM] dana: checkout errors are up, looking
    [11:40 PM] sam: rolled back the deploy

(or "[2026-06-03 23:02] dana: …", or "dana  11:02 PM" over the message, as a copy from the chat's window
gives it). A careful reader sees each message as an event at its time, on the day the last separator names
("--- Thursday, June 4th ---", "— Thursday 4 June —", "Thursday, June 4" alone on its line, "Yesterday",
"Today"), and the lines above the first message as the header.
This pass writes a ``## Timeline`` heading over the messages and each day separator as the day line the
timeline reads ("Thursday, June 4th"); every word stays where it was. The channel's name ("#inc-…"), the
first line, is the title when nothing else is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.dateparse import WEEKDAY
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import closed_fences, outside_fences
from app.timeparse import date_end

# "[11:02 PM] dana: …", "[2026-06-03 23:02] dana: …", "[23:02:15] <dana> …": a message with its time first;
# Teams' and WhatsApp's copies write the day with slashes ("[6/3/2026 11:02 PM] Dana Kowal: …").
_BRACKETED = re.compile(
    r"[ \t]{0,3}\[(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ T,]{1,2})?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]"
    r"[ \t]*(?:<[^<>\s]{1,40}>|[@\w][\w.'’-]{0,40}(?:[ \t][A-Z][\w.'’-]{0,20}){0,2}:)"
)
# "23:02 <dana> …", "23:02:15 <@dana> …": an IRC client's log (irssi, weechat), the time unbracketed.
_IRC = re.compile(r"[ \t]{0,3}\d{1,2}:\d{2}(?::\d{2})?[ \t]{1,3}<[@+%&~ ]?[^<>\s]{1,40}>")
# "```", "```text", "~~~ log": a fence naming no programming language, the way a log is pasted.
_PLAIN_FENCE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|log|logs|irc)?[ \t]*", re.I)
# "dana  11:02 PM", "Dana Kowal, 11:02 PM", "Dana Kowal · 23:02": the sender and time over the message.
_NAME_THEN_TIME = re.compile(
    r"[ \t]*(?:@?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|@?[a-z][\w.-]{1,40})[ \t]*[,·|]?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*"
)
# "--- Thursday, June 4th ---", "===== 2026-06-04 =====", "—— June 4 ——": a day between the messages.
# (With spaces inside the rules the day may hold dashes of its own: "--- 2026-06-04 ---".)
_DAY_SEPARATOR = re.compile(
    r"[ \t]*[-=—–]{2,}(?:[ \t]+(?P<spaced>\S.{1,40}?)[ \t]+|(?P<day>[^-=—–\s][^-=—–]{2,40}?))[-=—–]{2,}[ \t]*"
)
_RELATIVE_DAY = re.compile(r"[ \t]*(?P<day>today|yesterday)[ \t]*:?[ \t]*", re.IGNORECASE)
# "— Wednesday 4 March 2026 —", "- Tue 3 Mar -": a day between one dash each side (checked to be a dated weekday).
_ONE_DASH_EACH_SIDE = re.compile(r"[ \t]*[-—–][ \t]+(?P<day>\S[^\n]{1,60}?)[ \t]+[-—–][ \t]*")
# "#inc-2026-06-03-payments", "#incident-checkout": a channel's name.
_CHANNEL = re.compile(r"[ \t]*#[a-z0-9][a-z0-9_.-]{2,80}[ \t]*")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LOOKED_AT = 400
_FEWEST_MESSAGES = 3
_LONGEST_LINE = 4000


def looks_like_a_chat(lines: Sequence[str]) -> bool:
    """The cheap look: at least a few message lines among the first lines (the reader checks the rest)."""
    found = 0
    for line, following in itertools.islice(itertools.pairwise([*lines[:_LOOKED_AT], ""]), _LOOKED_AT):
        found += _is_message(line, following)
        if found >= _FEWEST_MESSAGES:
            return True
    return False


def _is_message(line: str, following: str) -> bool:
    if len(line) > _LONGEST_LINE:
        return False
    if _BRACKETED.match(line) or _IRC.match(line):
        return True
    return bool(following.strip()) and len(line) <= 80 and _NAME_THEN_TIME.fullmatch(line) is not None


def chat_log_as_timeline(lines: list[str], flags: Sequence[int], today: date | None = None) -> list[str]:
    """``lines`` with a ``## Timeline`` heading over a chat export's messages; ``lines`` itself for anything
    else (a file with headings, or whose messages are not most of its lines after the first one)."""
    # A title heading over the log is the log's name; any other heading makes the file a report of its own.
    title_line = _title_line(lines)
    if any(flags[index] and heading_of(line) for index, line in enumerate(lines) if index != title_line):
        return lines
    given = lines
    lines, flags = _chat_unfenced(lines, flags)
    messages = [
        index
        for index, line in enumerate(lines)
        if flags[index] and _is_message(line, lines[index + 1] if index + 1 < len(lines) else "")
    ]
    if len(messages) < _FEWEST_MESSAGES:
        return given
    first = messages[0]
    written = [index for index in range(first, len(lines)) if lines[index].strip()]
    separators = {index for index in written if _separator_day(lines[index]) is not None}
    # Most lines after the first message are messages or days: a report quoting a few lines of chat is no export.
    if 2 * (len(messages) + len(separators)) < len(written):
        return given
    start = first
    while start > 0 and (not lines[start - 1].strip() or (start - 1) in _separators_above(lines, first)):
        start -= 1
    out = [part for line in lines[:start] for part in _header_labels(line)]
    while out and not out[-1].strip():
        out.pop()
    out.extend(["", "## Timeline", ""])
    # The file's day is weak evidence: a header that writes a date ("Exported 2026-06-04") says better what
    # "Today" was, and its day then dates the messages.
    dated = any(_YEAR.search(line) for line in lines[:start] if len(line) <= _LONGEST_LINE)
    days = _relative_days(lines, start, None if dated else today)
    for index in range(start, len(lines)):
        day = _separator_day(lines[index])
        if day is not None:
            out.append(days.get(index, day))  # the day line the timeline reads
        else:
            out.append(lines[index])
    texts = [_message_text(lines, index) for index in messages]
    title = _declared(texts) if not any(line.strip() for line in lines[:start]) else None
    return [*([f"# {title}", ""] if title else []), *out, *_stated_parts(texts)]


def _title_line(lines: list[str]) -> int | None:
    """The index of a first-level heading that is the file's first written line (its title), or ``None``."""
    first = next((index for index, line in enumerate(lines[:_LOOKED_AT]) if line.strip()), None)
    found = heading_of(lines[first]) if first is not None else None
    return first if found is not None and found[0] == 1 else None


def _chat_unfenced(lines: list[str], flags: Sequence[int]) -> tuple[list[str], Sequence[int]]:
    """The lines with the fence marks gone around a plain block that is a chat's log (most of its lines
    messages), and their flags: a report whose body is the pasted conversation is that conversation."""
    for opening, closing in closed_fences(lines).items():
        if not _PLAIN_FENCE.fullmatch(lines[opening]):
            continue
        inside = lines[opening + 1 : closing]
        written = [line for line in inside if line.strip()]
        found = sum(_is_message(line, following) for line, following in itertools.pairwise([*inside, ""]))
        if found >= _FEWEST_MESSAGES and 2 * found >= len(written):
            unfenced = [*lines[:opening], *inside, *lines[closing + 1 :]]
            return unfenced, outside_fences(unfenced)
    return lines, flags


# "declaring an incident: card payments failing", "opening SEV2 incident - checkout down": what the incident is,
# as the first message declaring it names it (the title of a log that has no header to name it).
_DECLARES = re.compile(
    r"\b(?:declar\w*|open(?:ed|ing)?|start(?:ed|ing)?|rais(?:ed|ing))\b[^:]{0,40}?\bincident\b[^:]{0,20}?"
    r"[ \t]*(?::|[-–—][ \t])[ \t]*(?P<what>\S.{5,120}?)[ \t.]*$",
    re.IGNORECASE,
)


def _declared(texts: list[str]) -> str | None:
    """What the first message declaring the incident says it is, or ``None``."""
    for text in texts[:200]:
        found = _DECLARES.search(text) if len(text) <= 300 else None
        if found is not None:
            return found["what"][:1].upper() + found["what"][1:]  # a title, as a reader would write it
    return None


def _message_text(lines: list[str], index: int) -> str:
    """A message's words, without its time and sender."""
    bracketed = _BRACKETED.match(lines[index]) or _IRC.match(lines[index])
    if bracketed is not None:
        return lines[index][bracketed.end() :].strip()
    return lines[index + 1].strip() if index + 1 < len(lines) else ""


# "impact: ~78 minutes of delayed emails", "root cause for the record: the reload …": a part of the report
# stated in a message; "follow-ups, I'll put these in the doc:" over messages that list them.
_STATED = re.compile(
    r"(?:^|[.;!][ \t]+)(?P<name>(?:customer[ \t]+)?impact|root[ \t]+cause)\b[^:.]{0,30}:[ \t]*(?P<text>\S.{9,})",
    re.IGNORECASE,
)
_LISTS_FOLLOW_UPS = re.compile(
    r"\b(?:follow[- ]?ups?|action[ \t]+items|next[ \t]+steps|to-?dos?)\b[^:]{0,60}:[ \t]*$", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*•])[ \t]+(?P<item>\S.*)")


def _stated_parts(texts: list[str]) -> list[str]:
    """The impact and root cause a message states, and the follow-ups messages list, as sections after the
    timeline: a reader takes them for the report's parts. A copy: the messages stay in the timeline, as said."""
    parts: dict[str, str] = {}
    items: list[str] = []
    listing = False
    for text in texts[:5000]:
        if len(text) > _LONGEST_LINE:
            listing = False
            continue
        item = _LIST_ITEM.fullmatch(text) if listing else None
        if item is not None:
            items.append(f"- {item['item']}")
            continue
        listing = _LISTS_FOLLOW_UPS.search(text) is not None
        stated = _STATED.search(text)
        if stated is not None:
            name = "Impact" if "impact" in stated["name"].lower() else "Root cause"
            parts.setdefault(name, stated["text"].strip())
    out: list[str] = []
    for name, text in parts.items():
        out.extend(["", f"## {name}", "", text])
    if items:
        out.extend(["", "## Follow-ups", "", *items])
    return out


# "Incident commander: Rosa Delgado. Severity: SEV2.": the export's header, its labels run together in a sentence.
_NEXT_LABEL = re.compile(r"(?<=[.;])[ \t]+(?=[A-Z][A-Za-z]{1,20}(?:[ \t][A-Za-z]{1,20}){0,2}:[ \t])")


def _header_labels(line: str) -> list[str]:
    """The header line as one line a label ("Incident commander: Rosa Delgado.", "Severity: SEV2 …")."""
    if len(line) > 500 or line.count(":") < 2:
        return [line]
    return _NEXT_LABEL.split(line)


def _separators_above(lines: list[str], first: int) -> set[int]:
    """The day separators right above the first message (blank lines between): they belong to the timeline."""
    found: set[int] = set()
    index = first - 1
    while index >= 0 and (not lines[index].strip() or _separator_day(lines[index]) is not None):
        if lines[index].strip():
            found.add(index)
        index -= 1
    return found


def _separator_day(line: str) -> str | None:
    """The day a separator line names, as written ("Thursday, June 4th"), or ``None``."""
    if len(line) > 80:
        return None
    found = _DAY_SEPARATOR.fullmatch(line) or _RELATIVE_DAY.fullmatch(line)
    if found is not None:
        return (found.group("day") or found.group("spaced")).strip()
    # "Tuesday, March 3" on a line of its own, or between single dashes: a day only when it is a weekday and
    # its date and nothing else (a line "Friday we rolled back" is a message's words, not a day).
    dashed = _ONE_DASH_EACH_SIDE.fullmatch(line)
    day = (dashed["day"] if dashed else line).strip()
    if WEEKDAY.match(day) and date_end(day, 2000) == len(day):
        return day
    return None


def _relative_days(lines: list[str], start: int, today: date | None) -> dict[int, str]:
    """ "Yesterday" and "Today" separators written as the dates they stand for, when the day of "Today" is
    known (the day the file was saved); left as written otherwise."""
    if today is None:
        return {}
    written: dict[int, str] = {}
    for index in range(start, len(lines)):
        word = _separator_day(lines[index])  # "Yesterday", "--- Today ---"
        if word is not None and word.lower() in ("today", "yesterday"):
            day = today - timedelta(days=1 if word.lower() == "yesterday" else 0)
            written[index] = f"{word} ({day.isoformat()})"
    return written


def channel_title(preamble: list[str]) -> str:
    """A chat export's channel name on its first line ("#inc-2026-06-03-payments") as the title, taken out of
    ``preamble``; ``""`` when the first line is not one."""
    first = next((index for index, line in enumerate(preamble) if line.strip()), None)
    if first is None or _CHANNEL.fullmatch(preamble[first]) is None:
        return ""
    return preamble.pop(first).strip()
