"""The figures behind the insight charts, for the incidents a query matches.

* incidents per month, by severity;
* median time to detect and to resolve per quarter (incidents without the
  figure are left out of that median, not counted as zero);
* action items by the month their incident started, by status today: open,
  in progress, done, and overdue (not done, due date passed). The files keep
  no history of when a task changed status, so "over time" is the age of the
  items: how much of each month's follow-up work is still undone;
* the services with the most incidents.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from app.library.query import Query
from app.library.reads import matching_ids_sql, today_text

UNKNOWN_SEVERITY = "none"
TASK_SERIES = ("open", "in progress", "done", "overdue")
_MAX_AXIS = 50 * 12
"""Months of axis at most; a wider span shows only the months that have incidents."""


@dataclass(frozen=True)
class QuarterMedians:
    quarter: str
    time_to_detect_s: float | None
    time_to_resolve_s: float | None
    incidents: int


@dataclass(frozen=True)
class Stats:
    incidents: int
    without_start: int
    """Incidents with no start time: in no monthly or quarterly figure."""
    per_month: dict[str, dict[str, int]]
    """``{"2024-03": {"SEV1": 2, "none": 1}}``, months in order, including empty months between."""
    severities: tuple[str, ...]
    """The severities present, SEV1 first, ``none`` last."""
    quarters: list[QuarterMedians]
    tasks_per_month: dict[str, dict[str, int]]
    """``{"2024-03": {"open": 1, "in progress": 0, "done": 3, "overdue": 1}}``"""
    top_services: list[tuple[str, int]]


def library_stats(db: sqlite3.Connection, query: Query, *, today: date | None = None, top: int = 10) -> Stats:
    ids_sql, params = matching_ids_sql(query)
    rows = db.execute(
        f"SELECT start, severity, ttd_s, ttr_s, service FROM incidents WHERE file_id IN ({ids_sql})", params
    ).fetchall()
    per_month: dict[str, Counter[str]] = defaultdict(Counter)
    detect: dict[str, list[int]] = defaultdict(list)
    resolve: dict[str, list[int]] = defaultdict(list)
    per_quarter: Counter[str] = Counter()
    services: Counter[str] = Counter()
    severities: set[str] = set()
    without_start = 0
    for start, severity, ttd, ttr, service in rows:
        severity = severity or UNKNOWN_SEVERITY
        severities.add(severity)
        if service:
            services[service] += 1
        if not start:
            without_start += 1
            continue
        month = start[:7]
        per_month[month][severity] += 1
        quarter = _quarter(month)
        per_quarter[quarter] += 1
        if ttd is not None:
            detect[quarter].append(ttd)
        if ttr is not None:
            resolve[quarter].append(ttr)

    now = today_text(today)
    tasks_per_month: dict[str, Counter[str]] = defaultdict(Counter)
    for start, status, overdue in db.execute(
        "SELECT i.start, t.status, (t.status != 'done' AND t.due IS NOT NULL AND t.due < ?)"
        " FROM tasks t JOIN incidents i ON i.file_id = t.file_id"
        f" WHERE t.file_id IN ({ids_sql}) AND i.start IS NOT NULL",
        [now, *params],
    ):
        counts = tasks_per_month[start[:7]]
        counts[status] += 1
        if overdue:
            counts["overdue"] += 1

    months = _month_range(set(per_month) | set(tasks_per_month))
    order = sorted(severities, key=lambda s: (s == UNKNOWN_SEVERITY, s))
    quarters = sorted(set(per_quarter))
    return Stats(
        incidents=len(rows),
        without_start=without_start,
        per_month={m: {s: per_month[m][s] for s in order} for m in months},
        severities=tuple(order),
        quarters=[
            QuarterMedians(q, _median(detect[q]), _median(resolve[q]), per_quarter[q]) for q in _quarter_range(quarters)
        ],
        tasks_per_month={m: {s: tasks_per_month[m][s] for s in TASK_SERIES} for m in months},
        top_services=sorted(services.items(), key=lambda item: (-item[1], item[0].lower()))[:top],
    )


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _quarter(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def _month_range(months: set[str]) -> list[str]:
    """Every month from the first to the last, so a chart's axis has no silent gaps."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    if (int(last[:4]) - year) * 12 > _MAX_AXIS:  # a typo'd year 2999 must not make a thousand-year axis
        return sorted(months)
    result = []
    while f"{year:04d}-{month:02d}" <= last:
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def _quarter_range(quarters: list[str]) -> list[str]:
    if not quarters:
        return []
    first, last = quarters[0], quarters[-1]
    year, number = int(first[:4]), int(first[-1])
    if (int(last[:4]) - year) * 12 > _MAX_AXIS:
        return quarters
    result = []
    while f"{year:04d}-Q{number}" <= last:
        result.append(f"{year:04d}-Q{number}")
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)
    return result
