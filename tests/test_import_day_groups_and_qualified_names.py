"""A timeline grouped under short days ("* 11/25" over its timed bullets), under a section name that qualifies a
known one in Japanese or Chinese ("発生から復旧までのタイムライン", "故障处理的时间线"), in a report that quotes a
date in its code ("`0001/01/01 00:00:00`"). Each test opens a small file and checks what a careful reader takes.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.names import section_key


def _timeline(document: object) -> list[tuple[datetime | None, str]]:
    return [(event.time, event.text) for event in document.timeline]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("発生から復旧までのタイムライン", "timeline"),
        ("今回の障害の原因", "cause"),
        ("障害対応の時系列", "timeline"),
        ("故障处理的时间线", "timeline"),
    ],
)
def test_a_name_qualifying_a_known_one_before_its_particle_names_that_part(heading: str, key: str) -> None:
    assert section_key(heading) == key


@pytest.mark.parametrize("heading", ["原因の分析", "復旧後の状況", "障害の内容"])
def test_a_name_whose_last_word_names_no_part_stays_unknown(heading: str) -> None:
    assert section_key(heading) is None


def test_bullets_grouped_under_short_slashed_days_are_on_those_days_in_the_documents_year() -> None:
    document = from_markdown(
        "# Release broke sign-in\n\nThe faulty release went out on 2024-03-14.\n\n## Timeline\n\n"
        " * 3/14\n"
        "     * 21:40 - v2.3.0 released to the stores\n"
        "         * smoke test passed on two phones\n"
        "     * 23:05 - First user report of a crash at start\n"
        " * 3/15\n"
        "     * 01:10 - v2.3.1 submitted\n"
    )
    assert _timeline(document) == [
        (
            datetime(2024, 3, 14, 21, 40, tzinfo=UTC),
            "v2.3.0 released to the stores\n  * smoke test passed on two phones",
        ),
        (datetime(2024, 3, 14, 23, 5, tzinfo=UTC), "First user report of a crash at start"),
        (datetime(2024, 3, 15, 1, 10, tzinfo=UTC), "v2.3.1 submitted"),
    ]


def test_a_japanese_timeline_grouped_by_day_under_a_qualified_name_is_read_whole() -> None:
    document = from_markdown(
        "# v2.0リリースで発生した障害について\n\n### 発生日時\n2024年6月3日午後3時\n\n"
        "## 発生から復旧までのタイムライン\n"
        " * 6/3\n"
        "     * 15:00 - v2.0リリース\n"
        "     * 16:20 - 開発チーム 対応を開始\n"
        " * 6/4\n"
        "     * 10:47 - iOS版の復旧報告\n\n"
        "## 原因\n\n`DateTime.MinValue`（`0001/01/01 00:00:00`）からの減算で例外が発生した。\n"
    )
    assert [(time.date().isoformat() if time else None, text) for time, text in _timeline(document)] == [
        ("2024-06-03", "v2.0リリース"),
        ("2024-06-03", "開発チーム 対応を開始"),
        ("2024-06-04", "iOS版の復旧報告"),
    ]


def test_a_short_slashed_day_with_no_entries_under_it_is_no_day() -> None:
    document = from_markdown("# Score\n\nOn 2024-03-14 it broke.\n\n## Timeline\n\n- 3/4 of the nodes failed\n")
    assert _timeline(document) == [(None, "3/4 of the nodes failed")]
