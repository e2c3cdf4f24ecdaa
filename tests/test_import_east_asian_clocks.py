"""Clocks, dates and zones as Japanese, Chinese, Korean, Russian and Turkish teams write them.

"午後2時30分", "14時18分", "下午2点05分", "오후 2시 5분", "14시 반": the half of the day before the
hour, the hour and minute marked by their characters, text run on with no space. "令和8年4月7日" (a
Japanese era's year), "2026년 5월 12일 (화)". Zones named in the team's own script: "北京时间", "한국
시간", "14:05 МСК", "14:05 TSİ", and sentences that state them for every time ("以下时间均为北京时间",
"Все время указано по МСК", "Tüm saatler TSİ'dir").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app import timeparse
from app.formats.markdown_import import from_markdown, read_markdown
from app.model import EventKind
from app.zone_statements import zone_statement

DAY = date(2026, 4, 7)


def _at(hour: int, minute: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("14時18分 当番エンジニアが調査を開始", _at(14, 18)),
        ("午後2時30分 DBチームにエスカレーション", _at(14, 30)),
        ("午後3時05分に設定をロールバック", _at(15, 5)),
        ("午前0時 日付が変わる", _at(0, 0)),
        ("下午2点05分 收到告警", _at(14, 5)),
        ("14时05分 扩容", _at(14, 5)),
        ("上午10:30 发现问题", _at(10, 30)),
        ("下午3点 回滚", _at(15, 0)),
        ("晚上11点半 恢复", _at(23, 30)),
        ("오후 2시 5분 알림 발생", _at(14, 5)),
        ("14시 반 롤백", _at(14, 30)),
        ("14:10監視アラートが発報", _at(14, 10)),
        ("令和8年4月7日 14:10", _at(14, 10)),
        ("2026年5月12日14:05", _at(14, 5, date(2026, 5, 12))),
        ("2026년 5월 12일 (화) 14:05", _at(14, 5, date(2026, 5, 12))),
        ("2026年5月12日（星期二）下午2点", _at(14, 0, date(2026, 5, 12))),
    ],
)
def test_an_east_asian_clock_is_read_at_the_start_of_a_line(written: str, moment: datetime) -> None:
    reading = timeparse.read(written, default_date=DAY)
    assert reading is not None and reading.moment == moment


@pytest.mark.parametrize(
    "written",
    [
        "3時間後に復旧",  # three hours later
        "24시간 모니터링",  # 24 hours
        "3点建议",  # three suggestions
    ],
)
def test_a_length_of_time_or_a_count_is_not_a_clock(written: str) -> None:
    assert timeparse.read(written, default_date=DAY) is None


@pytest.mark.parametrize(
    ("written", "hours"),
    [
        ("14:05 МСК — начали откат", 3),
        ("14:05 TSİ ekibi uyarıldı", 3),
        ("14:05 北京时间 发现", 8),
        ("下午2点05分（北京时间）告警", 8),
        ("14:05 한국 시간 장애 인지", 9),
        ("10:00 日本時間 復旧", 9),
    ],
)
def test_a_zone_named_in_the_teams_own_script_sets_the_offset(written: str, hours: int) -> None:
    reading = timeparse.read(written, default_date=DAY)
    assert reading is not None
    assert reading.moment.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("以下时间均为北京时间", 8),
        ("모든 시간은 한국 시간 기준입니다", 9),
        ("Все время указано по МСК", 3),
        ("Всё время — по московскому времени", 3),
        ("Tüm saatler TSİ'dir", 3),
        ("Saatler Türkiye saatiyle verilmiştir", 3),
    ],
)
def test_a_sentence_stating_the_zone_of_every_time_is_understood(sentence: str, hours: int) -> None:
    zone = zone_statement(sentence)
    assert zone is not None and zone.utcoffset(datetime(2026, 4, 7)) == timedelta(hours=hours)


def test_a_japanese_report_gets_its_timeline_times_and_the_window_its_era_date() -> None:
    document = from_markdown(
        "# 決済APIの応答遅延\n\n## 概要\n\n"
        "令和8年4月7日（火）午後2時10分から午後3時25分まで、決済APIの応答が遅延しました。\n\n"
        "## タイムライン\n\n時刻はすべてJST\n\n- 14時10分 監視アラートが発報\n- 14時18分 当番エンジニアが調査を開始\n"
        "- 午後2時30分 DBチームにエスカレーション\n- 15時25分 復旧を確認\n"
    )
    tokyo = timezone(timedelta(hours=9))
    assert [event.time for event in document.timeline] == [
        datetime(2026, 4, 7, 14, 10, tzinfo=tokyo),
        datetime(2026, 4, 7, 14, 18, tzinfo=tokyo),
        datetime(2026, 4, 7, 14, 30, tzinfo=tokyo),
        datetime(2026, 4, 7, 15, 25, tzinfo=tokyo),
    ]
    assert document.timeline[1].text == "当番エンジニアが調査を開始"
    assert document.timeline[1].kind == EventKind.ACTION  # "began investigating"
    assert document.summary.start == datetime(2026, 4, 7, 14, 10, tzinfo=tokyo)
    assert document.summary.end == datetime(2026, 4, 7, 15, 25, tzinfo=tokyo)


def test_a_date_written_with_its_year_in_characters_is_the_documents_day_not_the_files() -> None:
    _document, notes = read_markdown(
        "# 決済APIの障害\n\n## 概要\n\n2026年4月7日（火）に決済APIが遅延しました。\n\n"
        "## タイムライン\n\n- 14時10分 監視アラートが発報\n- 14時18分 調査を開始\n",
        file_day=date(2026, 11, 20),
    )
    assert [note for note in notes if "year" in note or "file's date" in note] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "CATチームの対応時間は長かった",  # a team's name before the word for time states no zone
        "响应时间 p99 上升, CT 扫描",  # "CT" and "pt" in a sentence about response time
        "処理時間 pt 改善",
    ],
)
def test_a_sentence_that_only_mentions_time_states_no_zone(sentence: str) -> None:
    assert zone_statement(sentence) is None
