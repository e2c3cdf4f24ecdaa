"""The names of a post-mortem's sections, labels, task columns and statuses in Vietnamese.

Vietnamese teams write the same parts as everyone else ("## Dòng thời gian", "## Nguyên nhân gốc rễ",
"## Hạng mục hành động" with "| Hành động | Phụ trách | Trạng thái |" and "✅ Đã xong" / "⏳ Đang chờ").
Tables of names only, merged into ``names_other_languages``' tables, so the readers know nothing of the
language. Section names are looked up folded there (without tones: "nguyên nhân" as "nguyen nhan", "đ" as
"d"), so a heading typed without diacritics is the same name; labels, columns and statuses are matched lower
case as written, so their names of two words or more are listed again without diacritics ("Phu trach", "Da
xong"): a single syllable without its marks is too often another word ("cho", "mo").
"""

from __future__ import annotations

import unicodedata

SECTIONS: dict[str, tuple[str, ...]] = {
    "introduction": (
        *("tóm tắt", "tổng quan", "tổng quan sự cố", "tóm tắt sự cố", "mô tả", "mô tả sự cố", "bối cảnh"),
        *("giới thiệu", "chuyện gì đã xảy ra", "điều gì đã xảy ra", "sự cố"),
    ),
    "impact": (*("ảnh hưởng", "tác động", "mức độ ảnh hưởng", "phạm vi ảnh hưởng", "ảnh hưởng đến người dùng"),),
    "timeline": (*("dòng thời gian", "trình tự sự kiện", "diễn biến", "diễn biến sự cố", "mốc thời gian"),),
    "cause": (
        *("nguyên nhân", "nguyên nhân gốc", "nguyên nhân gốc rễ", "nguyên nhân sự cố", "phân tích nguyên nhân"),
        *("phân tích nguyên nhân gốc", "phân tích nguyên nhân gốc rễ", "các yếu tố góp phần"),
    ),
    "resolution": (*("khắc phục", "cách khắc phục", "xử lý", "giải pháp", "khắc phục sự cố", "khôi phục"),),
    "measures": (
        *("hành động", "hạng mục hành động", "các hành động", "hành động tiếp theo", "việc cần làm"),
        *("các bước tiếp theo", "phòng ngừa", "biện pháp phòng ngừa", "cải tiến", "hành động khắc phục"),
        *("kế hoạch hành động", "đầu việc"),
    ),
    "closing_notes": (
        *("bài học", "bài học rút ra", "bài học kinh nghiệm", "kết luận", "tổng kết", "rút kinh nghiệm"),
        *("điều gì làm tốt", "điều gì chưa tốt", "lời cảm ơn"),
    ),
    "authors": ("tác giả", "người viết", "người soạn"),
}

LABELS: dict[str, tuple[str, ...]] = {
    "start": ("bắt đầu", "thời gian bắt đầu", "thời điểm bắt đầu"),
    "end": ("kết thúc", "thời gian kết thúc", "thời điểm kết thúc", "đã khôi phục"),
    "duration": ("thời lượng", "thời gian gián đoạn", "tổng thời gian"),
    "date": ("ngày", "ngày xảy ra"),
    "impact": ("ảnh hưởng", "tác động"),
    "cause": ("nguyên nhân", "nguyên nhân gốc", "nguyên nhân gốc rễ"),
    "resolution": ("khắc phục", "giải pháp"),
    "owner": ("phụ trách", "người phụ trách", "chịu trách nhiệm", "người thực hiện"),
    "due": ("hạn", "hạn chót", "hạn hoàn thành", "thời hạn"),
    "status": ("trạng thái", "tình trạng"),
    "authors": ("tác giả", "người viết", "người soạn"),
    "severity": ("mức độ", "mức độ nghiêm trọng", "độ ưu tiên"),
    "service": ("dịch vụ", "dịch vụ bị ảnh hưởng", "hệ thống"),
}

TASK_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("đã xong", "xong", "hoàn thành", "đã hoàn thành", "đã xử lý", "đã sửa", "đã đóng"), "done"),
    **dict.fromkeys(("đang chờ", "chờ", "chưa bắt đầu", "chưa làm", "mở", "cần làm", "dự kiến"), "open"),
    **dict.fromkeys(("đang làm", "đang thực hiện", "đang xử lý", "đang tiến hành"), "in progress"),
}

TASK_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("hành động", "hạng mục", "công việc", "việc cần làm", "nhiệm vụ", "mô tả"),
    "owner": ("phụ trách", "người phụ trách", "chịu trách nhiệm", "người thực hiện"),
    "due": ("hạn", "hạn hoàn thành", "hạn chót", "thời hạn"),
    "status": ("trạng thái", "tình trạng"),
}

DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("bản nháp", "nháp"), "draft"),
    **dict.fromkeys(("đang xem xét", "chờ duyệt", "đang duyệt"), "in review"),
    **dict.fromkeys(("hoàn tất", "đã duyệt", "chính thức", "đã xuất bản"), "final"),
}

# A timeline table's columns ("| Thời gian (UTC) | Sự kiện |"), added to ``timeline.blocks``' own.
TIMELINE_TIME_HEADER_WORDS = ("thời gian", "thời điểm", "giờ", "mốc", "thoi gian", "thoi diem")
TIMELINE_TEXT_COLUMNS = ("sự kiện", "diễn biến", "mô tả", "hành động", "chi tiết", "nội dung", "su kien", "dien bien")


def _plain(name: str) -> str:
    """``name`` without its tones and marks, as typed on a keyboard without a Vietnamese layout."""
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _with_plain(names: tuple[str, ...]) -> tuple[str, ...]:
    return names + tuple(dict.fromkeys(_plain(name) for name in names if " " in name and _plain(name) != name))


LABELS = {key: _with_plain(names) for key, names in LABELS.items()}
TASK_COLUMNS = {key: _with_plain(names) for key, names in TASK_COLUMNS.items()}
TASK_STATUS_WORDS |= {_plain(word): status for word, status in TASK_STATUS_WORDS.items() if " " in word}
