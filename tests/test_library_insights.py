"""The figures behind the charts, and action items across incidents."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.library.library import Library
from app.model import Severity, TaskStatus
from tests.library_helpers import incident, task, write

TODAY = date(2024, 6, 1)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "lib"
    write(
        folder,
        "jan1.json",
        incident(
            "Jan one",
            severity=Severity.SEV1,
            service="search",
            start=datetime(2024, 1, 3, tzinfo=UTC),
            detect_after=timedelta(minutes=2),
            resolve_after=timedelta(minutes=20),
            tasks=[
                task("Add alert", "Ada Lovelace", date(2024, 2, 1)),
                task("Write runbook", "Grace", date(2024, 9, 1), TaskStatus.IN_PROGRESS),
            ],
        ),
    )
    write(
        folder,
        "jan2.md",
        incident(
            "Jan two",
            severity=Severity.SEV2,
            service="search",
            start=datetime(2024, 1, 20, tzinfo=UTC),
            detect_after=timedelta(minutes=10),
            resolve_after=timedelta(minutes=40),
            tasks=[task("Fix disk", "ada", date(2024, 1, 30), TaskStatus.DONE)],
        ),
    )
    write(
        folder,
        "apr.json",
        incident(
            "April",
            severity=Severity.SEV2,
            service="auth",
            start=datetime(2024, 4, 9, tzinfo=UTC),
            detect_after=None,
            resolve_after=timedelta(hours=2),
        ),
    )
    write(folder, "nostart.json", incident("Undated", severity=None, service="auth", start=None))
    library = Library(folder, tmp_path / "data")
    library.update()
    return library


def test_incidents_per_month_by_severity_with_empty_months_between(library: Library) -> None:
    stats = library.stats(today=TODAY)
    assert stats.incidents == 4 and stats.without_start == 1
    assert stats.severities == ("SEV1", "SEV2", "none")
    assert stats.per_month == {
        "2024-01": {"SEV1": 1, "SEV2": 1, "none": 0},
        "2024-02": {"SEV1": 0, "SEV2": 0, "none": 0},
        "2024-03": {"SEV1": 0, "SEV2": 0, "none": 0},
        "2024-04": {"SEV1": 0, "SEV2": 1, "none": 0},
    }


def test_median_times_per_quarter_leave_out_unknown_figures(library: Library) -> None:
    (q1, q2) = library.stats(today=TODAY).quarters
    assert (q1.quarter, q1.incidents, q1.time_to_detect_s, q1.time_to_resolve_s) == ("2024-Q1", 2, 360.0, 1800.0)
    assert (q2.quarter, q2.time_to_detect_s, q2.time_to_resolve_s) == ("2024-Q2", None, 7200.0)


def test_action_items_by_month_raised_with_overdue(library: Library) -> None:
    months = library.stats(today=TODAY).tasks_per_month
    assert months["2024-01"] == {"open": 1, "in progress": 1, "done": 1, "overdue": 1}
    assert months["2024-04"] == {"open": 0, "in progress": 0, "done": 0, "overdue": 0}


def test_top_services_and_figures_follow_the_search(library: Library) -> None:
    assert library.stats(today=TODAY).top_services == [("auth", 2), ("search", 2)]
    filtered = library.stats("severity:SEV2", today=TODAY)
    assert filtered.incidents == 2 and filtered.top_services == [("auth", 1), ("search", 1)]
    assert filtered.tasks_per_month["2024-01"]["done"] == 1


def test_tasks_across_incidents_with_filters(library: Library) -> None:
    every = library.tasks(today=TODAY)
    assert [(t.incident, t.text, t.due) for t in every] == [
        ("Jan two", "Fix disk", "2024-01-30"),
        ("Jan one", "Add alert", "2024-02-01"),
        ("Jan one", "Write runbook", "2024-09-01"),
    ]
    assert [t.text for t in every if t.overdue] == ["Add alert"]
    assert [t.text for t in library.tasks(overdue=True, today=TODAY)] == ["Add alert"]
    assert [t.text for t in library.tasks(owner="ADA", today=TODAY)] == ["Fix disk", "Add alert"]
    assert [t.text for t in library.tasks(status="in progress", today=TODAY)] == ["Write runbook"]
    assert [t.text for t in library.tasks("severity:SEV1", today=TODAY)] == ["Add alert", "Write runbook"]
    first = every[1]
    assert (first.path, first.position, first.owner, first.link) == (
        "jan1.json",
        0,
        "Ada Lovelace",
        "https://tracker.example/1",
    )


def test_open_and_overdue_counts_in_the_incidents_table(library: Library) -> None:
    rows = {r.title: r for r in library.incidents(today=TODAY)}
    assert (rows["Jan one"].open_tasks, rows["Jan one"].overdue_tasks) == (2, 1)
    assert (rows["Jan two"].open_tasks, rows["Jan two"].overdue_tasks) == (0, 0)
