"""Dates as people write them, read at a position in a text: the date half of ``app.timeparse``.

"2024-05-01", "31/01/2017", "May 1st, 2024", "1 May 2024", "14-Feb-2023", "2018 October 21",
"Tue 4/9" after a weekday, and "on 14 February" after a time. Plain regular expressions, each tried at
one position: the importer probes every line with them.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date

from app.compact_dates import compact_date
from app.east_asian_clocks import era_year
from app.misspelt_months import misspelt_month
from app.month_names_russian_turkish import MONTH_NUMBERS as RUSSIAN_TURKISH_MONTHS
from app.time_labels import MONTHS

MONTH_NUMBERS = {name.lower()[:size]: number for number, name in enumerate(MONTHS, 1) for size in (3, 9)} | {"sept": 9}
# A team writing in English may keep its own language's month names in dates ("2. März 2024", "5 mars 2024",
# "3 de mayo de 2024"): German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish and Indonesian ones,
# whole or cut short as each language does ("3 févr. 2026", "6 déc.", "7 ene.", "6 dic. 2026": French and Spanish
# cut short with a dot). Polish inflects them: "12 lutego 2026" (of February), "w lutym" (in February), with or
# without its letters' marks ("pazdziernika"); the longest, "października", is twelve letters.
# Only names no English word shares, or whose English twin is never written before a year ("mars", "mai").
_FOREIGN_MONTHS = {
    1: "januar jänner janvier janv enero ene gennaio janeiro januari styczeń styczen stycznia styczniu sty",
    2: "februar février fevrier févr fevr febrero febbraio fevereiro fev februari luty lutego lutym lut",
    3: "märz maerz mär mrz mars marzo março maart mrt marzec marca marcu maret",
    4: "avril avr abril abr aprile kwiecień kwiecien kwietnia kwietniu kwi",
    5: "mai mayo maggio maio mei maj maja maju",
    6: "juni juin junio giugno junho giu czerwiec czerwca czerwcu cze",
    7: "juli juillet juil juill julio luglio julho lug lipiec lipca lipcu",
    8: "août aout agosto ago augustus augusti agustus sierpień sierpien sierpnia sierpniu",
    9: "septembre septiembre settembre setembro wrzesień wrzesien września wrzesnia wrześniu wrzesniu wrz",
    10: "oktober okt octobre octubre ottobre outubro ott październik pazdziernik października pazdziernika"
    " październiku pazdzierniku paź",
    11: "novembre noviembre novembro listopad listopada listopadzie",
    12: "dezember dez décembre decembre déc desember diciembre dic dicembre dezembro grudzień grudzien grudnia grudniu"
    " gru",
}
MONTH_NUMBERS |= {name: number for number, names in _FOREIGN_MONTHS.items() for name in names.split()}
MONTH_NUMBERS |= RUSSIAN_TURKISH_MONTHS  # "27 января 2026", "3 Şubat 2026"

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

WEEKDAY = re.compile(
    r"(?P<weekday>monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)"
    r"\.?,?\s+",
    re.IGNORECASE,
)
AMPM_AHEAD = r"\s?[AaPp]\.?[Mm](?![A-Za-z])"
_DATE = re.compile(
    # 2024-05-01, 2024/05/01; "2023-01-04/11:34", a log's date and clock joined by a slash (any other slash after
    # the day is a path's or a range's: "2024-05-01/02")
    r"(?P<iy>\d{4})(?P<isep>[-/])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d|/(?!\d{1,2}:\d{2}))"
    # 2026年3月4日, 3月4日（水） (the Japanese and Chinese way: year, month and day marked by their characters, a
    # weekday in brackets after: "（水）", "(星期三)", "（周三）"); 令和8年3月4日 (a Japanese era's year);
    # 2026년 3월 4일 (화) (the Korean way, its own marks)
    r"|(?:(?:(?P<jy>\d{4})|(?P<era>令和|平成)[ \t]?(?P<ey>\d{1,2}|元))[ \t]?[年년][ \t]?)?"
    r"(?P<jm>\d{1,2})[ \t]?[月월][ \t]?(?P<jd>\d{1,2})[ \t]?[日일]"
    r"(?:[ \t　]?[（(](?:[月火水木金土日](?:曜日?)?|(?:星期|周|週)[一二三四五六日天]|[월화수목금토일](?:요일)?)[)）])?"
    # 2018 October 21 (year first, as some status pages write it)
    r"|(?P<yy>\d{4})\s+(?P<yname>[A-Za-z]{3,9})\.?\s+(?P<yday>\d{1,2})(?:st|nd|rd|th)?(?![\d:A-Za-z])"
    # 31/01/2017 (day first when the day is over 12), 01/31/2017, 1/2/2017 (month first: the US reading);
    # 11.01.2024 (dots: day first, as in Europe); 09-04-2024 (dashes: read as slashes are)
    r"|(?P<sa>\d{1,2})(?P<ssep>[/.-])(?P<sb>\d{1,2})(?P=ssep)(?P<sy>\d{4})(?![\d/.-]\d)"
    # May 1, 2024 / May 1st / January 1, 1 (the year never being the hour of a following time)
    # ("March 3, 2024: text": a colon after the date is the text's, one before digits an hour's)
    # October the 2nd, 2024 (the day an ordinal then)
    # ("Nov, 5, 2023, 22:15": a comma typed after the month's name, the name then a month's own)
    r"|(?P<mname>[^\W\d_]{3,12})\.?(?P<mncomma>,)?\s+(?:(?P<mthe>the)\s+)?(?P<mday>\d{1,2})(?P<mth>st|nd|rd|th)?(?![\dA-Za-z]|:\d)"
    rf"(?:(?P<mcomma>\s*,\s*|\s+of\s+(?=\d{{4}})|\s+)(?P<myear>\d{{1,4}})(?![\dA-Za-z]|:\d|[.,]\d|{AMPM_AHEAD}))?"
    # 15Sep94, 03MAR2021 (day, month and year run together, as forms and military logs write them); 3-Mar-21
    # (a two-digit year only so, with the month's three letters between dashes)
    r"|(?P<cday>\d{1,2})(?P<cname>[A-Za-z]{3})(?P<cyear>\d{2}|\d{4})(?![\dA-Za-z]|:\d)"
    r"|(?P<hday>\d{1,2})-(?P<hname>[A-Za-z]{3})-(?P<hyear>\d{2})(?![\dA-Za-z]|:\d|-\d)"
    # 06/May/2022 (a web server's log stamps the day so, and people copy it): the month's name between slashes,
    # the year of four digits after it
    r"|(?P<lday>\d{1,2})/(?P<lname>[A-Za-z]{3,9})/(?P<lyear>\d{4})(?![\dA-Za-z/]|:\d{2}:)"
    # 1 May 2024 / 4th March / 14-Feb-2023 / 2. März 2024 (the German way, with its year) / 3 de mayo de 2024
    # / 2nd of October 2024 (the British way, an ordinal and "of")
    r"|(?P<dday>\d{1,2})(?:(?P<dth>st|nd|rd|th)|(?P<ddot>\.))?(?P<dsep>\s+(?:de\s+|(?P<dof>of)\s+)?|-)"
    r"(?P<dname>[^\W\d_]{3,12})\.?"
    r"(?:(?:,?\s+(?:de\s+)?|-)(?P<dyear>\d{4})(?![\dA-Za-z]|:\d))?"
)
_CLOCK_AHEAD = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d{2}")
_CLOCK_AFTER_A_COMMA = re.compile(r"[ \t]*,[ \t]*\d{1,2}:\d{2}")
# The editor's own "January 1, 1, 00:00": its clock of two digits a side, no am or pm after it.
_EDITOR_TIME_AHEAD = re.compile(r"\s*,\s*\d{2}:\d{2}(?!\d|\s?[AaPp]\.?[Mm](?![A-Za-z]))")
# "4/9" with no year: a date only after a weekday ("Tue 4/9"); alone it is as often a ratio or a score.
MONTH_SLASH_DAY = re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\d/])")
# The date after a time written without one: "21:04 UTC on 14 February", "14:03 UTC, May 1, 2024".
# "14:00 on the 3rd of October": "the" before an ordinal day.
_SPACE_AFTER = re.compile(r"[ \t]{1,3}(?=\d)")
_DATE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:on[ \t]+)?|[ \t]+on[ \t]+)(?:the[ \t]+(?=\d))?", re.IGNORECASE)


# Whether "01/12/2023" is the 1st of December: set while a document is read that writes its slashed dates day
# first where that cannot be mistaken ("30/11/2023"), as British and European reports do.
SLASH_DATES_DAY_FIRST: ContextVar[bool] = ContextVar("slash_dates_day_first", default=False)


def date_at(text: str, position: int, default_year: int | None) -> tuple[date, int, bool] | None:
    """A date at ``position``: the date, where it ends, and whether the year was written."""
    match = _DATE.match(text, position)
    if match is None:
        return None
    groups = match.groupdict()
    iso_year, iso_month, iso_day = groups["iy"], groups["im"], groups["id"]
    mname, mday, myear = groups["mname"], groups["mday"], groups["myear"]
    dday, dsep, dname, dyear = groups["dday"], groups["dsep"], groups["dname"], groups["dyear"]
    end = match.end()
    if groups["yy"] is not None:
        month = MONTH_NUMBERS.get(groups["yname"].lower()) or misspelt_month(groups["yname"])
        if month is None:
            return None
        year, day, written = int(groups["yy"]), int(groups["yday"]), True
    elif groups["sa"] is not None:
        first, second = int(groups["sa"]), int(groups["sb"])
        day_first = first > 12 or groups["ssep"] == "." or (second <= 12 and SLASH_DATES_DAY_FIRST.get())
        month, day = (second, first) if day_first else (first, second)
        year, written = int(groups["sy"]), True
    elif groups["jm"] is not None:
        month, day = int(groups["jm"]), int(groups["jd"])
        written = groups["jy"] is not None or groups["era"] is not None
        if groups["jy"] is not None:
            year = int(groups["jy"])
        elif groups["era"] is not None:
            year = era_year(groups["era"], groups["ey"])
        elif default_year is not None:
            year = default_year
        else:
            return None
    elif groups["lday"] is not None:
        month = MONTH_NUMBERS.get(groups["lname"].lower())
        if month is None:
            return None
        year, day, written = int(groups["lyear"]), int(groups["lday"]), True
    elif groups["cday"] is not None or groups["hday"] is not None:
        found = compact_date(
            groups["cday"] or groups["hday"], groups["cname"] or groups["hname"], groups["cyear"] or groups["hyear"]
        )
        return (found, end, True) if found is not None else None
    elif iso_year is not None:
        year, month, day, written = int(iso_year), int(iso_month), int(iso_day), True
    else:
        month = MONTH_NUMBERS.get((mname or dname).lower())
        if groups["mncomma"] and (month is None or not (myear or _CLOCK_AHEAD.match(text, end))):
            return None  # "However, 5 servers", "In May, 5 servers": a word and its comma, no date
        if month is None and not (myear or dyear):
            return None
        if (groups["mthe"] and not groups["mth"]) or (groups["dof"] and not groups["dth"]):
            return None  # "May the 4 of us", "2 of March's tasks": "the" and "of" go with an ordinal ("the 2nd").
        day = int(mday or dday)
        year_text = myear or dyear
        if dsep == "-" and not year_text:
            return None  # "14-Feb" alone is more likely a range or a code than a date.
        if groups["ddot"] and not year_text:
            return None  # "2. March" alone is as likely a numbered list's item as a date.
        editors = not groups["mth"] and (end == len(text) or _EDITOR_TIME_AHEAD.match(text, end))
        if year_text and len(year_text) < 4 and not editors:
            # "March 4, 10 engineers": a short year only in the editor's own "January 1, 1, 00:00". "February 24th,
            # 15, 9:21 PM": a number in the year's place, a clock after it, and no year 15 meant; the day and
            # the clock are read, the year is the document's.
            year_text = None
            if not _CLOCK_AFTER_A_COMMA.match(text, end):
                end = match.start("mcomma")
        written = bool(year_text)
        if month is None:
            # "Octuber 1, 2021": a slip in the month's name, read only in a whole date (its day and year written)
            month = misspelt_month(mname or dname) if year_text else None
            if month is None:
                return None
        if year_text:
            year = int(year_text)
        elif default_year is not None:
            year = default_year
        else:
            return None
    try:
        return date(year, month, day), end, written
    except ValueError:
        return None


def month_slash_day_at(text: str, position: int, default_year: int | None) -> tuple[date, int, bool] | None:
    """ "4/9" after a weekday ("Tue 4/9"): April 9 (day first when the first number is over 12)."""
    match = MONTH_SLASH_DAY.match(text, position)
    if match is None or default_year is None:
        return None
    first, second = int(match["first"]), int(match["second"])
    day_first = first > 12 or (second <= 12 and SLASH_DATES_DAY_FIRST.get())  # as the document writes its dates
    month, day = (second, first) if day_first else (first, second)
    try:
        return date(default_year, month, day), match.end(), False
    except ValueError:
        return None


def date_after(text: str, position: int, default_year: int | None) -> tuple[date, int] | None:
    """The date written after a time ("on 14 February", ", Tuesday May 1"), and where it ends."""
    joint = _DATE_AFTER.match(text, position)
    if joint is None:
        # "2 a.m 17/01/2021": a whole date (its year written) right after the clock, a space between
        spaced = _SPACE_AFTER.match(text, position)
        found = date_at(text, spaced.end(), None) if spaced is not None else None
        return (found[0], found[1]) if found is not None and found[2] else None
    weekday = WEEKDAY.match(text, joint.end())
    found = date_at(text, weekday.end() if weekday else joint.end(), default_year)
    return (found[0], found[1]) if found is not None else None
