"""Labels people write before a value ("**Severity:** SEV-2", "Owner: Ana"), and reading their values."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta, tzinfo

from app.formats.markdown_read.document_zones import zone_in_statement
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.names_chinese_korean import severity_level as east_asian_severity
from app.formats.markdown_read.names_other_languages import LABELS as OTHER_LANGUAGES
from app.formats.markdown_read.names_other_languages import SEVERITY_WORDS as OTHER_SEVERITY_WORDS
from app.formats.markdown_read.relative_times import with_moments
from app.formats.markdown_read.remarked_moment import moment_before_remark
from app.formats.markdown_read.tokens import split_label, without_bold
from app.formats.markdown_read.window import find_range_in_prose, read_range, written_clocks
from app.formats.markdown_read.window_label_forms import names_a_time, zone_in_label
from app.timefmt import parse_timestamp
from app.timeparse import read

AUTHOR_LABELS = (
    *("authors", "author", "author(s)", "written by"),
    *("written up by", "filed by", "submitted by"),  # a short note's "Filed by: Ana Petrescu": who wrote it
    # A retrospective's facilitator writes it up.
    "facilitator",
    "facilitated by",
    "owners",
    "postmortem owner",
    "prepared by",
    *("report prepared by", "report written by", "postmortem prepared by", "post-mortem prepared by"),
    "prepared",  # "Prepared:  M. Kowal, J. Amir" on a report's cover lines
    "owner",  # the document's owner, above its sections (a task's owner is read with the task)
    *("document author", "document authors", "editors"),
    *("postmortem author", "postmortem authors", "post-mortem author", "post-mortem authors"),
    "report author",
    "summary author",  # the incident commander's pinned summary in a chat channel
    "posted by",  # a Slack post's sender, as its copy from the chat's window names it (``slack_poster``)
    *("report authors", "retrospective author", "retrospective authors", "created by", "document owner"),
    "write-up",
    "contributors",  # a Notion page's property: who wrote it
    "write-up by",
    "writeup",
    "facilitator and write-up",
    *OTHER_LANGUAGES["authors"],
)
SERVICE_LABELS = ("service", "services", "service(s)", "affected service", "affected services", "affected service(s)")
SERVICE_LABELS += ("product", "affected product", "system", "service concerned", "services concerned")
# A tracker's "Component/s: search-indexer" (or its form's "Component/Service") names the service.
SERVICE_LABELS += ("component", "components", "component/s", "affected component", "affected components")
SERVICE_LABELS += ("component/service", "service/component", "service affected", "services affected", "system affected")
SERVICE_LABELS += OTHER_LANGUAGES["service"]  # "Betroffener Dienst:", "Servicio afectado:"
START_LABELS = (
    *("start time", "start-time", "start_time"),  # "Start-time:", "start_time:" as forms and templates name it
    "start",
    *("started", "time of start"),  # "Time of Start: …", the words turned round
    *("began", "beginning", "beginning of incident"),  # "Beginning:", as a French writer says "Début"
    "incident start",
    "outage start",
    "start of incident",
    "impact start",
    "incident began",
    # A status page's downtime log: "Down: 15:21 UTC (+/- 5 minutes)" over "Up: 15:38 UTC".
    *("down", "went down", "down at", "down since"),
    *OTHER_LANGUAGES["start"],  # "Beginn:", "Début :", "Inicio:"
)
END_LABELS = (
    *("end time", "end-time", "end_time"),
    "end",
    *("ended", "time of end"),
    "resolved",
    "incident end",
    "outage end",
    "end of incident",
    "impact end",
    "resolved at",
    "incident resolved",
    *("up", "back up", "up at", "up again"),
    # "Resolved on …" as other languages say it, the word for "at" or "on" kept: "Resolvido em: 2026-02-21 11:20".
    *("resolved on", "resolvido em", "resolvido às", "resuelto el", "resuelto a las", "résolu le", "résolu à"),
    *("behoben am", "behoben um", "risolto il", "risolto alle"),
    *OTHER_LANGUAGES["end"],
)
OWNER_LABELS = ("owner", "owners", "assignee", "assigned to", "who", "responsible", "action owner")
# "Responsible person: R. Diaz", "DRI: Sam", "Accountable: Head of Payments": the owner in other words.
OWNER_LABELS += ("responsible person", "person responsible", "responsible party", "dri", "accountable", "owned by")
OWNER_LABELS += OTHER_LANGUAGES["owner"]  # "Verantwortlich:", "Zuständig:", "Responsable :"
DUE_LABELS = (
    "due",
    "due date",
    "deadline",
    "by",
    "due by",
    "due on",
    "target date",
    "target",
    "target completion",
    "target completion date",
    "eta",
    "when",
    "by when",
    *OTHER_LANGUAGES["due"],  # "bis 22.03.2024", "fällig: Freitag", "échéance :"
)
STATUS_LABELS = ("status", "state", *OTHER_LANGUAGES["status"])
LINK_LABELS = ("link", "ticket", "bug", "issue", "url", "tracking")

# "Incident priority: 1 (critical)", "Priority level: P2": the incident's own priority, as its header states it
PRIORITY_LABELS = ("priority", "incident priority", "priority level", "incident priority level")
SEVERITY_LABELS = (
    *("severity", "sev", "impact level", "incident severity", "severity level", "incident severity level"),
    *PRIORITY_LABELS,
    *OTHER_LANGUAGES["severity"],
)
# "Priority" stands in for a severity only when the document writes no severity itself.
_LEVEL = r"(?:sev(?:erity)?|s|p|priority)?[ \t-]*([1-4])"
_SEVERITY = re.compile(_LEVEL, re.IGNORECASE)
# The words of the common severity scales (ServiceNow's "1 - Critical" to "4 - Low", Jira's "Critical, Major"):
SEVERITY_WORDS = {
    "critical": 1,
    "highest": 1,  # Jira's priorities: Highest, High, Medium, Low, Lowest
    "urgent": 1,
    "blocker": 1,
    "high": 2,
    "major": 2,
    "medium": 3,
    "moderate": 3,
    # Jira's older scale (Blocker, Critical, Major, Minor, Trivial): minor is the one above the lowest
    "minor": 4,
    "trivial": 4,
    "low": 4,
    "lowest": 4,
    **OTHER_SEVERITY_WORDS,  # "wysoka", "kritisk"
}
# "High", "SEV2 (major)", "1 - Critical", "P3: Moderate": a word of a scale, after its number or alone.
_SEVERITY_NAMED = re.compile(
    r"(?:(?:sev(?:erity)?|p|priority)?[ \t-]*([1-4])[ \t]*(?:[-–—:/(][ \t]*)?)?([^\W\d_]+)\)?", re.IGNORECASE
)
# "2 (degraded, revenue-affecting)", "Sev 2 – Major customer impact": the level first, then words about it.
_LEADING_LEVEL = re.compile(_LEVEL + r"(?!\w|[.:]\d)[ \t]*(?:[-–—:/(,][ \t]*)?\S", re.IGNORECASE)
# "Major (P2)", "Critical - Sev 1": a word of a scale, then its number (which is the level, as after it).
_NAMED_THEN_LEVEL = re.compile(
    r"([^\W\d_]+)[ \t]*(?:\([ \t]*" + _LEVEL + r"[ \t]*\)|[-–—/:][ \t]*" + _LEVEL + ")", re.I
)
# "Critical - whole site down", "HIGH: payments failing": a scale's word first, then what it meant, after a mark.
_WORD_THEN_WORDS = re.compile(r"([^\W\d_]+)[ \t]*[-–—:(][ \t]*[^\W\d_]")
# "🟠 P2", "🔴 Critical": a coloured mark before the level is decoration.
_MARK = re.compile(r"^[^\w(]+")


def without_mention(name: str) -> str:
    """ "@Harriet Cole", "@bkowal", Mozilla's ":bhughes": a mention of a person, as the name."""
    name = name.strip()
    return name[1:].strip() if name[:1] in "@:" and len(name) > 1 and name[1].isalnum() else name


