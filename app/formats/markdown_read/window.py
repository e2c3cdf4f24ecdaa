"""The incident's window (start and end) where a document writes it as a range, and the zone written after it.

"**Duration:** 2024-07-11 09:14 to 10:02 PDT", "Impact window: 14:03 – 16:45
UTC", "Between 14:02 and 15:10 UTC, checkout ..." all name a start and an
end. (A zone stated for every time written without one, "All times in CET",
is read by ``document_zones``.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from app import east_asian_clocks
from app.formats.markdown_read.window_weekdays import date_after_weekday, on_weekday, weekday_after
from app.formats.markdown_read.written_clocks import HOURS_RANGE, SPACED_FRENCH_CLOCK, hours_range, written_clocks
from app.said_times import military_clocks_written, said_clocks_written, says_a_clock
from app.timeparse import Reading, read

# "About" in the other languages read, before a range's end: French, German, Spanish, Italian, Portuguese.
_ABOUT_OTHER_LANGUAGES = (
    r"(?:environ|vers|etwa|gegen|ungefähr|aproximadamente|cerca[ \t]+de|circa|verso|por[ \t]+volta[ \t]+d[ae]s?)"
)
# "to", "until", "-", "–", "—", "and" (after "between") between the two ends of a range; a few
# words may come between a worded join and its time: "until the yank at 00:12", "to about 10:40".
_RANGE_JOIN = re.compile(
    # ("until just after 3pm": the words before "after" or "before" are how near, the clock is the end.)
    # (Words, not the end's date: "to 16 Feb at 3:36PM" is read whole, its day with it.)
    r"[ \t]*(?:(?:to|until|till|through|thru|and)"
    r"(?:[ \t]+(?:(?!\d)[\w'’]+[ \t]+){0,4}?(?:at|around|about|by|after|before))?"
    r"|[-–—]+|~|→|->|⇒|=>"
    # "between 06:35 UTC & 12:36 UTC": the ampersand is "and", a clock right after it.
    r"|&(?=[ \t]*\d)"
    # "de 14:09 a 15:10", "de 14 h 09 à 15 h 10", "von 14:09 bis 15:10 Uhr", "entre 14:09 et 15:10", "hasta las":
    # another language's word, a clock right after it.
    # "dalle 18:47 alle 20:05", "das 14:09 às 15:10", "van 14:09 tot 15:10": Italian, Portuguese, Dutch.
    # ("à environ 13h51", "bis etwa 15:10", "hasta aproximadamente las 15:10": how near, then the clock.)
    r"|(?:à|a|y|et|und|bis|hasta|jusqu['’]à|alle|fino[ \t]+alle|às|até|tot|en)(?:[ \t]+las?)?"
    rf"(?=[ \t]+(?:{_ABOUT_OTHER_LANGUAGES}[ \t]+(?:las?[ \t]+)?)?\d)"
    # "od 09:12 do 10:47", "mellan 13:05 och 14:20": Polish, Swedish; a clock after them ("do 3 razy" is no end).
    r"|(?:do|och)(?=[ \t]+\d{1,2}[:.]\d\d)"
    # "с 09:41 до 11:58", "с 09:41 по 11:58": Russian, a clock after it.
    r"|(?:до|по)(?=[ \t]+\d{1,2}[:.]\d\d)"
    r")[ \t]*(?:(?:approximately|approx\.?|about|around|circa|ca\.|~)[ \t]*)?"
    rf"(?:{_ABOUT_OTHER_LANGUAGES}[ \t]+(?:las?[ \t]+)?)?",
    re.IGNORECASE,
)
# Where a range starts in prose: "between 14:02 and ...", "from 14:03 to ...", "window: 14:03 - ...".
RANGE_START = _RANGE_START = re.compile(
    # ("for 9 hours beginning May 26 6:00 p.m. to May 27 3:00 a.m.": the start, then the end joined to it.)
    # "**Impact Window:** **02:00–02:08 CET**": the label's bold closes after its colon, the value's opens.
    r"\b(?:between|from|beginning|starting|(?:window|duration|outage)(?::(?:\*\*|__)?)?)[ \t]+(?:\*\*|__)?"
    # ("from at least midnight … to 4:00 PM": the writer hedges the start; the time is still the start.)
    r"(?:(?:approximately|approx\.?|about|around|circa|~|at[ \t]+least)[ \t]*)?"
    # "de 14:09 a 15:10", "desde las 14:09", "entre 14:09 et 15:10", "von 14:09 bis", "zwischen 14:09 und"
    r"|\b(?:de|desde|entre|von|zwischen|dalle|tra[ \t]+le|fra[ \t]+le|das|van|tussen|od|mellan|från|с|со)[ \t]+"
    r"(?:las?[ \t]+)?(?=\d)",
    re.IGNORECASE,
)
# A range standing in parentheses: "(10:05am–1:02pm PT)", "(14:25 to 16:05 BST)", or after a date's year
# and a comma, as a note's first line tells the window: "Sat 2 Mar 2024, 09:10–09:30 UTC."
_BARE_RANGE = re.compile(
    r"(?:\([~≈]?|\b\d{4},[ \t]?)"  # "(~15:03–15:19 UTC)": about those times
    # ("(23:55 UTC to 01:30 UTC)": each end with its zone, in capitals.)
    r"(?=\d{1,2}(?::\d{2})?[ \t]?(?:[ap]\.?m\.?)?(?:[ \t](?-i:[A-Z]{2,5}))?"
    r"[ \t]*(?:[-–—]|to\b|until\b|till\b|through\b)[ \t]*\d)",
    re.IGNORECASE,
)
# Words in parentheses after a range's first time, saying what happened then ("13:00 (the failed upload)").
# A zone in parentheses ("13:00 (UTC)") is read with its time already; words only, no clock, no nesting.
# ("(Block #8647535)": numbers in an aside, never a clock: "(10:05 in Paris)" is a time of its own.)
_ASIDE = re.compile(r"[ \t]*\([ \t]*[A-Za-z][^():.\n]{0,79}\)")
# An am or pm written after a time: "9:55 am", "4 p.m.".
_MERIDIEM = re.compile(r"[ \t]?[ap]\.?m\b\.?", re.IGNORECASE)
# Also the word in the other languages whose post-mortems are read ("Alle Zeiten in MEZ", "Tutti gli orari
# sono in ora italiana (CEST)", "Todas las horas en CET", "Alle tijden in CET", "Horários em BRT",
# "Wszystkie godziny w CET", "Alla tider i svensk tid (CEST)").
TIMES_WORD = re.compile(
    r"\b(?:times?|timeline|time\s?stamps?|zeiten|uhrzeiten|zeitangaben|heures|horaires|horas|horarios"
    r"|horários|horário|horario|hora|orari|orario|tijden|tijdstippen|godziny|godzin|czasy|tider|tidpunkter|klockslag|время|времени"
    r"|saatler|saat|hours)\b"
    r"|時刻|時間|日時|时间|时刻|시간|시각",  # Japanese, Chinese and Korean: no spaces round the word
    re.IGNORECASE,
)


def read_range(
    text: str, *, day: date | None, zone: tzinfo | None, year: int | None, notes: list[str]
) -> tuple[datetime, datetime, int] | None:
    """Two moments joined as a range at the start of ``text``, and where the range ends."""
    first = read(text, default_date=day, default_zone=zone, default_year=year, notes=notes)
    if first is None or not first.has_time:
        return None
    first_end, first_weekday = weekday_after(text, first.end)
    if text[first_end : first_end + 2] in ("**", "__") and not first.open_markup:
        first_end += 2  # "from **Jun 26, 6:00 AM** to **Jun 28, 6:00 AM**": each end in bold, the first opened before
    if aside := _ASIDE.match(text, first_end):
        first_end = aside.end()  # "from 13:00 (the failed upload) until 16:40": the start's aside is not the join
    join = _RANGE_JOIN.match(text, first_end)
    if join is None or join.end() == first_end:
        return None
    second_year = first.moment.year if first.has_date else year  # "from 15 Feb 2022 … to 16 Feb": the start's
    second = read(
        text[join.end() :], default_date=first.moment.date(), default_zone=zone, default_year=second_year, notes=notes
    )
    if second is None or not second.has_time:
        return None
    second_end, second_weekday = weekday_after(text, join.end() + second.end)
    dated = date_after_weekday(text, second_end, second_year) if second_weekday is not None else None
    if dated is not None and not second.has_date:
        # "to 00:55 EST Saturday 05-24-2020": the date written after the weekday is the day meant, though the
        # weekday is wrong for it; the weekday moves nothing.
        second_weekday, second_end = None, dated[1]
        second = read(text[join.end() :], default_date=dated[0], default_zone=zone, default_year=year) or second
    start: Reading | None = first
    # "09:14 to 10:02 PDT", "between 14:05 and 15:20 UTC on 1 March 2024": a zone or a date
    # written once, after the second time, is both ends'.
    start_zone = second.zone if not first.has_zone and second.has_zone and second.zone is not None else zone
    start_day = second.moment.date() if not first.has_date and (second.has_date or dated) else day
    if start_zone is not zone or start_day is not day:
        start = read(text, default_date=start_day, default_zone=start_zone, default_year=year)
    if start is None:
        return None
    start_moment, end_moment = start.moment, second.moment
    if _afternoon_said_once(text, first, join.end(), second) and start_moment + timedelta(hours=12) <= end_moment:
        start_moment += timedelta(hours=12)  # "between 2:10 and 3:55 pm PT": both in the afternoon
    if first_weekday is not None and not first.has_date:
        # "3:15pm ET Tuesday": the Tuesday nearest the document's day.
        start_moment = on_weekday(start_moment, first_weekday, nearest=True)
    if second_weekday is not None and not second.has_date:
        # "to 11:40am ET Thursday": the first Thursday from the start on.
        from_start = read(text[join.end() :], default_date=start_moment.date(), default_zone=zone, default_year=year)
        end_moment = on_weekday(from_start.moment if from_start else end_moment, second_weekday, nearest=False)
    elif (not second.has_date or not first.has_date) and end_moment < start_moment:
        try:
            end_moment += timedelta(days=1)  # "23:10 to 01:20" (on 1 March): over midnight
        except OverflowError:  # on the calendar's last day: no such range
            return None
    return start_moment, end_moment, second_end


def _afternoon_said_once(text: str, first: Reading, second_at: int, second: Reading) -> bool:
    """Whether only the second end of a range says "pm", the first being an hour of the morning's clock
    without am or pm ("2:10 and 3:55 pm"): a reader takes the pm as both ends'."""
    written_first = text[: first.end]
    written_second = text[second_at : second_at + second.end]
    return (
        first.moment.hour < 12
        and not first.has_date
        and _MERIDIEM.search(written_first) is None
        and "pm" in written_second.lower().replace(".", "")
    )


