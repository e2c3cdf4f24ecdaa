"""The words that give a timeline entry its kind in Indonesian, when its English words give none.

A table only, tried after ``kind_words_vietnamese``' (``kinds.guess_kind`` makes its patterns): each phrase
matched as whole words, case-insensitive. Indonesian marks a verb's voice with affixes ("dinaikkan",
"menaikkan"), so each form a timeline writes is listed; a bare root ("naik", rising) is too often a figure's
("tingkat gagal mulai naik"), so phrases say whose.
"""

from __future__ import annotations

# In the order tried: an ending before a deed ("timeout dikembalikan, insiden ditutup" is the recovery).
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("insiden ditutup", "insiden selesai", "kembali normal", "sudah normal", "pulih sepenuhnya"),
            *("layanan pulih", "sudah pulih", "telah pulih", "normal kembali", "gangguan selesai"),
        ),
    ),
    (
        "escalation",
        (
            *("dinaikkan ke sev", "eskalasi", "dieskalasi", "dieskalasikan", "menaikkan ke sev"),
            *("incident commander", "dipanggil", "memanggil"),
        ),
    ),
    (
        "misleading",
        (
            *("ternyata bukan", "ternyata tidak", "salah arah", "jalan buntu", "tidak membantu", "tidak berpengaruh"),
            *("tidak ada efek", "tanpa hasil", "dugaan salah", "bukan penyebabnya"),
        ),
    ),
    (
        "detection",
        (
            *("alert masuk", "alarm berbunyi", "peringatan masuk", "terdeteksi", "dilaporkan pelanggan"),
            *("keluhan pelanggan", "laporan dari merchant"),
        ),
    ),
    (
        "action",
        (
            *("dikembalikan", "di-rollback", "di-restart", "dimatikan", "dinonaktifkan"),
            *("diterapkan", "diubah", "ditambah", "dinaikkan", "rilis", "merilis", "dirilis"),
        ),
    ),
)