def severity_of(value: str, notes: list[str] | None = None) -> str | None:
    """``SEV-2``, ``Sev 2``, ``S2``, ``P1``, ``2``, ``High``, ``SEV2 (major)`` (also in bold or backticks)
    as ``SEV2``; ``None`` for anything else.

    The whole value must be the severity: "SEV2 (caused by the cache)" is
    ``None`` here, or its words would be lost (``severity_reading`` reads its level).
    A word alone is read on the common scale and said so in ``notes``, since teams' scales differ.
    """
    level, whole = severity_reading(value, notes)
    return level if whole else None


def severity_reading(value: str, notes: list[str] | None = None) -> tuple[str | None, bool]:
    """The level a severity value states, and whether that is all it says.

    "2 (degraded, revenue-affecting)" is ``("SEV2", False)``: the level comes
    first and the words after it describe it; a caller keeps them as written.
    """
    if scoped := _SCOPED_SEVERITY.fullmatch(value.strip().strip("*_`").strip()):  # GitLab's label: "~severity::2"
        return f"SEV{scoped.group(1)}", True
    text = _MARK.sub("", value.strip().strip("*_`").strip()).strip("*_`").strip()
    if match := _SEVERITY.fullmatch(text):
        return f"SEV{match.group(1)}", True
    named = _SEVERITY_NAMED.fullmatch(text)
    level = SEVERITY_WORDS.get(named.group(2).casefold()) if named else None
    if named is not None and level is not None:
        if named.group(1):  # the number written is the level, whatever the word beside it says
            return f"SEV{named.group(1)}", True
        if notes is not None:
            notes.append(f"The severity “{text}” was read as SEV{level}; check it on the Overview page")
        return f"SEV{level}", True
    if (
        len(text) <= 60
        and (then_level := _NAMED_THEN_LEVEL.fullmatch(text))
        and then_level.group(1).casefold() in SEVERITY_WORDS
    ):
        return f"SEV{then_level.group(2) or then_level.group(3)}", True
    if leading := _LEADING_LEVEL.match(text):
        return f"SEV{leading.group(1)}", False
    if (worded := _WORD_THEN_WORDS.match(text)) and (level := SEVERITY_WORDS.get(worded.group(1).casefold())):
        if notes is not None:  # "Critical - whole site down": a scale's word, then words about it, kept
            notes.append(f"The severity “{worded.group(1)}” was read as SEV{level}; check it on the Overview page")
        return f"SEV{level}", False
    if (east_asian := east_asian_severity(text)) is not None:  # "二级", "P0", "2등급 (Sev-2)"
        level, rest = east_asian
        restated = not rest or severity_of(rest.strip("()（）")) == f"SEV{level}"
        return f"SEV{level}", restated
    return None, False


