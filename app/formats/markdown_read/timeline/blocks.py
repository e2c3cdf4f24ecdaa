"""Recognisers of timeline blocks: tables with a time column, and one heading per event."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.formats.markdown_read import names_other_languages as other_languages
from app.formats.markdown_read import names_russian_turkish as russian_turkish
from app.formats.markdown_read.relative_times import RELATIVE
from app.formats.markdown_read.tables import is_table_rule, parse_table, table_cells, take_table
from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.day_in_cell import day_in_cell
from app.formats.markdown_read.timeline.day_zone_lines import zone_or_statement
from app.formats.markdown_read.timeline.kinds import guess_kind, kind_named, phase_named
from app.formats.markdown_read.timeline.lines import Entries
from app.formats.markdown_read.timeline.zone_columns import header_zone, may_be_zone_header, zone_column
from app.formats.markdown_read.tokens import TIME_LED, Item, heading_of, is_table_line, name_key
from app.model import EventKind
from app.timefmt import parse_date

TIME_COLUMNS = ("time", "when", "timestamp", "time (utc)", "date", "date/time", *russian_turkish.TIMELINE_TIME_COLUMNS)
TEXT_COLUMNS = (
    "event",
    "description",
    "what",
    "what happened",
    "action",
    "text",
    "details",
    "activity",
    "milestone",  # FireHydrant's: "Started", "Detected", "Resolved"
    "milestones",
    *other_languages.TIMELINE_TEXT_COLUMNS,
)
KIND_COLUMNS = ("kind", "type", "category")
_PHASE_COLUMNS = ("phase", "stage", "ir phase", "response phase", "incident phase")  # read by phase_column
_MORE_TEXT_COLUMNS = ("events", "summary", "notes", "note", "update", "message", "status", "comment", "comments")
# An incident tool's timeline export (Datadog's "| Time | Type | Author | Content |"): the entry's words.
_MORE_TEXT_COLUMNS += ("content", "body", "entry")
# A time column's header: "Time", "Time (PDT)", "Date and Time in CET", "Timestamp (UTC)", "When"; a
# template's "| Timeline 20.04.22 | Event |" names the table by its first column, the column of its clocks.
_TIME_HEADER = re.compile(
    rf"\b(?:time|times|timestamp|timeline|when|date|hour|clock|offset|{'|'.join(other_languages.TIMELINE_TIME_HEADER_WORDS)})\b",
    re.IGNORECASE,
)
_DATE_ONLY_HEADER = re.compile(r"(?:date|day)(?:[ \t]*\(.*\))?", re.IGNORECASE)
# "| Fecha | Hora | Evento |": a column of days in another language, beside the time column.
_OTHER_DATE_HEADER = re.compile(
    rf"(?:{'|'.join(other_languages.TIMELINE_DATE_HEADER_WORDS)})(?:[ \t]*[(（].*[)）])?", re.IGNORECASE
)
_HEADER_ZONE = re.compile(
    r"[(（](?:in[ \t]+)?([^)）]{1,24})[)）]|\bin[ \t]+([A-Za-z][A-Za-z/_+:0-9-]{0,24})\s*$", re.IGNORECASE
)
_PLACEHOLDERS = {"", "-", "--", "—", "–", "―", "ー", "?", "??", "--:--", "??:??", "xx:xx", "hh:mm", "n/a", "tbd"}
_PLACEHOLDERS |= {"unknown", "？", "－", "—:—"}


def _header_zone(name: str, ctx: TimelineContext):  # type: ignore[no-untyped-def]
    match = _HEADER_ZONE.search(name)
    if match is None:
        return None
    return zone_or_statement(match.group(1) or match.group(2))


def timeline_table(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A pipe table with a time column: one event a row, extra columns kept in the event's text."""
    entry = entries[index]
    if not isinstance(entry, str) or not is_table_line(entry) or not _may_head_a_timeline(entries, index):
        return None
    lines, end = take_table(entries, index)
    table = parse_table(lines)
    if table is None:
        return None
    header, rows = table
    names = table_cells(lines[0])
    time_at = next((i for i, name in enumerate(header) if name in TIME_COLUMNS), None)
    if time_at is None:
        time_at = next((i for i, name in enumerate(names) if _TIME_HEADER.search(name)), None)
    column_zone = None
    if time_at is None and (time_at := zone_column(names, rows)) is not None:
        column_zone = header_zone(names[time_at])  # "| UTC | KST | What happened |": the clocks' zone
    date_at = None
    if time_at is not None and _DATE_ONLY_HEADER.fullmatch(names[time_at].strip()):
        # "| Date | Time | Event |": the date column gives the day of the time column.
        other = next((i for i, name in enumerate(names) if i != time_at and _TIME_HEADER.search(name)), None)
        if other is not None:
            date_at, time_at = time_at, other
    elif time_at is not None:
        dated = (i for i, name in enumerate(names) if i != time_at and _OTHER_DATE_HEADER.fullmatch(name.strip()))
        date_at = next(dated, None)
    unknown_header = time_at is None and len(names) >= 2 and not _timed(names[0]) and len(rows) >= 2
    if unknown_header and all(_timed(row[0]) for row in rows[:500]):
        # "| Čas | Událost |" over "| 08:03:16 | … |": a header in words not known here, over a column of
        # nothing but times, is the time column whatever it is called; the first other column is the text.
        time_at = 0
    if time_at is None and _headed_by_an_event(names, rows):
        # "| 02:00 | Job starts |" over the rule: a table pasted without a header row, its first row
        # made the header. It is the first event; the columns are the time and the text.
        rows = [(names + [""] * len(header))[: len(header)], *rows]
        header = names = ["time", *(["event"] if len(names) > 1 else []), *[""] * (len(names) - 2)]
        time_at = 0
    kind_at = next((i for i, name in enumerate(header) if name in KIND_COLUMNS), None)
    # "| Timestamp | Phase | Event |": the response's phase, evidence of the row's kind (kept in its text too).
    phase_at = next((i for i, name in enumerate(header) if name in _PHASE_COLUMNS), None) if kind_at is None else None
    text_at = next((i for i, name in enumerate(header) if name in TEXT_COLUMNS), None)
    if text_at is None:
        text_at = next((i for i, name in enumerate(header) if name in _MORE_TEXT_COLUMNS), None)
    if text_at is None:
        text_at = next((i for i in range(len(header)) if i not in (time_at, date_at, kind_at)), None)
    if time_at is None or text_at is None:
        return None
    zone = column_zone or _header_zone(names[time_at], ctx)
    if zone is not None:
        ctx.zone = ctx.draft.stated_zone(zone)
    placed = {time_at, date_at, kind_at, text_at}
    # Datadog's "Type" column says "Note", "Monitor", "Status change": the tool's kinds of entry, not the report's.
    kinds_named = kind_at is None or all(kind_named(row[kind_at]) is not None for row in rows if row[kind_at])
    table_day = ctx.day  # the day a row's "(previous day)" is the day before
    # "| 0730 |", "| 1415 |": a column of four-digit clocks, as forms write them (two or more: one is as often a year).
    compact = sum(1 for row in rows[:500] if _COMPACT_CELL.match(row[time_at].strip().strip("*_`"))) >= 2
    for row in rows:
        if not any(row):
            continue  # "| 11:00 | Mail sent" over a lone "|": the row's closing pipe, wrapped; no row of its own
        date_unread = False  # a date cell that is not a date stays in the text, in this row only
        if date_at is not None and (day := parse_date(row[date_at], default_year=ctx.year)) is not None:
            ctx.set_day(day)
        elif date_at is not None and row[date_at]:
            date_unread = True
        cell = row[time_at].strip().strip("*_`").strip()
        if (day := _day_alone(row, time_at, cell, ctx.year)) is not None:
            ctx.set_day(day)  # "| **Wed 11 March** | |": the day of the rows under it, no event of its own
            table_day = day
            continue
        cell, days = day_in_cell(cell)
        if days and table_day is not None and date_at is None:
            ctx.set_day(table_day + timedelta(days=days))  # "~23:29 (previous day)": the rows after cross midnight
        approximate = _APPROXIMATE.match(cell) or _APPROXIMATE_AFTER_A_DATE.search(cell[:80]) or _PLUS.search(cell)
        read_as = cell
        if approximate is not None:
            # "~14:20", "2026-09-07 ~20:56", "~21:00 onward": the clock read without the marks around it.
            read_as = _ONWARD.sub("", f"{cell[: approximate.start()]} {cell[approximate.end() :]}").strip()
        # "| 09.45 |", "| 14h05 |" in a time column: a clock written the European way (the column says it is
        # no decimal, nor a length of time).
        read_as = _DOTTED_CELL.sub(r"\1:\2", read_as, count=1)
        read_as = _COMPACT_CELL.sub(r"\1:\2", read_as, count=1) if compact else read_as
        # "| 12:20 PM: |": the colon an entry's clock takes, left in the cell; "| 13:39-13:40 |": a span of
        # minutes, the row at its start (the span stays in the row's text).
        read_as = _CELL_COLON.sub("", read_as, count=1)
        spanned = _CELL_SPAN.match(read_as)
        read_as = spanned["first"] + spanned["zone"] if spanned else read_as
        before = ctx.last_time
        moment = ctx.moment(read_as) if cell.lower() not in _PLACEHOLDERS else None
        if not days and date_at is None and (back := _back_on_table_day(moment, before, table_day)) is not None:
            moment = back
            ctx.passed(moment)
        has_clock, other_clock = True, ""
        if moment is None and cell and (two_zones := ctx.moment_in_two_zones(cell)) is not None:
            moment, other_clock = two_zones  # "08:31 UTC (11:31 TSİ)": one moment, the other clock kept as text
        if moment is None and cell and (day := parse_date(cell, default_year=ctx.year)) is not None:
            ctx.set_day(day)
            moment, has_clock = ctx.moment("00:00"), False
        text = row[text_at]
        if (moment is None or approximate or spanned) and cell.lower() not in _PLACEHOLDERS:
            # "~14:20": the time the row says, and the text says it is approximate.
            text = f"{row[time_at]}: {text}" if text else row[time_at]
        if other_clock:
            text = f"{text} ({other_clock})" if text else other_clock
        extras = [(names[i], row[i]) for i in range(len(header)) if i not in placed and row[i]]
        if date_unread and date_at is not None:
            extras.insert(0, (names[date_at], row[date_at]))
        if extras:
            text = f"{text} ({'; '.join(f'{name}: {value}' for name, value in extras)})".strip()
        kind = kind_named(row[kind_at]) if kind_at is not None and row[kind_at] else None
        if kind is EventKind.NOTE and not kinds_named:
            kind = None  # the tool's "Note" beside its "Monitor" and "Status change": a kind still to be read
        if kind_at is not None and row[kind_at] and kind is None:
            text = f"{text} ({names[kind_at]}: {row[kind_at]})"
        if phase_at is not None and phase_at != text_at and row[phase_at] and ctx.kind is None:
            from app.formats.markdown_read.timeline.phase_column import phase_kind  # a few tables have one

            kind = phase_kind(row[phase_at], row[text_at])
        ctx.add(moment, text, kind, has_clock=has_clock)
    return end


