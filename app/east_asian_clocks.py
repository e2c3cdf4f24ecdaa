"""Clocks as Japanese, Chinese and Korean write them: "午後2時30分", "下午2点05分", "오후 2시 5분".

The half of the day, when written, comes before the hour ("午後", "下午", "오후"); the hour and the
minute are marked by their characters ("時"/"时"/"点"/"시", "分"/"분"), a half hour by "半"/"반".
``CLOCK`` is a piece of ``app.timeparse``'s clock pattern; ``written_as_digits`` rewrites such clocks
(and a Japanese era's year) the way the English readers of prose windows read them: "14:30", "2026年".
"""

from __future__ import annotations

import re

MORNING = ("午前", "上午", "早上", "凌晨", "오전")
AFTERNOON = ("午後", "下午", "中午", "晚上", "傍晚", "오후")

CLOCK = (
    rf"(?:(?P<cjkap>{'|'.join(MORNING + AFTERNOON)})[ \t]?)?(?:"
    # Not "3時間" (three hours), "24시간": the character after the hour's says it is a length.
    r"(?P<cjkh>\d{1,2})[ \t]?(?P<cjkunit>[時时点點시])(?![間间간])"
    r"(?:[ \t]?(?P<cjkm>\d{1,2})[ \t]?[分분](?:[ \t]?(?P<cjks>\d{1,2})[ \t]?[秒초])?|(?P<cjkmm>[0-5]\d)(?!\d)"
    r"|[ \t]?(?P<cjkhalf>[半반]))?(?P<cjkwhole>[整钟鐘])?"
    # "午後2:30", "下午 2:30": a clock in digits after the half of the day.
    r"|(?P<cjkch>\d{1,2}):(?P<cjkcm>[0-5]\d))"
)
_CLOCK = re.compile(CLOCK)

# The first year of each Japanese era still written in dates: 令和8年 is 2026 (its first year, 2019, is "元年").
ERA_FIRST_YEARS = {"令和": 2019, "平成": 1989}
_ERA_YEAR = re.compile(r"(?P<era>令和|平成)[ \t]?(?P<year>\d{1,2}|元)[ \t]?年")


def is_clock(match: re.Match[str]) -> bool:
    """Whether ``match`` (of a pattern holding ``CLOCK``) matched an East Asian clock."""
    return match["cjkh"] is not None or match["cjkch"] is not None


def clock_parts(match: re.Match[str]) -> tuple[int, int, int] | None:
    """Hour, minute and second of the East Asian clock ``match`` holds, or ``None`` when it is none.

    "3点" alone is as often "three points" as three o'clock: 点 counts as a clock only with its minutes, a
    half of the day before it or 整/钟 after it.
    """
    if not is_clock(match):
        return None
    half_of_day = match["cjkap"]
    if match["cjkch"] is not None:
        if half_of_day is None:
            return None  # "2:30" alone is the plain clock patterns' to read
        hour, minute, second = int(match["cjkch"]), int(match["cjkcm"]), 0
    else:
        hour = int(match["cjkh"])
        minutes = match["cjkm"] or match["cjkmm"]
        minute = 30 if match["cjkhalf"] else int(minutes) if minutes else 0
        second = int(match["cjks"] or 0)
        if match["cjkunit"] in "点點" and not (minutes or match["cjkhalf"] or half_of_day or match["cjkwhole"]):
            return None
    if half_of_day is not None and hour <= 12:
        hour = hour % 12 + (0 if half_of_day in MORNING else 12)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def era_year(era: str, year: str) -> int:
    """The Western year of a Japanese era's year ("令和", "8" is 2026; "元" is the era's first)."""
    return ERA_FIRST_YEARS[era] + (1 if year == "元" else int(year)) - 1


def letter(character: str) -> bool:
    """Kana, a Han character or a Hangul syllable: Japanese, Chinese and Korean run text on from a time
    with no space ("14:05監視アラート", "14時18分に"), so one is no sign of a time glued to a word."""
    code = ord(character)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF


def written_as_digits(text: str) -> str:
    """``text`` with its East Asian clocks written "14:30" and its era years "2026年"."""
    if text.isascii():
        return text
    text = _ERA_YEAR.sub(lambda match: f"{era_year(match['era'], match['year'])}年", text)
    return _CLOCK.sub(_as_digits, text)


def _as_digits(match: re.Match[str]) -> str:
    parts = clock_parts(match)
    if parts is None:
        return match.group()
    hour, minute, _second = parts
    return f"{hour:02d}:{minute:02d}"
