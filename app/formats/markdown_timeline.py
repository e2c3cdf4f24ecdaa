"""Reading a Timeline section: the reference's kind groups, "HH:MM text" lines, tables.

The reference layout groups events by kind under bold labels, with a date
alone followed by the text for a timed event; other templates write one line
per event with its time in front (the Google SRE book's layout, with
**OUTAGE BEGINS** markers), or a table. All three are read here; lines that
fit none of them stay in the section's leftovers, word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from app.formats.markdown_export import leading_time
from app.formats.markdown_lines import (
    Item,
    Reader,
    Section,
    heading_of,
    is_table_line,
    name_key,
    parse_items,
    parse_table,
    split_label,
    take_table,
)
from app.model import EventKind
from app.timefmt import parse_date, parse_timestamp

_KINDS: dict[str, EventKind] = {}
for _kind, _names in {
    EventKind.DETECTION: ["detection", "detected", "detections"],
    EventKind.ACTION: ["actions taken", "action taken", "actions", "action", "response"],
    EventKind.MISLEADING: ["misleading paths", "misleading path", "misleading", "red herrings", "dead ends"],
    EventKind.ESCALATION: ["escalation", "escalations", "escalated"],
    EventKind.RESOLUTION: ["resolution", "resolved", "recovery"],
    EventKind.NOTE: ["notes", "note", "other"],
}.items():
    for _name in _names:
        _KINDS[_name] = _kind


# --------------------------------------------------------------------------- timeline


@dataclass
class _Clock:
    """The day and zone that times written alone (``14:51``) belong to."""

    day: date | None
    zone: tzinfo | None

    def moment(self, text: str) -> Any:
        return parse_timestamp(text, default_date=self.day, default_zone=self.zone)

    def leading(self, text: str) -> tuple[Any, str] | None:
        return leading_time(text, default_date=self.day, default_zone=self.zone)


# "2015-10-21 (all times UTC)": the day (and zone) of the "HH:MM text" lines below it.
_DAY_LINE = re.compile(
    r"[ \t]*\**(?P<date>[^(*]{6,40}?)\**[ \t]*"
    r"(?:\((?:all[ \t]+)?times?[ \t]+(?:in[ \t]+)?(?P<zone>[^)]{1,12})\))?[ \t]*:?",
    re.IGNORECASE,
)


def _infer_kind(text: str) -> EventKind:
    lower = text.lower()
    if "outage ends" in lower or "outage mitigated" in lower or "resolved" in lower:
        return EventKind.RESOLUTION
    if "escalat" in lower:
        return EventKind.ESCALATION
    if "alert" in lower or "paged" in lower or "detected" in lower:
        return EventKind.DETECTION
    return EventKind.NOTE


def read_timeline(reader: Reader, section: Section) -> None:
    start = reader.data["summary"].get("start")
    clock = _Clock(start.date() if start else reader.day, start.tzinfo if start else None)
    events: list[dict[str, Any]] = reader.data["timeline"]
    leftover: list[str] = []
    entries = parse_items(section.lines)
    current: EventKind | None = None
    index = 0
    while index < len(entries):
        entry = entries[index]
        index += 1
        if isinstance(entry, str):
            if not entry.strip():
                continue
            if is_table_line(entry):
                table, index = take_table(entries, index - 1)
                if not _timeline_table(table, clock, events):
                    leftover.extend(table)
            elif heading := heading_of(entry):
                # "### Detection" over a plain list of events names their kind.
                current = _KINDS.get(name_key(heading[1]))
                if current is None:
                    leftover.append(entry)
            elif not _loose_timeline_line(entry, clock, events, reader):
                leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        kind = _KINDS.get(key)
        if kind is None:
            _event_from_bullet(entry, current, clock, events, reader)
            continue
        children: list[Item | str] = parse_items(entry.body)
        if value:
            children.insert(0, Item("-", value, [], []))
        pending = None
        for child in children:
            if isinstance(child, str):
                if child.strip():
                    leftover.append(child)
                continue
            if pending is not None:
                events.append({"kind": kind, "time": pending, "text": child.text})
                pending = None
            elif child.head and not child.body and (moment := clock.moment(child.head)) is not None:
                pending = moment
            else:
                _event_from_bullet(child, kind, clock, events, reader)
        if pending is not None:
            events.append({"kind": kind, "time": pending, "text": ""})
    reader.keep(section, leftover)


def _event_from_bullet(
    item: Item, kind: EventKind | None, clock: _Clock, events: list[dict[str, Any]], reader: Reader
) -> None:
    moment, text = None, item.text
    if item.head and (found := clock.leading(item.head)) is not None:
        moment, first = found
        text = "\n".join([first, *item.body]).strip("\n")
    events.append({"kind": kind or _infer_kind(text), "time": moment, "text": text})
    if kind is None:
        _mark_outage(reader, text, moment)


def _mark_outage(reader: Reader, text: str, moment: Any) -> None:
    """``OUTAGE BEGINS`` / ``OUTAGE ENDS`` markers (Google SRE book) set the incident window."""
    if moment is None:
        return
    summary, upper = reader.data["summary"], text.upper()
    if "OUTAGE BEGINS" in upper and "start" not in summary:
        summary["start"] = moment
    elif ("OUTAGE ENDS" in upper or "OUTAGE MITIGATED" in upper) and "end" not in summary:
        summary["end"] = moment


def _loose_timeline_line(line: str, clock: _Clock, events: list[dict[str, Any]], reader: Reader) -> bool:
    found = clock.leading(line.strip())
    if found is not None and found[1]:
        moment, text = found
        events.append({"kind": _infer_kind(text), "time": moment, "text": text})
        _mark_outage(reader, text, moment)
        return True
    match = _DAY_LINE.fullmatch(line)
    day = parse_date(match.group("date")) if match else None
    if match is None or day is None:
        return False
    zone = clock.zone
    if match.group("zone"):
        probe = parse_timestamp(f"12:00 {match.group('zone').strip()}", default_date=day)
        if probe is None:
            return False
        zone = probe.tzinfo
    clock.day, clock.zone = day, zone
    return True


_TIME_COLUMNS = ("time", "when", "timestamp", "time (utc)", "date", "date/time")
_TEXT_COLUMNS = ("event", "description", "what", "what happened", "action", "text", "details", "activity")
_KIND_COLUMNS = ("kind", "type", "category")


def _timeline_table(lines: list[str], clock: _Clock, events: list[dict[str, Any]]) -> bool:
    table = parse_table(lines)
    if table is None:
        return False
    header, rows = table
    time_at = next((i for i, name in enumerate(header) if name in _TIME_COLUMNS), None)
    text_at = next((i for i, name in enumerate(header) if name in _TEXT_COLUMNS), None)
    kind_at = next((i for i, name in enumerate(header) if name in _KIND_COLUMNS), None)
    used = {time_at, text_at, kind_at}
    if text_at is None or any(i not in used and any(row[i] for row in rows) for i in range(len(header))):
        return False  # A column we cannot place: keep the whole table as written.
    parsed = []
    for row in rows:
        moment = clock.moment(row[time_at]) if time_at is not None and row[time_at] else None
        if time_at is not None and row[time_at] and moment is None:
            return False
        kind = _KINDS.get(name_key(row[kind_at])) if kind_at is not None and row[kind_at] else None
        if kind_at is not None and row[kind_at] and kind is None:
            return False
        parsed.append({"kind": kind or _infer_kind(row[text_at]), "time": moment, "text": row[text_at]})
    events.extend(parsed)
    return True
