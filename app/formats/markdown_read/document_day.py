"""The document's date: the day of times written without one.

The first date written with its year, preferring the one beside the
incident's times, never a follow-up's due date, and the report's own date
(when it was written, posted, reviewed) only when no other is stated. A
document that writes no year still names weekdays; slashed dates are read
day first when the document writes one that can only be.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date

from app.dashed_dates import plain_hyphens
from app.formats.markdown_read.memo_dates import MemoHeader
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_read.window import CLOCK, TIMES_WORD
from app.timefmt import format_date, parse_date
from app.timeparse import read

# A date with its year anywhere in a line: "2022-03-09", "12 March 2019", "March 12th, 2019", "2018 October 21",
# "the 2nd of October 2024", "October the 2nd, 2024", "2-Oct-2024"; a month in lower case as students type it.
_DATE_WITH_YEAR = re.compile(
    # A month's name as written, or in capitals as forms and logs write it ("07 NOV 2024").
    # (Never the minutes of a clock: "18:16 Dec 2023" is a time in a month, no day.)
    r"\b(?<!\d[:.])(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?(?:[ \t]+of)?[ \t]+[A-Za-z](?:[a-z]{2,8}|[A-Z]{2,8})\.?,?[ \t]+\d{4}"
    r"|\d{1,2}-[A-Za-z](?:[a-z]{2,8}|[A-Z]{2,8})-\d{4}"
    # "15Sep94", "03MAR2021", "3-Mar-21": run together, or a two-digit year after the month's three letters.
    r"|\d{1,2}[A-Za-z]{3}(?:\d{4}|\d{2})|\d{1,2}-[A-Za-z]{3}-\d{2}"
    # "3. März 2026", "3 février 2026", "3 févr. 2026", "3 de marzo de 2026": another language's month, accented.
    r"|\d{1,2}\.?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,9}\.?,?[ \t]+(?:de[ \t]+)?\d{4}"
    r"|[A-Za-z](?:[a-z]{2,8}|[A-Z]{2,8})\.?[ \t]+(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)?(?P<days>[–-]\d{1,2})?"
    r"(?:,|[ \t]+of)?[ \t]+\d{4}"
    r"|\d{4}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{1,2}"
    # "9/14/2024", "14.09.2024": read month first unless the first number cannot be a month, as the parser does.
    # "12→13/09/2026", "12-13/09/2026": a run of days before one month, day first; the first day.
    r"|(?P<first_day>\d{1,2})[-→][ \t]?(?P<last_day>\d{1,2})/(?P<run_month>\d{1,2})/(?P<run_year>\d{4})"
    # "02-20-2017": the slashed form with hyphens, read the same way.
    # The date ends where a word would go on: "2025_" closes an italic byline ("_Posted … June 9, 2025_").
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?![^\W_])"
    # "9/11/18": the year cut to two digits, as people type a date in a sentence; never inside a path or a run
    # of numbers ("/srv/9/11/18/", "1/2/3/4").
    # "5-26-21" the same with hyphens, only in a heading ("# Website outage 5-26-21"): in a sentence it is as
    # often a score or a run of numbers.
    r"|(?<![\w/.-])(?P<short>(?P<short_first>\d{1,2})(?P<short_sep>[/-])(?P<short_second>\d{1,2})(?P=short_sep)"
    r"(?P<short_year>\d{2}))(?![\w/]|[.-]\d)"
    # "2026年4月7日", "令和8年4月7日", "2026년 4월 7일": marked by their characters, text run on after them.
    r"|(?:\d{4}|(?:令和|平成)[ \t]?(?:\d{1,2}|元))[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]"
)


# A date that is never the incident's: a task's due date ("due 2024-04-19", "target: 1 May 2024"), also
# written "— lena.k — by 2024-03-22" (a date right after "by"). "Due to a bug" is a cause, not a due date.
# A task table in another language heads the column so: "Fällig", "Frist", "Échéance", "Fecha límite".
_DUE = re.compile(
    r"\b(?:due(?![ \t]+to\b)|deadline|target(?:[ \t]+date)?|eta|follow[- ]up[ \t]+on"
    r"|fällig(?:keit)?|frist|zieldatum|zieltermin|erledigen[ \t]+bis"
    r"|échéance|echeance|date[ \t]+(?:limite|cible|prévue)|fecha[ \t]+(?:límite|limite|objetivo)|plazo|vencimiento"
    r"|scadenza)\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\b(?:by|before|no[ \t]+later[ \t]+than)[ \t]*:?[ \t]*(?:the[ \t]+)?$", re.IGNORECASE)
# A date that is the report's rather than the incident's: when it was written, posted or updated, the review
# held. Only in the words before the date, in its sentence: "held" later in "On 14 March 2024 the pool held
# every connection" says nothing of the date.
_ABOUT_THE_REPORT = re.compile(
    r"\b(?:posted|published|(?:last[ \t]+)?updated|written|edited|created|debrief(?:ed|ing)?|held|meeting|reviewed"
    r"|revdate|revised|revision|date[ \t]+of[ \t]+(?:the[ \t]+)?(?:report|review|write-?up)"
    r"|(?:report|review|write-?up)[ \t]+date|prepared)\b",
    re.IGNORECASE,
)
# A label that names the incident's own date: "**Date of downtime:** October 22, 2024", "Incident date: …",
# "Date of the outage - 3 May 2024". Its date is the incident's, whatever else the document dates.
_INCIDENT_DATE_LABEL = re.compile(
    r"^[ \t>*_#|-]*(?:date[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:incident|outage|downtime|event|disruption|failure|interruption)"
    r"|(?:incident|outage|downtime|event|disruption)[ \t]+(?:date|day))\b[ \t*_]*[:|–—-]",
    re.IGNORECASE,
)
# Words saying the incident happened on the date right after them: "that occurred on", "which took place on".
_OCCURRED_ON = re.compile(r"\b(?:occurred|happened|took[ \t]+place)[ \t]+on[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# A table's header row naming a due date ("| Action | Owner | Target Date |"): its rows' dates are due dates.
_TABLE_ROW = re.compile(r"^[ \t]*\|")
# A task's line ("- [ ] Add alerts — Mina — 2026-03-20"): its date is when the task is due, whatever its heading.
_TASK_LINE = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\]")
# Where the sentence holding a date begins: after a full stop, or at emphasis opening ("_Written on …").
_SENTENCE_END = re.compile(r"[.;!?][ \t]+(?=\S)|(?<![^ \t(])[_*]{1,2}(?=[^ \t_*])")


def first_date(lines: Iterable[str]) -> date | None:
    """The document's date, when it names no other (``dated_by``'s day)."""
    return dated_by(lines)[0]


def dated_by(lines: Iterable[str], *, posted: date | None = None) -> tuple[date | None, bool]:
    """The document's date, when it names no other: the first date written with its year; and whether that
    date is only the report's (when it was written or posted), the document stating no other. ``posted``
    is a date known to be the report's (a blog's front matter "date:"), ahead of those the text writes.

    A careful reader prefers the date that sits beside the incident's own
    times ("Between 16:05 and 17:50 UTC on 10 October 2023", "All times UTC,
    Saturday 1 March 2025") over one that dates the report ("Posted March 5",
    "_Written on 6 June 2024 by Sam_", "Debrief held 2 July"), and never takes
    a task's due date for it ("by 2024-03-22").
    """
    candidates: list[tuple[str, date, bool]] = []
    memo = MemoHeader()  # a memo's "Date:" is when it was sent: the report's date
    numbered: list[int] = []  # the line number of each candidate
    in_table = due_table = False
    tasks_level = 0  # the level of the heading over the follow-up tasks the lines are under, 0 outside them
    task_day: date | None = None
    for number, line in enumerate(itertools.islice(lines, 2000)):
        memo.see(number, line)
        # A table whose header names a due date ("Target Date", "Due"): every row's date is a follow-up's,
        # however many rows there are, and never the incident's.
        row = _TABLE_ROW.match(line) is not None
        if row and not in_table:
            due_table = _DUE.search(line[:2000]) is not None
        in_table = row
        heading = heading_of(line) if line[:4].lstrip().startswith("#") else None
        # "## Action items" holds its "### Short term" parts; the next "## Timeline" ends it.
        if heading is not None and heading[1] and (tasks_level == 0 or heading[0] <= tasks_level):
            tasks_level = heading[0] if _names_the_tasks(heading[1][:200]) else 0
        found = _date_in(plain_hyphens(line[:2000]), heading is not None)
        if found is None or _DUE.search(line) or (row and due_table) or found[0].year < _EARLIEST_YEAR:
            continue
        if tasks_level or _TASK_LINE.match(line):
            # A follow-up's date: the incident's (and the day "by Friday" counts from) only when the document
            # writes no other date at all; then the times at least keep a day rather than none.
            task_day = task_day or found[0]
            continue
        if _INCIDENT_DATE_LABEL.match(line[:200]):
            return found[0], False
        day, before = found
        if _BY_BEFORE.search(before[-40:]):
            continue
        # A byline names its writer's title and team before the date: "Posted by …, Staff Engineer, Platform
        # Reliability — April 22, 2026" still dates the post, however long the words between.
        sentence = _SENTENCE_END.split(before[-_SENTENCE_REACH:])[-1]
        about_the_report = _ABOUT_THE_REPORT.search(sentence) is not None
        if not about_the_report and _OCCURRED_ON.search(before[-40:]) and not candidates:
            return day, False  # "the outage that occurred on May 5th, 2023": the sentence says it is the incident's
        candidates.append((line, day, about_the_report))
        numbered.append(number)
    memo.end()
    candidates = [
        (line, day, report or number in memo.sent_lines)
        for number, (line, day, report) in zip(numbered, candidates, strict=True)
    ]
    incidents = [(line, day) for line, day, report in candidates if not report]
    beside_times = (day for line, day in incidents if CLOCK.search(line) or TIMES_WORD.search(line))
    found = next(beside_times, None) or next((day for _, day in incidents), None)
    if found is not None:
        return found, False
    if posted is not None:
        return posted, True
    return next(((day, True) for _, day, _ in candidates), (task_day, False))


_CENTURY_TURN = 70
"""A two-digit year from this on is of the 1900s ("3/4/98"), below it of the 2000s ("9/11/18")."""
_SENTENCE_REACH = 160
"""How far before a date its sentence is looked for (the words saying the date is the report's)."""
_EARLIEST_YEAR = 1970
"""A date before this is a value a text quotes ("`DateTime.MinValue` (`0001/01/01 00:00:00`)", an epoch), never
the day of an incident a report tells."""


def _names_the_tasks(heading: str) -> bool:
    """Whether a heading names the follow-up tasks ("Action items", "Corrective actions", "Maßnahmen")."""
    from app.formats.markdown_read.names import section_key  # the names' tables, loaded with the reader anyway

    return section_key(heading.strip().strip("#").strip()) == "measures"


def day_of_times(
    written: Callable[[], Iterable[str]], posted: date | None = None
) -> tuple[date | None, str | None, date | None]:
    """The day of times written alone (``dated_by``'s), the note telling the user it was guessed, and the
    report's own date when the text tells the incident's day apart from it (a "Date:" label giving that
    date then dates no time).

    A report dated only by when it was written or posted ("date: 2026-02-20"
    in a blog's front matter) often names the incident's day without its
    year, beside the weekday: "On Tuesday, February 17th, checkout went
    dark". That day, in the latest year up to the report's date where it
    falls on that weekday, is the incident's; the report's date only when
    the text names no day. ``written`` gives the lines (outside code) anew
    each time it is called: they are gone through twice, never held.
    """
    day, the_reports = dated_by(written(), posted=posted)
    if day is None or not the_reports:
        return day, None, None
    named = day_from_weekdays(written(), day)
    if named is not None and named != day:
        note = (
            f"The document writes the incident's day without its year: its times were placed on "
            f"{format_date(named)}, the latest such weekday on or before {format_date(day)}, the report's date."
        )
        return named, note, day
    note = f"The document states no date of the incident: its times were placed on {format_date(day)}, "
    return day, note + "the date the report was written.", None


_SLASHED_DATE = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])")
# "10/04 10:38 PM": a day and month with no year. Only ever read both ways (never proof of the order
# alone: "24/7 support" is no date), its named month or the writer's clock decide.
_SLASHED_DAY = re.compile(r"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?![\d/.,-])")


