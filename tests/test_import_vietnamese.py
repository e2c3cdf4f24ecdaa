"""Post-mortems written in Vietnamese, read as a native reader would: their section names (with or without
diacritics), a timeline table with untimed and relative rows, the kind words of its entries, an action
table's owners and statuses ("✅ Đã xong", "⏳ Đang chờ"), and front matter that opens with a blank line."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind, TaskStatus

TABLES = """\
# Sự cố: trang thanh toán trả lỗi 502

## Tóm tắt

Sáng thứ Hai, trang thanh toán trả lỗi 502 cho khoảng một phần ba khách hàng.

## Ảnh hưởng

Khoảng 4.000 đơn hàng không được thanh toán.

## Dòng thời gian

| Thời điểm (UTC) | Diễn biến |
|---|---|
| 2026-03-02 08:14 | Nhận được cảnh báo tỷ lệ lỗi 502 của cổng thanh toán. |
| 2026-03-02 08:20 | Xoá cache của CDN nhưng không có tác dụng. |
| — | Đọc log của proxy, thấy kết nối tới cơ sở dữ liệu bị từ chối. |
| 2026-03-02 08:41 | Tạm tắt tính năng gợi ý sản phẩm để giảm tải cho cơ sở dữ liệu. |
| 2026-03-02 09:05 | Trang thanh toán hoạt động trở lại. |

## Nguyên nhân gốc

Giới hạn số kết nối của cơ sở dữ liệu quá thấp so với lưu lượng buổi sáng.

## Cách khắc phục

Nâng giới hạn kết nối và bật lại tính năng gợi ý sau khi theo dõi.

## Hạng mục hành động

| Công việc | Người phụ trách | Hạn chót | Trạng thái |
|---|---|---|---|
| Thêm cảnh báo khi số kết nối vượt 80% | Lan | 2026-03-20 | ✅ Hoàn thành |
| Viết runbook cho lỗi 502 của cổng thanh toán | Minh | 2026-04-01 | ⏳ Đang chờ |
| Kiểm thử tải với lưu lượng gấp đôi | Hùng | 2026-04-15 | Đang làm |

## Bài học rút ra

Cần đo giới hạn kết nối trước mỗi đợt khuyến mãi.
"""

# The same parts typed without diacritics, as on a keyboard without a Vietnamese layout.
PLAIN_LETTERS = """\
# Su co hang doi email

## Tong quan

Hang doi email bi nghen trong hai gio.

## Dong thoi gian

| Thoi gian | Su kien |
|---|---|
| 2026-05-11 13:00 | Hang doi bat dau tang. |
| 2026-05-11 15:02 | Gui email binh thuong tro lai. |

## Nguyen nhan goc re

Mot worker bi treo giu khoa cua hang doi.

## Hanh dong

| Hanh dong | Phu trach | Trang thai |
|---|---|---|
| Dat thoi gian cho toi da cho khoa | Tuan | Da xong |
"""

FRONT_MATTER_AND_RELATIVE_TIMES = """\
---

title: "Dịch vụ tìm kiếm – chứng chỉ hết hạn"
severity: "P2"      # chỉ môi trường thử nghiệm
author: "Trần Thu Hà"
services:

* "search-api"
* "gateway"

---

## Dòng thời gian

| Thời gian | Sự kiện |
| --- | --- |
| T+0 | Gateway báo lỗi `certificate has expired` khi gọi search-api |
| T+~30m | Điều chỉnh cấu hình để trỏ tới chứng chỉ mới |
| Sau đó | Dịch vụ ổn định trở lại |

## Nguyên nhân gốc rễ

Chứng chỉ nội bộ không được gia hạn tự động.

## Hành động

| Hành động | Phụ trách | Trạng thái |
| --- | --- | --- |
| Cài cảnh báo hạn sử dụng chứng chỉ | TBD | ⏳ Đang chờ |
"""


def test_a_vietnamese_post_mortem_s_sections_and_timeline_table_are_read() -> None:
    pm = from_markdown(TABLES)
    assert "một phần ba khách hàng" in pm.introduction
    assert "4.000 đơn hàng" in pm.summary.impact
    assert "Giới hạn số kết nối" in pm.root_cause.cause
    assert "Nâng giới hạn kết nối" in pm.root_cause.resolution
    assert "đợt khuyến mãi" in pm.closing_notes
    events = pm.timeline
    assert len(events) == 5
    assert "Đọc log của proxy" in events[2].text and events[2].time is None  # "—": no time of its own
    assert events[0].time is not None and events[0].time.hour == 8 and events[0].time.minute == 14


def test_a_vietnamese_timeline_entry_s_kind_comes_from_its_words() -> None:
    kinds = [event.kind for event in from_markdown(TABLES).timeline]
    assert kinds[0] is EventKind.DETECTION  # "Nhận được cảnh báo": an alert came in
    assert kinds[1] is EventKind.MISLEADING  # "… nhưng không có tác dụng": it did not help
    assert kinds[3] is EventKind.ACTION  # "Tạm tắt tính năng …": a deed
    assert kinds[4] is EventKind.RESOLUTION  # "… hoạt động trở lại": working again


def test_a_vietnamese_action_table_gives_owners_and_statuses() -> None:
    tasks = from_markdown(TABLES).measures.tasks
    assert [task.owner for task in tasks] == ["Lan", "Minh", "Hùng"]
    assert [task.status for task in tasks] == [TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.IN_PROGRESS]
    assert tasks[0].text.startswith("Thêm cảnh báo khi số kết nối vượt 80%")


def test_vietnamese_section_names_typed_without_diacritics_are_the_same_names() -> None:
    pm = from_markdown(PLAIN_LETTERS)
    assert "Mot worker bi treo" in pm.root_cause.cause
    assert [event.text for event in pm.timeline] == ["Hang doi bat dau tang.", "Gui email binh thuong tro lai."]
    assert [(task.owner, task.status) for task in pm.measures.tasks] == [("Tuan", TaskStatus.DONE)]


def test_front_matter_after_a_blank_line_with_star_lists_gives_its_fields() -> None:
    pm = from_markdown(FRONT_MATTER_AND_RELATIVE_TIMES)
    assert pm.metadata.title == "Dịch vụ tìm kiếm – chứng chỉ hết hạn"
    assert pm.metadata.authors == ["Trần Thu Hà"]
    assert pm.metadata.severity is not None and pm.metadata.severity.value == "SEV2"  # the comment is no part


def test_relative_times_leave_vietnamese_entries_undated_in_their_order() -> None:
    pm = from_markdown(FRONT_MATTER_AND_RELATIVE_TIMES)
    events = pm.timeline
    assert [event.time for event in events] == [None, None, None]
    assert "certificate has expired" in events[0].text
    assert events[1].kind is EventKind.ACTION  # "Điều chỉnh cấu hình"
    assert events[2].kind is EventKind.RESOLUTION  # "ổn định trở lại"
    assert "Chứng chỉ nội bộ" in pm.root_cause.cause
    assert [task.status for task in pm.measures.tasks] == [TaskStatus.OPEN]
