"""Searching the library: words, phrases, prefixes, field filters, snippets as plain text, paging."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.library.library import Library
from app.library.query import QueryError, parse_query
from app.model import Severity, Status
from tests.library_helpers import incident, write


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "lib"
    write(
        folder,
        "a.json",
        incident(
            "Search cluster down",
            severity=Severity.SEV1,
            service="search",
            start=datetime(2024, 1, 10, tzinfo=UTC),
            text="The disk filled up on every search node.",
        ),
    )
    write(
        folder,
        "b.md",
        incident(
            "Login slow",
            severity=Severity.SEV3,
            service="auth",
            status=Status.DRAFT,
            start=datetime(2024, 6, 2, tzinfo=UTC),
            text="A full table scan after a deploy.",
        ),
    )
    write(
        folder,
        "c.json",
        incident(
            "Disk full on builders",
            severity=Severity.SEV2,
            service="ci",
            start=datetime(2023, 11, 20, tzinfo=UTC),
            text="Caches grew: disk full.",
        ),
    )
    write(folder, "d.json", incident("No start yet", severity=None, service="search", start=None, text="Draft."))
    library = Library(folder, tmp_path / "data")
    library.update()
    return library


def found(library: Library, query: str) -> list[str]:
    return sorted(row.title for row in library.incidents(query))


def test_words_are_all_required(library: Library) -> None:
    assert found(library, "disk") == ["Disk full on builders", "Search cluster down"]
    assert found(library, "disk builders") == ["Disk full on builders"]
    assert found(library, "disk OR login") == ["Disk full on builders", "Login slow", "Search cluster down"]


def test_a_phrase_must_match_in_order(library: Library) -> None:
    assert found(library, '"disk full"') == ["Disk full on builders"]
    assert found(library, '"full disk"') == []


def test_a_prefix_matches_the_start_of_words(library: Library) -> None:
    assert found(library, "build*") == ["Disk full on builders"]
    assert found(library, "build") == []


def test_field_filters(library: Library) -> None:
    assert found(library, "severity:SEV1") == ["Search cluster down"]
    assert found(library, "severity:sev2,SEV3") == ["Disk full on builders", "Login slow"]
    assert found(library, "service:search") == ["No start yet", "Search cluster down"]
    assert found(library, "status:draft") == ["Login slow"]
    assert found(library, "after:2024-01-01") == ["Login slow", "Search cluster down"]
    assert found(library, "before:2024") == ["Disk full on builders"]
    assert found(library, "after:2024-01 before:2024-02") == ["Search cluster down"]
    assert found(library, "disk severity:SEV2") == ["Disk full on builders"]
    assert found(library, 'status:"in review"') == []


@pytest.mark.parametrize(
    ("text", "message"),
    [("severity:SEV9", "not a severity"), ("status:done", "not a status"), ("after:yesterday", "not a date")],
)
def test_a_filter_value_that_cannot_be_understood_says_what_is_accepted(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text)


@pytest.mark.parametrize(
    "text", ['"', 'disk"', "(disk", "NEAR(a b)", "a:b", "*", "-disk", "disk AND", "^x", "title:disk", "OR", "'"]
)
def test_fts_syntax_typed_by_a_person_never_fails(library: Library, text: str) -> None:
    library.incidents(text)  # no exception: every word is quoted before it reaches FTS5


def test_a_snippet_is_plain_text_with_the_ranges_of_the_matches(tmp_path: Path) -> None:
    write(tmp_path / "lib", "x.json", incident("T", text="Before <b>markup</b> the DISK filled; the disk again."))
    library = Library(tmp_path / "lib", tmp_path / "data")
    library.update()
    (row,) = library.incidents("disk")
    assert row.snippet is not None
    text, ranges = row.snippet.text, row.snippet.ranges
    assert "<b>markup</b>" in text and "\x02" not in text and "\n" not in text
    assert [text[a:b] for a, b in ranges] == ["DISK", "disk"]


def test_without_words_newest_first_and_pages_of_any_size(library: Library) -> None:
    titles = [row.title for row in library.incidents("")]
    assert titles == ["Login slow", "Search cluster down", "Disk full on builders", "No start yet"]
    assert [r.title for r in library.incidents("", offset=1, limit=2)] == titles[1:3]
    assert library.count("") == 4 and library.count("disk") == 2


def test_sorting_by_a_column_puts_unknown_values_last_both_ways(library: Library) -> None:
    up = [r.title for r in library.incidents("", sort="severity")]
    down = [r.title for r in library.incidents("", sort="severity", descending=True)]
    assert up == ["Search cluster down", "Disk full on builders", "Login slow", "No start yet"]
    assert down == ["Login slow", "Disk full on builders", "Search cluster down", "No start yet"]
    assert library.incidents("", sort="title")[0].title == "Disk full on builders"


def test_a_row_carries_the_incident_figures(library: Library) -> None:
    (row,) = library.incidents("severity:SEV1")
    assert (row.severity, row.status, row.service, row.path) == ("SEV1", "final", "search", "a.json")
    assert (row.duration_s, row.ttd_s, row.ttr_s) == (3600, 300, 3000)
    assert row.start == "2024-01-10T00:00:00+00:00"


def test_a_search_is_newest_first_and_by_relevance_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write(
        folder,
        "old.json",
        incident(
            "Old, all about disks",
            start=datetime(2020, 1, 1, tzinfo=UTC),
            text="Disk disk disk: the disk was full, and the disk again.",
        ),
    )
    write(
        folder,
        "new.json",
        incident(
            "New, one mention",
            start=datetime(2024, 1, 1, tzinfo=UTC),
            text="A long story about queues in which a disk appears once, and more.",
        ),
    )
    library = Library(folder, tmp_path / "data")
    library.update()
    assert [r.title for r in library.incidents("disk")] == ["New, one mention", "Old, all about disks"]
    assert [r.title for r in library.incidents("disk", sort="relevance")] == [
        "Old, all about disks",
        "New, one mention",
    ]


@pytest.mark.parametrize("sort", [None, "title", "start", "severity", "status", "service", "duration", "file", "open"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_page_is_its_slice_of_the_whole_order_for_every_sort(library: Library, sort, descending) -> None:
    whole = [row.title for row in library.incidents("", sort=sort, descending=descending)]
    assert sorted(whole) == sorted(["Search cluster down", "Login slow", "Disk full on builders", "No start yet"])
    pages = [
        row.title
        for offset in range(0, 4, 3)
        for row in library.incidents("", sort=sort, descending=descending, offset=offset, limit=3)
    ]
    assert pages == whole
    assert [row.title for row in library.incidents("service:search", sort=sort, descending=descending)] == [
        title for title in whole if title in ("Search cluster down", "No start yet")
    ]