# A document stating its dates' order, day first: "dd/mm/yyyy", "dia/mês/ano", "día/mes", "jj/mm/aaaa".
_DAY_FIRST_STATED = re.compile(r"(?<!\w)(?:dd|d[ií]a|jj|tt|day)[ \t]?/[ \t]?(?:mm|m[eê]s|month)(?!\w)", re.IGNORECASE)


def writes_slashed_dates_day_first(lines: list[str]) -> bool:
    """Whether the document writes its slashed dates day first: one reads so ("30/11/2023") and none
    reads month first ("11/30/2023"), or it says so ("DD/MM/AAAA", "dia/mês"). Then "01/12/2023" is the 1st of
    December, not the 12th of January. When every one could be read both ways, the document's named months
    and its writer's clock decide (slash_order.py)."""
    day_first = month_first = yearless_month_first = False
    either: list[tuple[int, int, int | None]] = []  # "06/05/2024": (6, 5, 2024), read both ways
    for line in lines[:2000]:
        if "/" not in line and "-" not in line:
            continue
        # "09/07/2024 (dia/mês/ano)", "Fechas en formato DD/MM": the document says how it writes them.
        day_first = day_first or _DAY_FIRST_STATED.search(line[:2000]) is not None
        for found in itertools.islice(_SLASHED_DATE.finditer(line[:2000]), 50):
            first, second = int(found.group(1)), int(found.group(3))
            day_first = day_first or (first > 12 and second <= 12)
            month_first = month_first or (second > 12 and first <= 12)
            if first != second and 0 < first <= 12 and 0 < second <= 12 and len(either) < 50:
                either.append((first, second, int(found.group(4))))
        for found in itertools.islice(_SLASHED_DAY.finditer(line[:2000]), 50):
            first, second = int(found.group(1)), int(found.group(2))
            # "3/14 9:41 PM" is month first; "24/7" proves nothing, so a day over 12 only ever keeps the default.
            yearless_month_first = yearless_month_first or (0 < first <= 12 < second <= 31)
            if first != second and 0 < first <= 12 and 0 < second <= 12 and len(either) < 50:
                either.append((first, second, None))  # no year: any year named matches
    if day_first or month_first or not either or yearless_month_first:
        return day_first and not month_first
    return _says_day_first(lines, either)


