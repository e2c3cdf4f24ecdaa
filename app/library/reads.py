"""Reading the index: incidents (one page at a time), snippets, and tasks across incidents.

Everything returned is plain data: a snippet is its text plus the ranges of
the matched words, never markup, so each view marks matches its own way
(the window with character formats, the terminal not at all).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.library.query import Query

# Control characters never survive into a document's text (the model drops them),
# so they can mark a match's ends in FTS5's snippet without being mistaken for text.
_OPEN, _CLOSE = "\x02", "\x03"

SORT_COLUMNS = {
    "title": "i.title COLLATE NOCASE",
    "start": "i.start",
    "severity": "i.severity",
    "status": "i.status",
    "service": "i.service COLLATE NOCASE",
    "duration": "i.duration_s",
    "ttd": "i.ttd_s",
    "ttr": "i.ttr_s",
    "open": "open_tasks",
    "overdue": "overdue_tasks",
    "file": "f.path",
    "relevance": "incident_text.rank",
}
"""Sort keys; ``relevance`` (FTS5's bm25) needs words in the query and costs ~4 us per match."""
_SORTED_BY_A_FIGURE = ("open", "overdue")
"""Sort keys computed per row (task counts): a page sorted by one is read in one query."""


@dataclass(frozen=True)
class Snippet:
    text: str
    ranges: tuple[tuple[int, int], ...]
    """``(start, end)`` character offsets of the matched words in ``text``."""


@dataclass(frozen=True)
class IncidentRow:
    file_id: int
    path: str
    title: str
    start: str | None
    severity: str | None
    status: str
    service: str
    duration_s: int | None
    ttd_s: int | None
    ttr_s: int | None
    open_tasks: int
    """Tasks not done yet (open or in progress)."""
    overdue_tasks: int
    snippet: Snippet | None = None


@dataclass(frozen=True)
class TaskRow:
    file_id: int
    path: str
    incident: str
    position: int
    text: str
    owner: str
    due: str | None
    status: str
    link: str
    overdue: bool


def today_text(today: date | None) -> str:
    return (today or date.today()).isoformat()


def _filters(query: Query) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if query.severities:
        where.append(f"i.severity IN ({', '.join('?' * len(query.severities))})")
        params += query.severities
    if query.statuses:
        where.append(f"i.status IN ({', '.join('?' * len(query.statuses))})")
        params += query.statuses
    if query.services:
        where.append("(" + " OR ".join("i.service LIKE ? ESCAPE '\\'" for _ in query.services) + ")")
        params += [f"%{_like(service)}%" for service in query.services]
    if query.after:
        where.append("i.start >= ?")
        params.append(query.after)
    if query.before:
        where.append("i.start < ?")
        params.append(query.before)
    return where, params


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _overdue_sql() -> str:
    return "(SELECT count(*) FROM tasks t WHERE t.file_id = i.file_id AND t.status != 'done' AND t.due < ?)"


def matching_ids_sql(query: Query) -> tuple[str, list[object]]:
    """SQL selecting the ``file_id`` of every incident the query matches, with its parameters."""
    where, params = _filters(query)
    if query.match:
        where.insert(0, "i.file_id IN (SELECT rowid FROM incident_text WHERE incident_text MATCH ?)")
        params.insert(0, query.match)
    return "SELECT i.file_id FROM incidents i" + (" WHERE " + " AND ".join(where) if where else ""), params


def incidents(
    db: sqlite3.Connection,
    query: Query,
    *,
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = -1,
    today: date | None = None,
    snippets: bool = True,
) -> list[IncidentRow]:
    """One page of the incidents the query matches; without ``sort``, newest first.

    Newest first also for a search: relevance over thousands of matches costs more than a
    search may take (40 ms for 10,000 matches), so it is asked for by name (``sort="relevance"``).
    """
    where, params = _filters(query)
    head = (
        "SELECT i.file_id, f.path, i.title, i.start, i.severity, i.status, i.service, i.duration_s, i.ttd_s,"
        f" i.ttr_s, i.tasks_open + i.tasks_in_progress AS open_tasks, {_overdue_sql()} AS overdue_tasks"
    )
    all_params: list[object] = [today_text(today)]
    if not query.match and sort not in _SORTED_BY_A_FIGURE:
        # The page's ids first, sorted on narrow rows; then their columns and overdue counts. Sorting
        # every incident with all its columns, each counting its overdue tasks, took 50 ms for
        # 10,000 incidents (with the figures of the 200 shown only: 7 ms).
        order = _order(sort, descending)
        page = "SELECT i.file_id FROM incidents i JOIN files f ON f.id = i.file_id"
        page += (" WHERE " + " AND ".join(where) if where else "") + order + " LIMIT ? OFFSET ?"
        sql = head + f" FROM incidents i JOIN files f ON f.id = i.file_id WHERE i.file_id IN ({page})" + order
        rows = db.execute(sql, [*all_params, *params, limit, offset]).fetchall()
        return [IncidentRow(*row) for row in rows]
    if query.match:
        source = (
            " FROM incident_text JOIN incidents i ON i.file_id = incident_text.rowid JOIN files f ON f.id = i.file_id"
        )
        where.insert(0, "incident_text MATCH ?")
        params.insert(0, query.match)
    else:
        source = " FROM incidents i JOIN files f ON f.id = i.file_id"
    if sort == "relevance" and query.match:
        # Best first; "descending" relevance is the natural reading of a click on the column.
        order = " ORDER BY incident_text.rank, i.file_id"
    else:
        order = _order(sort, descending)
    sql = head + source + (" WHERE " + " AND ".join(where) if where else "") + order + " LIMIT ? OFFSET ?"
    rows = db.execute(sql, [*all_params, *params, limit, offset]).fetchall()
    found = [IncidentRow(*row) for row in rows]
    if snippets and query.match and found:
        marked = snippets_of(db, query.match, [row.file_id for row in found])
        found = [_with_snippet(row, marked.get(row.file_id)) for row in found]
    return found


def _order(sort: str | None, descending: bool) -> str:
    """The ORDER BY of a page of incidents (for any sort but relevance among matches)."""
    if sort == "relevance":
        return " ORDER BY i.start DESC, i.file_id"  # no words, no relevance: newest first
    if sort in SORT_COLUMNS:
        direction = "DESC" if descending else "ASC"
        column = SORT_COLUMNS[sort]
        # Unknown values (no start, no severity) go last whichever way the column is sorted.
        return f" ORDER BY ({column}) IS NULL, {column} {direction}, i.file_id"
    return " ORDER BY i.start IS NULL, i.start DESC, i.file_id"


def count(db: sqlite3.Connection, query: Query) -> int:
    sql, params = matching_ids_sql(query)
    return int(db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def _with_snippet(row: IncidentRow, snippet: Snippet | None) -> IncidentRow:
    from dataclasses import replace

    return replace(row, snippet=snippet)


def snippets_of(db: sqlite3.Connection, match: str, ids: list[int]) -> dict[int, Snippet]:
    """The snippet of each incident in ``ids`` for the FTS5 expression ``match`` (``Query.match``).

    Only for rows someone looks at: a snippet reads the document's text again (~0.3 ms each).
    """
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        f"SELECT rowid, snippet(incident_text, -1, ?, ?, '…', 16) FROM incident_text"
        f" WHERE incident_text MATCH ? AND rowid IN ({marks})",
        [_OPEN, _CLOSE, match, *ids],
    )
    return {rowid: parse_snippet(text or "") for rowid, text in rows}


def parse_snippet(marked: str) -> Snippet:
    """Plain one-line text and match ranges from FTS5's snippet with control-character marks."""
    text: list[str] = []
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    length = 0
    for char in marked:
        if char == _OPEN:
            opened = length
            continue
        if char == _CLOSE:
            if opened is not None and length > opened:
                ranges.append((opened, length))
            opened = None
            continue
        text.append(" " if char in "\n\t\r" else char)
        length += 1
    return Snippet("".join(text), tuple(ranges))


def tasks(
    db: sqlite3.Connection,
    query: Query | None = None,
    *,
    owner: str | None = None,
    status: str | None = None,
    overdue: bool = False,
    today: date | None = None,
) -> list[TaskRow]:
    """Every task of the matching incidents, most urgent first (by due date, then incident)."""
    now = today_text(today)
    where: list[str] = []
    params: list[object] = []
    if query is not None and not query.is_empty:
        sql, ids_params = matching_ids_sql(query)
        where.append(f"t.file_id IN ({sql})")
        params += ids_params
    if owner:
        where.append("t.owner LIKE ? ESCAPE '\\'")
        params.append(f"%{_like(owner)}%")
    if status:
        where.append("t.status = ?")
        params.append(status)
    if overdue:
        where.append("t.status != 'done' AND t.due < ?")
        params.append(now)
    sql = (
        "SELECT t.file_id, f.path, i.title, t.position, t.text, t.owner, t.due, t.status, t.link,"
        " (t.status != 'done' AND t.due IS NOT NULL AND t.due < ?)"
        " FROM tasks t JOIN incidents i ON i.file_id = t.file_id JOIN files f ON f.id = t.file_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY t.due IS NULL, t.due, f.path, t.position"
    )
    return [TaskRow(*row[:-1], overdue=bool(row[-1])) for row in db.execute(sql, [now, *params])]