# GitLab's scoped labels: ~"severity::2"; a tracker's plain labels: "postmortem sev2", "severity-1".
_SCOPED_SEVERITY = re.compile(r"~\"?severity::[ \t]*([1-4])\b\"?", re.IGNORECASE)
_LABELLED_SEVERITY = re.compile(r"(?<![\w-])sev(?:erity)?[-_]?([1-4])(?![\w-])", re.IGNORECASE)


# A label naming the level in a word: "severity: high", "severity/critical", ~"severity::major".
_WORDED_SEVERITY = re.compile(
    r"(?<![\w-])sev(?:erity)?[ \t]*(?:::|[:/=_-])[ \t]*(?P<word>[a-z]{3,8})(?![\w-])", re.IGNORECASE
)


def scoped_severity(value: str) -> str | None:
    """The level of a GitLab ``~"severity::2"`` label, or of a ``sev2`` or ``severity: high`` label, among a
    line of labels."""
    value = value[:2000]
    found = _SCOPED_SEVERITY.search(value) or _LABELLED_SEVERITY.search(value)
    if found is not None:
        return f"SEV{found.group(1)}"
    worded = _WORDED_SEVERITY.search(value)
    level = SEVERITY_WORDS.get(worded.group("word").lower()) if worded else None
    return f"SEV{level}" if level else None


# Labels of an impact window ("**Impact:** 09:02–10:47 CET"); their value is a window only when it reads as one.
IMPACT_WINDOW_LABELS = ("impact", "customer impact", "user impact", "impact period", "period of impact")
WINDOW_LABELS = (
    *("duration", "impact window", "incident window", "outage window", "window", "time window", "total duration"),
    *("duration of outage", "duration of the outage", "outage duration", "incident duration", "duration of incident"),
    "duration of the incident",
    "when",  # "When: Saturday March 14, 2026 9:38 PM ET to …" (read only when the value is a window)
    # As clinics and IT service desks label it: "Downtime period: 0745 – 1020 hrs".
    *("downtime period", "downtime window", "period of downtime", "outage period", "incident period", "downtime"),
    *OTHER_LANGUAGES["duration"],  # "Dauer: 14:05 – 15:40 Uhr"
)