# Japanese: "2026年3月4日 10:12 から 11:47（JST）まで", "3月4日10:12～11:47": a date's characters or a clock,
# "から" or a wave dash, the end's clock, its zone in full-width brackets, "まで". Chinese and Korean the same
# way: "20:12 至 21:47", "从20:12到21:47", "23:52부터 00:58까지" (their clocks written in digits first).
_JAPANESE_JOIN = re.compile(r"[ \t　]*(?:から|到|至|부터|[～〜~])[ \t　]*(?=\d{1,2}:\d\d)")
_EAST_ASIAN_RANGE_WORD = re.compile(r"から|到|至|부터|[～〜]")
_JAPANESE_ZONE = re.compile(r"[（(]([A-Za-z]{2,5})[)）]")
_JAPANESE_RANGE_START = re.compile(
    r"(?:\d{4}[ \t]?年[ \t]?)?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日(?:[（(][^()（）]{1,3}[)）])?"
    r"[ \t　]*(?=\d{1,2}:\d\d to )"
    r"|(?<![\d:])(?=\d{1,2}:\d\d(?:[ \t][A-Za-z]{2,5})? to \d)"
)


def _japanese_range(
    text: str, *, day: date | None, zone: tzinfo | None, year: int | None, notes: list[str]
) -> tuple[datetime, datetime] | None:
    """The window as Japanese writes it, read as the English "10:12 to 11:47 JST" it says."""
    text = _JAPANESE_ZONE.sub(r" \1 ", _JAPANESE_JOIN.sub(" to ", text))
    for match in _JAPANESE_RANGE_START.finditer(text):
        found = read_range(text[match.start() :], day=day, zone=zone, year=year, notes=notes)
        if found is not None:
            return found[0], found[1]
    return None