def _back_on_table_day(moment: datetime | None, before: datetime | None, table_day: date | None) -> datetime | None:
    """``moment`` on the table's day when rows marked as the day before ("Veille, 16h05", "22:10 (previous
    day)") led up to it and its clock goes back from theirs (16:05, then 10:57): the eve is over. ``None`` when
    the row stays where it was read."""
    if moment is None or before is None or table_day is None or not moment.date() < table_day:
        return None
    if moment >= before:
        return None  # "22:10 (previous day)", then "23:40": still the evening before
    return moment.replace(year=table_day.year, month=table_day.month, day=table_day.day)


def _day_alone(row: list[str], time_at: int, cell: str, year: int | None) -> date | None:
    """The day a row gives alone, its time cell a date with no clock and its other cells empty; else None."""
    if _CLOCK.search(cell) is not None or any(value.strip() for at, value in enumerate(row) if at != time_at):
        return None
    return parse_date(cell, default_year=year)


# A clock in a cell ("14:05", "2.15pm", "0915Z"): a row with one is an event, whatever else it holds.
_CLOCK = re.compile(r"\d[:.h]\d\d|\d ?[ap]\.?m\b|\d{4}Z\b", re.IGNORECASE)

# "~14:20", "approx. 14:20", "c. 14:20" in a time cell: an approximate time.
_CELL_COLON = re.compile(r"(?<=[\dMm])[ \t]*:$")
_CELL_SPAN = re.compile(
    r"(?P<first>\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp][Mm])?)[ \t]*[-–—][ \t]*\d{1,2}:[0-5]\d(?::[0-5]\d)?"
    r"(?:[ \t]?[AaPp][Mm])?(?P<zone>(?:[ \t]+[A-Z]{2,5})?)$"
)
_COMPACT_CELL = re.compile(r"^([01]\d|2[0-3])([0-5]\d)(?=$|[ \t]*(?:[A-Za-z]{1,5}|\([A-Za-z]{2,5}\))$)")
_DOTTED_CELL = re.compile(r"^([01]?\d|2[0-3])(?:\.|[ \t]?h[ \t]?)([0-5]\d)(?=$|[ \t]+[A-Za-z]{2,5}$)")
_APPROXIMATE = re.compile(r"(?:[~≈][ \t]*|approx(?:\.|imately)?[ \t]+|c(?:a)?\.[ \t]*)(?=\d)", re.IGNORECASE)
# "2026-09-07 ~20:56": a day, then its approximate clock.
_APPROXIMATE_AFTER_A_DATE = re.compile(r"(?<=\d)(?<![:.]\d\d)[ \t,]+[~≈][ \t]*(?=\d)")
# "| 13:41+ |": from that clock on, as "onward" says it; the row at the clock, the cell kept in its text.
_PLUS = re.compile(r"(?<=\d)[ \t]?\+$")
# "~21:00 onward": from that clock on; the event is at the clock, the word stays in the text.
_ONWARD = re.compile(r"[ \t]+(?:onwards?|and[ \t]+after|or[ \t]+so|on)$", re.IGNORECASE)