# The words a duration line restates its window with, besides times, dates, zones and numbers.
_RESTATING_TEXT = (
    "the outage incident issue downtime disruption it service lasted persisted occurred happened ran went was"
    " were for a an total of about approximately approx around roughly nearly almost over just some exactly"
    " precise precisely from to until till through between and starting started beginning began begun"
    " commencing commenced ending ended concluding concluded finishing finished at on in by hour hours hr hrs h"
    " minute minutes min mins m second seconds s day days st nd rd th am pm a.m p.m noon midnight"
)
RESTATING_WORDS = frozenset(_RESTATING_TEXT.split())
_MONTHS_AND_DAYS_TEXT = (
    "january february march april may june july august september october november december jan feb mar apr jun jul"
    " aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
    " thurs fri sat sun"
)
_MONTHS_AND_DAYS = frozenset(_MONTHS_AND_DAYS_TEXT.split())
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")


def _told_window(draft: Draft, value: str) -> bool:
    """A duration told in a sentence ("Duration: The outage occurred on 6 November 2023, from 10:00 AM to
    10:45 AM (UTC)"): its window is the incident's when none is known yet, and the line, saying nothing more,
    is read whole."""
    summary = draft.summary
    day = _day_told(value) or draft.day
    found = find_range_in_prose(value, day=day, zone=draft.zone, year=_year(draft), notes=draft.notes)
    if found is None:
        found = _range_anywhere(draft, value, day)
    if found is None:
        return False
    if summary.start is None and summary.end is None:
        summary.start, summary.end = found
    return (summary.start, summary.end) == found and only_restates(value, found[1] - found[0])


# Where a range may start in a duration's words: a word or a number not glued to the one before.
_WORD_START = re.compile(r"(?<![\w:.])\w")


def _range_anywhere(draft: Draft, value: str, day: date | None) -> tuple[datetime, datetime] | None:
    """ "Duration: 3 hours and 5 minutes — Saturday 15 March 2025, 09:40 to 12:45 (GMT)": in a duration's
    value a range is the window wherever it stands, with the date written before it."""
    value = " ".join(value[:500].split())
    for start in itertools.islice(_WORD_START.finditer(value), 80):
        found = read_range(value[start.start() :], day=day, zone=draft.zone, year=_year(draft), notes=[])
        if found is not None:
            return found[0], found[1]
    return None


def _day_told(value: str) -> date | None:
    """The date a sentence names ("on 6 November 2023", "November 6, 2023"), if it names one."""
    reading = read(value, default_date=None, whole=False)
    return reading.moment.date() if reading is not None and reading.has_date else None


# A length stated beside the window: "(48 minutes)", "lasted 1 hour and 45 minutes", "(7.5 hours)".
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b", re.IGNORECASE)


def only_restates(value: str, length: timedelta) -> bool:
    """Whether ``value`` says nothing but a window ``length`` long: times, dates, zones, numbers, the words
    that join them, and a length that agrees (one that does not is worth keeping: the reader should see it)."""
    if len(value) > 500:
        return False
    for word in _WORD.findall(value):
        folded = word.casefold()
        zone_like = word.isupper() and len(word) <= 5  # "UTC", "WAT", "PST", "CEST"
        if folded not in RESTATING_WORDS and folded not in _MONTHS_AND_DAYS and not zone_like:
            return False
    stated = [
        timedelta(hours=float(number)) if unit[0].lower() == "h" else timedelta(minutes=float(number))
        for number, unit in _LENGTH.findall(value)
    ]
    return not stated or abs(sum(stated, timedelta()) - length) <= timedelta(minutes=1)