# A day's year after its clock ("From 15 Feb at 00:25AM 2022 to 16 Feb"): read as "15 Feb 2022 at 00:25AM".
_YEAR_AFTER_CLOCK = re.compile(
    r"\b(?P<day>\d{1,2}(?:st|nd|rd|th)?[ \t][A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?)"
    r"(?P<clock>[ \t](?:at[ \t])?\d{1,2}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t](?P<year>(?:19|20)\d\d)\b(?![:.,/-]\d)"
)


def find_range_in_prose(
    text: str, *, day: date | None, zone: tzinfo | None, year: int | None, notes: list[str]
) -> tuple[datetime, datetime] | None:
    """The incident's window in a paragraph of prose, if it states one.

    "between X and Y", "from X to Y"; else a start and an end told apart
    ("Impact began at 13:58 UTC and ended at 15:40 UTC", "starting at 14:15
    UTC, ... lasted until 15:48 UTC"), the end on the start's day.
    """
    # A sentence may wrap between "from" and its time; "From **Jun 26, 2023 6:00 AM** to …" bolds its times,
    # "from __0300hrs__ to __0400hrs__" with the other bold mark.
    text = written_clocks(" ".join(text[:4000].replace("**", "").replace("__", "").split()))
    # "from 0745 to 1020 hrs", "at 0815 hrs": four digits a mark says are a clock, written "07:45".
    text = military_clocks_written(HOURS_RANGE.sub(hours_range, text))
    if _YEAR_AFTER_CLOCK.search(text):
        text = _YEAR_AFTER_CLOCK.sub(r"\g<day> \g<year>\g<clock>", text)  # "15 Feb at 00:25AM 2022"
    if " h " in text:  # "de 14 h 09 à 15 h 10", French with its spaces
        text = SPACED_FRENCH_CLOCK.sub(r"\1:\2", text)
    if not text.isascii() and _EAST_ASIAN_RANGE_WORD.search(text):
        text = east_asian_clocks.written_as_digits(text)
        if (found := _japanese_range(text, day=day, zone=zone, year=year, notes=notes)) is not None:
            return found
    for match in _RANGE_START.finditer(text):
        on_day = _day_before(text, match.start(), year) or day  # "On March 19 between 14:55 and 16:48 UTC"
        found = read_range(text[match.end() :], day=on_day, zone=zone, year=year, notes=notes)
        if found is not None:
            return found[0], found[1]
    for match in _BARE_RANGE.finditer(text):  # "(10:05am–1:02pm PT)"
        found = read_range(text[match.end() :], day=day, zone=zone, year=year, notes=notes)
        if found is not None:
            return found[0], found[1]
    written = said_clocks_written(text) if says_a_clock(text) else text
    if written != text:
        # "from around half past two in the afternoon until ten past four": the same range, said in words
        for match in _RANGE_START.finditer(written):
            found = read_range(written[match.end() :], day=day, zone=zone, year=year, notes=notes)
            if found is not None:
                return found[0], found[1]
    # "began just after 3pm and ended at ten past five": a start and an end told apart, said in words or not.
    text = written if says_a_clock(text) else text
    if (paired := _start_and_end_in_a_clause(text, day=day, zone=zone, year=year)) is not None:
        return paired
    start = _after_phrase(_START_PHRASE, text, day=day, zone=zone, year=year)
    if start is None:
        # "On 31st January 2023 (10am GMT + 1), we saw … which lasted for 37 minutes": a day, its clock in brackets
        from app.formats.markdown_read.window_label_forms import dated_clock_and_length  # prose with no range

        dated = dated_clock_and_length(text, zone=zone, day=day)
        if dated is None or dated[1] is None:
            return None
        notes.append("The incident's end was worked out from the length the document states.")
        return dated[0], dated[1]
    end = _after_phrase(_END_PHRASE, text[start[1] :], day=start[0].date(), zone=start[0].tzinfo, year=year)
    if end is None:
        # "started on 3rd June at 10:00 am GMT + 1 and lasted for 37 minutes": the end is the length later
        from app.formats.markdown_read.duration import lasting  # a sentence that tells a start only

        length = lasting(text[start[1] : start[1] + 300])
        if not length:
            return None
        notes.append("The incident's end was worked out from the length the document states.")
        return start[0], start[0] + length
    if end[0] < start[0]:
        return None
    return start[0], end[0]


