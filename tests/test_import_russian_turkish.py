"""Post-mortems written in Russian and in Turkish, read as a native reader would: their section names,
labels, statuses, severities, month names, kind words, and a time told in two zones."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Status, TaskStatus

RUSSIAN = """\
# Разбор инцидента: недоступность каталога «Лавка»

**Автор:** Ольга Белова
**Статус:** на согласовании
**Критичность:** высокая
**Сервис:** catalog-api

## Описание

В пятницу каталог не открывался у части покупателей.

## Последствия

Около 9 тыс. покупателей видели пустую витрину.

## Хронология

Всё время указано по МСК.

**14 марта 2026**

- **16:02** — сработал алерт `CatalogEmpty` в мониторинге. Начало инцидента.
- **16:09** — Игорь подумал, что виноват CDN, и сбросил кэш; ошибки никуда не делись.
- **16:20** — дежурный эскалировал проблему, подключили команду поиска.
- около 16:31 — откатили индекс поиска на вчерашнюю сборку.
- **13:40 UTC (16:40 МСК)** — каталог восстановлен. Конец инцидента.

## Корневая причина

Ночная переиндексация записала пустой индекс.

## Устранение

Откатили индекс на предыдущую сборку.

## Действия

| Задача | Ответственный | Срок | Статус |
|--------|---------------|------|--------|
| Проверять размер индекса перед публикацией | Игорь Лосев | 2 апреля 2026 | в процессе |
| Алерт на пустую выдачу | Ольга Белова | 20.03.2026 | выполнено |
"""

TURKISH = """\
# Olay Sonrası Değerlendirme: Kargo Takip Sayfası Kesintisi

| | |
|---|---|
| **Yazar** | Deniz Çelik |
| **Durum** | Taslak |
| **Önem** | Yüksek |
| **Tarih** | 9 Nisan 2026 |

## Özet

Kargo takip sayfası bir süre boş döndü.

## Etki

Yaklaşık 12.000 sorgu yanıtsız kaldı.

## Zaman Çizelgesi

Tüm saatler TSİ'dir.

| Saat | Olay |
|------|------|
| 09:05 | Kuyruk gecikme uyarısı geldi. **Olay başlangıcı.** |
| 09:12 | Ekip ağ sorunu sandı ve yük dengeleyiciyi yeniden başlattı; işe yaramadı, yanlış iz. |
| 09:20 | Olay eskale edildi, veritabanı ekibi çağrıldı. |
| 06:35 UTC (09:35 TSİ) | Tüketiciler geri alındı ve kuyruk boşaldı; sayfa düzeldi. **Olay bitişi.** |

## Kök Neden

Yeni sürümde tüketici sayısı yanlışlıkla sıfırlanmış.

## Çözüm

Tüketiciler önceki sürüme geri alındı.

## Aksiyonlar