def _may_head_a_timeline(entries: Entries, index: int) -> bool:
    """Whether ``entries[index]`` may head a timeline's table: a rule under it, and a time column or a time in
    its first cell. Asked before the table is read: a run of thousands of other tables, each read whole
    from each of its lines, took minutes."""
    following = entries[index + 1] if index + 1 < len(entries) else None
    if not isinstance(following, str) or not is_table_rule(following):
        return False
    names = table_cells(entries[index])  # type: ignore[arg-type]  # a table line: a string
    if any(name_key(name) in TIME_COLUMNS or _TIME_HEADER.search(name) for name in names):
        return True
    if len(names) >= 2 and _timed(names[0]):  # what _headed_by_an_event asks of the header first
        return True
    if len(names) >= 2 and may_be_zone_header(names):  # "| UTC | KST | What happened |"
        return True
    # A header in words not known here, over a first row led by a time: what timeline_table asks of every row.
    row = entries[index + 2] if index + 2 < len(entries) else None
    return len(names) >= 2 and isinstance(row, str) and is_table_line(row) and _timed(table_cells(row)[0])


def _headed_by_an_event(names: list[str], rows: list[list[str]]) -> bool:
    """Whether a table's header row is an event like its rows: a time in the first cell of the header
    and of most rows, and no header names a column."""
    return len(names) >= 2 and _timed(names[0]) and sum(_timed(row[0]) for row in rows) * 2 >= len(rows)