# A day written right before a range, its year left out or not: "On March 19 between", "on 19 March, from".
_DAY_BEFORE = re.compile(
    r"\b(?:[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{3,9})"
    r"(?:,?[ \t]+\d{4})?,?[ \t]*$"
)


def _day_before(text: str, at: int, year: int | None) -> date | None:
    """The day written just before a range ("On March 19 between 14:55 and 16:48"): the range's, over the
    document's (a status page's postmortem, posted two days later, dated by its posting)."""
    found = _DAY_BEFORE.search(text[max(0, at - 40) : at]) if year is not None else None
    if found is None:  # with no year known, a day written without one is left to the document's day
        return None
    reading = read(found.group(0), default_year=year, date_only_ok=True)
    return reading.moment.date() if reading is not None and reading.has_date and not reading.has_time else None


# "just after 3pm", "shortly before 10:00": near a clock, which a reader takes for the time.
_NEAR = r"(?:just|shortly|soon|a[ \t]+little|not[ \t]+long)[ \t]+(?:after|before|past)"
# "began at", "started at", "went down just after", "beginning around": a start told in words; "the issue
# occurred on 3 May at 10:00 and lasted until 11:30" (an end told after it, or a length: a start alone is
# ``prose_start``'s, which does not take "occurred").
_START_PHRASE = re.compile(
    r"\b(?:began|begun|started|starting|beginning|start(?:s|ed)?|commenc(?:ed|ing)|occurr?ed|happened"
    r"|went[ \t]+(?:down|offline|dark))[ \t]+"
    rf"(?:{_NEAR}|at|around|about|on)?[ \t]*",
    re.IGNORECASE,
)
# "ended at", "until", "resolved at", "recovered by", "until we stopped it at": an end told in words, the
# clock right after the verb or a few plain words later.
_END_PHRASE = re.compile(
    r"\b(?:ended|ending|ends|until|resolved|recovered|restored|mitigated|stopped|finished|conclud(?:ed|ing)"
    r"|came[ \t]+back(?:[ \t]+(?:up|online))?)[ \t]+"
    rf"(?:(?:[A-Za-z'’-]+[ \t]+){{0,5}}?(?:at|by|around|about|{_NEAR})[ \t]+|(?:{_NEAR}|at|by|around|about|on)?[ \t]*)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def _start_and_end_in_a_clause(
    text: str, *, day: date | None, zone: tzinfo | None, year: int | None
) -> tuple[datetime, datetime] | None:
    """A start and an end told in one clause ("a second send started at 10:20 CEST and ran until we stopped
    it at 10:43 CEST"): that pair, over a start told alone before it ("The first send started at 10:00 as
    scheduled;")."""
    for match in itertools.islice(_START_PHRASE.finditer(text), 20):
        start = _after_phrase(_START_PHRASE, text[match.start() :], day=day, zone=zone, year=year)
        if start is None:
            continue
        rest = text[match.start() + start[1] :]
        clause = rest[: stop.start()] if (stop := _CLAUSE_END.search(rest)) else rest
        end = _after_phrase(_END_PHRASE, clause, day=start[0].date(), zone=start[0].tzinfo, year=year)
        if end is not None and end[0] >= start[0]:
            return start[0], end[0]
    return None