def _says_day_first(lines: list[str], either: list[tuple[int, int, int | None]]) -> bool:
    """Whether a document whose slashed dates read both ways names their months so, or keeps a clock where
    days come first."""
    from app.formats.markdown_read import slash_order  # only for such documents
    from app.formats.markdown_read.document_zones import stated_zone, zones_named

    if slash_order.named_months_say_day_first(either, slash_order.months_named(lines)):
        return True
    return slash_order.zones_say_day_first([stated_zone(lines[:2000]), *zones_named(lines)])


# A weekday written before a day: "Tue 4/9", "Tuesday, March 5", "Sat 1 March".
_WEEKDAY_LED = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+(?=\d|[A-Z][a-z])", re.IGNORECASE)
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def day_from_weekdays(lines: Iterable[str], latest: date) -> date | None:
    """The first weekday-and-day a document writes without a year ("Tue 4/9"), in its year.

    A document that writes no year still says which weekday its day was:
    the year is the latest, up to ``latest``'s, in which that day falls on
    that weekday (the calendar repeats every 28 years).
    """
    # A bounded search: a hostile file of "Mon 1 Mon 1 ..." lines costs at most this many tries.
    tries = (match for line in itertools.islice(lines, 2000) for match in _WEEKDAY_LED.finditer(line[:2000]))
    for match in itertools.islice(tries, 50):
        weekday = _WEEKDAY_NUMBERS.get(match.group(0)[:3].lower())
        written = match.string[match.start() : match.start() + 80]
        for year in range(latest.year, latest.year - 28, -1):
            reading = read(written, default_year=year, date_only_ok=True)
            if reading is None or not reading.has_date or reading.moment.year != year:
                break  # no date here, or one that writes its own year
            day = reading.moment.date()
            if day.weekday() == weekday and day <= latest:
                return day
    return None


def _date_in(line: str, heading: bool = False) -> tuple[date, str] | None:
    """The first date with its year in ``line`` (a heading's when ``heading``), and the words before it."""
    for match in _DATE_WITH_YEAR.finditer(line):
        written = match.group(0)
        if match.group("short_sep") == "-" and not heading:
            continue
        if match.group("first_day"):
            with contextlib.suppress(ValueError):
                day = date(int(match["run_year"]), int(match["run_month"]), int(match["first_day"]))
                if int(match["last_day"]) > day.day:
                    return day, line[: match.start()]
            continue
        if match.group("short"):  # "9/11/18": the century the year most likely is, then read as "9/11/2018" is
            year = int(match["short_year"])
            written = (
                f"{match['short_first']}/{match['short_second']}/{year + (1900 if year >= _CENTURY_TURN else 2000)}"
            )
        if match.group("days"):  # "March 12–14, 2024": a run of days, the first of them
            written = written[: match.start("days") - match.start()] + written[match.end("days") - match.start() :]
        day = parse_date(written)
        if day is not None:
            return day, line[: match.start()]
    return None