def _timed(cell: str) -> bool:
    """Whether a short table cell opens with a time, or is one relative to a stated T+0 ("T-6m", "T+1h05m":
    a column of them is the time column, whatever its header, often just "T")."""
    if len(cell) > 40:
        return False
    return TIME_LED.match(cell.strip()) is not None or RELATIVE.fullmatch(cell.strip()) is not None


# An HTML table, as some write their timeline: rows of <th>/<td> cells, inline tags in them.
_HTML_TABLE_START = re.compile(r"[ \t]*<table\b", re.IGNORECASE)
_HTML_TABLE_END = re.compile(r"</table>", re.IGNORECASE)
_HTML_CELL_END = re.compile(r"</t[hd]>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]{1,200}>")
_MOST_HTML_TABLE_LINES = 5000


def html_timeline_table(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A timeline written as an HTML ``<table>``: read as the pipe table it stands for."""
    entry = entries[index]
    if not isinstance(entry, str) or not _HTML_TABLE_START.match(entry):
        return None
    end = index
    while end < len(entries) and end - index < _MOST_HTML_TABLE_LINES:
        line = entries[end]
        end += 1
        if isinstance(line, str) and _HTML_TABLE_END.search(line):
            break
    else:
        return None
    html = "\n".join(line if isinstance(line, str) else "\n".join(line.raw) for line in entries[index:end])
    rows = [row for row in _html_rows(html) if row]
    if len(rows) < 2 or not rows[0]:
        return None
    pipe = [_pipe_row(rows[0]), _pipe_row(["---"] * len(rows[0])), *(_pipe_row(row) for row in rows[1:])]
    return end if timeline_table(ctx, pipe, 0) is not None else None


def _html_rows(html: str) -> list[list[str]]:
    """The cells of each ``<tr>``, found by splitting at closing tags: one pass, whatever the markup."""
    rows: list[list[str]] = []
    for chunk in re.split(r"</tr>", html, flags=re.IGNORECASE)[:-1]:
        start = chunk.lower().rfind("<tr")
        if start < 0:
            continue
        cells = []
        for piece in _HTML_CELL_END.split(chunk[start:])[:-1]:
            lower = piece.lower()
            opening = max(lower.rfind("<td"), lower.rfind("<th"))
            close = piece.find(">", opening)
            if opening >= 0 and close >= 0:
                cells.append(_cell_text(piece[close + 1 :]))
        rows.append(cells)
    return rows


def _cell_text(cell: str) -> str:
    text = " ".join(_HTML_TAG.sub("", cell).split())
    return text.replace("|", "\\|")


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def heading_event(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """``### 08:47``, ``### 07:30am - First report``: an event whose text is the heading's rest and body."""
    entry = entries[index]
    heading = heading_of(entry) if isinstance(entry, str) else None
    if heading is None:
        return None
    level, title = heading
    found = ctx.leading(title)
    after = _AFTER_CLOCK.match(title) if found is None else None
    if after is not None and (found := ctx.leading(title[after.end() :])) is not None:
        # "### After 02:10 CET" over "All nodes healthy again.": the last part, at the clock it names; the
        # heading stays the entry's first words, as it says the time is no more than a bound.
        found = found._replace(text=title.strip())
    if found is None or not found.has_time:
        return None  # "### May 2, 2024" is the day of the entries below it, not an event
    moment, first, _ = found
    end = index + 1
    body: list[str] = []
    while end < len(entries):
        following = entries[end]
        inner = heading_of(following) if isinstance(following, str) else None
        if inner is not None and (inner[0] <= level or ctx.peek_time(inner[1])):
            break
        body.extend(following.raw if isinstance(following, Item) else [following])
        end += 1
    text = "\n".join(body).strip("\n")
    if first and text and (kind := phase_named(first)) is not None:
        ctx.add(moment, text, kind)  # "### 09:40 — Detection" over its paragraph: the title is the kind
    elif first and text and _TITLE.fullmatch(first):
        # "### 11:05 — Found it": the title leads the text, on its line. A title telling the service back ("###
        # 18:00 - NC ist wieder erreichbar") makes the entry the resolution, whatever its bullets go on to say.
        back = guess_kind(first) is EventKind.RESOLUTION
        ctx.add(moment, f"{first}: {text}", EventKind.RESOLUTION if back else None)
    else:
        ctx.add(moment, "\n\n".join(part for part in (first, text) if part), _opening_kind(first, text))
    return end


def _opening_kind(first: str, text: str) -> EventKind | None:
    """The kind of an entry of several paragraphs under its time: its first paragraph's, what happened at that
    time ("Dip noticed via grafana, investigation launched."), over words of what followed ("… it appears to have
    recovered"); ``None`` (its words as a whole) for one paragraph, or a first one of no kind."""
    if first or "\n\n" not in text:
        return None
    opening = text.split("\n\n", 1)[0]
    last = text[text.rindex("\n\n") + 2 :]
    if len(last) <= 80 and _CLOSED_PARAGRAPH.fullmatch(last.strip()):
        return EventKind.RESOLUTION  # "… redeploys and reports in on slack." then "Incident resolved.": the end
    kind = guess_kind(opening)
    return kind if kind is not EventKind.NOTE else None


# A last paragraph that only says the incident is over: the writer's mark that this entry ended it.
_CLOSED_PARAGRAPH = re.compile(
    r"[*_]{0,2}(?:the )?(?:incident|outage|issue)(?: is| was| has been)? (?:resolved|closed|over)[.!]?[*_]{0,2}",
    re.IGNORECASE,
)


# "After 02:10 CET": a heading that bounds its part by a clock, the part coming after it.
_AFTER_CLOCK = re.compile(r"[*_]{0,2}after[ \t]+(?=[*_]{0,2}\d)", re.IGNORECASE)
# A heading's title, not a sentence: a few words, no closing stop.
_TITLE = re.compile(r"[^\s.!?:;]+(?:[ \t]+[^\s.!?:;]+){0,4}")
