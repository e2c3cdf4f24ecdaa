"""``postmortem-editor library DIR {index,search,list,stats,tasks}``: the library without a window.

Every subcommand first brings the index up to date (quick when nothing
changed), then prints in ``--format table|csv|json``. Files that cannot be
read are reported on stderr as ``postmortem-editor: FILE: problem`` after
the output, and the exit status is then 1; ``index`` lists them in its output.
Nothing here imports Qt; the heavy modules load only when a subcommand runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.library.indexer import IndexReport
    from app.library.library import Library

PROG = "postmortem-editor"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
FORMATS = ("table", "csv", "json")


def add_parser(commands: Any) -> None:
    """Add ``library`` to the main parser's subcommands (``commands`` from ``add_subparsers``)."""
    library = commands.add_parser(
        "library",
        help="search, list and sum up every post-mortem in a folder",
        description="Index every .json and .md post-mortem under DIR (with its subfolders) and print "
        "what they hold. The index is a cache in the user's data folder; the files are never changed.",
    )
    library.add_argument("folder", metavar="DIR")
    subcommands = library.add_subparsers(
        dest="library_command", metavar="SUBCOMMAND", parser_class=type(library), required=True
    )

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = subcommands.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        return parser

    add("index", "bring the index up to date; print a summary and the files that could not be read")
    search = add(
        "search",
        'incidents matching QUERY: words, "phrases", prefix*, severity:SEV1 service:NAME '
        "status:final after:2024-01-01 before:2025-01-01",
    )
    search.add_argument("query", metavar="QUERY", nargs="+")
    listing = add("list", "the incidents table (optionally only those matching QUERY)")
    listing.add_argument("query", metavar="QUERY", nargs="*")
    stats = add("stats", "the figures behind the charts: incidents per month, medians per quarter, action items")
    stats.add_argument("query", metavar="QUERY", nargs="*")
    tasks = add("tasks", "action items across incidents, by due date")
    tasks.add_argument("query", metavar="QUERY", nargs="*")
    tasks.add_argument("--overdue", action="store_true", help="only items not done whose due date has passed")
    tasks.add_argument("--owner", metavar="NAME", help="only items whose owner contains NAME")
    tasks.add_argument("--status", metavar="STATUS", help="only items with this status: open, in-progress, done")


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from app.library.library import Library
    from app.library.query import QueryError, parse_query
    from app.library.scan import FolderGoneError
    from app.library.store import IndexUnavailableError

    folder = Path(args.folder)
    try:
        query = parse_query(" ".join(getattr(args, "query", None) or []))
        status = _task_status(args)
    except QueryError as error:
        _error(f"library {args.library_command}: {error}")
        return EXIT_USAGE
    try:
        library = Library(folder)
    except IndexUnavailableError as error:
        _error(f"{folder}: {error}")
        return EXIT_PROBLEM
    try:
        if library.notice:
            _warn(library.notice)
        try:
            report = library.update()
        except FolderGoneError as error:
            _error(f"{folder}: {error}")
            return EXIT_PROBLEM
        except sqlite3.OperationalError as error:  # locked by another writer for long, or a full disk
            _error(f"{folder}: the index cannot be updated now ({error}); try again")
            return EXIT_PROBLEM
        if args.library_command == "index":
            _print_index(args.format, library, report)
            return EXIT_PROBLEM if report.problems else EXIT_OK
        COMMANDS[args.library_command](args, library, query, status)
        for relative, problem in report.problems:
            _error(f"{folder / relative}: {problem}")
        return EXIT_PROBLEM if report.problems else EXIT_OK
    finally:
        library.close()


def _task_status(args: argparse.Namespace) -> str | None:
    from app.library.query import task_status

    value = getattr(args, "status", None)
    return task_status(value) if value else None


# --------------------------------------------------------------------------- subcommands


def _print_index(form: str, library: Library, report: IndexReport) -> None:
    from app.library.output import printable, write_csv, write_json

    index = str(library.index_path) if library.index_path else None
    if form == "json":
        write_json(
            {
                "folder": str(library.folder),
                "files": report.files,
                "incidents": report.incidents,
                "read": report.read,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "index": index,
                "notice": report.notice,
                "unreadable": [{"file": path, "error": problem} for path, problem in report.problems],
            }
        )
        return
    if form == "csv":
        write_csv(["file", "error"], report.problems)
        return
    out = sys.stdout
    out.write(
        f"{printable(str(library.folder))}: {report.files} post-mortem files, {report.incidents} indexed, "
        f"{len(report.problems)} could not be read\n"
        f"this run: {report.read} read, {report.unchanged} unchanged, {report.removed} removed\n"
    )
    out.write(f"index: {printable(index)}\n" if index else f"index: in memory ({printable(report.notice)})\n")
    if report.problems:
        out.write("could not be read:\n")
        for path, problem in report.problems:
            out.write(f"  {printable(path)}: {printable(problem)}\n")


TABLE_HEADERS = [
    "title",
    "start",
    "severity",
    "status",
    "service",
    "duration",
    "to detect",
    "to resolve",
    "open",
    "overdue",
    "file",
]
DATA_HEADERS = [
    "title",
    "start",
    "severity",
    "status",
    "service",
    "duration_s",
    "time_to_detect_s",
    "time_to_resolve_s",
    "open_tasks",
    "overdue_tasks",
    "file",
]


