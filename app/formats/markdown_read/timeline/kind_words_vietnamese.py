"""The words that give a timeline entry its kind in Vietnamese, when its English words give none.

A table only, tried after ``kind_words_russian_turkish``' (``kinds.guess_kind`` makes its patterns): each
phrase matched as whole words, case-insensitive. Vietnamese writes one syllable a word ("ổn định trở lại"),
so phrases of two or more syllables are listed rather than their single syllables, which also occur inside
other words ("tắt" in "tóm tắt" is a summary, not turning something off). A restart ("khởi động lại") is no
deed here: a timeline names it as often as the moment after it ("sau lần khởi động lại").
"""

from __future__ import annotations

# In the order tried: an ending before a deed ("Áp dụng workaround … ổn định trở lại" is the recovery).
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "resolution",
        (
            *("ổn định trở lại", "hoạt động trở lại", "trở lại bình thường", "hoạt động bình thường trở lại"),
            *("đã khôi phục", "được khôi phục", "khôi phục hoàn toàn", "khôi phục dịch vụ", "lỗi biến mất"),
            *("sự cố kết thúc", "đóng sự cố", "sự cố được giải quyết", "đã được khắc phục", "hồi phục"),
        ),
    ),
    (
        "escalation",
        (
            *("leo thang", "báo cáo lên", "gọi thêm", "huy động", "công bố sự cố", "tuyên bố sự cố"),
            *("gọi on-call", "nâng mức độ"),
        ),
    ),
    (
        "misleading",
        (
            *("không có tác dụng", "không hiệu quả", "không giúp được", "không giải quyết được", "vẫn y nguyên"),
            *("hướng sai", "chẩn đoán sai", "nhầm hướng"),
        ),
    ),
    (
        "detection",
        (
            *("nhận được cảnh báo", "cảnh báo được kích hoạt", "cảnh báo kích hoạt", "báo động"),
            *("khách hàng báo lỗi", "người dùng báo lỗi", "người dùng phản ánh", "khách hàng phản ánh"),
        ),
    ),
    (
        "action",
        (
            *("tắt tạm", "tạm tắt", "vô hiệu hóa", "vô hiệu hoá", "áp dụng", "triển khai"),
            *("hoàn tác", "quay lui", "chỉnh sửa", "điều chỉnh", "chỉnh config", "chỉnh cấu hình", "sửa cấu hình"),
            *("thay đổi cấu hình", "cập nhật cấu hình", "mở rộng", "tăng giới hạn", "xóa cache", "xoá cache"),
            *("tắt auto", "tắt tính năng", "bật lại", "chuyển hướng", "deploy lại"),
        ),
    ),
)
