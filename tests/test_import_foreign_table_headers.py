"""Timeline tables whose header names the columns in another language ("| 時刻 (JST) | 出来事 |",
"| Hora (BRT) | Evento |", "| Uhrzeit | Ereignis |"): one event a row, with the zone in the header's brackets,
as they are when the header says "| Time (UTC) | Event |"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown


def _timeline(text: str) -> list[tuple[datetime | None, str]]:
    return [(event.time, event.text) for event in from_markdown(text).timeline]


def test_a_japanese_header_with_its_zone_in_brackets_gives_a_timed_row_each() -> None:
    text = (
        "# 決済APIの遅延\n\n**日付:** 2026-02-11\n\n## タイムライン\n\n"
        "| 時刻 (JST) | 出来事 |\n|---|---|\n"
        "| 10:02 | 決済APIの応答が遅延 |\n| 10:15 | ロールバックを実施 |\n| ― | 原因をチームで共有 |\n"
    )
    jst = timezone(timedelta(hours=9))
    assert _timeline(text) == [
        (datetime(2026, 2, 11, 10, 2, tzinfo=jst), "決済APIの応答が遅延"),
        (datetime(2026, 2, 11, 10, 15, tzinfo=jst), "ロールバックを実施"),
        (None, "原因をチームで共有"),  # "―": a step with no time of its own, kept without a made-up one
    ]


def test_a_chinese_header_gives_a_timed_row_each() -> None:
    text = "# 订单服务中断\n\n2025-11-03\n\n## 时间线\n\n| 时间 | 事件 |\n|---|---|\n| 08:40 | 订单服务报错 |\n"
    assert _timeline(text) == [(datetime(2025, 11, 3, 8, 40, tzinfo=UTC), "订单服务报错")]


def test_a_spanish_table_with_a_day_column_dates_each_row() -> None:
    text = (
        "# Caída del portal\n\n## Cronología\n\n"
        "| Fecha | Hora (UTC-3) | Responsable | Evento |\n|---|---|---|---|\n"
        "| 2025-04-02 | 23:50 | Lucía | Se detecta el error |\n| 2025-04-03 | 00:20 | Tomás | Se reinicia el nodo |\n"
    )
    minus_three = timezone(timedelta(hours=-3))
    assert _timeline(text) == [
        (datetime(2025, 4, 2, 23, 50, tzinfo=minus_three), "Se detecta el error (Responsable: Lucía)"),
        (datetime(2025, 4, 3, 0, 20, tzinfo=minus_three), "Se reinicia el nodo (Responsable: Tomás)"),
    ]


def test_a_german_header_and_a_dash_for_an_unknown_time() -> None:
    text = (
        "# Ausfall der Suche\n\n**Datum:** 2024-06-18\n\n## Zeitverlauf\n\n"
        "| Uhrzeit (MESZ) | Ereignis |\n|---|---|\n| 14:05 | Alarm ausgelöst |\n| - | Ursache gefunden |\n"
    )
    cest = timezone(timedelta(hours=2))
    assert _timeline(text) == [
        (datetime(2024, 6, 18, 14, 5, tzinfo=cest), "Alarm ausgelöst"),
        (None, "Ursache gefunden"),
    ]