def _after_phrase(
    phrase: re.Pattern[str], text: str, *, day: date | None, zone: tzinfo | None, year: int | None
) -> tuple[datetime, int] | None:
    """The first moment right after ``phrase`` in ``text``, and where that moment ends."""
    for match in phrase.finditer(text):
        reading = read(text[match.end() :], default_date=day, default_zone=zone, default_year=year)
        if reading is not None and reading.has_time:
            return reading.moment, match.end() + reading.end
    return None


# A clock time in a line: a zone in parentheses after it is its zone.
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?[ \t]?[ap]\.?m\b|\b(?:noon|midnight)\b", re.IGNORECASE)


def window_zone(lines: Iterable[str]) -> tzinfo | None:
    """The zone written once after the incident's window, in prose or in parentheses ("from 14:25 to
    16:05 BST", "(14:25–16:05 BST)", "between 9:10 and 9:55 am PT"): the zone of the document's times
    written without one, when its other times name more than one zone (a vendor's "10:30 EDT"). Windows
    stated in two zones ("10:00–11:00 PDT (17:00–18:00 UTC)") name none."""
    found: dict[object, tzinfo] = {}
    starts = (
        match
        for line in itertools.islice(lines, 2000)
        if CLOCK.search(line[:2000])
        for pattern in (_RANGE_START, _BARE_RANGE)
        for match in pattern.finditer(line[:2000])
    )
    for match in itertools.islice(starts, 200):
        zone = _range_zone(match.string[match.end() :])
        if zone is not None:
            found.setdefault(getattr(zone, "key", None) or zone.utcoffset(None), zone)
    return next(iter(found.values())) if len(found) == 1 else None


def _range_zone(text: str) -> tzinfo | None:
    """The zone written after the second end of a range at the start of ``text``, or after both ends alike."""
    first = read(text, default_date=_ANY_DAY)
    if first is None or not first.has_time:
        return None
    join = _RANGE_JOIN.match(text, first.end)
    if join is None or join.end() == first.end:
        return None
    second = read(text[join.end() :], default_date=_ANY_DAY)
    if second is None or not second.has_time or not second.has_zone:
        return None
    if first.has_zone and first.zone_name != second.zone_name:
        return None  # "10:00 PDT to 18:00 UTC": each end its own zone
    return second.zone


_ANY_DAY = date(2000, 1, 3)
