"""Post-mortems written in Indonesian, or with Swedish dotted clocks, are read as English ones are.

An Indonesian "Laporan Insiden" keeps its details in a two-column table with an empty header row
("| Penulis | … |", "| Tingkat keparahan | SEV3 |"), its timeline in a table of WIB clocks written with a
dot ("| 08.15 | … |"), its window in a sentence ("pukul 08.30 sampai 09.50 WIB") and its follow-ups as
checkboxes naming the person in charge ("PIC: …, target 12 Agustus 2026"). A Swedish timeline writes its
entries "kl. 08.15 – …". Each lands where a reader of the language puts it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity

WIB = timezone(timedelta(hours=7))
CET = timezone(timedelta(hours=1))

INDONESIAN = """# Laporan Insiden: Notifikasi pengiriman terlambat

| | |
|---|---|
| Penulis | Budi Santoso, Maya Anggraini |
| Tingkat keparahan | SEV3 |
| Layanan | notif-gateway |
| Tanggal kejadian | Kamis, 6 Agustus 2026 |

Semua waktu dalam WIB (UTC+7).

## Ringkasan

Pada 6 Agustus 2026 pukul 08.30 sampai 09.50 WIB, notifikasi status pengiriman terlambat hingga satu jam.

**Dampak:** sekitar 14.000 notifikasi terlambat.

**Penyebab utama:** antrian pesan penuh karena konsumer berhenti.

## Kronologi

| Waktu (WIB) | Kejadian | Keterangan |
|---|---|---|
| 08.15 | Rilis versi baru konsumer notifikasi | |
| 08.40 | Alert "antrian > 10 ribu" masuk ke on-call | deteksi |
| 08.55 | Dikira gangguan di penyedia SMS, ternyata bukan | |
| 09.10 | Insiden dinaikkan ke SEV3 | |
| 09.50 | Antrian kosong lagi, insiden ditutup | |

## Akar Masalah

Versi baru konsumer gagal membaca pesan lama dan berhenti.

## Penyelesaian

Versi konsumer dikembalikan ke rilis sebelumnya.

## Tindak Lanjut

- [ ] Uji kompatibilitas format pesan — PIC: Budi Santoso, target 12 Agustus 2026
- [ ] Alert untuk konsumer yang berhenti — PIC: Maya Anggraini, target 20 Agustus 2026
"""


def test_an_indonesian_report_fills_the_details_summary_and_cause() -> None:
    document = from_markdown(INDONESIAN)

    assert document.metadata.authors == ["Budi Santoso", "Maya Anggraini"]
    assert document.metadata.severity is Severity.SEV3
    assert document.metadata.service == "notif-gateway"
    assert "14.000 notifikasi" in document.summary.impact
    assert "antrian pesan penuh" in document.summary.root_cause
    assert document.root_cause.resolution.startswith("Versi konsumer dikembalikan")
    assert not document.extra_sections


def test_an_indonesian_window_said_with_pukul_and_sampai_is_the_incident_s() -> None:
    document = from_markdown(INDONESIAN)

    assert document.summary.start == datetime(2026, 8, 6, 8, 30, tzinfo=WIB)
    assert document.summary.end == datetime(2026, 8, 6, 9, 50, tzinfo=WIB)


def test_an_indonesian_timeline_table_of_dotted_clocks_gives_one_event_a_row_with_its_kind() -> None:
    document = from_markdown(INDONESIAN)

    assert [event.time for event in document.timeline] == [
        datetime(2026, 8, 6, 8, 15, tzinfo=WIB),
        datetime(2026, 8, 6, 8, 40, tzinfo=WIB),
        datetime(2026, 8, 6, 8, 55, tzinfo=WIB),
        datetime(2026, 8, 6, 9, 10, tzinfo=WIB),
        datetime(2026, 8, 6, 9, 50, tzinfo=WIB),
    ]
    # (The release at 08.15 came before the incident began: what happened, not a response to it.)
    assert [event.kind for event in document.timeline[1:]] == [
        EventKind.DETECTION,
        EventKind.MISLEADING,
        EventKind.ESCALATION,
        EventKind.RESOLUTION,
    ]


def test_indonesian_follow_ups_name_their_pic_and_target_date() -> None:
    tasks = from_markdown(INDONESIAN).measures.tasks

    assert [(task.owner, task.due) for task in tasks] == [
        ("Budi Santoso", date(2026, 8, 12)),
        ("Maya Anggraini", date(2026, 8, 20)),
    ]
    assert tasks[0].text.startswith("Uji kompatibilitas")


SWEDISH = """# Betalningar avvisades i kassan

**Datum:** 12 mars 2026
Alla tider i svensk tid (CET).

## Sammanfattning

Mellan kl. 10.05 och kl. 11.20 avvisades kortbetalningar i kassan.

## Tidslinje

- kl. 09.50 – Ny konfiguration för betalväxeln rullas ut.
- kl. 10.12 – Larm om avvisade betalningar, jouren kvitterar.
- kl. 10.30 – Vi trodde först att kortinlösaren hade en störning, men det var ett sidospår.
- kl. 11.20 – Felnivån är normal igen, incidenten stängs.
"""


def test_a_swedish_timeline_of_kl_dotted_clocks_gives_each_entry_its_time() -> None:
    document = from_markdown(SWEDISH)

    assert [event.time for event in document.timeline] == [
        datetime(2026, 3, 12, 9, 50, tzinfo=CET),
        datetime(2026, 3, 12, 10, 12, tzinfo=CET),
        datetime(2026, 3, 12, 10, 30, tzinfo=CET),
        datetime(2026, 3, 12, 11, 20, tzinfo=CET),
    ]
    assert document.timeline[2].kind is EventKind.MISLEADING


def test_a_swedish_window_between_kl_dotted_clocks_is_the_incident_s() -> None:
    document = from_markdown(SWEDISH)

    assert document.summary.start == datetime(2026, 3, 12, 10, 5, tzinfo=CET)
    assert document.summary.end == datetime(2026, 3, 12, 11, 20, tzinfo=CET)


def test_a_russian_entry_that_proved_a_false_trail_is_misleading() -> None:
    text = """# Разбор инцидента

## Хронология

- **10:05** — алерт по задержке очереди.
- **10:20** — подумали, что виноват DNS, проверяли час. Это оказалось ложным следом.
- **11:00** — сервис восстановлен.
"""
    assert from_markdown(text).timeline[1].kind is EventKind.MISLEADING