| Aksiyon | Sorumlu | Son Tarih | Durum |
|---------|---------|-----------|-------|
| Tüketici sayısı için alarm | Mert Kaya | 15 Nisan 2026 | Açık |
| Sürüm kontrol listesine ekleme | Deniz Çelik | 30.04.2026 | Devam ediyor |
| İndeks doğrulaması | Deniz Çelik | 2 Mayıs 2026 | Tamamlandı |
"""


def test_russian_labels_sections_and_statuses() -> None:
    doc = from_markdown(RUSSIAN)
    assert doc.metadata.authors == ["Ольга Белова"]
    assert doc.metadata.status is Status.IN_REVIEW
    assert doc.metadata.severity == "SEV2"
    assert doc.metadata.service == "catalog-api"
    assert "9 тыс. покупателей" in doc.summary.impact
    assert "пустой индекс" in doc.root_cause.cause
    assert "предыдущую сборку" in doc.root_cause.resolution


def test_russian_timeline_days_kinds_and_window() -> None:
    doc = from_markdown(RUSSIAN)
    events = doc.timeline
    assert [event.time.strftime("%Y-%m-%d %H:%M %z") for event in events] == [
        "2026-03-14 16:02 +0300",
        "2026-03-14 16:09 +0300",
        "2026-03-14 16:20 +0300",
        "2026-03-14 16:31 +0300",
        "2026-03-14 16:40 +0300",  # told in UTC first, the document's МСК in brackets
    ]
    assert [event.kind for event in events] == [
        EventKind.DETECTION,
        EventKind.MISLEADING,
        EventKind.ESCALATION,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]
    assert "13:40 UTC" in events[-1].text
    assert doc.summary.start == events[0].time
    assert doc.summary.end == events[-1].time


def test_russian_tasks_with_month_names_and_dotted_dates() -> None:
    tasks = from_markdown(RUSSIAN).measures.tasks
    assert [(task.owner, str(task.due), task.status) for task in tasks] == [
        ("Игорь Лосев", "2026-04-02", TaskStatus.IN_PROGRESS),
        ("Ольга Белова", "2026-03-20", TaskStatus.DONE),
    ]


def test_turkish_labels_table_and_statuses() -> None:
    doc = from_markdown(TURKISH)
    assert doc.metadata.authors == ["Deniz Çelik"]
    assert doc.metadata.status is Status.DRAFT
    assert doc.metadata.severity == "SEV2"
    assert "12.000 sorgu" in doc.summary.impact
    assert "sıfırlanmış" in doc.root_cause.cause
    assert "önceki sürüme" in doc.root_cause.resolution


def test_turkish_timeline_table_kinds_and_window() -> None:
    doc = from_markdown(TURKISH)
    events = doc.timeline
    assert [event.time.strftime("%Y-%m-%d %H:%M %z") for event in events] == [
        "2026-04-09 09:05 +0300",
        "2026-04-09 09:12 +0300",
        "2026-04-09 09:20 +0300",
        "2026-04-09 09:35 +0300",
    ]
    assert [event.kind for event in events] == [
        EventKind.DETECTION,
        EventKind.MISLEADING,
        EventKind.ESCALATION,
        EventKind.RESOLUTION,
    ]
    assert "06:35 UTC" in events[-1].text
    assert (doc.summary.start, doc.summary.end) == (events[0].time, events[-1].time)


def test_turkish_tasks_with_month_names_and_capital_dotted_i() -> None:
    tasks = from_markdown(TURKISH).measures.tasks
    assert [(task.owner, str(task.due), task.status) for task in tasks] == [
        ("Mert Kaya", "2026-04-15", TaskStatus.OPEN),
        ("Deniz Çelik", "2026-04-30", TaskStatus.IN_PROGRESS),
        ("Deniz Çelik", "2026-05-02", TaskStatus.DONE),
    ]


def test_document_status_in_review_with_capital_dotted_i() -> None:
    doc = from_markdown(TURKISH.replace("| **Durum** | Taslak |", "| **Durum** | İncelemede |"))
    assert doc.metadata.status is Status.IN_REVIEW


def test_russian_months_in_every_case_form() -> None:
    from app.dateparse import date_at

    for text, want in [
        ("27 января 2026", "2026-01-27"),
        ("3 мая 2026", "2026-05-03"),
        ("1 сент. 2026", "2026-09-01"),
        ("12 Şubat 2026", "2026-02-12"),
        ("27 Ocak'ta", "2026-01-27"),
        ("5 Ağustos 2026", "2026-08-05"),
    ]:
        found = date_at(text, 0, 2026)
        assert found is not None and str(found[0]) == want, text


def test_russian_window_told_in_a_sentence() -> None:
    doc = from_markdown(
        "# Постмортем: сбой оплаты\n\n## Краткое описание\n\n"
        "12 марта 2026 с 14:05 до 15:20 МСК оплата картой не проходила, по 3 попытки на заказ.\n"
    )
    assert doc.summary.start is not None and doc.summary.start.strftime("%Y-%m-%d %H:%M %z") == "2026-03-12 14:05 +0300"
    assert doc.summary.end is not None and doc.summary.end.strftime("%H:%M %z") == "15:20 +0300"


def test_a_russian_summary_s_cause_in_a_nutshell_is_the_root_cause() -> None:
    text = """# Разбор инцидента: не работал поиск

## Краткое описание

Поиск по каталогу не отвечал около часа.

Причина в двух словах: индекс переполнил диск на одном из узлов.

## Хронология

- **10:05** — алерт по ошибкам поиска.
"""
    assert from_markdown(text).summary.root_cause == "индекс переполнил диск на одном из узлов."