def _incident_values(row: Any, form: str) -> list[Any]:
    from app.metrics import format_duration

    if form == "table":
        durations = [format_duration(_delta(v)) for v in (row.duration_s, row.ttd_s, row.ttr_s)]
        start = (row.start or "")[:16].replace("T", " ")
    else:
        durations = [row.duration_s, row.ttd_s, row.ttr_s]
        start = row.start
    return [
        row.title,
        start,
        row.severity,
        row.status,
        row.service,
        *durations,
        row.open_tasks,
        row.overdue_tasks,
        row.path,
    ]


def _delta(seconds: int | None):
    from datetime import timedelta

    return None if seconds is None else timedelta(seconds=seconds)


def _write_rows(form: str, headers: list[str], rows: list[list[Any]]) -> None:
    from app.library.output import write_csv, write_json, write_table

    if form == "json":
        write_json([dict(zip(headers, row, strict=True)) for row in rows])
    elif form == "csv":
        write_csv(headers, rows)
    else:
        write_table(headers, rows)


def cmd_list(args: argparse.Namespace, library: Library, query: Any, _status: str | None) -> None:
    rows = [_incident_values(row, args.format) for row in library.incidents(query)]
    _write_rows(args.format, TABLE_HEADERS if args.format == "table" else DATA_HEADERS, rows)


def cmd_search(args: argparse.Namespace, library: Library, query: Any, _status: str | None) -> None:
    found = library.incidents(query, sort="relevance")  # the best match first: a terminal shows them all
    if args.format == "table":
        rows = [[r.title, (r.start or "")[:10], r.severity, r.path, r.snippet.text if r.snippet else ""] for r in found]
        _write_rows("table", ["title", "start", "severity", "file", "snippet"], rows)
        return
    headers = DATA_HEADERS
    rows = [[*_incident_values(r, args.format), r.snippet.text if r.snippet else ""] for r in found]
    if args.format == "json":
        from app.library.output import write_json

        write_json(
            [
                {
                    **dict(zip(headers, row[:-1], strict=True)),
                    "snippet": row[-1],
                    "matches": [list(span) for span in (r.snippet.ranges if r.snippet else ())],
                }
                for row, r in zip(rows, found, strict=True)
            ]
        )
        return
    _write_rows("csv", [*headers, "snippet"], rows)


def cmd_stats(args: argparse.Namespace, library: Library, query: Any, _status: str | None) -> None:
    from dataclasses import asdict

    from app.library.output import write_csv, write_json, write_table

    stats = library.stats(query)
    if args.format == "json":
        write_json(asdict(stats))
        return
    rows: list[list[Any]] = []
    for month, counts in stats.per_month.items():
        rows += [["incidents", month, severity, count] for severity, count in counts.items()]
    for quarter in stats.quarters:
        rows.append(["median_time_to_detect_s", quarter.quarter, "", quarter.time_to_detect_s])
        rows.append(["median_time_to_resolve_s", quarter.quarter, "", quarter.time_to_resolve_s])
    for month, counts in stats.tasks_per_month.items():
        rows += [["action_items", month, series, count] for series, count in counts.items()]
    rows += [["incidents_by_service", "", service, count] for service, count in stats.top_services]
    if args.format == "csv":
        write_csv(["figure", "period", "series", "value"], rows)
        return
    out = sys.stdout
    out.write(f"{stats.incidents} incidents ({stats.without_start} without a start time)\n\nIncidents per month\n")
    write_table(
        ["month", *stats.severities, "total"], [[m, *c.values(), sum(c.values())] for m, c in stats.per_month.items()]
    )
    out.write("\nMedian times per quarter\n")
    write_table(
        ["quarter", "incidents", "time to detect", "time to resolve"],
        [
            [q.quarter, q.incidents, _duration(q.time_to_detect_s), _duration(q.time_to_resolve_s)]
            for q in stats.quarters
        ],
    )
    out.write("\nAction items by the month their incident started (status today)\n")
    write_table(
        ["month", "open", "in progress", "done", "overdue"],
        [[m, *c.values()] for m, c in stats.tasks_per_month.items()],
    )
    out.write("\nServices with most incidents\n")
    write_table(["service", "incidents"], [[s, n] for s, n in stats.top_services])


def _duration(seconds: float | None) -> str:
    from app.metrics import format_duration

    return format_duration(_delta(None if seconds is None else round(seconds)))


def cmd_tasks(args: argparse.Namespace, library: Library, query: Any, status: str | None) -> None:
    found = library.tasks(query, owner=args.owner, status=status, overdue=args.overdue)
    headers = ["incident", "owner", "due", "status", "overdue", "text", "link", "file"]
    rows = [[t.incident, t.owner, t.due, t.status, t.overdue, t.text, t.link, t.path] for t in found]
    _write_rows(args.format, headers, rows)


COMMANDS: dict[str, Callable[[argparse.Namespace, Any, Any, str | None], None]] = {
    "list": cmd_list,
    "search": cmd_search,
    "stats": cmd_stats,
    "tasks": cmd_tasks,
}


def _error(message: str) -> None:
    from app.library.output import printable

    print(f"{PROG}: {printable(' '.join(message.split()))}", file=sys.stderr)


def _warn(message: str) -> None:
    from app.library.output import printable

    print(f"{PROG}: warning: {printable(' '.join(message.split()))}", file=sys.stderr)