def read_window_label(draft: Draft, head: str) -> bool:
    """A "Start: <time>", "End: <time>" or "Duration: <time> to <time>" line as the incident's window.

    Returns whether the whole line was read (then it need not be kept); a duration followed by more words
    ("(48 minutes)") still gives the window, and its line stays as written."""
    key, value = zone_in_label(*(split_label(head) or ("", "")), START_LABELS + END_LABELS)  # "Start (UTC): …"
    summary = draft.summary
    if (key in WINDOW_LABELS + IMPACT_WINDOW_LABELS or names_a_time(key)) and value:
        value = with_moments(written_clocks(value, dotted=True), draft.anchor)  # "T−25m to T+1h05m"
        found = read_range(value, day=draft.day, zone=draft.zone, year=_year(draft), notes=draft.notes)
        if found is None:
            return key in WINDOW_LABELS and _told_window(draft, value)
        start, end, used = found
        if key in IMPACT_WINDOW_LABELS or (summary.start is None and summary.end is None):
            # "Customer impact: 08:09 – 10:31" is the window itself: it wins over "Detected" and "Resolved".
            summary.start, summary.end = start, end
        if key not in WINDOW_LABELS + IMPACT_WINDOW_LABELS:
            return False  # "Nap-Time: 08:10 to 09:55": the window, its playful name kept as written
        if not value[used:].strip(" .;,"):
            return True
        # "Duration: The outage lasted 45 minutes, from 10:00 AM to 10:45 AM (UTC) on 6 November 2023" says
        # nothing the start and end do not: a careful reader does not keep it a second time.
        used_here = (summary.start, summary.end) == (start, end)
        return key in WINDOW_LABELS and used_here and only_restates(value, end - start)
    name = "start" if key in START_LABELS else "end" if key in END_LABELS else None
    if name is None or getattr(summary, name) is not None:
        return False
    default_day = summary.start.date() if name == "end" and summary.start else draft.day
    value = without_bold(value).strip().strip("*_`").strip()  # "**Oct 22nd 2022 9:00 AM** (EAT)"
    zone = draft.zone
    if (named := _ZONE_IN_PARENTHESES.fullmatch(value)) and (said := zone_in_statement(f"({named['zone']})")):
        value, zone = named["moment"], said  # "7:45 PM (Nairobi time, EAT)": the zone, as a reader says it
    elif named and (restated := _restated_moment(named["moment"], named["zone"], default_day, zone, _year(draft))):
        # "오후 11시 52분 (23:52 KST)": one moment, told twice, its zone the second time
        setattr(summary, name, restated)
        return True
    reading = read(
        value, default_date=default_day, default_zone=zone, default_year=_year(draft), notes=draft.notes, whole=True
    )
    if reading is None and (remarked := moment_before_remark(value, default_day, zone, _year(draft))) is not None:
        setattr(summary, name, remarked)  # "31 Dec 2026, 23:59 UTC (first failures at 00:00:04)": remark kept
        return False
    told = _TOLD_AFTER.match(value[:200]) if reading is None else None
    if told is not None:
        # "End: 14:51 UTC, when the cache was repopulated.": the time, then what made it the end. The words
        # stay as written (the line is not taken); the time is the end.
        said = read(told["moment"], default_date=default_day, default_zone=zone, default_year=_year(draft), whole=True)
        if said is not None and said.has_time:
            setattr(summary, name, said.moment)
            return False
    if reading is None or not reading.has_time:
        moment = parse_timestamp(value, default_date=draft.day)  # the editor's own form, as before
        if moment is None:
            return False
    else:
        moment = reading.moment
    setattr(summary, name, moment)
    return True


def _restated_moment(
    moment: str, restated: str, day: date | None, zone: tzinfo | None, year: int | None
) -> datetime | None:
    """The moment of "2026년 4월 7일 오후 11시 52분 (23:52 KST)": a date and a time, then the same clock again in
    parentheses with its zone; ``None`` unless both read whole and the clocks agree."""
    outer = read(moment, default_date=day, default_zone=zone, default_year=year, whole=True)
    if outer is None or not outer.has_time:
        return None
    inner = read(restated, default_date=outer.moment.date(), default_zone=zone, default_year=year, whole=True)
    if inner is None or not inner.has_time or not inner.has_zone:
        return None
    same_clock = (inner.moment.hour, inner.moment.minute) == (outer.moment.hour, outer.moment.minute)
    return outer.moment.replace(tzinfo=inner.moment.tzinfo) if same_clock else None


# A time, then a clause about it after a comma or a dash: "14:51 UTC, when …", "09:12 – after the rollback".
_TOLD_AFTER = re.compile(r"(?P<moment>[^,;–—(]{3,60}?)[ \t]*(?:[,;]|[ \t][-–—(])[ \t]*\S")  # "(reconstructed …)" too
_ZONE_IN_PARENTHESES = re.compile(r"(?P<moment>.+?)[ \t]*\((?P<zone>[^()]{1,60})\)")


def _year(draft: Draft) -> int | None:
    return draft.day.year if draft.day else None
