"""The names of a post-mortem's sections, labels, task columns and statuses in Indonesian.

Indonesian teams write a "Laporan Insiden" or "Postmortem" with the same parts as everyone else
("## Kronologi", "## Akar Masalah", "## Tindak Lanjut", "| Waktu (WIB) | Kejadian |", "PIC: ..." after a
task). Tables of names only, merged into ``names_other_languages``' tables, so the readers know nothing of
the language. Indonesian writes no accents, so each name is listed once, lower case.
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": (
        *("ringkasan", "ringkasan insiden", "ringkasan eksekutif", "ikhtisar", "gambaran umum", "deskripsi"),
        *("deskripsi insiden", "latar belakang", "konteks", "pendahuluan", "apa yang terjadi"),
    ),
    "impact": ("dampak", "dampak insiden", "dampak ke pelanggan", "dampak bisnis", "cakupan dampak"),
    "timeline": (
        *("kronologi", "kronologi insiden", "kronologi kejadian", "linimasa", "garis waktu", "urutan kejadian"),
        *("alur kejadian",),
    ),
    "cause": (
        *("akar masalah", "akar penyebab", "penyebab", "penyebab utama", "analisis akar masalah"),
        *("analisis penyebab", "faktor pendukung", "faktor penyebab", "mengapa ini terjadi"),
    ),
    "resolution": ("penyelesaian", "penanganan", "mitigasi", "pemulihan", "perbaikan", "solusi"),
    "measures": (
        *("tindak lanjut", "rencana tindak lanjut", "tindakan", "tindakan perbaikan", "rencana perbaikan"),
        *("langkah selanjutnya", "langkah pencegahan", "pencegahan", "daftar tindakan", "item tindakan"),
    ),
    "closing_notes": (
        *("pelajaran", "pelajaran yang dipetik", "pembelajaran", "kesimpulan", "yang berjalan baik"),
        *("yang kurang baik", "terima kasih"),
    ),
    "authors": ("penulis", "disusun oleh"),
    "details": ("detail", "detail insiden", "informasi insiden", "informasi umum", "metadata"),
}

LABELS: dict[str, tuple[str, ...]] = {
    "start": ("mulai", "waktu mulai", "awal insiden", "insiden mulai"),
    "end": ("selesai", "waktu selesai", "akhir insiden", "pulih", "insiden selesai"),
    "duration": ("durasi", "lama gangguan", "total durasi"),
    "date": ("tanggal", "tanggal kejadian", "tanggal insiden"),
    "impact": ("dampak",),
    "cause": ("penyebab", "penyebab utama", "akar masalah", "akar penyebab"),
    "resolution": ("penyelesaian", "solusi", "perbaikan"),
    # "PIC" (person in charge) is how Indonesian offices name a task's owner, in any language's sentence.
    "owner": ("pic", "penanggung jawab", "pemilik", "ditugaskan ke"),
    "due": ("target", "tenggat", "tenggat waktu", "batas waktu", "target selesai"),
    "status": ("status", "status dokumen"),
    "authors": ("penulis", "disusun oleh", "dibuat oleh"),
    "severity": ("tingkat keparahan", "keparahan", "prioritas", "tingkat insiden"),
    "service": ("layanan", "layanan terdampak", "sistem", "sistem terdampak", "aplikasi"),
}

TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("selesai", "sudah selesai", "beres", "ditutup"), "done"),
    **dict.fromkeys(("belum mulai", "belum dimulai", "terbuka", "direncanakan", "menunggu"), "open"),
    **dict.fromkeys(("sedang dikerjakan", "dalam proses", "berjalan"), "in progress"),
}

TASK_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("tindakan", "tindak lanjut", "tugas", "pekerjaan", "deskripsi"),
    "owner": ("pic", "penanggung jawab", "pemilik"),
    "due": ("target", "tenggat", "batas waktu"),
    "status": ("status",),
}

DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("draf", "konsep"), "draft"),
    **dict.fromkeys(("dalam tinjauan", "ditinjau", "menunggu persetujuan"), "in review"),
    **dict.fromkeys(("final", "disetujui", "diterbitkan"), "final"),
}

# A timeline table's columns ("| Waktu (WIB) | Kejadian | Keterangan |"), added to ``timeline.blocks``' own.
TIMELINE_TIME_HEADER_WORDS = ("waktu", "jam", "pukul")
TIMELINE_TEXT_COLUMNS = ("kejadian", "peristiwa", "aktivitas", "tindakan", "deskripsi")
